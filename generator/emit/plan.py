"""Decides which generated module holds each definition, and in which order.

A definition used by one resource only lives in that resource's module, so importing a
resource builds only its own models. Component schemas and anything reached from more
than one resource live in `_shared`. `_shared` never imports a resource module, so
there are no import cycles between generated modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.emit.pytypes import emitted_refs, named_refs
from generator.ir import Api, Operation, TypeRef

SHARED = "_shared"


@dataclass
class ModulePlan:
    name: str
    definitions: list[str] = field(default_factory=list)  # in emission order
    imports_from_shared: list[str] = field(default_factory=list)


def dependencies(api: Api, name: str) -> list[str]:
    """Definitions that `name` refers to, in a stable order."""
    deps: list[str] = []
    if name in api.models:
        model = api.models[name]
        for f in model.fields:
            deps.extend(emitted_refs(f.type, api.enums))
        deps.extend(emitted_refs(model.additional, api.enums))
    elif name in api.unions:
        for variant in api.unions[name].variants:
            deps.extend(emitted_refs(variant.type, api.enums))
    return list(dict.fromkeys(deps))


def operation_refs(op: Operation) -> list[str]:
    refs: list[TypeRef | None] = [p.type for p in op.parameters]
    if op.request_body:
        refs.append(op.request_body.type)
    refs.extend(r.type for r in op.responses)
    refs.extend(h.type for r in op.responses for h in r.headers)
    return list(dict.fromkeys(name for ref in refs for name in named_refs(ref)))


def plan_modules(api: Api) -> dict[str, ModulePlan]:
    all_names, graph, module_of = assign_modules(api)
    plans: dict[str, ModulePlan] = {}
    for name in _emission_order(all_names, graph, api):
        plans.setdefault(module_of[name], ModulePlan(module_of[name])).definitions.append(name)
    for plan in plans.values():
        if plan.name == SHARED:
            continue
        own = set(plan.definitions)
        shared = {dep for name in plan.definitions for dep in graph[name] if dep not in own}
        plan.imports_from_shared = sorted(shared)
    return dict(sorted(plans.items()))


def assign_modules(api: Api) -> tuple[list[str], dict[str, list[str]], dict[str, str]]:
    """Sets each definition's `module`; (all names, dependency graph, module of each name).

    The diff needs only the modules, not the emission order and imports of a full plan.
    """
    # enums are written inline as Literal[...]; a component enum is an alias of its own
    all_names = [*(n for n, e in api.enums.items() if e.origin == "component"), *api.models, *api.unions]
    graph = {name: dependencies(api, name) for name in all_names}
    users: dict[str, set[str]] = {name: set() for name in all_names}
    for op in api.operations:
        for root in operation_refs(op):
            if root in graph:  # not an enum written inline
                _mark(root, op.resource, graph, users)
    module_of: dict[str, str] = {}
    for name in all_names:
        component = name in api.models and api.models[name].origin == "component"
        mods = users[name]
        module_of[name] = next(iter(mods)) if len(mods) == 1 and not component else SHARED
    # Whatever a shared definition uses must be shared too: the closure, walked once
    # (not rescanning every name until nothing changes).
    stack = [name for name in all_names if module_of[name] == SHARED]
    while stack:
        for dep in graph[stack.pop()]:
            if module_of[dep] != SHARED:
                module_of[dep] = SHARED
                stack.append(dep)
    for name, module in module_of.items():
        for table in (api.models, api.enums, api.unions):
            if name in table:
                table[name].module = module
    return all_names, graph, module_of


def _mark(root: str, module: str, graph: dict[str, list[str]], users: dict[str, set[str]]) -> None:
    stack = [root]
    while stack:
        name = stack.pop()
        if module in users[name]:
            continue
        users[name].add(module)
        stack.extend(graph[name])


def _emission_order(names: list[str], graph: dict[str, list[str]], api: Api) -> list[str]:
    """A depth-first post-order, so most references point backwards."""
    order: list[str] = []
    done: set[str] = set()
    for start in names:
        if start in done:
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        on_path = {start}
        while stack:
            name, index = stack[-1]
            deps = graph[name]
            if index < len(deps):
                stack[-1] = (name, index + 1)
                dep = deps[index]
                if dep not in done and dep not in on_path:
                    stack.append((dep, 0))
                    on_path.add(dep)
            else:
                stack.pop()
                on_path.discard(name)
                if name not in done:
                    done.add(name)
                    order.append(name)
    return order
