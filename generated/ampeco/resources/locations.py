"""The `locations` resource."""

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
    from ..types._shared import Location
    from ..types.locations import LocationsListingFilter, LocationsListingFilterV1
    from ..types.params.locations import (
        LocationsListingFilterParam,
        LocationsListingFilterV1Param,
    )

__all__ = [
    "Locations",
    "AsyncLocations",
    "LocationsWithRawResponse",
    "AsyncLocationsWithRawResponse",
    "LocationsWithStreamingResponse",
    "AsyncLocationsWithStreamingResponse",
]

_LIST: Endpoint[Location] = Endpoint(
    "get",
    "/public-api/resources/locations/v2.0",
    response=lambda: _types.LocationPage,
    page="cursor",
    styles={
        "filter": ("deepObject", True),
        "include": ("deepObject", True),
        "ids": ("form", False),
    },
    shapes={"filter": lambda: _types.LocationsListingFilter},
)

_LIST_V1: Endpoint[Location] = Endpoint(
    "get",
    "/public-api/resources/locations/v1.0",
    response=lambda: _types.LocationsListingDeprecatedPage,
    page="page",
    deprecated="locations.list_v1() calls a deprecated operation (locationsListingDeprecated); use locations.list() instead",
    styles={"filter": ("deepObject", True)},
    shapes={"filter": lambda: _types.LocationsListingFilterV1},
)

_RETRIEVE: Endpoint[Location] = Endpoint(
    "get",
    "/public-api/resources/locations/v2.0/{location}",
    response=lambda: _types.Location,
    envelope="data",
)


class Locations(SyncAPIResource):
    """Locations that group charge points."""

    def list(
        self,
        *,
        filter: Union[
            LocationsListingFilterParam, LocationsListingFilter, NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[Literal["chargingZones", "workingHours"]], NotGiven
        ] = NOT_GIVEN,
        ids: Union[List[int], NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Location]:
        """Locations / Listing

        Get all locations, using cursor pagination.

        `GET /public-api/resources/locations/v2.0` (operationId `locationsListing`)

        Args:
            filter: The `filter` query parameter.
            include: The `include` query parameter.
            ids: Only return the locations with these ids (comma separated).
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
                    "filter": filter,
                    "include": include,
                    "ids": ids,
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

    def list_v1(
        self,
        *,
        filter: Union[
            LocationsListingFilterV1Param, LocationsListingFilterV1, NotGiven
        ] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Location]:
        """Locations / Listing

        Get all locations with basic (page based) pagination. Deprecated, use v2.0.

        Deprecated. Use `locations.list()` instead.

        `GET /public-api/resources/locations/v1.0` (operationId `locationsListingDeprecated`)

        Args:
            filter: The `filter` query parameter.
            page: The page number to fetch (defaults to 1).
            per_page: The number of items to return.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request_page(
            Call(
                _LIST_V1,
                query={"filter": filter, "page": page, "per_page": per_page},
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
        location: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Location:
        """Location / Read

        Get a single location.

        `GET /public-api/resources/locations/v2.0/{location}` (operationId `locationRead`)

        Args:
            location: The `location` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _RETRIEVE,
                path={"location": location},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncLocations(AsyncAPIResource):
    """Locations that group charge points."""

    def list(
        self,
        *,
        filter: Union[
            LocationsListingFilterParam, LocationsListingFilter, NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[Literal["chargingZones", "workingHours"]], NotGiven
        ] = NOT_GIVEN,
        ids: Union[List[int], NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Location]:
        """Locations / Listing

        Get all locations, using cursor pagination.

        `GET /public-api/resources/locations/v2.0` (operationId `locationsListing`)

        Args:
            filter: The `filter` query parameter.
            include: The `include` query parameter.
            ids: Only return the locations with these ids (comma separated).
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
                    "filter": filter,
                    "include": include,
                    "ids": ids,
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

    def list_v1(
        self,
        *,
        filter: Union[
            LocationsListingFilterV1Param, LocationsListingFilterV1, NotGiven
        ] = NOT_GIVEN,
        page: Union[int, NotGiven] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Location]:
        """Locations / Listing

        Get all locations with basic (page based) pagination. Deprecated, use v2.0.

        Deprecated. Use `locations.list()` instead.

        `GET /public-api/resources/locations/v1.0` (operationId `locationsListingDeprecated`)

        Args:
            filter: The `filter` query parameter.
            page: The page number to fetch (defaults to 1).
            per_page: The number of items to return.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request_page(
            Call(
                _LIST_V1,
                query={"filter": filter, "page": page, "per_page": per_page},
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
        location: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Location:
        """Location / Read

        Get a single location.

        `GET /public-api/resources/locations/v2.0/{location}` (operationId `locationRead`)

        Args:
            location: The `location` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _RETRIEVE,
                path={"location": location},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class LocationsWithRawResponse:
    """`client.with_raw_response.locations`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: Locations) -> None:
        self.list = raw(resource.list)
        self.list_v1 = raw(resource.list_v1)
        self.retrieve = raw(resource.retrieve)


class AsyncLocationsWithRawResponse:
    """`client.with_raw_response.locations` of the async client."""

    def __init__(self, resource: AsyncLocations) -> None:
        self.list = async_raw_page(resource.list)
        self.list_v1 = async_raw_page(resource.list_v1)
        self.retrieve = async_raw(resource.retrieve)


class LocationsWithStreamingResponse:
    """`client.with_streaming_response.locations`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: Locations) -> None:
        self.list = streamed(resource.list)
        self.list_v1 = streamed(resource.list_v1)
        self.retrieve = streamed(resource.retrieve)


class AsyncLocationsWithStreamingResponse:
    """`client.with_streaming_response.locations` of the async client: `async with`."""

    def __init__(self, resource: AsyncLocations) -> None:
        self.list = async_streamed_page(resource.list)
        self.list_v1 = async_streamed_page(resource.list_v1)
        self.retrieve = async_streamed(resource.retrieve)
