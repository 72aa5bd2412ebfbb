"""The one-screen summary printed after `generate`."""

from __future__ import annotations

from collections import Counter

from generator.parser.unions import STRATEGIES
from generator.pipeline import Generation


def summary(generation: Generation, out: str) -> str:
    api = generation.api
    deprecated = sum(1 for op in api.operations if op.deprecated)
    inline = sum(1 for m in api.models.values() if m.origin == "inline")
    strategies = Counter(u.strategy for u in api.unions.values())
    written, unchanged, removed = generation.written
    lines = [
        f"{api.title} {api.version} (OpenAPI {api.openapi}) -> {out}/{generation.package}",
        f"  operations  {len(api.operations)} in {len(api.resources)} resources ({deprecated} deprecated)",
        f"  models      {len(api.models)} ({len(api.models) - inline} components, {inline} hoisted from inline schemas)",
        f"  enums       {len(api.enums)}",
        f"  unions      {len(api.unions)}: "
        + ", ".join(f"{s} {strategies[s]}" for s in STRATEGIES if strategies[s]),
        f"  files       {len(generation.files)} ({written} written, {unchanged} unchanged, {removed} removed)",
        "  time        " + ", ".join(f"{k} {v:.2f}s" for k, v in generation.timings.items()),
    ]
    if api.renames:
        lines.append(f"  renamed     {len(api.renames)} name collisions resolved (see `sdkgen ir` -> renames)")
        lines.extend(f"    {r}" for r in api.renames[:5])
    if api.warnings:
        lines.append(f"  warnings    {len(api.warnings)}")
        lines.extend(f"    {w}" for w in api.warnings[:10])
        if len(api.warnings) > 10:
            lines.append(f"    ... and {len(api.warnings) - 10} more (see `sdkgen ir`)")
    return "\n".join(lines)
