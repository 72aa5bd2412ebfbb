"""The HTTP engine behind the generated resources: requests, retries, errors, parsing."""

from __future__ import annotations

import logging
import os
import threading
import time
import urllib.parse
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import httpx

from . import _retries
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._pagination import (
    AsyncPage,
    AsyncPaginator,
    NextPage,
    SyncPage,
    next_page_request,
)
from ._query import QueryParam, encode_path, encode_query, plain, scalar
from ._response import APIResponse, json_body, parse
from ._types import NOT_GIVEN, NotGiven, Timeout

log = logging.getLogger("ampeco")
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# httpx keeps only 20 idle connections by default; a busy async client would reconnect constantly
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
USER_AGENT = "ampeco-python/0.0.0"


@dataclass(frozen=True)
class Endpoint:
    """One operation, as the generated resource methods describe it."""

    method: str
    path: str
    response: Optional[Callable[[], Any]] = (
        None  # returns the response type (imported lazily)
    )
    envelope: Optional[str] = (
        None  # the body is {envelope: <response type>}: the method returns what it wraps
    )
    page: Optional[str] = None  # "cursor" | "page" for list operations
    item: Optional[Callable[[], Any]] = None  # page item type
    deprecated: Optional[str] = None  # warning text for deprecated operations


@dataclass(frozen=True)
class RequestOptions:
    extra_headers: Optional[Mapping[str, str]] = None
    extra_query: Optional[Mapping[str, Any]] = None
    extra_body: Optional[Mapping[str, Any]] = None
    timeout: Union[Timeout, NotGiven] = NOT_GIVEN
    max_retries: Union[int, NotGiven] = NOT_GIVEN


@dataclass(frozen=True)
class Call:
    endpoint: Endpoint
    path_params: Mapping[str, Any]
    query: Sequence[QueryParam]
    headers: Sequence[Tuple[str, Any]]
    body: Any
    options: RequestOptions


def _check_header(name: str, value: str) -> str:
    if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
        raise ValueError(f"header {name!r} contains a line break; refusing to send it")
    return value


def redact(headers: Mapping[str, str]) -> Dict[str, str]:
    return {
        k: (
            "<redacted>" if k.lower() in ("authorization", "cookie", "x-api-key") else v
        )
        for k, v in headers.items()
    }


