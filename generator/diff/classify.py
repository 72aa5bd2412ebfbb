"""The rules: how bad each change is for the wire API and for users of the generated SDK.

Wire: could an existing client (any language, written against the old spec) break?
SDK: could code using the SDK generated from the old spec break after regenerating?
The SDK's public surface is its class names (models, enums, unions), its enum members,
its resources (client attributes and modules), method names (`resource.method_name`) and
argument names (parameter `py_name`s and `body`), and the types of those.
"""

from __future__ import annotations

from generator.diff.model import Change
from generator.diff.rules_by_direction import (
    UNUSED,
    B,
    N,
    P,
    Rule,
    Verdict,
    became_non_nullable,
    became_nullable,
    directed,
    enum_value_added,
    enum_value_removed,
    field_added,
    field_removed,
    format_changed,
    required_flip,
    type_changed,
    variant_added,
    variant_removed,
)
from generator.diff.typerefs import NARROWED, SAME


def classify(change: Change) -> Change:
    verdict = RULES[change.kind](change)
    notes = [verdict.note] if verdict.note else []
    sdk = verdict.sdk
    if change.facts.get("removed_classes") and sdk != B:
        sdk = B
        notes.append("the classes that went with it are gone from the SDK")
    if change.facts.get("unused"):
        notes.append(UNUSED)
    change.wire, change.sdk, change.note = verdict.wire, sdk, "; ".join(notes) or None
    return change


def _const(wire: str, sdk: str, note: str | None = None) -> Rule:
    return lambda change: Verdict(wire, sdk, note)


def _added_input(change: Change) -> Verdict:
    """A parameter or body: breaking when callers must now pass it."""
    if change.facts.get("required"):
        return Verdict(B, B, "existing calls do not pass it")
    return Verdict(N, N)


def _return_type(change: Change) -> Verdict:
    if change.facts.get("relation") in (SAME, NARROWED) and not change.facts.get("became_nullable"):
        return Verdict(N, N, "the new return type is a subset of the old one")
    return Verdict(N, B, "callers expect the old return type (the wire change is reported on the responses)")


def _pagination(change: Change) -> Verdict:
    if change.facts.get("paged_before") != change.facts.get("paged_after"):
        return Verdict(N, B, "the method returns a page instead of the response model, or the reverse")
    return Verdict(N, N, "the page type stays the same")


def _response_added(change: Change) -> Verdict:
    if str(change.facts.get("status", "")).startswith("2"):
        return Verdict(P, N, "clients may not expect a new success status")
    return Verdict(N, N)


def _response_removed(change: Change) -> Verdict:
    if str(change.facts.get("status", "")).startswith("2"):
        return Verdict(P, N, "clients may rely on this success status")
    return Verdict(N, N, "it is no longer returned")


def _response_content_type(change: Change) -> Verdict:
    wire = B if str(change.facts.get("status", "")).startswith("2") else P
    return Verdict(wire, N, "clients parsing the old media type break")


def _security(change: Change) -> Verdict:
    old = change.facts.get("old_alternatives") or frozenset()
    new = change.facts.get("new_alternatives") or frozenset()
    anonymous_before = not old or frozenset() in old
    anonymous_after = not new or frozenset() in new
    if anonymous_after or (not anonymous_before and old <= new):
        return Verdict(N, N, "every request that was allowed still is")
    return Verdict(B, B, "credentials that were accepted may be refused (the SDK sends a bearer token)")


def _server_variable(sdk_if_default: str, wire: str, note_default: str) -> Rule:
    def rule(change: Change) -> Verdict:
        if change.facts.get("default"):
            return Verdict(wire, sdk_if_default, note_default)
        return Verdict(wire, N, "not the default server: the SDK does not use it")

    return rule


