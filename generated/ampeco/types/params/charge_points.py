"""Request dicts of the `charge_points` resource."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, List, Literal, Optional, Sequence, TypeAlias, Union

from typing_extensions import Required, TypedDict

if TYPE_CHECKING:
    from .._shared import (
        ChargePointChargingProfile,
        ChargePointLastBootNotification,
        Evse,
        PersonalSmartChargingPreferencesChargerElectricityRate,
        PersonalSmartChargingPreferencesNordPool,
        PersonalSmartChargingPreferencesOctopusAgile,
        PersonalSmartChargingPreferencesOctopusGo,
        PersonalSmartChargingPreferencesSolar,
        PersonalSmartChargingPreferencesUserControlledSchedule,
        SmartChargingDisabled,
        SmartChargingDynamic,
        SmartChargingTod,
        SmartChargingUserSchedule,
    )
    from ..charge_points import (
        ChargePointMaintenanceWindow,
        MaintenanceWindowWithFromAndUntilSchema,
        PersonalSmartChargingPreferencesDisabled,
        PointMaintenanceWindowWithFromAndUntil,
    )
    from ._shared import (
        ChargePointChargingProfileParam,
        ChargePointLastBootNotificationParam,
        EvseParam,
        PersonalSmartChargingPreferencesChargerElectricityRateParam,
        PersonalSmartChargingPreferencesNordPoolParam,
        PersonalSmartChargingPreferencesOctopusAgileParam,
        PersonalSmartChargingPreferencesOctopusGoParam,
        PersonalSmartChargingPreferencesSolarParam,
        PersonalSmartChargingPreferencesUserControlledScheduleParam,
        SmartChargingDisabledParam,
        SmartChargingDynamicParam,
        SmartChargingTodParam,
        SmartChargingUserScheduleParam,
    )

__all__ = [
    "PersonalSmartChargingPreferencesDisabledParam",
    "ChargePointsListingFilterParam",
    "PointMaintenanceWindowWithFromAndUntilParam",
    "MaintenanceWindowWithFromAndUntilSchemaParam",
    "ChargePointMaintenanceWindowParam",
    "ChargePointUpdateRequestParam",
    "ChargePointConfigurationUpdateRequestParam",
    "PersonalSmartChargingPreferencesParam",
    "ChargePointSmartChargingUpdateRequestParam",
]


class PersonalSmartChargingPreferencesDisabledParam(TypedDict, total=False):
    """The `PersonalSmartChargingPreferencesDisabled` a request sends, as a dict keyed by wire names."""

    enabled: Required[bool]
    """Send false to switch personal smart charging off."""


class ChargePointsListingFilterParam(TypedDict, total=False):
    """The `ChargePointsListingFilter` a request sends, as a dict keyed by wire names."""

    type: Literal["private", "public", "personal"]
    desiredSecurityProfileStatus: Literal["applied", "pending", "rejected"]
    networkId: str
    locationId: str
    circuitId: int
    roamingOperatorIds: List[int]
    lastUpdatedAfter: Union[_dt.datetime, str]
    lastUpdatedBefore: Union[_dt.datetime, str]


PointMaintenanceWindowWithFromAndUntilParam = TypedDict(
    "PointMaintenanceWindowWithFromAndUntilParam",
    {
        "from": "Union[_dt.datetime, str]",
        "until": "Union[_dt.datetime, str]",
        "class": 'Literal["planned", "unplanned"]',
    },
    total=False,
)
"""The `PointMaintenanceWindowWithFromAndUntil` a request sends, as a dict keyed by wire names."""

MaintenanceWindowWithFromAndUntilSchemaParam = TypedDict(
    "MaintenanceWindowWithFromAndUntilSchemaParam",
    {
        "from": "Union[_dt.datetime, str]",
        "until": "int",
        "class": 'Literal["planned", "unplanned"]',
    },
    total=False,
)
"""The `MaintenanceWindowWithFromAndUntilSchema` a request sends, as a dict keyed by wire names."""

ChargePointMaintenanceWindowParam: TypeAlias = Union[
    "PointMaintenanceWindowWithFromAndUntilParam",
    "PointMaintenanceWindowWithFromAndUntil",
    "MaintenanceWindowWithFromAndUntilSchemaParam",
    "MaintenanceWindowWithFromAndUntilSchema",
]
"""`ChargePointMaintenanceWindow` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""

