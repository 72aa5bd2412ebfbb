"""Issue 10: what real AMPECO clients rely on, against a local server (127.0.0.1 only).

One test (or a small group) per numbered behaviour of the issue; the lenient-parsing and
union guarantees over the whole real spec are in test_lenient_parsing.py.
"""

from __future__ import annotations

import decimal
import json
import subprocess
import sys
from typing import Any, Iterator

import httpx
import pytest

from tests.conftest import GeneratedSdk
from tests.support.fault_server import FaultServer, Reply, Router

TOKEN = "secret-token-123"
CHARGE_POINTS = "/public-api/resources/charge-points/v2.0"


@pytest.fixture()
def sdk(own_sdk: GeneratedSdk) -> Iterator[Any]:
    yield __import__(own_sdk.package)


def client(sdk: Any, server: Any, **kwargs: Any) -> Any:
    return sdk.AmpecoOwn(api_token=TOKEN, base_url=server.base_url, max_retries=0, **kwargs)


# 1. lenient parsing: a page with one broken item ------------------------------------------
def test_one_broken_item_leaves_every_item_a_model_and_its_neighbours_intact(sdk: Any) -> None:
    connectors = [{"id": 1, "type": "ccs2"}, {"id": "x", "type": "ccs2"}]  # Optional[List[model]]
    items = [
        {"id": 1, "name": "ok-1", "evses": [{"networkId": "1", "connectors": connectors}]},
        {"id": "not-an-int", "evses": []},  # mistyped, and the required `name` is missing
        {"id": 3, "name": "ok-3", "evses": [], "futureField": True},
    ]
    with FaultServer([Reply(200, json={"data": items, "links": {"next": None}, "meta": {}})]) as server:
        charge_points = list(client(sdk, server).charge_points.list())
    assert [type(cp).__name__ for cp in charge_points] == ["ChargePoint"] * 3
    assert [cp.id for cp in charge_points] == [1, "not-an-int", 3]  # the bad value stays readable
    assert charge_points[1].name is None and "name" not in charge_points[1].model_fields_set
    assert charge_points[2].model_fields_set == {"id", "name", "evses"}  # validated as usual
    assert charge_points[2].model_extra == {"futureField": True}
    evse = charge_points[0].evses[0]
    assert type(evse).__name__ == "Evse" and evse.network_id == "1"
    assert [type(c).__name__ for c in evse.connectors] == ["EvseConnector"] * 2
    assert [c.id for c in evse.connectors] == [1, "x"] and evse.connectors[1].type == "ccs2"


# 3. a 2xx body that is not JSON -------------------------------------------------------------
@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    "body, content_type",
    [(b'{"data": {"id": 1', "application/json"), (b"<html>502 Bad Gateway</html>", "text/html")],
)
def test_a_2xx_body_that_is_not_json_raises_a_typed_error_keeping_the_text(sdk: Any, strict: bool, body: bytes, content_type: str) -> None:
    with FaultServer([Reply(200, raw=body, headers={"Content-Type": content_type})]) as server:
        with pytest.raises(sdk.APIResponseValidationError) as raised:
            client(sdk, server, strict_response_validation=strict).locations.retrieve(1)
    assert raised.value.body == body.decode() and raised.value.status_code == 200
    assert "not valid JSON" in str(raised.value)


# 4. decimals go on the wire as JSON numbers, digit for digit --------------------------------
def test_decimal_fields_are_sent_as_exact_json_numbers(sdk: Any) -> None:
    types = sdk.types
    terminal = types.PaymentTerminalPayter(
        name="t", integration_id=1, terminal_type="Payter", operator_id=2, serial_number="S",
        default_language="en", preauthorize_amount=decimal.Decimal("20.50"),
    )
    exact = decimal.Decimal("0.1000000000000000055511151231257827")  # not a float's value
    with FaultServer([Reply(200, json={"data": {}})]) as server:
        api = client(sdk, server)
        api.payment_terminals.create(body=terminal)
        api.payment_terminals.create(body={**terminal.to_dict(), "preauthorizeAmount": exact})
    first, second = (request.body for request in server.requests)
    assert b'"preauthorizeAmount":20.50' in first, first
    assert json.loads(second, parse_float=decimal.Decimal)["preauthorizeAmount"] == exact
    assert server.requests[0].headers["Content-Type"] == "application/json"
    assert json.loads(terminal.to_json())["preauthorizeAmount"] == 20.5  # to_json writes the same


def test_a_non_finite_decimal_is_refused_before_sending(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {}})]) as server:
        with pytest.raises(sdk.InvalidRequestError, match="NaN or infinity"):
            client(sdk, server).payment_terminals.create(body={"preauthorizeAmount": decimal.Decimal("NaN")})
    assert not server.requests


