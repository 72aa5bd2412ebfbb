"""`fetch_latest` against a local HTTP server on 127.0.0.1 serving an index and small synthetic specs."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from generator.errors import GeneratorError
from generator.fetch import fetch_latest, spec_links

OLDEST, MIDDLE, NEWEST = "5f0c1a2b3c4d5e6f7a8b9c0d", "6a1b2c3d4e5f60718293a4b5", "6b7c8d9e0f1a2b3c4d5e6f70"


def spec(version: str) -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "AMPECO.CHARGE Public API", "version": version},
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "pong"}}}}},
    }


class Site:
    """What the server answers: {path: (status, content type, body)}; `delay` slows every answer down."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.delay = 0.0
        self.base = ""
        self.requests: list[str] = []

    def page(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200
    ) -> None:
        self.routes[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body)


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            if state.delay:
                time.sleep(state.delay)
            status, content_type, body = state.routes.get(self.path, (404, "text/plain", b"not found"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the timeout test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def index_page(*links: str) -> str:
    items = "\n".join(f'    <li><a href="{link}">Public API</a></li>' for link in links)
    return f"<!doctype html>\n<html><body>\n  <h1>API reference</h1>\n  <ul>\n{items}\n  </ul>\n</body></html>\n"


def publish(site: Site, versions: dict[str, str], as_yaml: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    for spec_id, version in versions.items():
        if spec_id in as_yaml:
            site.page(f"/openapi/{spec_id}", yaml.safe_dump(spec(version), sort_keys=False), "application/yaml")
        else:
            site.page(f"/openapi/{spec_id}", json.dumps(spec(version), indent=2), "application/json")


def test_downloads_the_last_link_with_relative_links(site: Site, tmp_path: Path) -> None:
    publish(site, {OLDEST: "3.108.0", MIDDLE: "3.109.0", NEWEST: "3.110.0"})
    site.page("/openapi/", index_page(f"/openapi/{OLDEST}", f"/openapi/{MIDDLE}", NEWEST))  # root-relative and relative
    saved = fetch_latest(f"{site.base}/openapi/", tmp_path / "specs")
    assert saved == tmp_path / "specs" / "ampeco-public-api-3.110.0.json"
    assert saved.read_bytes() == site.routes[f"/openapi/{NEWEST}"][2]  # byte for byte
    assert site.requests == ["/openapi/", f"/openapi/{NEWEST}"]


def test_absolute_links_and_yaml_specs(site: Site, tmp_path: Path) -> None:
    publish(site, {OLDEST: "3.108.0", MIDDLE: "3.109.0", NEWEST: "3.111.0"}, as_yaml={NEWEST})
    links = [f"{site.base}/openapi/{spec_id}" for spec_id in (OLDEST, MIDDLE, NEWEST)]
    site.page("/docs/index.html", index_page(*links))
    saved = fetch_latest(f"{site.base}/docs/index.html", tmp_path)
    assert saved.name == "ampeco-public-api-3.111.0.yaml"
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["info"]["version"] == "3.111.0"


def test_links_are_resolved_against_the_index_url() -> None:
    page = index_page(
        "/openapi/5f0c1a2b3c4d5e6f7a8b9c0d",
        "https://developers.ampeco.com/openapi/6a1b2c3d4e5f60718293a4b5",
        "6b7c8d9e0f1a2b3c4d5e6f70#section",
        "/openapi/6b7c8d9e0f1a2b3c4d5e6f70",  # a repeat keeps its first place
        "/openapi/not-a-spec",
        "/openapi/5f0c1a2b3c4d5e6f7a8b9c0d1234",  # 28 hex digits: not an id
        "mailto:docs@example.com",
    )
    assert spec_links(page, "https://developers.ampeco.com/openapi/") == [
        "https://developers.ampeco.com/openapi/5f0c1a2b3c4d5e6f7a8b9c0d",
        "https://developers.ampeco.com/openapi/6a1b2c3d4e5f60718293a4b5",
        "https://developers.ampeco.com/openapi/6b7c8d9e0f1a2b3c4d5e6f70",
    ]


def test_links_outside_anchors_are_found_too() -> None:
    page = '<script>window.specs = ["/openapi/5f0c1a2b3c4d5e6f7a8b9c0d", "/openapi/6a1b2c3d4e5f60718293a4b5"];</script>'
    assert spec_links(page, "https://developers.ampeco.com/openapi/")[-1].endswith("/openapi/6a1b2c3d4e5f60718293a4b5")


# -- errors -----------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/openapi/"
    with pytest.raises(GeneratorError, match=r"cannot download http://127\.0\.0\.1:\d+/openapi/: .*refused"):
        fetch_latest(url, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_index_not_found(site: Site, tmp_path: Path) -> None:
    with pytest.raises(GeneratorError) as raised:
        fetch_latest(f"{site.base}/openapi/", tmp_path)
    assert str(raised.value) == f"cannot download {site.base}/openapi/: HTTP 404 Not Found"


def test_spec_download_fails(site: Site, tmp_path: Path) -> None:
    site.page("/openapi/", index_page(f"/openapi/{OLDEST}", f"/openapi/{NEWEST}"))
    site.page(f"/openapi/{NEWEST}", "boom", "text/plain", status=500)
    with pytest.raises(GeneratorError, match=f"cannot download {site.base}/openapi/{NEWEST}: HTTP 500"):
        fetch_latest(f"{site.base}/openapi/", tmp_path)


def test_index_without_links(site: Site, tmp_path: Path) -> None:
    site.page("/openapi/", index_page("/docs/getting-started", "/openapi/latest"))
    with pytest.raises(GeneratorError) as raised:
        fetch_latest(f"{site.base}/openapi/", tmp_path)
    assert str(raised.value) == f"{site.base}/openapi/: no spec links of the form /openapi/<24-hex id> on the page"


@pytest.mark.parametrize(
    "body, content_type, reason",
    [
        ("<!doctype html><html><body>Sign in</body></html>", "text/html", "an HTML page"),
        ('{"swagger": "2.0", "info": {"version": "1"}}', "application/json", "no 'openapi' field"),
        ('{"openapi": "3.0.3", "info": ', "application/json", "invalid JSON"),
        ("openapi: [unclosed", "application/yaml", "neither JSON nor YAML"),
    ],
)
def test_download_that_is_not_an_openapi_document(
    site: Site, tmp_path: Path, body: str, content_type: str, reason: str
) -> None:
    site.page("/openapi/", index_page(f"/openapi/{NEWEST}"))
    site.page(f"/openapi/{NEWEST}", body, content_type)
    with pytest.raises(GeneratorError) as raised:
        fetch_latest(f"{site.base}/openapi/", tmp_path)
    message = str(raised.value)
    assert (
        message.startswith(f"{site.base}/openapi/{NEWEST}: the download is not an OpenAPI document")
        and reason in message
    )
    assert list(tmp_path.iterdir()) == []


def test_spec_without_a_usable_version(site: Site, tmp_path: Path) -> None:
    site.page("/openapi/", index_page(f"/openapi/{NEWEST}"))
    site.page(
        f"/openapi/{NEWEST}",
        json.dumps({**spec("x"), "info": {"title": "T", "version": "../../etc"}}),
        "application/json",
    )
    with pytest.raises(GeneratorError, match=r"info\.version '\.\./\.\./etc' cannot be used in a file name"):
        fetch_latest(f"{site.base}/openapi/", tmp_path)


def test_timeout(site: Site, tmp_path: Path) -> None:
    site.page("/openapi/", index_page(f"/openapi/{NEWEST}"))
    site.delay = 1.0
    with pytest.raises(GeneratorError, match=f"cannot download {site.base}/openapi/: .*(timed out|within)"):
        fetch_latest(f"{site.base}/openapi/", tmp_path, timeout=0.2)


def test_only_http_urls(tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="only http and https"):
        fetch_latest("file:///etc/passwd", tmp_path)
