"""The HTTP engine behind the generated resources: requests, retries, errors, parsing."""

from __future__ import annotations

import copy
import functools
import logging
import math
import os
import threading
import time
import urllib.parse
import warnings
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    Generic,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    TypeVar,
    Union,
    cast,
)

import httpx

from . import _retries, _tls
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    InvalidRequestError,
    status_error,
)
from ._pagination import (
    AsyncPage,
    AsyncPaginator,
    NextPage,
    SyncPage,
    next_offset,
    next_page_request,
    page_query,
)
from ._multipart import as_given, encode_multipart, encode_raw
from ._query import (
    dumps,
    encode_form,
    encode_query,
    fill_path,
    path_parts,
    scalar,
    wire,
    wire_keys,
)
from ._response import (
    APIResponse,
    AsyncStreamedResponse,
    ResponseParser,
    StreamedResponse,
    parse,
    response_adapter,
    success_body,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:  # imported when a call streams: most programs never do
    from ._streaming import AsyncStream, Stream

log = logging.getLogger("ampeco")
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# httpx keeps only 20 idle connections by default; a busy async client would reconnect constantly
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
USER_AGENT = "ampeco-python/0.0.0"
LOG_ENV = "AMPECO_LOG"  # "debug" or "info": log requests to stderr without configuring logging
_Client = TypeVar("_Client", bound="BaseClient")
_T = TypeVar("_T")

# `dict` as the factory of an empty field: typed, since a bare `dict` makes the default a
# `dict[Unknown, Unknown]` to pyright (the cast happens once, here, not on every call)
_empty = cast("Callable[[], Dict[str, Any]]", dict)
_NO_QUERY: Mapping[str, Any] = {}


@dataclass(frozen=True)
class Endpoint(Generic[_T]):
    """One operation, described once per module; `_T` is what its method returns (a page's item, for lists)."""

    method: str
    path: str
    response: Optional[Callable[[], Any]] = (
        None  # returns the response type (imported lazily)
    )
    envelope: Optional[str] = (
        None  # the body is {envelope: <response type>}: the method returns what it wraps
    )
    # the body is returned as it is, not parsed as JSON: "bytes" (a download) or "text"
    raw: Optional[str] = None
    # the media type asked for, when it is not the client's application/json
    accept: Optional[str] = None
    # how a list operation pages ("cursor", "page", "has_more", "link", "offset"; see
    # `_pagination`), the query parameter that asks for a "has_more" or "offset" list's next
    # page, and the envelope's list of items
    page: Optional[str] = None
    page_parameter: Optional[str] = None
    page_items: str = "data"
    deprecated: Optional[str] = None  # warning text for deprecated operations
    # query parameters not sent in the default `form` style with `explode`: wire name -> (style, explode)
    styles: Mapping[str, Tuple[str, bool]] = field(default_factory=_empty)
    # the model of the request body ("body") and of object-valued query parameters (by wire
    # name): a dict given with the model's Python names (`network_id`) is sent with its wire
    # names (`networkId`), never as it was typed
    shapes: Mapping[str, Callable[[], Any]] = field(default_factory=_empty)
    body_required: bool = (
        False  # the spec requires a body: `{}` is sent when no property is given
    )
    form: bool = (
        False  # the body is sent as application/x-www-form-urlencoded, not as JSON
    )
    multipart: bool = (
        False  # the body is sent as multipart/form-data (uploads), not as JSON
    )
    # the body is sent as it is (bytes, text, a path or a file object), with this media type
    raw_body: Optional[str] = None
    # the JSON media type the spec's `Content-Type` parameter requires, sent with or without a body
    content_type: Optional[str] = None
    # the spec says the operation takes no credentials (`security: []`): no token is sent
    anonymous: bool = False
    # an answer of server-sent events (see `_streaming`): the type of each event, whether that
    # type is the whole event (`{event, data}`) rather than its data, and the body property that
    # asks for events instead of JSON (`stream`); without one, the operation always sends events
    events: Optional[Callable[[], Any]] = None
    framed: bool = False
    stream_switch: Optional[str] = None

    # What does not depend on the arguments is worked out on first use, not on every call
    # (a cached_property writes to the instance's __dict__, which a frozen dataclass allows).

    @functools.cached_property
    def verb(self) -> str:
        return self.method.upper()

    @functools.cached_property
    def path_parts(self) -> List[str]:
        return path_parts(self.path.lstrip("/"))

    @functools.cached_property
    def parser(self) -> Optional[ResponseParser]:
        """Validates a response as this operation's type; None when it returns nothing."""
        kind = self.response() if self.response else None
        return None if kind is None else ResponseParser(kind, self.envelope)

    def prepare(self) -> None:
        """Imports the response's models and builds their validator, unless that is done. The
        client calls it before a request goes out: on the first call, that work is done while
        the TLS context loads (see `_tls`), not after the response is in."""
        if self.page is None:
            _ = self.parser
        elif self.response is not None:
            response_adapter(self.response())

    def streams(self, call: Call[Any]) -> bool:
        """Whether this call's answer is events: always, or when its body asks for them."""
        if self.events is None or self.stream_switch is None:
            return self.events is not None
        switch = self.stream_switch
        asked = call.fields.get(switch, NOT_GIVEN)
        if isinstance(asked, NotGiven):
            asked = _member(call.body, switch)
        extra = call.options.extra_body
        if extra is not None and switch in extra:
            asked = extra[switch]
        return asked is True


def _member(body: Any, name: str) -> Any:
    """A property of a body given whole (`body=`), as a dict or a model."""
    if hasattr(body, "to_dict"):
        body = body.to_dict()
    return (
        cast("Dict[str, Any]", body).get(name, NOT_GIVEN)
        if isinstance(body, dict)
        else NOT_GIVEN
    )


@dataclass(frozen=True)
class RequestOptions:
    extra_headers: Optional[Mapping[str, str]] = None
    extra_query: Optional[Mapping[str, Any]] = None
    extra_body: Optional[Mapping[str, Any]] = None
    timeout: Union[Timeout, NotGiven] = NOT_GIVEN
    max_retries: Union[int, NotGiven] = NOT_GIVEN


_NO_OPTIONS = RequestOptions()


# Not frozen: one is built on every call, and a frozen dataclass's __init__ costs twice as
# much. Nothing changes a Call once it is built.
@dataclass
class Call(Generic[_T]):
    """One call of an endpoint: the arguments as given, by wire name; NOT_GIVEN ones are left out."""

    endpoint: Endpoint[_T]
    path: Mapping[str, Any] = field(default_factory=_empty)
    query: Mapping[str, Any] = field(default_factory=_empty)
    headers: Mapping[str, Any] = field(default_factory=_empty)
    body: Any = (
        NOT_GIVEN  # a whole body (a model, a dict or a list), as given to `body=`
    )
    fields: Mapping[str, Any] = field(
        default_factory=_empty
    )  # body properties given as keyword arguments
    options: RequestOptions = _NO_OPTIONS


def _check_header(
    name: object, value: object
) -> str:  # `object`: a user may pass anything
    if not isinstance(name, str) or not isinstance(value, str):
        raise InvalidRequestError(
            f"header {name!r}: names and values must be strings, got {type(value).__name__}"
        )
    if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
        raise InvalidRequestError(
            f"header {name!r} contains a line break; refusing to send it"
        )
    return value


def check_timeout(value: Any, where: str = "timeout") -> Timeout:
    """A number of seconds > 0, an httpx.Timeout whose parts are > 0 (or None), or None for no limit."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        parts: Dict[str, object] = {
            "connect": value.connect,
            "read": value.read,
            "write": value.write,
            "pool": value.pool,
        }
        bad = {
            k: v
            for k, v in parts.items()
            if v is not None
            and not (isinstance(v, (int, float)) and math.isfinite(v) and v > 0)
        }
        if bad:
            raise InvalidRequestError(
                f"{where}: every part of an httpx.Timeout must be > 0 seconds or None, got {bad}"
            )
        return value
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidRequestError(
            f"{where} must be a number of seconds > 0, an httpx.Timeout or None, got {value!r}"
        )
    return float(value)


def check_max_retries(value: Any, where: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidRequestError(f"{where} must be an integer >= 0, got {value!r}")
    return value


def check_token(token: Any) -> str:
    if not token:
        raise APIError(
            "an API token is required: pass api_token=... or set AMPECO_API_TOKEN"
        )
    if not isinstance(token, str):
        raise InvalidRequestError(
            f"api_token must be a string, got {type(token).__name__}"
        )
    if "\r" in token or "\n" in token:
        # e.g. a token read from a file with its trailing newline: it would break the header
        raise InvalidRequestError(
            "api_token contains a line break (CR or LF); remove it"
        )
    return token


def configure_logging() -> None:
    """Honours AMPECO_LOG=debug|info: requests are logged to stderr, as a user would set up."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        (os.environ.get(LOG_ENV) or "").strip().lower()
    )
    if level is None or getattr(log, "_from_env", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(
        logging.Formatter("[%(asctime)s - %(name)s - %(levelname)s] %(message)s")
    )
    log.addHandler(handler)
    log.setLevel(level)
    log._from_env = True  # type: ignore[attr-defined]


_HIDDEN = ("authorization", "cookie", "x-api-key")  # headers logs never show


def redact(headers: Mapping[str, str]) -> Dict[str, str]:
    return {
        k: ("<redacted>" if k.lower() in _HIDDEN else v) for k, v in headers.items()
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
        default_query: Optional[Mapping[str, Any]],
        strict_response_validation: bool,
        retry_non_idempotent: bool,
    ) -> None:
        # every option is checked here, so a mistake surfaces where the client is built
        self._api_token = check_token(api_token)
        self.base_url = base_url  # the setter normalises it
        self.timeout = check_timeout(timeout)
        self.max_retries = check_max_retries(max_retries)
        self.strict_response_validation = strict_response_validation
        self.retry_non_idempotent = retry_non_idempotent
        self._default_headers = {
            k: _check_header(k, v) for k, v in (default_headers or {}).items()
        }
        self._fixed_headers = self._headers_of_every_request()
        # the headers the connection pool's own httpx client sends by itself (when it is ours)
        self._pool_headers: Optional[Dict[str, str]] = None
        self._default_query = dict(default_query or {})
        self._default_timeouts: Tuple[Timeout, Dict[str, Optional[float]]] = (
            self.timeout,
            httpx.Timeout(self.timeout).as_dict(),
        )
        self._raw = False  # methods return APIResponse (with_raw_response)
        self._stream = False  # ...or a response whose body is not read yet (with_streaming_response)
        self._resources: Dict[str, Any] = {}
        self._tls_pending = (
            False  # True until a client that builds its own pool uses a resource
        )
        configure_logging()

    @property
    def base_url(self) -> httpx.URL:
        return self._base_url

    @base_url.setter
    def base_url(self, value: Union[str, httpx.URL]) -> None:
        text = str(value).strip()
        try:
            url = httpx.URL(text.rstrip("/") + "/")
        except (httpx.InvalidURL, ValueError, TypeError) as error:
            raise InvalidRequestError(
                f"base_url {text!r} is not a valid URL: {error}"
            ) from None
        if url.scheme not in ("http", "https") or not url.host:
            raise InvalidRequestError(
                f"base_url {text!r} must be an absolute http:// or https:// URL with a host"
            )
        self._base_url = url
        # Request URLs are built as text and parsed once, by httpx: joining httpx.URL objects
        # and merging params parsed each URL three times, a third of the SDK's own cost per call.
        self._base_text = str(self._base_url)

    def __repr__(self) -> str:  # never shows the token
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _resource(self, name: str, kind: Callable[[Any], Any]) -> Any:
        if name not in self._resources:
            # a first call is near: the connection pool's TLS context starts loading (see `_tls`)
            if self._tls_pending:
                self._tls_pending = False
                if _tls.needs_context(self.base_url):
                    _tls.preload()
            self._resources[name] = kind(self)
        return self._resources[name]

    def copy(
        self: _Client,
        *,
        api_token: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Optional[int] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, Any]] = None,
        strict_response_validation: Optional[bool] = None,
        retry_non_idempotent: Optional[bool] = None,
    ) -> _Client:
        """A client with some options changed; it shares this client's connection pool.

        `default_headers` and `default_query` are merged into this client's own.
        """
        other = copy.copy(self)
        other._resources = {}
        other._share_http(self)
        if api_token is not None:
            other._api_token = check_token(api_token)
        if base_url is not None:
            other.base_url = base_url
        if not isinstance(timeout, NotGiven):
            other.timeout = check_timeout(timeout)
        if max_retries is not None:
            other.max_retries = check_max_retries(max_retries)
        if default_headers:
            other._default_headers = {
                **self._default_headers,
                **{k: _check_header(k, v) for k, v in default_headers.items()},
            }
        if default_query:
            other._default_query = {**self._default_query, **default_query}
        if strict_response_validation is not None:
            other.strict_response_validation = strict_response_validation
        if retry_non_idempotent is not None:
            other.retry_non_idempotent = retry_non_idempotent
        other._fixed_headers = other._headers_of_every_request()
        return other

    with_options = copy  # the name other SDKs use: client.with_options(timeout=5).charge_points.list()

    def _mode(self: _Client, raw: bool, stream: bool = False) -> _Client:
        """This client, with methods that return the raw response (`with_raw_response`), or
        the response unread (`with_streaming_response`)."""
        other = copy.copy(self)
        other._resources = {}
        other._share_http(self)
        other._raw = raw
        other._stream = stream
        return other

    def _share_http(self, parent: Any) -> None:
        raise NotImplementedError

    def _headers_of_every_request(self) -> Dict[str, str]:
        """Built when the client is (or a copy with other options), not for each request."""
        headers = {
            "Accept": "application/json",
            "User-Agent": USER_AGENT,
            **self._default_headers,
        }
        headers["Authorization"] = f"Bearer {self._api_token}"
        return headers

    def _headers(
        self, call: Call[Any], content_headers: Optional[Dict[str, str]]
    ) -> Optional[Dict[str, str]]:
        """The headers to add to those of the httpx client; None when there are none.

        The httpx client the SDK creates carries the client's own headers (token included), so
        a call adds only its own: merging the same headers into every request again cost as
        much as the rest of building it. Copies with another token or headers send theirs.
        """
        fixed = self._fixed_headers
        carried = self._pool_headers is fixed or self._pool_headers == fixed
        given = [
            (name, value)
            for name, value in call.headers.items()
            if value is not None and not isinstance(value, NotGiven)
        ]
        extra = call.options.extra_headers
        if not given and not extra and content_headers is None:
            return (
                None if carried else fixed
            )  # not copied: httpx copies it into the request's own headers
        headers = {} if carried else dict(fixed)
        for name, value in given:
            headers[name] = _check_header(name, scalar(value))
        for name, value in (extra or {}).items():
            headers[name] = _check_header(name, value)
        if content_headers is not None:
            headers.update(content_headers)
        return headers

    def _timeouts(self, options: RequestOptions) -> Dict[str, Optional[float]]:
        """httpx's timeout extension of a request: this call's timeout, or the client's (worked out once)."""
        if not isinstance(options.timeout, NotGiven):
            return httpx.Timeout(check_timeout(options.timeout)).as_dict()
        if (
            self._default_timeouts[0] is not self.timeout
        ):  # `client.timeout` was set since
            self._default_timeouts = (
                self.timeout,
                httpx.Timeout(self.timeout).as_dict(),
            )
        return self._default_timeouts[1]

    def _build_request(
        self, http: Any, call: Call[Any], next_page: Optional[NextPage] = None
    ) -> httpx.Request:
        """The request to send; anything wrong with what was given is an InvalidRequestError."""
        endpoint = call.endpoint
        timeouts = self._timeouts(call.options)
        body = self._body(
            call, as_given if endpoint.multipart or endpoint.raw_body else wire
        )
        content: Any = None
        content_headers: Optional[Dict[str, str]] = None
        if body is not None and (endpoint.multipart or endpoint.raw_body):
            # streamed: files are read as they are sent
            upload = (
                encode_raw(body, endpoint.raw_body)
                if endpoint.raw_body
                else encode_multipart(body)
            )
            content = (
                upload.for_async() if isinstance(http, httpx.AsyncClient) else upload
            )
            content_headers = {
                "Content-Type": upload.content_type,
                "Content-Length": str(upload.length),
            }
        elif body is not None and endpoint.form:
            content, content_headers = (
                encode_form(body),
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
        elif body is not None:
            # decimals as JSON numbers, exactly (httpx's json= cannot)
            content, content_headers = dumps(body), {"Content-Type": "application/json"}
        if endpoint.content_type:  # a JSON body's, or one the API wants without a body
            content_headers = {
                **(content_headers or {}),
                "Content-Type": endpoint.content_type,
            }
        if endpoint.accept:
            content_headers = {**(content_headers or {}), "Accept": endpoint.accept}
        if endpoint.stream_switch is not None and endpoint.streams(
            call
        ):  # JSON, unless events are asked for
            content_headers = {**(content_headers or {}), "Accept": "text/event-stream"}
        headers = self._headers(call, content_headers)
        url = self._url(call, next_page)
        try:
            # the timeout goes in as httpx's own extension: build_request would make an
            # httpx.Timeout of it on every call
            request: httpx.Request = http.build_request(
                endpoint.verb,
                url,
                headers=headers,
                content=content,
                extensions={"timeout": timeouts},
            )
        except (httpx.InvalidURL, ValueError, TypeError) as error:
            raise InvalidRequestError(
                f"cannot build the request {endpoint.verb} {endpoint.path}: {error}"
            ) from None
        if endpoint.anonymous and "Authorization" in request.headers:
            # the client's token goes; one given for this call stays
            if request.headers["Authorization"] == self._fixed_headers.get(
                "Authorization"
            ):
                del request.headers["Authorization"]
        return request

    def _body(self, call: Call[Any], convert: Callable[[Any], Any]) -> Any:
        """The body to send: `convert` makes JSON-like values of what was given (`wire`), or
        leaves files as they are (`as_given`, for multipart)."""
        endpoint = call.endpoint
        body: Any = None
        if not isinstance(call.body, NotGiven):
            body = convert(self._wire_keys(endpoint, "body", call.body))
        given = (
            {k: v for k, v in call.fields.items() if not isinstance(v, NotGiven)}
            if call.fields
            else None
        )
        if given:
            if body is not None and not isinstance(body, dict):
                raise InvalidRequestError(
                    f"{endpoint.method.upper()} {endpoint.path}: body= is not an object, so body properties cannot be added to it"
                )
            if any(isinstance(v, (Mapping, list, tuple)) for v in given.values()):
                given = self._wire_keys(endpoint, "body", given)
            body = {**cast("Dict[str, Any]", body or {}), **convert(given)}
        elif body is None and endpoint.body_required:
            body = {}
        if call.options.extra_body and (body is None or isinstance(body, dict)):
            body = {
                **cast("Dict[str, Any]", body or {}),
                **convert(dict(call.options.extra_body)),
            }
        return body

    def _url(
        self, call: Call[Any], next_page: Optional[NextPage]
    ) -> Union[str, httpx.URL]:
        overrides: Dict[str, Any] = {}
        if next_page:
            target = next_page.get("url")
            link = self._same_origin(target)
            if link is not None:
                return link
            overrides = next_page.get("query") or {}
            if not overrides and target:
                # another host: its cursor (or page) is asked of our own server, never the
                # link itself, since the token would go with it
                overrides = page_query(target)
                if not overrides:
                    raise APIError(
                        f"refusing to follow links.next to another host, and it has no cursor or page: {target}"
                    )
        elif call.endpoint.page == "cursor":
            # an empty cursor is what engages cursor pagination; without one the API uses
            # its deprecated page-number mode
            given = call.query.get("cursor")
            if given is None or isinstance(given, NotGiven):
                overrides = {"cursor": ""}
        endpoint = call.endpoint
        # arguments left out (NOT_GIVEN, None) are dropped before anything is worked out for them
        query = [
            (
                name,
                self._wire_keys(endpoint, name, value),
                *endpoint.styles.get(name, ("form", True)),
            )
            for name, value in call.query.items()
            if name not in overrides
            and value is not None
            and not isinstance(value, NotGiven)
        ]
        query += [(k, v, "form", True) for k, v in overrides.items()]
        pairs = encode_query(query) if query else []
        if self._default_query or call.options.extra_query:
            extra = {**self._default_query, **(call.options.extra_query or {})}
            pairs += [
                (str(k), scalar(v))
                for k, v in extra.items()
                if v is not None and not isinstance(v, NotGiven)
            ]
        url = self._base_text + fill_path(endpoint.path_parts, call.path)
        if pairs:
            url += "?" + urllib.parse.urlencode(
                pairs
            )  # the encoding httpx's own `params=` uses
        return url

    @staticmethod
    def _wire_keys(endpoint: Endpoint[Any], name: str, value: Any) -> Any:
        """Dicts in `value` keyed by wire names; the model is only imported when there are any."""
        shape = endpoint.shapes.get(name)
        return (
            wire_keys(value, shape())
            if shape is not None and isinstance(value, (Mapping, list, tuple))
            else value
        )

    def _same_origin(self, link: Optional[str]) -> Optional[httpx.URL]:
        """A next-page link, if it points at our own server: the token must not travel elsewhere."""
        if not link:
            return None
        try:
            url = self.base_url.join(link)
        except (httpx.InvalidURL, ValueError):
            return None
        same = (url.scheme, url.host, url.port) == (
            self.base_url.scheme,
            self.base_url.host,
            self.base_url.port,
        )
        return url if same else None

    def _max_retries(self, call: Call[Any]) -> int:
        value = call.options.max_retries
        return (
            self.max_retries
            if isinstance(value, NotGiven)
            else check_max_retries(value)
        )

    def _retry_response(
        self, call: Call[Any], response: httpx.Response, attempt: int, limit: int
    ) -> bool:
        return attempt < limit and _retries.should_retry_status(
            call.endpoint.method, response.status_code, self.retry_non_idempotent
        )

    def _retry_error(
        self, call: Call[Any], error: Exception, attempt: int, limit: int
    ) -> bool:
        return attempt < limit and _retries.should_retry_error(
            call.endpoint.method, error, self.retry_non_idempotent
        )

    def _events(
        self, call: Call[Any], response: httpx.Response, stream: Callable[..., Any]
    ) -> Any:
        """The `Stream` (or `AsyncStream`) of a call that streams, over its response."""
        assert call.endpoint.events is not None  # (the call streams)
        return stream(
            response,
            call.endpoint.events(),
            call.endpoint.framed,
            self.strict_response_validation,
        )

    def _result(self, call: Call[Any], response: httpx.Response) -> Any:
        """What the method returns for this response."""
        raise_for_status(response)
        if call.endpoint.events is not None and call.endpoint.streams(
            call
        ):  # read whole (`with_raw_response`): its events, from the body
            from ._streaming import Stream

            return self._events(call, response, Stream)
        if call.endpoint.raw is not None:
            return response.content if call.endpoint.raw == "bytes" else response.text
        parser = call.endpoint.parser
        return (
            None
            if parser is None
            else parser(response, self.strict_response_validation)
        )

    def _result_and_body(
        self, call: Call[Any], response: httpx.Response
    ) -> Tuple[Any, Any]:
        """A page's envelope, and the body as JSON (for its links and meta)."""
        raise_for_status(response)
        kind = call.endpoint.response() if call.endpoint.response else None
        body = success_body(response, expects_json=kind is not None)
        data = self._unwrapped(call, body, response)
        return parse(kind, data, response, self.strict_response_validation), body

    def _page_parts(
        self, call: Call[Any], response: httpx.Response, asked: Optional[NextPage]
    ) -> Tuple[List[Any], Any, Optional[NextPage]]:
        """A page's items, the parsed body they came in, and how to ask for the next page (none
        when that is how this page was asked for: a server or mock that names the same page
        again would otherwise be walked forever)."""
        envelope, body = self._result_and_body(call, response)
        endpoint = call.endpoint
        items = endpoint.page_items
        data = (
            cast("Sequence[Any]", envelope)
            if isinstance(envelope, list)
            else getattr(envelope, items, None)
        )
        if data is None and isinstance(
            body, dict
        ):  # a body the response type did not describe (lenient mode)
            data = cast("Dict[str, Any]", body).get(items)
        elif data is None and isinstance(body, list):
            data = cast("Sequence[Any]", body)
        if endpoint.page == "offset" and endpoint.page_parameter:
            parameter = endpoint.page_parameter
            start = (
                (asked.get("query") or _NO_QUERY).get(parameter)
                if asked
                else call.query.get(parameter)
            )
            next_request = next_offset(body, parameter, start, len(data or ()))
        else:
            next_link = _next_link(response)
            next_request = next_page_request(
                body,
                endpoint.page or "cursor",
                endpoint.page_parameter,
                next_link,
                items,
            )
        # (to pyright, the isinstance() above leaves `envelope` a possible `list[Unknown]`)
        return (
            list(data or ()),
            cast(Any, envelope),
            None if next_request == asked else next_request,
        )

    def _unwrapped(self, call: Call[Any], body: Any, response: httpx.Response) -> Any:
        envelope = call.endpoint.envelope
        if envelope is None or body is None:
            return body  # a null body is judged by the response type (nullable or not)
        if isinstance(body, dict):
            body = cast("Dict[str, Any]", body)
            if envelope in body:
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
        if log.isEnabledFor(logging.INFO):
            status = response.status_code if response is not None else "no response"
            elapsed = (time.monotonic() - started) * 1000
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "%s %s -> %s in %.0f ms (attempt %d) headers=%s",
                    request.method,
                    request.url,
                    status,
                    elapsed,
                    attempt + 1,
                    redact(request.headers),
                )
            else:
                log.info(
                    "%s %s -> %s in %.0f ms (attempt %d)",
                    request.method,
                    request.url,
                    status,
                    elapsed,
                    attempt + 1,
                )

    @staticmethod
    def _warn_deprecated(call: Call[Any]) -> None:
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


