"""`sdkgen diff` on mutations of the real AMPECO spec: each change's kind, wire and SDK verdict, and the semver advice.

The spec comes from $AMPECO_SPEC (see tests/conftest.py); mutations are made on a copy in
memory and written to tmp_path. The base spec is parsed and built into the IR once.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diff import DiffReport, diff_apis, diff_specs, exit_code, render
from generator.diff.classify import RULES
from generator.diff.kinds import ADDITIONS, CANNOT_MOVE_CLASSES, KINDS
from generator.diff.model import BREAKING as B
from generator.diff.model import NON_BREAKING as N
from generator.diff.model import POTENTIALLY_BREAKING as P
from generator.emit.output import Manifest
from generator.errors import GeneratorError, SpecError
from generator.ir import Api
from generator.loader import load_spec
from generator.parser import build_api
from generator.parser.lock import lock_of
from generator.pipeline import load_api
from tests.conftest import ampeco_spec_path

pytestmark = pytest.mark.slow

NOTIFICATIONS = "/public-api/notifications/v2.0"
NOTIFICATION = "/public-api/notifications/v2.0/{notification}"
CHARGING_PROFILE = "/public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}"
SYNC_CONFIGURATION = "/public-api/actions/charge-point/v1.0/{chargePoint}/sync-configuration"
CHARGE_POINTS = "/public-api/resources/charge-points/v2.0"
TERMINALS = "/public-api/resources/payment-terminals/v1.0"
TERMINAL = "/public-api/resources/payment-terminals/v1.0/{paymentTerminal}"

Mutation = Callable[[dict[str, Any]], None]
Expected = list[tuple[str, str, str, str]]  # (kind, subject, wire, sdk)


@dataclass
class Base:
    path: Path
    text: str
    api: Api

    def fresh(self) -> dict[str, Any]:
        return json.loads(self.text)  # faster than deepcopy, and just as independent


_BASE: list[Base] = []


@pytest.fixture(scope="module")
def base() -> Base:
    path = ampeco_spec_path()
    if not path.is_file():
        pytest.skip(f"real AMPECO spec not found at {path} (set AMPECO_SPEC to its path)")
    if not _BASE:
        _BASE.append(Base(path, path.read_text(encoding="utf-8"), load_api(str(path))))
    return _BASE[0]


def diff_mutation(base: Base, tmp_path: Path, *mutations: Mutation, keep_names: bool = False) -> DiffReport:
    """Diffs the base against a mutated copy; `keep_names`: named as regenerating in place names it."""
    raw = base.fresh()
    for mutate in mutations:
        mutate(raw)
    target = tmp_path / "mutated.json"
    target.write_text(json.dumps(raw), encoding="utf-8")
    if not keep_names:
        return diff_apis(base.api, load_api(str(target)), "base", str(target))
    new = build_api(load_spec(str(target)), lock_of(base.api, None))
    return diff_apis(base.api, new, "base", str(target), "kept")


def triples(report: DiffReport) -> list[tuple[str, str, str, str]]:
    return sorted((c.kind, c.subject, c.wire, c.sdk) for c in report.changes)


# -- spec navigation ------------------------------------------------------------------------
def operation(raw: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return raw["paths"][path][method]


def body(raw: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return operation(raw, path, method)["requestBody"]["content"]["application/json"]["schema"]


def response(raw: dict[str, Any], path: str, method: str, status: str = "200") -> dict[str, Any]:
    return operation(raw, path, method)["responses"][status]["content"]["application/json"]["schema"]


def notification_data(raw: dict[str, Any]) -> dict[str, Any]:
    """The `data` object of GET /notifications/v2.0/{notification} (response only)."""
    return response(raw, NOTIFICATION, "get")["properties"]["data"]


def notification_entity(raw: dict[str, Any]) -> dict[str, Any]:
    """The notification as every response has it: the retrieve's `data`, made the very object
    that the list's items and the create and subscribe responses hold (identical copies in the
    spec), so that a change to it is made everywhere, as an API changes an entity."""
    data = notification_data(raw)
    response(raw, NOTIFICATIONS, "get")["properties"]["data"]["items"] = data
    response(raw, NOTIFICATION, "put")["properties"]["data"] = data
    response(raw, NOTIFICATIONS, "post", "201")["properties"]["data"] = data
    return data


def subscription(raw: dict[str, Any]) -> dict[str, Any]:
    """The body of POST /notifications/v2.0 (request only)."""
    return body(raw, NOTIFICATIONS, "post")


def charging_profile(raw: dict[str, Any]) -> dict[str, Any]:
    """The body of set-charging-profile (request only)."""
    return body(raw, CHARGING_PROFILE, "post")


def listing_parameters(raw: dict[str, Any]) -> list[dict[str, Any]]:
    return operation(raw, NOTIFICATIONS, "get")["parameters"]


def charge_point_filter(raw: dict[str, Any]) -> dict[str, Any]:
    params = operation(raw, CHARGE_POINTS, "get")["parameters"]
    return next(p for p in params if p["name"] == "filter")["schema"]


def set_path(raw: dict[str, Any], keys: list[Any], value: Any) -> None:
    node = raw
    for key in keys[:-1]:
        node = node[key]
    node[keys[-1]] = value


# -- the mutations --------------------------------------------------------------------------
@dataclass
class Case:
    id: str
    mutate: Mutation
    expected: Expected
    semver: str


def _add_copy_of_notification_read(raw: dict[str, Any]) -> None:
    copied = json.loads(json.dumps(operation(raw, NOTIFICATION, "get")))
    copied["operationId"] = "notificationStatusRead"
    raw["paths"][NOTIFICATION + "/status"] = {"parameters": raw["paths"][NOTIFICATION]["parameters"], "get": copied}


def _new_tag_operation(raw: dict[str, Any]) -> None:
    copied = json.loads(json.dumps(operation(raw, NOTIFICATION, "get")))
    copied["operationId"] = "webhookLogRead"
    copied["tags"] = ["resource / webhook logs"]
    raw["paths"]["/public-api/resources/webhook-logs/v1.0/{notification}"] = {
        "parameters": raw["paths"][NOTIFICATION]["parameters"],
        "get": copied,
    }


def _remove_terminal_variant(raw: dict[str, Any], title: str, where: Callable[[dict[str, Any]], list[Any]]) -> None:
    variants = where(raw)
    variants[:] = [v for v in variants if v.get("title") != title]


def _terminal_request_variants(raw: dict[str, Any]) -> list[Any]:
    return body(raw, TERMINALS, "post")["oneOf"]


def _terminal_response_variants(raw: dict[str, Any]) -> list[Any]:
    return response(raw, TERMINAL, "get")["properties"]["data"]["oneOf"]


def _client_state_variants(raw: dict[str, Any]) -> list[Any]:
    client = response(raw, "/public-api/resources/invoices/v1.0/{invoice}", "get")["properties"]["data"]["properties"][
        "client"
    ]
    return client["properties"]["state"]["anyOf"]


def _sync_key_variants(raw: dict[str, Any]) -> list[Any]:
    return body(raw, SYNC_CONFIGURATION, "post")["properties"]["keys"]["items"]["oneOf"]



CASES = [
    # operations
    Case(
        "operation removed",
        lambda raw: raw["paths"][NOTIFICATION].pop("delete"),
        [("operation.removed", "notifications.unsubscribe", B, B)],
        "major",
    ),
    Case(
        "operation added",
        _add_copy_of_notification_read,
        [("operation.added", "notifications.retrieve_status", N, N)],
        "minor",
    ),
    Case(
        "operation deprecated: its method takes its version",
        lambda raw: operation(raw, NOTIFICATION, "get").update(deprecated=True),
        [
            ("operation.accessor_changed", "notifications.retrieve_v2", N, B),
            ("operation.deprecated", "notifications.retrieve_v2", N, N),
        ],
        "major",
    ),
    Case(
        "operation no longer deprecated",
        lambda raw: operation(raw, "/public-api/notifications/v1.0/{notification}", "get").pop("deprecated"),
        [("operation.undeprecated", "notifications.retrieve_v1", N, N)],
        "patch",
    ),
    Case(
        "path moved: every operation under it",
        lambda raw: raw["paths"].__setitem__(
            "/public-api/notifications/v2.0/by-id/{notification}", raw["paths"].pop(NOTIFICATION)
        ),
        [
            ("operation.endpoint_changed", "notifications.create", B, N),
            ("operation.endpoint_changed", "notifications.retrieve", B, N),
            ("operation.endpoint_changed", "notifications.unsubscribe", B, N),
        ],
        "patch",
    ),
    Case(
        "resource added with a new tag",
        _new_tag_operation,
        [
            ("model.module_changed", "NotificationV2", N, P),
            ("model.module_changed", "NotificationV2Kafka", N, P),
            ("model.module_changed", "NotificationV2Webhook", N, P),
            ("operation.added", "webhook_logs.retrieve", N, N),
            ("resource.added", "webhook_logs", N, N),
        ],
        "minor",
    ),
    Case(
        "operation moved to another tag",
        lambda raw: operation(raw, NOTIFICATION, "delete").update(tags=["resource / webhooks"]),
        [
            ("operation.accessor_changed", "webhooks.notifications_unsubscribe", N, B),
            ("resource.added", "webhooks", N, N),
        ],
        "major",
    ),
    Case(
        "a client-side page appears: cursor parameter on a list",
        lambda raw: listing_parameters(raw).append({"in": "query", "name": "cursor", "schema": {"type": "string"}}),
        [
            # the entity keeps its name: a list names its items whether it pages or not
            ("operation.pagination_changed", "notifications.list", N, B),
            ("parameter.added", "notifications.list(cursor)", N, N),
        ],
        "major",
    ),
    # parameters
    Case(
        "optional parameter added",
        lambda raw: listing_parameters(raw).append({"in": "query", "name": "search", "schema": {"type": "string"}}),
        [("parameter.added", "notifications.list(search)", N, N)],
        "minor",
    ),
    Case(
        "required parameter added",
        lambda raw: listing_parameters(raw).append(
            {"in": "query", "name": "tenant", "required": True, "schema": {"type": "string"}}
        ),
        [("parameter.added", "notifications.list(tenant)", B, B)],
        "major",
    ),
    Case(
        "parameter removed",
        lambda raw: listing_parameters(raw).clear(),
        [("parameter.removed", "notifications.list(per_page)", P, B)],
        "major",
    ),
    Case(
        "parameter becomes required",
        lambda raw: listing_parameters(raw)[0].update(required=True),
        [("parameter.became_required", "notifications.list(per_page)", B, B)],
        "major",
    ),
    Case(
        "parameter type changed",
        lambda raw: listing_parameters(raw)[0]["schema"].update(type="string"),
        [("parameter.type_changed", "notifications.list(per_page)", B, B)],
        "major",
    ),
    Case(
        "parameter type widened (integer -> number)",
        lambda raw: listing_parameters(raw)[0]["schema"].update(type="number"),
        [("parameter.type_changed", "notifications.list(per_page)", N, N)],
        "patch",
    ),
    Case(
        "parameter becomes nullable",
        lambda raw: listing_parameters(raw)[0]["schema"].update(nullable=True),
        [("parameter.became_nullable", "notifications.list(per_page)", N, N)],
        "patch",
    ),
    Case(
        "parameter renamed on the wire, same SDK argument",
        lambda raw: listing_parameters(raw)[0].update(name="perPage"),
        [("parameter.wire_name_changed", "notifications.list(per_page)", B, N)],
        "patch",
    ),
    Case(
        "SDK argument renamed, wire unchanged (a new parameter takes its Python name)",
        lambda raw: listing_parameters(raw).insert(
            0, {"in": "query", "name": "perPage", "schema": {"type": "integer"}}
        ),
        [
            ("parameter.added", "notifications.list(per_page)", N, N),
            ("parameter.renamed", "notifications.list(per_page_)", N, B),
        ],
        "major",
    ),
    Case(
        "path parameters swap places (positional arguments)",
        lambda raw: raw["paths"][CHARGING_PROFILE]["parameters"].reverse(),
        [("parameter.reordered", "charge_point_actions.set_charging_profile", N, B)],
        "major",
    ),
    Case(
        "request enum (query filter) loses a value",
        lambda raw: charge_point_filter(raw)["properties"]["type"]["enum"].remove("personal"),
        [
            ("field.type_changed", "ChargePointsListingFilterV2.type", B, B),
        ],
        "major",
    ),
    Case(
        "request enum (query filter) gains a value",
        lambda raw: charge_point_filter(raw)["properties"]["type"]["enum"].append("shared"),
        [
            ("field.type_changed", "ChargePointsListingFilterV2.type", B, B),
        ],
        "major",
    ),
    # request bodies and request fields
    Case(
        "request field added, optional",
        lambda raw: subscription(raw)["properties"].update(label={"type": "string"}),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field added, required",
        lambda raw: (
            subscription(raw)["properties"].update(owner={"type": "string"}),
            subscription(raw)["required"].append("owner"),
        ),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field becomes required",
        lambda raw: subscription(raw)["required"].append("webhook"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field becomes optional",
        lambda raw: subscription(raw)["required"].remove("via"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field removed (with its inline classes)",
        lambda raw: subscription(raw)["properties"].pop("kafka"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field type changed",
        lambda raw: charging_profile(raw)["properties"]["stackLevel"].update(type="string"),
        [
            ("field.type_changed", "ChargePointSetChargingProfileRequest.stack_level", B, B),
            ("field.type_changed", "ChargePointStartChargingSessionRequest.charging_profile", N, B),
            ("model.module_changed", "ChargePointSetChargingProfileRequest", N, P),
        ],
        "major",
    ),
    Case(
        "request field type widened (integer -> number)",
        lambda raw: charging_profile(raw)["properties"]["stackLevel"].update(type="number"),
        [
            ("field.type_changed", "ChargePointSetChargingProfileRequest.stack_level", N, N),
            ("field.type_changed", "ChargePointStartChargingSessionRequest.charging_profile", N, B),
            ("model.module_changed", "ChargePointSetChargingProfileRequest", N, P),
        ],
        "major",
    ),
    Case(
        "request field becomes nullable",
        lambda raw: charging_profile(raw)["properties"]["transactionId"].update(nullable=True),
        [
            ("field.became_nullable", "ChargePointSetChargingProfileRequest.transaction_id", N, N),
            ("field.type_changed", "ChargePointStartChargingSessionRequest.charging_profile", N, B),
            ("model.module_changed", "ChargePointSetChargingProfileRequest", N, P),
        ],
        "major",
    ),
    Case(
        "request field no longer nullable",
        lambda raw: subscription(raw)["properties"]["kafka"]["properties"]["saslUsername"].pop("nullable"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request field format dropped: datetime becomes str in Python",
        lambda raw: charging_profile(raw)["properties"]["validFrom"].pop("format"),
        [
            ("field.format_changed", "ChargePointSetChargingProfileRequest.valid_from", P, B),
            ("field.type_changed", "ChargePointStartChargingSessionRequest.charging_profile", N, B),
            ("model.module_changed", "ChargePointSetChargingProfileRequest", N, P),
        ],
        "major",
    ),
    Case(
        "request field format dropped, Python type unchanged (uri)",
        lambda raw: subscription(raw)["properties"]["webhook"]["properties"]["callbackUrl"].pop("format"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request enum loses a value",
        lambda raw: subscription(raw)["properties"]["via"]["enum"].remove("kafka"),
        [
            ("model.renamed", "NotificationsCreateRequest", N, B),
            ("request_body.type_changed", "notifications.subscribe(body)", B, B),
        ],
        "major",
    ),
    Case(
        "request body removed",
        lambda raw: operation(raw, CHARGING_PROFILE, "post").pop("requestBody"),
        [
            ("model.renamed", "ChargePointActionChargingProfile", N, B),
            ("request_body.removed", "charge_point_actions.set_charging_profile(body)", P, B),
        ],
        "major",
    ),
    Case(
        "request body becomes optional",
        lambda raw: operation(raw, NOTIFICATIONS, "post")["requestBody"].update(required=False),
        [("request_body.became_optional", "notifications.subscribe(body)", N, N)],
        "patch",
    ),
    Case(
        "request body added (optional)",
        lambda raw: operation(raw, NOTIFICATION, "delete").update(
            requestBody={
                "content": {
                    "application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}
                }
            }
        ),
        [("request_body.added", "notifications.unsubscribe(body)", N, N)],
        "minor",
    ),
    Case(
        "request media type changed",
        lambda raw: operation(raw, NOTIFICATIONS, "post")["requestBody"].update(
            content={
                "application/merge-patch+json": operation(raw, NOTIFICATIONS, "post")["requestBody"]["content"][
                    "application/json"
                ]
            }
        ),
        [("request_body.content_type_changed", "notifications.subscribe(body)", B, N)],
        "patch",
    ),
    # responses and response fields
    Case(
        "response field removed (with its inline class)",
        lambda raw: notification_data(raw)["properties"].pop("webhook"),
        [],
        "patch",
    ),
    Case(
        "response field becomes nullable",
        lambda raw: notification_data(raw)["properties"]["via"].update(nullable=True),
        [
            ("field.became_nullable", "NotificationV2.via", B, B),
        ],
        "major",
    ),
    Case(
        "response field added",
        lambda raw: notification_data(raw)["properties"].update(createdAt={"type": "string", "format": "date-time"}),
        [
            ("field.added", "NotificationV2.created_at", N, N),
        ],
        "minor",
    ),
    Case(
        "response field becomes optional",
        lambda raw: notification_data(raw)["required"].remove("via"),
        [
            ("field.became_optional", "NotificationV2.via", B, B),
        ],
        "major",
    ),
    Case(
        "response field becomes required",
        lambda raw: notification_data(raw).setdefault("required", []).append("webhook"),
        [],
        "patch",
    ),
    Case(
        "response field type changed",
        lambda raw: notification_entity(raw)["properties"]["id"].update(type="string"),
        [
            ("field.type_changed", "NotificationV2.id", B, B),
        ],
        "major",
    ),
    Case(
        "response field type narrowed (number -> integer)",
        lambda raw: notification_entity(raw)["properties"]["id"].update(type="integer"),
        [
            ("field.type_changed", "NotificationV2.id", N, N),
        ],
        "patch",
    ),
    Case(
        "response field renamed on the wire, same Python attribute",
        lambda raw: (
            notification_entity(raw)["properties"].__setitem__("Via", notification_data(raw)["properties"].pop("via")),
            notification_data(raw).__setitem__("required", ["id", "Via", "notifications"]),
        ),
        [
            ("field.wire_name_changed", "NotificationV2.via", B, N),
        ],
        "patch",
    ),
    Case(
        "response enum gains a value: open enums, potentially breaking on the wire",
        lambda raw: notification_entity(raw)["properties"]["via"]["enum"].append("sqs"),
        [
            ("enum.value_added", "NotificationV2Via", P, N),
        ],
        "minor",
    ),
    Case(
        "response enum loses a value: the member disappears",
        lambda raw: notification_data(raw)["properties"]["via"]["enum"].remove("kafka"),
        [],
        "patch",
    ),
    Case(
        "enum member renamed: a new value takes its Python name",
        lambda raw: notification_entity(raw)["properties"]["via"]["enum"].insert(0, "Kafka"),
        [
            ("enum.member_renamed", "NotificationV2Via", N, B),
            ("enum.value_added", "NotificationV2Via", P, N),
        ],
        "major",
    ),
    Case(
        "error response removed: the shared error class stays",
        lambda raw: operation(raw, NOTIFICATION, "get")["responses"].pop("429"),
        [
            ("response.removed", "notifications.retrieve -> 429", N, N),
        ],
        "patch",
    ),
    Case(
        "error response added",
        lambda raw: operation(raw, NOTIFICATION, "get")["responses"].update(
            {
                "409": {
                    "description": "Conflict",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"message": {"type": "string"}}}
                        }
                    },
                }
            }
        ),
        [("response.added", "notifications.retrieve -> 409", N, N)],
        "minor",
    ),
    Case(
        "success status changes 200 -> 201 (same return type)",
        lambda raw: operation(raw, NOTIFICATION, "get")["responses"].__setitem__(
            "201", operation(raw, NOTIFICATION, "get")["responses"].pop("200")
        ),
        [
            ("response.added", "notifications.retrieve -> 201", P, N),
            ("response.removed", "notifications.retrieve -> 200", P, N),
        ],
        "minor",
    ),
    Case(
        "primary response becomes nullable",
        lambda raw: response(raw, NOTIFICATION, "get").update(nullable=True),
        [("response.became_nullable", "notifications.retrieve -> 200", B, B)],
        "major",
    ),
    Case(
        "error response becomes nullable: wire only",
        lambda raw: response(raw, NOTIFICATION, "get", "404").update(nullable=True),
        [("response.became_nullable", "notifications.retrieve -> 404", B, N)],
        "patch",
    ),
    Case(
        "response media type changed",
        lambda raw: operation(raw, NOTIFICATION, "get")["responses"]["200"].update(
            content={
                "application/vnd.api+json": operation(raw, NOTIFICATION, "get")["responses"]["200"]["content"][
                    "application/json"
                ]
            }
        ),
        [("response.content_type_changed", "notifications.retrieve -> 200", B, N)],
        "patch",
    ),
    # unions
    Case(
        "request union gains a variant",
        lambda raw: _sync_key_variants(raw).append({"type": "integer"}),
        [
            ("union.variant_added", "ChargePointActionKey", N, N),
        ],
        "minor",
    ),
    Case(
        "request union loses a variant (the last)",
        lambda raw: _remove_terminal_variant(raw, "Cardlink Castles", _terminal_request_variants),
        [],
        "patch",
    ),
    Case(
        "response union loses a variant (and its class)",
        lambda raw: _client_state_variants(raw).pop(),
        [
            ("response.type_changed", "invoices.retrieve -> 200", B, B),
            ("union.module_changed", "InvoiceV1ClientState", N, P),
            ("union.renamed", "InvoiceV1ClientState", N, B),
        ],
        "major",
    ),
    Case(
        "response union gains a variant",
        lambda raw: _client_state_variants(raw).append(
            {"title": "Other state", "type": "string", "enum": ["XX", "YY"]}
        ),
        [
            ("response.type_changed", "invoices.retrieve -> 200", B, B),
        ],
        "major",
    ),
    Case(
        "title-tagged union loses a variant: left-to-right parsing, and the generator renames a sibling's classes",
        lambda raw: _remove_terminal_variant(raw, "Crane", _terminal_response_variants),
        [
            ("response.type_changed", "payment_terminals.retrieve -> 200", B, B),
        ],
        "major",
    ),
    # classes renamed with the wire unchanged
    Case(
        "generated class renamed: a new component takes its name",
        lambda raw: raw["components"]["schemas"].update(
            NotificationReadResponse={"type": "object", "properties": {"note": {"type": "string"}}}
        ),
        [
            ("model.added", "NotificationReadResponse", N, N),
        ],
        "minor",
    ),
    Case(
        "unused component loses a field: judged both ways",
        lambda raw: raw["components"]["schemas"]["Location"]["properties"].pop("description"),
        [],
        "patch",
    ),
    Case(
        "inline schema moved to a component: same wire shape, another class",
        lambda raw: (
            raw["components"]["schemas"].update(Webhook=notification_data(raw)["properties"]["webhook"]),
            notification_data(raw)["properties"].update(webhook={"$ref": "#/components/schemas/Webhook"}),
        ),
        [
            ("model.renamed", "Webhook", N, B),
        ],
        "major",
    ),
    # servers and security
    Case(
        "server added",
        lambda raw: raw["servers"].append({"url": "https://sandbox.example.com"}),
        [("server.added", "https://sandbox.example.com", N, N)],
        "minor",
    ),
    Case(
        "default server replaced",
        lambda raw: raw["servers"][0].update(url="https://api.{tenantUrl}"),
        [
            ("server.added", "https://api.{tenantUrl}", N, N),
            ("server.default_changed", "servers[0]", N, P),
            ("server.removed", "https://{tenantUrl}", B, N),
        ],
        "minor",
    ),
    Case(
        "server variable removed: a client argument goes",
        lambda raw: raw["servers"][0].pop("variables"),
        [("server.variable_removed", "https://{tenantUrl} {tenantUrl}", N, B)],
        "major",
    ),
    Case(
        "security scheme changes to an API key",
        lambda raw: raw["components"]["securitySchemes"].__setitem__(
            "bearerAuth", {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
        ),
        [("security.scheme_changed", "bearerAuth", B, B)],
        "major",
    ),
    Case(
        "security: an alternative scheme is accepted too",
        lambda raw: (
            raw["components"]["securitySchemes"].update(apiKey={"type": "apiKey", "in": "header", "name": "X-Api-Key"}),
            raw["security"].append({"apiKey": []}),
        ),
        [
            ("security.requirements_changed", "security", N, N),
            ("security.scheme_added", "apiKey", N, N),
        ],
        "minor",
    ),
    Case(
        "security: one operation requires another scheme",
        lambda raw: (
            raw["components"]["securitySchemes"].update(apiKey={"type": "apiKey", "in": "header", "name": "X-Api-Key"}),
            operation(raw, NOTIFICATION, "get").update(security=[{"apiKey": []}]),
        ),
        [
            ("operation.security_changed", "notifications.retrieve", B, B),
            ("security.scheme_added", "apiKey", N, N),
        ],
        "major",
    ),
    Case(
        "security: one operation becomes public",
        lambda raw: operation(raw, NOTIFICATION, "get").update(security=[]),
        [("operation.security_changed", "notifications.retrieve", N, N)],
        "patch",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_mutation(case: Case, base: Base, tmp_path: Path) -> None:
    report = diff_mutation(base, tmp_path, case.mutate)
    assert triples(report) == sorted(case.expected), render(report, "text")
    assert report.semver.level == case.semver, render(report, "text")


KEPT_CASES = [
    Case(
        "kept names: a deprecated operation keeps its method",
        lambda raw: operation(raw, NOTIFICATION, "get").update(deprecated=True),
        [("operation.deprecated", "notifications.retrieve", N, N)],
        "patch",
    ),
    Case(
        "kept names: a new component cannot take a class name in use",
        lambda raw: raw["components"]["schemas"].update(
            NotificationReadResponse={"type": "object", "properties": {"note": {"type": "string"}}}
        ),
        [
            ("model.added", "NotificationReadResponse", N, N),
        ],
        "minor",
    ),
    Case(
        "kept names: a new parameter cannot take an argument name in use",
        lambda raw: listing_parameters(raw).insert(
            0, {"in": "query", "name": "perPage", "schema": {"type": "integer"}}
        ),
        [("parameter.added", "notifications.list(per_page_)", N, N)],
        "minor",
    ),
    Case(
        "kept names: an operation moved to another tag stays where it was",
        lambda raw: operation(raw, NOTIFICATION, "delete").update(tags=["resource / webhooks"]),
        [],
        "patch",
    ),
    Case(
        "kept names: a new operationId keeps the classes, but the old method name stays reserved",
        lambda raw: operation(raw, NOTIFICATION, "get").update(operationId="notificationGet"),
        [
            ("operation.accessor_changed", "notifications.retrieve_v2", N, B),
            ("operation.id_changed", "notifications.retrieve_v2", N, N),
        ],
        "major",
    ),
]


@pytest.mark.parametrize("case", KEPT_CASES, ids=[c.id for c in KEPT_CASES])
def test_mutation_with_kept_names(case: Case, base: Base, tmp_path: Path) -> None:
    report = diff_mutation(base, tmp_path, case.mutate, keep_names=True)
    assert triples(report) == sorted(case.expected), render(report, "text")
    assert report.semver.level == case.semver, render(report, "text")
    assert "keeps the names already given out" in render(report, "text")


def test_names_from_an_sdk_folder(base: Base, tmp_path: Path) -> None:
    """`sdk_dir`: the lock in a generated SDK's manifest names both versions."""
    sdk = tmp_path / "sdk"
    sdk.mkdir()
    manifest = Manifest("ampeco", base.api.spec_sha256, "fingerprint", names=lock_of(base.api, None).to_json())
    (sdk / ".sdkgen-manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    raw = base.fresh()
    operation(raw, NOTIFICATION, "get").update(deprecated=True)
    mutated = tmp_path / "mutated.json"
    mutated.write_text(json.dumps(raw), encoding="utf-8")
    report = diff_specs(str(base.path), str(mutated), sdk_dir=str(sdk))
    assert triples(report) == [("operation.deprecated", "notifications.retrieve", N, N)]
    assert report.names == f"kept (name lock of {sdk})"
    with pytest.raises(GeneratorError, match="no sdkgen manifest"):
        diff_specs(str(base.path), str(mutated), sdk_dir=str(tmp_path))


def test_operation_id_changed_keeps_the_entity_classes(base: Base, tmp_path: Path) -> None:
    """Same method and path, new operationId: the method keeps its name, and so do the classes,
    which are named for the entity they are (Notification...), not for the operation."""
    report = diff_mutation(
        base, tmp_path, lambda raw: operation(raw, NOTIFICATION, "get").update(operationId="notificationGet")
    )
    assert [(c.kind, c.wire, c.sdk) for c in report.changes] == [("operation.id_changed", N, N)]
    assert not [d for d in base.api.models if d.startswith("NotificationRead")]
    assert report.semver.level == "patch"


COMBINED: list[Mutation] = [
    lambda raw: raw["paths"][NOTIFICATION].pop("delete"),
    lambda raw: notification_entity(raw)["properties"]["via"]["enum"].append("sqs"),
    lambda raw: notification_entity(raw)["properties"]["webhook"].update(nullable=True),
    lambda raw: listing_parameters(raw).append({"in": "query", "name": "search", "schema": {"type": "string"}}),
    lambda raw: (
        subscription(raw)["properties"].update(owner={"type": "string"}),
        subscription(raw)["required"].append("owner"),
    ),
    lambda raw: charging_profile(raw)["properties"]["stackLevel"].update(type="number"),
    lambda raw: raw["servers"].append({"url": "https://sandbox.example.com"}),
    lambda raw: raw["info"].update(version="3.111.0"),
]
COMBINED_EXPECTED = [
    ("operation.removed", "notifications.unsubscribe", B, B),
    ("enum.value_added", "NotificationV2Via", P, N),
    ("field.became_nullable", "NotificationV2.webhook", B, B),
    ("parameter.added", "notifications.list(search)", N, N),
    ("field.type_changed", "ChargePointSetChargingProfileRequest.stack_level", N, N),
    ("server.added", "https://sandbox.example.com", N, N),
    # A fresh generation names the changed shapes anew: the subscribe body, which create and
    # subscribe shared, splits into two entities (what they return stays the notification).
    ("request_body.type_changed", "notifications.subscribe(body)", B, B),
    ("model.renamed", "NotificationsCreateRequest", N, B),
    ("field.type_changed", "ChargePointStartChargingSessionRequest.charging_profile", N, B),
    ("model.module_changed", "ChargePointSetChargingProfileRequest", N, P),
]


def test_combined_mutations_and_every_format(base: Base, tmp_path: Path) -> None:
    report = diff_mutation(base, tmp_path, *COMBINED)
    assert triples(report) == sorted(COMBINED_EXPECTED)
    assert report.semver.level == "major"
    assert report.semver.api_version_bump == "minor"
    assert report.semver.warning and "3.110.0 -> 3.111.0" in report.semver.warning
    assert exit_code(report, "breaking") == 1 and exit_code(report, None) == 0

    text = render(report, "text")
    breaking = sum(1 for _, _, _, sdk in COMBINED_EXPECTED if sdk == B)
    assert "SDK release: MAJOR" in text and f"Breaking for SDK users ({breaking}):" in text
    assert "also adds class NotificationsSubscribeRequest" in text and "open (forward-compatible)" in text
    assert text.rstrip().splitlines()[-1].split()[0] == "server.added"  # the summary table ends the text

    markdown = render(report, "markdown")
    assert "**SDK release: major**" in markdown and "| `operation.removed` | `notifications.unsubscribe` |" in markdown

    document = json.loads(render(report, "json"))
    assert render(report, "json") == render(report, "json")
    assert document["semver"]["level"] == "major"
    assert document["summary"]["total"] == len(COMBINED_EXPECTED)
    counts = {level: sum(1 for _, _, _, sdk in COMBINED_EXPECTED if sdk == level) for level in (B, P, N)}
    assert document["summary"]["by_severity"]["sdk"] == counts
    assert document["summary"]["by_kind"]["operation.removed"] == {
        "total": 1,
        "sdk-breaking": 1,
        "wire-breaking": 1,
        "potentially-breaking": 0,
    }
    assert [c["kind"] for c in document["changes"][:3]] == sorted(c["kind"] for c in document["changes"][:3])
    assert list(document["changes"][0]) == sorted(document["changes"][0])


def test_real_spec_against_itself_has_no_change(base: Base, tmp_path: Path) -> None:
    copy = tmp_path / "copy.json"  # another folder: loaded and built a second time
    copy.write_text(base.text, encoding="utf-8")
    for report in (diff_specs(str(base.path), str(copy)), diff_specs(str(base.path), str(base.path))):
        assert report.changes == []
        assert report.semver.level == "patch" and report.semver.warning is None
        assert exit_code(report, "breaking") == 0
        assert "No changes." in render(report, "text")
        assert json.loads(render(report, "json"))["summary"]["total"] == 0


def test_one_operation_removed_is_one_breaking_change_and_major(base: Base, tmp_path: Path) -> None:
    raw = base.fresh()
    del raw["paths"][CHARGE_POINTS]["post"]
    mutated = tmp_path / "one-removed.json"
    mutated.write_text(json.dumps(raw), encoding="utf-8")
    started = time.perf_counter()
    report = diff_specs(str(base.path), str(mutated))
    elapsed = time.perf_counter() - started
    assert [(c.kind, c.wire, c.sdk) for c in report.changes] == [("operation.removed", B, B)]
    assert report.changes[0].subject == "charge_points.create"
    assert report.semver.level == "major"
    assert exit_code(report, "breaking") == 1 and exit_code(report, "wire-breaking") == 1
    assert elapsed < 30, f"diff took {elapsed:.1f}s"  # two loads of the real spec; ~1.5 s on an idle machine


def test_exit_codes_by_side(base: Base, tmp_path: Path) -> None:
    sdk_only = diff_mutation(
        base, tmp_path, lambda raw: listing_parameters(raw)[0].update(name="perPage", schema={"type": "integer"})
    )
    assert [(c.kind, c.wire, c.sdk) for c in sdk_only.changes] == [("parameter.wire_name_changed", B, N)]
    assert exit_code(sdk_only, "breaking") == 1
    assert exit_code(sdk_only, "sdk-breaking") == 0
    assert exit_code(sdk_only, "wire-breaking") == 1
    with pytest.raises(ValueError):
        exit_code(sdk_only, "minor")


# -- no real spec needed ----------------------------------------------------------------------
def test_every_kind_has_a_rule_and_a_description() -> None:
    assert set(RULES) == set(KINDS)
    assert ADDITIONS <= set(KINDS) and CANNOT_MOVE_CLASSES <= set(KINDS)


@pytest.mark.parametrize(
    "content, message",
    [(None, "file not found"), ("{not json", "invalid JSON"), ('{"openapi": "3.0.3"}', "")],
)
def test_bad_input_is_a_spec_error(tmp_path: Path, content: str | None, message: str) -> None:
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1.0.0"}, "paths": {}}), encoding="utf-8"
    )
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        diff_specs(str(good), str(bad))
    assert "bad.json" in str(raised.value) and message in str(raised.value)
    with pytest.raises(SpecError):
        diff_specs(str(bad), str(good))


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.json"
    spec.write_text(
        json.dumps({"openapi": "3.0.3", "info": {"title": "T", "version": "1.0.0"}, "paths": {}}), encoding="utf-8"
    )
    report = diff_specs(str(spec), str(spec))
    with pytest.raises(ValueError):
        render(report, "html")


