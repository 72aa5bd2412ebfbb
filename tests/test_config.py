"""sdkgen.yaml: each kind of override, each kind of config error, and how it meets the lock, check and diff."""

from __future__ import annotations

import importlib
import json
import re
import shutil
import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.config import load_config
from generator.emit.client import client_class_name
from generator.emit.lookups import replacement_for
from generator.ir import TypeRef
from generator.pipeline import check, generate, load_api
from tests.conftest import OWN_SPEC, REPO
from tests.payloads import sample

ALL_OVERRIDES = """
package:
  name: cfgsdk
  distribution: cfg-sdk
  version: "{api_version}.post2"
resources:
  charge_point_actions: charger_commands
operations:
  chargePointReset:
    names_from: chargePointRestart
  chargePointRead:
    method: fetch
  sessionRead:
    resource: charge_points
    method: retrieve_session
  tariffGroupUpdate:
    exclude: true
  chargePointReadDeprecated:
    replacement: chargePointsListing
  locationsListing:
    pagination: none
  locationsListingDeprecated:
    pagination: cursor
classes:
  "#/components/schemas/ChargePoint": Charger
  Evse: ChargingStation
"""


def spec_with_config(tmp_path: Path, text: str, name: str = "sdkgen.yaml") -> Path:
    """A copy of our spec with a config beside it."""
    folder = tmp_path / "spec"
    folder.mkdir(exist_ok=True)
    spec = folder / "api.yaml"
    shutil.copy(OWN_SPEC, spec)
    (folder / name).write_text(text, encoding="utf-8")
    return spec


def ops(api):  # noqa: ANN001, ANN201
    return {o.operation_id: o for o in api.operations}


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    tmp = tmp_path_factory.mktemp("configured")
    spec = spec_with_config(tmp, ALL_OVERRIDES)
    out = tmp / "sdk"
    generation = generate(str(spec), out, None)
    sys.path.insert(0, str(out))
    try:
        yield generation, out
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "cfgsdk" or m.startswith("cfgsdk.")]:
            del sys.modules[name]


def test_found_beside_the_spec_and_every_override_reaches_the_ir(configured) -> None:  # noqa: ANN001
    generation, _ = configured
    api = generation.api
    by_id = ops(api)
    assert generation.package == "cfgsdk"
    # resources: renamed, and an operation moved into another one
    assert "charger_commands" in {r.name for r in api.resources}
    assert "charge_point_actions" not in {r.name for r in api.resources}
    assert by_id["chargePointChangeOwner"].resource == "charger_commands"
    assert (by_id["sessionRead"].resource, by_id["sessionRead"].method_name) == ("charge_points", "retrieve_session")
    # methods: renamed; names_from respells method and class names
    assert by_id["chargePointRead"].method_name == "fetch"
    assert by_id["chargePointReset"].method_name == "restart"
    assert "ChargePointRestartResponse" in api.models and "ChargePointRestartType" in api.enums
    assert not any(n.startswith("ChargePointReset") for n in (*api.models, *api.enums))
    # exclude: the operation and the classes hoisted from it are gone
    assert "tariffGroupUpdate" not in by_id and "tariff_groups" not in {r.name for r in api.resources}
    assert not any(n.startswith("TariffGroupUpdate") for n in (*api.models, *api.enums, *api.unions))
    # replacement and pagination
    assert replacement_for(api, by_id["chargePointReadDeprecated"]) is by_id["chargePointsListing"]
    assert by_id["locationsListing"].pagination is None
    assert by_id["locationsListingDeprecated"].pagination == "cursor"
    # classes by location and by name, and every reference follows
    assert "Charger" in api.models and "ChargePoint" not in api.models
    assert "ChargingStation" in api.models and "Evse" not in api.models
    assert api.models["Charger"].source == "#/components/schemas/ChargePoint"
    names = json.dumps([dataclass_refs(m) for m in api.models.values()])
    assert '"ChargePoint"' not in names and '"Charger"' in names and '"ChargingStation"' in names


def dataclass_refs(model) -> list[str]:  # noqa: ANN001
    found = []

    def walk(ref) -> None:  # noqa: ANN001
        while ref is not None:
            if ref.name:
                found.append(ref.name)
            ref = ref.item

    for f in model.fields:
        walk(f.type)
    return found


def test_the_generated_sdk_uses_the_overrides(configured) -> None:  # noqa: ANN001
    generation, out = configured
    pyproject = (out / "pyproject.toml").read_text()
    assert 'name = "cfg-sdk"' in pyproject
    assert 'version = "0.0.0.post2"' in pyproject  # "3.110.0-compact" is no release version: 0.0.0, then the scheme
    cfgsdk = importlib.import_module("cfgsdk")
    client = getattr(cfgsdk, client_class_name("cfgsdk"))(api_token="t", base_url="http://127.0.0.1:9")
    assert callable(client.charge_points.fetch) and callable(client.charge_points.retrieve_session)
    assert callable(client.charger_commands.restart)
    assert not hasattr(client, "tariff_groups") and not hasattr(client, "charge_point_actions")
    types = importlib.import_module("cfgsdk.types")
    payload = sample(generation.api, TypeRef("model", "Charger"))
    payload["evses"] = [sample(generation.api, TypeRef("model", "ChargingStation"))]
    charger = types.Charger.model_validate(payload)
    assert type(charger.evses[0]).__name__ == "ChargingStation"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            client.charge_points.retrieve_v1(1, max_retries=0, timeout=0.5)
        except cfgsdk.APIConnectionError:
            pass
    assert any("use charge_points.list() instead" in str(w.message) for w in caught), [str(w.message) for w in caught]
    deprecations = (out / "docs" / "deprecations.md").read_text()
    assert "[charge_points.list](resources/charge_points.md#list)" in deprecations


