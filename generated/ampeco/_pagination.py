"""Auto-pagination: as the AMPECO API pages (cursors, with page numbers as the fallback), and
as other APIs do (`has_more` with the last item's id; the Link header).

- Cursor endpoints: the first request sends an empty `cursor` (that is what engages cursor
  pagination; without it the server uses its deprecated page-number mode); each next page is
  `links.next`, or `meta.next_cursor` on our own base URL.
- A `links.next` on another host is never requested (the token would go with it): its
  `cursor` (or `page`) is taken from its query and asked of the client's own base URL.
- Page-number answers (`meta.current_page` / `meta.last_page`, older deployments answer
  cursor endpoints this way too) are walked page by page.
- `{data, has_more}` pages (OpenAI, Stripe): while `has_more` is true, the next page is asked
  for with the endpoint's parameter set to the body's cursor (`next_page`, `next`); failing
  that, an `after` or `starting_after` parameter takes `last_id`, else the last item's `id`.
- Bare lists (GitHub): the next page is the Link header's `rel="next"`.
- A cursor the body names (WorkOS's `list_metadata.after`, `pagination.next_cursor`, Slack's
  `response_metadata.next_cursor`, `next_page_token`): the next page is asked for with the
  endpoint's parameter (`after`, `cursor`, `page_token`) set to it, until it is null or empty.
- `offset` and `limit` parameters (Clerk, Meilisearch): the next page starts at the offset
  after this page's items, until a page is empty, reaches the `total` the body gives, or holds
  fewer items than the `limit` the body says it applied. (The limit asked for is not trusted:
  a server may cap it.)
"""

from __future__ import annotations

import urllib.parse
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Sequence,
    TypeVar,
    cast,
)

T = TypeVar("T")

# How to ask for the next page: {"url": links.next, "query": {...values to override}}.
NextPage = Dict[str, Any]
# Query parameters that move through pages; the only ones taken from a link to another host.
PAGE_PARAMETERS = ("cursor", "page", "after", "starting_after")
# The parameters that take the id of the item a page starts after.
ID_PARAMETERS = ("after", "starting_after")


def next_page_request(
    body: Any,
    kind: str,
    parameter: Optional[str] = None,
    next_link: Optional[str] = None,
    items: str = "data",
) -> Optional[NextPage]:
    """What the next request looks like, or None when this page is the last. `parameter`: the
    query parameter of a `has_more` or `body_cursor` page; `next_link`: the Link header's
    next page (for a bare list, or an envelope that names none); `items`: where a
    `body_cursor` page holds its items."""
    if kind == "link":
        return (
            {"url": next_link, "query": None}
            if next_link and isinstance(body, list) and body
            else None
        )
    if not isinstance(body, dict):
        return None
    body = cast(
        "Dict[str, Any]", body
    )  # (to pyright, isinstance() leaves keys and values Unknown)
    if kind == "has_more":
        return _after_the_last(body, parameter)
    if kind == "body_cursor":
        return _named_cursor(body, parameter, items)
    links: Dict[str, Any] = body["links"] if isinstance(body.get("links"), dict) else {}
    meta: Dict[str, Any] = body["meta"] if isinstance(body.get("meta"), dict) else {}
    data = body.get("data")
    if isinstance(data, list) and not data:
        return None
    cursor = meta.get("next_cursor")
    by_cursor = {"cursor": cursor} if isinstance(cursor, str) and cursor else None
    link = (
        links.get("next")
        if isinstance(links.get("next"), str) and links.get("next")
        else None
    )
    link = (
        link or next_link
    )  # Sentry's `{data}` pages name the next one in the Link header only
    if kind == "cursor" and (link is not None or by_cursor is not None):
        return {
            "url": link,
            "query": by_cursor,
        }  # the client follows `url` only on its own host
    following = meta.get("next_page")
    if "next_page" in meta and (
        following is None or isinstance(following, int)
    ):  # Lago's meta
        return (
            {"url": link, "query": {"page": following}}
            if following is not None
            else None
        )
    current, last = meta.get("current_page"), meta.get("last_page")
    if (
        isinstance(current, int)
        and isinstance(last, int)
        and not isinstance(current, bool)
    ):
        return {"url": link, "query": {"page": current + 1}} if current < last else None
    return {"url": link, "query": None} if link else None


