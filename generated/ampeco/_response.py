"""Turning HTTP responses into models: leniently by default, strictly on request.

The lenient guarantee: wherever the declared type says "model" (at any depth: in lists,
dicts, optionals, unions, other models), the value handed back is an instance of that model
with attribute access, even when the payload does not match the spec. Valid parts are
validated as usual, one bad item never affects its neighbours, and a value that could not
be validated is kept as the server sent it (a missing required field reads as ``None``).
"""

from __future__ import annotations

import enum
import functools
import logging
import types
import typing
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
    TypeVar,
    cast,
)

import httpx
import pydantic
import typing_extensions

from ._exceptions import APIResponseValidationError, JSONBody

T = TypeVar("T")
log = logging.getLogger("ampeco")
_UNION_TYPES: Tuple[Any, ...] = (
    typing.Union,
    getattr(types, "UnionType", typing.Union),
)


@functools.lru_cache(maxsize=None)
def response_adapter(kind: Any) -> "pydantic.TypeAdapter[Any]":
    return pydantic.TypeAdapter(kind)


def json_body(response: httpx.Response) -> JSONBody:
    """The body as JSON when it says it is JSON; its text otherwise (or when it does not parse)."""
    if not response.content:
        return None
    if "json" in response.headers.get("content-type", ""):
        try:
            body: JSONBody = response.json()
            return body
        except ValueError:
            return response.text
    return response.text


def success_body(response: httpx.Response, expects_json: bool) -> JSONBody:
    """The body of a 2xx response; a typed error when JSON was due and the body is not JSON."""
    if not expects_json or not response.content:
        return json_body(response)
    try:
        body: JSONBody = response.json()
        return body
    except ValueError:
        text = response.text
        raise APIResponseValidationError(
            response,
            text,
            f"the response body is not valid JSON (content-type {response.headers.get('content-type')!r}): {text[:200]!r}",
        ) from None


def parse(kind: Any, data: Any, response: httpx.Response, strict: bool) -> Any:
    """Validates `data` as `kind`; in lenient mode a mismatch never raises (see the module doc)."""
    if kind is None:
        return None
    try:
        return response_adapter(kind).validate_python(data)
    except pydantic.ValidationError as error:
        if strict:
            raise APIResponseValidationError(
                response, data, f"response does not match the spec: {error}"
            ) from None
        return _salvaged(kind, data, response, error)


def _salvaged(
    kind: Any, data: Any, response: httpx.Response, error: pydantic.ValidationError
) -> Any:
    log.debug(
        "response from %s did not match the spec; keeping raw values: %s",
        response.request.url,
        error,
    )
    return salvage(kind, data)


class ResponseParser:
    """Turns one endpoint's 2xx response into what its method returns.

    The body is validated straight from its bytes in one pass (pydantic parses the JSON and
    builds the models together), through the envelope when the endpoint has one. A body that
    does not match takes the road in parts: parsed as JSON, validated, and checked (strict) or
    salvaged (lenient). A server whose answers drift from the spec does so on every call of
    the operation, so after a mismatch the endpoint goes that road first, skipping a one-pass
    attempt bound to fail (a failed pass costs more than the whole road in parts), until a
    response matches again. Both roads give the same result. Built once per endpoint.
    """

    def __init__(self, kind: Any, envelope: Optional[str]) -> None:
        self.kind = kind
        self.envelope = envelope
        wrapped = _envelope(envelope, kind) if envelope else kind
        self._adapter: "pydantic.TypeAdapter[Any]" = pydantic.TypeAdapter(wrapped)
        self._drifting = False  # the last response did not match: the next one likely will not either

    def __call__(self, response: httpx.Response, strict: bool) -> Any:
        if self._drifting:
            return self._in_parts(response, strict, None)
        try:
            value = self._adapter.validate_json(response.content)
        except pydantic.ValidationError as error:
            self._drifting = True
            return self._in_parts(response, strict, error)
        return value[self.envelope] if self.envelope else value

    def _in_parts(
        self,
        response: httpx.Response,
        strict: bool,
        error: Optional[pydantic.ValidationError],
    ) -> Any:
        body = success_body(
            response, expects_json=True
        )  # a typed error when it is not JSON at all
        if self.envelope is None or body is None:
            data = body  # a null body is judged by the response type (nullable or not)
        elif isinstance(body, dict) and self.envelope in body:
            data = body[self.envelope]
        elif strict:
            raise APIResponseValidationError(
                response, body, f"the response body has no {self.envelope!r} member"
            )
        else:
            data = body  # no envelope: the body itself is judged as the response type
        validated = (
            self.envelope is None or data is not body
        )  # what the one pass validated as the type
        if error is not None and validated and not strict and not _is_json_error(error):
            # the one-pass validation just rejected exactly `data`: no need to validate it again
            return _salvaged(self.kind, data, response, error)
        try:
            value = self._validate(data, through_envelope=validated and not strict)
        except pydantic.ValidationError as mismatch:
            if strict:
                raise APIResponseValidationError(
                    response, data, f"response does not match the spec: {mismatch}"
                ) from None
            return _salvaged(self.kind, data, response, mismatch)
        self._drifting = False  # it matches again: back to one pass
        return value

    def _validate(self, data: Any, through_envelope: bool) -> Any:
        if self.envelope is None:
            return self._adapter.validate_python(data)
        if (
            through_envelope
        ):  # the one pass's own validator: no second one to build for the type
            return self._adapter.validate_python({self.envelope: data})[self.envelope]
        return response_adapter(self.kind).validate_python(
            data
        )  # its errors name the type, not the envelope


