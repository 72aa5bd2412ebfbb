"""The vocabulary of tests/support/fault_server.py: what to answer, and what was asked.

Kept apart from the server so tests can build scripts and inspect recorded
requests without reading the socket plumbing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class Reply:
    """Answer with ``status``, a JSON body (none when ``json`` is None) and headers, after ``delay`` s.

    ``raw`` sends those bytes as the body instead, as ``application/json`` unless the headers
    say otherwise: for bodies that are not valid JSON.
    """

    status: int = 200
    json: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    raw: bytes | None = None


@dataclass(frozen=True)
class Reset:
    """Drop the connection without answering; SO_LINGER 0 makes the client see a reset."""


@dataclass(frozen=True)
class Hang:
    """Sleep ``seconds`` before answering 200 (to trigger client read timeouts)."""

    seconds: float


Step = Reply | Reset | Hang


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str  # includes the query string
    headers: dict[str, str]
    body: bytes

    @property
    def query(self) -> dict[str, list[str]]:
        """The query string parsed, e.g. {"cursor": ["abc"]}."""
        return parse_qs(self.path.partition("?")[2], keep_blank_values=True)
