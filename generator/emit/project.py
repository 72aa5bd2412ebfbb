"""The generated SDK as a project: its own tests against a Prism mock, and a CI workflow.

`tests/` holds a copy of the spec (Prism mocks it), a conftest that starts Prism, and one
module per resource that calls every method once with the smallest valid arguments
(generator.emit.examples) through `with_raw_response`: the answer must be a 2xx, Prism must
have no complaint about the request, and the response must parse.
"""

from __future__ import annotations

import os
from typing import Any

import jinja2

from generator.emit import text
from generator.emit.examples import call_arguments
from generator.emit.lookups import operations_of
from generator.ir import Api, Operation
from generator.ir import types as t
from generator.loader import Spec
from generator.parser.pagination import primary_response

SPEC_FOLDER = "tests/openapi"


def spec_sources(spec: Spec) -> dict[str, str]:
    """The spec's file and the local files its $refs read: {path relative to the spec's folder: text}."""
    folder = os.path.dirname(os.path.abspath(spec.path))
    sources = {os.path.basename(spec.path): _read(spec.path)}
    for relative in sorted(spec.documents):
        if "://" not in relative:
            sources[relative] = _read(os.path.join(folder, relative))
    return sources


def _read(path: str) -> str:
    with open(path, "rb") as handle:
        return handle.read().decode("utf-8-sig")


def _test(api: Api, op: Operation) -> dict[str, Any]:
    body = op.request_body
    returned = primary_response(op)
    union_body = body is not None and body.type is not None and body.type.kind == t.UNION
    expect: str | None
    if union_body:
        expect = None  # Prism may refuse the body (see conftest's `check`): nothing to look at
    elif op.pagination:
        expect = "isinstance(result.data, list)"
    elif returned is not None and (returned.nullable or returned.kind == t.ANY):
        expect = None  # Mistral's `schema: {}`, SendGrid's nullable body: null is an answer
    elif returned is not None:
        expect = "result is not None"
    else:
        expect = "result is None"
    # an operation that only redirects (Outline's `attachments.redirect`: a 302 and its Location)
    redirect = not any(r.status.startswith("2") for r in op.responses) and any(r.status.startswith("3") for r in op.responses)
    return {
        "method": op.method_name,
        "arguments": call_arguments(api, op),
        "deprecated": op.deprecated,
        "union_body": union_body,
        "redirect": redirect,
        "expect": None if redirect else expect,
    }


def project_files(api: Api, env: jinja2.Environment, common: dict[str, Any], sources: dict[str, str]) -> dict[str, str]:
    """tests/ and the CI workflow, when the spec's text is given."""
    files: dict[str, str] = {}
    if sources:
        spec_name = next(iter(sources))
        for relative, source in sources.items():
            files[f"{SPEC_FOLDER}/{relative}"] = source
        files["tests/conftest.py"] = env.get_template("project/conftest.py.jinja").render(
            spec_name=text.string(spec_name), **common
        )
        template = env.get_template("project/test_resource.py.jinja")
        for resource in api.resources:
            ops = operations_of(api, resource.name)
            files[f"tests/test_{resource.name}.py"] = template.render(
                resource=resource, tests=[_test(api, op) for op in ops], **common
            )
        files[".github/workflows/ci.yml"] = env.get_template("project/ci.yml.jinja").render(**common)
    return files
