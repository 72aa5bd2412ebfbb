"""Every operation of the real spec, called through the generated client, against Prism.

Prism (`@stoplight/prism-cli`, installed by `make test`) validates each request against the
spec and reports problems in its `sl-violations` header; the SDK must then parse Prism's
response in strict mode. Arguments are synthesized from the spec: path parameters, required
query parameters, and a full request body (one call per variant when the body is a union).
"""

from __future__ import annotations

import asyncio
import os
import warnings
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.emit.arguments import body_keywords
from generator.ir import Api, Operation
from generator.ir import types as t
from tests.conftest import GeneratedSdk
from tests.payloads import sample, variant_sample
from tests.support.prism import request_violations

pytestmark = pytest.mark.slow

# Prism serves the spec's static examples as they are; these examples break their own
# schema (checked by hand), so strict parsing rightly rejects the response. The test checks
# that they still fail that way, and that the default lenient client parses them.
_DEVICE_ID = "example data.integrationParameters.device_id is an integer; the schema says string"
_ID_TAG = "example idTagUid is an integer; the schema says string"
_RFID = "example rfidTagUid is an integer; the schema says string"
_STATE = "example chargingPeriods[].state is an array; the schema says string"
_DATES = "example pricing.daysWhenApplied[].specialDates is a string; the schema says array"
# Not an example: for `allOf: [{type: string, enum: [...]}, {type: string}]` Prism generates
# "string", ignoring the enum (seen by hand: GET .../configurations/{key} -> {"key": "string"}).
_ALLOF_ENUM = "Prism ignores an enum inside allOf and sends \"string\" (configuration key, connectors[].type)"
INVALID_EXAMPLES: dict[str, str] = {
    "electricityMetersLising": _DEVICE_ID,
    "electricityMeterCreate": _DEVICE_ID,
    "electricityMeterRead": _DEVICE_ID,
    "electricityMeterUpdate": _DEVICE_ID,
    "idTagsListing": _ID_TAG,
    "idTagCreate": _ID_TAG,
    "idTagRead": _ID_TAG,
    "idTagUpdate": _ID_TAG,
    "rfidTagsListingDeprecated": _RFID,
    "rfidTagCreateDeprecated": _RFID,
    "rfidTagReadDeprecated": _RFID,
    "rfidTagUpdateDeprecated": _RFID,
    "sessionsListing": _STATE,
    "sessionRead": _STATE,
    "tariffSnapshotRead": _DATES,
    "tariffsListing": _DATES,
    "tariffCreate": _DATES,
    "tariffRead": _DATES,
    "tariffUpdate": _DATES,
    "chargePointConfigurationsListingDeprecated": _ALLOF_ENUM,
    "chargePointConfigurationReadDeprecated": _ALLOF_ENUM,
    "evsesListingDeprecated": _ALLOF_ENUM,
    "evseReadDeprecated": _ALLOF_ENUM,
    "evseUpdateDeprecated": _ALLOF_ENUM,
}
# Request bodies whose `oneOf` no payload can match exactly once, because the variants do not
# exclude each other in JSON Schema terms (no additionalProperties: false, no distinct
# required keys). Prism, validating by the letter, rejects every payload with "must match
# exactly one schema in oneOf"; the SDK still sends the variant the caller built.
AMBIGUOUS_ONE_OF: dict[str, str] = {
    "chargePointSyncConfiguration": "keys[]: a string enum or any string; every enum value matches both",
    "configurationTemplateVariableUpdate variant 0": "OCPP 1.6 / 2.0.1 variables: neither variant requires a key",
    **{f"createPaymentTerminal variant {i}": "variants told apart only by title; several require nothing extra" for i in range(12)},
    **{f"updatePaymentTerminal variant {i}": "variants told apart only by title; none requires a key" for i in range(12)},
    "roamingProviderCreate variant 0": "Hubject / OCPI: the shared base satisfies both variants",
    "roamingProviderCreate variant 1": "Hubject / OCPI: the shared base satisfies both variants",
}


# Our spec copies the payment-terminal shape on purpose: variants told apart only by title.
OWN_AMBIGUOUS_ONE_OF = {f"createPaymentTerminal variant {i}": "as the real spec: title-only variants" for i in range(3)}


def calls_for(api: Api, op: Operation, keywords: bool = True) -> list[tuple[str, list[Any], dict[str, Any]]]:
    """(label, positional args, keyword args) for each call to make; `keywords=False` passes `body=`."""
    args = [sample(api, p.type) for p in op.parameters if p.location == "path"]
    kwargs = {
        p.py_name: sample(api, p.type, request=True)
        for p in op.parameters
        if p.location != "path" and (p.location == "query" or p.required)
    }
    body = op.request_body
    if body is None or body.type is None:
        return [("", args, kwargs)]
    if body.type.kind == t.UNION:
        union = api.unions[str(body.type.name)]
        return [
            (f" variant {i}", args, {**kwargs, "body": _exclusive(api, union.name, i)})
            for i in range(len(union.variants))
        ]
    payload = sample(api, body.type, request=True)
    properties = body_keywords(api, op, payload) if keywords else None  # as an app passes them
    return [("", args, {**kwargs, **properties} if properties is not None else {**kwargs, "body": payload})]


