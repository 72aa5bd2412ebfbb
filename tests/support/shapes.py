"""Checks a parsed value against its declared annotation: where a model is declared, a model.

Walks the pydantic annotation itself (Annotated, Optional, Union, List, Dict, models), not
class names, so it keeps working however the generator names or represents things.
"""

from __future__ import annotations

import types
import typing
from typing import Any

import pydantic

_UNIONS = (typing.Union, types.UnionType)


def _strip(kind: Any) -> Any:
    while typing.get_origin(kind) is typing.Annotated:
        kind = typing.get_args(kind)[0]
    return kind


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, pydantic.BaseModel)


def _declares_model(kind: Any) -> bool:
    kind = _strip(kind)
    if _is_model(kind):
        return True
    if typing.get_origin(kind) in _UNIONS:
        return any(_declares_model(arg) for arg in typing.get_args(kind))
    return False


def dicts_where_models_are_declared(kind: Any, value: Any, path: str = "$") -> list[str]:
    """Paths at which `value` holds a plain dict although `kind` declares a model there."""
    kind = _strip(kind)
    origin = typing.get_origin(kind)
    if origin in _UNIONS:
        if isinstance(value, pydantic.BaseModel):
            return _fields(value, path)
        if isinstance(value, dict) and _declares_model(kind) and not any(
            typing.get_origin(_strip(a)) in (dict, typing.Mapping) for a in typing.get_args(kind)
        ):
            return [f"{path}: dict where {kind} is declared"]
        for arg in typing.get_args(kind):  # a list or dict inside a union: check with its own type
            inner = _strip(arg)
            if isinstance(value, list) and typing.get_origin(inner) is list:
                return dicts_where_models_are_declared(inner, value, path)
        return []
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(kind) or (Any,)
        return [p for i, v in enumerate(value) for p in dicts_where_models_are_declared(item, v, f"{path}[{i}]")]
    if origin is dict and isinstance(value, dict):
        args = typing.get_args(kind)
        item = args[1] if len(args) == 2 else Any
        return [p for k, v in value.items() for p in dicts_where_models_are_declared(item, v, f"{path}[{k!r}]")]
    if _is_model(kind):
        if isinstance(value, dict):
            return [f"{path}: dict where {kind.__name__} is declared"]
        if isinstance(value, pydantic.BaseModel):
            return _fields(value, path)
    return []


def _fields(model: pydantic.BaseModel, path: str) -> list[str]:
    found = []
    for name, info in type(model).model_fields.items():
        if name in model.__dict__:
            found += dicts_where_models_are_declared(info.annotation, model.__dict__[name], f"{path}.{name}")
    return found
