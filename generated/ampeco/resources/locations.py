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

__all__ = [
    "Locations",
    "AsyncLocations",
    "LocationsWithRawResponse",
    "AsyncLocationsWithRawResponse",
    "LocationsWithStreamingResponse",
    "AsyncLocationsWithStreamingResponse",
]


class Locations(SyncAPIResource):
    """Locations that group charge points."""

    def list(
        self,
        *,
        filter: Union[
            Union[LocationsListingFilter, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v2.0",
                    response=lambda: _types.LocationPage,
                    page="cursor",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("include", include, "deepObject", True),
                    ("ids", ids, "form", False),
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

    def list_v1(
        self,
        *,
        filter: Union[
            Union[LocationsListingFilterV1, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v1.0",
                    response=lambda: _types.LocationsListingDeprecatedPage,
                    page="page",
                    deprecated="locations.list_v1() calls a deprecated operation (locationsListingDeprecated); use locations.list() instead",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("page", page, "form", True),
                    ("per_page", per_page, "form", True),
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v2.0/{location}",
                    response=lambda: _types.Location,
                    envelope="data",
                ),
                {"location": location},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncLocations(AsyncAPIResource):
    """Locations that group charge points."""

    def list(
        self,
        *,
        filter: Union[
            Union[LocationsListingFilter, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v2.0",
                    response=lambda: _types.LocationPage,
                    page="cursor",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("include", include, "deepObject", True),
                    ("ids", ids, "form", False),
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

    def list_v1(
        self,
        *,
        filter: Union[
            Union[LocationsListingFilterV1, Mapping[str, Any]], NotGiven
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v1.0",
                    response=lambda: _types.LocationsListingDeprecatedPage,
                    page="page",
                    deprecated="locations.list_v1() calls a deprecated operation (locationsListingDeprecated); use locations.list() instead",
                ),
                {},
                [
                    ("filter", filter, "deepObject", True),
                    ("page", page, "form", True),
                    ("per_page", per_page, "form", True),
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
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="get",
                    path="/public-api/resources/locations/v2.0/{location}",
                    response=lambda: _types.Location,
                    envelope="data",
                ),
                {"location": location},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
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
