"""What sdkgen.yaml changes in the IR, checked against the spec as it is applied.

Two steps, around the parser:

- `select_operations` (before): drops excluded operations, and frees the lock's names of
  operations whose names the config respells (`names_from`), so they are derived again;
- `apply_overrides` (after everything else): resource and method renames, replacements of
  deprecated operations, pagination, and last the class renames (generator.parser.class_renames).

What the config says wins over the name lock: the lock keeps names stable across spec
versions, the config is the maintainer asking for a name.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.config import Config, ConfigError, did_you_mean
from generator.ir import Api, Operation, Resource
from generator.loader import Spec
from generator.parser.class_renames import rename_classes
from generator.parser.lock import NameLock
from generator.parser.operations import iter_operations, operation_id
from generator.parser.pagination import page_item
from generator.parser.resources import CLIENT_ATTRIBUTES, tag_attribute

Entry = tuple[str, str, dict[str, Any], dict[str, Any], str]


def select_operations(spec: Spec, config: Config, lock: NameLock) -> tuple[list[Entry], NameLock]:
    """The operations to build, and the lock to build them with."""
    entries = iter_operations(spec)
    ids = {operation_id(path, method, op): pointer for path, method, op, _, pointer in entries}
    for op_id in config.operations:
        if op_id not in ids:
            raise ConfigError(config.label, f"operations.{op_id}", f"no operation with this operationId in the spec{did_you_mean(op_id, ids)}")
    respelled = {ids[op_id] for op_id, o in config.operations.items() if o.names_from}
    if respelled:
        lock = dataclasses.replace(
            lock,
            classes={s: n for s, n in lock.classes.items() if not any(s.startswith(p + "/") for p in respelled)},
            methods={o: m for o, m in lock.methods.items() if not config.names_from(o)},
        )
    kept = [e for e in entries if not config.excluded(operation_id(e[0], e[1], e[2]))]
    return kept, lock


def apply_overrides(api: Api, config: Config | None, lock: NameLock | None = None) -> None:
    """Applies the config to the finished IR; ConfigError for what does not fit the spec."""
    if config is None:
        return
    lock = lock or NameLock()
    by_id = {op.operation_id: op for op in api.operations}
    _rename_resources(api, config)
    _move_methods(api, config, by_id)
    for op_id, override in config.operations.items():
        op = by_id.get(op_id)
        if op is None:
            continue  # excluded
        if override.replacement is not None:
            _set_replacement(config, op, override.replacement, by_id)
        if override.pagination is not None:
            _set_pagination(api, config, op, override.pagination)
    rename_classes(api, config.classes, config.label, frozenset(lock.classes.values()))


def _rename_resources(api: Api, config: Config) -> None:
    current = {r.name: r for r in api.resources}
    for old, new in config.resources.items():
        where = f"resources.{old}"
        # After a first generation the lock already puts the operations in `new`: a resource
        # whose tag makes `old` is this rename applied before, not a clash.
        renamed_before = new in current and tag_attribute(current[new].tag) == old
        if old not in current:
            if renamed_before:
                continue
            raise ConfigError(config.label, where, f"no resource {old!r} in the SDK{did_you_mean(old, current)}")
        if new in CLIENT_ATTRIBUTES:
            raise ConfigError(config.label, where, f"{new!r} is an attribute of the client itself")
        if new in current and new not in config.resources and not renamed_before:
            raise ConfigError(config.label, where, f"{new!r} is already a resource (tag {current[new].tag!r})")
    renamed = {old: new for old, new in config.resources.items() if old in current}
    for resource in api.resources:
        resource.name = renamed.get(resource.name, resource.name)
    for op in api.operations:
        op.resource = renamed.get(op.resource, op.resource)
    _regroup(api)


def _move_methods(api: Api, config: Config, by_id: dict[str, Operation]) -> None:
    cause: dict[str, str] = {}
    for op_id, override in config.operations.items():
        op = by_id.get(op_id)
        if op is None:
            continue
        if override.resource is not None:
            if override.resource in CLIENT_ATTRIBUTES:
                raise ConfigError(config.label, f"operations.{op_id}.resource", f"{override.resource!r} is an attribute of the client itself")
            op.resource = override.resource
            cause[op_id] = f"operations.{op_id}.resource"
        if override.method is not None:
            op.method_name = override.method
            cause[op_id] = f"operations.{op_id}.method"
    holders: dict[tuple[str, str], Operation] = {}
    for op in sorted(api.operations, key=lambda o: o.operation_id not in cause):
        key = (op.resource, op.method_name)
        other = holders.get(key)
        if other is not None:
            mine = op if op.operation_id in cause else other
            theirs = other if mine is op else op
            raise ConfigError(
                config.label, cause[mine.operation_id],
                f"{mine.resource}.{mine.method_name} is also the name of {theirs.operation_id}; pick another method name",
            )
        holders[key] = op
    _regroup(api)


def _regroup(api: Api) -> None:
    """Rebuilds the resource list from the operations (a resource without operations is dropped)."""
    from generator import naming

    existing = {r.name: r for r in api.resources}
    resources: dict[str, Resource] = {}
    for op in api.operations:
        resource = resources.get(op.resource)
        if resource is None:
            old = existing.get(op.resource)
            tag = old.tag if old else (op.tags[0] if op.tags else "default")
            resource = Resource(op.resource, naming.class_name(*naming.words(op.resource)), tag, old.description if old else None)
            resources[op.resource] = resource
        resource.operations.append(op.operation_id)
    api.resources = sorted(resources.values(), key=lambda r: r.name)


def _set_replacement(config: Config, op: Operation, replacement: str, by_id: dict[str, Operation]) -> None:
    where = f"operations.{op.operation_id}.replacement"
    if not op.deprecated:
        raise ConfigError(config.label, where, "the operation is not deprecated in the spec; only deprecated operations name a replacement")
    successor = by_id.get(replacement)
    if successor is None:
        reason = "is excluded" if config.excluded(replacement) else "is not an operationId in the spec"
        raise ConfigError(config.label, where, f"{replacement!r} {reason}{did_you_mean(replacement, by_id)}")
    if successor is op:
        raise ConfigError(config.label, where, "an operation cannot replace itself")
    op.replacement = replacement


def _set_pagination(api: Api, config: Config, op: Operation, pagination: str) -> None:
    if pagination == "none":
        op.pagination = None
        return
    if page_item(api, op) is None:
        raise ConfigError(
            config.label, f"operations.{op.operation_id}.pagination",
            "the operation does not return a page (its first 2xx response has no `data` list)",
        )
    op.pagination = pagination
