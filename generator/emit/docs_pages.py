"""The Markdown pages (and mkdocs.yml) of the generated SDK: {relative path: text}."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import jinja2

from generator import media
from generator.emit import text
from generator.emit.arguments import arguments
from generator.emit.docs import Linker, cell, definition_doc, method_doc, users_of
from generator.emit.examples import FILE_CONTENT, call_arguments, minimal_value, python_literal
from generator.emit.lookups import operations_of, replacement_for
from generator.emit.params import RequestTypes
from generator.emit.plan import SHARED
from generator.emit.streams import events_of
from generator.ir import Api, Operation, Resource
from generator.ir import types as t
from generator.parser.pagination import primary_response, returns_events


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
    answers = [o for o in api.operations if not returns_events(o)]  # a first call prints what it gets, not a stream
    getter = (
        _pick([o for o in answers if o.method == "get" and any(p.location == "path" for p in o.parameters)], main, "retrieve")
        or _pick([o for o in answers if o.method == "get"], main, "retrieve")
        # an API of POSTs alone (Outline's `documents.info`): a call that answers with something
        or _pick([o for o in answers if primary_response(o) is not None], main, "info")
    )
    deprecated = next((o for o in api.operations if o.deprecated and replacement_for(api, o)), None)
    head = f"from {package} import {client_name}\n\nclient = {client_name}()"
    examples = dict.fromkeys(
        ("first_call", "errors", "retries", "raw", "pagination", "async", "deprecations", "requests", "uploads", "streaming"), ""
    )
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
    examples["uploads"] = _upload_example(api, package, client_name, main)
    examples["streaming"] = _streaming_example(api, head, main)
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


def _streaming_example(api: Api, head: str, main: str) -> str:
    """A call that answers with server-sent events, read as they come: one that asks with
    `stream=True` if the API has one (as its users will mostly call it), else one that always streams."""
    some = [o for o in api.operations if any(media.is_event_stream(r.content_type) for r in o.responses)]
    found = [(o, events_of(o, arguments(api, o, RequestTypes(api, {})))) for o in some]
    streaming = [(o, e) for o, e in found if e is not None]
    chosen = _pick([o for o, e in streaming if e.switch is not None], main, "create") or _pick([o for o, _ in streaming], main, "stream")
    if chosen is None:
        return ""
    events = next(e for o, e in streaming if o is chosen)
    given = call_arguments(api, chosen)
    if events.switch is not None:
        given += (", " if given else "") + f"{events.switch.name}=True"
    return f"{head}\nwith client.{chosen.resource}.{chosen.method_name}({given}) as stream:\n    for event in stream:\n        print(event)"


def _upload_example(api: Api, package: str, client_name: str, main: str) -> str:
    """A call that uploads a file from its path; "" when no operation takes a required file."""
    file = python_literal(FILE_CONTENT)
    uploads = [
        o for o in api.operations
        if not o.deprecated and o.request_body is not None and o.request_body.content_type.startswith("multipart/form-data")
        and file in call_arguments(api, o)
    ]
    upload = _pick(uploads, main, "create")
    if upload is None:
        return ""
    arguments = call_arguments(api, upload).replace(file, 'Path("report.pdf")', 1).replace(file, 'open("notes.txt", "rb")')
    return (
        f"from pathlib import Path\n\nfrom {package} import {client_name}\n\nclient = {client_name}()\n"
        f"result = client.{upload.resource}.{upload.method_name}({arguments})\nprint(result)"
    )


_PAGING = {
    "cursor": "`links.next` (or `meta.next_cursor`, or page numbers)",
    "page": "`links.next` (or `meta.next_cursor`, or page numbers)",
    "has_more": "the cursor after the last item while `has_more` is true",
    "link": "the `Link` header's next page",
    "offset": "the `offset` after the page's items",
    "body_cursor": "the cursor the page names (`list_metadata.after`, `pagination.next_cursor`)",
}


def paging_rule(api: Api) -> str:
    """How this API's lists lead to their next pages, in the README's words."""
    kinds = dict.fromkeys(_PAGING[op.pagination] for op in api.operations if op.pagination in _PAGING)
    return "; ".join(kinds) or "the next page the API names"


def _model_pages(api: Api) -> dict[str, list[str]]:
    """Module -> the definitions its page documents: models and unions that are not components
    (those are on schemas.md; enums are written inline, with their values)."""
    modules: dict[str, list[str]] = {}
    for table in (api.models, api.unions):
        for name, definition in table.items():
            if getattr(definition, "origin", "inline") != "component":
                modules.setdefault(definition.module or SHARED, []).append(name)
    return modules


class DocPages:
    """The docs' pages as a list of units, each rendered on its own (one or a few files): a
    page per resource, the endpoint and deprecation tables, the index and README, mkdocs.yml,
    the components' page (schemas.md) and a page per module of the other definitions.

    The pipeline deals them out to two processes (generator.dealer), the resources' pages from
    the front of the list, the models' from the back: each process starts with the kind it
    would have made alone.
    """

    def __init__(self, api: Api, env: jinja2.Environment, common: dict[str, Any]) -> None:
        self.api, self.env, self.common = api, env, common
        model_pages = self._model_pages
        self.units: list[Callable[[], dict[str, str]]] = [
            *(functools.partial(self._resource, resource) for resource in api.resources),
            self._endpoints, self._deprecations, self._index, self._mkdocs, self._schemas,
            *(functools.partial(self._models, module) for module in sorted(model_pages)),
        ]

    def __len__(self) -> int:
        return len(self.units)

    def render(self, indices: Iterable[int] | None = None) -> dict[str, str]:
        """The pages of the units at `indices` (by default all)."""
        files: dict[str, str] = {}
        for index in range(len(self.units)) if indices is None else indices:
            files.update(self.units[index]())
        return files

    @functools.cached_property
    def _linker(self) -> Linker:
        return Linker(self.api)

    @functools.cached_property
    def _users(self) -> dict[str, list[Operation]]:
        return users_of(self.api)

    @functools.cached_property
    def _model_pages(self) -> dict[str, list[str]]:
        return _model_pages(self.api)

    @functools.cached_property
    def _resources(self) -> list[dict[str, Any]]:
        return [{"name": r.name, "tag": r.tag, "count": len(operations_of(self.api, r.name))} for r in self.api.resources]

    def _render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context, **self.common)

    def _resource(self, resource: Resource) -> dict[str, str]:
        api, common = self.api, self.common
        ops = operations_of(api, resource.name)
        methods = [method_doc(api, op, self._linker, common["package"], common["client_name"]) for op in ops]
        page = self._render("docs/resource.md.jinja", resource=resource, description=cell(resource.description), methods=methods)
        return {f"docs/resources/{resource.name}.md": page}

    def _endpoints(self) -> dict[str, str]:
        endpoints = [
            {
                "method": o.method.upper(), "path": cell(o.path), "summary": cell(o.summary),
                "sdk": _method_link(o), "deprecated": "yes" if o.deprecated else "",
            }
            for o in self.api.operations
        ]
        return {"docs/endpoints.md": self._render("docs/endpoints.md.jinja", endpoints=endpoints)}

    def _deprecations(self) -> dict[str, str]:
        deprecations = []
        for o in (o for o in self.api.operations if o.deprecated):
            successor = replacement_for(self.api, o)
            deprecations.append({
                "old": _method_link(o), "operation": cell(o.operation_id),
                "new": _method_link(successor) if successor else "— (none derivable)",
            })
        return {"docs/deprecations.md": self._render("docs/deprecations.md.jinja", deprecations=deprecations)}

    def _index(self) -> dict[str, str]:
        """The docs' index, and the README: the same page with links into docs/."""
        examples = readme_examples(self.api, self.common["package"], self.common["client_name"])
        context = {"examples": examples, "resources": self._resources, "paging": paging_rule(self.api)}
        return {
            "docs/index.md": self._render("docs/index.md.jinja", docs_prefix="", **context),
            "README.md": self._render("docs/index.md.jinja", docs_prefix="docs/", **context),
        }

    def _mkdocs(self) -> dict[str, str]:
        return {"mkdocs.yml": self._render("docs/mkdocs.yml.jinja", resources=self._resources, model_pages=sorted(self._model_pages))}

    def _schemas(self) -> dict[str, str]:
        api = self.api
        components = [
            definition_doc(api, d.name, self._linker, 0, self._used_by(d.name, 0))
            for table in (api.models, api.enums) for d in table.values() if d.origin == "component"
        ]
        return {"docs/schemas.md": self._render("docs/schemas.md.jinja", schemas=components)}

    def _models(self, module: str) -> dict[str, str]:
        names = sorted(self._model_pages[module])
        docs = [definition_doc(self.api, n, self._linker, 1, self._used_by(n, 1)) for n in names]
        return {f"docs/models/{module}.md": self._render("docs/models.md.jinja", module=module, definitions=docs)}

    def _used_by(self, name: str, depth: int) -> list[str]:
        ops = sorted(self._users.get(name, []), key=lambda o: (o.resource, o.method_name))
        return [_method_link(o, "../" * depth) for o in ops[:12]]


def _method_link(op: Operation, up: str = "") -> str:
    return f"[{op.resource}.{op.method_name}]({up}resources/{op.resource}.md#{op.method_name})"