def _envelope(member: str, kind: Any) -> Any:
    """`{member: kind}` as a TypedDict: other members of the body are ignored, as unwrapping them would."""
    typed_dict: Any = (
        typing_extensions.TypedDict
    )  # a type checker cannot follow one made at run time
    return typed_dict("Envelope", {member: kind})


def _is_json_error(error: pydantic.ValidationError) -> bool:
    """The body is not JSON pydantic reads (e.g. NaN): it is validated again, as Python values."""
    # a body that does not parse is one error: the list of a model's errors is not built to see that
    if error.error_count() != 1:
        return False
    return (
        error.errors(include_url=False, include_context=False, include_input=False)[0][
            "type"
        ]
        == "json_invalid"
    )


def validate_leniently(kind: Any, data: Any) -> Any:
    """`data` as `kind`: validated when it is valid, else salvaged part by part."""
    try:
        return response_adapter(kind).validate_python(data)
    except pydantic.ValidationError:
        return salvage(kind, data)
    except (
        TypeError,
        pydantic.PydanticSchemaGenerationError,
        pydantic.PydanticUserError,
    ):
        return data  # an annotation pydantic cannot validate on its own (e.g. an unresolved name)


def salvage(kind: Any, data: Any) -> Any:
    """Builds what can be built from a payload that failed validation as `kind`.

    Walks the annotation, not the class names: Annotated, Optional, Union (with or without a
    discriminator), List, Dict and models, however they nest.
    """
    origin = typing.get_origin(kind)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(kind)
        if typing.get_origin(base) in _UNION_TYPES:
            return _salvage_union(base, data, metadata)
        return salvage(base, data)
    if origin in _UNION_TYPES:
        return _salvage_union(kind, data, [])
    if origin in (list, List, typing.Sequence) or kind is list:
        args = typing.get_args(kind)
        if args and isinstance(
            data, list
        ):  # `args` first: after the test `data` stays `Any`, not `list[Unknown]`
            return [
                validate_leniently(args[0], item)
                for item in cast("Sequence[Any]", data)
            ]
        return data
    if origin in (dict, Dict, typing.Mapping):
        args = typing.get_args(kind)
        if len(args) == 2 and isinstance(data, dict):
            return {
                key: validate_leniently(args[1], value)
                for key, value in cast("Mapping[Any, Any]", data).items()
            }
        return data
    if _is_model(kind) and isinstance(data, dict):
        return _salvage_model(kind, cast("Dict[str, Any]", data))
    return data


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, pydantic.BaseModel)


def _salvage_model(kind: Any, data: Dict[str, Any]) -> Any:
    plan = _model_plan(kind)
    values = dict(
        plan.defaults
    )  # every field, in order; one the server left out reads as its default
    fields_set: Set[str] = set()
    extra: Dict[str, Any] = {}
    for key, raw in data.items():
        name = plan.names.get(key)
        if name is None:
            extra[key] = raw  # unknown field: kept, as validation would (extra="allow")
            continue
        values[name] = validate_leniently(plan.annotations[name], raw)
        fields_set.add(name)
    for name in plan.fresh:
        if name not in fields_set:
            values[name] = kind.model_fields[name].get_default(
                call_default_factory=True
            )
    if not plan.plain:
        return kind.model_construct(_fields_set=fields_set, **{**values, **extra})
    # what model_construct() does, without looking up every field's default again on each call:
    # the instance is set up the way unpickling one does
    model = kind.__new__(kind)
    state = {
        "__dict__": values,
        "__pydantic_fields_set__": fields_set,
        "__pydantic_extra__": extra,
        "__pydantic_private__": None,
    }
    model.__setstate__(state)
    return model


class _ModelPlan:
    """What salvaging a model needs to know about its fields, worked out once per model class."""

    def __init__(self, kind: Any) -> None:
        fields = kind.model_fields
        self.names: Dict[str, str] = {
            name: name for name in fields
        }  # wire or Python name -> field
        self.names.update(
            {info.alias: name for name, info in fields.items() if info.alias}
        )
        self.annotations: Dict[str, Any] = {
            name: info.annotation for name, info in fields.items()
        }
        # a required field the server left out reads as None (and stays out of to_dict())
        self.defaults: Dict[str, Any] = {name: None for name in fields}
        # defaults built anew for each instance (factories, mutable values)
        self.fresh: List[str] = []
        for name, info in fields.items():
            if info.is_required():
                continue
            if info.default_factory is None and _immutable(info.default):
                self.defaults[name] = info.default
            else:
                self.fresh.append(name)
        # set up directly, as unpickling does: generated models (extra="allow", no hooks); any
        # other (post-init, private attributes, a root) is built by model_construct()
        hooks = (
            kind.__pydantic_post_init__
            or kind.__pydantic_root_model__
            or kind.__private_attributes__
        )
        self.plain = not hooks and kind.model_config.get("extra") == "allow"