ChargePointUpdateRequestParam = TypedDict(
    "ChargePointUpdateRequestParam",
    {
        "evses": "Required[Sequence[Union[EvseParam, Evse]]]",
        "chargingProfile": "Optional[Union[ChargePointChargingProfileParam, ChargePointChargingProfile]]",
        "lastBootNotification": "Optional[Union[ChargePointLastBootNotificationParam, ChargePointLastBootNotification]]",
        "showToPublicWithNotice": "bool",
        "notice": "Optional[str]",
        "roamingOperatorId": "Optional[int]",
        "autoFaultRecovery": "bool",
        "externalId": "Optional[str]",
        "tags": "List[str]",
        "name": "str",
        "networkId": "Optional[str]",
        "networkProtocol": 'Required[Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"]]',
        "networkPassword": "Optional[str]",
        "status": 'Literal["active", "disabled", "out of order", "demo"]',
        "plugAndCharge": "bool",
        "locationId": "Optional[int]",
        "pin": "str",
        "accessType": 'Required[Literal["private", "public", "personal"]]',
        "desiredSecurityProfile": "Optional[int]",
        "ownerPartnerId": "Optional[int]",
        "partnerAccessType": 'Literal["privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"]',
        "capabilities": 'List[Literal["REMOTE_START_STOP_CAPABLE", "METER_VALUES", "STOP_TRANSACTION_ON_EV_DISCONNECT"]]',
        "managedByOperator": "bool",
        "uptimeTrackingEnabled": "bool",
        "commissioningDate": "Optional[Union[_dt.date, str]]",
        "x-custom": "Optional[str]",
        "maintenanceWindow": "Union[ChargePointMaintenanceWindowParam, ChargePointMaintenanceWindow]",
    },
    total=False,
)
"""The `ChargePointUpdateRequest` a request sends, as a dict keyed by wire names."""


class ChargePointConfigurationUpdateRequestParam(TypedDict, total=False):
    """The `ChargePointConfigurationUpdateRequest` a request sends, as a dict keyed by wire names."""

    value: Required[str]


PersonalSmartChargingPreferencesParam: TypeAlias = Union[
    "PersonalSmartChargingPreferencesUserControlledScheduleParam",
    "PersonalSmartChargingPreferencesUserControlledSchedule",
    "PersonalSmartChargingPreferencesSolarParam",
    "PersonalSmartChargingPreferencesSolar",
    "PersonalSmartChargingPreferencesOctopusAgileParam",
    "PersonalSmartChargingPreferencesOctopusAgile",
    "PersonalSmartChargingPreferencesOctopusGoParam",
    "PersonalSmartChargingPreferencesOctopusGo",
    "PersonalSmartChargingPreferencesNordPoolParam",
    "PersonalSmartChargingPreferencesNordPool",
    "PersonalSmartChargingPreferencesChargerElectricityRateParam",
    "PersonalSmartChargingPreferencesChargerElectricityRate",
    "PersonalSmartChargingPreferencesDisabledParam",
    "PersonalSmartChargingPreferencesDisabled",
]
"""`PersonalSmartChargingPreferences` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""

ChargePointSmartChargingUpdateRequestParam: TypeAlias = Union[
    "SmartChargingTodParam",
    "SmartChargingTod",
    "SmartChargingDynamicParam",
    "SmartChargingDynamic",
    "SmartChargingUserScheduleParam",
    "SmartChargingUserSchedule",
    "SmartChargingDisabledParam",
    "SmartChargingDisabled",
]
"""`ChargePointSmartChargingUpdateRequest` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""
