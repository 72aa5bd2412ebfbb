"""Our compact AMPECO-shaped spec: committed output, union strategies, model behaviour."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from generator.parser.unions import STRATEGIES
from tests.conftest import OWN_SPEC, REPO, GeneratedSdk
from tests.payloads import sample, variant_sample
from tests.test_real_spec import _parsed_is_variant

BIN = Path(sys.executable).parent


def test_committed_output_has_not_drifted() -> None:
    done = subprocess.run(
        [str(BIN / "sdkgen"), "check", "--spec", str(OWN_SPEC), "--out", str(REPO / "generated"), "--package", "ampeco"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"generated/ drifted; run `make generate`\n{done.stderr}"


def test_every_union_strategy_is_exercised(own_sdk: GeneratedSdk) -> None:
    used = Counter(u.strategy for u in own_sdk.api.unions.values())
    assert set(STRATEGIES) - {"key-signature"} <= set(used), used


def test_every_union_variant_parses_back_into_itself(own_sdk: GeneratedSdk) -> None:
    api = own_sdk.api
    for union in api.unions.values():
        if union.strategy == "left-to-right":
            continue  # by definition the first variant that validates wins
        adapter = TypeAdapter(own_sdk.definition(union.name))
        for index, variant in enumerate(union.variants):
            parsed = adapter.validate_python(variant_sample(api, union.name, index))
            assert _parsed_is_variant(own_sdk, parsed, variant.type), (union.name, index, type(parsed).__name__)


def test_smart_charging_picks_variant_by_mode(own_sdk: GeneratedSdk) -> None:
    union = next(u for u in own_sdk.api.unions.values() if u.discriminator == "mode")
    adapter = TypeAdapter(own_sdk.definition(union.name))
    payload = sample(own_sdk.api, union.variants[1].type, overrides={"mode": "dynamic"})
    assert type(adapter.validate_python(payload)).__name__ == "SmartChargingDynamic"


def test_fallback_variant_takes_payloads_without_the_property(own_sdk: GeneratedSdk) -> None:
    union = next(u for u in own_sdk.api.unions.values() if u.strategy == "fallback")
    fallback = next(v for v in union.variants if v.is_fallback)
    parsed = TypeAdapter(own_sdk.definition(union.name)).validate_python({"enabled": False})
    assert type(parsed).__name__ == fallback.type.name


def test_unknown_enum_value_is_kept_not_rejected(own_sdk: GeneratedSdk) -> None:
    """Enums are `Literal[...]`: a value a later API version adds is kept by lenient parsing."""
    import httpx

    charge_point = own_sdk.definition("ChargePoint")
    status = charge_point.model_fields["status"].annotation
    assert "Literal" in repr(status) and "active" in repr(status)
    parse = own_sdk.module("_response").parse
    response = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/"))
    payload = {"id": 1, "name": "CP", "status": "value-added-in-a-later-api-version"}
    parsed = parse(charge_point, payload, response, False)
    assert isinstance(parsed, charge_point) and parsed.status == "value-added-in-a-later-api-version"
    with pytest.raises(own_sdk.module("_exceptions").APIResponseValidationError):
        parse(charge_point, payload, response, True)


def test_absent_null_and_value_stay_distinct(own_sdk: GeneratedSdk) -> None:
    api = own_sdk.api
    model_name, field = next(
        (m.name, f) for m in api.models.values() for f in m.fields if f.type.nullable and not f.required
    )
    model = own_sdk.definition(model_name)
    required = {f.name: sample(api, f.type) for f in api.models[model_name].fields if f.required and not f.read_only}
    absent = model.model_validate(required)
    null = model.model_validate({**required, field.name: None})
    assert field.name not in absent.to_dict()
    assert null.to_dict()[field.name] is None


def test_keywords_and_dashes_become_safe_names_with_aliases(own_sdk: GeneratedSdk) -> None:
    fields = {(f.name, f.py_name) for m in own_sdk.api.models.values() for f in m.fields}
    assert ("from", "from_") in fields and ("class", "class_") in fields and ("x-custom", "x_custom") in fields
    model_name = next(m.name for m in own_sdk.api.models.values() if any(f.name == "x-custom" for f in m.fields))
    model = own_sdk.definition(model_name)
    required = {f.name: sample(own_sdk.api, f.type) for f in own_sdk.api.models[model_name].fields if f.required}
    parsed = model.model_validate({**required, "x-custom": "v"})
    assert parsed.x_custom == "v" and parsed.to_dict()["x-custom"] == "v"


def test_tricky_description_text_is_emitted_as_inert_docstrings(own_sdk: GeneratedSdk) -> None:
    sources = "\n".join(p.read_text() for p in (own_sdk.out / own_sdk.package).rglob("*.py"))
    assert '\\"\\"\\"' in sources, "triple quotes from the spec must be escaped"
    assert "{{ x }}" in sources or "{% raw %}" in sources, "template syntax from the spec is kept as text"
    for path in (own_sdk.out / own_sdk.package).rglob("*.py"):
        compile(path.read_text(), str(path), "exec")


def test_generated_package_imports_lazily(own_sdk: GeneratedSdk) -> None:
    code = (
        "import sys, ampeco_own.types as t; "
        "assert not [m for m in sys.modules if m.startswith('ampeco_own.types.')], 'eager'; "
        "t.ChargePoint; print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=own_sdk.out, check=False)
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.parametrize("tool", ["black", "mypy"])
def test_committed_output_is_black_and_mypy_clean(tool: str) -> None:
    # the repo's black settings exclude generated/ (black reads them from the repo's root): an
    # empty --extend-exclude puts it back, or black would check no file and pass
    args = ["--check", "-q", "--extend-exclude", "^$", "."] if tool == "black" else ["--strict", "--no-incremental", "ampeco"]
    done = subprocess.run([str(BIN / tool), *args], capture_output=True, text=True, cwd=REPO / "generated", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
