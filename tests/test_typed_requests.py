"""Typed requests (issue 12) on the real spec: what a type checker catches, what reaches the wire.

tests/request_app/app.py is written as an app developer would: body properties as keyword
arguments, enum values as string literals, filters and nested objects as dicts keyed by
wire names. Its mistakes must be type errors for both checkers; its correct calls, sent to
a local server (127.0.0.1), must put exactly the spec's wire form on the wire.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate, load_api
from tests.conftest import REPO
from tests.support.fault_server import RecordedRequest, Reply, Router
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors

APP = REPO / "tests" / "request_app" / "app.py"
TAX = {"id": 7, "name": "VAT", "percentage": 20.5, "lastUpdatedAt": "2024-05-06T07:08:09Z"}


@pytest.fixture(scope="module")
def app_root(real_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real spec's SDK as the package `ampeco`, beside a copy of the app."""
    out = tmp_path_factory.mktemp("request-app") / "sdk"
    generate(str(real_spec), out, "ampeco")
    shutil.copy(APP, out / "app.py")
    sys.path.insert(0, str(out))
    yield out
    sys.path.remove(str(out))
    for name in [n for n in sys.modules if n == "ampeco" or n.startswith("ampeco.")]:
        del sys.modules[name]


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_mistakes_are_type_errors_and_correct_calls_are_not(app_root: Path, checker: Any) -> None:
    """A misspelled keyword, an enum value not in the spec, a wrong type, a misspelled filter
    key, a missing required property (and the same in a body dict) are reported; nothing else."""
    assert checker(app_root) == expected_errors(APP)


def _reply(request: RecordedRequest) -> Reply:
    if request.method == "GET":
        return Reply(200, json={"data": [], "links": {"next": None}, "meta": {}})
    if "/taxes/" in request.path:
        return Reply(201, json={"data": TAX})
    return Reply(200, json={})


def _run(app_root: Path, call: Any) -> list[RecordedRequest]:
    import ampeco

    with Router(_reply) as server:
        client = ampeco.Ampeco(api_token="t", base_url=server.base_url, max_retries=0)
        call(client)
        return list(server.requests)


def _app() -> Any:
    spec = importlib.util.spec_from_file_location("request_app", APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_apps_calls_put_the_specs_wire_form_on_the_wire(app_root: Path) -> None:
    requests = _run(app_root, _app().correct_calls)
    sent = [(r.method, r.path, r.body) for r in requests]
    availability = "/public-api/actions/charge-point/v1.0/42/change-availability"
    taxes = "/public-api/resources/taxes/v2.0"
    assert sent[:5] == [
        ("POST", availability, b'{"evseNetworkId":2,"type":"Inoperative"}'),  # in the spec's order
        ("POST", availability, b'{"type":"Operative"}'),
        ("POST", availability, b'{"type":"Operative","evseNetworkId":3}'),  # a dict as given
        # the decimal's digits, as a JSON number; None as null; left-out arguments absent
        ("POST", taxes, b'{"name":"VAT","percentage":20.5,"taxIdentificationNumberId":null}'),
        ("POST", taxes, b'{"name":"VAT","displayName":[{"locale":"en","translation":"VAT"}],"percentage":20}'),
    ]
    listing, sessions = requests[5], requests[6]
    assert listing.path.partition("?")[0] == "/public-api/resources/charge-points/v2.0"
    assert listing.query == {
        "filter[networkId]": ["N1"], "filter[desiredSecurityProfileStatus]": ["pending"], "per_page": ["10"], "cursor": [""],
    }
    # a datetime in a query string: RFC 3339, UTC, with Z
    assert sessions.query["filter[startedAfter]"] == ["2024-05-06T07:08:09Z"]
    assert all({k.lower(): v for k, v in r.headers.items()}["content-type"] == "application/json" for r in requests[:5])
    assert len(requests) == 7


def test_a_filter_or_body_keyed_by_python_names_is_sent_with_wire_names(app_root: Path) -> None:
    def calls(client: Any) -> None:
        client.charge_points.list(filter={"network_id": "N1", "modelId": "M"})
        client.charge_point_actions.change_availability(42, body={"type": "Operative", "evse_network_id": 3})
        client.taxes.create(name="VAT", percentage=1, display_name=[{"locale": "en", "translation": "x"}])

    listing, body, nested = _run(app_root, calls)
    assert listing.query["filter[networkId]"] == ["N1"] and listing.query["filter[modelId]"] == ["M"]
    assert "filter[network_id]" not in listing.query
    assert json.loads(body.body) == {"type": "Operative", "evseNetworkId": 3}
    assert json.loads(nested.body)["displayName"] == [{"locale": "en", "translation": "x"}]


def test_an_aware_datetime_is_sent_in_utc_and_a_naive_one_as_utc(app_root: Path) -> None:
    import datetime

    plus_two = datetime.timezone(datetime.timedelta(hours=2))

    def calls(client: Any) -> None:
        client.sessions.list(filter={"startedAfter": datetime.datetime(2024, 5, 6, 9, 8, 9, tzinfo=plus_two)})
        client.sessions.list(filter={"startedAfter": datetime.datetime(2024, 5, 6, 7, 8, 9, 500000)})

    aware, naive = _run(app_root, calls)
    assert aware.query["filter[startedAfter]"] == ["2024-05-06T07:08:09Z"]
    assert naive.query["filter[startedAfter]"] == ["2024-05-06T07:08:09.500000Z"]


def test_a_required_body_with_no_property_given_is_sent_as_an_empty_object(app_root: Path) -> None:
    (request,) = _run(app_root, lambda client: client.charge_point_actions.change_owner(42))
    assert request.body == b"{}"
    (request,) = _run(app_root, lambda client: client.charge_point_actions.change_owner(42, user_id=None))
    assert request.body == b'{"userId":null}'


def test_docstrings_document_every_argument_in_plain_text(app_root: Path, real_spec: Path) -> None:
    """`Args:` lists each argument with the spec's description; HTML in spec text is never shown."""
    api = load_api(str(real_spec))
    listing = next(op for op in api.operations if op.operation_id == "chargePointsListing")
    per_page = next(p for p in listing.parameters if p.py_name == "per_page")
    from ampeco.resources.charge_points import ChargePoints

    text = ChargePoints.list.__doc__ or ""
    assert "Args:" in text and f"per_page: {per_page.description}" in " ".join(text.split())
    for name in ("filter", "include", "cursor", "extra_headers", "timeout", "max_retries"):
        assert f"\n            {name}: " in text, name
    sources = [p.read_text(encoding="utf-8") for p in (app_root / "ampeco").rglob("*.py")]
    assert not [s for s in sources if "</br>" in s or "<br" in s or "&lt;" in s or "&gt;" in s]
    resources = [p.read_text(encoding="utf-8") for p in (app_root / "ampeco" / "resources").glob("*.py")]
    assert not [s for s in resources if "type: ignore" in s or "_KEEP" in s]