def _one_of_failure(problem: str) -> bool:
    # Prism truncates long lists to "Too many violations! [...]"; the oneOf verdict is inside
    return "must match exactly one schema in oneOf" in problem


def _exclusive(api: Api, union_name: str, index: int) -> Any:
    """A payload of one variant that does not also satisfy another one (oneOf must match once).

    Optional keys that another variant requires are left out: without them, that other
    variant's required set cannot be met.
    """
    payload = variant_sample(api, union_name, index, request=True)
    if not isinstance(payload, dict):
        return payload
    union = api.unions[union_name]
    mine = set(union.variants[index].required_keys)
    required_elsewhere = {k for j, v in enumerate(union.variants) if j != index for k in v.required_keys}
    return {k: v for k, v in payload.items() if k in mine or k not in required_elsewhere}


def _call(client: Any, op: Operation, args: list[Any], kwargs: dict[str, Any]) -> Any:
    method = getattr(getattr(client.with_raw_response, op.resource), op.method_name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # deprecated operations are called on purpose
        return method(*args, **kwargs)


def conformance(
    sdk_package: GeneratedSdk, client_name: str, url: str, invalid_examples: dict[str, str], ambiguous: dict[str, str]
) -> tuple[int, dict[str, int], list[str]]:
    """Calls every operation; returns (calls, outcome counts, failures)."""
    sdk = __import__(sdk_package.package)
    strict = getattr(sdk, client_name)(api_token="test-token", base_url=url, max_retries=0, strict_response_validation=True)
    lenient = getattr(sdk, client_name)(api_token="test-token", base_url=url, max_retries=0)
    failures: list[str] = []
    outcomes = {"passed": 0, "invalid example": 0, "ambiguous oneOf": 0}
    calls = 0
    for op in sdk_package.api.operations:
        for label, args, kwargs in calls_for(sdk_package.api, op):
            calls += 1
            known = (invalid_examples, ambiguous)
            outcome = _check_call(sdk, strict, lenient, op, f"{op.operation_id}{label}", args, kwargs, known)
            if outcome in outcomes:
                outcomes[outcome] += 1
            else:
                failures.append(f"{op.operation_id}{label}: {outcome}")
    return calls, outcomes, failures


def test_every_operation_conforms(real_sdk: GeneratedSdk, prism_url: str) -> None:
    calls, outcomes, failures = conformance(real_sdk, "AmpecoReal", prism_url, INVALID_EXAMPLES, AMBIGUOUS_ONE_OF)
    print(f"\nprism conformance: {calls} calls over {len(real_sdk.api.operations)} operations: {outcomes}")
    assert not failures, f"{len(failures)} of {calls} calls failed:\n" + "\n".join(failures[:60])
    assert len(real_sdk.api.operations) == 452 and outcomes["passed"] >= 440


def test_own_spec_conforms(own_sdk: GeneratedSdk, own_prism_url: str) -> None:
    calls, outcomes, failures = conformance(own_sdk, "AmpecoOwn", own_prism_url, {}, OWN_AMBIGUOUS_ONE_OF)
    assert not failures, "\n".join(failures)
    assert outcomes["passed"] + outcomes["ambiguous oneOf"] == calls >= len(own_sdk.api.operations)


def _check_call(
    sdk: Any, strict: Any, lenient: Any, op: Operation, name: str, args: list[Any], kwargs: dict[str, Any], known: tuple[dict[str, str], dict[str, str]]
) -> str:
    """'passed', a known-defect outcome, or what went wrong."""
    invalid_examples, ambiguous = known
    try:
        raw = _call(strict, op, args, kwargs)
    except sdk.APIStatusError as error:
        problems = request_violations(error.headers, error.response.content)
        if name in ambiguous and any(_one_of_failure(p) for p in problems):
            return "ambiguous oneOf"
        return f"HTTP {error.status_code} {problems}"
    problems = request_violations(raw.headers, raw.content)
    if problems:
        return f"request violations {problems}"
    if name in ambiguous:
        return "listed as an ambiguous oneOf but Prism accepted it: remove it from AMBIGUOUS_ONE_OF"
    try:
        raw.parse()
    except sdk.APIResponseValidationError as error:
        if op.operation_id not in invalid_examples:
            return f"response not parsed: {str(error)[:300]}"
        _call(lenient, op, args, kwargs).parse()  # the default client copes with it
        return "invalid example"
    if op.operation_id in invalid_examples:
        return "listed as an invalid example but it parsed: remove it from INVALID_EXAMPLES"
    return "passed"


def test_async_client_subset_conforms(real_sdk: GeneratedSdk, prism_url: str) -> None:
    sdk = __import__(real_sdk.package)
    ops = [op for op in real_sdk.api.operations if op.method == "get" and not op.deprecated][:25]

    async def run() -> list[str]:
        problems: list[str] = []
        async with sdk.AsyncAmpecoReal(api_token="t", base_url=prism_url, max_retries=0, strict_response_validation=True) as api:
            for op in ops:
                for _, args, kwargs in calls_for(real_sdk.api, op):
                    method = getattr(getattr(api, op.resource), op.method_name)
                    result = method(*args, **kwargs)
                    if op.pagination:
                        page = await result
                        assert isinstance(page.data, list)
                    else:
                        await result
        return problems

    assert asyncio.run(run()) == []