# 5-7. pagination as the AMPECO API does it -------------------------------------------------
def test_cursor_pagination_opts_in_with_an_empty_cursor(sdk: Any) -> None:
    page = {"data": [{"id": 1, "name": "a"}], "links": {"next": None}, "meta": {"next_cursor": None}}
    with FaultServer([Reply(200, json=page)]) as server:
        api = client(sdk, server)
        list(api.charge_points.list())
        list(api.charge_points.list(cursor="given"))
        with pytest.warns(DeprecationWarning):
            list(api.locations.list_v1())  # a page-number endpoint: no cursor
    queries = [request.query for request in server.requests]
    assert queries[0]["cursor"] == [""]
    assert queries[1]["cursor"] == ["given"]
    assert "cursor" not in queries[2]


def test_links_next_on_another_host_is_asked_of_our_own_server_by_its_cursor(sdk: Any) -> None:
    def handler(request: Any) -> Reply:
        if request.query.get("cursor") == ["c2"]:
            return Reply(200, json={"data": [{"id": 2, "name": "b"}], "links": {"next": None}, "meta": {}})
        return Reply(200, json={
            "data": [{"id": 1, "name": "a"}],
            "links": {"next": "https://cdn.other.example/public-api/resources/charge-points/v2.0?cursor=c2&per_page=1"},
            "meta": {"next_cursor": None},  # only the link says where the next page is
        })

    with Router(handler) as server:
        ids = [cp.id for cp in client(sdk, server).charge_points.list(filter={"networkId": "N1"})]
    assert ids == [1, 2]
    second = server.requests[1]
    assert second.path.startswith(CHARGE_POINTS + "?") and second.query["cursor"] == ["c2"]
    assert second.query["filter[networkId]"] == ["N1"]  # the caller's own query is kept


def test_links_next_on_another_host_without_a_cursor_is_refused(sdk: Any) -> None:
    body = {"data": [{"id": 1, "name": "a"}], "links": {"next": "https://other.example/steal"}, "meta": {}}
    with FaultServer([Reply(200, json=body)]) as server:
        page = client(sdk, server).charge_points.list()
        with pytest.raises(sdk.APIError, match="another host"):
            page.get_next_page()
    assert len(server.requests) == 1


def test_page_number_answers_on_a_cursor_endpoint_walk_every_page(sdk: Any) -> None:
    def handler(request: Any) -> Reply:
        number = int(request.query.get("page", ["1"])[0])
        return Reply(200, json={
            "data": [{"id": number, "name": f"cp{number}"}],
            "links": {"next": None},  # older deployments: page-number meta only
            "meta": {"current_page": number, "last_page": 3, "per_page": 1, "total": 3},
        })

    with Router(handler) as server:
        ids = [cp.id for cp in client(sdk, server).charge_points.list()]
    assert ids == [1, 2, 3]
    assert [r.query.get("page") for r in server.requests] == [None, ["2"], ["3"]]


# 8. client options -------------------------------------------------------------------------
def test_tenant_url_is_trimmed_and_an_explicit_http_scheme_is_kept(sdk: Any) -> None:
    assert str(sdk.AmpecoOwn(api_token=TOKEN, tenant_url=" mytenant.ampeco.com ").base_url) == "https://mytenant.ampeco.com/"
    assert str(sdk.AmpecoOwn(api_token=TOKEN, tenant_url="https://mytenant.ampeco.com/").base_url) == "https://mytenant.ampeco.com/"
    with FaultServer([Reply(200, json={"data": {"id": 7}})]) as server:
        host = server.base_url.removeprefix("http://")
        api = sdk.AmpecoOwn(api_token=TOKEN, tenant_url=f" http://{host} ")
        assert str(api.base_url) == f"http://{host}/"
        assert api.locations.retrieve(7).id == 7  # reached over plain http, not forced to https


@pytest.mark.parametrize(
    "options, message",
    [
        ({"api_token": "token\r\n"}, "line break"),
        ({"api_token": "tok\nen"}, "line break"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.5}, "timeout"),
        ({"timeout": httpx.Timeout(5, connect=0)}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"base_url": "not a url"}, "base_url"),
        ({"base_url": "ftp://files.example"}, "base_url"),
        ({"tenant_url": "my tenant.example"}, "tenant_url"),
        ({"default_headers": {"X-A": "a\nb"}}, "line break"),
    ],
)
def test_bad_options_are_refused_when_the_client_is_built(sdk: Any, options: dict[str, Any], message: str) -> None:
    arguments = {"api_token": TOKEN, "tenant_url": "cp.example.com", **options}
    with pytest.raises(sdk.InvalidRequestError, match=message):
        sdk.AmpecoOwn(**arguments)


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.locations.retrieve(1, timeout=0),
        lambda api: api.locations.retrieve(1, max_retries=-2),
        lambda api: api.locations.retrieve(1, extra_headers={"X-Name": "é"}),  # httpx: UnicodeEncodeError
        lambda api: api.locations.retrieve(1, extra_headers={"X-Name": 5}),
        lambda api: api.locations.retrieve(""),
        lambda api: api.charge_points.create(body={"name": float("nan")}),  # json: ValueError
        lambda api: api.charge_points.create(body={"name": object()}),  # json: TypeError
    ],
)
def test_no_bare_value_error_from_httpx_reaches_the_user(sdk: Any, call: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 1}})]) as server:
        with pytest.raises(sdk.APIError) as raised:
            call(client(sdk, server))
    assert type(raised.value).__module__.startswith(sdk.__name__) and str(raised.value)
    assert not server.requests