def _next_link(response: httpx.Response) -> Optional[str]:
    """The Link header's next page. Sentry names one on every page and says whether it holds
    anything: `results="false"` on the last."""
    following = response.links.get("next", {})
    return following.get("url") if following.get("results") != "false" else None


def raise_for_status(response: httpx.Response) -> None:
    """Errors are raised the same way whether or not the caller asked for the raw response."""
    if response.status_code >= 400:
        raise status_error(response, success_body(response, expects_json=False))


def _wrap(error: Exception, request: httpx.Request) -> APIError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    return APIConnectionError(
        request, f"Connection error: {type(error).__name__}: {error}"
    )


def server_url(
    template: str,
    variables: Mapping[str, Tuple[Optional[str], str, str]],
    env_prefix: str,
) -> str:
    """Fills the spec's server URL; `variables` maps each variable to (value, argument, env var).

    Values are trimmed (" cp.example.com " works). A value with its own scheme keeps it, so
    `http://127.0.0.1:4010` reaches a local proxy or mock instead of being forced to https.
    """
    if not template:
        raise APIError(
            f"base_url is required: pass base_url= or set {env_prefix}_BASE_URL"
        )
    url = template
    for name, (value, argument, env_name) in variables.items():
        value = (
            str(value).strip() if value is not None else value
        )  # a port given as a number works too
        if not value:
            raise APIError(
                f"{argument} is required: pass {argument}=..., set {env_name}, or pass base_url="
            )
        placeholder = "{" + name + "}"
        if "://" in url.split(placeholder)[0] and "://" in value:
            scheme, value = value.split("://", 1)
            url = scheme.lower() + url[url.index("://") :]
        if any(c.isspace() for c in value):
            raise InvalidRequestError(
                f"{argument} {value!r} must not contain spaces or line breaks"
            )
        url = url.replace(placeholder, value.strip("/"))
    return url


