"""The Markdown pages (and mkdocs.yml) of the generated SDK: {relative path: text}."""

from __future__ import annotations

from typing import Any

import jinja2

from generator.emit import text
from generator.emit.arguments import arguments
from generator.emit.docs import Linker, cell, definition_doc, method_doc, users_of
from generator.emit.examples import call_arguments, minimal_value
from generator.emit.lookups import operations_of, replacement_for
from generator.emit.params import RequestTypes
from generator.emit.plan import SHARED
from generator.ir import Api, Operation
from generator.ir import types as t


def _pick(ops: list[Operation], main: str, plain: str) -> Operation | None:
    """The main resource's `plain` method (`list`, `retrieve`), else that of the resource with
    the most operations that has one, else another method of the main resource, else any: a
    README opens with `files.retrieve(...)`, not with whatever its biggest resource does first
    (Together AI's `rl.download_checkpoint`)."""
    sizes: dict[str, int] = {}
    for op in ops:
        sizes[op.resource] = sizes.get(op.resource, 0) + 1
    ops = sorted(
        (o for o in ops if not o.deprecated),
        key=lambda o: (o.method_name != plain, o.resource != main, -sizes[o.resource], o.resource, o.method_name),
    )
    return ops[0] if ops else None


def main_resource(api: Api) -> str:
    """The resource with the most (non-deprecated) operations: what the README's examples call."""
    counts: dict[str, int] = {}
    for op in api.operations:
        if not op.deprecated:
            counts[op.resource] = counts.get(op.resource, 0) + 1
    return min(counts, key=lambda name: (-counts[name], name)) if counts else ""


def readme_examples(api: Api, package: str, client_name: str) -> dict[str, str]:
    """Runnable snippets for the SDK README, built from operations this API really has."""
    main = main_resource(api)
    listing = _pick([o for o in api.operations if o.pagination], main, "list")
    getter = _pick([o for o in api.operations if o.method == "get" and any(p.location == "path" for p in o.parameters)], main, "retrieve")
    deprecated = next((o for o in api.operations if o.deprecated and replacement_for(api, o)), None)
    head = f"from {package} import {client_name}\n\nclient = {client_name}()"
    examples = dict.fromkeys(("first_call", "errors", "retries", "raw", "pagination", "async", "deprecations", "requests"), "")
    if getter is not None:
        call = f"client.{getter.resource}.{getter.method_name}({call_arguments(api, getter)})"
        examples["first_call"] = f"{head}\nresult = {call}\nprint(result)"
        examples["errors"] = (
            f"from {package} import {client_name}, APIConnectionError, APIStatusError, NotFoundError, RateLimitError\n\n"
            f"client = {client_name}()\ntry:\n    result = {call}\nexcept NotFoundError as error:\n"
            "    print(\"not found:\", error.status_code, error.body)\nexcept RateLimitError as error:\n"
            "    print(\"slow down; retry after\", error.retry_after, \"s\")\nexcept APIStatusError as error:\n"
            "    print(error.status_code, error.headers, error.body)\nexcept APIConnectionError as error:\n"
            "    print(\"network problem:\", error)"
        )
        examples["retries"] = (
            f"from {package} import {client_name}\n\nclient = {client_name}(max_retries=5, timeout=20.0)\n"
            f"result = client.{getter.resource}.{getter.method_name}({call_arguments(api, getter)}"
            f"{', ' if call_arguments(api, getter) else ''}max_retries=0, timeout=5.0)\nprint(result)"
        )
        examples["raw"] = (
            f"{head}\nraw = client.with_raw_response.{getter.resource}.{getter.method_name}({call_arguments(api, getter)})\n"
            "print(raw.status_code, raw.headers.get(\"x-ratelimit-remaining\"))\nresult = raw.parse()\nprint(result)"
        )
    if listing is not None:
        call = f"client.{listing.resource}.{listing.method_name}({call_arguments(api, listing)})"
        examples["pagination"] = (
            f"{head}\npage = {call}\nprint(len(page.data), page.has_next_page())\n"
            f"for item in page.data:  # or `for item in page:` to walk every page\n    print(item)"
        )
        examples["async"] = (
            f"import asyncio\n\nfrom {package} import Async{client_name}\n\n\nasync def main() -> None:\n"
            f"    async with Async{client_name}() as client:\n        page = await {call}\n        print(len(page.data))\n\n\nasyncio.run(main())"
        )
    examples["requests"] = _request_example(api, head, main)
    if deprecated is not None:
        successor = replacement_for(api, deprecated)
        assert successor is not None
        examples["deprecations"] = (
            f"import warnings\n\n{head}\nwith warnings.catch_warnings(record=True) as caught:\n"
            f"    warnings.simplefilter(\"always\")\n"
            f"    client.{deprecated.resource}.{deprecated.method_name}({call_arguments(api, deprecated)})\n"
            f"print(caught[0].message)  # names client.{successor.resource}.{successor.method_name}()"
        )
    return examples


