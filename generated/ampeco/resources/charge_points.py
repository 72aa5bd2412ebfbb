"""The `charge_points` resource."""

from __future__ import annotations

import datetime as _dt
from typing import (
    TYPE_CHECKING,
    Any,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Union,
    overload,
)

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
    from ..types._shared import (
        ChargePoint,
        ChargePointChargingProfile,
        ChargePointLastBootNotification,
        Evse,
    )
    from ..types.charge_points import (
        ChargePointConfiguration,
        ChargePointConfigurationUpdateRequest,
        ChargePointMaintenanceWindow,
        ChargePointSmartCharging,
        ChargePointSmartChargingUpdateRequest,
        ChargePointUpdateRequest,
        ChargePointsListingFilter,
        PersonalSmartChargingPreferences,
        PersonalSmartChargingPreferencesEnabled,
    )
    from ..types.params._shared import (
        ChargePointChargingProfileParam,
        ChargePointLastBootNotificationParam,
        ChargePointParam,
        EvseParam,
    )
    from ..types.params.charge_points import (
        ChargePointConfigurationUpdateRequestParam,
        ChargePointMaintenanceWindowParam,
        ChargePointSmartChargingUpdateRequestParam,
        ChargePointUpdateRequestParam,
        ChargePointsListingFilterParam,
        PersonalSmartChargingPreferencesParam,
    )

__all__ = [
    "ChargePoints",
    "AsyncChargePoints",
    "ChargePointsWithRawResponse",
    "AsyncChargePointsWithRawResponse",
    "ChargePointsWithStreamingResponse",
    "AsyncChargePointsWithStreamingResponse",
]

_CREATE: Endpoint[ChargePoint] = Endpoint(
    "post",
    "/public-api/resources/charge-points/v2.0",
    response=lambda: _types.ChargePoint,
    envelope="data",
    shapes={"body": lambda: _types.ChargePoint},
    body_required=True,
)

_DELETE: Endpoint[None] = Endpoint(
    "delete",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
)

_LIST: Endpoint[ChargePoint] = Endpoint(
    "get",
    "/public-api/resources/charge-points/v2.0",
    response=lambda: _types.ChargePointPage,
    page="cursor",
    styles={"filter": ("deepObject", True), "include": ("deepObject", True)},
    shapes={"filter": lambda: _types.ChargePointsListingFilter},
)

_RETRIEVE: Endpoint[ChargePoint] = Endpoint(
    "get",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
    response=lambda: _types.ChargePoint,
    envelope="data",
    styles={"include": ("deepObject", True)},
)

_RETRIEVE_PERSONAL_SMART_CHARGING_PREFERENCES: Endpoint[
    PersonalSmartChargingPreferencesEnabled
] = Endpoint(
    "get",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
    response=lambda: _types.PersonalSmartChargingPreferencesEnabled,
    envelope="data",
)

_RETRIEVE_V1: Endpoint[ChargePoint] = Endpoint(
    "get",
    "/public-api/resources/charge-points/v1.0/{chargePoint}",
    response=lambda: _types.ChargePoint,
    envelope="data",
    deprecated="charge_points.retrieve_v1() calls a deprecated operation (chargePointReadDeprecated); use charge_points.retrieve() instead",
)

_UPDATE: Endpoint[ChargePoint] = Endpoint(
    "patch",
    "/public-api/resources/charge-points/v2.0/{chargePoint}",
    response=lambda: _types.ChargePoint,
    envelope="data",
    shapes={"body": lambda: _types.ChargePointUpdateRequest},
    body_required=True,
)

_UPDATE_CONFIGURATION: Endpoint[ChargePointConfiguration] = Endpoint(
    "patch",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}",
    response=lambda: _types.ChargePointConfiguration,
    envelope="data",
    shapes={"body": lambda: _types.ChargePointConfigurationUpdateRequest},
    body_required=True,
)

_UPDATE_PERSONAL_SMART_CHARGING_PREFERENCES: Endpoint[
    PersonalSmartChargingPreferences
] = Endpoint(
    "post",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences",
    response=lambda: _types.PersonalSmartChargingPreferences,
    envelope="data",
    shapes={"body": lambda: _types.PersonalSmartChargingPreferences},
    body_required=True,
)

_UPDATE_SMART_CHARGING: Endpoint[ChargePointSmartCharging] = Endpoint(
    "post",
    "/public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging",
    response=lambda: _types.ChargePointSmartCharging,
    envelope="data",
    shapes={"body": lambda: _types.ChargePointSmartChargingUpdateRequest},
    body_required=True,
)


