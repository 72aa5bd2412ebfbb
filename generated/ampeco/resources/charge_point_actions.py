"""The `charge_point_actions` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

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
    from ..types.charge_point_actions import (
        ChargePointChangeOwnerRequest,
        ChargePointResetResponse,
        ChargePointSetChargingProfileRequest,
    )

__all__ = [
    "ChargePointActions",
    "AsyncChargePointActions",
    "ChargePointActionsWithRawResponse",
    "AsyncChargePointActionsWithRawResponse",
    "ChargePointActionsWithStreamingResponse",
    "AsyncChargePointActionsWithStreamingResponse",
]


class ChargePointActions(SyncAPIResource):
    """Commands sent to a charge point."""

    def change_owner(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointChangeOwnerRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Make a user the owner of a personal charge point, by e-mail or by user id.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner` (operationId `chargePointChangeOwner`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/change-owner",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def reset(
        self,
        charge_point: int,
        type: Literal["hard", "soft"],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointResetResponse:
        """Charge Point / Reset

        Send a hard or soft reset command to the charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}` (operationId `chargePointReset`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
                    response=lambda: _types.ChargePointResetResponse,
                ),
                {"chargePoint": charge_point, "type": type},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: Union[ChargePointSetChargingProfileRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Charging Profile

        Apply an OCPP smart charging profile to an EVSE or the whole charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}` (operationId `chargePointSetChargingProfile`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}",
                ),
                {"chargePoint": charge_point, "evseNetworkId": evse_network_id},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncChargePointActions(AsyncAPIResource):
    """Commands sent to a charge point."""

    async def change_owner(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointChangeOwnerRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Make a user the owner of a personal charge point, by e-mail or by user id.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner` (operationId `chargePointChangeOwner`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/change-owner",
                ),
                {"chargePoint": charge_point},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def reset(
        self,
        charge_point: int,
        type: Literal["hard", "soft"],
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointResetResponse:
        """Charge Point / Reset

        Send a hard or soft reset command to the charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}` (operationId `chargePointReset`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
                    response=lambda: _types.ChargePointResetResponse,
                ),
                {"chargePoint": charge_point, "type": type},
                [],
                [],
                NOT_GIVEN,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )

    async def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: Union[ChargePointSetChargingProfileRequest, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Charging Profile

        Apply an OCPP smart charging profile to an EVSE or the whole charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}` (operationId `chargePointSetChargingProfile`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}",
                ),
                {"chargePoint": charge_point, "evseNetworkId": evse_network_id},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class ChargePointActionsWithRawResponse:
    """`client.with_raw_response.charge_point_actions`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: ChargePointActions) -> None:
        self.change_owner = raw(resource.change_owner)
        self.reset = raw(resource.reset)
        self.set_charging_profile = raw(resource.set_charging_profile)


class AsyncChargePointActionsWithRawResponse:
    """`client.with_raw_response.charge_point_actions` of the async client."""

    def __init__(self, resource: AsyncChargePointActions) -> None:
        self.change_owner = async_raw(resource.change_owner)
        self.reset = async_raw(resource.reset)
        self.set_charging_profile = async_raw(resource.set_charging_profile)


class ChargePointActionsWithStreamingResponse:
    """`client.with_streaming_response.charge_point_actions`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: ChargePointActions) -> None:
        self.change_owner = streamed(resource.change_owner)
        self.reset = streamed(resource.reset)
        self.set_charging_profile = streamed(resource.set_charging_profile)


class AsyncChargePointActionsWithStreamingResponse:
    """`client.with_streaming_response.charge_point_actions` of the async client: `async with`."""

    def __init__(self, resource: AsyncChargePointActions) -> None:
        self.change_owner = async_streamed(resource.change_owner)
        self.reset = async_streamed(resource.reset)
        self.set_charging_profile = async_streamed(resource.set_charging_profile)
