"""Decides which generated module holds each definition, and in which order.

Every definition is listed in one public module of `types`: a definition used by one
resource only in that resource's module, component schemas and anything reached from
more than one resource in `_shared`. Those modules only re-export: the classes are
defined in small files under `types/_defs`, one per model with the classes only it uses
(a cycle of classes shares a file), so that a call builds only the classes it parses.
The files import each other along the references, which never form a cycle.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

from generator import naming
from generator.emit.pytypes import emitted_refs, named_refs
from generator.ir import Api, Operation, TypeRef

SHARED = "_shared"
DEFS = "_defs"  # the package of `types` whose files define the classes


@dataclass
class DefsFile:
    """One file of `types/_defs`: a definition, and those only it uses."""

    name: str
    main: str  # the definition the file is named after
    definitions: list[str] = field(default_factory=list)  # in emission order
    imports: dict[str, list[str]] = field(default_factory=dict)  # other file -> names


@dataclass
class ModulePlan:
    name: str
    definitions: list[str] = field(default_factory=list)  # in emission order
    files: dict[str, list[str]] = field(default_factory=dict)  # defining file -> names, re-exported here


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


def plan_modules(api: Api) -> tuple[dict[str, ModulePlan], list[DefsFile]]:
    """The public modules of `types`, and the files under `types/_defs` that define their names."""
    all_names, graph, module_of = assign_modules(api)
    file_of, main_of = _assign_files(api, all_names, graph, module_of)
    plans: dict[str, ModulePlan] = {}
    files: dict[str, DefsFile] = {}
    for name in _emission_order(all_names, graph, api):
        plan = plans.setdefault(module_of[name], ModulePlan(module_of[name]))
        plan.definitions.append(name)
        plan.files.setdefault(file_of[name], []).append(name)
        files.setdefault(file_of[name], DefsFile(file_of[name], main_of[file_of[name]])).definitions.append(name)
    for plan in plans.values():
        plan.files = dict(sorted(plan.files.items()))
    for defs in files.values():
        imports: dict[str, set[str]] = {}
        for dep in (dep for name in defs.definitions for dep in graph[name]):
            if file_of[dep] != defs.name:
                imports.setdefault(file_of[dep], set()).add(dep)
        defs.imports = {other: sorted(names) for other, names in sorted(imports.items())}
    return dict(sorted(plans.items())), sorted(files.values(), key=lambda defs: defs.name)


def _assign_files(
    api: Api, names: list[str], graph: dict[str, list[str]], module_of: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The file of `types/_defs` of each definition, and the definition each file is named after.

    Definitions that refer to each other in a cycle form one unit. A unit that only one
    other unit refers to (and no operation, and that is no component schema) goes into
    that unit's file, as a nested helper class would; any other unit has a file of its own,
    named after its first definition. Merging along a sole reference keeps the files acyclic.
    """
    unit_of = _cycles(names, graph)
    referrers: dict[str, set[str]] = {unit: set() for unit in unit_of.values()}
    for name in names:
        for dep in graph[name]:
            if unit_of[dep] != unit_of[name]:
                referrers[unit_of[dep]].add(unit_of[name])
    rooted = {unit_of[root] for op in api.operations for root in operation_refs(op) if root in unit_of}
    rooted |= {unit_of[n] for n in names if n in api.enums or (n in api.models and api.models[n].origin == "component")}
    owner = {
        unit: next(iter(users))
        for unit, users in referrers.items()
        if len(users) == 1 and unit not in rooted and module_of[next(iter(users))] == module_of[unit]
    }

    def root(unit: str) -> str:
        while unit in owner:
            unit = owner[unit]
        return unit

    taken: set[str] = set()
    file_names: dict[str, str] = {}
    for name in names:  # units are named after their first definition: stable across runs
        if unit_of[name] == name and root(name) == name:
            file_names[name] = naming.unique(_file_name(name), taken)
    main_of = {file: name for name, file in file_names.items()}
    return {name: file_names[root(unit_of[name])] for name in names}, main_of


def _file_name(name: str) -> str:
    """`ChargePointV2` -> `charge_point_v2`: a class name in snake case, digits kept with their word."""
    stem = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower() or "definition"
    return f"{stem}_" if keyword.iskeyword(stem) or keyword.issoftkeyword(stem) else stem


def _cycles(names: list[str], graph: dict[str, list[str]]) -> dict[str, str]:
    """Each name's unit: its strongly connected component, named by its first member in `names`."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    unit_of: dict[str, str] = {}
    position = {name: i for i, name in enumerate(names)}
    for start in names:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:  # Tarjan's algorithm, iterative: recursion would be too deep for big specs
            name, i = work[-1]
            if i == 0:
                index[name] = low[name] = len(index)
                stack.append(name)
                on_stack.add(name)
            deps = graph[name]
            if i < len(deps):
                work[-1] = (name, i + 1)
                dep = deps[i]
                if dep not in index:
                    work.append((dep, 0))
                elif dep in on_stack:
                    low[name] = min(low[name], index[dep])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[name])
            if low[name] == index[name]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == name:
                        break
                first = min(members, key=position.__getitem__)
                unit_of.update((member, first) for member in members)
    return unit_of


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