def _after_the_last(
    body: Dict[str, Any], parameter: Optional[str]
) -> Optional[NextPage]:
    data = body.get("data")
    if (
        body.get("has_more") is not True
        or parameter is None
        or not isinstance(data, list)
        or not data
    ):
        return None
    for key in ("next_page", "next"):
        value = body.get(key)
        if isinstance(value, str) and value:
            if "://" in value or value.startswith("/"):  # a link, not a cursor
                return {"url": value, "query": None}
            return {"url": None, "query": {parameter: value}}
    if (
        parameter not in ID_PARAMETERS
    ):  # a page number or an opaque cursor: never an item's id
        return None
    final: Any = cast("Sequence[Any]", data)[-1]
    last = body.get("last_id") or (
        cast("Dict[str, Any]", final).get("id") if isinstance(final, dict) else None
    )
    if isinstance(last, (str, int)) and not isinstance(last, bool):
        return {"url": None, "query": {parameter: last}}
    return None


# where a page names the next one's cursor, in this order (those the generator looks for)
BODY_CURSORS = (
    ("list_metadata", "after"),
    ("pagination", "next_cursor"),
    ("pagination", "cursor"),
    ("response_metadata", "next_cursor"),
    ("next_cursor",),
    ("next_page_token",),
    ("iterator",),
    ("pagination", "next"),
)


def _named_cursor(
    body: Dict[str, Any], parameter: Optional[str], items: str
) -> Optional[NextPage]:
    """The page the body's cursor names; none after an empty page or without a cursor."""
    data = body.get(items)
    if (
        parameter is None
        or not isinstance(data, list)
        or not data
        or body.get("done") is True
    ):
        return None  # Svix's last page says `done`
    for path in BODY_CURSORS:
        value: Any = body
        for name in path:
            value = (
                cast("Dict[str, Any]", value).get(name)
                if isinstance(value, dict)
                else None
            )
        if isinstance(value, str) and value:
            return {"url": None, "query": {parameter: value}}
    return None


# what an offset page's body may say of the whole list and of itself
TOTALS = ("total", "total_count", "totalCount", "estimatedTotalHits", "totalHits")


def next_offset(
    body: Any, parameter: str, start: Any, count: int
) -> Optional[NextPage]:
    """The page after `count` items from offset `start`, or None when this one is the last."""
    if (
        isinstance(start, str) and start.isdigit()
    ):  # a spec may type the parameter as a string
        start = int(start)
    start = start if _whole(start) else 0
    if count == 0:
        return None
    after = start + count
    if isinstance(body, dict):
        body = cast("Dict[str, Any]", body)
        total = next((body[key] for key in TOTALS if _whole(body.get(key))), None)
        if total is not None and after >= total:
            return None
        if _whole(body.get("limit")) and count < body["limit"]:
            return None
        if (
            body.get("more") is False or body.get("has_more") is False
        ):  # PagerDuty's last page
            return None
    return {"url": None, "query": {parameter: after}}


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def page_query(link: str) -> Dict[str, str]:
    """The paging parameters of a next-page link (to ask our own server for that page)."""
    query = urllib.parse.parse_qs(
        urllib.parse.urlsplit(link).query, keep_blank_values=True
    )
    return {name: query[name][-1] for name in PAGE_PARAMETERS if name in query}


class SyncPage(Generic[T]):
    """One page of results; iterating over it walks every item of every following page."""

    def __init__(
        self,
        data: List[T],
        response: Any,
        next_request: Optional[NextPage],
        fetch: Callable[[NextPage], "SyncPage[T]"],
    ) -> None:
        self.data = data
        self.response = response  # the parsed envelope (data, links, meta)
        self._next = next_request
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next is not None

    def get_next_page(self) -> "SyncPage[T]":
        if self._next is None:
            raise StopIteration("this is the last page")
        return self._fetch(self._next)

    def iter_pages(self) -> Iterator["SyncPage[T]"]:
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"<SyncPage items={len(self.data)} has_next_page={self.has_next_page()}>"


class AsyncPage(Generic[T]):
    def __init__(
        self,
        data: List[T],
        response: Any,
        next_request: Optional[NextPage],
        fetch: Callable[[NextPage], Awaitable["AsyncPage[T]"]],
    ) -> None:
        self.data = data
        self.response = response
        self._next = next_request
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self._next is not None

    async def get_next_page(self) -> "AsyncPage[T]":
        if self._next is None:
            raise StopAsyncIteration("this is the last page")
        return await self._fetch(self._next)

    async def iter_pages(self) -> AsyncIterator["AsyncPage[T]"]:
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return (
            f"<AsyncPage items={len(self.data)} has_next_page={self.has_next_page()}>"
        )


class AsyncPaginator(Generic[T]):
    """What async list methods return: `await` it for the first page, `async for` it for all items."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