class ChargePoints(SyncAPIResource):
    """Charge points, their smart charging and configuration."""

    @overload
    def create(
        self,
        *,
        evses: Sequence[Union[EvseParam, Evse]],
        network_protocol: Literal[
            "ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"
        ],
        access_type: Literal["private", "public", "personal"],
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    @overload
    def create(
        self,
        *,
        body: Union[ChargePointParam, ChargePoint],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    def create(
        self,
        *,
        evses: Union[Sequence[Union[EvseParam, Evse]], NotGiven] = NOT_GIVEN,
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_protocol: Union[
            Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"], NotGiven
        ] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        access_type: Union[
            Literal["private", "public", "personal"], NotGiven
        ] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        body: Union[ChargePointParam, ChargePoint, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create a new charge point.

        `POST /public-api/resources/charge-points/v2.0` (operationId `chargePointCreate`)

        Args:
            evses: The `evses` property.
            charging_profile: The `chargingProfile` property.
            last_boot_notification: The `lastBootNotification` property.
            show_to_public_with_notice: Only available if the charge point has private access. (`showToPublicWithNotice` on the wire.)
            notice: The `notice` property.
            roaming_operator_id: Null for local charge points. (`roamingOperatorId` on the wire.)
            auto_fault_recovery: The `autoFaultRecovery` property.
            external_id: The `externalId` property.
            tags: The `tags` property.
            name: The `name` property.
            network_id: OCPP identifier. (`networkId` on the wire.)
            network_protocol: The `networkProtocol` property.
            network_password: The `networkPassword` property.
            status: The `status` property.
            plug_and_charge: The `plugAndCharge` property.
            location_id: The `locationId` property.
            pin: PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex).
            access_type: The `accessType` property.
            desired_security_profile: The `desiredSecurityProfile` property.
            owner_partner_id: The `ownerPartnerId` property.
            partner_access_type: The `partnerAccessType` property.
            capabilities: The `capabilities` property.
            managed_by_operator: The `managedByOperator` property.
            uptime_tracking_enabled: The `uptimeTrackingEnabled` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _CREATE,
                body=body,
                fields={
                    "evses": evses,
                    "chargingProfile": charging_profile,
                    "lastBootNotification": last_boot_notification,
                    "showToPublicWithNotice": show_to_public_with_notice,
                    "notice": notice,
                    "roamingOperatorId": roaming_operator_id,
                    "autoFaultRecovery": auto_fault_recovery,
                    "externalId": external_id,
                    "tags": tags,
                    "name": name,
                    "networkId": network_id,
                    "networkProtocol": network_protocol,
                    "networkPassword": network_password,
                    "status": status,
                    "plugAndCharge": plug_and_charge,
                    "locationId": location_id,
                    "pin": pin,
                    "accessType": access_type,
                    "desiredSecurityProfile": desired_security_profile,
                    "ownerPartnerId": owner_partner_id,
                    "partnerAccessType": partner_access_type,
                    "capabilities": capabilities,
                    "managedByOperator": managed_by_operator,
                    "uptimeTrackingEnabled": uptime_tracking_enabled,
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

    def delete(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point.

        `DELETE /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointDelete`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _DELETE,
                path={"chargePoint": charge_point},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def list(
        self,
        *,
        filter: Union[
            ChargePointsListingFilterParam, ChargePointsListingFilter, NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[
                Literal[
                    "lastBootNotification",
                    "chargingProfile",
                    "smartCharging",
                    "personalSmartChargingPreferences",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[ChargePoint]:
        """Charge Points / Listing

        Get all charge points, using cursor pagination.

        `GET /public-api/resources/charge-points/v2.0` (operationId `chargePointsListing`)

        Args:
            filter: Narrow down the listed charge points.
            include: Extra relations to include in every listed charge point.
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
        charge_point: int,
        *,
        include: Union[
            List[Literal["lastBootNotification", "chargingProfile", "smartCharging"]],
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointRead`)

        Args:
            charge_point: The `chargePoint` path parameter.
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
                path={"chargePoint": charge_point},
                query={"include": include},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def retrieve_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferencesEnabled:
        """Charge Point / Personal smart charging preferences / Read

        Read the owner's smart charging preferences of a personal charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `chargePointPersonalSmartChargingPreferencesRead`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _RETRIEVE_PERSONAL_SMART_CHARGING_PREFERENCES,
                path={"chargePoint": charge_point},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def retrieve_v1(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point. Deprecated, use the v2.0 endpoint instead.

        Deprecated. Use `charge_points.retrieve()` instead.

        `GET /public-api/resources/charge-points/v1.0/{chargePoint}` (operationId `chargePointReadDeprecated`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _RETRIEVE_V1,
                path={"chargePoint": charge_point},
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
    def update(
        self,
        charge_point: int,
        *,
        evses: Sequence[Union[EvseParam, Evse]],
        network_protocol: Literal[
            "ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"
        ],
        access_type: Literal["private", "public", "personal"],
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        commissioning_date: Union[Optional[Union[_dt.date, str]], NotGiven] = NOT_GIVEN,
        x_custom: Union[Optional[str], NotGiven] = NOT_GIVEN,
        maintenance_window: Union[
            ChargePointMaintenanceWindowParam, ChargePointMaintenanceWindow, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    @overload
    def update(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointUpdateRequestParam, ChargePointUpdateRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    def update(
        self,
        charge_point: int,
        *,
        evses: Union[Sequence[Union[EvseParam, Evse]], NotGiven] = NOT_GIVEN,
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_protocol: Union[
            Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"], NotGiven
        ] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        access_type: Union[
            Literal["private", "public", "personal"], NotGiven
        ] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        commissioning_date: Union[Optional[Union[_dt.date, str]], NotGiven] = NOT_GIVEN,
        x_custom: Union[Optional[str], NotGiven] = NOT_GIVEN,
        maintenance_window: Union[
            ChargePointMaintenanceWindowParam, ChargePointMaintenanceWindow, NotGiven
        ] = NOT_GIVEN,
        body: Union[
            ChargePointUpdateRequestParam, ChargePointUpdateRequest, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Partially update a charge point. Only the supplied fields change.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            evses: The `evses` property.
            charging_profile: The `chargingProfile` property.
            last_boot_notification: The `lastBootNotification` property.
            show_to_public_with_notice: Only available if the charge point has private access. (`showToPublicWithNotice` on the wire.)
            notice: The `notice` property.
            roaming_operator_id: Null for local charge points. (`roamingOperatorId` on the wire.)
            auto_fault_recovery: The `autoFaultRecovery` property.
            external_id: The `externalId` property.
            tags: The `tags` property.
            name: The `name` property.
            network_id: OCPP identifier. (`networkId` on the wire.)
            network_protocol: The `networkProtocol` property.
            network_password: The `networkPassword` property.
            status: The `status` property.
            plug_and_charge: The `plugAndCharge` property.
            location_id: The `locationId` property.
            pin: PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex).
            access_type: The `accessType` property.
            desired_security_profile: The `desiredSecurityProfile` property.
            owner_partner_id: The `ownerPartnerId` property.
            partner_access_type: The `partnerAccessType` property.
            capabilities: The `capabilities` property.
            managed_by_operator: The `managedByOperator` property.
            uptime_tracking_enabled: The `uptimeTrackingEnabled` property.
            commissioning_date: The day the charge point went into service. (`commissioningDate` on the wire.)
            x_custom: Free-form integrator value (property name contains a dash). (`x-custom` on the wire.)
            maintenance_window: Planned maintenance window, ending at a time or after some minutes. (`maintenanceWindow` on the wire.)
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
                path={"chargePoint": charge_point},
                body=body,
                fields={
                    "evses": evses,
                    "chargingProfile": charging_profile,
                    "lastBootNotification": last_boot_notification,
                    "showToPublicWithNotice": show_to_public_with_notice,
                    "notice": notice,
                    "roamingOperatorId": roaming_operator_id,
                    "autoFaultRecovery": auto_fault_recovery,
                    "externalId": external_id,
                    "tags": tags,
                    "name": name,
                    "networkId": network_id,
                    "networkProtocol": network_protocol,
                    "networkPassword": network_password,
                    "status": status,
                    "plugAndCharge": plug_and_charge,
                    "locationId": location_id,
                    "pin": pin,
                    "accessType": access_type,
                    "desiredSecurityProfile": desired_security_profile,
                    "ownerPartnerId": owner_partner_id,
                    "partnerAccessType": partner_access_type,
                    "capabilities": capabilities,
                    "managedByOperator": managed_by_operator,
                    "uptimeTrackingEnabled": uptime_tracking_enabled,
                    "commissioningDate": commissioning_date,
                    "x-custom": x_custom,
                    "maintenanceWindow": maintenance_window,
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

    @overload
    def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        value: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration: ...

    @overload
    def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        body: Union[
            ChargePointConfigurationUpdateRequestParam,
            ChargePointConfigurationUpdateRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration: ...

    def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        value: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[
            ChargePointConfigurationUpdateRequestParam,
            ChargePointConfigurationUpdateRequest,
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Change the value of a single configuration key.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}` (operationId `chargePointConfigurationUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            key: The configuration key name (string path id).
            value: The `value` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _UPDATE_CONFIGURATION,
                path={"chargePoint": charge_point, "key": key},
                body=body,
                fields={"value": value},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def update_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        body: Union[
            PersonalSmartChargingPreferencesParam, PersonalSmartChargingPreferences
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferences:
        """Charge Point / Personal smart charging preferences / Update

        Replace the owner's smart charging preferences, or disable them.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `personalSmartChargingPreferencesUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _UPDATE_PERSONAL_SMART_CHARGING_PREFERENCES,
                path={"chargePoint": charge_point},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def update_smart_charging(
        self,
        charge_point: int,
        *,
        body: Union[
            ChargePointSmartChargingUpdateRequestParam,
            ChargePointSmartChargingUpdateRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointSmartCharging:
        """Charge Point / Smart Charging / Update

        Set the smart charging mode and its settings for a charge point.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging` (operationId `chargePointSmartChargingUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _UPDATE_SMART_CHARGING,
                path={"chargePoint": charge_point},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncChargePoints(AsyncAPIResource):
    """Charge points, their smart charging and configuration."""

    @overload
    async def create(
        self,
        *,
        evses: Sequence[Union[EvseParam, Evse]],
        network_protocol: Literal[
            "ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"
        ],
        access_type: Literal["private", "public", "personal"],
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    @overload
    async def create(
        self,
        *,
        body: Union[ChargePointParam, ChargePoint],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    async def create(
        self,
        *,
        evses: Union[Sequence[Union[EvseParam, Evse]], NotGiven] = NOT_GIVEN,
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_protocol: Union[
            Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"], NotGiven
        ] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        access_type: Union[
            Literal["private", "public", "personal"], NotGiven
        ] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        body: Union[ChargePointParam, ChargePoint, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Create

        Create a new charge point.

        `POST /public-api/resources/charge-points/v2.0` (operationId `chargePointCreate`)

        Args:
            evses: The `evses` property.
            charging_profile: The `chargingProfile` property.
            last_boot_notification: The `lastBootNotification` property.
            show_to_public_with_notice: Only available if the charge point has private access. (`showToPublicWithNotice` on the wire.)
            notice: The `notice` property.
            roaming_operator_id: Null for local charge points. (`roamingOperatorId` on the wire.)
            auto_fault_recovery: The `autoFaultRecovery` property.
            external_id: The `externalId` property.
            tags: The `tags` property.
            name: The `name` property.
            network_id: OCPP identifier. (`networkId` on the wire.)
            network_protocol: The `networkProtocol` property.
            network_password: The `networkPassword` property.
            status: The `status` property.
            plug_and_charge: The `plugAndCharge` property.
            location_id: The `locationId` property.
            pin: PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex).
            access_type: The `accessType` property.
            desired_security_profile: The `desiredSecurityProfile` property.
            owner_partner_id: The `ownerPartnerId` property.
            partner_access_type: The `partnerAccessType` property.
            capabilities: The `capabilities` property.
            managed_by_operator: The `managedByOperator` property.
            uptime_tracking_enabled: The `uptimeTrackingEnabled` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _CREATE,
                body=body,
                fields={
                    "evses": evses,
                    "chargingProfile": charging_profile,
                    "lastBootNotification": last_boot_notification,
                    "showToPublicWithNotice": show_to_public_with_notice,
                    "notice": notice,
                    "roamingOperatorId": roaming_operator_id,
                    "autoFaultRecovery": auto_fault_recovery,
                    "externalId": external_id,
                    "tags": tags,
                    "name": name,
                    "networkId": network_id,
                    "networkProtocol": network_protocol,
                    "networkPassword": network_password,
                    "status": status,
                    "plugAndCharge": plug_and_charge,
                    "locationId": location_id,
                    "pin": pin,
                    "accessType": access_type,
                    "desiredSecurityProfile": desired_security_profile,
                    "ownerPartnerId": owner_partner_id,
                    "partnerAccessType": partner_access_type,
                    "capabilities": capabilities,
                    "managedByOperator": managed_by_operator,
                    "uptimeTrackingEnabled": uptime_tracking_enabled,
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

    async def delete(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Charge Point / Delete

        Delete a charge point.

        `DELETE /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointDelete`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _DELETE,
                path={"chargePoint": charge_point},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    def list(
        self,
        *,
        filter: Union[
            ChargePointsListingFilterParam, ChargePointsListingFilter, NotGiven
        ] = NOT_GIVEN,
        include: Union[
            List[
                Literal[
                    "lastBootNotification",
                    "chargingProfile",
                    "smartCharging",
                    "personalSmartChargingPreferences",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        per_page: Union[int, NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[ChargePoint]:
        """Charge Points / Listing

        Get all charge points, using cursor pagination.

        `GET /public-api/resources/charge-points/v2.0` (operationId `chargePointsListing`)

        Args:
            filter: Narrow down the listed charge points.
            include: Extra relations to include in every listed charge point.
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
        charge_point: int,
        *,
        include: Union[
            List[Literal["lastBootNotification", "chargingProfile", "smartCharging"]],
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointRead`)

        Args:
            charge_point: The `chargePoint` path parameter.
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
                path={"chargePoint": charge_point},
                query={"include": include},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def retrieve_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferencesEnabled:
        """Charge Point / Personal smart charging preferences / Read

        Read the owner's smart charging preferences of a personal charge point.

        `GET /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `chargePointPersonalSmartChargingPreferencesRead`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _RETRIEVE_PERSONAL_SMART_CHARGING_PREFERENCES,
                path={"chargePoint": charge_point},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def retrieve_v1(
        self,
        charge_point: int,
        *,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Read

        Get a single charge point. Deprecated, use the v2.0 endpoint instead.

        Deprecated. Use `charge_points.retrieve()` instead.

        `GET /public-api/resources/charge-points/v1.0/{chargePoint}` (operationId `chargePointReadDeprecated`)

        Args:
            charge_point: The `chargePoint` path parameter.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _RETRIEVE_V1,
                path={"chargePoint": charge_point},
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
    async def update(
        self,
        charge_point: int,
        *,
        evses: Sequence[Union[EvseParam, Evse]],
        network_protocol: Literal[
            "ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"
        ],
        access_type: Literal["private", "public", "personal"],
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        commissioning_date: Union[Optional[Union[_dt.date, str]], NotGiven] = NOT_GIVEN,
        x_custom: Union[Optional[str], NotGiven] = NOT_GIVEN,
        maintenance_window: Union[
            ChargePointMaintenanceWindowParam, ChargePointMaintenanceWindow, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    @overload
    async def update(
        self,
        charge_point: int,
        *,
        body: Union[ChargePointUpdateRequestParam, ChargePointUpdateRequest],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint: ...

    async def update(
        self,
        charge_point: int,
        *,
        evses: Union[Sequence[Union[EvseParam, Evse]], NotGiven] = NOT_GIVEN,
        charging_profile: Union[
            Optional[
                Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        last_boot_notification: Union[
            Optional[
                Union[
                    ChargePointLastBootNotificationParam,
                    ChargePointLastBootNotification,
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        show_to_public_with_notice: Union[bool, NotGiven] = NOT_GIVEN,
        notice: Union[Optional[str], NotGiven] = NOT_GIVEN,
        roaming_operator_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        auto_fault_recovery: Union[bool, NotGiven] = NOT_GIVEN,
        external_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        tags: Union[List[str], NotGiven] = NOT_GIVEN,
        name: Union[str, NotGiven] = NOT_GIVEN,
        network_id: Union[Optional[str], NotGiven] = NOT_GIVEN,
        network_protocol: Union[
            Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"], NotGiven
        ] = NOT_GIVEN,
        network_password: Union[Optional[str], NotGiven] = NOT_GIVEN,
        status: Union[
            Literal["active", "disabled", "out of order", "demo"], NotGiven
        ] = NOT_GIVEN,
        plug_and_charge: Union[bool, NotGiven] = NOT_GIVEN,
        location_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        pin: Union[str, NotGiven] = NOT_GIVEN,
        access_type: Union[
            Literal["private", "public", "personal"], NotGiven
        ] = NOT_GIVEN,
        desired_security_profile: Union[Optional[int], NotGiven] = NOT_GIVEN,
        owner_partner_id: Union[Optional[int], NotGiven] = NOT_GIVEN,
        partner_access_type: Union[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ],
            NotGiven,
        ] = NOT_GIVEN,
        capabilities: Union[
            List[
                Literal[
                    "REMOTE_START_STOP_CAPABLE",
                    "METER_VALUES",
                    "STOP_TRANSACTION_ON_EV_DISCONNECT",
                ]
            ],
            NotGiven,
        ] = NOT_GIVEN,
        managed_by_operator: Union[bool, NotGiven] = NOT_GIVEN,
        uptime_tracking_enabled: Union[bool, NotGiven] = NOT_GIVEN,
        commissioning_date: Union[Optional[Union[_dt.date, str]], NotGiven] = NOT_GIVEN,
        x_custom: Union[Optional[str], NotGiven] = NOT_GIVEN,
        maintenance_window: Union[
            ChargePointMaintenanceWindowParam, ChargePointMaintenanceWindow, NotGiven
        ] = NOT_GIVEN,
        body: Union[
            ChargePointUpdateRequestParam, ChargePointUpdateRequest, NotGiven
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePoint:
        """Charge Point / Update

        Partially update a charge point. Only the supplied fields change.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}` (operationId `chargePointUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            evses: The `evses` property.
            charging_profile: The `chargingProfile` property.
            last_boot_notification: The `lastBootNotification` property.
            show_to_public_with_notice: Only available if the charge point has private access. (`showToPublicWithNotice` on the wire.)
            notice: The `notice` property.
            roaming_operator_id: Null for local charge points. (`roamingOperatorId` on the wire.)
            auto_fault_recovery: The `autoFaultRecovery` property.
            external_id: The `externalId` property.
            tags: The `tags` property.
            name: The `name` property.
            network_id: OCPP identifier. (`networkId` on the wire.)
            network_protocol: The `networkProtocol` property.
            network_password: The `networkPassword` property.
            status: The `status` property.
            plug_and_charge: The `plugAndCharge` property.
            location_id: The `locationId` property.
            pin: PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex).
            access_type: The `accessType` property.
            desired_security_profile: The `desiredSecurityProfile` property.
            owner_partner_id: The `ownerPartnerId` property.
            partner_access_type: The `partnerAccessType` property.
            capabilities: The `capabilities` property.
            managed_by_operator: The `managedByOperator` property.
            uptime_tracking_enabled: The `uptimeTrackingEnabled` property.
            commissioning_date: The day the charge point went into service. (`commissioningDate` on the wire.)
            x_custom: Free-form integrator value (property name contains a dash). (`x-custom` on the wire.)
            maintenance_window: Planned maintenance window, ending at a time or after some minutes. (`maintenanceWindow` on the wire.)
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
                path={"chargePoint": charge_point},
                body=body,
                fields={
                    "evses": evses,
                    "chargingProfile": charging_profile,
                    "lastBootNotification": last_boot_notification,
                    "showToPublicWithNotice": show_to_public_with_notice,
                    "notice": notice,
                    "roamingOperatorId": roaming_operator_id,
                    "autoFaultRecovery": auto_fault_recovery,
                    "externalId": external_id,
                    "tags": tags,
                    "name": name,
                    "networkId": network_id,
                    "networkProtocol": network_protocol,
                    "networkPassword": network_password,
                    "status": status,
                    "plugAndCharge": plug_and_charge,
                    "locationId": location_id,
                    "pin": pin,
                    "accessType": access_type,
                    "desiredSecurityProfile": desired_security_profile,
                    "ownerPartnerId": owner_partner_id,
                    "partnerAccessType": partner_access_type,
                    "capabilities": capabilities,
                    "managedByOperator": managed_by_operator,
                    "uptimeTrackingEnabled": uptime_tracking_enabled,
                    "commissioningDate": commissioning_date,
                    "x-custom": x_custom,
                    "maintenanceWindow": maintenance_window,
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

    @overload
    async def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        value: str,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration: ...

    @overload
    async def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        body: Union[
            ChargePointConfigurationUpdateRequestParam,
            ChargePointConfigurationUpdateRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration: ...

    async def update_configuration(
        self,
        charge_point: int,
        key: str,
        *,
        value: Union[str, NotGiven] = NOT_GIVEN,
        body: Union[
            ChargePointConfigurationUpdateRequestParam,
            ChargePointConfigurationUpdateRequest,
            NotGiven,
        ] = NOT_GIVEN,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointConfiguration:
        """Charge Point / Configuration / Update

        Change the value of a single configuration key.

        `PATCH /public-api/resources/charge-points/v2.0/{chargePoint}/configurations/{key}` (operationId `chargePointConfigurationUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            key: The configuration key name (string path id).
            value: The `value` property.
            body: The whole request body, instead of its properties.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _UPDATE_CONFIGURATION,
                path={"chargePoint": charge_point, "key": key},
                body=body,
                fields={"value": value},
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def update_personal_smart_charging_preferences(
        self,
        charge_point: int,
        *,
        body: Union[
            PersonalSmartChargingPreferencesParam, PersonalSmartChargingPreferences
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PersonalSmartChargingPreferences:
        """Charge Point / Personal smart charging preferences / Update

        Replace the owner's smart charging preferences, or disable them.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/personal-smart-charging-preferences` (operationId `personalSmartChargingPreferencesUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _UPDATE_PERSONAL_SMART_CHARGING_PREFERENCES,
                path={"chargePoint": charge_point},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )

    async def update_smart_charging(
        self,
        charge_point: int,
        *,
        body: Union[
            ChargePointSmartChargingUpdateRequestParam,
            ChargePointSmartChargingUpdateRequest,
        ],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ChargePointSmartCharging:
        """Charge Point / Smart Charging / Update

        Set the smart charging mode and its settings for a charge point.

        `POST /public-api/resources/charge-points/v2.0/{chargePoint}/smart-charging` (operationId `chargePointSmartChargingUpdate`)

        Args:
            charge_point: The `chargePoint` path parameter.
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _UPDATE_SMART_CHARGING,
                path={"chargePoint": charge_point},
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class ChargePointsWithRawResponse:
    """`client.with_raw_response.charge_points`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: ChargePoints) -> None:
        self.create = raw(resource.create)
        self.delete = raw(resource.delete)
        self.list = raw(resource.list)
        self.retrieve = raw(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = raw(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = raw(resource.retrieve_v1)
        self.update = raw(resource.update)
        self.update_configuration = raw(resource.update_configuration)
        self.update_personal_smart_charging_preferences = raw(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = raw(resource.update_smart_charging)


class AsyncChargePointsWithRawResponse:
    """`client.with_raw_response.charge_points` of the async client."""

    def __init__(self, resource: AsyncChargePoints) -> None:
        self.create = async_raw(resource.create)
        self.delete = async_raw(resource.delete)
        self.list = async_raw_page(resource.list)
        self.retrieve = async_raw(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = async_raw(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = async_raw(resource.retrieve_v1)
        self.update = async_raw(resource.update)
        self.update_configuration = async_raw(resource.update_configuration)
        self.update_personal_smart_charging_preferences = async_raw(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = async_raw(resource.update_smart_charging)


class ChargePointsWithStreamingResponse:
    """`client.with_streaming_response.charge_points`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: ChargePoints) -> None:
        self.create = streamed(resource.create)
        self.delete = streamed(resource.delete)
        self.list = streamed(resource.list)
        self.retrieve = streamed(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = streamed(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = streamed(resource.retrieve_v1)
        self.update = streamed(resource.update)
        self.update_configuration = streamed(resource.update_configuration)
        self.update_personal_smart_charging_preferences = streamed(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = streamed(resource.update_smart_charging)


class AsyncChargePointsWithStreamingResponse:
    """`client.with_streaming_response.charge_points` of the async client: `async with`."""

    def __init__(self, resource: AsyncChargePoints) -> None:
        self.create = async_streamed(resource.create)
        self.delete = async_streamed(resource.delete)
        self.list = async_streamed_page(resource.list)
        self.retrieve = async_streamed(resource.retrieve)
        self.retrieve_personal_smart_charging_preferences = async_streamed(
            resource.retrieve_personal_smart_charging_preferences
        )
        self.retrieve_v1 = async_streamed(resource.retrieve_v1)
        self.update = async_streamed(resource.update)
        self.update_configuration = async_streamed(resource.update_configuration)
        self.update_personal_smart_charging_preferences = async_streamed(
            resource.update_personal_smart_charging_preferences
        )
        self.update_smart_charging = async_streamed(resource.update_smart_charging)
