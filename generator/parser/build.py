"""Spec -> Api: runs the converters in a fixed order so names are deterministic."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.config import Config
from generator.ir import Api, SecurityScheme, Server, ServerVariable
from generator.loader import Spec
from generator.parser.lock import NameLock
from generator.parser.names import NameRegistry
from generator.parser.operations import build_operation, operation_id
from generator.parser.overrides import apply_overrides, select_operations
from generator.parser.pagination import detect_pagination, returns_list, returns_one
from generator.parser.resources import assign_accessors
from generator.parser.schemas import SchemaConverter
from generator.parser.unify import unify


def build_api(spec: Spec, lock: NameLock | None = None, config: Config | None = None) -> Api:
    """The IR of `spec`; `lock` holds the names an earlier generation gave out (kept as they were).

    `config` (sdkgen.yaml) is applied on top: its names win over the lock's.
    """
    root = spec.root
    config = config or Config()
    entries, lock = select_operations(spec, config, lock or NameLock())
    names = NameRegistry()  # location names: internal, until unify() names the entities
    schemas = SchemaConverter(spec, names, field_rule=lock.field_names)
    schemas.convert_components()  # components first: they own their plain names
    operations = [
        build_operation(spec, schemas, *entry, locked_arguments=lock.arguments, names_from=config.names_from(operation_id(*entry[:3])))
        for entry in entries
    ]
    # sdkgen.yaml's `names_from`, else the spec's own (Adyen's x-methodName)
    spelled = {op.operation_id: op.spelling for op in operations if op.spelling != op.operation_id}
    resources = assign_accessors(
        operations, _tag_descriptions(root), lock.methods, spelled,
        lambda op: returns_list(schemas.models, op), lambda op: returns_one(schemas.models, op),
    )
    info = root.get("info") or {}
    api = Api(
        title=str(info.get("title")),
        version=str(info.get("version")),
        openapi=str(root.get("openapi")),
        description=info.get("description") if isinstance(info.get("description"), str) else None,
        servers=_servers(root.get("servers") or []),
        security_schemes=_security_schemes(root.get("components", {}).get("securitySchemes") or {}),
        security=[sorted(req) for req in root.get("security") or [] if isinstance(req, dict)],
        resources=resources,
        operations=operations,
        models=schemas.models,
        enums=schemas.enums,
        unions=schemas.unions,
        spec_sha256=spec.sha256,
        renames=names.renames,
    )
    detect_pagination(api)
    api.warnings.extend(spec.warnings)
    unify(api, lock.classes, schemas.aliases)
    for union in api.unions.values():
        if union.strategy == "left-to-right":
            api.warnings.append(f"union {union.name} ({union.source}): {union.note}")
    apply_overrides(api, config, lock)  # last: sdkgen.yaml's renames (classes last of all) win
    return api


def _tag_descriptions(root: dict[str, Any]) -> dict[str, str]:
    return {
        str(tag.get("name")): tag["description"]
        for tag in root.get("tags") or []
        if isinstance(tag, dict) and isinstance(tag.get("description"), str)
    }


def _servers(raw: list[Any]) -> list[Server]:
    servers = []
    for server in raw:
        variables = [
            ServerVariable(
                name=str(name),
                default=str(var.get("default", "")),
                enum=[str(v) for v in var.get("enum") or []],
                description=var.get("description"),
            )
            for name, var in (server.get("variables") or {}).items()
            if isinstance(var, dict)
        ]
        servers.append(Server(url=server["url"], description=server.get("description"), variables=variables))
    return servers


def _security_schemes(raw: dict[str, Any]) -> list[SecurityScheme]:
    schemes = []
    for name, scheme in raw.items():
        if not isinstance(scheme, dict) or "$ref" in scheme:
            continue
        schemes.append(
            SecurityScheme(
                name=str(name),
                type=str(scheme.get("type")),
                scheme=str(scheme["scheme"]).lower() if scheme.get("scheme") else None,
                bearer_format=scheme.get("bearerFormat"),
                location=scheme.get("in"),
                parameter_name=scheme.get("name"),
                description=scheme.get("description"),
            )
        )
    return schemes


__all__ = ["build_api", "naming"]
