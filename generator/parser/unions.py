"""Chooses how each oneOf/anyOf site tells its variants apart.

The strategies, tried in this order (the first that separates every variant wins):

- `discriminator`: the OpenAPI `discriminator` keyword (propertyName + mapping).
- `enum`: one property whose enum values partition the variants (`mode: [tod]`...).
- `title`: every variant lists the same enum, but each variant's `title` names one value.
- `fallback`: `enum` or `title`, plus one variant that lacks the property and takes the
  payloads without it.
- `required-keys`: the sets of required keys differ, and a payload's keys pick one variant.
- `key-signature`: as above, but optional keys are needed to tell some variants apart.
- `primitive`: variants of different JSON types (or identical ones, which collapse).
- `left-to-right`: nothing separates the variants; the first that validates wins. Reported.

Signature strategies are proven, not assumed: the chooser that the generated SDK runs is
simulated here on each variant's smallest and largest payload, and must pick that variant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

STRATEGIES = (
    "discriminator",
    "enum",
    "title",
    "fallback",
    "required-keys",
    "key-signature",
    "primitive",
    "left-to-right",
)


@dataclass
class VariantFacts:
    """What the analysis needs to know about one variant."""

    json_kind: str | None  # object | array | string | integer | number | boolean | None
    title: str | None
    component: str | None  # component schema name when the variant is a $ref to one
    required: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    enums: dict[str, list[Any]] = field(default_factory=dict)  # property -> enum values
    enum_values: list[Any] = field(default_factory=list)  # when the variant itself is an enum
    description: str | None = None


@dataclass
class Resolution:
    strategy: str
    discriminator: str | None = None
    tags: list[list[Any]] = field(default_factory=list)  # per variant
    fallback: int | None = None
    note: str = ""


def choose_by_keys(keys: set[str], signatures: list[tuple[set[str], set[str]]]) -> int:
    """The variant the generated SDK picks for a payload with `keys` (mirrors the runtime)."""
    best, best_score = 0, None
    for index, (required, known) in enumerate(signatures):
        score = (required <= keys, len(keys & known) - len(keys - known), len(required), -index)
        if best_score is None or score > best_score:
            best, best_score = index, score
    return best


def resolve(variants: list[VariantFacts], discriminator: dict[str, Any] | None, mapping_index: Callable[[str], int | None]) -> Resolution:
    attempts: tuple[Callable[[], Resolution | None], ...] = (
        lambda: _by_discriminator_keyword(variants, discriminator, mapping_index),
        lambda: _by_enum_partition(variants),
        lambda: _by_title(variants),
        lambda: _by_signature(variants),
        lambda: _by_json_kind(variants),
    )
    for attempt in attempts:
        result = attempt()
        if result is not None:
            return result
    return Resolution(
        "left-to-right",
        note="no property, title, key set or type separates the variants; the first variant that validates wins",
    )


def _by_discriminator_keyword(variants: list[VariantFacts], discriminator: dict[str, Any] | None, mapping_index: Callable[[str], int | None]) -> Resolution | None:
    if not discriminator or not isinstance(discriminator.get("propertyName"), str):
        return None
    prop = discriminator["propertyName"]
    tags: list[list[Any]] = [[] for _ in variants]
    for value, ref in (discriminator.get("mapping") or {}).items():
        index = mapping_index(ref)
        if index is not None:
            tags[index].append(value)
    for index, facts in enumerate(variants):
        if not tags[index]:
            if facts.component:
                tags[index].append(facts.component)
            # its enum's values too, those no other variant may carry (PagerDuty's runners share
            # one `runner_type` enum: each value named both variants, and the last one won)
            others = {repr(v) for i, other in enumerate(variants) if i != index for v in other.enums.get(prop, [])}
            tags[index].extend(v for v in facts.enums.get(prop, []) if v not in tags[index] and repr(v) not in others)
    if any(not t for t in tags):
        return None
    return Resolution("discriminator", prop, tags, note=f"discriminator keyword on {prop!r}")


def _shared_enum_properties(variants: list[VariantFacts]) -> list[tuple[str, int | None]]:
    """(property, index of the one variant without it or None) for enum properties shared by the variants."""
    objects = [v for v in variants if v.json_kind == "object"]
    if len(objects) != len(variants) or len(variants) < 2:
        return []
    order: list[str] = []
    for facts in variants:
        order.extend(p for p in facts.enums if p not in order)
    found: list[tuple[str, int | None]] = []
    for prop in order:
        missing = [i for i, v in enumerate(variants) if prop not in v.enums]
        if not missing:
            found.append((prop, None))
        elif (
            len(missing) == 1
            and prop not in variants[missing[0]].known
            and all(prop in v.required for i, v in enumerate(variants) if i != missing[0])
        ):
            found.append((prop, missing[0]))
    return found


def _by_enum_partition(variants: list[VariantFacts]) -> Resolution | None:
    for prop, fallback in _shared_enum_properties(variants):
        tags = [list(v.enums.get(prop, [])) for v in variants]
        flat = [value for t in tags for value in t]
        if len(flat) == len(set(map(repr, flat))):
            strategy = "enum" if fallback is None else "fallback"
            note = f"values of {prop!r} partition the variants"
            if fallback is not None:
                note += f"; payloads without {prop!r} are the fallback variant"
            return Resolution(strategy, prop, tags, fallback, note)
    return None


def _by_title(variants: list[VariantFacts]) -> Resolution | None:
    for prop, fallback in _shared_enum_properties(variants):
        tags: list[list[Any]] = []
        untitled: list[int] = []
        for index, facts in enumerate(variants):
            matches = [v for v in facts.enums.get(prop, []) if _same_words(v, facts.title)]
            if index != fallback and len(matches) != 1:
                untitled.append(index)
            tags.append(matches if index != fallback and len(matches) == 1 else [])
        if len(untitled) == 1:  # one variant without a matching title takes the one value left over
            claimed = {repr(v) for t in tags for v in t}
            leftover = [v for v in variants[untitled[0]].enums[prop] if repr(v) not in claimed]
            if len(leftover) == 1:
                tags[untitled[0]] = leftover
                untitled = []
        if not untitled:
            flat = [repr(t[0]) for t in tags if t]
            if len(flat) == len(set(flat)):
                strategy = "title" if fallback is None else "fallback"
                note = f"each variant's title names one value of {prop!r}"
                if fallback is not None:
                    note += f"; payloads without {prop!r} are the fallback variant"
                return Resolution(strategy, prop, tags, fallback, note)
    return None


def _same_words(value: Any, title: str | None) -> bool:
    if not isinstance(value, str) or not title:
        return False
    def norm(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "", text.lower())

    return norm(value) == norm(title) and norm(value) != ""


def _by_signature(variants: list[VariantFacts]) -> Resolution | None:
    if len(variants) < 2 or any(v.json_kind != "object" for v in variants):
        return None
    signatures = [(set(v.required), set(v.known) | set(v.required)) for v in variants]
    for index, (required, known) in enumerate(signatures):
        if choose_by_keys(known, signatures) != index:
            return None
        chosen = choose_by_keys(required, signatures)
        if chosen != index and not _fits(required, signatures[chosen]):
            return None
    distinct_required = len({frozenset(r) for r, _ in signatures}) == len(signatures)
    if distinct_required:
        return Resolution("required-keys", note="each variant has its own set of required keys")
    return Resolution("key-signature", note="the set of keys in the payload picks the variant")


def _fits(keys: set[str], signature: tuple[set[str], set[str]]) -> bool:
    """A payload with these keys is valid for that variant too, so either answer is right."""
    required, known = signature
    return required <= keys <= known


def _by_json_kind(variants: list[VariantFacts]) -> Resolution | None:
    kinds = [v.json_kind for v in variants]
    if None in kinds:
        return None
    objects = sum(1 for k in kinds if k in ("object", "array"))
    if objects == 0:
        return Resolution("primitive", note="variants are primitive values, told apart by JSON type")
    distinct = len(set(kinds)) == len(kinds)
    if distinct:
        return Resolution("primitive", note="variants have different JSON types")
    return None
