"""Turning HTTP responses into models: leniently by default, strictly on request."""

from __future__ import annotations

import functools
import logging
import typing
from typing import Any, Callable, Dict, Generic, Optional, TypeVar

import httpx
import pydantic

from ._exceptions import APIResponseValidationError

T = TypeVar("T")
log = logging.getLogger("ampeco")


@functools.lru_cache(maxsize=None)
def _adapter(kind: Any) -> "pydantic.TypeAdapter[Any]":
    return pydantic.TypeAdapter(kind)


def json_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        try:
            return response.json()
        except ValueError:
            return response.text
    return response.text


def parse(kind: Any, data: Any, response: httpx.Response, strict: bool) -> Any:
    """Validates `data` as `kind`; in lenient mode a mismatch never raises.

    Lenient mode keeps extra fields and unknown enum values (the models allow both) and,
    when a value does not match its declared type, keeps the raw value for that field.
    """
    if kind is None:
        return None
    try:
        return _adapter(kind).validate_python(data)
    except pydantic.ValidationError as error:
        if strict:
            raise APIResponseValidationError(
                response, data, f"response does not match the spec: {error}"
            ) from None
        log.debug(
            "response from %s did not match the spec; keeping raw values: %s",
            response.request.url,
            error,
        )
        return _lenient(kind, data)


def _lenient(kind: Any, data: Any) -> Any:
    """Builds what can be built: valid fields are validated, the rest stay raw."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Union and data is not None:
        models = [
            a for a in args if isinstance(a, type) and issubclass(a, pydantic.BaseModel)
        ]
        return _lenient(models[0], data) if len(models) == 1 else data
    if origin is list and args and isinstance(data, list):
        return [_lenient_item(args[0], item) for item in data]
    if origin is dict and len(args) == 2 and isinstance(data, dict):
        return {key: _lenient_item(args[1], value) for key, value in data.items()}
    if (
        isinstance(kind, type)
        and issubclass(kind, pydantic.BaseModel)
        and isinstance(data, dict)
    ):
        values: Dict[str, Any] = {}
        fields_set = set()
        by_alias = {
            (info.alias or name): name for name, info in kind.model_fields.items()
        }
        for key, raw in data.items():
            name = by_alias.get(key, key if key in kind.model_fields else None)
            if name is None:
                values[key] = raw
                continue
            annotation: Any = kind.model_fields[name].annotation
            values[name] = _lenient_item(annotation, raw)
            fields_set.add(name)
        return kind.model_construct(_fields_set=fields_set, **values)
    return data


def _lenient_item(kind: Any, value: Any) -> Any:
    try:
        return _adapter(kind).validate_python(value)
    except pydantic.ValidationError:
        return _lenient(kind, value)
    except TypeError:  # unhashable or unsupported annotation
        return value


class APIResponse(Generic[T]):
    """Raw access to a response: status, headers, and the parsed body on demand."""

    def __init__(self, response: httpx.Response, parser: Callable[[], T]) -> None:
        self.http_response = response
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        return self._parser()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


def maybe_header(response: Optional[httpx.Response], name: str) -> Optional[str]:
    return None if response is None else response.headers.get(name)
