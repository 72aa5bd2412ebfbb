"""The clients' TLS context (`_tls` in the generated runtime): loaded once per process on a
thread while the first call builds its response models, shared by every client, rebuilt when
the certificate settings change, and failing where httpx's own would (at the first request).
A client of a plain-http API loads none, unless a request of it goes to https.

Each case runs in a fresh interpreter: the shared context is process state."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from typing import Any

import certifi
import httpx

from generator.emit.client import client_class_name
from tests.conftest import GeneratedSdk

PREAMBLE = """
import os, ssl, sys, threading
import httpx
import {package} as sdk
from {package} import _tls

def pool_context(client):
    return client._http._transport._pool._ssl_context
"""


def run(own_sdk: GeneratedSdk, body: str, **env: str) -> subprocess.CompletedProcess[str]:
    code = PREAMBLE.format(package=own_sdk.package) + textwrap.dedent(body).replace("{client}", client_class_name(own_sdk.package))
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SSL")}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=own_sdk.out, env={**environment, **env},
        timeout=60, check=False,
    )


def test_every_client_shares_one_context_loaded_on_a_thread(own_sdk: GeneratedSdk) -> None:
    result = run(own_sdk, """
        first = sdk.{client}(api_token="t", base_url="https://127.0.0.1:9")
        assert not _tls._loading and not _tls._contexts, "a client that makes no call loads nothing"
        first.charge_points  # a call is near
        assert [t for t in threading.enumerate() if t.name.endswith("-tls")] or _tls._contexts, "no load started"
        second = sdk.{client}(api_token="t", base_url="https://127.0.0.1:9")
        shared = pool_context(first)
        assert isinstance(shared, ssl.SSLContext)
        assert pool_context(second) is shared
        assert pool_context(sdk.Async{client}(api_token="t", base_url="https://127.0.0.1:9")) is shared
        assert shared.verify_mode == ssl.CERT_REQUIRED and shared.check_hostname
        print(len(shared.get_ca_certs()))
    """)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 50  # certifi's trust store, as httpx loads it by default


def test_a_new_certificate_setting_gets_its_own_context(own_sdk: GeneratedSdk, tmp_path: Any) -> None:
    one = tmp_path / "one.pem"
    one.write_text(_first_certificate(), encoding="utf-8")
    result = run(own_sdk, f"""
        default = pool_context(sdk.{{client}}(api_token="t", base_url="https://127.0.0.1:9"))
        os.environ["SSL_CERT_FILE"] = {str(one)!r}
        narrowed = pool_context(sdk.{{client}}(api_token="t", base_url="https://127.0.0.1:9"))
        assert narrowed is not default
        assert len(narrowed.get_ca_certs()) == 1, narrowed.get_ca_certs()
        assert pool_context(sdk.{{client}}(api_token="t", base_url="https://127.0.0.1:9")) is narrowed
        del os.environ["SSL_CERT_FILE"]
        assert pool_context(sdk.{{client}}(api_token="t", base_url="https://127.0.0.1:9")) is default
    """)
    assert result.returncode == 0, result.stderr


def test_a_broken_setting_fails_the_first_request_not_a_thread(own_sdk: GeneratedSdk) -> None:
    result = run(own_sdk, """
        client = sdk.{client}(api_token="t", base_url="https://127.0.0.1:9")  # builds, as httpx's lazy pool did
        try:
            client.charge_points.retrieve(1)
        except (OSError, ssl.SSLError) as error:
            print(type(error).__name__)
        else:
            raise AssertionError("no error")
    """, SSL_CERT_FILE="/nonexistent/ca.pem")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "FileNotFoundError"
    assert "Exception in thread" not in result.stderr and "Traceback" not in result.stderr


def test_a_process_forked_while_loading_gets_a_whole_context(own_sdk: GeneratedSdk) -> None:
    result = run(own_sdk, """
        import signal
        sdk.{client}(api_token="t", base_url="https://127.0.0.1:9").charge_points  # starts the thread
        pid = os.fork()
        if pid == 0:
            signal.alarm(20)  # a fork in the middle of the load left this child locks no thread would free
            os._exit(0 if isinstance(_tls.shared_context(), ssl.SSLContext) else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, status
    """)
    assert result.returncode == 0, result.stderr


def test_the_response_models_are_built_before_the_request_goes_out(own_sdk: GeneratedSdk) -> None:
    sdk = importlib.import_module(own_sdk.package)
    endpoint = importlib.import_module(f"{own_sdk.package}.resources.charge_points")._RETRIEVE
    endpoint.__dict__.pop("parser", None)
    built_when_sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        built_when_sent.append("parser" in endpoint.__dict__)
        return httpx.Response(200, json={"data": {"id": 1, "name": "x"}})

    client = getattr(sdk, client_class_name(own_sdk.package))(api_token="t", base_url="http://api.test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.charge_points.retrieve(1).id == 1
    assert built_when_sent == [True]


def test_a_plain_http_client_loads_no_trust_store(own_sdk: GeneratedSdk) -> None:
    """A local server or a mock (Prism in a test suite) is plain http: no certificate to verify,
    so no trust store to load (20-50 ms of the first call); a redirect to https still verifies,
    with the shared context, and a proxy the environment names is still used."""
    result = run(own_sdk, """
        import asyncio, http.server, json
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = json.dumps({"data": {"id": 1, "name": "x"}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        client = sdk.{client}(api_token="t", base_url=base)
        assert client.charge_points.retrieve(1).id == 1
        async def call_async():
            async with sdk.Async{client}(api_token="t", base_url=base) as async_client:
                return (await async_client.charge_points.retrieve(1)).id
        assert asyncio.run(call_async()) == 1
        assert not _tls._loading and not _tls._contexts, "a plain-http call loaded the trust store"
        pool = client._http._transport
        try:  # where a redirect to https goes: the pool that verifies, made now
            pool.handle_request(httpx.Request("GET", "https://127.0.0.1:9/"))
        except httpx.ConnectError:
            pass
        assert pool._secure._pool._ssl_context is _tls.shared_context()
        assert pool._plain._pool._ssl_context.get_ca_certs() == []  # trusts nothing, were it used
        client.close()
        os.environ["HTTPS_PROXY"] = "http://127.0.0.1:9"
        proxied = sdk.{client}(api_token="t", base_url=base)._http
        assert not isinstance(proxied._transport, _tls.PlainPool) and proxied._mounts, "the proxy was dropped"
        print("ok")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _first_certificate() -> str:
    text = open(certifi.where(), encoding="ascii").read()
    end = "-----END CERTIFICATE-----"
    start = text.index("-----BEGIN CERTIFICATE-----")
    return text[start : text.index(end) + len(end)] + "\n"
