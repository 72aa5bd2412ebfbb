"""Recognises list operations that the SDK can page through automatically."""

from __future__ import annotations

from generator.ir import Api, ModelDef, Operation, Response, TypeRef
from generator.ir import types as t
from generator.media import is_event_stream


def primary_success(op: Operation) -> Response | None:
    """The response a call returns: the lowest 2xx."""
    success = sorted((r for r in op.responses if r.status.startswith("2")), key=lambda r: r.status)
    return success[0] if success else None


def returns_events(op: Operation) -> bool:
    """Whether a call returns server-sent events, whatever it asks (nothing else is in its 2xx)."""
    success = primary_success(op)
    return success is not None and is_event_stream(success.content_type)


def primary_response(op: Operation) -> TypeRef | None:
    success = primary_success(op)
    return success.type if success else None


# The query parameter that asks for the page after a `{data, has_more}` page, by preference:
# OpenAI's `after`, Stripe's `starting_after`, then the generic names.
HAS_MORE_PARAMETERS = ("after", "starting_after", "cursor", "page")


# Where an offset page holds its items: `data` (Clerk), `results` (Meilisearch), `items`
OFFSET_ITEMS = ("data", "results", "items")


def returns_list(models: dict[str, ModelDef], op: Operation) -> bool:
    """Whether the operation's response is a list, bare or as the `data`, `results` or `items`
    of an envelope, or under the resource's own name (what a method named `list` returns)."""
    ref = primary_response(op)
    if ref is not None and ref.kind == t.LIST:
        return True
    model = models.get(str(ref.name)) if ref is not None and ref.kind == t.MODEL else None
    if model is None:
        return False
    return any(f.name in OFFSET_ITEMS and f.type.kind == t.LIST for f in model.fields) or resource_items(model, op.resource) is not None


def resource_items(model: ModelDef | None, resource: str) -> str | None:
    """The list property of `model` named as a resource, whole or by its last word: Zulip's
    `GET /messages` answers `{messages: [...], found_newest}`, Lago's `{customers: [...], meta}`."""
    if model is None or not resource:
        return None
    lists = {f.name for f in model.fields if f.type.kind == t.LIST}
    return next((name for name in (resource, resource.rsplit("_", 1)[-1]) if name in lists), None)


def returns_one(models: dict[str, ModelDef], op: Operation) -> bool:
    """Whether the operation returns one thing with no list in it: a string, a number, an object
    without list properties (Radarr's `GET /ping`, not its paged `GET /history`)."""
    ref = primary_response(op)
    if ref is None or ref.kind in (t.LIST, t.MAP, t.UNION, t.ANY):
        return False
    model = models.get(str(ref.name)) if ref.kind == t.MODEL else None
    return ref.kind != t.MODEL or (model is not None and all(f.type.kind != t.LIST for f in model.fields))


def page_item(api: Api, op: Operation) -> TypeRef | None:
    """The item type of a page: of its items' list when the operation returns a pageable
    envelope (`data`, or `page_items` for an offset page), of the list itself when it pages by
    Link headers or by offset."""
    ref = primary_response(op)
    if ref is not None and ref.kind == t.LIST and op.pagination in ("link", "offset"):
        return ref.item
    envelope = _envelope(api, ref, op.page_items)
    if envelope is None:
        return None
    data = next(f for f in envelope.fields if f.name == op.page_items)
    return data.type.item


def _envelope(api: Api, ref: TypeRef | None, items: str = "data") -> ModelDef | None:
    """The response's model, when it has a list named `items`."""
    if ref is None or ref.kind != t.MODEL or ref.name not in api.models:
        return None
    model = api.models[ref.name]
    data = next((f for f in model.fields if f.name == items), None)
    return model if data is not None and data.type.kind == t.LIST else None


