"""Everything the comparers share: both Apis, the matching of their definitions, directions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from generator.diff.matching import Matching, match_definitions
from generator.diff.typerefs import TypeComparer
from generator.diff.usage import BOTH, Directions, definition_directions
from generator.ir import Api


@dataclass
class DiffContext:
    old: Api
    new: Api
    models: Matching
    enums: Matching
    unions: Matching
    types: TypeComparer

    @classmethod
    def build(cls, old: Api, new: Api) -> DiffContext:
        models = match_definitions(old.models, new.models)
        enums = match_definitions(old.enums, new.enums)
        unions = match_definitions(old.unions, new.unions)
        renamed = {**models.pairs, **enums.pairs, **unions.pairs}
        return cls(old, new, models, enums, unions, TypeComparer(old, new, renamed))

    @cached_property
    def old_directions(self) -> dict[str, Directions]:
        return definition_directions(self.old)

    @cached_property
    def new_directions(self) -> dict[str, Directions]:
        return definition_directions(self.new)

    @cached_property
    def unstable_names(self) -> frozenset[str]:
        """Class names in both versions that stand for different definitions (a name taken over).

        Equal fields that refer to such a name do not mean equal types; a name that is gone
        from the new version cannot appear in equal fields at all, so it needs no check.
        """
        pairs = self.types.renamed
        new_names = {*self.new.models, *self.new.enums, *self.new.unions}
        return frozenset(
            n for n in (*self.old.models, *self.old.enums, *self.old.unions) if pairs.get(n) != n and n in new_names
        )

    def unchanged(self, old: object, new: object, refs: Callable[[], Iterable[str]]) -> bool:
        """Fast path: equal dataclasses whose class names all still mean the same definitions."""
        if old != new:
            return False
        return not self.unstable_names or self.unstable_names.isdisjoint(refs())

    def directions(self, old_name: str | None, new_name: str | None) -> tuple[Directions, bool]:
        """(directions, unused): where a definition travels in either version.

        A definition no operation reaches is still public SDK surface: it is judged as if
        it travelled both ways, and `unused` says so.
        """
        found = self.old_directions.get(old_name or "", frozenset()) | self.new_directions.get(
            new_name or "", frozenset()
        )
        return (found, False) if found else (BOTH, True)
