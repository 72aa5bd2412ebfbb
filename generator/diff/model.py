"""What a diff is made of: severities, one Change per difference, and the DiffReport."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

BREAKING = "breaking"
POTENTIALLY_BREAKING = "potentially-breaking"
NON_BREAKING = "non-breaking"
SEVERITIES = (BREAKING, POTENTIALLY_BREAKING, NON_BREAKING)  # worst first
_RANK = {NON_BREAKING: 0, POTENTIALLY_BREAKING: 1, BREAKING: 2}

REQUEST = "request"
RESPONSE = "response"


def rank(severity: str) -> int:
    return _RANK[severity]


def worst(*severities: str) -> str:
    return max(severities, key=rank, default=NON_BREAKING)


@dataclass
class Change:
    """One difference between the two specs, judged for the wire API and for the generated SDK.

    `facts` are what the comparers observed (directions a type travels in, whether a type
    change widens or narrows, ...); `classify` turns them into `wire`, `sdk` and `note`.
    """

    kind: str  # "<subject kind>.<event>", listed in generator.diff.kinds
    subject: str  # what changed, in SDK terms: "charge_points.list", "ChargePoint.status"
    message: str  # one sentence for people
    pointer: str = ""  # JSON pointer (new spec when the thing still exists there, else old)
    old: Any = None
    new: Any = None
    wire: str = NON_BREAKING
    sdk: str = NON_BREAKING
    note: str | None = None
    details: list[str] = field(default_factory=list)  # e.g. the classes that go with it
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def wire_breaking(self) -> bool:
        return self.wire == BREAKING

    @property
    def sdk_breaking(self) -> bool:
        return self.sdk == BREAKING

    def sort_key(self) -> tuple[Any, ...]:
        return (-rank(self.sdk), -rank(self.wire), self.kind, self.subject, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "message": self.message,
            "pointer": self.pointer,
            "old": self.old,
            "new": self.new,
            "wire": self.wire,
            "sdk": self.sdk,
            "note": self.note,
            "details": list(self.details),
        }


@dataclass
class SpecInfo:
    path: str
    title: str
    version: str


@dataclass
class SemverAdvice:
    level: str  # "major" | "minor" | "patch"
    reason: str
    api_version_bump: str | None = None  # what info.version did: "major" | "minor" | "patch" | "none" | None
    warning: str | None = None  # when the spec's own version bump is smaller than the advice


@dataclass
class DiffReport:
    old: SpecInfo
    new: SpecInfo
    changes: list[Change]
    semver: SemverAdvice
    names: str = "fresh"  # how SDK names were given: "fresh", or "kept" (the old names locked)

    @property
    def sdk_breaking(self) -> list[Change]:
        return [c for c in self.changes if c.sdk == BREAKING]

    @property
    def wire_breaking(self) -> list[Change]:
        return [c for c in self.changes if c.wire == BREAKING]

    def counts_by_kind(self) -> dict[str, dict[str, int]]:
        """{kind: {"total", "sdk-breaking", "wire-breaking", "potentially-breaking"}} in kind order."""
        table: dict[str, dict[str, int]] = {}
        for change in self.changes:
            row = table.setdefault(
                change.kind, {"total": 0, "sdk-breaking": 0, "wire-breaking": 0, "potentially-breaking": 0}
            )
            row["total"] += 1
            row["sdk-breaking"] += change.sdk == BREAKING
            row["wire-breaking"] += change.wire == BREAKING
            row["potentially-breaking"] += POTENTIALLY_BREAKING in (change.sdk, change.wire) and BREAKING not in (
                change.sdk,
                change.wire,
            )
        return dict(sorted(table.items()))

    def counts_by_severity(self) -> dict[str, dict[str, int]]:
        return {
            side: {severity: sum(getattr(c, side) == severity for c in self.changes) for severity in SEVERITIES}
            for side in ("sdk", "wire")
        }