def detect_pagination(api: Api) -> None:
    """Which GET operations return pages, and how: AMPECO's `{data, links, meta}` with a
    `cursor` (or `page`) parameter; `{data, has_more}` with an `after`-like parameter (OpenAI,
    Stripe); a bare list with a `page` or `cursor` parameter, the next page in the Link header
    (GitHub, Sentry); items under the resource's name with a `meta` that names the next page
    (Lago);
    `offset` and `limit` parameters, the next page at the offset after this one's items; a
    cursor the body names (`list_metadata.after`, `pagination.next_cursor`: WorkOS, Neon)."""
    for op in api.operations:
        if op.method != "get" or returns_events(op):
            continue
        names = {p.name for p in op.parameters if p.location == "query"}
        response = primary_response(op)
        envelope = _envelope(api, response)
        if envelope is not None and any(f.name == "has_more" for f in envelope.fields):
            parameter = next((name for name in HAS_MORE_PARAMETERS if name in names), None)
            if parameter is not None:
                op.pagination, op.page_parameter = "has_more", parameter
        elif envelope is not None and _body_cursor(api, envelope) and (parameter := _cursor_parameter(names)):
            op.pagination, op.page_parameter = "body_cursor", parameter
        elif (named := _cursor_named_items(api, response, op.resource)) and (parameter := _cursor_parameter(names)):
            # Cohere's `{models: [...], next_page_token}`
            op.pagination, op.page_parameter, op.page_items = "body_cursor", parameter, named
        elif envelope is not None and "cursor" in names:
            op.pagination = "cursor"
        elif envelope is not None and "page" in names:
            op.pagination = "page"
        elif "page" in names and (items := _named_items(api, response, op.resource)) is not None:
            op.pagination, op.page_items = "page", items  # Lago's `{customers: [...], meta: {next_page}}`
        elif response is not None and response.kind == t.LIST and not names.isdisjoint(LINK_PARAMETERS):
            op.pagination = "link"
        elif "offset" in names and "limit" in names:
            _offset_pages(api, op, response)


# What a bare list pages by when the next page is in its Link header: GitHub's `page`, Sentry's
# `cursor`, Ory's `page_token`
LINK_PARAMETERS = frozenset({"page", "cursor", "page_token"})


# Where a `{data, ...}` page names the cursor of the next one (WorkOS, Neon's, Slack's style),
# read by the runtime in this order; and the query parameters that take it
BODY_CURSORS = (
    ("list_metadata", "after"), ("pagination", "next_cursor"), ("pagination", "cursor"), ("response_metadata", "next_cursor"),
    ("next_cursor",), ("next_page_token",), ("iterator",),  # Svix's `{data, iterator, done}`
    ("pagination", "next"),  # Pinecone's
)
CURSOR_PARAMETERS = ("after", "cursor", "page_token", "starting_after", "iterator", "pagination_token", "paginationToken")


def _named_items(api: Api, ref: TypeRef | None, resource: str) -> str | None:
    """The list property of a response with a `meta`, named as the operation's resource."""
    model = api.models.get(str(ref.name)) if ref is not None and ref.kind == t.MODEL else None
    if model is None or not any(f.name == "meta" for f in model.fields):
        return None
    return resource_items(model, resource)


def _cursor_named_items(api: Api, ref: TypeRef | None, resource: str) -> str | None:
    """The list property, named as the operation's resource, of a response that declares one of
    BODY_CURSORS."""
    model = api.models.get(str(ref.name)) if ref is not None and ref.kind == t.MODEL else None
    return resource_items(model, resource) if model is not None and _body_cursor(api, model) else None


def _body_cursor(api: Api, envelope: ModelDef) -> bool:
    """Whether the envelope declares one of BODY_CURSORS."""
    for path in BODY_CURSORS:
        model: ModelDef | None = envelope
        for index, name in enumerate(path):
            found = next((f for f in model.fields if f.name == name), None) if model is not None else None
            if found is None:
                break
            if index == len(path) - 1:
                return True
            model = api.models.get(str(found.type.name)) if found.type.kind == t.MODEL else None
    return False


def _cursor_parameter(names: set[str]) -> str | None:
    return next((name for name in CURSOR_PARAMETERS if name in names), None)


def _offset_pages(api: Api, op: Operation, response: TypeRef | None) -> None:
    """`offset` and `limit` parameters (Clerk, Meilisearch): the next page starts after this
    one's items, in a bare list or in an envelope's `data`, `results` or `items`."""
    if response is not None and response.kind == t.LIST:
        op.pagination, op.page_parameter = "offset", "offset"
        return
    items = next((name for name in OFFSET_ITEMS if _envelope(api, response, name) is not None), None)
    model = api.models.get(str(response.name)) if response is not None and response.kind == t.MODEL else None
    items = items or resource_items(model, op.resource)  # PagerDuty's `{incidents: [...], more}`
    if items is not None:
        op.pagination, op.page_parameter, op.page_items = "offset", "offset", items
