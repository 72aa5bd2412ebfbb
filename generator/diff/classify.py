"""The rules: how bad each change is for the wire API and for users of the generated SDK.

Wire: could an existing client (any language, written against the old spec) break?
SDK: could code using the SDK generated from the old spec break after regenerating?
The SDK's public surface is its class names (models, enums, unions), its enum members,
its resources (client attributes and modules), method names (`resource.method_name`) and
argument names (parameter `py_name`s and `body`), and the types of those.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from generator.diff.model import BREAKING, NON_BREAKING, POTENTIALLY_BREAKING, REQUEST, RESPONSE, Change, worst
from generator.diff.typerefs import NARROWED, SAME, WIDENED

B, P, N = BREAKING, POTENTIALLY_BREAKING, NON_BREAKING


class Verdict(NamedTuple):
    wire: str
    sdk: str
    note: str | None = None


Rule = Callable[[Change], Verdict]
OPEN_ENUMS = "the SDK's enums are open (forward-compatible): a value they do not know still parses"
ONLY_PRIMARY = "the SDK types only the first 2xx response; other responses do not change its surface"
UNUSED = "no operation uses it; judged as if it were both sent and received"


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


def _directed(change: Change, request: Verdict, response: Verdict, neither: Verdict | None = None) -> Verdict:
    """The worst of the verdicts for the directions the value travels in."""
    directions = change.facts.get("directions", [REQUEST, RESPONSE])
    chosen = [(d, v) for d, v in ((REQUEST, request), (RESPONSE, response)) if d in directions]
    if not chosen:
        return neither or Verdict(N, N, "neither sent nor received (read-only in requests, write-only in responses)")
    wire = worst(*(v.wire for _, v in chosen))
    sdk = worst(*(v.sdk for _, v in chosen))
    if len(chosen) == 1:
        return Verdict(wire, sdk, chosen[0][1].note)
    notes = [f"in {d}s: {v.note}" for d, v in chosen if v.note]
    return Verdict(wire, sdk, "; ".join(notes) or None)


def _const(wire: str, sdk: str, note: str | None = None) -> Rule:
    return lambda change: Verdict(wire, sdk, note)


def _added_input(change: Change) -> Verdict:
    """A parameter or body: breaking when callers must now pass it."""
    if change.facts.get("required"):
        return Verdict(B, B, "existing calls do not pass it")
    return Verdict(N, N)


def _type_changed(change: Change) -> Verdict:
    relation = change.facts.get("relation")
    request = Verdict(N, N, "it accepts more than before") if relation == WIDENED else Verdict(B, B, "values that were valid may be rejected")
    if relation == NARROWED:
        response = Verdict(N, N, "it returns a subset of what it returned before")
    else:
        response = Verdict(B, B, "code reading it expects the old type")
    return _directed(change, request, _response_sdk(change, response))


def _format_changed(change: Change) -> Verdict:
    python = change.facts.get("python_changed")
    sdk = B if python else N
    note = "the Python type changes" if python else "the Python type stays the same"
    return _directed(change, Verdict(P, sdk, note), _response_sdk(change, Verdict(P, sdk, note)))


def _became_nullable(change: Change) -> Verdict:
    return _directed(
        change,
        Verdict(N, N, "null is now also accepted"),
        _response_sdk(change, Verdict(B, B, "code reading it must now handle None")),
    )


def _became_non_nullable(change: Change) -> Verdict:
    return _directed(change, Verdict(B, B, "callers sending null are rejected"), Verdict(N, N, "it is never null now"))


def _response_sdk(change: Change, verdict: Verdict) -> Verdict:
    """Responses other than the first 2xx are not typed by the SDK: only the wire is affected."""
    if change.kind.startswith("response.") and not change.facts.get("primary") and verdict.sdk != N:
        return Verdict(verdict.wire, N, ONLY_PRIMARY)
    return verdict


def _required_flip(change: Change) -> Verdict:
    if change.kind.endswith("became_required"):
        return _directed(change, Verdict(B, B, "existing calls may omit it"), Verdict(N, N, "it is always present now"))
    return _directed(change, Verdict(N, N, "callers may now omit it"), Verdict(B, B, "code reading it must now handle its absence (None)"))


def _field_added(change: Change) -> Verdict:
    request = Verdict(B, B, "existing calls do not send it") if change.facts.get("required") else Verdict(N, N)
    return _directed(change, request, Verdict(N, N, "responses parse leniently: an extra field never breaks parsing"), Verdict(N, N))


def _field_removed(change: Change) -> Verdict:
    return _directed(
        change,
        Verdict(P, B, "servers may reject or ignore it; the SDK model loses the attribute"),
        Verdict(B, B, "code reading it breaks; the SDK model loses the attribute"),
        Verdict(N, B, "the SDK model loses the attribute"),
    )


def _enum_value_added(change: Change) -> Verdict:
    return _directed(
        change,
        Verdict(N, N, "callers may send the new value"),
        Verdict(P, N, f"{OPEN_ENUMS}; clients with closed enums may fail on it"),
    )


def _enum_value_removed(change: Change) -> Verdict:
    return _directed(
        change,
        Verdict(B, B, "callers sending it are rejected; the enum member is gone"),
        Verdict(N, B, "it is no longer returned, but the enum member is gone from the SDK"),
    )


def _variant_added(change: Change) -> Verdict:
    return _directed(
        change,
        Verdict(N, N, "callers may send the new variant"),
        Verdict(P, N, "responses may now take this shape; the SDK parses it, but code handling each variant should handle it too"),
    )


def _variant_removed(change: Change) -> Verdict:
    return _directed(change, Verdict(B, B, "callers sending it are rejected"), Verdict(N, N, "it is no longer returned"))


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
    "operation.endpoint_changed": _const(B, N, "clients calling the old endpoint break; the SDK method calls the new one"),
    "operation.id_changed": _const(N, N, "operationIds are not sent; an SDK method rename is reported separately"),
    "operation.accessor_changed": lambda c: Verdict(
        N, B, "deprecated operations carry their version in the method name" if c.facts.get("deprecated") else "callers use the old name"
    ),
    "operation.pagination_changed": _pagination,
    "operation.return_type_changed": _return_type,
    "operation.security_changed": _security,
    "parameter.added": _added_input,
    "parameter.removed": _const(P, B, "servers may reject or ignore it; the SDK argument is gone"),
    "parameter.became_required": _const(B, B, "existing calls may omit it"),
    "parameter.became_optional": _const(N, N),
    "parameter.type_changed": _type_changed,
    "parameter.format_changed": _format_changed,
    "parameter.became_nullable": _became_nullable,
    "parameter.became_non_nullable": _became_non_nullable,
    "parameter.renamed": _const(N, B, "keyword arguments use the new name"),
    "parameter.reordered": _const(N, B, "path parameters are positional arguments"),
    "parameter.deprecated": _const(N, N),
    "request_body.added": _added_input,
    "request_body.removed": _const(P, B, "servers may reject or ignore a body; the SDK `body` argument is gone"),
    "request_body.became_required": _const(B, B, "existing calls may omit it"),
    "request_body.became_optional": _const(N, N),
    "request_body.type_changed": _type_changed,
    "request_body.format_changed": _format_changed,
    "request_body.became_nullable": _became_nullable,
    "request_body.became_non_nullable": _became_non_nullable,
    "request_body.content_type_changed": _const(B, N, "the SDK sends the new media type"),
    "response.added": _response_added,
    "response.removed": _response_removed,
    "response.type_changed": _type_changed,
    "response.format_changed": _format_changed,
    "response.became_nullable": _became_nullable,
    "response.became_non_nullable": _became_non_nullable,
    "response.content_type_changed": _response_content_type,
    "field.added": _field_added,
    "field.removed": _field_removed,
    "field.became_required": _required_flip,
    "field.became_optional": _required_flip,
    "field.type_changed": _type_changed,
    "field.format_changed": _format_changed,
    "field.became_nullable": _became_nullable,
    "field.became_non_nullable": _became_non_nullable,
    "field.renamed": _const(N, B, "the attribute and keyword argument use the new name"),
    "field.deprecated": _const(N, N),
    "enum.value_added": _enum_value_added,
    "enum.value_removed": _enum_value_removed,
    "enum.member_renamed": _const(N, B, "code naming the member breaks"),
    "enum.type_changed": _const(B, B),
    "union.variant_added": _variant_added,
    "union.variant_removed": _variant_removed,
    "union.strategy_changed": _const(N, N, "internal to parsing: the union's type does not change"),
    "resource.added": _const(N, N),
    "resource.removed": _const(N, B, "the client attribute and its module are gone (its operations are reported one by one)"),
    "server.added": _const(N, N),
    "server.removed": lambda c: Verdict(B, N, "the SDK only uses the first server, reported separately when it changes"),
    "server.default_changed": _const(N, P, "the SDK's default base URL changes; `base_url=` overrides it"),
    "server.variable_added": _server_variable(N, N, "the client takes a new optional argument"),
    "server.variable_removed": _server_variable(B, N, "the client argument for it is gone"),
    "server.variable_default_changed": _server_variable(P, P, "the SDK's default base URL changes"),
    "security.scheme_added": _const(N, N),
    "security.scheme_removed": _const(B, B, "clients using it are refused (the SDK sends a bearer token)"),
    "security.scheme_changed": _const(B, B, "clients authenticating the old way are refused (the SDK sends a bearer token)"),
    "security.requirements_changed": _security,
}
for _kind in ("model", "enum", "union"):
    RULES[f"{_kind}.added"] = _const(N, N)
    RULES[f"{_kind}.removed"] = _const(N, B, "the class is gone from the SDK (wire effects are reported where it was used)")
    RULES[f"{_kind}.renamed"] = _const(N, B, "the wire is unchanged, but code importing the old class name breaks")
    RULES[f"{_kind}.module_changed"] = _const(
        N, P, "imports from the package's `types` keep working; direct imports from the old module break"
    )
