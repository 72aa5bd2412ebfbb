"""What a body's media type says about how it travels: as JSON, as a form, or as it is.

A body that is not JSON (a download, an image, a CSV export, a JSON Lines import) is sent and
returned as it is: bytes when it is binary, text when the media type is textual or the spec
gives it a string schema. Parsing one as JSON fails on every call.
"""

from __future__ import annotations

from typing import Any

from generator.ir import types as t
from generator.ir.types import TypeRef

FORM, MULTIPART = "application/x-www-form-urlencoded", "multipart/form-data"
EVENT_STREAM = "text/event-stream"  # server-sent events: a response that arrives event by event

# JSON in name only: one JSON document per line is not one JSON document
_JSON_LINES = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/json-seq"})
# textual types outside text/*
_TEXTUAL = frozenset({
    "application/xml", "application/yaml", "application/x-yaml", "application/javascript", "application/sql",
    "application/graphql", "application/csv", "application/x-pem-file", *_JSON_LINES,
})


def essence(media_type: str | None) -> str:
    """`Application/JSON; charset=utf-8` -> `application/json`."""
    return (media_type or "").split(";")[0].strip().lower()


def is_json(media_type: str | None) -> bool:
    """Whether a body of this type is JSON (an unnamed or wildcard type is taken as JSON, as
    servers that write `*/*` mean it)."""
    kind = essence(media_type)
    if kind in _JSON_LINES:
        return False
    return kind in ("", "*/*", "application/*", "application/json", "text/json") or kind.endswith(("+json", "/json"))


def is_event_stream(media_type: str | None) -> bool:
    return essence(media_type) == EVENT_STREAM


def is_raw(media_type: str | None) -> bool:
    """Whether a request body of this type is sent as it is (not JSON, not a form, not multipart)."""
    return not is_json(media_type) and essence(media_type) not in (FORM, MULTIPART)


def is_textual(media_type: str | None) -> bool:
    kind = essence(media_type)
    return kind.startswith("text/") or kind in _TEXTUAL or kind.endswith("+xml")


def raw_type(media_type: str | None, schema: Any) -> TypeRef:
    """What a body that is not JSON is in Python: bytes (`format: binary`, or no string schema
    and a binary media type) or text (a string schema, or a textual media type)."""
    is_string = isinstance(schema, dict) and schema.get("type") in ("string", ["string"])
    binary = isinstance(schema, dict) and schema.get("format") == "binary"
    if binary or (not is_string and not is_textual(media_type)):
        return TypeRef(t.PRIMITIVE, primitive="string", format="binary")
    return TypeRef(t.PRIMITIVE, primitive="string")
