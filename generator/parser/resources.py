"""Groups operations into resources (from tags) and gives each a stable method name.

Scheme (documented in the README):
- resource attribute: the first tag, without its "resource / " prefix, in snake_case
  ("resource / charge points" -> `charge_points`); "action / X" tags become `X_actions`.
- method: the operationId with the resource's own words removed from its front, in
  snake_case, with CRUD verbs normalised (listing -> list, read/get/show -> retrieve).
- several versions of one operation: the newest non-deprecated keeps the plain name; the
  others take their version as a suffix (`list_v1_0`).
"""

from __future__ import annotations

from generator import naming
from generator.ir import Operation, Resource

_VERBS = {"listing": "list", "read": "retrieve", "get": "retrieve", "show": "retrieve", "index": "list"}


def resource_words(tag: str) -> list[str]:
    text = tag.strip()
    lowered = text.lower()
    if lowered.startswith("resource /"):
        return naming.words(text.split("/", 1)[1])
    if lowered.startswith("action /") or lowered.startswith("actions /"):
        return [*naming.words(text.split("/", 1)[1]), "actions"]
    return naming.words(text)


def assign_accessors(operations: list[Operation], tag_descriptions: dict[str, str]) -> list[Resource]:
    resources: dict[str, Resource] = {}
    for op in operations:
        tag = op.tags[0] if op.tags else "default"
        words = resource_words(tag) or ["default"]
        attr = naming.field_name("_".join(words))
        if attr not in resources:
            resources[attr] = Resource(attr, naming.class_name(*words), tag, tag_descriptions.get(tag))
        op.resource = attr
        resources[attr].operations.append(op.operation_id)
        op.method_name = _base_method_name(op, words)
    for resource in resources.values():
        _settle_versions([o for o in operations if o.resource == resource.name])
    return sorted(resources.values(), key=lambda r: r.name)


def _base_method_name(op: Operation, resource: list[str]) -> str:
    words = [w.lower() for w in naming.words(op.operation_id)]
    stems = {w.lower().rstrip("s") for w in resource if w.lower() != "actions"}
    while words and words[0].rstrip("s") in stems and len(words) > 1:
        words = words[1:]
    if words and words[0] in ("deprecated",):
        words = words[1:]
    words = [w for w in words if w != "deprecated"] or [op.method]
    if len(words) == 1 and words[0] in _VERBS:
        words = [_VERBS[words[0]]]
    elif words[-1] in _VERBS:
        words = [_VERBS[words[-1]], *words[:-1]]
    return naming.method_name("_".join(words))


def _settle_versions(ops: list[Operation]) -> None:
    """Plain name for the newest non-deprecated holder of a name; versioned names for the rest."""
    by_name: dict[str, list[Operation]] = {}
    for op in ops:
        by_name.setdefault(op.method_name, []).append(op)
    taken = set(by_name)
    for name, group in by_name.items():
        if len(group) == 1:
            continue
        ranked = sorted(group, key=lambda o: (not o.deprecated, _version_key(o.api_version)), reverse=True)
        for op in ranked[1:]:
            suffix = naming.field_name(op.api_version or op.method)
            op.method_name = naming.unique(f"{name}_{suffix}", taken)


def _version_key(version: str | None) -> tuple[int, ...]:
    if not version:
        return (0,)
    return tuple(int(part) for part in version[1:].split(".") if part.isdigit())
