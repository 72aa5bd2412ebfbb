"""The API surface in the intermediate model: servers, security, resources and operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ir.types import EnumDef, ModelDef, TypeRef, UnionDef


@dataclass
class ServerVariable:
    name: str
    default: str
    enum: list[str] = field(default_factory=list)
    description: str | None = None


@dataclass
class Server:
    url: str
    description: str | None = None
    variables: list[ServerVariable] = field(default_factory=list)


@dataclass
class SecurityScheme:
    name: str
    type: str  # http | apiKey | oauth2 | openIdConnect
    scheme: str | None = None  # for http: bearer | basic
    bearer_format: str | None = None
    location: str | None = None  # for apiKey: header | query | cookie
    parameter_name: str | None = None  # for apiKey
    description: str | None = None


@dataclass
class Parameter:
    name: str  # wire name
    py_name: str
    location: str  # path | query | header | cookie
    type: TypeRef
    required: bool
    style: str  # OpenAPI's, or "json" for a parameter declared with `content: application/json`
    explode: bool
    description: str | None = None
    deprecated: bool = False
    default: Any = None
    has_default: bool = False
    constraints: dict[str, Any] = field(default_factory=dict)  # its schema's pattern, minLength...


@dataclass
class RequestBody:
    content_type: str
    type: TypeRef | None
    required: bool
    description: str | None = None


@dataclass
class ResponseHeader:
    name: str
    type: TypeRef
    description: str | None = None


@dataclass
class Response:
    status: str  # "200", "4XX", "default"
    description: str | None
    content_type: str | None
    type: TypeRef | None
    headers: list[ResponseHeader] = field(default_factory=list)
    # "data" when the body is a `{data: ...}` envelope and `type` is what it wraps
    envelope: str | None = None
    # a `text/event-stream` response's schema is the whole event (`{event, data}`), not its data
    framed: bool = False


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    source: str
    summary: str | None
    description: str | None
    tags: list[str]
    resource: str  # python attribute name of the resource that owns it
    method_name: str  # python method name on that resource
    deprecated: bool
    parameters: list[Parameter]
    request_body: RequestBody | None
    responses: list[Response]
    security: list[dict[str, Any]] | None  # the requirement objects as written; None: the API default applies
    api_version: str | None = None  # "v2.0" when the path carries one
    # how the SDK pages through a list: "cursor" | "page" (AMPECO's `{data, links, meta}`),
    # "has_more" (`{data, has_more}`, the next page asked by `page_parameter`), "link" (a bare
    # list, the next page in the Link header), "offset" (`offset` and `limit` parameters), None
    pagination: str | None = None
    page_parameter: str | None = None  # the query parameter a "has_more" or "offset" list pages by
    page_items: str = "data"  # the envelope's list of items (an "offset" page: `results`, `items`)
    spelling: str = ""  # the operationId as names derive from it (sdkgen.yaml `names_from` corrects typos)
    # the names the spec's authors gave the SDK (x-fern-sdk-group-name, x-fern-sdk-method-name,
    # x-speakeasy-group, x-speakeasy-name-override): the resource's words, and the method's
    sdk_group: str | None = None
    sdk_method: str | None = None
    replacement: str | None = None  # a deprecated operation's successor (operationId), from sdkgen.yaml
    # the value an `Accept` or `Content-Type` header parameter requires (lower-case name ->
    # value): OpenAPI has such parameters ignored, PagerDuty's API and Prism want them sent
    media_headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Resource:
    name: str  # python attribute, e.g. charge_points
    class_name: str  # e.g. ChargePoints
    tag: str
    description: str | None
    operations: list[str] = field(default_factory=list)  # operation ids


@dataclass
class Api:
    title: str
    version: str
    openapi: str
    description: str | None
    servers: list[Server]
    security_schemes: list[SecurityScheme]
    security: list[list[str]]
    resources: list[Resource]
    operations: list[Operation]
    models: dict[str, ModelDef]
    enums: dict[str, EnumDef]
    unions: dict[str, UnionDef]
    spec_sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    renames: list[str] = field(default_factory=list)  # naming collisions and how they were resolved
    shapes: ShapeStats | None = None  # what merging identical shapes did (None: not merged)


@dataclass
class ShapeStats:
    """What `unify` did: the parser's per-location definitions, and the shapes among them."""

    schemas: int  # object, enum and union schemas the parser met (one definition each)
    model_shapes: int  # distinct object shapes among them
    enum_sets: int  # distinct enum value sets
    union_shapes: int
    merged: list[str] = field(default_factory=list)  # near-identical shapes joined into one entity
