"""The `tariff_groups` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Union, overload

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_streamed,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types._shared import TariffGroup
    from ..types.params._shared import TariffGroupParam
    from ..types.tariff_groups import TariffGroupV1

__all__ = [
    "TariffGroups",
    "AsyncTariffGroups",
    "TariffGroupsWithRawResponse",
    "AsyncTariffGroupsWithRawResponse",
    "TariffGroupsWithStreamingResponse",
    "AsyncTariffGroupsWithStreamingResponse",
]

_UPDATE: Endpoint[TariffGroupV1] = Endpoint(
    "put",
    "/public-api/resources/tariff-groups/v1.0/{tariffGroup}",
    response=lambda: _types.TariffGroupV1,
    envelope="data",
    shapes={"body": lambda: _types.TariffGroup},
    body_required=True,
)


class TariffGroups(SyncAPIResource):
    """Ordered groups of tariffs."""

    @overload
    def update(
        self,
        tariff_group: int,
        *,
        name: str,
        tariff_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1: ...

    @overload
    def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroupParam, TariffGroup],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1: ...

    def update(
        self,
        tariff_group: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tariff_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        body: Union[TariffGroupParam, TariffGroup, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)

        Args:
            tariff_group: The `tariffGroup` path parameter.
            name: The `name` property.
            tariff_ids: Ordered tariff ids; evaluated from the last one to the first. (`tariffIds` on the wire.)
            partner_id: The `partnerId` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _UPDATE,
                path={"tariffGroup": tariff_group},
                body=body,
                fields={"name": name, "tariffIds": tariff_ids, "partnerId": partner_id},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncTariffGroups(AsyncAPIResource):
    """Ordered groups of tariffs."""

    @overload
    async def update(
        self,
        tariff_group: int,
        *,
        name: str,
        tariff_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1: ...

    @overload
    async def update(
        self,
        tariff_group: int,
        *,
        body: Union[TariffGroupParam, TariffGroup],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1: ...

    async def update(
        self,
        tariff_group: int,
        *,
        name: Union[str, NotGiven] = NOT_GIVEN,
        tariff_ids: Union[List[int], NotGiven] = NOT_GIVEN,
        partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        body: Union[TariffGroupParam, TariffGroup, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TariffGroupV1:
        """Tariff Group / Update

        Replace a tariff group.

        `PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}` (operationId `tariffGroupUpdate`)

        Args:
            tariff_group: The `tariffGroup` path parameter.
            name: The `name` property.
            tariff_ids: Ordered tariff ids; evaluated from the last one to the first. (`tariffIds` on the wire.)
            partner_id: The `partnerId` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _UPDATE,
                path={"tariffGroup": tariff_group},
                body=body,
                fields={"name": name, "tariffIds": tariff_ids, "partnerId": partner_id},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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
