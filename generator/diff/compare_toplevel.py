"""What the whole API shares: resources (SDK modules), servers and security."""

from __future__ import annotations

from generator.diff.compare_operations import (
    describe_security,
    requirement_alternatives,
)
from generator.diff.context import DiffContext
from generator.diff.model import Change
from generator.ir import SecurityScheme, Server


def compare_toplevel(ctx: DiffContext) -> list[Change]:
    return [*_resources(ctx), *_servers(ctx), *_security(ctx)]


def _resources(ctx: DiffContext) -> list[Change]:
    before = {r.name: r for r in ctx.old.resources}
    after = {r.name: r for r in ctx.new.resources}
    changes = []
    for name in sorted(before.keys() - after.keys()):
        changes.append(
            Change(
                "resource.removed",
                name,
                f"client.{name} and module resources/{name}.py are gone (tag {before[name].tag!r})",
                "#/tags",
                name,
                None,
            )
        )
    for name in sorted(after.keys() - before.keys()):
        changes.append(
            Change(
                "resource.added",
                name,
                f"new client.{name} (module resources/{name}.py, tag {after[name].tag!r})",
                "#/tags",
                None,
                name,
            )
        )
    return changes


def _servers(ctx: DiffContext) -> list[Change]:
    before = {s.url: (i, s) for i, s in enumerate(ctx.old.servers)}
    after = {s.url: (i, s) for i, s in enumerate(ctx.new.servers)}
    changes = []
    for url, (index, _) in before.items():
        if url not in after:
            changes.append(
                Change(
                    "server.removed",
                    url,
                    f"server {url} was removed",
                    "#/servers",
                    url,
                    None,
                    facts={"default": index == 0},
                )
            )
    for url, (index, _) in after.items():
        if url not in before:
            changes.append(
                Change(
                    "server.added",
                    url,
                    f"new server {url}",
                    f"#/servers/{index}",
                    None,
                    url,
                    facts={"default": index == 0},
                )
            )
    old_default = ctx.old.servers[0].url if ctx.old.servers else None
    new_default = ctx.new.servers[0].url if ctx.new.servers else None
    if old_default != new_default:
        changes.append(
            Change(
                "server.default_changed",
                "servers[0]",
                f"the default server is {new_default}, was {old_default}",
                "#/servers/0",
                old_default,
                new_default,
            )
        )
    for url in [u for u in before if u in after]:
        changes += _variables(before[url][1], after[url][1], after[url][0])
    return changes


def _variables(old: Server, new: Server, index: int) -> list[Change]:
    before = {v.name: v for v in old.variables}
    after = {v.name: v for v in new.variables}
    default_server = index == 0
    pointer = f"#/servers/{index}/variables"
    changes = []
    for name in sorted(before.keys() - after.keys()):
        changes.append(
            Change(
                "server.variable_removed",
                f"{new.url} {{{name}}}",
                f"server {new.url}: variable {name!r} was removed",
                pointer,
                name,
                None,
                facts={"default": default_server},
            )
        )
    for name in sorted(after.keys() - before.keys()):
        changes.append(
            Change(
                "server.variable_added",
                f"{new.url} {{{name}}}",
                f"server {new.url}: new variable {name!r}",
                pointer,
                None,
                name,
                facts={"default": default_server},
            )
        )
    for name in sorted(before.keys() & after.keys()):
        if before[name].default != after[name].default:
            changes.append(
                Change(
                    "server.variable_default_changed",
                    f"{new.url} {{{name}}}",
                    f"server {new.url}: variable {name!r} defaults to {after[name].default!r}, was {before[name].default!r}",
                    pointer,
                    before[name].default,
                    after[name].default,
                    facts={"default": default_server},
                )
            )
    return changes


def _security(ctx: DiffContext) -> list[Change]:
    before = {s.name: s for s in ctx.old.security_schemes}
    after = {s.name: s for s in ctx.new.security_schemes}
    pointer = "#/components/securitySchemes"
    changes = []
    for name in sorted(before.keys() - after.keys()):
        changes.append(
            Change(
                "security.scheme_removed",
                name,
                f"security scheme {name!r} was removed",
                pointer,
                _scheme(before[name]),
                None,
            )
        )
    for name in sorted(after.keys() - before.keys()):
        changes.append(
            Change(
                "security.scheme_added",
                name,
                f"new security scheme {name!r} ({_scheme(after[name])})",
                pointer,
                None,
                _scheme(after[name]),
            )
        )
    for name in sorted(before.keys() & after.keys()):
        if _scheme(before[name]) != _scheme(after[name]):
            changes.append(
                Change(
                    "security.scheme_changed",
                    name,
                    f"security scheme {name!r}: {_scheme(before[name])} -> {_scheme(after[name])}",
                    pointer,
                    _scheme(before[name]),
                    _scheme(after[name]),
                )
            )
    old_alternatives = requirement_alternatives(ctx.old.security)
    new_alternatives = requirement_alternatives(ctx.new.security)
    if old_alternatives != new_alternatives:
        changes.append(
            Change(
                "security.requirements_changed",
                "security",
                f"API-wide security {describe_security(old_alternatives)} -> {describe_security(new_alternatives)}",
                "#/security",
                describe_security(old_alternatives),
                describe_security(new_alternatives),
                facts={"old_alternatives": old_alternatives, "new_alternatives": new_alternatives},
            )
        )
    return changes


def _scheme(scheme: SecurityScheme) -> str:
    """What decides how a client authenticates (descriptions and bearer formats do not)."""
    if scheme.type == "http":
        return f"http {scheme.scheme or ''}".strip()
    if scheme.type == "apiKey":
        return f"apiKey {scheme.parameter_name} in {scheme.location}"
    return scheme.type