def _request_example(api: Api, head: str, main: str) -> str:
    """A call with body properties as keyword arguments, and a filter dict keyed by wire names."""
    def keyword_body(op: Operation) -> bool:  # required properties, taken as keywords
        return arguments(api, op, RequestTypes(api, {})).overloaded

    creator = _pick([o for o in api.operations if not o.deprecated and keyword_body(o)], main, "create")
    lines = []
    if creator is not None:
        call = f"client.{creator.resource}.{creator.method_name}({call_arguments(api, creator)})"
        lines.append(f"{call}  # the body's properties as keyword arguments")
    for op in api.operations:
        filters = [p for p in op.parameters if p.style == "deepObject" and p.type.kind == t.MODEL and not op.deprecated]
        fields = [f for p in filters for f in api.models[str(p.type.name)].fields if f.type.kind == t.PRIMITIVE][:1]
        if op.pagination and fields:
            value = minimal_value(api, fields[0].type, fields[0].constraints)
            argument = f"{filters[0].py_name}={{{text.string(fields[0].name)}: {text.literal(value)}}}"
            lines.append(f"page = client.{op.resource}.{op.method_name}({argument})  # keys are the wire names")
            lines.append("print(page.data)")
            break
    return f"{head}\n" + "\n".join(lines) if lines else ""


def resource_pages(api: Api, env: jinja2.Environment, common: dict[str, Any]) -> dict[str, str]:
    """A page per resource, the endpoint and deprecation tables, the index (and README), mkdocs.yml."""
    package, client_name = common["package"], common["client_name"]
    linker = Linker(api)
    files: dict[str, str] = {}
    resources = []
    for resource in api.resources:
        ops = operations_of(api, resource.name)
        methods = [method_doc(api, op, linker, package, client_name) for op in ops]
        resources.append({"name": resource.name, "tag": resource.tag, "count": len(ops)})
        files[f"docs/resources/{resource.name}.md"] = env.get_template("docs/resource.md.jinja").render(
            resource=resource, description=cell(resource.description), methods=methods, **common
        )
    endpoints = [
        {
            "method": o.method.upper(), "path": cell(o.path), "summary": cell(o.summary),
            "sdk": f"[{o.resource}.{o.method_name}](resources/{o.resource}.md#{o.method_name})", "deprecated": "yes" if o.deprecated else "",
        }
        for o in api.operations
    ]
    files["docs/endpoints.md"] = env.get_template("docs/endpoints.md.jinja").render(endpoints=endpoints, **common)
    deprecations = []
    for o in (o for o in api.operations if o.deprecated):
        successor = replacement_for(api, o)
        deprecations.append({
            "old": f"[{o.resource}.{o.method_name}](resources/{o.resource}.md#{o.method_name})", "operation": cell(o.operation_id),
            "new": f"[{successor.resource}.{successor.method_name}](resources/{successor.resource}.md#{successor.method_name})" if successor else "— (none derivable)",
        })
    files["docs/deprecations.md"] = env.get_template("docs/deprecations.md.jinja").render(deprecations=deprecations, **common)
    examples = readme_examples(api, package, client_name)
    index = env.get_template("docs/index.md.jinja")
    paging = paging_rule(api)
    files["docs/index.md"] = index.render(examples=examples, resources=resources, paging=paging, docs_prefix="", **common)
    files["README.md"] = index.render(examples=examples, resources=resources, paging=paging, docs_prefix="docs/", **common)
    files["mkdocs.yml"] = env.get_template("docs/mkdocs.yml.jinja").render(
        resources=resources, model_pages=sorted(_model_pages(api)), **common
    )
    return files


_PAGING = {
    "cursor": "`links.next` (or `meta.next_cursor`, or page numbers)",
    "page": "`links.next` (or `meta.next_cursor`, or page numbers)",
    "has_more": "the cursor after the last item while `has_more` is true",
    "link": "the `Link` header's next page",
}


def paging_rule(api: Api) -> str:
    """How this API's lists lead to their next pages, in the README's words."""
    kinds = dict.fromkeys(_PAGING[op.pagination] for op in api.operations if op.pagination in _PAGING)
    return "; ".join(kinds) or "the next page the API names"


def definition_pages(api: Api, env: jinja2.Environment, common: dict[str, Any]) -> dict[str, str]:
    """The components' page (schemas.md) and a page per module of the other definitions."""
    linker = Linker(api)
    users = users_of(api)
    files: dict[str, str] = {}

    def used_by(name: str, depth: int) -> list[str]:
        ops = sorted(users.get(name, []), key=lambda o: (o.resource, o.method_name))
        return [f"[{o.resource}.{o.method_name}]({'../' * depth}resources/{o.resource}.md#{o.method_name})" for o in ops[:12]]

    components = [
        definition_doc(api, d.name, linker, 0, used_by(d.name, 0))
        for table in (api.models, api.enums) for d in table.values() if d.origin == "component"
    ]
    files["docs/schemas.md"] = env.get_template("docs/schemas.md.jinja").render(schemas=components, **common)
    for module, names in sorted(_model_pages(api).items()):
        docs = [definition_doc(api, n, linker, 1, used_by(n, 1)) for n in sorted(names)]
        files[f"docs/models/{module}.md"] = env.get_template("docs/models.md.jinja").render(module=module, definitions=docs, **common)
    return files


def _model_pages(api: Api) -> dict[str, list[str]]:
    """Module -> the definitions its page documents: models and unions that are not components
    (those are on schemas.md; enums are written inline, with their values)."""
    modules: dict[str, list[str]] = {}
    for table in (api.models, api.unions):
        for name, definition in table.items():
            if getattr(definition, "origin", "inline") != "component":
                modules.setdefault(definition.module or SHARED, []).append(name)
    return modules
