"""Rules whose verdict depends on which way a value travels: in requests, responses, or both.

The same change reads differently by direction: a new required field breaks callers of a
request model and is harmless in a response model; a value added to an enum is a new
option for callers but a surprise for readers (unless, as in the generated SDK, enums are
open). These rules look at `change.facts["directions"]` and take the worst verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from generator.diff.model import (
    BREAKING,
    NON_BREAKING,
    POTENTIALLY_BREAKING,
    REQUEST,
    RESPONSE,
    Change,
    worst,
)
from generator.diff.typerefs import NARROWED, SAME_SHAPE, WIDENED

B, P, N = BREAKING, POTENTIALLY_BREAKING, NON_BREAKING


class Verdict(NamedTuple):
    wire: str
    sdk: str
    note: str | None = None


Rule = Callable[[Change], Verdict]
OPEN_ENUMS = "the SDK's enums are open (forward-compatible): a value they do not know still parses"
ONLY_PRIMARY = "the SDK types only the first 2xx response; other responses do not change its surface"
UNUSED = "no operation uses it; judged as if it were both sent and received"


def directed(change: Change, request: Verdict, response: Verdict, neither: Verdict | None = None) -> Verdict:
    """The worst of the verdicts for the directions the value travels in."""
    directions = change.facts.get("directions", [REQUEST, RESPONSE])
    chosen = [(d, v) for d, v in ((REQUEST, request), (RESPONSE, response)) if d in directions]
    if not chosen:
        return neither or Verdict(N, N, "neither sent nor received (read-only in requests, write-only in responses)")
    wire = worst(*(v.wire for _, v in chosen))
    sdk = worst(*(v.sdk for _, v in chosen))
    if len(chosen) == 1:
        return Verdict(wire, sdk, chosen[0][1].note)
    notes = [f"in {d}s: {v.note}" for d, v in chosen if v.note]
    return Verdict(wire, sdk, "; ".join(notes) or None)


def type_changed(change: Change) -> Verdict:
    relation = change.facts.get("relation")
    if relation == SAME_SHAPE:
        return Verdict(N, B, "the wire shape is the same, but the Python class is another one")
    request = (
        Verdict(N, N, "it accepts more than before")
        if relation == WIDENED
        else Verdict(B, B, "values that were valid may be rejected")
    )
    if relation == NARROWED:
        response = Verdict(N, N, "it returns a subset of what it returned before")
    else:
        response = Verdict(B, B, "code reading it expects the old type")
    return directed(change, request, _response_sdk(change, response))


def format_changed(change: Change) -> Verdict:
    python = change.facts.get("python_changed")
    sdk = B if python else N
    note = "the Python type changes" if python else "the Python type stays the same"
    return directed(change, Verdict(P, sdk, note), _response_sdk(change, Verdict(P, sdk, note)))


def became_nullable(change: Change) -> Verdict:
    return directed(
        change,
        Verdict(N, N, "null is now also accepted"),
        _response_sdk(change, Verdict(B, B, "code reading it must now handle None")),
    )


def became_non_nullable(change: Change) -> Verdict:
    return directed(change, Verdict(B, B, "callers sending null are rejected"), Verdict(N, N, "it is never null now"))


def _response_sdk(change: Change, verdict: Verdict) -> Verdict:
    """Responses other than the first 2xx are not typed by the SDK: only the wire is affected."""
    if change.kind.startswith("response.") and not change.facts.get("primary") and verdict.sdk != N:
        return Verdict(verdict.wire, N, ONLY_PRIMARY)
    return verdict


def required_flip(change: Change) -> Verdict:
    if change.kind.endswith("became_required"):
        return directed(change, Verdict(B, B, "existing calls may omit it"), Verdict(N, N, "it is always present now"))
    return directed(
        change,
        Verdict(N, N, "callers may now omit it"),
        Verdict(B, B, "code reading it must now handle its absence (None)"),
    )


def field_added(change: Change) -> Verdict:
    request = Verdict(B, B, "existing calls do not send it") if change.facts.get("required") else Verdict(N, N)
    return directed(
        change, request, Verdict(N, N, "responses parse leniently: an extra field never breaks parsing"), Verdict(N, N)
    )


def field_removed(change: Change) -> Verdict:
    return directed(
        change,
        Verdict(P, B, "servers may reject or ignore it; the SDK model loses the attribute"),
        Verdict(B, B, "code reading it breaks; the SDK model loses the attribute"),
        Verdict(N, B, "the SDK model loses the attribute"),
    )


def enum_value_added(change: Change) -> Verdict:
    return directed(
        change,
        Verdict(N, N, "callers may send the new value"),
        Verdict(P, N, f"{OPEN_ENUMS}; clients with closed enums may fail on it"),
    )


def enum_value_removed(change: Change) -> Verdict:
    return directed(
        change,
        Verdict(B, B, "callers sending it are rejected; the enum member is gone"),
        Verdict(N, B, "it is no longer returned, but the enum member is gone from the SDK"),
    )


def variant_added(change: Change) -> Verdict:
    return directed(
        change,
        Verdict(N, N, "callers may send the new variant"),
        Verdict(
            P,
            N,
            "responses may now take this shape; the SDK parses it, but code handling each variant should handle it too",
        ),
    )


def variant_removed(change: Change) -> Verdict:
    return directed(change, Verdict(B, B, "callers sending it are rejected"), Verdict(N, N, "it is no longer returned"))
