"""Which release the regenerated SDK package needs: major, minor or patch.

major: anything breaks the SDK's public surface; minor: something was added to it;
patch: neither. The generated package takes its version from the spec's `info.version`,
so the advice is also checked against what that version did.
"""

from __future__ import annotations

import re

from generator.diff.kinds import ADDITIONS
from generator.diff.model import BREAKING, POTENTIALLY_BREAKING, Change, SemverAdvice

_RANK = {"downgrade": 0, "none": 0, "patch": 1, "minor": 2, "major": 3}


def recommend(changes: list[Change], old_version: str, new_version: str) -> SemverAdvice:
    breaking = sum(c.sdk == BREAKING for c in changes)
    additions = sum(c.kind in ADDITIONS and c.sdk != BREAKING for c in changes)
    maybe = sum(c.sdk == POTENTIALLY_BREAKING for c in changes)
    if breaking:
        level, reason = (
            "major",
            f"{_count(breaking, 'change')} break{'s' if breaking == 1 else ''} the SDK's public surface",
        )
    elif additions:
        level, reason = "minor", f"{_count(additions, 'addition')} to the SDK, nothing breaks it"
    elif changes:
        level, reason = "patch", "nothing breaks or grows the SDK's public surface"
    else:
        level, reason = "patch", "no changes"
    if maybe and level != "major":
        reason += f" ({_count(maybe, 'change')} may affect SDK users: see the notes)"
    bump = version_bump(old_version, new_version)
    warning = None
    if bump is not None and changes and _RANK[bump] < _RANK[level]:
        did = f"is unchanged ({new_version})" if bump == "none" else f"went {old_version} -> {new_version} ({bump})"
        warning = (
            f"info.version {did}, but the SDK changes call for a {level} release; "
            "the generated package takes its version from info.version (or package.version in sdkgen.yaml)"
        )
    return SemverAdvice(level, reason, bump, warning)


def version_bump(old: str, new: str) -> str | None:
    """ "major" | "minor" | "patch" | "none" | "downgrade" for X.Y.Z versions; None when either is not one."""
    before, after = _parse(old), _parse(new)
    if before is None or after is None:
        return None
    for index, level in enumerate(("major", "minor", "patch")):
        if after[index] != before[index]:
            return level if after[index] > before[index] else "downgrade"
    return "none"


def _parse(version: str) -> tuple[int, int, int] | None:
    found = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?", version.strip())
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
