"""A short string that a schema's `pattern` matches, for the examples and the generated tests.

Svix's ids (`^key_[A-Za-z0-9]{27}$`) and Sentry's (`^[0-9a-f]{32}$`) are checked by the
server and by Prism: an `"abc"` there fails every generated test of the operation. The
pattern is read with Python's own regex parser and walked: the first alternative, the first
character of each class, each repeat its minimum number of times, then the string is padded to
`minLength`. Whatever comes out is checked against the pattern before it is used.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11 moved the parser; 3.10 has it as sre_parse
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse

_MAX_LENGTH = 200
_CATEGORY = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " ", "CATEGORY_NOT_DIGIT": "a",
             "CATEGORY_NOT_WORD": "-", "CATEGORY_NOT_SPACE": "a"}


def matching(pattern: str, min_length: int = 0, max_length: int | None = None) -> str | None:
    """A string `re.search(pattern, ...)` finds, within the lengths; None when none is found."""
    try:
        parsed = sre_parse.parse(pattern)
        built = _build(parsed, 0)
    except (re.error, RecursionError, _Unsupported, TypeError, ValueError, OverflowError):
        return None
    if built is None or len(built) > _MAX_LENGTH:
        return None
    candidates = [built]
    if len(built) < min_length:  # a pattern that does not anchor its end takes more characters
        candidates.append(built + built[-1:] * (min_length - len(built)) if built else "a" * min_length)
    for candidate in candidates:
        fits = len(candidate) >= min_length and (max_length is None or len(candidate) <= max_length)
        if fits and re.search(pattern, candidate) is not None:
            return candidate
    return None


class _Unsupported(Exception):
    pass


def _build(items: Any, depth: int) -> str:
    if depth > 50:
        raise _Unsupported
    return "".join(_item(op, value, depth) for op, value in items)


def _item(op: Any, value: Any, depth: int) -> str:
    name = str(op)
    if name == "LITERAL":
        return chr(value)
    if name == "NOT_LITERAL":
        return "a" if chr(value) != "a" else "b"
    if name == "ANY":
        return "a"
    if name == "IN":
        return _class(value)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, inner = value
        return _build(inner, depth + 1) * max(int(low), 0)
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _build(value if name == "ATOMIC_GROUP" else value[-1], depth + 1)
    if name == "BRANCH":
        return _build(value[1][0], depth + 1)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # anchors and lookarounds take no characters
        return ""
    raise _Unsupported  # a back reference, a conditional group


def _class(items: Any) -> str:
    negated = any(str(op) == "NEGATE" for op, _ in items)
    if negated:  # a character the class leaves out: try a few common ones
        for candidate in "a0-_ ":
            if not _in_class(items, candidate):
                return candidate
        raise _Unsupported
    op, value = items[0]
    name = str(op)
    if name == "LITERAL":
        return chr(value)
    if name == "RANGE":
        return chr(value[0])
    if name == "CATEGORY":
        return _CATEGORY.get(str(value), "a")
    raise _Unsupported


def _in_class(items: Any, character: str) -> bool:
    code = ord(character)
    for op, value in items:
        name = str(op)
        if name == "LITERAL" and value == code:
            return True
        if name == "RANGE" and value[0] <= code <= value[1]:
            return True
        if name == "CATEGORY" and re.fullmatch(_CATEGORY_RE.get(str(value), "$^"), character):
            return True
    return False


_CATEGORY_RE = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_DIGIT": r"\D",
                "CATEGORY_NOT_WORD": r"\W", "CATEGORY_NOT_SPACE": r"\S"}
