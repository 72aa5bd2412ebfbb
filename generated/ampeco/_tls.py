"""The TLS context of the clients' connection pools: loaded once, on a thread, beside the caller.

httpx loads the trust store (certifi's 150 certificates, or `SSL_CERT_FILE` / `SSL_CERT_DIR`)
for every client it builds: 20-40 ms that block the first request, and the event loop in an
async app. The clients of this SDK share one context per process and per setting of those
variables. It starts loading on a thread when a client first uses a resource, and the load
runs in C without the GIL, so it happens while the first call imports and builds its
response's models. A program that builds a client and makes no call loads nothing. The
settings are httpx's own (`httpx.create_ssl_context()`).

A client of a plain-http API (a local server, a mock such as Prism in a test suite) verifies
no certificate, so it loads no trust store: its pool (`PlainPool`) makes the one that verifies
only for a request that goes to https (a redirect), with the shared context. Behind a proxy
the environment names, httpx builds the pools, as it routes requests through the proxy.
"""

from __future__ import annotations

import os
import ssl
import threading
import urllib.request
from typing import Dict, Optional, Tuple

import httpx

# what httpx's context depends on besides its defaults (it reads them when trust_env is on)
_SETTINGS = ("SSL_CERT_FILE", "SSL_CERT_DIR", "SSLKEYLOGFILE")
_Key = Tuple[Optional[str], ...]

_lock = threading.Lock()
_contexts: Dict[_Key, ssl.SSLContext] = {}
# the thread loading each context, with the process that started it
_loading: Dict[_Key, Tuple[int, threading.Thread]] = {}


def preload() -> None:
    """Starts loading the context on a thread, unless it is loaded or loading already."""
    key = _key()
    with _lock:
        if key in _contexts or _loading.get(key, (0,))[0] == os.getpid():
            return
        loader = threading.Thread(
            target=_load_quietly, args=(key,), name="ampeco-tls", daemon=True
        )
        _loading[key] = (os.getpid(), loader)
    loader.start()


def shared_context() -> ssl.SSLContext:
    """The context, waiting for its thread if it is still loading; built here if it has none."""
    key = _key()
    pid, loader = _loading.get(key, (0, None))
    # a forked process has no copy of the thread: it builds its own context
    if loader is not None and pid == os.getpid() and loader.ident is not None:
        loader.join()
    return _contexts.get(key) or _load(key)


def _finish_loading() -> None:
    """Before a fork: a thread that the fork stopped halfway would leave the child the locks
    it held (the import system's, OpenSSL's), and the child's first request would hang.
    """
    for pid, loader in list(_loading.values()):
        if pid == os.getpid() and loader.ident is not None:
            loader.join()


if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
    os.register_at_fork(before=_finish_loading)


def _key() -> _Key:
    return tuple(os.environ.get(name) for name in _SETTINGS)


def _load_quietly(key: _Key) -> None:
    try:
        _load(key)
    except Exception:  # noqa: BLE001
        pass  # the first request builds it again, and raises there


def _load(key: _Key) -> ssl.SSLContext:
    context = httpx.create_ssl_context()
    with _lock:
        return _contexts.setdefault(key, context)


def needs_context(base_url: httpx.URL) -> bool:
    """Whether the pool of a client of `base_url` verifies certificates from its first request:
    an https API's, or any behind a proxy (httpx ignores the environment's proxies when it is
    handed a transport, so it builds the pools then)."""
    return base_url.scheme != "http" or bool(
        _PROXY_SCHEMES & set(urllib.request.getproxies())
    )


_PROXY_SCHEMES = frozenset({"http", "https", "all"})
_unverified: Optional[ssl.SSLContext] = None


def _no_trust_store() -> ssl.SSLContext:
    """The context of the plain-http pool, never used to connect (https goes to the
    other pool): it trusts nothing, so a TLS request would fail, not go unchecked."""
    global _unverified
    if _unverified is None:
        _unverified = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return _unverified


class PlainPool(httpx.BaseTransport):
    """The connection pool of a client of a plain-http API: http requests go through one that
    loads no trust store; the first https request makes the one that verifies."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._lock = threading.Lock()
        self._plain = httpx.HTTPTransport(verify=_no_trust_store(), limits=limits)
        self._secure: Optional[httpx.HTTPTransport] = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http":
            return self._plain.handle_request(request)
        with self._lock:
            if self._secure is None:
                self._secure = httpx.HTTPTransport(
                    verify=shared_context(), limits=self._limits
                )
        return self._secure.handle_request(request)

    def close(self) -> None:
        self._plain.close()
        if self._secure is not None:
            self._secure.close()


class AsyncPlainPool(httpx.AsyncBaseTransport):
    """`PlainPool` for the async client."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._plain = httpx.AsyncHTTPTransport(verify=_no_trust_store(), limits=limits)
        self._secure: Optional[httpx.AsyncHTTPTransport] = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "http":
            return await self._plain.handle_async_request(request)
        if self._secure is None:
            self._secure = httpx.AsyncHTTPTransport(
                verify=shared_context(), limits=self._limits
            )
        return await self._secure.handle_async_request(request)

    async def aclose(self) -> None:
        await self._plain.aclose()
        if self._secure is not None:
            await self._secure.aclose()
