"""JSON pointer helpers (RFC 6901), used for error messages and as stable schema identities."""

from __future__ import annotations


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~") if "~" in token else token


def join(pointer: str, *tokens: object) -> str:
    # Called for every schema a spec has; most tokens need no escaping, so skip the replaces.
    for token in tokens:
        text = str(token)
        pointer += "/" + (escape(text) if "~" in text or "/" in text else text)
    return pointer


def child(pointer: str, token: str) -> str:
    """`join` for one string token: an object's properties, each in turn."""
    return pointer + "/" + (escape(token) if "~" in token or "/" in token else token)


def split(pointer: str) -> list[str]:
    """'#/a/b~1c' -> ['a', 'b/c']."""
    body = pointer[1:] if pointer.startswith("#") else pointer
    if body in ("", "/"):
        return []
    if not body.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(t) for t in body[1:].split("/")]
