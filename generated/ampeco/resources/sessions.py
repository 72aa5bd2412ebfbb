"""The `sessions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_page,
    async_streamed,
    async_streamed_page,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .._pagination import AsyncPaginator, SyncPage
    from ..types._shared import Session
    from ..types.params.sessions import SessionsListingFilterParam
    from ..types.sessions import SessionsListingFilter

__all__ = [
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
]

_LIST: Endpoint[Session] = Endpoint(
    "get",
    "/public-api/resources/sessions/v1.0",
    response=lambda: _types.SessionPage,
    page="cursor",
    styles={"filter": ("deepObject", True)},
    shapes={"filter": lambda: _types.SessionsListingFilter},
)

_RETRIEVE: Endpoint[Session] = Endpoint(
    "get",
    "/public-api/resources/sessions/v1.0/{session}",
    response=lambda: _types.Session,
    envelope="data",
    styles={"include": ("deepObject", True)},
)


class Sessions(SyncAPIResource):
    """Charging sessions."""

    def list(
        self,
        *,
        with_authorization: Union[bool, NotGiven] = NOT_GIVEN,
        with_charging_periods: Union[bool, NotGiven] = NOT_GIVEN,
        clock_aligned_interval: Union[Literal[15, 30, 60], NotGiven] = NOT_GIVEN,
        filter: Union[
            SessionsListingFilterParam, SessionsListingFilter, NotGiven
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Session]:
        """Sessions / Listing

        Get all charging sessions, newest first, using cursor pagination.

        `GET /public-api/resources/sessions/v1.0` (operationId `sessionsListing`)

        Args:
            with_authorization: Embed the authorization object in every session. (`withAuthorization` on the wire.)
            with_charging_periods: The `withChargingPeriods` query parameter.
            clock_aligned_interval: The `clockAlignedInterval` query parameter.
            filter: The `filter` query parameter.
            per_page: The number of items to return.
            cursor: Opaque cursor taken from `links.next` / `links.prev` of a previous page.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request_page(
            Call(
                _LIST,
                query={
                    "withAuthorization": with_authorization,
                    "withChargingPeriods": with_charging_periods,
                    "clockAlignedInterval": clock_aligned_interval,
                    "filter": filter,
                    "per_page": per_page,
                    "cursor": cursor,
                },
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def retrieve(
        self,
        session: str,
        *,
        with_price_breakdown: Union[bool, NotGiven] = NOT_GIVEN,
        include: Union[List[Literal["externalAppData"]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Session:
        """Session / Read

        Get a single charging session.

        `GET /public-api/resources/sessions/v1.0/{session}` (operationId `sessionRead`)

        Args:
            session: The session id (a string id).
            with_price_breakdown: The `withPriceBreakdown` query parameter.
            include: The `include` query parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _RETRIEVE,
                path={"session": session},
                query={"withPriceBreakdown": with_price_breakdown, "include": include},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncSessions(AsyncAPIResource):
    """Charging sessions."""

    def list(
        self,
        *,
        with_authorization: Union[bool, NotGiven] = NOT_GIVEN,
        with_charging_periods: Union[bool, NotGiven] = NOT_GIVEN,
        clock_aligned_interval: Union[Literal[15, 30, 60], NotGiven] = NOT_GIVEN,
        filter: Union[
            SessionsListingFilterParam, SessionsListingFilter, NotGiven
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Session]:
        """Sessions / Listing

        Get all charging sessions, newest first, using cursor pagination.

        `GET /public-api/resources/sessions/v1.0` (operationId `sessionsListing`)

        Args:
            with_authorization: Embed the authorization object in every session. (`withAuthorization` on the wire.)
            with_charging_periods: The `withChargingPeriods` query parameter.
            clock_aligned_interval: The `clockAlignedInterval` query parameter.
            filter: The `filter` query parameter.
            per_page: The number of items to return.
            cursor: Opaque cursor taken from `links.next` / `links.prev` of a previous page.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request_page(
            Call(
                _LIST,
                query={
                    "withAuthorization": with_authorization,
                    "withChargingPeriods": with_charging_periods,
                    "clockAlignedInterval": clock_aligned_interval,
                    "filter": filter,
                    "per_page": per_page,
                    "cursor": cursor,
                },
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def retrieve(
        self,
        session: str,
        *,
        with_price_breakdown: Union[bool, NotGiven] = NOT_GIVEN,
        include: Union[List[Literal["externalAppData"]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Session:
        """Session / Read

        Get a single charging session.

        `GET /public-api/resources/sessions/v1.0/{session}` (operationId `sessionRead`)

        Args:
            session: The session id (a string id).
            with_price_breakdown: The `withPriceBreakdown` query parameter.
            include: The `include` query parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _RETRIEVE,
                path={"session": session},
                query={"withPriceBreakdown": with_price_breakdown, "include": include},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class SessionsWithRawResponse:
    """`client.with_raw_response.sessions`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: Sessions) -> None:
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)


class AsyncSessionsWithRawResponse:
    """`client.with_raw_response.sessions` of the async client."""

    def __init__(self, resource: AsyncSessions) -> None:
        self.list = async_raw_page(resource.list)
        self.retrieve = async_raw(resource.retrieve)


class SessionsWithStreamingResponse:
    """`client.with_streaming_response.sessions`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: Sessions) -> None:
        self.list = streamed(resource.list)
        self.retrieve = streamed(resource.retrieve)


class AsyncSessionsWithStreamingResponse:
    """`client.with_streaming_response.sessions` of the async client: `async with`."""

    def __init__(self, resource: AsyncSessions) -> None:
        self.list = async_streamed_page(resource.list)
        self.retrieve = async_streamed(resource.retrieve)
