"""Query and path serialization as the OpenAPI `style` / `explode` keywords say."""

from __future__ import annotations

import datetime
import decimal
import enum
import urllib.parse
import uuid
from typing import Any, List, Mapping, Sequence, Tuple

import pydantic

from ._types import NotGiven

QueryParam = Tuple[str, Any, str, bool]  # wire name, value, style, explode


def plain(value: Any) -> Any:
    """Models, enums, dates and decimals as JSON-like values."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True, mode="json")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    return value


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
            raise ValueError(
                f"path parameter {name!r} must not be empty, '.' or '..' (got {value!r})"
            )
        path = path.replace("{" + name + "}", urllib.parse.quote(text, safe=""))
    return path
