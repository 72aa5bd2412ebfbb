"""Errors the user can act on: they name the file, the JSON pointer and what is wrong."""

from __future__ import annotations


class SpecError(Exception):
    """The input spec is unusable at a precise place."""

    def __init__(self, file: str, pointer: str, message: str) -> None:
        super().__init__(f"{file}: {pointer or '#'}: {message}")
        self.file = file
        self.pointer = pointer or "#"
        self.message = message


class RefEscapeError(SpecError):
    """A $ref that would read a file outside the spec's folder."""


class GeneratorError(Exception):
    """Generation failed for a reason other than the spec (output folder, formatter...)."""
