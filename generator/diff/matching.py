"""Pairs up the definitions and operations of two versions.

Definitions (models, enums, unions) are entities: one class per shape, named for what it is
(see generator/parser/entities.py). They are matched

1. by name: the same entity in both versions, wherever its schemas now stand;
2. what is left, by the schema locations the two have in common (most in common wins): the
   entity was renamed, an SDK-breaking change even when the wire is unchanged.

Operations are matched by operationId, then by method and path.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from generator.ir import Operation


class Definition(Protocol):
    name: str
    source: str
    sources: list[str]


D = TypeVar("D", bound=Definition)


@dataclass
class Matching:
    pairs: dict[str, str] = field(default_factory=dict)  # old name -> new name
    removed: list[str] = field(default_factory=list)  # old names without a counterpart
    added: list[str] = field(default_factory=list)  # new names without a counterpart


def match_definitions(old: dict[str, D], new: dict[str, D]) -> Matching:
    left = dict(old)
    right = dict(new)
    pairs: dict[str, str] = {}

    def pair(old_name: str, new_name: str) -> None:
        pairs[old_name] = new_name
        del left[old_name], right[new_name]

    for name in [n for n in left if n in right]:
        pair(name, name)
    owner = {source: n for n, d in right.items() for source in d.sources or [d.source]}
    for name, definition in sorted(left.items()):
        votes = Counter(owner[s] for s in definition.sources or [definition.source] if owner.get(s) in right)
        if votes:
            pair(name, max(sorted(votes), key=lambda n: votes[n]))
    return Matching(pairs, sorted(left), sorted(right))


@dataclass
class OperationMatching:
    pairs: list[tuple[Operation, Operation]] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    added: list[Operation] = field(default_factory=list)


def match_operations(old: list[Operation], new: list[Operation]) -> OperationMatching:
    result = OperationMatching()
    by_id = {op.operation_id: op for op in new}
    unmatched: list[Operation] = []
    taken: set[int] = set()
    for op in old:
        twin = by_id.get(op.operation_id)
        if twin is not None:
            result.pairs.append((op, twin))
            taken.add(id(twin))
        else:
            unmatched.append(op)
    by_endpoint = {(op.method, op.path): op for op in new if id(op) not in taken}
    for op in unmatched:
        twin = by_endpoint.pop((op.method, op.path), None)
        if twin is not None and id(twin) not in taken:
            result.pairs.append((op, twin))
            taken.add(id(twin))
        else:
            result.removed.append(op)
    result.added = [op for op in new if id(op) not in taken]
    return result