@dataclass
class _Def:
    name: str
    source: str
    sources: list[str]


def _table(*entries: tuple[str, str | list[str]]) -> dict[str, _Def]:
    """name -> schema location(s): an entity stands for every location of its shape."""
    table = {}
    for name, where in entries:
        sources = [where] if isinstance(where, str) else where
        table[name] = _Def(name, sources[0], sources)
    return table


def test_matching_pairs_entities_by_name_then_by_shared_locations() -> None:
    from generator.diff.matching import match_definitions

    # a parameter removed: later inline schemas shift one index down, their names stay
    shifted = match_definitions(
        _table(("E1", "#/p/1"), ("E2", "#/p/2"), ("E3", "#/p/3")), _table(("E2", "#/p/1"), ("E3", "#/p/2"))
    )
    assert (shifted.pairs, shifted.removed, shifted.added) == ({"E2": "E2", "E3": "E3"}, ["E1"], [])
    # the same name is the same entity, wherever its schemas stand now
    same = match_definitions(_table(("Foo", "#/x")), _table(("Foo", "#/y"), ("FooSchema", "#/x")))
    assert (same.pairs, same.removed, same.added) == ({"Foo": "Foo"}, [], ["FooSchema"])
    # renamed: the new name with the most locations in common
    renamed = match_definitions(
        _table(("Old", ["#/a", "#/b", "#/c"])), _table(("New", ["#/a", "#/b"]), ("Other", ["#/c", "#/d"]))
    )
    assert (renamed.pairs, renamed.removed, renamed.added) == ({"Old": "New"}, [], ["Other"])
    # a path renamed: every location changes, the names do not
    moved = match_definitions(_table(("A", "#/old/a"), ("B", "#/old/b")), _table(("A", "#/new/a"), ("B", "#/new/b")))
    assert moved.pairs == {"A": "A", "B": "B"}
