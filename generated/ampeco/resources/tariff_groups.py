"""The `tariff_groups` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

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
    from ..types._shared import TariffGroup
    from ..types.tariff_groups import TariffGroupV1

__all__ = [
    "TariffGroups",
    "AsyncTariffGroups",
    "TariffGroupsWithRawResponse",
    "AsyncTariffGroupsWithRawResponse",
    "TariffGroupsWithStreamingResponse",
    "AsyncTariffGroupsWithStreamingResponse",
]


class TariffGroups(SyncAPIResource):
    """Ordered groups of tariffs."""

    def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroup, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="put",
                    path="/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
                    response=lambda: _types.TariffGroupV1,
                    envelope="data",
                ),
                {"tariffGroup": tariff_group},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncTariffGroups(AsyncAPIResource):
    """Ordered groups of tariffs."""

    async def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroup, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="put",
                    path="/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
                    response=lambda: _types.TariffGroupV1,
                    envelope="data",
                ),
                {"tariffGroup": tariff_group},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class TariffGroupsWithRawResponse:
    """`client.with_raw_response.tariff_groups`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: TariffGroups) -> None:
        self.update = raw(resource.update)


class AsyncTariffGroupsWithRawResponse:
    """`client.with_raw_response.tariff_groups` of the async client."""

    def __init__(self, resource: AsyncTariffGroups) -> None:
        self.update = async_raw(resource.update)


class TariffGroupsWithStreamingResponse:
    """`client.with_streaming_response.tariff_groups`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: TariffGroups) -> None:
        self.update = streamed(resource.update)


class AsyncTariffGroupsWithStreamingResponse:
    """`client.with_streaming_response.tariff_groups` of the async client: `async with`."""

    def __init__(self, resource: AsyncTariffGroups) -> None:
        self.update = async_streamed(resource.update)
