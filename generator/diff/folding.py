"""Folds the classes that come and go with a bigger change into that change.

Removing an operation also removes its inline request and response models; reporting each
of those classes as a change of its own would bury the one change that matters. A removed
(or added) class reached only through something removed (or added) with it becomes a
detail of that change: "also removes ChargePointCreateRequest". Whatever is left is
reported on its own.
"""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.model import Change
from generator.emit.plan import dependencies
from generator.ir import Api

# Who absorbs first: the widest change wins the classes it reaches.
_OWNER_ORDER = ("operation.", "request_body.", "response.", "parameter.", "union.", "field.", "model.", "enum.")
_PRESENCE = {
    "removed": ("model.removed", "enum.removed", "union.removed"),
    "added": ("model.added", "enum.added", "union.added"),
}


def fold_definitions(ctx: DiffContext, changes: list[Change]) -> list[Change]:
    folded: set[int] = set()
    for event, refs_key, api, verb in (
        ("removed", "old_refs", ctx.old, "removes"),
        ("added", "new_refs", ctx.new, "adds"),
    ):
        presence = {c.subject: c for c in changes if c.kind in _PRESENCE[event]}
        if not presence:
            continue
        inner = {dep for name in presence for dep in dependencies(api, name) if dep != name}
        candidates = [c for c in changes if c.facts.get(refs_key) or c.kind in _PRESENCE[event]]
        owners = sorted(candidates, key=lambda c: _owner_key(c, inner))
        taken: set[str] = set()
        for owner in owners:
            if id(owner) in folded:
                continue
            own = owner.kind in _PRESENCE[event]
            if own:
                taken.add(owner.subject)
            start = [owner.subject] if own else list(owner.facts.get(refs_key) or [])
            reached = _reach(api, start, presence, taken, skip=owner.subject if own else None)
            if not reached:
                continue
            for name in reached:
                folded.add(id(presence[name]))
            owner.details.append(f"also {verb} {_classes(reached)}")
            owner.facts.setdefault(f"{event}_classes", []).extend(reached)
    return [c for c in changes if id(c) not in folded]


def _reach(api: Api, start: list[str], presence: dict[str, Change], taken: set[str], skip: str | None) -> list[str]:
    """The added/removed classes reachable from `start` through added/removed classes only."""
    reached: list[str] = []
    stack = list(reversed(start))
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name in seen or name not in presence:
            continue
        seen.add(name)
        if name != skip:
            if name in taken:
                continue
            taken.add(name)
            reached.append(name)
        stack.extend(reversed(dependencies(api, name)))
    return sorted(reached)


def _owner_key(change: Change, inner: set[str]) -> tuple[int, bool, str, str]:
    """Wider changes first; among classes, those no other added/removed class uses first."""
    rank = next((i for i, prefix in enumerate(_OWNER_ORDER) if change.kind.startswith(prefix)), len(_OWNER_ORDER))
    return (rank, change.subject in inner, change.subject, change.kind)


def _classes(names: list[str]) -> str:
    if len(names) <= 6:
        return ("class " if len(names) == 1 else "classes ") + ", ".join(names)
    return f"{len(names)} classes: " + ", ".join(names[:6]) + ", ..."
