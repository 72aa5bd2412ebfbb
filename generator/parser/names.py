"""Hands out class names: one per schema location, deterministic, never numbered."""

from __future__ import annotations

import hashlib

from generator import naming


class NameRegistry:
    def __init__(self, locked: dict[str, str] | None = None) -> None:
        """`locked`: schema source -> class name from the name lock; those names are reserved."""
        self._locked = dict(locked or {})
        self._owner: dict[str, str] = {name: source for source, name in self._locked.items()}
        self.renames: list[str] = []

    def taken(self, name: str) -> bool:
        return name in self._owner

    def claim(self, parts: tuple[str, ...], source: str, alternatives: tuple[str, ...] = ()) -> str:
        """The class name for the schema at `source`, built from the words in `parts`.

        When another schema already holds that name, the alternatives (more context
        words) are tried, then a short digest of the JSON pointer: stable across runs and
        spec versions, unlike an ordinal, which would shift whenever the spec grows.
        """
        locked = self._locked.get(source)
        if locked is not None:
            return locked
        wanted = naming.class_name(*parts)
        if self._free_for(wanted, source):
            return self._take(wanted, source)
        for extra in alternatives:
            candidate = naming.class_name(*parts, extra)
            if self._free_for(candidate, source):
                self.renames.append(f"{wanted} at {source} is named {candidate} ({wanted} is {self._owner[wanted]})")
                return self._take(candidate, source)
        digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:6]
        candidate = f"{wanted}_{digest}"
        while not self._free_for(candidate, source):
            digest = hashlib.sha1((digest + source).encode("utf-8")).hexdigest()[:6]
            candidate = f"{wanted}_{digest}"
        self.renames.append(f"{wanted} at {source} is named {candidate} ({wanted} is {self._owner[wanted]})")
        return self._take(candidate, source)

    def _free_for(self, name: str, source: str) -> bool:
        return self._owner.get(name, source) == source

    def _take(self, name: str, source: str) -> str:
        self._owner[name] = source
        return name
