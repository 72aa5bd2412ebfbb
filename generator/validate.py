"""Structural validation of an OpenAPI 3.0 / 3.1 document.

It checks what the generator relies on and reports the first problem with its file and
JSON pointer. A full JSON-Schema validation of the meta-schema costs seconds on a 3 MB spec
and reports deep, hard-to-read errors; the checks here are the ones that change the output.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NoReturn, Protocol

from generator import pointers
from generator.errors import RefEscapeError, SpecError

Location = tuple[str, str]


class Spec(Protocol):
    """What validation reads of a loaded spec (generator.loader.Spec, which imports this module)."""

    root: dict[str, Any]
    warnings: list[str]  # obvious-reading violations, generated with a warning
    size: int | None  # objects and lists met, the budget's unit (set here when refs are walked)
    has_refs: bool  # whether the text may hold a $ref at all

    @property
    def display_name(self) -> str: ...

    def file_label(self, file: str) -> str: ...

    def node(self, loc: Location) -> Any: ...

    def ref_target(self, ref: object, at: Location) -> Location: ...

    def deref(self, node: Any, loc: Location) -> tuple[Any, Location]: ...


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PARAM_LOCATIONS = ("query", "path", "header", "cookie")
TEMPLATE_PARAM = re.compile(r"{([^{}]+)}")
_STATUS = re.compile(r"^(?:[1-5](?:\d\d|XX)|default)$", re.IGNORECASE)


def validate_spec(spec: Spec) -> None:
    root = spec.root
    fail = _failer(spec.display_name)
    version = root.get("openapi")
    if "swagger" in root:
        fail("#/swagger", "Swagger 2.0 is not supported; convert the spec to OpenAPI 3.0 or 3.1 first")
    if version is None:
        fail("#", "missing 'openapi' version field (expected 3.0.x or 3.1.x)")
    if not isinstance(version, str):
        fail("#/openapi", f"'openapi' must be a string like \"3.0.3\" (got {version!r}; quote it in YAML)")
    if not re.match(r"^3\.[01]\.\d+", version):
        fail("#/openapi", f"unsupported OpenAPI version {version!r}; sdkgen reads 3.0.x and 3.1.x")
    info = root.get("info")
    if not isinstance(info, dict):
        fail("#/info", "missing 'info' object")
    for key in ("title", "version"):
        if not isinstance(info.get(key), str):
            fail(f"#/info/{key}", f"'info.{key}' must be a string")
    paths = root.get("paths", {} if version.startswith("3.1") else None)
    if "paths" not in root and paths is None:
        # Clerk's webhooks document: 3.0 requires paths (3.1 allows webhooks alone)
        fail("#/paths", "'paths' is missing (OpenAPI 3.0 requires it; an API with no paths can say `paths: {}`)")
    if not isinstance(paths, dict):
        fail("#/paths", "'paths' must be an object")
    _check_servers(root.get("servers"), fail)
    components = root.get("components", {})
    if not isinstance(components, dict):
        fail("#/components", "'components' must be an object")
    for section, value in components.items():
        if not isinstance(value, dict):
            fail(pointers.join("#/components", section), "must be an object")
        if "$ref" in value:
            fail(
                pointers.join("#/components", section),
                f"'components.{section}' cannot be a $ref: OpenAPI allows a $ref for each entry "
                f"(`Name: {{$ref: ...}}`), not for the whole map",
            )
    _check_paths(spec, paths, fail)
    if spec.has_refs:  # a spec without any (AMPECO's) has nothing to check: 6% of a generation
        _check_refs(spec, root, "#", fail)


def _failer(label: str) -> Callable[[str, str], NoReturn]:
    def fail(pointer: str, message: str) -> NoReturn:
        raise SpecError(label, pointer, message)

    return fail


def _check_servers(servers: Any, fail: Any) -> None:
    if servers is None:
        return
    if not isinstance(servers, list):
        fail("#/servers", "'servers' must be a list")
    for index, server in enumerate(servers):
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            fail(f"#/servers/{index}", "a server needs a string 'url'")


def _check_paths(spec: Spec, paths: dict[str, Any], fail: Any) -> None:
    seen_ids: dict[str, str] = {}
    for path, item in paths.items():
        item_ptr = pointers.join("#/paths", path)
        if not isinstance(path, str) or not path.startswith("/"):
            fail(item_ptr, "a path must start with '/'")
        if not isinstance(item, dict):
            fail(item_ptr, "a path item must be an object")
        item, item_loc = spec.deref(item, ("", item_ptr))
        if not isinstance(item, dict):
            fail(item_ptr, "a path item must be an object")
        item_fail = _failer(spec.file_label(item_loc[0])) if item_loc[0] else fail
        shared = _parameter_list(spec, item.get("parameters", []), (item_loc[0], pointers.join(item_loc[1], "parameters")), fail)
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op_ptr = pointers.join(item_loc[1], method)
            operation = item[method]
            file_fail = item_fail
            if not isinstance(operation, dict):
                file_fail(op_ptr, "an operation must be an object")
            op_file = item_loc[0]
            if "$ref" in operation:
                # not allowed by OpenAPI 3.x, but published so (Redocly-style split specs) and with
                # one reading: the operation is what the ref points to
                warning = (
                    f"{spec.file_label(item_loc[0])}: {op_ptr}: an Operation object cannot be a $ref in OpenAPI 3.x "
                    f"(only path items, parameters, bodies, responses...); followed it"
                )
                spec.warnings.append(warning)
                operation, (op_file, op_ptr) = spec.deref(operation, (item_loc[0], op_ptr))
                if not isinstance(operation, dict):
                    file_fail(op_ptr, "an operation must be an object")
                file_fail = _failer(spec.file_label(op_file)) if op_file else fail
            tags = operation.get("tags")
            if tags is not None and (not isinstance(tags, list) or not all(isinstance(t, str) for t in tags)):
                file_fail(pointers.join(op_ptr, "tags"), "'tags' must be a list of strings")
            op_id = operation.get("operationId")
            if op_id is not None:
                if not isinstance(op_id, str) or not op_id.strip():
                    file_fail(pointers.join(op_ptr, "operationId"), "operationId must be a non-empty string")
                if op_id in seen_ids:
                    file_fail(pointers.join(op_ptr, "operationId"), f"duplicate operationId {op_id!r} (first at {seen_ids[op_id]})")
                seen_ids[op_id] = op_ptr
            params = shared | _parameter_list(
                spec, operation.get("parameters", []), (op_file, pointers.join(op_ptr, "parameters")), fail
            )
            declared = {name for (name, where) in params if where == "path"}
            in_template = set(TEMPLATE_PARAM.findall(path))
            for name in sorted(in_template - declared):
                file_fail(op_ptr, f"path parameter {{{name}}} is used in the path but not declared")
            for name in sorted(declared - in_template):
                # Radarr's `GET /` declares a `path`: no URL can carry it, the method does not take it
                warning = f"{spec.file_label(op_file)}: {op_ptr}: path parameter {name!r} is declared but not in the path; left out"
                if warning not in spec.warnings:
                    spec.warnings.append(warning)
            responses = operation.get("responses")
            if responses is not None and not isinstance(responses, dict):
                file_fail(pointers.join(op_ptr, "responses"), "'responses' must be an object")
            for code in responses or {}:
                if not _STATUS.match(str(code)):
                    file_fail(
                        pointers.join(op_ptr, "responses", str(code)),
                        f"response code {str(code)!r} is not an HTTP status code (100-599), a range like '2XX', or 'default'",
                    )
            body = operation.get("requestBody")
            if body is not None and not isinstance(body, dict):
                file_fail(pointers.join(op_ptr, "requestBody"), "'requestBody' must be an object")


def _parameter_list(spec: Spec, params: Any, at: tuple[str, str], root_fail: Any) -> set[tuple[str, str]]:
    """The (name, in) pairs of a parameter list found at `at` (a file and pointer: refs are relative to that file)."""
    list_fail = _failer(spec.file_label(at[0])) if at[0] else root_fail
    if not isinstance(params, list):
        list_fail(at[1], "'parameters' must be a list")
    found: set[tuple[str, str]] = set()
    for index, raw in enumerate(params):
        param, loc = spec.deref(raw, (at[0], pointers.join(at[1], index)))
        where = loc[1]
        fail = _failer(spec.file_label(loc[0])) if loc[0] else root_fail
        if not isinstance(param, dict):
            fail(where, "a parameter must be an object")
        name, location = param.get("name"), param.get("in")
        if not isinstance(name, str) or not name:
            fail(where, "a parameter needs a non-empty string 'name'")
        if location not in PARAM_LOCATIONS:
            fail(pointers.join(where, "in"), f"'in' must be one of {', '.join(PARAM_LOCATIONS)}, not {location!r}")
        if location == "path" and param.get("required") is not True:
            # a MUST with one reading: a path parameter is always sent, so it is required
            warning = f"{spec.file_label(loc[0])}: {where}: path parameter {name!r} lacks 'required: true'; generated as required"
            if warning not in spec.warnings:
                spec.warnings.append(warning)
        if "schema" not in param and "content" not in param:
            fail(where, f"parameter {name!r} needs a 'schema' or 'content'")
        found.add((name, location))
    return found


def _check_refs(spec: Spec, node: Any, ptr: str, fail: Any) -> None:
    """Every $ref must point somewhere; checked once, up front, so later errors are about meaning.

    The files that refs reach are walked too, each ref resolved from its own file's folder.
    """
    # Each node carries a trail (parent trail, key) instead of its pointer: the walk visits
    # every node of the spec, and a pointer is only needed where a $ref is checked.
    # (node, trail, file, whether its keys are names, whether it is an example: a broken ref
    # there is the spec's mistake the SDK never meets, so a warning and not a refusal)
    stack: list[tuple[Any, Any, str, bool, bool]] = [(node, ptr, "", False, False)]
    checked: set[tuple[str, str]] = set()
    visited: set[int] = set()  # YAML aliases share nodes, and a recursive anchor makes a cycle
    walked_files = {""}
    while stack:
        current, trail, file, named, example = stack.pop()
        if id(current) in visited:
            continue
        visited.add(id(current))
        if isinstance(current, dict) and named:  # its keys are names: a property may be `$ref` (Okta's)
            for key, value in current.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, (trail, key), file, False, example))
        elif isinstance(current, dict):
            ref = current.get("$ref")
            if ref is not None and isinstance(ref, str) and (file, ref) not in checked:
                where = _pointer(trail)
                file_fail = _failer(spec.file_label(file)) if file else fail
                try:
                    target = spec.ref_target(ref, (file, where))
                    spec.node(target)
                except SpecError as exc:
                    if isinstance(exc, RefEscapeError) or exc.file == spec.file_label(file) and exc.pointer == where:
                        file_fail(where, exc.message)
                    if example:  # Okta's `#/components/examples/CsrPkcs10Response`, which it never defines
                        spec.warnings.append(
                            f"{spec.file_label(file)}: {pointers.join(where, '$ref')}: $ref {ref!r} points nowhere; an example, left out"
                        )
                        continue
                    file_fail(pointers.join(where, "$ref"), f"$ref {ref!r} points nowhere ({exc.file}: {exc.message})")
                if "#" not in ref or ref.startswith("#"):
                    checked.add((file, ref))
                if target[0] not in walked_files and not target[0].startswith(("http://", "https://")):
                    walked_files.add(target[0])
                    stack.append((spec.node((target[0], "#")), "#", target[0], False, False))
            elif ref is not None and not isinstance(ref, str):
                (_failer(spec.file_label(file)) if file else fail)(_pointer(trail), "$ref must be a string")
            for key, value in current.items():
                if not isinstance(value, (dict, list)) or key in _LITERAL_KEYS or isinstance(key, str) and key.startswith("x-"):
                    continue
                if key == "examples" and isinstance(value, list):
                    continue  # a schema's example values (3.1)
                in_example = example or key == "examples"
                stack.append((value, (trail, key), file, key in _NAMED_SCHEMAS or key == "examples", in_example))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, (trail, index), file, False, example))
    spec.size = len(visited)


# Values that are data, not OpenAPI: a `$ref` in an example (Okta's user schema examples hold
# JSON Schema refs of their own) or in a vendor extension is text to keep, not to follow.
_LITERAL_KEYS = frozenset({"example", "value", "default", "enum", "const"})
# Maps whose keys are names the spec's author chose, any string at all (a component `value`,
# a property `$ref`): a key there means nothing to OpenAPI
_NAMED_SCHEMAS = frozenset({
    "properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "schemas", "responses",
    "parameters", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "paths",
    "webhooks", "content", "encoding", "variables",
})


def _pointer(trail: Any) -> str:
    """The JSON pointer of a trail: the root pointer, then one (parent, key) pair per level."""
    keys = []
    while not isinstance(trail, str):
        trail, key = trail
        keys.append(key)
    return pointers.join(trail, *reversed(keys))
