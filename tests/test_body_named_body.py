"""A request body with a property named `body` (GitHub's `issues.create`: an issue's text).

The property keeps its name, as the API spells it; the SDK's own whole-body argument gives
way and is named `request_body` in that method only. A union of plain scalars (GitHub's
`title`: a string or an integer) is written out where a request takes it, not named after
the first place the spec used that shape.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk

TITLE = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
ISSUE = {"type": "object", "properties": {"number": {"type": "integer"}, "title": {"type": "string"}}}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Tracker", "version": "1.0.0"},
    "paths": {
        "/issues": {
            "post": {
                "operationId": "createIssue",
                "tags": ["issues"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["title"],
                                "properties": {"title": TITLE, "body": {"type": "string"}, "labels": {"type": "array", "items": {"type": "string"}}},
                            }
                        }
                    },
                },
                "responses": {"201": {"description": "made", "content": {"application/json": {"schema": ISSUE}}}},
            }
        },
        "/notes": {  # no property named `body`: the whole body stays `body=`
            "post": {
                "operationId": "createNote",
                "tags": ["notes"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}}},
                },
                "responses": {"204": {"description": "made"}},
            }
        },
    },
}


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("tracker"), SPEC, "tracker_sdk")


def _client(sdk: Any, sent: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path == "/notes":
            return httpx.Response(204)
        return httpx.Response(201, json={"number": 7, "title": "Bug"})

    return sdk.TrackerSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_a_property_named_body_is_passed_as_body(tracker: Any) -> None:
    sent: list[httpx.Request] = []
    issue = _client(tracker, sent).issues.create(title="Bug", body="It broke", labels=["bug"])
    assert json.loads(sent[-1].content) == {"title": "Bug", "body": "It broke", "labels": ["bug"]}
    assert issue.number == 7


def test_the_whole_body_is_then_request_body(tracker: Any) -> None:
    sent: list[httpx.Request] = []
    _client(tracker, sent).issues.create(request_body={"title": 12, "body": "It broke"})
    assert json.loads(sent[-1].content) == {"title": 12, "body": "It broke"}


def test_other_methods_keep_body_for_the_whole_body(tracker: Any) -> None:
    sent: list[httpx.Request] = []
    _client(tracker, sent).notes.create(body={"text": "hi"})
    assert json.loads(sent[-1].content) == {"text": "hi"}


def test_signatures(tracker: Any) -> None:
    from tracker_sdk.resources.issues import Issues  # type: ignore[import-not-found]
    from tracker_sdk.resources.notes import Notes  # type: ignore[import-not-found]

    keyword_form, body_form = (o.__annotations__ for o in typing.get_overloads(Issues.create))
    assert keyword_form["title"] == "Union[str, int]"  # not the alias of the first place with that shape
    assert keyword_form["body"] == "Union[str, NotGiven]"
    assert "request_body" in body_form and "body" not in body_form
    assert "body" in typing.get_overloads(Notes.create)[1].__annotations__


def test_the_docs_name_the_whole_body_argument(tracker: Any) -> None:
    page = (Path(tracker.__file__).parent.parent / "docs" / "resources" / "issues.md").read_text(encoding="utf-8")
    assert "as `request_body=`" in page and "as `body=`" not in page