def _immutable(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float, str, bytes, enum.Enum))


@functools.lru_cache(maxsize=None)
def _model_plan(kind: Any) -> _ModelPlan:
    return _ModelPlan(kind)


def _salvage_union(kind: Any, data: Any, metadata: List[Any]) -> Any:
    """No variant accepted `data` (validation already tried them all): salvage the likeliest."""
    variants = [arg for arg in typing.get_args(kind) if arg is not type(None)]
    if data is None:
        return None
    chosen = _hinted_variant(variants, metadata, data)
    if chosen is None:
        chosen = _closest_variant(variants, data)
    return data if chosen is None else salvage(chosen, data)


def _hinted_variant(variants: List[Any], metadata: List[Any], data: Any) -> Any:
    """The variant the union's own chooser (a pydantic Discriminator) picks for `data`."""
    chooser = next(
        (m.discriminator for m in metadata if isinstance(m, pydantic.Discriminator)),
        None,
    )
    if chooser is None:
        return None
    try:
        if isinstance(chooser, str):
            tag = (
                cast("Dict[str, Any]", data).get(chooser)
                if isinstance(data, dict)
                else None
            )
        else:
            tag = chooser(data)
    except Exception:  # a chooser that trips over a broken payload gives no hint
        return None
    for variant in variants:
        tags = [
            m.tag
            for m in getattr(variant, "__metadata__", ())
            if isinstance(m, pydantic.Tag)
        ]
        if tag is not None and tag in tags:
            return variant
    return None


def _closest_variant(variants: List[Any], data: Any) -> Any:
    """The variant whose shape fits the JSON value best: for an object, the model that knows most keys."""
    best: Any = None
    best_score: Optional[Tuple[int, int]] = None
    for index, variant in enumerate(variants):
        shape = _shape(variant)
        if isinstance(data, dict) and _is_model(shape):
            known = {
                info.alias or name for name, info in shape.model_fields.items()
            } | set(shape.model_fields)
            score = (len(known & set(cast("Dict[str, Any]", data))), -index)
        elif isinstance(data, dict) and typing.get_origin(shape) in (
            dict,
            Dict,
            typing.Mapping,
        ):
            score = (0, -index)
        elif isinstance(data, list) and typing.get_origin(shape) in (
            list,
            List,
            typing.Sequence,
        ):
            score = (0, -index)
        elif typing.get_origin(shape) in _UNION_TYPES and isinstance(
            data, (dict, list)
        ):
            score = (-1, -index)  # a nested union: salvaged by its own rules
        else:
            continue
        if best_score is None or score > best_score:
            best, best_score = variant, score
    return best


def _shape(kind: Any) -> Any:
    """`kind` without its Annotated wrappers."""
    while typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]
    return kind


class APIResponse(Generic[T]):
    """Raw access to a response: status, headers, and the parsed body on demand.

    ``parse()`` returns exactly what the method called without ``with_raw_response`` returns.
    """

    def __init__(self, response: httpx.Response, parser: Callable[[], T]) -> None:
        self.http_response = response
        self._parser = parser
        self._parsed: List[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        if (
            not self._parsed
        ):  # parsed once: a page's models are not rebuilt on every call
            self._parsed.append(self._parser())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


class StreamedResponse(Generic[T]):
    """A response whose body has not been read yet: iterate over it, or `parse()` it.

    What `with client.with_streaming_response.<resource>.<method>(...) as response:` gives;
    the connection is released at the end of the block.
    """

    def __init__(
        self, response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = response
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def read(self) -> bytes:
        return self.http_response.read()

    def parse(self) -> T:
        """Reads the rest of the body and parses it as the method would."""
        self.http_response.read()
        return self._parser(self.http_response)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(Generic[T]):
    """The async client's `StreamedResponse`."""

    def __init__(
        self, response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = response
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def parse(self) -> T:
        await self.http_response.aread()
        return self._parser(self.http_response)

    async def close(self) -> None:
        await self.http_response.aclose()


class StreamContext(Generic[T]):
    """`with ... as response:` around a streamed call: sends on entry, closes on exit."""

    def __init__(self, send: Callable[[], StreamedResponse[T]]) -> None:
        self._send = send
        self._response: Optional[StreamedResponse[T]] = None

    def __enter__(self) -> StreamedResponse[T]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncStreamContext(Generic[T]):
    """`async with ... as response:` around a streamed call of the async client."""

    def __init__(self, sending: Awaitable[AsyncStreamedResponse[T]]) -> None:
        self._sending = sending
        self._response: Optional[AsyncStreamedResponse[T]] = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        self._response = await self._sending
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()


def maybe_header(response: Optional[httpx.Response], name: str) -> Optional[str]:
    return None if response is None else response.headers.get(name)
