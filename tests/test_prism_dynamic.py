"""Issue 10's sweep: every operation of the real spec against Prism in dynamic mode.

Prism (`--dynamic --seed N`) answers each request with a random payload generated from the
response schema; several seeds give several payloads per operation. For each call:

- the request must be valid (no request violations from Prism);
- the body on the wire must be exactly what the caller passed: request bodies are passed
  as models built from a valid payload, and the JSON sent must equal that payload;
- the response must parse in strict mode; when it does not, Prism's own report on its
  response (`sl-violations`, location "response") must say it broke the schema, and that
  report is listed as the evidence of a Prism fault (never skipped silently);
- the default lenient client must hand back models wherever models are declared.

`make prism-sweep` runs this alone; PRISM_SEEDS (default "1,2,3") picks the seeds.
"""

from __future__ import annotations

import decimal
import json
import os
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import httpx
import pydantic
import pytest

from generator.ir import Operation
from generator.parser.pagination import primary_response
from tests.conftest import GeneratedSdk
from tests.support.prism import prism_binary, request_violations, response_violations, running_prism
from tests.support.shapes import dicts_where_models_are_declared
from tests.test_conformance_prism import AMBIGUOUS_ONE_OF, _one_of_failure, calls_for
from tests.test_lenient_parsing import _annotation

pytestmark = pytest.mark.slow
SEEDS = [s.strip() for s in os.environ.get("PRISM_SEEDS", "1,2,3").split(",") if s.strip()]


@pytest.fixture(params=SEEDS, ids=[f"seed{s}" for s in SEEDS])
def dynamic_prism(request: pytest.FixtureRequest, real_spec: Path) -> Iterator[tuple[str, str]]:
    if prism_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("Prism is not installed; `make test` installs it with npm ci")
        pytest.skip("Prism is not installed (run `npm ci` or `make test`)")
    with running_prism(real_spec, dynamic=True, seed=request.param, timeout=120) as url:
        yield request.param, url


def _as_models(sdk: GeneratedSdk, op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The body argument as the model a user would build from it (how decimals get typed)."""
    body = op.request_body
    if "body" not in kwargs or body is None or body.type is None:
        return kwargs
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(_annotation(sdk, body.type))
    return {**kwargs, "body": adapter.validate_python(kwargs["body"])}


def same_json(sent: Any, expected: Any) -> bool:
    """JSON equality: same types (a number is not a string, a boolean is not a number) and
    numbers equal exactly; JSON has one number type, so 5 and 5.0 are the same number."""
    if isinstance(sent, bool) or isinstance(expected, bool):
        return type(sent) is type(expected) and sent == expected
    if isinstance(sent, (int, float, decimal.Decimal)) and isinstance(expected, (int, float, decimal.Decimal)):
        return decimal.Decimal(str(sent)) == decimal.Decimal(str(expected))
    if isinstance(sent, dict) and isinstance(expected, dict):
        return sent.keys() == expected.keys() and all(same_json(sent[k], expected[k]) for k in sent)
    if isinstance(sent, list) and isinstance(expected, list):
        return len(sent) == len(expected) and all(same_json(a, b) for a, b in zip(sent, expected))
    return type(sent) is type(expected) and sent == expected


def test_same_json_tells_numbers_strings_and_booleans_apart() -> None:
    assert same_json({"a": [5.0, "x"]}, {"a": [5, "x"]}) and same_json(decimal.Decimal("20.50"), 20.5)
    assert not same_json({"a": "20.5"}, {"a": 20.5}) and not same_json(True, 1) and not same_json({"a": 1}, {"a": 1, "b": 2})


def sweep(sdk_package: GeneratedSdk, url: str) -> tuple[Counter[str], list[str], list[str]]:
    """(outcome counts, failures, Prism faults with their evidence)."""
    sdk = __import__(sdk_package.package)
    response_module = sdk_package.module("_response")
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    client = sdk.AmpecoReal(api_token="t", base_url=url, max_retries=0, http_client=http)
    counts: Counter[str] = Counter()
    failures: list[str] = []
    prism_faults: list[str] = []
    api = sdk_package.api
    for op in api.operations:
        response_ref = primary_response(op)
        kind = _annotation(sdk_package, response_ref) if response_ref is not None else None
        envelope = next((r.envelope for r in op.responses if r.type is response_ref and r.envelope), None)
        for label, args, kwargs in calls_for(api, op, keywords=False):
            name = f"{op.operation_id}{label}"
            counts["calls"] += 1
            sent.clear()
            method = getattr(getattr(client.with_raw_response, op.resource), op.method_name)
            try:
                arguments = _as_models(sdk_package, op, kwargs)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    raw = method(*args, **arguments)
            except sdk.APIStatusError as error:
                problems = request_violations(error.headers, error.response.content)
                if name in AMBIGUOUS_ONE_OF and any(_one_of_failure(p) for p in problems):
                    counts["ambiguous oneOf request (Prism, see test_conformance_prism)"] += 1
                    continue
                failures.append(f"{name}: HTTP {error.status_code} {problems}")
                continue
            if "body" in kwargs:
                counts["bodies"] += 1
                wire = json.loads(sent[-1].content, parse_float=decimal.Decimal)
                if not same_json(wire, kwargs["body"]):
                    failures.append(f"{name}: body on the wire {wire} differs from what was passed {kwargs['body']}")
            problems = request_violations(raw.headers, raw.content)
            if problems:
                failures.append(f"{name}: request violations {problems}")
                continue
            if kind is None:
                counts["passed"] += 1
                continue
            body = raw.json() if raw.content else None
            if envelope is not None and isinstance(body, dict):  # the method returns what `data` holds
                body = body.get(envelope)
            evidence = response_violations(raw.headers)
            if evidence:  # Prism's own verdict on the payload it generated
                prism_faults.append(f"{name}: {'; '.join(e[:160] for e in evidence[:3])}")
                counts["Prism flagged its own response"] += 1
            try:
                response_module.parse(kind, body, raw.http_response, True)
            except sdk.APIResponseValidationError as error:
                if not evidence:
                    failures.append(f"{name}: a valid response was rejected: {str(error)[:400]}")
                    continue
                counts["rejected, and Prism says its response is invalid"] += 1
            lenient = raw.parse()
            parsed = lenient.response if isinstance(lenient, sdk.SyncPage) else lenient
            failures += [f"{name}: {p}" for p in dicts_where_models_are_declared(kind, parsed)]
            counts["passed"] += 1
    http.close()
    return counts, failures, prism_faults


def test_every_operation_against_dynamic_prism(real_sdk: GeneratedSdk, dynamic_prism: tuple[str, str]) -> None:
    seed, url = dynamic_prism
    counts, failures, prism_faults = sweep(real_sdk, url)
    print(f"\nPrism dynamic, seed {seed}: {dict(counts)}")
    for fault in sorted(prism_faults):
        print(f"  Prism fault: {fault}")
    assert not failures, f"{len(failures)} of {counts['calls']} calls failed:\n" + "\n".join(failures[:50])
    assert counts["calls"] >= len(real_sdk.api.operations) == 452 and counts["bodies"] >= 150
