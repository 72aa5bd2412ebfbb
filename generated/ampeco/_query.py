"""Request serialization: query and path as the OpenAPI `style` / `explode` keywords say, and JSON bodies."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import re
import urllib.parse
import uuid
from typing import Any, List, Mapping, Optional, Sequence, Tuple

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
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        # a body writes them as pydantic's json mode does (`...Z`), a query as isoformat()
        return (
            pydantic_core.to_jsonable_python(value)
            if keep_decimals
            else value.isoformat()
        )
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, keep_decimals) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v, keep_decimals) for v in value]
    if isinstance(value, bytes) and keep_decimals:
        return pydantic_core.to_jsonable_python(value)
    return value


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
            return {k: swap(v) for k, v in item.items()}
        if isinstance(item, list):
            return [swap(v) for v in item]
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
        if style == "deepObject":
            pairs.extend(_deep_object(name, value))
        elif isinstance(value, list):
            if explode:
                pairs.extend((name, scalar(v)) for v in value)
            else:
                separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(
                    style, ","
                )
                pairs.append((name, separator.join(scalar(v) for v in value)))
        elif isinstance(value, dict):
            if explode:
                pairs.extend(
                    (str(k), scalar(v)) for k, v in value.items() if v is not None
                )
            else:
                pairs.append(
                    (
                        name,
                        ",".join(
                            f"{k},{scalar(v)}"
                            for k, v in value.items()
                            if v is not None
                        ),
                    )
                )
        else:
            pairs.append((name, scalar(value)))
    return pairs


def _deep_object(prefix: str, value: Any) -> List[Tuple[str, str]]:
    """filter[networkId]=N1; arrays are indexed: include[0]=a&include[1]=b, filter[ids][0]=1.

    OpenAPI leaves arrays in deepObject undefined; the indexed form is what PHP/Laravel
    backends and Prism's validator both read as an array.
    """
    if isinstance(value, dict):
        pairs: List[Tuple[str, str]] = []
        for key, item in value.items():
            if item is not None:
                pairs.extend(_deep_object(f"{prefix}[{key}]", item))
        return pairs
    if isinstance(value, list):
        return [
            pair
            for index, item in enumerate(value)
            for pair in _deep_object(f"{prefix}[{index}]", item)
        ]
    return [(prefix, scalar(value))]


def encode_path(template: str, params: Mapping[str, Any]) -> str:
    """Fills {name} segments; each value is percent-encoded so `../x` or `a/b` stays in its segment."""
    path = template
    for name, value in params.items():
        text = scalar(value)
        if text in ("", ".", ".."):
            raise InvalidRequestError(
                f"path parameter {name!r} must not be empty, '.' or '..' (got {value!r})"
            )
        path = path.replace("{" + name + "}", urllib.parse.quote(text, safe=""))
    return path
