"""The generated client against a misbehaving local server (127.0.0.1 only)."""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from typing import Any, Iterator

import pytest

from tests.conftest import GeneratedSdk
from tests.support.fault_server import FaultServer, Hang, Reply, Reset, Router

TOKEN = "secret-token-123"


@pytest.fixture()
def sdk(own_sdk: GeneratedSdk, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The generated package; backoff is shortened, since the policy, not the sleep, is under test."""
    monkeypatch.setattr(own_sdk.module("_retries"), "INITIAL_DELAY", 0.01)
    yield __import__(own_sdk.package)


def client(sdk: Any, server: Any, **kwargs: Any) -> Any:
    return sdk.AmpecoOwn(api_token=TOKEN, base_url=server.base_url, **kwargs)


def test_429_with_retry_after_is_retried_once(sdk: Any) -> None:
    script = [Reply(429, json={"message": "slow down"}, headers={"Retry-After": "1"}), Reply(200, json={"data": {"id": 5}})]
    with FaultServer(script) as server:
        started = time.monotonic()
        result = client(sdk, server).locations.retrieve(5)
        elapsed = time.monotonic() - started
    assert len(server.requests) == 2 and elapsed >= 0.9
    assert result.id == 5


def test_503_every_time_ends_in_internal_server_error_after_max_retries(sdk: Any) -> None:
    with FaultServer([Reply(503, json={"message": "down"})]) as server:
        with pytest.raises(sdk.InternalServerError) as raised:
            client(sdk, server, max_retries=3).locations.retrieve(1)
    assert len(server.requests) == 4
    assert raised.value.status_code == 503 and raised.value.body == {"message": "down"}


def test_connection_reset_is_retried(sdk: Any) -> None:
    with FaultServer([Reset(), Reply(200, json={"data": {"id": 1}})]) as server:
        assert client(sdk, server).locations.retrieve(1).id == 1
    assert len(server.requests) == 2


def test_slow_server_raises_timeout(sdk: Any) -> None:
    with FaultServer([Hang(3)]) as server:
        with pytest.raises(sdk.APITimeoutError):
            client(sdk, server, max_retries=0, timeout=0.3).locations.retrieve(1)


def test_post_is_not_retried_after_it_may_have_reached_the_server(sdk: Any) -> None:
    with FaultServer([Reply(503), Reply(200, json={"success": True})]) as server:
        with pytest.raises(sdk.InternalServerError):
            client(sdk, server).charge_point_actions.reset(1, "soft")
    assert len(server.requests) == 1
    with FaultServer([Reply(503), Reply(200, json={"success": True})]) as server:
        client(sdk, server, retry_non_idempotent=True).charge_point_actions.reset(1, "soft")
    assert len(server.requests) == 2


def _pages(base: str) -> Router:
    def handler(request: Any) -> Reply:
        cursor = request.query.get("cursor", [""])[0] or "p1"  # the first request opts in with an empty cursor
        number = int(cursor[1:])
        items = [{"id": number * 10 + i, "name": f"cp{number}{i}"} for i in range(3)]
        nxt = f"p{number + 1}" if number < 3 else None
        return Reply(200, json={
            "data": items,
            "links": {"next": None if nxt is None else f"{router.base_url}/public-api/resources/charge-points/v2.0?cursor={nxt}"},
            "meta": {"next_cursor": nxt},
        })

    router = Router(handler)
    return router


def test_three_pages_give_every_item_exactly_once(sdk: Any) -> None:
    with _pages("") as server:
        page = client(sdk, server).charge_points.list(filter={"networkId": "N1", "roamingOperatorIds": [4, 5]}, include=["evses"])
        ids = [cp.id for cp in page]
        assert page.has_next_page() and len(page.data) == 3
    assert ids == [10, 11, 12, 20, 21, 22, 30, 31, 32]
    assert len(server.requests) == 3
    first = server.requests[0].query
    assert first["filter[networkId]"] == ["N1"] and first["include[0]"] == ["evses"]
    assert first["filter[roamingOperatorIds][0]"] == ["4"] and first["filter[roamingOperatorIds][1]"] == ["5"]


def test_async_pagination_and_retry(sdk: Any) -> None:
    async def run(server: Any) -> list[int]:
        async with sdk.AsyncAmpecoOwn(api_token=TOKEN, base_url=server.base_url) as api:
            first = await api.charge_points.list()
            assert len(first.data) == 3
            return [cp.id async for cp in api.charge_points.list()]

    with _pages("") as server:
        assert asyncio.run(run(server)) == [10, 11, 12, 20, 21, 22, 30, 31, 32]


def test_422_exposes_the_errors_dict(sdk: Any) -> None:
    body = {"message": "The given data was invalid.", "errors": {"name": ["The name field is required."]}}
    with FaultServer([Reply(422, json=body)]) as server:
        with pytest.raises(sdk.UnprocessableEntityError) as raised:
            client(sdk, server).charge_points.create(body={"name": ""})
    assert raised.value.errors == {"name": ["The name field is required."]}
    assert raised.value.status_code == 422


def test_rate_limit_error_carries_headers(sdk: Any) -> None:
    headers = {"Retry-After": "0", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}
    with FaultServer([Reply(429, json={"message": "Too Many Attempts."}, headers=headers)]) as server:
        with pytest.raises(sdk.RateLimitError) as raised:
            client(sdk, server, max_retries=0).locations.retrieve(1)
    assert raised.value.retry_after == 0 and raised.value.limit == 60 and raised.value.remaining == 0


def test_token_never_appears_in_logs_repr_or_errors(sdk: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ampeco_own")
    with FaultServer([Reply(401, json={"message": "Unauthenticated."})]) as server:
        api = client(sdk, server)
        with pytest.raises(sdk.AuthenticationError) as raised:
            api.locations.retrieve(1)
    assert server.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert caplog.records, "requests are logged at DEBUG"
    for text in (caplog.text, repr(api), str(raised.value), repr(raised.value)):
        assert TOKEN not in text


def test_path_params_stay_inside_their_segment_and_query_is_encoded(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 1}})]) as server:
        client(sdk, server).sessions.retrieve("../x?y#z", with_price_breakdown=True)
    path = server.requests[0].path
    assert path.startswith("/public-api/resources/sessions/v1.0/..%2Fx%3Fy%23z?"), path
    assert "withPriceBreakdown=true" in path


def test_header_values_with_line_breaks_are_refused(sdk: Any) -> None:
    with FaultServer([Reply(200, json={})]) as server:
        with pytest.raises(ValueError):
            client(sdk, server).locations.retrieve(1, extra_headers={"X-Test": "a\r\nInjected: yes"})
    assert not server.requests


def test_raw_response_gives_status_headers_and_parsed_body(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 9}}, headers={"X-RateLimit-Remaining": "59"})]) as server:
        raw = client(sdk, server).with_raw_response.locations.retrieve(9)
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "59"
    assert raw.parse().id == 9


def test_deprecated_operation_warns_and_names_its_replacement(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 1}})]) as server:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client(sdk, server).charge_points.retrieve_v1(1)
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert messages and "charge_points.retrieve()" in messages[0]


def test_lenient_parsing_keeps_unknown_fields_and_enum_values(sdk: Any) -> None:
    body = {"data": {"id": 1, "status": "brand-new-status", "futureField": {"x": 1}}}
    with FaultServer([Reply(200, json=body)]) as server:
        location = client(sdk, server).locations.retrieve(1)
    assert location.model_extra["futureField"] == {"x": 1}
    with FaultServer([Reply(200, json={"data": {"id": "not-an-int"}})]) as server:
        assert client(sdk, server).locations.retrieve(1).id == "not-an-int"
        with pytest.raises(sdk.APIResponseValidationError):
            client(sdk, server, strict_response_validation=True).locations.retrieve(1)


def test_missing_token_or_tenant_is_a_clear_error(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AMPECO_OWN_API_TOKEN", "AMPECO_OWN_TENANT_URL", "AMPECO_OWN_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(sdk.APIError, match="API token"):
        sdk.AmpecoOwn(tenant_url="x.example.com")
    with pytest.raises(sdk.APIError, match="tenant_url"):
        sdk.AmpecoOwn(api_token="t")
    monkeypatch.setenv("AMPECO_OWN_API_TOKEN", "from-env")
    monkeypatch.setenv("AMPECO_OWN_TENANT_URL", "cp.example.com")
    assert str(sdk.AmpecoOwn().base_url) == "https://cp.example.com/"


def test_injected_http_client_and_per_call_extras(sdk: Any) -> None:
    import httpx

    with FaultServer([Reply(200, json={"success": True})]) as server:
        with httpx.Client(headers={"X-From-Injected": "yes"}) as http:
            api = sdk.AmpecoOwn(api_token=TOKEN, base_url=server.base_url, http_client=http)
            api.charge_point_actions.reset(
                3, "hard", extra_headers={"X-Trace": "t1"}, extra_query={"dryRun": True}, extra_body={"note": "n"}
            )
            api.close()  # an injected client belongs to the caller: close() leaves it open
            assert not http.is_closed
    request = server.requests[0]
    assert request.headers["X-From-Injected"] == "yes" and request.headers["X-Trace"] == "t1"
    assert request.query["dryRun"] == ["true"]
    assert request.body == b'{"note":"n"}' or b'"note"' in request.body


def test_token_is_redacted_from_raw_responses_and_error_requests(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 1}}), Reply(404, json={"message": "nope"})]) as server:
        api = client(sdk, server)
        raw = api.with_raw_response.locations.retrieve(1)
        with pytest.raises(sdk.NotFoundError) as raised:
            api.locations.retrieve(2)
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in server.requests)  # it was sent
    for request in (raw.http_response.request, raised.value.request, raised.value.response.request):
        assert TOKEN not in str(request.headers)


def test_next_page_links_to_another_host_are_not_followed(sdk: Any) -> None:
    def handler(request: Any) -> Reply:
        if request.query.get("cursor", [""])[0]:
            return Reply(200, json={"data": [{"id": 2}], "links": {"next": None}, "meta": {"next_cursor": None}})
        return Reply(200, json={
            "data": [{"id": 1}],
            "links": {"next": "https://attacker.example/steal?cursor=c2"},
            "meta": {"next_cursor": "c2"},
        })

    with Router(handler) as server:
        ids = [cp.id for cp in client(sdk, server).charge_points.list()]
    assert ids == [1, 2]
    assert server.requests[1].query["cursor"] == ["c2"]  # the cursor, on our own server


def test_tls_verification_is_on_by_default(sdk: Any) -> None:
    import ssl

    api = sdk.AmpecoOwn(api_token=TOKEN, base_url="https://127.0.0.1:9")
    context = api._http._transport._pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "86400"},
        {"Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"},
        {"X-RateLimit-Reset": "4102444800"},  # an epoch in 2100
        {"X-RateLimit-Reset": "999999"},  # seconds from now
    ],
)
def test_a_huge_server_delay_is_capped_not_slept(sdk: Any, own_sdk: GeneratedSdk, monkeypatch: pytest.MonkeyPatch, headers: dict[str, str]) -> None:
    slept: list[float] = []
    clock = type("Clock", (), {"sleep": staticmethod(slept.append), "monotonic": staticmethod(time.monotonic)})
    monkeypatch.setattr(own_sdk.module("_base_client"), "time", clock)
    script = [Reply(429, json={"message": "slow down"}, headers=headers), Reply(200, json={"data": {"id": 5}})]
    with FaultServer(script) as server:
        assert client(sdk, server, max_retries=5).locations.retrieve(5).id == 5
    assert slept == [own_sdk.module("_retries").MAX_SERVER_DELAY] == [60.0]
    assert len(server.requests) == 2
