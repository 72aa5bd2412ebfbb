"""A request body that the spec only takes as `application/x-www-form-urlencoded` (Twilio's
and Stripe's APIs) is sent form-encoded, not as JSON; one that is also offered as JSON is
sent as JSON."""

from __future__ import annotations

import datetime
import decimal
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk

MESSAGE = {
    "type": "object",
    "required": ["To"],
    "properties": {
        "To": {"type": "string"},
        "Body": {"type": "string"},
        "MediaUrl": {"type": "array", "items": {"type": "string"}},
        "ShortenUrls": {"type": "boolean"},
        "SendAt": {"type": "string", "format": "date-time"},
        "MaxPrice": {"type": "number"},
        "Metadata": {"type": "object", "properties": {"plan": {"type": "string"}, "seats": {"type": "integer"}}},
        "Items": {"type": "array", "items": {"type": "object", "properties": {"price": {"type": "string"}}}},
        "Note": {"type": "string", "nullable": True},
    },
}
SENT = {"type": "object", "properties": {"sid": {"type": "string"}}}


def _operation(op_id: str, tag: str, content: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "operationId": op_id,
            "tags": [tag],
            "requestBody": {"required": True, "content": content},
            "responses": {"201": {"description": "made", "content": {"application/json": {"schema": SENT}}}},
        }
    }


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Texts", "version": "1.0.0"},
    "paths": {
        "/messages": _operation("createMessage", "messages", {"application/x-www-form-urlencoded": {"schema": MESSAGE}}),
        "/drafts": _operation(
            "createDraft", "drafts", {"application/x-www-form-urlencoded": {"schema": MESSAGE}, "application/json": {"schema": MESSAGE}}
        ),
    },
}


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("texts"), SPEC, "texts_sdk")


def _sent(sdk: Any, resource: str, **arguments: Any) -> httpx.Request:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"sid": "SM1"})

    client = sdk.TextsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert getattr(client, resource).create(**arguments).sid == "SM1"
    return sent[-1]


def test_a_form_only_body_is_sent_form_encoded(texts: Any) -> None:
    request = _sent(
        texts,
        "messages",
        to="+15551234567",
        body="Hello & welcome",
        media_url=["https://a.example/1.png", "https://a.example/2.png"],
        shorten_urls=True,
        send_at=datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
        max_price=decimal.Decimal("0.0075"),
        metadata={"plan": "pro", "seats": 3},
        items=[{"price": "p1"}, {"price": "p2"}],
        note=None,
    )
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert urllib.parse.parse_qsl(request.content.decode("ascii"), keep_blank_values=True) == [
        ("To", "+15551234567"),
        ("Body", "Hello & welcome"),
        ("MediaUrl", "https://a.example/1.png"),  # a list of scalars repeats its key
        ("MediaUrl", "https://a.example/2.png"),
        ("ShortenUrls", "true"),
        ("SendAt", "2026-01-02T03:04:05Z"),
        ("MaxPrice", "0.0075"),  # exactly its digits
        ("Metadata[plan]", "pro"),  # objects in brackets
        ("Metadata[seats]", "3"),
        ("Items[0][price]", "p1"),
        ("Items[1][price]", "p2"),
        ("Note", ""),  # None: an empty value
    ]


def test_a_body_also_offered_as_json_is_sent_as_json(texts: Any) -> None:
    request = _sent(texts, "drafts", to="+15551234567", shorten_urls=False)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"To": "+15551234567", "ShortenUrls": False}


def test_a_whole_form_body_is_form_encoded_too(texts: Any) -> None:
    request = _sent(texts, "messages", request_body={"To": "+1", "MediaUrl": ["x"]})
    assert request.content == b"To=%2B1&MediaUrl=x"