RULES: dict[str, Rule] = {
    "operation.added": _const(N, N),
    "operation.removed": _const(B, B),
    "operation.deprecated": _const(N, N, "the SDK method now emits a DeprecationWarning"),
    "operation.undeprecated": _const(N, N),
    "operation.endpoint_changed": _const(
        B, N, "clients calling the old endpoint break; the SDK method calls the new one"
    ),
    "operation.id_changed": _const(N, N, "operationIds are not sent; an SDK method rename is reported separately"),
    "operation.accessor_changed": lambda c: Verdict(
        N,
        B,
        "deprecated operations carry their version in the method name"
        if c.facts.get("deprecated")
        else "callers use the old name",
    ),
    "operation.pagination_changed": _pagination,
    "operation.return_type_changed": _return_type,
    "operation.security_changed": _security,
    "parameter.added": _added_input,
    "parameter.removed": _const(P, B, "servers may reject or ignore it; the SDK argument is gone"),
    "parameter.became_required": _const(B, B, "existing calls may omit it"),
    "parameter.became_optional": _const(N, N),
    "parameter.type_changed": type_changed,
    "parameter.format_changed": format_changed,
    "parameter.became_nullable": became_nullable,
    "parameter.became_non_nullable": became_non_nullable,
    "parameter.renamed": _const(N, B, "keyword arguments use the new name"),
    "parameter.wire_name_changed": _const(
        B, N, "clients sending the old name break; the SDK argument keeps its name and sends the new one"
    ),
    "parameter.reordered": _const(N, B, "path parameters are positional arguments"),
    "parameter.deprecated": _const(N, N),
    "request_body.added": _added_input,
    "request_body.removed": _const(P, B, "servers may reject or ignore a body; the SDK `body` argument is gone"),
    "request_body.became_required": _const(B, B, "existing calls may omit it"),
    "request_body.became_optional": _const(N, N),
    "request_body.type_changed": type_changed,
    "request_body.format_changed": format_changed,
    "request_body.became_nullable": became_nullable,
    "request_body.became_non_nullable": became_non_nullable,
    "request_body.content_type_changed": _const(B, N, "the SDK sends the new media type"),
    "response.added": _response_added,
    "response.removed": _response_removed,
    "response.type_changed": type_changed,
    "response.format_changed": format_changed,
    "response.became_nullable": became_nullable,
    "response.became_non_nullable": became_non_nullable,
    "response.content_type_changed": _response_content_type,
    "field.added": field_added,
    "field.removed": field_removed,
    "field.became_required": required_flip,
    "field.became_optional": required_flip,
    "field.type_changed": type_changed,
    "field.format_changed": format_changed,
    "field.became_nullable": became_nullable,
    "field.became_non_nullable": became_non_nullable,
    "field.renamed": _const(N, B, "the attribute and keyword argument use the new name"),
    "field.wire_name_changed": lambda c: directed(
        c,
        Verdict(B, N, "clients sending the old name break; the SDK attribute keeps its name"),
        Verdict(B, N, "clients reading the old name break; the SDK attribute keeps its name"),
        Verdict(N, N),
    ),
    "field.deprecated": _const(N, N),
    "enum.value_added": enum_value_added,
    "enum.value_removed": enum_value_removed,
    "enum.member_renamed": _const(N, B, "code naming the member breaks"),
    "enum.type_changed": _const(B, B),
    "union.variant_added": variant_added,
    "union.variant_removed": variant_removed,
    "union.strategy_changed": lambda c: (
        Verdict(N, P, "variants are now tried in order: a payload may parse into another variant class than before")
        if str(c.new).startswith("left-to-right")
        else Verdict(N, N, "internal to parsing: the union's type does not change")
    ),
    "resource.added": _const(N, N),
    "resource.removed": _const(
        N, B, "the client attribute and its module are gone (its operations are reported one by one)"
    ),
    "server.added": _const(N, N),
    "server.removed": lambda c: Verdict(
        B, N, "the SDK only uses the first server, reported separately when it changes"
    ),
    "server.default_changed": _const(N, P, "the SDK's default base URL changes; `base_url=` overrides it"),
    "server.variable_added": _server_variable(N, N, "the client takes a new optional argument"),
    "server.variable_removed": _server_variable(B, N, "the client argument for it is gone"),
    "server.variable_default_changed": _server_variable(P, P, "the SDK's default base URL changes"),
    "security.scheme_added": _const(N, N),
    "security.scheme_removed": _const(B, B, "clients using it are refused (the SDK sends a bearer token)"),
    "security.scheme_changed": _const(
        B, B, "clients authenticating the old way are refused (the SDK sends a bearer token)"
    ),
    "security.requirements_changed": _security,
}
for _kind in ("model", "enum", "union"):
    RULES[f"{_kind}.added"] = _const(N, N)
    RULES[f"{_kind}.removed"] = _const(
        N, B, "the class is gone from the SDK (wire effects are reported where it was used)"
    )
    RULES[f"{_kind}.renamed"] = _const(N, B, "the wire is unchanged, but code importing the old class name breaks")
    RULES[f"{_kind}.module_changed"] = _const(
        N, P, "imports from the package's `types` keep working; direct imports from the old module break"
    )