class BaseClient:
    def __init__(
        self,
        *,
        api_token: Optional[str],
        base_url: str,
        timeout: Timeout,
        max_retries: int,
        default_headers: Optional[Mapping[str, str]],
        strict_response_validation: bool,
        retry_non_idempotent: bool,
    ) -> None:
        if not api_token:
            raise APIError(
                "an API token is required: pass api_token=... or set AMPECO_API_TOKEN"
            )
        self._api_token = api_token
        self.base_url = base_url  # the setter normalises it
        self.timeout = timeout
        self.max_retries = max_retries
        self.strict_response_validation = strict_response_validation
        self.retry_non_idempotent = retry_non_idempotent
        self._default_headers = {
            k: _check_header(k, v) for k, v in (default_headers or {}).items()
        }
        self._raw = False

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, value: Union[str, httpx.URL]) -> None:
        self._base_url = httpx.URL(str(value).rstrip("/") + "/")
        # Request URLs are built as text and parsed once, by httpx: joining httpx.URL objects
        # and merging params parsed each URL three times, a third of the SDK's own cost per call.
        self._base_text = str(self._base_url)

    def __repr__(self) -> str:  # never shows the token
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _headers(self, call: Call) -> Dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self._default_headers,
        }
        headers["Authorization"] = f"Bearer {self._api_token}"
        for name, value in call.headers:
            if not isinstance(value, NotGiven) and value is not None:
                headers[name] = _check_header(name, scalar(value))
        for name, value in (call.options.extra_headers or {}).items():
            headers[name] = _check_header(name, value)
        return headers

    def _build_request(
        self, http: Any, call: Call, next_page: Optional[NextPage] = None
    ) -> httpx.Request:
        timeout = (
            call.options.timeout
            if not isinstance(call.options.timeout, NotGiven)
            else self.timeout
        )
        headers = self._headers(call)
        json: Any = None if isinstance(call.body, NotGiven) else plain(call.body)
        if call.options.extra_body and (json is None or isinstance(json, dict)):
            json = {**(json or {}), **plain(dict(call.options.extra_body))}
        link = self._same_origin(next_page.get("url")) if next_page else None
        if next_page and link is None and not next_page.get("query"):
            raise APIError(
                f"refusing to follow links.next to another host: {next_page.get('url')}"
            )
        url: Union[str, httpx.URL]
        if link is not None:
            url = link
        else:
            overrides = (next_page or {}).get("query") or {}
            query = [q for q in call.query if q[0] not in overrides]
            query += [(k, v, "form", True) for k, v in overrides.items()]
            pairs = encode_query(query) + [
                (str(k), scalar(v)) for k, v in (call.options.extra_query or {}).items()
            ]
            url = self._base_text + encode_path(
                call.endpoint.path, call.path_params
            ).lstrip("/")
            if pairs:
                url += "?" + urllib.parse.urlencode(
                    pairs
                )  # the encoding httpx's own `params=` uses
        request: httpx.Request = http.build_request(
            call.endpoint.method.upper(),
            url,
            headers=headers,
            json=json,
            timeout=timeout,
        )
        return request

    def _same_origin(self, link: Optional[str]) -> Optional[httpx.URL]:
        """A next-page link, if it points at our own server: the token must not travel elsewhere."""
        if not link:
            return None
        url = self.base_url.join(link)
        same = (url.scheme, url.host, url.port) == (
            self.base_url.scheme,
            self.base_url.host,
            self.base_url.port,
        )
        return url if same else None

    def _max_retries(self, call: Call) -> int:
        value = call.options.max_retries
        return self.max_retries if isinstance(value, NotGiven) else max(0, int(value))

    def _retry_response(
        self, call: Call, response: httpx.Response, attempt: int, limit: int
    ) -> bool:
        return attempt < limit and _retries.should_retry_status(
            call.endpoint.method, response.status_code, self.retry_non_idempotent
        )

    def _retry_error(
        self, call: Call, error: Exception, attempt: int, limit: int
    ) -> bool:
        return attempt < limit and _retries.should_retry_error(
            call.endpoint.method, error, self.retry_non_idempotent
        )

    def _result(self, call: Call, response: httpx.Response) -> Any:
        raise_for_status(response)
        body = json_body(response)
        kind = call.endpoint.response() if call.endpoint.response else None
        data = self._unwrapped(call, body, response)
        return parse(kind, data, response, self.strict_response_validation), body

    def _unwrapped(self, call: Call, body: Any, response: httpx.Response) -> Any:
        envelope = call.endpoint.envelope
        if envelope is None or body is None:
            return body  # a null body is judged by the response type (nullable or not)
        if isinstance(body, dict) and envelope in body:
            return body[envelope]
        if self.strict_response_validation:
            raise APIResponseValidationError(
                response, body, f"the response body has no {envelope!r} member"
            )
        return body

    def _log(
        self,
        request: httpx.Request,
        response: Optional[httpx.Response],
        started: float,
        attempt: int,
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            status = response.status_code if response is not None else "no response"
            log.debug(
                "%s %s -> %s in %.0f ms (attempt %d) headers=%s",
                request.method,
                request.url,
                status,
                (time.monotonic() - started) * 1000,
                attempt + 1,
                redact(request.headers),
            )

    @staticmethod
    def _warn_deprecated(call: Call) -> None:
        if call.endpoint.deprecated:
            warnings.warn(call.endpoint.deprecated, DeprecationWarning, stacklevel=4)


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on the first retry of an async client, not by `import ampeco`:
    # it is half of what importing the SDK costs beyond httpx and pydantic.
    import asyncio

    await asyncio.sleep(seconds)


def _redacted(request: httpx.Request) -> httpx.Request:
    """Replaces the token of a sent request.

    Responses and errors handed to the caller keep their request; it must not carry the token.
    """
    if "authorization" in request.headers:
        request.headers["Authorization"] = "Bearer <redacted>"
    return request


def raise_for_status(response: httpx.Response) -> None:
    """Errors are raised the same way whether or not the caller asked for the raw response."""
    if response.status_code >= 400:
        raise status_error(response, json_body(response))


def _wrap(error: Exception, request: httpx.Request) -> APIError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(request, f"Connection error: {type(error).__name__}")


def server_url(
    template: str,
    variables: Mapping[str, Tuple[Optional[str], str, str]],
    env_prefix: str,
) -> str:
    """Fills the spec's server URL; `variables` maps each variable to (value, argument, env var)."""
    if not template:
        raise APIError(
            f"base_url is required: pass base_url= or set {env_prefix}_BASE_URL"
        )
    url = template
    for name, (value, argument, env_name) in variables.items():
        if not value:
            raise APIError(
                f"{argument} is required: pass {argument}=..., set {env_name}, or pass base_url="
            )
        if "://" in url.split("{" + name + "}")[0] and "://" in value:
            value = value.split("://", 1)[1]
        url = url.replace("{" + name + "}", value.strip("/"))
    return url


def env(name: str) -> Optional[str]:
    return os.environ.get(name) or None


class SyncAPIClient(BaseClient):
    def __init__(
        self, *, http_client: Optional[httpx.Client] = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._http_client = http_client
        self._owns_http = http_client is None
        self._lock = threading.Lock()

    @property
    def _http(self) -> httpx.Client:
        """Created on first use: building the TLS context costs more than importing the SDK."""
        if self._http_client is None:
            with self._lock:
                if self._http_client is None:
                    self._http_client = httpx.Client(
                        timeout=self.timeout,
                        limits=DEFAULT_LIMITS,
                        follow_redirects=True,
                    )
        return self._http_client

    def request(self, call: Call) -> Any:
        self._warn_deprecated(call)
        response = self._send(call)
        if self._raw:
            raise_for_status(response)
            parser = (
                (lambda: self._page(call, response))
                if call.endpoint.page
                else (lambda: self._result(call, response)[0])
            )
            return APIResponse(response, parser)
        if call.endpoint.page:
            return self._page(call, response)
        return self._result(call, response)[0]

    def _page(self, call: Call, response: httpx.Response) -> SyncPage[Any]:
        envelope, body = self._result(call, response)
        data = getattr(envelope, "data", None)
        if data is None and isinstance(body, dict):
            data = body.get("data")
        next_request = next_page_request(body, call.endpoint.page or "cursor")
        return SyncPage(
            list(data or []),
            envelope,
            next_request,
            lambda nxt: self._page(call, self._send(call, nxt)),
        )

    def _send(self, call: Call, next_page: Optional[NextPage] = None) -> httpx.Response:
        limit = self._max_retries(call)
        attempt = 0
        while True:
            request = self._build_request(self._http, call, next_page)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                self._log(request, None, started, attempt)
                if not self._retry_error(call, error, attempt, limit):
                    raise _wrap(error, _redacted(request)) from error
                time.sleep(_retries.backoff(attempt))
            else:
                self._log(request, response, started, attempt)
                if not self._retry_response(call, response, attempt, limit):
                    response.read()
                    _redacted(request)
                    return response
                response.close()
                time.sleep(_retries.backoff(attempt, response.headers))
            attempt += 1

    def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> "SyncAPIClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(
        self, *, http_client: Optional[httpx.AsyncClient] = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._http_client = http_client
        self._owns_http = http_client is None

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._http_client is None:
            self._http_client = httpx.AsyncClient(
                timeout=self.timeout, limits=DEFAULT_LIMITS, follow_redirects=True
            )
        return self._http_client

    def request(self, call: Call) -> Any:
        self._warn_deprecated(call)
        if call.endpoint.page and not self._raw:
            return AsyncPaginator(lambda: self._first_page(call))
        return self._request(call)

    async def _request(self, call: Call) -> Any:
        response = await self._send(call)
        if self._raw:
            raise_for_status(response)
            parser = (
                (lambda: self._page(call, response))
                if call.endpoint.page
                else (lambda: self._result(call, response)[0])
            )
            return APIResponse(response, parser)
        return self._result(call, response)[0]

    async def _first_page(self, call: Call) -> AsyncPage[Any]:
        return self._page(call, await self._send(call))

    def _page(self, call: Call, response: httpx.Response) -> AsyncPage[Any]:
        envelope, body = self._result(call, response)
        data = getattr(envelope, "data", None)
        if data is None and isinstance(body, dict):
            data = body.get("data")
        next_request = next_page_request(body, call.endpoint.page or "cursor")

        async def fetch(nxt: NextPage) -> AsyncPage[Any]:
            return self._page(call, await self._send(call, nxt))

        return AsyncPage(list(data or []), envelope, next_request, fetch)

    async def _send(
        self, call: Call, next_page: Optional[NextPage] = None
    ) -> httpx.Response:
        limit = self._max_retries(call)
        attempt = 0
        while True:
            request = self._build_request(self._http, call, next_page)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                self._log(request, None, started, attempt)
                if not self._retry_error(call, error, attempt, limit):
                    raise _wrap(error, _redacted(request)) from error
                await _async_sleep(_retries.backoff(attempt))
            else:
                self._log(request, response, started, attempt)
                if not self._retry_response(call, response, attempt, limit):
                    await response.aread()
                    _redacted(request)
                    return response
                await response.aclose()
                await _async_sleep(_retries.backoff(attempt, response.headers))
            attempt += 1

    async def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> "AsyncAPIClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


__all__ = [
    "AsyncAPIClient",
    "Call",
    "Endpoint",
    "List",
    "RequestOptions",
    "SyncAPIClient",
    "env",
    "server_url",
]
