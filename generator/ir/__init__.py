"""The intermediate model: plain dataclasses between the parser and the emitters."""

from generator.ir.api import (
    Api,
    Operation,
    Parameter,
    RequestBody,
    Resource,
    Response,
    SecurityScheme,
    Server,
    ServerVariable,
)
from generator.ir.types import EnumDef, Field, ModelDef, TypeRef, UnionDef, UnionVariant

__all__ = [
    "Api",
    "EnumDef",
    "Field",
    "ModelDef",
    "Operation",
    "Parameter",
    "RequestBody",
    "Resource",
    "Response",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "TypeRef",
    "UnionDef",
    "UnionVariant",
]
