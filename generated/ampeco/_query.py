"""Request serialization: query and path as the OpenAPI `style` / `explode` keywords say; JSON and form bodies (multipart ones: `_multipart`)."""

from __future__ import annotations

import collections.abc
import datetime
import decimal
import enum
import json
import re
import types
import typing
import urllib.parse
import uuid
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple, cast

import pydantic
import pydantic_core

from ._exceptions import InvalidRequestError
from ._types import NotGiven

QueryParam = Tuple[str, Any, str, bool]  # wire name, value, style, explode


def plain(value: Any) -> Any:
    """Models, enums, dates and decimals as JSON-like values (decimals as text: for query strings)."""
    return _jsonable(value, keep_decimals=False)


def wire(value: Any) -> Any:
    """A request body as JSON-like values, with `Decimal`s kept for `dumps` to write as numbers."""
    return _jsonable(value, keep_decimals=True)


def _jsonable(value: Any, keep_decimals: bool) -> Any:
    if isinstance(value, pydantic.BaseModel):
        # python mode, not json mode: json mode writes a Decimal as a string, and the API
        # declares these fields `type: number`
        return _jsonable(
            value.model_dump(by_alias=True, exclude_unset=True), keep_decimals
        )
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return value if keep_decimals else str(value)
    if isinstance(value, datetime.datetime):
        return rfc3339(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {
            str(k): _jsonable(v, keep_decimals)
            for k, v in cast("Mapping[object, Any]", value).items()
        }
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v, keep_decimals) for v in cast("Iterable[Any]", value)]
    if isinstance(value, bytes) and keep_decimals:
        return pydantic_core.to_jsonable_python(value)
    return value


def rfc3339(value: datetime.datetime) -> str:
    """The one form a datetime is sent in, in bodies and query strings alike: UTC, with `Z`.

    `2024-05-06T07:08:09Z`; an aware datetime is converted to UTC first, a naive one is
    taken to be UTC already. Fractions of a second are kept when there are any.
    """
    if value.tzinfo is not None:
        value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value.isoformat() + "Z"


def wire_keys(value: Any, kind: Any) -> Any:
    """A dict given for a model (`kind`) with the model's Python names as keys, renamed to its wire names.

    `{"network_id": "N1"}` for a filter whose wire key is `networkId` is sent as
    `filter[networkId]=N1`, not as a key the server ignores. Wire names are kept as they are,
    unknown keys too (`extra_body` and additional properties are the caller's to send);
    nested dicts and lists are renamed by the types of their fields.
    """
    if isinstance(value, Mapping):
        mapping = cast("Mapping[str, Any]", value)
        names = _field_names(kind, mapping)
        if names is None:
            item = _value_type(kind)
            return (
                {k: wire_keys(v, item) for k, v in mapping.items()}
                if item is not None
                else mapping
            )
        renamed: dict[Any, Any] = {}
        for key, item in mapping.items():
            target = names.wire.get(key)
            # a Python name whose wire name is given too is another key (an additional property)
            wire_key: Any = (
                key
                if key in names.types or target is None or target in mapping
                else target
            )
            renamed[wire_key] = wire_keys(item, names.types.get(wire_key))
        return renamed
    if isinstance(value, (list, tuple)):
        items = cast("Sequence[Any]", value)
        item = _item_type(kind)
        return [wire_keys(v, item) for v in items] if item is not None else items
    return value


class _Names:
    """A model's wire name of each Python field name, and the annotation of each wire name."""

    def __init__(self, model: Any) -> None:
        self.wire: dict[str, str] = {}
        self.types: dict[str, Any] = {}
        for name, info in model.model_fields.items():
            alias = info.alias or name
            if alias != name:
                self.wire[name] = alias
            self.types[alias] = info.annotation


_NAMES: dict[Any, _Names] = {}


def _names_of(model: Any) -> _Names:
    names = _NAMES.get(model)
    if names is None:
        names = _NAMES[model] = _Names(model)
    return names


def _models_in(kind: Any) -> List[Any]:
    if isinstance(kind, type) and issubclass(kind, pydantic.BaseModel):
        return [kind]
    # (a class that is not a model is `type[Unknown]` to pyright here, hence the cast)
    value = getattr(cast(Any, kind), "__value__", None)  # a TypeAliasType
    if value is not None:
        return _models_in(value)
    if typing.get_origin(kind) in (typing.Union, types.UnionType, typing.Annotated):
        return [model for arg in typing.get_args(kind) for model in _models_in(arg)]
    return []


def _field_names(kind: Any, value: Mapping[Any, Any]) -> Optional[_Names]:
    """The names of the model among `kind`'s that knows every key of `value` (a union's variants in turn)."""
    candidates = _models_in(kind)
    for model in candidates:
        names = _names_of(model)
        if all(key in names.types or key in names.wire for key in value):
            return names
    return _names_of(candidates[0]) if candidates else None


def _container_arg(kind: Any, origins: Tuple[Any, ...], index: int) -> Any:
    for option in (
        kind,
        *(
            typing.get_args(kind)
            if typing.get_origin(kind) in (typing.Union, types.UnionType)
            else ()
        ),
    ):
        if typing.get_origin(option) in origins:
            args = typing.get_args(option)
            return args[index] if len(args) > index else None
    return None


def _item_type(kind: Any) -> Any:
    return _container_arg(kind, (list, tuple, collections.abc.Sequence), 0)


def _value_type(kind: Any) -> Any:
    return _container_arg(kind, (dict, collections.abc.Mapping), 1)


