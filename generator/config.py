"""`sdkgen.yaml`: the maintainer's corrections to what the spec alone would generate.

Found beside the spec (or passed with `--config`), it is read and checked here for its own
shape: unknown keys, wrong types, bad names. What it says about the spec (operationIds,
resources, classes) is checked against the spec while the IR is built
(generator.parser.overrides). Every problem is a `ConfigError`: `file: key: what is wrong`,
with a "did you mean" when a known key or name is close.

    package:
      name: ampeco                 # import name (--package wins)
      distribution: ampeco-sdk     # PyPI name (default: the import name with dashes)
      version: "{api_version}"     # version scheme; {api_version} is the spec's info.version
    specs: ["ampeco-public-api-*.json"]  # found beside a spec, apply only to these files
    resources:                     # resource attribute -> new attribute
      electricity_meters: meters
    operations:                    # by operationId
      charegPointShareDelete:
        names_from: chargePointShareDelete   # derive method and class names from this spelling
        method: delete_share                 # the method's name
        resource: charge_points              # the resource it belongs to
        exclude: true                        # leave the operation out of the SDK
        replacement: chargePointShareCreate  # the successor a deprecated operation names
        pagination: cursor                   # cursor | page | none
    classes:                       # by schema location (JSON pointer) or by class name
      "#/components/schemas/Foo": Bar
      ElectricityMetersListingResponse: MetersPage
"""

from __future__ import annotations

import difflib
import fnmatch
import hashlib
import keyword
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.errors import SpecError

CONFIG_NAME = "sdkgen.yaml"
PAGINATION = ("cursor", "page", "none")
API_VERSION = "{api_version}"
_TOP = ("package", "specs", "resources", "operations", "classes")
_PACKAGE = ("name", "distribution", "version")
_OPERATION = ("names_from", "method", "resource", "exclude", "replacement", "pagination")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_CLASS = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
# PEP 440 public versions (what PyPI accepts): N(.N)*[{a|b|rc}N][.postN][.devN]
_VERSION = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


class ConfigError(SpecError):
    """The sdkgen.yaml is unusable at a key: `file: key: what is wrong`."""


def did_you_mean(word: str, choices: Iterable[object]) -> str:
    """' (did you mean 'x'?)' when a choice is close to `word`, else ''."""
    found = difflib.get_close_matches(word, sorted(str(c) for c in choices), n=1, cutoff=0.6)
    return f" (did you mean {found[0]!r}?)" if found else ""


@dataclass
class OperationOverride:
    names_from: str | None = None
    method: str | None = None
    resource: str | None = None
    exclude: bool = False
    replacement: str | None = None
    pagination: str | None = None  # "cursor" | "page" | "none"; None: as detected


@dataclass
class Config:
    label: str = CONFIG_NAME
    sha256: str = ""
    package_name: str | None = None
    distribution: str | None = None
    version: str = API_VERSION
    specs: list[str] = field(default_factory=list)
    resources: dict[str, str] = field(default_factory=dict)
    operations: dict[str, OperationOverride] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(self.label, key, message)

    def excluded(self, operation_id: str) -> bool:
        override = self.operations.get(operation_id)
        return override is not None and override.exclude

    def names_from(self, operation_id: str) -> str | None:
        override = self.operations.get(operation_id)
        return override.names_from if override is not None else None

    def package_version(self, api_version: str) -> str:
        return self.version.replace(API_VERSION, api_version)

    def applies_to(self, spec_path: str) -> bool:
        name = os.path.basename(spec_path)
        return not self.specs or any(fnmatch.fnmatchcase(name, pattern) for pattern in self.specs)


def find_config(spec_path: str, explicit: str | None = None) -> Config | None:
    """The config passed with --config, else an sdkgen.yaml beside the spec (if it applies to it)."""
    if explicit is not None:
        return load_config(explicit)
    beside = os.path.join(os.path.dirname(os.path.abspath(spec_path)), CONFIG_NAME)
    if not os.path.isfile(beside):
        return None
    config = load_config(beside)
    return config if config.applies_to(spec_path) else None


def config_sha256(config: Config | None) -> str:
    return config.sha256 if config is not None else ""


def load_config(path: str) -> Config:
    from generator.loader import parse_bytes, read_bytes

    label = os.path.basename(path)
    raw = read_bytes(path, label)
    data = parse_bytes(raw, label) if raw.strip() else {}
    config = Config(label=label, sha256=hashlib.sha256(raw).hexdigest())
    _read(config, data)
    return config


def parse_config(data: Any, label: str = CONFIG_NAME) -> Config:
    """A Config from already-parsed data (tests, and callers that build it in code)."""
    config = Config(label=label)
    _read(config, data)
    return config