def env(name: str) -> Optional[str]:
    return os.environ.get(name) or None


_Sync = TypeVar("_Sync", bound="SyncAPIClient")
_Async = TypeVar("_Async", bound="AsyncAPIClient")


class SyncAPIClient(BaseClient):
    def __init__(
        self, *, http_client: Optional[httpx.Client] = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._http_client = http_client
        self._owns_http = self._tls_pending = http_client is None
        self._lock = threading.Lock()

    def _share_http(self, parent: Any) -> None:
        # copies use the parent's pool (built now if need be) and leave closing it to the parent
        self._http_client = parent._http
        self._pool_headers = parent._pool_headers
        self._owns_http = False

    @property
    def _http(self) -> httpx.Client:
        """Created on first use, with the TLS context that `_tls` loads beside the caller."""
        if self._http_client is None:
            with self._lock:
                if self._http_client is None:
                    headers = self._pool_headers = self._fixed_headers
                    # a plain-http API's pool loads no trust store (see `_tls`)
                    secure = _tls.needs_context(self.base_url)
                    self._http_client = httpx.Client(
                        timeout=self.timeout,
                        limits=DEFAULT_LIMITS,
                        follow_redirects=True,
                        headers=headers,
                        verify=_tls.shared_context() if secure else True,
                        transport=None if secure else _tls.PlainPool(DEFAULT_LIMITS),
                    )
        return self._http_client

    def request(self, call: Call[_T]) -> _T:
        """What the method returns; in raw and streaming mode, its response (see `_resource`)."""
        self._warn_deprecated(
            call
        )  # here, so that the warning points at the caller's line
        return cast(_T, self._call(call))

    def request_page(self, call: Call[_T]) -> SyncPage[_T]:
        self._warn_deprecated(call)
        return cast(SyncPage[_T], self._call(call))

    def request_events(self, call: Call[_T]) -> Stream[_T]:
        """The events of an operation that answers with server-sent events."""
        self._warn_deprecated(call)
        return cast("Stream[_T]", self._call(call))

    def _call(self, call: Call[Any]) -> Any:
        if self._stream:
            reader: Callable[[httpx.Response], Any] = (
                (lambda r: self._page(call, r))
                if call.endpoint.page
                else (lambda r: self._result(call, r))
            )
            return StreamedResponse(self._open(call), reader)
        if (
            call.endpoint.events is not None
            and not self._raw
            and call.endpoint.streams(call)
        ):
            from ._streaming import Stream

            return self._events(call, self._open(call), Stream)
        response = self._send(call)
        if self._raw:
            raise_for_status(response)
            parser = (
                (lambda: self._page(call, response))
                if call.endpoint.page
                else (lambda: self._result(call, response))
            )
            return APIResponse(response, parser)
        if call.endpoint.page:
            return self._page(call, response)
        return self._result(call, response)

    def _open(self, call: Call[Any]) -> httpx.Response:
        """The response with its body unread, once the status is a success (an error is raised)."""
        streamed = self._send(call, stream=True)
        if streamed.status_code >= 400:
            streamed.read()
            streamed.close()
            raise_for_status(streamed)
        return streamed

    def _page(
        self,
        call: Call[Any],
        response: httpx.Response,
        asked: Optional[NextPage] = None,
    ) -> SyncPage[Any]:
        data, envelope, next_request = self._page_parts(call, response, asked)
        return SyncPage(
            data,
            envelope,
            next_request,
            lambda nxt: self._page(call, self._send(call, nxt), nxt),
        )

    def _send(
        self,
        call: Call[Any],
        next_page: Optional[NextPage] = None,
        stream: bool = False,
    ) -> httpx.Response:
        if not (
            self._raw or self._stream
        ):  # in those modes, the caller may never parse the body
            call.endpoint.prepare()
        limit = self._max_retries(call)
        attempt = 0
        http = self._http
        # built once: a retry sends the same request again (an upload's files from their start)
        request = self._build_request(http, call, next_page)
        while True:
            started = time.monotonic()
            try:
                response = http.send(request, stream=stream)
            except httpx.HTTPError as error:
                self._log(request, None, started, attempt)
                if not self._retry_error(call, error, attempt, limit):
                    raise _wrap(error, _redacted(request)) from error
                time.sleep(_retries.backoff(attempt))
            else:
                self._log(request, response, started, attempt)
                if not self._retry_response(call, response, attempt, limit):
                    if not stream:
                        response.read()
                    _redacted(request)
                    return response
                response.close()
                time.sleep(_retries.backoff(attempt, response.headers))
            attempt += 1

    def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            self._http_client.close()

    def __enter__(self: _Sync) -> _Sync:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncAPIClient(BaseClient):
    def __init__(
        self, *, http_client: Optional[httpx.AsyncClient] = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._http_client = http_client
        self._owns_http = self._tls_pending = http_client is None

    def _share_http(self, parent: Any) -> None:
        self._http_client = parent._http
        self._pool_headers = parent._pool_headers
        self._owns_http = False

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._http_client is None:
            headers = self._pool_headers = self._fixed_headers
            secure = _tls.needs_context(self.base_url)
            self._http_client = httpx.AsyncClient(
                timeout=self.timeout,
                limits=DEFAULT_LIMITS,
                follow_redirects=True,
                headers=headers,
                verify=_tls.shared_context() if secure else True,
                transport=None if secure else _tls.AsyncPlainPool(DEFAULT_LIMITS),
            )
        return self._http_client

    def request(self, call: Call[_T]) -> Awaitable[_T]:
        """What the method returns, to await; in raw and streaming mode, its response (see `_resource`)."""
        self._warn_deprecated(call)
        return cast(Awaitable[_T], self._request(call))

    def request_page(self, call: Call[_T]) -> AsyncPaginator[_T]:
        self._warn_deprecated(call)
        if self._raw:  # awaited for the first page's response
            return cast(AsyncPaginator[_T], self._request(call))
        return AsyncPaginator(lambda: self._first_page(call))

    def request_events(self, call: Call[_T]) -> Awaitable[AsyncStream[_T]]:
        """The events of an operation that answers with server-sent events, to await."""
        self._warn_deprecated(call)
        return cast("Awaitable[AsyncStream[_T]]", self._request(call))

    async def _request(self, call: Call[Any]) -> Any:
        if self._stream:
            reader: Callable[[httpx.Response], Any] = (
                (lambda r: self._page(call, r))
                if call.endpoint.page
                else (lambda r: self._result(call, r))
            )
            return AsyncStreamedResponse(await self._open(call), reader)
        if (
            call.endpoint.events is not None
            and not self._raw
            and call.endpoint.streams(call)
        ):
            from ._streaming import AsyncStream

            return self._events(call, await self._open(call), AsyncStream)
        response = await self._send(call)
        if self._raw:
            raise_for_status(response)
            parser = (
                (lambda: self._page(call, response))
                if call.endpoint.page
                else (lambda: self._result(call, response))
            )
            return APIResponse(response, parser)
        return self._result(call, response)

    async def _open(self, call: Call[Any]) -> httpx.Response:
        """The response with its body unread, once the status is a success (an error is raised)."""
        streamed = await self._send(call, stream=True)
        if streamed.status_code >= 400:
            await streamed.aread()
            await streamed.aclose()
            raise_for_status(streamed)
        return streamed

    async def _first_page(self, call: Call[Any]) -> AsyncPage[Any]:
        return self._page(call, await self._send(call))

    def _page(
        self,
        call: Call[Any],
        response: httpx.Response,
        asked: Optional[NextPage] = None,
    ) -> AsyncPage[Any]:
        data, envelope, next_request = self._page_parts(call, response, asked)

        async def fetch(nxt: NextPage) -> AsyncPage[Any]:
            return self._page(call, await self._send(call, nxt), nxt)

        return AsyncPage(data, envelope, next_request, fetch)

    async def _send(
        self,
        call: Call[Any],
        next_page: Optional[NextPage] = None,
        stream: bool = False,
    ) -> httpx.Response:
        if not (
            self._raw or self._stream
        ):  # in those modes, the caller may never parse the body
            call.endpoint.prepare()
        limit = self._max_retries(call)
        attempt = 0
        http = self._http
        # built once: a retry sends the same request again (an upload's files from their start)
        request = self._build_request(http, call, next_page)
        while True:
            started = time.monotonic()
            try:
                response = await http.send(request, stream=stream)
            except httpx.HTTPError as error:
                self._log(request, None, started, attempt)
                if not self._retry_error(call, error, attempt, limit):
                    raise _wrap(error, _redacted(request)) from error
                await _async_sleep(_retries.backoff(attempt))
            else:
                self._log(request, response, started, attempt)
                if not self._retry_response(call, response, attempt, limit):
                    if not stream:
                        await response.aread()
                    _redacted(request)
                    return response
                await response.aclose()
                await _async_sleep(_retries.backoff(attempt, response.headers))
            attempt += 1

    async def close(self) -> None:
        if self._owns_http and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self: _Async) -> _Async:
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
