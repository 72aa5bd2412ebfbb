"""The `charge_point_actions` resource."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union, overload

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
    from ..types.charge_point_actions import (
        ChargePointActionChargingSchedule,
        ChargePointActionOwner,
        ChargePointChangeOwnerRequest,
        ChargePointResetResponse,
        ChargePointSetChargingProfileRequest,
    )
    from ..types.params.charge_point_actions import (
        ChargePointActionChargingScheduleParam,
        ChargePointChangeOwnerRequestParam,
        ChargePointSetChargingProfileRequestParam,
    )

__all__ = [
    "ChargePointActions",
    "AsyncChargePointActions",
    "ChargePointActionsWithRawResponse",
    "AsyncChargePointActionsWithRawResponse",
    "ChargePointActionsWithStreamingResponse",
    "AsyncChargePointActionsWithStreamingResponse",
]

_CHANGE_OWNER: Endpoint[None] = Endpoint(
    "post",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/change-owner",
    shapes={"body": lambda: _types.ChargePointChangeOwnerRequest},
    body_required=True,
)

_RESET: Endpoint[ChargePointResetResponse] = Endpoint(
    "post",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/reset/{type}",
    response=lambda: _types.ChargePointResetResponse,
)

_SET_CHARGING_PROFILE: Endpoint[None] = Endpoint(
    "post",
    "/public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}",
    shapes={"body": lambda: _types.ChargePointSetChargingProfileRequest},
    body_required=True,
)


class ChargePointActions(SyncAPIResource):
    """Commands sent to a charge point."""

    @overload
    def change_owner(
        self,
        charge_point: int,
        *,
        owner: ChargePointActionOwner,
        notify_owner: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    @overload
    def change_owner(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointChangeOwnerRequestParam, ChargePointChangeOwnerRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    def change_owner(
        self,
        charge_point: int,
        *,
        owner: Union[ChargePointActionOwner, NotGiven] = NOT_GIVEN,
        notify_owner: Union[bool, NotGiven] = NOT_GIVEN,
        body: Union[
            ChargePointChangeOwnerRequestParam, ChargePointChangeOwnerRequest, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Make a user the owner of a personal charge point, by e-mail or by user id.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner` (operationId `chargePointChangeOwner`)

        Args:
            charge_point: The `chargePoint` path parameter.
            owner: The new owner, given as an e-mail address or a numeric user id.
            notify_owner: The `notifyOwner` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _CHANGE_OWNER,
                path={"chargePoint": charge_point},
                body=body,
                fields={"owner": owner, "notifyOwner": notify_owner},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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

        Args:
            charge_point: The `chargePoint` path parameter.
            type: The `type` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _RESET,
                path={"chargePoint": charge_point, "type": type},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    @overload
    def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        stack_level: int,
        charging_profile_purpose: Literal[
            "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"
        ],
        charging_profile_kind: Literal["Absolute", "Recurring", "Relative"],
        charging_schedule: Union[
            ChargePointActionChargingScheduleParam, ChargePointActionChargingSchedule
        ],
        transaction_id: Union[int, NotGiven] = NOT_GIVEN,
        recurrency_kind: Union[Literal["Daily", "Weekly"], NotGiven] = NOT_GIVEN,
        valid_from: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        valid_to: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    @overload
    def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: Union[
            ChargePointSetChargingProfileRequestParam,
            ChargePointSetChargingProfileRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        transaction_id: Union[int, NotGiven] = NOT_GIVEN,
        stack_level: Union[int, NotGiven] = NOT_GIVEN,
        charging_profile_purpose: Union[
            Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"], NotGiven
        ] = NOT_GIVEN,
        charging_profile_kind: Union[
            Literal["Absolute", "Recurring", "Relative"], NotGiven
        ] = NOT_GIVEN,
        recurrency_kind: Union[Literal["Daily", "Weekly"], NotGiven] = NOT_GIVEN,
        valid_from: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        valid_to: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        charging_schedule: Union[
            ChargePointActionChargingScheduleParam,
            ChargePointActionChargingSchedule,
            NotGiven,
        ] = NOT_GIVEN,
        body: Union[
            ChargePointSetChargingProfileRequestParam,
            ChargePointSetChargingProfileRequest,
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Charging Profile

        Apply an OCPP smart charging profile to an EVSE or the whole charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}` (operationId `chargePointSetChargingProfile`)

        Args:
            charge_point: The `chargePoint` path parameter.
            evse_network_id: Set to 0 to mean "the charge point itself". (`evseNetworkId` on the wire.)
            transaction_id: The `transactionId` property.
            stack_level: The `stackLevel` property.
            charging_profile_purpose: The `chargingProfilePurpose` property.
            charging_profile_kind: The `chargingProfileKind` property.
            recurrency_kind: The `recurrencyKind` property.
            valid_from: The `validFrom` property.
            valid_to: The `validTo` property.
            charging_schedule: The `chargingSchedule` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _SET_CHARGING_PROFILE,
                path={"chargePoint": charge_point, "evseNetworkId": evse_network_id},
                body=body,
                fields={
                    "transactionId": transaction_id,
                    "stackLevel": stack_level,
                    "chargingProfilePurpose": charging_profile_purpose,
                    "chargingProfileKind": charging_profile_kind,
                    "recurrencyKind": recurrency_kind,
                    "validFrom": valid_from,
                    "validTo": valid_to,
                    "chargingSchedule": charging_schedule,
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


class AsyncChargePointActions(AsyncAPIResource):
    """Commands sent to a charge point."""

    @overload
    async def change_owner(
        self,
        charge_point: int,
        *,
        owner: ChargePointActionOwner,
        notify_owner: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    @overload
    async def change_owner(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointChangeOwnerRequestParam, ChargePointChangeOwnerRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    async def change_owner(
        self,
        charge_point: int,
        *,
        owner: Union[ChargePointActionOwner, NotGiven] = NOT_GIVEN,
        notify_owner: Union[bool, NotGiven] = NOT_GIVEN,
        body: Union[
            ChargePointChangeOwnerRequestParam, ChargePointChangeOwnerRequest, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Change Owner

        Make a user the owner of a personal charge point, by e-mail or by user id.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/change-owner` (operationId `chargePointChangeOwner`)

        Args:
            charge_point: The `chargePoint` path parameter.
            owner: The new owner, given as an e-mail address or a numeric user id.
            notify_owner: The `notifyOwner` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _CHANGE_OWNER,
                path={"chargePoint": charge_point},
                body=body,
                fields={"owner": owner, "notifyOwner": notify_owner},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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

        Args:
            charge_point: The `chargePoint` path parameter.
            type: The `type` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _RESET,
                path={"chargePoint": charge_point, "type": type},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    @overload
    async def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        stack_level: int,
        charging_profile_purpose: Literal[
            "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"
        ],
        charging_profile_kind: Literal["Absolute", "Recurring", "Relative"],
        charging_schedule: Union[
            ChargePointActionChargingScheduleParam, ChargePointActionChargingSchedule
        ],
        transaction_id: Union[int, NotGiven] = NOT_GIVEN,
        recurrency_kind: Union[Literal["Daily", "Weekly"], NotGiven] = NOT_GIVEN,
        valid_from: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        valid_to: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    @overload
    async def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        body: Union[
            ChargePointSetChargingProfileRequestParam,
            ChargePointSetChargingProfileRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None: ...

    async def set_charging_profile(
        self,
        charge_point: int,
        evse_network_id: int,
        *,
        transaction_id: Union[int, NotGiven] = NOT_GIVEN,
        stack_level: Union[int, NotGiven] = NOT_GIVEN,
        charging_profile_purpose: Union[
            Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"], NotGiven
        ] = NOT_GIVEN,
        charging_profile_kind: Union[
            Literal["Absolute", "Recurring", "Relative"], NotGiven
        ] = NOT_GIVEN,
        recurrency_kind: Union[Literal["Daily", "Weekly"], NotGiven] = NOT_GIVEN,
        valid_from: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        valid_to: Union[Optional[Union[_dt.datetime, str]], NotGiven] = NOT_GIVEN,
        charging_schedule: Union[
            ChargePointActionChargingScheduleParam,
            ChargePointActionChargingSchedule,
            NotGiven,
        ] = NOT_GIVEN,
        body: Union[
            ChargePointSetChargingProfileRequestParam,
            ChargePointSetChargingProfileRequest,
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Set Charging Profile

        Apply an OCPP smart charging profile to an EVSE or the whole charge point.

        `POST /public-api/actions/charge-point/v1.0/{chargePoint}/set-charging-profile/{evseNetworkId}` (operationId `chargePointSetChargingProfile`)

        Args:
            charge_point: The `chargePoint` path parameter.
            evse_network_id: Set to 0 to mean "the charge point itself". (`evseNetworkId` on the wire.)
            transaction_id: The `transactionId` property.
            stack_level: The `stackLevel` property.
            charging_profile_purpose: The `chargingProfilePurpose` property.
            charging_profile_kind: The `chargingProfileKind` property.
            recurrency_kind: The `recurrencyKind` property.
            valid_from: The `validFrom` property.
            valid_to: The `validTo` property.
            charging_schedule: The `chargingSchedule` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _SET_CHARGING_PROFILE,
                path={"chargePoint": charge_point, "evseNetworkId": evse_network_id},
                body=body,
                fields={
                    "transactionId": transaction_id,
                    "stackLevel": stack_level,
                    "chargingProfilePurpose": charging_profile_purpose,
                    "chargingProfileKind": charging_profile_kind,
                    "recurrencyKind": recurrency_kind,
                    "validFrom": valid_from,
                    "validTo": valid_to,
                    "chargingSchedule": charging_schedule,
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
