"""Self-tests for tests/support/fault_server.py, driven with plain httpx.

The SDK's retry/timeout/pagination tests trust this server to misbehave exactly
as scripted, so its own behaviour is pinned down here first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest

from tests.support.fault_server import (
    FaultServer,
    Hang,
    RecordedRequest,
    Reply,
    Reset,
    Router,
    Step,
)


def test_script_steps_are_served_in_order_and_the_last_repeats() -> None:
    script = [
        Reply(429, json={"message": "slow down"}, headers={"Retry-After": "0"}),
        Reply(200, json={"ok": True}),
    ]
    with (
        FaultServer(script) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        first = client.get("/things")
        second = client.get("/things")
        third = client.get("/things")
    assert (first.status_code, first.headers["retry-after"], first.json()) == (
        429,
        "0",
        {"message": "slow down"},
    )
    assert (second.status_code, second.json()) == (200, {"ok": True})
    assert third.status_code == 200


def test_reply_without_json_has_an_empty_body() -> None:
    with FaultServer([Reply(204)]) as server:
        response = httpx.delete(server.base_url + "/things/1")
    assert response.status_code == 204
    assert response.content == b""


def test_requests_are_recorded() -> None:
    with FaultServer([Reply(201, json={"id": 1})]) as server:
        httpx.post(
            server.base_url + "/things?include[0]=a&x=1",
            json={"name": "n"},
            headers={"Authorization": "Bearer t"},
        )
    (request,) = server.requests
    assert request.method == "POST"
    assert request.path == "/things?include[0]=a&x=1"
    assert request.query == {"include[0]": ["a"], "x": ["1"]}
    assert request.headers["Authorization"] == "Bearer t"
    assert request.body == b'{"name":"n"}'


def test_chunked_request_body_is_recorded() -> None:
    with FaultServer([Reply()]) as server:
        httpx.post(server.base_url + "/upload", content=iter([b"ab", b"cd"]))
    assert server.requests[0].body == b"abcd"


def test_reset_makes_the_client_fail_then_the_next_step_answers() -> None:
    script: list[Step] = [Reset(), Reply(200, json={"ok": True})]
    with (
        FaultServer(script) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        with pytest.raises(
            (httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)
        ):
            client.get("/flaky")
        response = client.get("/flaky")
    assert response.json() == {"ok": True}
    assert len(server.requests) == 2
    assert server.connections_opened == 2


def test_keep_alive_reuses_one_connection() -> None:
    with (
        FaultServer([Reply(200, json={})]) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        for _ in range(3):
            client.get("/")
    assert server.connections_opened == 1


def test_hang_triggers_a_client_read_timeout() -> None:
    timeout = httpx.Timeout(5, read=0.2)
    with (
        FaultServer([Hang(5), Reply(200, json={"ok": True})]) as server,
        httpx.Client(base_url=server.base_url, timeout=timeout) as client,
    ):
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            client.get("/slow")
        assert time.monotonic() - started < 2
        assert client.get("/slow").json() == {"ok": True}


def test_reply_delay_is_honoured() -> None:
    with FaultServer([Reply(200, json={}, delay=0.3)]) as server:
        started = time.monotonic()
        httpx.get(server.base_url + "/")
    assert time.monotonic() - started >= 0.3


def _three_pages(request: RecordedRequest) -> Step:
    cursor = request.query.get("cursor", [""])[0]
    pages = {"": ("p2", [1, 2]), "p2": ("p3", [3, 4]), "p3": (None, [5])}
    if cursor not in pages:
        return Reply(400, json={"message": f"unknown cursor {cursor!r}"})
    next_cursor, items = pages[cursor]
    return Reply(200, json={"data": items, "meta": {"nextCursor": next_cursor}})


def test_router_serves_pages_by_cursor() -> None:
    items: list[int] = []
    with (
        Router(_three_pages) as server,
        httpx.Client(base_url=server.base_url) as client,
    ):
        cursor = None
        while True:
            page = client.get(
                "/items", params={"cursor": cursor} if cursor else None
            ).json()
            items += page["data"]
            cursor = page["meta"]["nextCursor"]
            if cursor is None:
                break
        assert client.get("/items", params={"cursor": "bogus"}).status_code == 400
    assert items == [1, 2, 3, 4, 5]
    assert [r.path for r in server.requests] == [
        "/items",
        "/items?cursor=p2",
        "/items?cursor=p3",
        "/items?cursor=bogus",
    ]


def test_stop_is_quick_while_a_handler_sleeps() -> None:
    before = threading.active_count()
    server = FaultServer([Hang(30)]).start()
    client_thread = threading.Thread(
        target=_get_ignoring_errors, args=(server.base_url,), daemon=True
    )
    client_thread.start()
    _wait_for(lambda: len(server.requests) == 1)
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 1.5
    assert server.live_threads == 0
    client_thread.join(timeout=2)
    assert threading.active_count() == before


def test_stop_is_quick_with_an_idle_keep_alive_connection() -> None:
    with httpx.Client() as client:
        server = FaultServer([Reply(200, json={})]).start()
        client.get(server.base_url + "/")
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1.5
        assert server.live_threads == 0


def test_base_url_is_loopback_and_unavailable_when_stopped() -> None:
    server = FaultServer([Reply()])
    with pytest.raises(RuntimeError):
        _ = server.base_url
    with server:
        assert server.base_url.startswith("http://127.0.0.1:")


def test_empty_script_is_rejected() -> None:
    with pytest.raises(ValueError):
        FaultServer([])


def _get_ignoring_errors(url: str) -> None:
    try:
        httpx.get(url, timeout=10)
    except httpx.HTTPError:
        pass


def _wait_for(condition: Callable[[], bool], timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)
