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
    from ..types.sessions import SessionsListingFilter

__all__ = [
    "Sessions",
    "AsyncSessions",
    "SessionsWithRawResponse",
    "AsyncSessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "AsyncSessionsWithStreamingResponse",
]


class Sessions(SyncAPIResource):
    """Charging sessions."""

    def list(
        self,
        *,
        with_authorization: Union[bool, NotGiven] = NOT_GIVEN,
        with_charging_periods: Union[bool, NotGiven] = NOT_GIVEN,
        clock_aligned_interval: Union[Literal[15, 30, 60], NotGiven] = NOT_GIVEN,
        filter: Union[
            Union[SessionsListingFilter, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/sessions/v1.0",
                    response=lambda: _types.SessionPage,
                    page="cursor",
                ),
                {},
                [
                    ("withAuthorization", with_authorization, "form", True),
                    ("withChargingPeriods", with_charging_periods, "form", True),
                    ("clockAlignedInterval", clock_aligned_interval, "form", True),
                    ("filter", filter, "deepObject", True),
                    ("per_page", per_page, "form", True),
                    ("cursor", cursor, "form", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/sessions/v1.0/{session}",
                    response=lambda: _types.Session,
                    envelope="data",
                ),
                {"session": session},
                [
                    ("withPriceBreakdown", with_price_breakdown, "form", True),
                    ("include", include, "deepObject", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
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
            Union[SessionsListingFilter, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/sessions/v1.0",
                    response=lambda: _types.SessionPage,
                    page="cursor",
                ),
                {},
                [
                    ("withAuthorization", with_authorization, "form", True),
                    ("withChargingPeriods", with_charging_periods, "form", True),
                    ("clockAlignedInterval", clock_aligned_interval, "form", True),
                    ("filter", filter, "deepObject", True),
                    ("per_page", per_page, "form", True),
                    ("cursor", cursor, "form", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
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
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/sessions/v1.0/{session}",
                    response=lambda: _types.Session,
                    envelope="data",
                ),
                {"session": session},
                [
                    ("withPriceBreakdown", with_price_breakdown, "form", True),
                    ("include", include, "deepObject", True),
                ],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
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
