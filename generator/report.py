"""The one-screen summary printed after `generate`."""

from __future__ import annotations

from collections import Counter

from generator.ir import Api
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
        f"  models      {len(api.models)} classes ({len(api.models) - inline} components, {inline} named for their entity)",
        *_shape_lines(api),
        f"  unions      {len(api.unions)}: "
        + ", ".join(f"{s} {strategies[s]}" for s in STRATEGIES if strategies[s]),
        f"  files       {len(generation.files)} ({written} written, {unchanged} unchanged, {removed} removed)",
        "  time        " + ", ".join(f"{k} {v:.2f}s" for k, v in generation.timings.items()),
    ]
    if api.renames:
        lines.append(f"  renamed     {len(api.renames)} shapes named with their second choice (see `sdkgen ir` -> renames)")
        lines.extend(f"    {r}" for r in api.renames[:5])
    if api.warnings:
        lines.append(f"  warnings    {len(api.warnings)}")
        lines.extend(f"    {w}" for w in api.warnings[:10])
        if len(api.warnings) > 10:
            lines.append(f"    ... and {len(api.warnings) - 10} more (see `sdkgen ir`)")
    return "\n".join(lines)


def _shape_lines(api: Api) -> list[str]:
    stats = api.shapes
    if stats is None:
        return [f"  enums       {len(api.enums)}"]
    return [
        f"  shapes      {stats.schemas} schemas: {stats.model_shapes} distinct object shapes, "
        f"{stats.enum_sets} enum value sets, {stats.union_shapes} unions",
        f"  entities    {len(stats.merged)} near-identical shapes joined to an entity (see `sdkgen ir` -> shapes)",
        f"  enums       {len(api.enums)} value lists, written inline as Literal[...]",
    ]