def dumps(value: Any, *, indent: Optional[int] = None) -> bytes:
    """The JSON of a request body, compact like httpx's own `json=`.

    A `Decimal` is written as a JSON number with exactly its digits (`Decimal("20.5")` ->
    `20.5`, never `"20.5"` nor a rounded float): the json module cannot write one, so each is
    replaced by a marker string that is swapped for the number's text afterwards.
    """
    numbers: List[str] = []
    marker = f"\x00number-{uuid.uuid4().hex}-"

    def swap(item: Any) -> Any:
        if isinstance(item, decimal.Decimal):
            if not item.is_finite():
                raise InvalidRequestError(
                    f"{item} cannot be sent: JSON has no NaN or infinity"
                )
            numbers.append(str(item))
            return f"{marker}{len(numbers) - 1}"
        if isinstance(item, dict):
            return {k: swap(v) for k, v in cast("Mapping[Any, Any]", item).items()}
        if isinstance(item, list):
            return [swap(v) for v in cast("Sequence[Any]", item)]
        return item

    data = swap(wire(value))
    separators = (",", ": ") if indent is not None else (",", ":")
    try:
        text = json.dumps(
            data,
            ensure_ascii=False,
            separators=separators,
            allow_nan=False,
            indent=indent,
        )
    except (TypeError, ValueError) as error:
        raise InvalidRequestError(
            f"the request body cannot be written as JSON: {error}"
        ) from None
    if numbers:
        quoted = re.escape(json.dumps(marker)[:-1]) + r'(\d+)"'
        text = re.sub(quoted, lambda match: numbers[int(match.group(1))], text)
    return text.encode("utf-8")


def scalar(value: Any) -> str:
    if type(value) is str:  # the usual path and id values, without the walk of `plain`
        return value
    if type(value) is int:
        return str(value)
    value = plain(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def encode_query(params: Sequence[QueryParam]) -> List[Tuple[str, str]]:
    """[(name, value, style, explode)] -> ordered key/value pairs; NOT_GIVEN and None are left out."""
    pairs: List[Tuple[str, str]] = []
    for name, value, style, explode in params:
        if isinstance(value, NotGiven) or value is None:
            continue
        value = plain(value)
        if style == "json":
            # declared with `content: application/json`: the value's JSON text
            pairs.append((name, dumps(value).decode("utf-8")))
        elif style == "deepObject":
            pairs.extend(_deep_object(name, value))
        elif isinstance(value, list):
            values = cast("Sequence[Any]", value)
            if explode:
                pairs.extend((name, scalar(v)) for v in values)
            else:
                separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(
                    style, ","
                )
                pairs.append((name, separator.join(scalar(v) for v in values)))
        elif isinstance(value, dict):
            fields = cast("Mapping[Any, Any]", value)
            if explode:
                pairs.extend(
                    (str(k), scalar(v)) for k, v in fields.items() if v is not None
                )
            else:
                pairs.append(
                    (
                        name,
                        ",".join(
                            f"{k},{scalar(v)}"
                            for k, v in fields.items()
                            if v is not None
                        ),
                    )
                )
        else:
            pairs.append((name, scalar(value)))
    return pairs


def encode_form(body: Any) -> bytes:
    """A body sent as `application/x-www-form-urlencoded` (what Twilio's and Stripe's APIs take).

    A scalar property is `key=value` and a list of scalars repeats its key (OpenAPI's default
    for forms: `form` style, exploded); an object, or a list of objects, is written in
    brackets (`metadata[plan]=pro`, `items[0][price]=p1`). `None` is sent as an empty value.
    """
    if not isinstance(body, Mapping):
        raise InvalidRequestError(
            "a form body must be an object, not " + type(body).__name__
        )
    pairs: List[Tuple[str, str]] = []
    for name, value in plain(body).items():
        if scalar_list(value):
            pairs.extend((name, scalar(v)) for v in value)
        elif isinstance(value, (dict, list)):
            pairs.extend(_deep_object(name, value))
        else:
            pairs.append((name, scalar(value)))
    return urllib.parse.urlencode(pairs).encode("ascii")


def scalar_list(value: Any) -> bool:
    """A list of scalars: each is sent as a value of its own under the same name."""
    return isinstance(value, list) and not any(
        isinstance(v, (dict, list)) for v in cast("Sequence[Any]", value)
    )


def _deep_object(prefix: str, value: Any) -> List[Tuple[str, str]]:
    """filter[networkId]=N1; arrays are indexed: include[0]=a&include[1]=b, filter[ids][0]=1.

    OpenAPI leaves arrays in deepObject undefined; the indexed form is what PHP/Laravel
    backends and Prism's validator both read as an array.
    """
    if isinstance(value, dict):
        pairs: List[Tuple[str, str]] = []
        for key, item in cast("Mapping[Any, Any]", value).items():
            if item is not None:
                pairs.extend(_deep_object(f"{prefix}[{key}]", item))
        return pairs
    if isinstance(value, list):
        items = cast("Sequence[Any]", value)
        return [
            pair
            for index, item in enumerate(items)
            for pair in _deep_object(f"{prefix}[{index}]", item)
        ]
    return [(prefix, scalar(value))]


def path_parts(template: str) -> List[str]:
    """A path template split at its {parameters}: literal text at even indexes, names at odd ones."""
    return re.split(r"\{([^{}]+)\}", template)


def fill_path(parts: Sequence[str], params: Mapping[str, Any]) -> str:
    """Fills {name} segments; each value is percent-encoded so `../x` or `a/b` stays in its segment."""
    if len(parts) == 1:
        return parts[0]
    path = list(parts)
    for index in range(1, len(parts), 2):
        name = parts[index]
        if name not in params:
            path[index] = "{" + name + "}"
            continue
        text = scalar(params[name])
        if text in ("", ".", ".."):
            raise InvalidRequestError(
                f"path parameter {name!r} must not be empty, '.' or '..' (got {params[name]!r})"
            )
        path[index] = urllib.parse.quote(text, safe="")
    return "".join(path)
