"""List endpoints of other APIs page too: `{data, has_more}` with an `after`-like parameter
(OpenAI, Stripe), bare lists with the next page in the Link header (GitHub), and `offset` and
`limit` parameters (Meilisearch, Clerk, Spotify), and a cursor the body names (WorkOS). Their
methods return a page that iterating walks to the end, as AMPECO's do."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors


def _list(path: str, parameters: list[str], response: dict[str, Any]) -> dict[str, Any]:
    return {
        path: {
            "get": {
                "operationId": "list" + path.strip("/").split("/")[-1].title(),
                "tags": [path.strip("/").split("/")[-1]],
                "parameters": [{"name": name, "in": "query", "schema": {"type": "string"}} for name in parameters],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}},
            }
        }
    }


ITEM = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Pages", "version": "1.0.0"},
    "paths": {
        # OpenAI: a cursor after the last id
        **_list("/files", ["after", "limit"], {
            "type": "object", "required": ["data", "has_more"],
            "properties": {"object": {"type": "string"}, "data": {"type": "array", "items": {"$ref": "#/components/schemas/File"}},
                           "first_id": {"type": "string"}, "last_id": {"type": "string"}, "has_more": {"type": "boolean"}},
        }),
        # Stripe: no last_id, the last item's id is the cursor
        **_list("/charges", ["starting_after", "limit"], {
            "type": "object",
            "properties": {"object": {"type": "string"}, "data": {"type": "array", "items": {"$ref": "#/components/schemas/Charge"}},
                           "has_more": {"type": "boolean"}, "url": {"type": "string"}},
        }),
        # GitHub: a bare list, the next page in the Link header
        **_list("/issues", ["page", "per_page"], {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}}),
        # Meilisearch: offset and limit, the items in `results`, the body says the total
        **_list("/documents", ["offset", "limit"], {
            "type": "object",
            "properties": {"results": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}},
                           "offset": {"type": "integer"}, "limit": {"type": "integer"}, "total": {"type": "integer"}},
        }),
        # Clerk: offset and limit, a bare list
        **_list("/members", ["offset", "limit"], {"type": "array", "items": {"$ref": "#/components/schemas/Member"}}),
        # WorkOS: the body names the next page's cursor, asked for with `after`
        **_list("/organizations", ["before", "after", "limit"], {
            "type": "object",
            "properties": {"object": {"type": "string"}, "data": {"type": "array", "items": {"$ref": "#/components/schemas/Organization"}},
                           "list_metadata": {"type": "object", "properties": {"before": {"type": "string", "nullable": True},
                                                                              "after": {"type": "string", "nullable": True}}}},
        }),
    },
    "components": {"schemas": {"File": ITEM, "Charge": ITEM, "Issue": ITEM, "Document": ITEM, "Member": ITEM, "Organization": ITEM}},
}
BASE = "https://api.example.com"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("pages"), SPEC, "pages_sdk")


def _client(sdk: Any, answer: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, list[httpx.URL]]:
    asked: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url)
        return answer(request)

    return sdk.PagesSdk(api_token="t", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(handler))), asked


def test_has_more_pages_ask_for_the_next_after_the_last_id(pages: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if "after" not in request.url.params:
            return httpx.Response(200, json={"data": [{"id": "f1"}, {"id": "f2"}], "last_id": "f2", "has_more": True})
        return httpx.Response(200, json={"data": [{"id": "f3"}], "last_id": "f3", "has_more": False})

    client, asked = _client(pages, answer)
    first = client.files.list(limit="2")
    assert type(first).__name__ == "SyncPage" and [f.id for f in first.data] == ["f1", "f2"]
    assert first.response.has_more is True  # the envelope, as parsed
    assert [f.id for f in first] == ["f1", "f2", "f3"]
    assert [dict(url.params) for url in asked] == [{"limit": "2"}, {"limit": "2", "after": "f2"}]


def test_without_a_last_id_the_last_item_is_the_cursor(pages: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        if after is None:
            return httpx.Response(200, json={"data": [{"id": "ch_1"}, {"id": "ch_2"}], "has_more": True})
        return httpx.Response(200, json={"data": [{"id": "ch_3"}], "has_more": False})

    client, asked = _client(pages, answer)
    assert [c.id for c in client.charges.list()] == ["ch_1", "ch_2", "ch_3"]
    assert asked[1].params["starting_after"] == "ch_2" and len(asked) == 2


def test_a_bare_list_follows_the_link_header(pages: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") != "2":
            link = f'<{BASE}/issues?page=2&per_page=2>; rel="next", <{BASE}/issues?page=2&per_page=2>; rel="last"'
            return httpx.Response(200, json=[{"id": "i1"}, {"id": "i2"}], headers={"Link": link})
        return httpx.Response(200, json=[{"id": "i3"}], headers={"Link": f'<{BASE}/issues?page=1&per_page=2>; rel="first"'})

    client, asked = _client(pages, answer)
    first = client.issues.list(per_page="2")
    assert [i.id for i in first.data] == ["i1", "i2"] and first.has_next_page()
    assert [i.id for i in first] == ["i1", "i2", "i3"]
    assert str(asked[1]) == f"{BASE}/issues?page=2&per_page=2"


def test_a_link_to_another_host_is_asked_of_our_own_by_its_page(pages: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.host == "api.example.com", "the token went to another host"
        if request.url.params.get("page") != "2":
            return httpx.Response(200, json=[{"id": "i1"}], headers={"Link": '<https://elsewhere.example/issues?page=2>; rel="next"'})
        return httpx.Response(200, json=[{"id": "i2"}])

    client, asked = _client(pages, answer)
    assert [i.id for i in client.issues.list()] == ["i1", "i2"]
    assert asked[1].params["page"] == "2"


def test_async_has_more_pages_walk_to_the_end(pages: Any) -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        if "after" not in request.url.params:
            return httpx.Response(200, json={"data": [{"id": "f1"}], "has_more": True})
        return httpx.Response(200, json={"data": [{"id": "f2"}], "has_more": False})

    async def walk() -> list[str]:
        client = pages.AsyncPagesSdk(api_token="t", base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
        first = await client.files.list()
        assert first.has_next_page()
        return [f.id async for f in client.files.list()]

    assert asyncio.run(walk()) == ["f1", "f2"]


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_a_user_app_sees_the_items_type(pages: Any, checker: Callable[[Path], set[int]]) -> None:
    root = Path(pages.__file__).parent.parent
    app = root / "app.py"
    app.write_text(
        "from pages_sdk import PagesSdk\n"
        "from pages_sdk.types import Document, File, Issue\n"
        "client = PagesSdk(api_token='t')\n"
        "files: list[File] = [f for f in client.files.list(limit='10')]\n"
        "issues: list[Issue] = list(client.issues.list(per_page='100').data)\n"
        "documents: list[Document] = list(client.documents.list(limit='2'))\n"
        "wrong: list[Issue] = list(client.files.list())  # error\n",
        encoding="utf-8",
    )
    assert checker(root) == expected_errors(app)


def test_a_page_number_parameter_never_takes_an_item_id(pages: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    spec = {**SPEC, "paths": _list("/events", ["page"], {
        "type": "object", "properties": {"data": {"type": "array", "items": ITEM}, "has_more": {"type": "boolean"}},
    })}
    for sdk in imported_sdk(tmp_path_factory.mktemp("numbered"), spec, "numbered_sdk"):
        asked: list[httpx.URL] = []

        def answer(request: httpx.Request) -> httpx.Response:
            asked.append(request.url)
            if "page" not in request.url.params:
                return httpx.Response(200, json={"data": [{"id": "e1"}], "has_more": True})
            return httpx.Response(200, json={"data": [{"id": "e2"}], "has_more": True, "next_page": "p3"})

        client = sdk.NumberedSdk(api_token="t", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        first = client.events.list()
        assert not first.has_next_page()  # `page=e1` would ask for a page that does not exist
        assert [e.id for e in first] == ["e1"] and len(asked) == 1
        second = client.events.list(page="2")
        assert second.has_next_page() and second.get_next_page() and asked[-1].params["page"] == "p3"


def test_a_next_page_that_names_itself_ends_the_walk(pages: Any) -> None:
    """A mock (Prism answers every page with the spec's example) or a faulty server that names
    the page just fetched as the next one must not be walked forever."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[{"id": "i"}], headers={"Link": '<https://api.github.com/issues?page=2>; rel="next"'})

    client, asked = _client(pages, answer)
    walked = [i.id for i in itertools.islice(client.issues.list(), 10)]  # a bound, should the walk not end
    assert walked == ["i", "i"] and len(asked) == 2  # page 1, then page 2 naming itself


def _offset_server(items: list[str], envelope: bool, total: bool = True, cap: int | None = None) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "20"))
        limit = min(limit, cap) if cap else limit
        page = [{"id": i} for i in items[offset : offset + limit]]
        if not envelope:
            return httpx.Response(200, json=page)
        body: dict[str, Any] = {"results": page, "offset": offset, "limit": limit}
        if total:
            body["total"] = len(items)
        return httpx.Response(200, json=body)

    return answer