def test_regeneration_keeps_the_config_names_and_config_wins_over_the_lock(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    spec = plain / "api.yaml"
    shutil.copy(OWN_SPEC, spec)
    out = tmp_path / "sdk"
    first = generate(str(spec), out, "lockcfg")  # no config: the derived names go into the lock
    assert ops(first.api)["chargePointRead"].method_name == "retrieve"
    (plain / "sdkgen.yaml").write_text(ALL_OVERRIDES.replace("cfgsdk", "lockcfg"), encoding="utf-8")
    second = generate(str(spec), out, "lockcfg")
    assert ops(second.api)["chargePointRead"].method_name == "fetch"  # the config beats the lock
    assert "Charger" in second.api.models and "ChargingStation" in second.api.models
    manifest = json.loads((out / ".sdkgen-manifest.json").read_text())
    assert manifest["names"]["methods"]["chargePointRead"] == "charge_points.fetch"
    assert manifest["names"]["classes"]["#/components/schemas/Evse"] == "ChargingStation"
    assert manifest["config_sha256"] == load_config(str(plain / "sdkgen.yaml")).sha256
    # by-name renames (Evse, charge_point_actions) were applied before: the lock holds the new names
    third = generate(str(spec), out, "lockcfg")
    assert third.written[0] == 0 and "ChargingStation" in third.api.models
    assert check(str(spec), out, None).clean


def test_the_drift_check_sees_a_changed_config(tmp_path: Path) -> None:
    spec = spec_with_config(tmp_path, "operations:\n  chargePointRead:\n    method: fetch\n")
    out = tmp_path / "sdk"
    generate(str(spec), out, "driftcfg")
    assert check(str(spec), out, None).clean
    (spec.parent / "sdkgen.yaml").write_text("operations:\n  chargePointRead:\n    method: get_one\n", encoding="utf-8")
    drift = check(str(spec), out, None)
    assert not drift.clean
    assert "the sdkgen.yaml changed since the last generation" in drift.reasons
    assert "driftcfg/resources/charge_points.py" in " ".join(drift.files)


def test_diff_reports_a_config_rename_as_a_rename(tmp_path: Path) -> None:
    old_dir = tmp_path / "old"
    old_dir.mkdir()
    shutil.copy(OWN_SPEC, old_dir / "api.yaml")  # the same spec, without a config
    new = spec_with_config(tmp_path, "operations:\n  chargePointRead:\n    method: fetch\nclasses:\n  Evse: ChargingStation\n")
    result = CliRunner().invoke(main, ["diff", str(old_dir / "api.yaml"), str(new), "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.output)["changes"]
    text = json.dumps(changes)
    assert "charge_points.retrieve" in text and "charge_points.fetch" in text
    renamed = [c for c in changes if c["kind"] in ("model.renamed", "operation.accessor_changed")]
    assert any("Evse" in json.dumps(c) and "ChargingStation" in json.dumps(c) for c in renamed), renamed
    assert any("charge_points.fetch" in json.dumps(c) for c in renamed), renamed


def test_a_config_beside_the_spec_applies_only_to_the_specs_it_names(tmp_path: Path) -> None:
    spec = spec_with_config(tmp_path, 'specs: ["ampeco-public-api-*.json"]\noperations:\n  noSuchOperation:\n    exclude: true\n')
    api = load_api(str(spec))  # api.yaml is not named: the config does not apply (else: unknown operationId)
    assert "chargePointRead" in ops(api)


def test_the_shipped_config_matches_its_own_patterns() -> None:
    config = load_config(str(REPO / "specs" / "sdkgen.yaml"))
    assert config.applies_to("specs/ampeco-public-api-3.111.0.json")
    assert not config.applies_to(str(OWN_SPEC))  # our compact spec has none of the typo'd operations


@pytest.mark.slow
def test_the_shipped_config_leaves_no_typo_in_the_real_sdk(real_spec: Path) -> None:
    api = load_api(str(real_spec), config_path=str(REPO / "specs" / "sdkgen.yaml"))
    typos = re.compile(r"chareg|lising|createa_?or|packag(?!e)|partnert", re.I)
    names = [f"{o.resource}.{o.method_name}" for o in api.operations]
    names += [r.name for r in api.resources] + [*api.models, *api.enums, *api.unions]
    assert [n for n in names if typos.search(n)] == []
    assert len(api.operations) == 452
    by_id = ops(api)
    assert by_id["charegPointShareDelete"].method_name == "delete_share"
    assert by_id["electricityMetersLising"].method_name == "list"
    assert by_id["topUpPackagCreate"].method_name == "create"


BAD_CONFIGS = {
    "not a mapping": ("- a\n- b\n", "#", "the file must be a mapping"),
    "invalid YAML": ("operations: [\n", "#", "invalid YAML"),
    "unknown top-level key": ("operatons: {}\n", "operatons", "unknown key (did you mean 'operations'?)"),
    "unknown operation key": (
        "operations:\n  chargePointRead:\n    metod: fetch\n", "operations.chargePointRead.metod", "did you mean 'method'?"
    ),
    "unknown operationId": (
        "operations:\n  chargePointReed:\n    method: fetch\n", "operations.chargePointReed",
        "no operation with this operationId in the spec (did you mean 'chargePointRead'?)",
    ),
    "method not a name": ("operations:\n  chargePointRead:\n    method: Fetch-It\n", "operations.chargePointRead.method", "not a snake_case"),
    "wrong type": ("operations:\n  chargePointRead:\n    exclude: yes please\n", "operations.chargePointRead.exclude", "must be true or false"),
    "excluded with settings": (
        "operations:\n  chargePointRead:\n    exclude: true\n    method: x\n", "operations.chargePointRead", "takes no other settings"
    ),
    "bad pagination": (
        "operations:\n  chargePointsListing:\n    pagination: cursr\n", "operations.chargePointsListing.pagination",
        "did you mean 'cursor'?",
    ),
    "pagination without a page": (
        "operations:\n  chargePointRead:\n    pagination: page\n", "operations.chargePointRead.pagination", "does not return a page"
    ),
    "method clash": (
        "operations:\n  chargePointRead:\n    method: list\n", "operations.chargePointRead.method",
        "charge_points.list is also the name of chargePointsListing",
    ),
    "unknown resource": ("resources:\n  charge_point: chargers\n", "resources.charge_point", "did you mean 'charge_points'?"),
    "resource clash": ("resources:\n  sessions: locations\n", "resources.sessions", "'locations' is already a resource"),
    "resource is a client attribute": ("resources:\n  sessions: close\n", "resources.sessions", "an attribute of the client"),
    "unknown class": ("classes:\n  ChargePoints: Charger\n", "classes.ChargePoints", "no class 'ChargePoints' in the SDK (did you mean 'ChargePoint'?)"),
    "unknown schema location": (
        "classes:\n  '#/components/schemas/Evses': Station\n", "classes.#/components/schemas/Evses",
        "did you mean '#/components/schemas/Evse'?",
    ),
    "class clash": ("classes:\n  Evse: Location\n", "classes.Evse", "'Location' is already the class at #/components/schemas/Location"),
    "two classes, one name": ("classes:\n  Evse: Station\n  Location: Station\n", "classes.Location", "two classes cannot share a name"),
    "class name invalid": ("classes:\n  Evse: evse_thing\n", "classes.Evse", "PascalCase"),
    "class name reserved": ("classes:\n  Evse: BaseModel\n", "classes.Evse", "every generated module uses"),
    "replacement of a live operation": (
        "operations:\n  chargePointRead:\n    replacement: chargePointsListing\n", "operations.chargePointRead.replacement", "not deprecated"
    ),
    "unknown replacement": (
        "operations:\n  chargePointReadDeprecated:\n    replacement: chargePointReed\n",
        "operations.chargePointReadDeprecated.replacement", "(did you mean 'chargePointRead'?)",
    ),
    "excluded replacement": (
        "operations:\n  chargePointReadDeprecated:\n    replacement: chargePointRead\n  chargePointRead:\n    exclude: true\n",
        "operations.chargePointReadDeprecated.replacement", "is excluded",
    ),
    "bad version scheme": ("package:\n  version: 'v{api_version}-beta'\n", "package.version", "does not make a valid version"),
    "unknown version placeholder": ("package:\n  version: '{api}.1'\n", "package.version", "unknown placeholder {api}"),
    "bad package name": ("package:\n  name: my-sdk\n", "package.name", "not a valid Python package name"),
    "bad specs pattern": ("specs: 3\n", "specs", "must be a file name pattern"),
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_a_bad_config_is_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    text, key, message = BAD_CONFIGS[case]
    spec = spec_with_config(tmp_path, text)
    out = tmp_path / "sdk"
    result = CliRunner().invoke(main, ["generate", "--spec", str(spec), "--out", str(out)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: sdkgen.yaml: {key}: "), lines
    assert message in lines[0]
    assert "Traceback" not in result.output and not out.exists()


def test_a_missing_config_file_is_bad_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["check", "--spec", str(OWN_SPEC), "--out", str(tmp_path), "--config", str(tmp_path / "nope.yaml")]
    )
    assert result.exit_code == 2 and result.output.strip() == "error: nope.yaml: #: file not found", result.output