def _read(config: Config, data: Any) -> None:
    fail = config.error
    if data is None:
        return
    if not isinstance(data, dict):
        raise fail("#", "the file must be a mapping with the keys " + ", ".join(_TOP))
    _known_keys(config, data, _TOP, "")
    package = _mapping(config, data, "package")
    _known_keys(config, package, _PACKAGE, "package.")
    if "name" in package:
        name = _string(config, package, "name", "package.name")
        if not name.isidentifier() or keyword.iskeyword(name):
            raise fail("package.name", f"{name!r} is not a valid Python package name")
        config.package_name = name
    if "distribution" in package:
        dist = _string(config, package, "distribution", "package.distribution")
        if not _DISTRIBUTION.match(dist):
            raise fail("package.distribution", f"{dist!r} is not a valid distribution name (letters, digits, '.', '-', '_')")
        config.distribution = dist
    if "version" in package:
        scheme = _string(config, package, "version", "package.version")
        if re.sub(r"{[^{}]*}", "", scheme) != scheme.replace(API_VERSION, ""):
            unknown = re.findall(r"{[^{}]*}", scheme.replace(API_VERSION, ""))[0]
            raise fail("package.version", f"unknown placeholder {unknown}; the only one is {API_VERSION}")
        sample = scheme.replace(API_VERSION, "3.110.0")
        if not _VERSION.match(sample):
            raise fail("package.version", f"{scheme!r} does not make a valid version (PEP 440, e.g. '{API_VERSION}.post1' or '1.2.0')")
        config.version = scheme
    specs = data.get("specs", [])
    if isinstance(specs, str):
        specs = [specs]
    if not isinstance(specs, list) or not all(isinstance(s, str) and s for s in specs):
        raise fail("specs", "must be a file name pattern or a list of them (e.g. 'ampeco-public-api-*.json')")
    config.specs = list(specs)
    for old, new in _mapping(config, data, "resources").items():
        key = f"resources.{old}"
        if not isinstance(new, str) or not _IDENTIFIER.match(new) or keyword.iskeyword(new):
            raise fail(key, f"the new resource name must be a snake_case Python name, not {new!r}")
        config.resources[str(old)] = new
    for op_id, raw in _mapping(config, data, "operations").items():
        config.operations[str(op_id)] = _operation(config, str(op_id), raw)
    targets: dict[str, str] = {}
    for old, new in _mapping(config, data, "classes").items():
        key = f"classes.{old}"
        if not isinstance(new, str) or not _CLASS.match(new) or keyword.iskeyword(new):
            raise fail(key, f"the new class name must be a PascalCase Python name, not {new!r}")
        if new in targets:
            raise fail(key, f"{new!r} is also the new name of {targets[new]!r}: two classes cannot share a name")
        targets[new] = str(old)
        config.classes[str(old)] = new


def _operation(config: Config, op_id: str, raw: Any) -> OperationOverride:
    where = f"operations.{op_id}"
    if not isinstance(raw, dict):
        raise config.error(where, "must be a mapping with some of the keys " + ", ".join(_OPERATION))
    _known_keys(config, raw, _OPERATION, where + ".")
    override = OperationOverride()
    if "names_from" in raw:
        text = _string(config, raw, "names_from", f"{where}.names_from")
        if not re.search(r"[A-Za-z]", text):
            raise config.error(f"{where}.names_from", "must contain letters (it is an operationId spelled right)")
        override.names_from = text
    if "method" in raw:
        method = _string(config, raw, "method", f"{where}.method")
        if not _IDENTIFIER.match(method) or keyword.iskeyword(method) or method.startswith("_"):
            raise config.error(f"{where}.method", f"{method!r} is not a snake_case Python method name")
        override.method = method
    if "resource" in raw:
        resource = _string(config, raw, "resource", f"{where}.resource")
        if not _IDENTIFIER.match(resource) or keyword.iskeyword(resource):
            raise config.error(f"{where}.resource", f"{resource!r} is not a snake_case Python name")
        override.resource = resource
    if "exclude" in raw:
        if not isinstance(raw["exclude"], bool):
            raise config.error(f"{where}.exclude", f"must be true or false, not {raw['exclude']!r}")
        override.exclude = raw["exclude"]
        if override.exclude and len(raw) > 1:
            others = ", ".join(sorted(k for k in raw if k != "exclude"))
            raise config.error(where, f"an excluded operation takes no other settings (found {others})")
    if "replacement" in raw:
        override.replacement = _string(config, raw, "replacement", f"{where}.replacement")
    if "pagination" in raw:
        value = raw["pagination"]
        value = "none" if value is False or value is None else value
        if value not in PAGINATION:
            raise config.error(
                f"{where}.pagination", f"must be one of {', '.join(PAGINATION)}, not {value!r}" + did_you_mean(str(value), PAGINATION)
            )
        override.pagination = value
    return override


def _known_keys(config: Config, data: dict[Any, Any], known: tuple[str, ...], prefix: str) -> None:
    for key in data:
        if key not in known:
            raise config.error(f"{prefix}{key}", f"unknown key{did_you_mean(str(key), known)}; expected one of {', '.join(known)}")


def _mapping(config: Config, data: dict[str, Any], key: str) -> dict[Any, Any]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise config.error(key, f"must be a mapping, not {type(value).__name__}")
    return value


def _string(config: Config, data: dict[str, Any], key: str, where: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise config.error(where, f"must be a non-empty string, not {value!r}")
    return value.strip()