# 9. the client's type survives `with` ------------------------------------------------------
def test_context_managers_return_the_client_itself(sdk: Any) -> None:
    import asyncio

    with sdk.AmpecoOwn(api_token=TOKEN, tenant_url="cp.example.com") as api:
        assert type(api) is sdk.AmpecoOwn and api.charge_points is api.charge_points

    async def run() -> Any:
        async with sdk.AsyncAmpecoOwn(api_token=TOKEN, tenant_url="cp.example.com") as api:
            return api

    assert type(asyncio.run(run())) is sdk.AsyncAmpecoOwn


def test_raw_responses_of_pages_and_async_calls_parse_to_the_method_result(sdk: Any) -> None:
    import asyncio

    page = {"data": [{"id": 1, "name": "a"}], "links": {"next": None}, "meta": {}}
    with FaultServer([Reply(200, json=page)]) as server:
        raw = client(sdk, server).with_raw_response.charge_points.list()
        assert isinstance(raw, sdk.APIResponse) and raw.parse() is raw.parse()
        assert isinstance(raw.parse(), sdk.SyncPage) and raw.parse().data[0].id == 1

        async def run() -> Any:
            async with sdk.AsyncAmpecoOwn(api_token=TOKEN, base_url=server.base_url) as api:
                listed = await api.with_raw_response.charge_points.list()
                one = await api.with_raw_response.locations.retrieve(1)
                return listed.parse(), one

        first_page, one = asyncio.run(run())
    assert isinstance(first_page, sdk.AsyncPage) and first_page.data[0].id == 1
    assert one.status_code == 200


# 10. parity with modern SDKs ----------------------------------------------------------------
def test_with_options_changes_a_copy_that_shares_the_connection_pool(sdk: Any) -> None:
    with FaultServer([Reply(200, json={"data": {"id": 1}})]) as server:
        api = client(sdk, server, default_query={"locale": "en"})
        other = api.with_options(max_retries=3, timeout=2.5, default_headers={"X-Tenant": "t1"}, default_query={"debug": "1"})
        other.locations.retrieve(1)
        api.locations.retrieve(1)
        assert other._http is api._http and type(other) is type(api)
        assert (other.max_retries, other.timeout, api.max_retries) == (3, 2.5, 0)
        assert api.copy(strict_response_validation=True).strict_response_validation is True
        with pytest.raises(sdk.InvalidRequestError):
            api.with_options(timeout=0)
    with_options, plain = server.requests
    assert with_options.headers.get("X-Tenant") == "t1" and "X-Tenant" not in plain.headers
    assert with_options.query == {"locale": ["en"], "debug": ["1"]} and plain.query == {"locale": ["en"]}


def test_log_environment_variable_logs_requests_without_setup(own_sdk: GeneratedSdk) -> None:
    code = (
        "import sys, ampeco_own; "
        "api = ampeco_own.AmpecoOwn(api_token='secret-token-123', base_url=sys.argv[1], max_retries=0); "
        "api.locations.retrieve(1)"
    )
    with FaultServer([Reply(200, json={"data": {"id": 1}})]) as server:
        runs = {
            level: subprocess.run(
                [sys.executable, "-c", code, server.base_url], capture_output=True, text=True, cwd=own_sdk.out, check=False,
                env={"PATH": "/usr/bin:/bin", "AMPECO_OWN_LOG": level},
            )
            for level in ("info", "debug", "")
        }
    assert all(run.returncode == 0 for run in runs.values()), [run.stderr for run in runs.values()]
    assert "INFO] GET" in runs["info"].stderr and "headers=" not in runs["info"].stderr
    assert "DEBUG] GET" in runs["debug"].stderr and "<redacted>" in runs["debug"].stderr
    assert TOKEN not in runs["debug"].stderr and runs[""].stderr == ""


def test_streaming_responses_are_read_on_demand_and_closed_after_the_block(sdk: Any) -> None:
    import asyncio

    page = {"data": [{"id": 1, "name": "a"}], "links": {"next": None}, "meta": {}}
    with FaultServer([Reply(200, json=page)]) as server:
        api = client(sdk, server)
        with api.with_streaming_response.charge_points.list() as response:
            assert response.status_code == 200 and not response.http_response.is_closed
            chunks = b"".join(response.iter_bytes())
        assert response.http_response.is_closed and json.loads(chunks) == page
        with api.with_streaming_response.locations.retrieve(1) as response:
            assert response.parse() is not None

        async def run() -> Any:
            async with sdk.AsyncAmpecoOwn(api_token=TOKEN, base_url=server.base_url) as aapi:
                async with aapi.with_streaming_response.charge_points.list() as streamed:
                    first = await streamed.parse()
                return first, streamed.http_response.is_closed

        first, closed = asyncio.run(run())
    assert isinstance(first, sdk.AsyncPage) and first.data[0].id == 1 and closed
    with FaultServer([Reply(404, json={"message": "nope"})]) as server:
        with pytest.raises(sdk.NotFoundError):
            with client(sdk, server).with_streaming_response.locations.retrieve(1):
                pass