def test_offset_pages_walk_to_the_total(pages: Any) -> None:
    client, asked = _client(pages, _offset_server(["d1", "d2", "d3", "d4", "d5"], envelope=True))
    first = client.documents.list(limit="2")
    assert [d.id for d in first.data] == ["d1", "d2"] and first.response.total == 5
    assert [d.id for d in first] == ["d1", "d2", "d3", "d4", "d5"]
    assert [dict(url.params) for url in asked] == [{"limit": "2"}, {"limit": "2", "offset": "2"}, {"limit": "2", "offset": "4"}]


def test_an_offset_list_without_a_total_ends_at_an_empty_page(pages: Any) -> None:
    client, asked = _client(pages, _offset_server(["m1", "m2", "m3"], envelope=False))
    assert [m.id for m in client.members.list(limit="2")] == ["m1", "m2", "m3"]
    assert [url.params.get("offset") for url in asked] == [None, "2", "3"]  # the last page is empty
    client, asked = _client(pages, _offset_server(["m1", "m2", "m3", "m4"], envelope=False))
    assert [m.id for m in client.members.list(limit="2", offset="1")] == ["m2", "m3", "m4"]  # from where it was asked
    assert [url.params.get("offset") for url in asked] == ["1", "3", "4"]


def test_an_offset_page_shorter_than_the_limit_the_server_applied_is_the_last(pages: Any) -> None:
    """The server caps the limit at 2 (10 was asked): pages of 2 go on, the page of 1 ends it."""
    client, asked = _client(pages, _offset_server(["d1", "d2", "d3"], envelope=True, total=False, cap=2))
    assert [d.id for d in client.documents.list(limit="10")] == ["d1", "d2", "d3"]
    assert [url.params.get("offset") for url in asked] == [None, "2"]


def test_async_offset_pages_walk_to_the_total(pages: Any) -> None:
    server = _offset_server(["d1", "d2", "d3"], envelope=True)

    async def answer(request: httpx.Request) -> httpx.Response:
        return server(request)

    async def walk() -> list[str]:
        client = pages.AsyncPagesSdk(api_token="t", base_url=BASE, http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
        return [d.id async for d in client.documents.list(limit="2")]

    assert asyncio.run(walk()) == ["d1", "d2", "d3"]



def test_a_cursor_the_body_names_asks_for_the_next_page(pages: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("after")
        if after is None:
            return httpx.Response(200, json={"object": "list", "data": [{"id": "o1"}, {"id": "o2"}], "list_metadata": {"before": None, "after": "o2"}})
        return httpx.Response(200, json={"object": "list", "data": [{"id": "o3"}], "list_metadata": {"before": "o3", "after": None}})

    client, asked = _client(pages, answer)
    first = client.organizations.list(limit="2")
    assert first.has_next_page() and first.response.list_metadata.after == "o2"
    assert [o.id for o in first] == ["o1", "o2", "o3"]
    assert [dict(url.params) for url in asked] == [{"limit": "2"}, {"limit": "2", "after": "o2"}]
