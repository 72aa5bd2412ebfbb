"""Request dicts shared by several resources."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, List, Literal, Mapping, Optional, Sequence, Union

from typing_extensions import Required, TypedDict

if TYPE_CHECKING:
    from .._shared import (
        ChargePointChargingProfile,
        ChargePointChargingProfileSchedulePeriod,
        ChargePointLastBootNotification,
        ChargerElectricityRatePreferences,
        ChargingPreferencesNordPoolPreferences,
        ChargingPreferencesOctopusGoPreferences,
        ConnectedPhase,
        Evse,
        EvseConnector,
        MaxVoltage,
        NotificationType,
        PhaseRotation,
        PreferencesOctopusAgilePreferences,
        SchedulePreferencesTrackElectricityCosts,
        SmartChargingPreferencesSolarPreferences,
        SmartChargingTodPeriod,
        SmartChargingTodPeriodElement,
        TargetChargeExact,
        TargetChargeRange,
        UserControlledSchedulePreferences,
        WeekDaySchedule,
    )

__all__ = [
    "EvseConnectorParam",
    "EvseParam",
    "ChargePointChargingProfileSchedulePeriodParam",
    "ChargePointChargingProfileParam",
    "ChargePointLastBootNotificationParam",
    "ChargePointParam",
    "TariffGroupParam",
    "SmartChargingTodPeriodElementParam",
    "SmartChargingTodPeriodParam",
    "SmartChargingTodParam",
    "SmartChargingDynamicParam",
    "SmartChargingUserScheduleParam",
    "SmartChargingDisabledParam",
    "TargetChargeRangeParam",
    "SchedulePreferencesTrackElectricityCostsParam",
    "WeekDayScheduleParam",
    "UserControlledSchedulePreferencesParam",
    "PersonalSmartChargingPreferencesUserControlledScheduleParam",
    "SmartChargingPreferencesSolarPreferencesParam",
    "PersonalSmartChargingPreferencesSolarParam",
    "PreferencesOctopusAgilePreferencesParam",
    "PersonalSmartChargingPreferencesOctopusAgileParam",
    "ChargingPreferencesOctopusGoPreferencesParam",
    "PersonalSmartChargingPreferencesOctopusGoParam",
    "TargetChargeExactParam",
    "ChargingPreferencesNordPoolPreferencesParam",
    "PersonalSmartChargingPreferencesNordPoolParam",
    "ChargerElectricityRatePreferencesParam",
    "PersonalSmartChargingPreferencesChargerElectricityRateParam",
    "WebhookNotificationSubscriptionParam",
    "KafkaNotificationSubscriptionParam",
]


class EvseConnectorParam(TypedDict, total=False):
    """The `EvseConnector` a request sends, as a dict keyed by wire names."""

    status: Literal["active", "disabled"]
    type: Literal[
        "type1", "type2", "type3", "chademo", "ccs1", "ccs2", "schuko", "nacs"
    ]
    format: Literal["socket", "cable"]


class EvseParam(TypedDict, total=False):
    """The `Evse` a request sends, as a dict keyed by wire names."""

    networkId: Required[str]
    """OCPP EVSE identifier (consecutive numbers starting at 1)."""
    physicalReference: str
    currentType: Literal["ac", "dc"]
    maxPower: Optional[float]
    maxVoltage: Optional[str]
    status: Literal["active", "disabled", "out of order"]
    tariffGroupId: Optional[int]
    allowsReservation: bool
    connectors: Sequence[Union[EvseConnectorParam, EvseConnector]]


class ChargePointChargingProfileSchedulePeriodParam(TypedDict, total=False):
    """The `ChargePointChargingProfileSchedulePeriod` a request sends, as a dict keyed by wire names."""

    startPeriod: int
    limit: float


class ChargePointChargingProfileParam(TypedDict, total=False):
    """The `ChargePointChargingProfile` a request sends, as a dict keyed by wire names."""

    id: int
    stack_level: int
    charging_rate_unit: Literal["A", "W"]
    purpose: Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"]
    schedule_periods: Optional[
        Sequence[
            Union[
                ChargePointChargingProfileSchedulePeriodParam,
                ChargePointChargingProfileSchedulePeriod,
            ]
        ]
    ]
    valid_from: Optional[Union[_dt.datetime, str]]


class ChargePointLastBootNotificationParam(TypedDict, total=False):
    """The `ChargePointLastBootNotification` a request sends, as a dict keyed by wire names."""

    model: str
    vendor: str
    charge_point_serial_number: Optional[str]
    firmware_version: Optional[str]


class ChargePointParam(TypedDict, total=False):
    """The `ChargePoint` a request sends, as a dict keyed by wire names."""

    evses: Required[Sequence[Union[EvseParam, Evse]]]
    chargingProfile: Optional[
        Union[ChargePointChargingProfileParam, ChargePointChargingProfile]
    ]
    lastBootNotification: Optional[
        Union[ChargePointLastBootNotificationParam, ChargePointLastBootNotification]
    ]
    showToPublicWithNotice: bool
    """Only available if the charge point has private access."""
    notice: Optional[str]
    roamingOperatorId: Optional[int]
    """Null for local charge points."""
    autoFaultRecovery: bool
    externalId: Optional[str]
    tags: List[str]
    name: str
    networkId: Optional[str]
    """OCPP identifier."""
    networkProtocol: Required[
        Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"]
    ]
    networkPassword: Optional[str]
    status: Literal["active", "disabled", "out of order", "demo"]
    plugAndCharge: bool
    locationId: Optional[int]
    pin: str
    """PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex)."""
    accessType: Required[Literal["private", "public", "personal"]]
    desiredSecurityProfile: Optional[int]
    ownerPartnerId: Optional[int]
    partnerAccessType: Literal[
        "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
    ]
    capabilities: List[
        Literal[
            "REMOTE_START_STOP_CAPABLE",
            "METER_VALUES",
            "STOP_TRANSACTION_ON_EV_DISCONNECT",
        ]
    ]
    managedByOperator: bool
    uptimeTrackingEnabled: bool


class TariffGroupParam(TypedDict, total=False):
    """The `TariffGroup` a request sends, as a dict keyed by wire names."""

    name: Required[str]
    tariffIds: List[int]
    """Ordered tariff ids; evaluated from the last one to the first."""
    partnerId: Optional[int]


class SmartChargingTodPeriodElementParam(TypedDict, total=False):
    """The `SmartChargingTodPeriodElement` a request sends, as a dict keyed by wire names."""

    startAt: Required[Union[_dt.time, str]]
    endAt: Required[Union[_dt.time, str]]
    maxCurrent: Optional[float]


class SmartChargingTodPeriodParam(TypedDict, total=False):
    """The `SmartChargingTodPeriod` a request sends, as a dict keyed by wire names."""

    weekDay: Required[Literal["all", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]]
    elements: Required[
        Sequence[
            Union[SmartChargingTodPeriodElementParam, SmartChargingTodPeriodElement]
        ]
    ]


class SmartChargingTodParam(TypedDict, total=False):
    """The `SmartChargingTod` a request sends, as a dict keyed by wire names."""

    mode: Required[Literal["tod"]]
    """Time-of-day limits for public and private charge points."""
    defaultChargePointMaxCurrent: Required[float]
    """In amps."""
    periods: Sequence[Union[SmartChargingTodPeriodParam, SmartChargingTodPeriod]]
    preconditioningTime: int
    minCurrent: Optional[float]
    enableKeepAwake: Optional[bool]
    maxVoltage: Required[MaxVoltage]
    """Nominal voltage; note the dashed range values."""
    electricalConfiguration: Literal["star", "delta"]
    phases: Required[Literal["single_phase", "three_phase", "split_phase"]]
    phaseRotation: Required[Optional[PhaseRotation]]
    """R = L1, S = L2, T = L3."""
    connectedPhase: Optional[ConnectedPhase]


class SmartChargingDynamicParam(TypedDict, total=False):
    """The `SmartChargingDynamic` a request sends, as a dict keyed by wire names."""

    mode: Required[Literal["dynamic"]]
    """Dynamic load management for public and private charge points."""
    defaultChargePointMaxCurrent: Required[float]
    preconditioningTime: int
    minCurrent: Optional[float]
    enableKeepAwake: Optional[bool]
    maxVoltage: Required[MaxVoltage]
    """Nominal voltage; note the dashed range values."""
    electricalConfiguration: Literal["star", "delta"]
    phases: Required[Literal["single_phase", "three_phase", "split_phase"]]
    phaseRotation: Required[Optional[PhaseRotation]]
    """R = L1, S = L2, T = L3."""
    connectedPhase: Optional[ConnectedPhase]


class SmartChargingUserScheduleParam(TypedDict, total=False):
    """The `SmartChargingUserSchedule` a request sends, as a dict keyed by wire names."""

    mode: Required[Literal["user_schedule"]]
    """Owner-defined schedule for personal charge points."""
    defaultChargePointMaxCurrent: Required[float]
    preconditioningTime: int
    minCurrent: Required[Optional[float]]
    enableKeepAwake: Required[Optional[bool]]
    maxVoltage: Required[MaxVoltage]
    """Nominal voltage; note the dashed range values."""
    electricalConfiguration: Literal["star", "delta"]
    phases: Required[Literal["single_phase", "three_phase", "split_phase"]]
    phaseRotation: Required[Optional[PhaseRotation]]
    """R = L1, S = L2, T = L3."""
    allowDynamicLoadManagement: bool
    connectedPhase: Optional[ConnectedPhase]


class SmartChargingDisabledParam(TypedDict, total=False):
    """The `SmartChargingDisabled` a request sends, as a dict keyed by wire names."""

    mode: Required[Literal["disabled"]]
    preconditioningTime: int


class TargetChargeRangeParam(TypedDict, total=False):
    """The `TargetChargeRange` a request sends, as a dict keyed by wire names."""

    departureTime: Union[_dt.time, str]
    preconditioningTime: int
    minTargetChargeKwh: float
    maxTargetChargeKwh: float


class SchedulePreferencesTrackElectricityCostsParam(TypedDict, total=False):
    """The `SchedulePreferencesTrackElectricityCosts` a request sends, as a dict keyed by wire names."""

    priceOffPeak: float
    pricePeak: float


class WeekDayScheduleParam(TypedDict, total=False):
    """The `WeekDaySchedule` a request sends, as a dict keyed by wire names."""

    days: Required[
        List[
            Literal[
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ]
        ]
    ]
    startTime: Required[Union[_dt.time, str]]
    endTime: Required[Union[_dt.time, str]]


class UserControlledSchedulePreferencesParam(TypedDict, total=False):
    """The `UserControlledSchedulePreferences` a request sends, as a dict keyed by wire names."""

    startTime: Required[Union[_dt.time, str]]
    endTime: Required[Union[_dt.time, str]]
    targetCharge: Optional[Union[TargetChargeRangeParam, TargetChargeRange]]
    trackElectricityCosts: Optional[
        Union[
            SchedulePreferencesTrackElectricityCostsParam,
            SchedulePreferencesTrackElectricityCosts,
        ]
    ]
    weekDays: Sequence[Union[WeekDayScheduleParam, WeekDaySchedule]]


class PersonalSmartChargingPreferencesUserControlledScheduleParam(
    TypedDict, total=False
):
    """The `PersonalSmartChargingPreferencesUserControlledSchedule` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["user_controlled_schedule"]]
    preferences: Required[
        Union[UserControlledSchedulePreferencesParam, UserControlledSchedulePreferences]
    ]


class SmartChargingPreferencesSolarPreferencesParam(TypedDict, total=False):
    """The `SmartChargingPreferencesSolarPreferences` a request sends, as a dict keyed by wire names."""

    maxCurrentFromGrid: Required[float]
    """Max current (A) drawn from the grid to keep charging stable."""
    solarStableTime: Required[float]
    """Minutes of stable solar surplus before switching."""


class PersonalSmartChargingPreferencesSolarParam(TypedDict, total=False):
    """The `PersonalSmartChargingPreferencesSolar` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["solar"]]
    preferences: Required[
        Union[
            SmartChargingPreferencesSolarPreferencesParam,
            SmartChargingPreferencesSolarPreferences,
        ]
    ]


class PreferencesOctopusAgilePreferencesParam(TypedDict, total=False):
    """The `PreferencesOctopusAgilePreferences` a request sends, as a dict keyed by wire names."""

    applicableTaxId: Required[int]
    targetCharge: Optional[Union[TargetChargeRangeParam, TargetChargeRange]]
    postCode: Required[str]
    priceThreshold: Required[float]
    """Price per kWh below which charging starts."""


class PersonalSmartChargingPreferencesOctopusAgileParam(TypedDict, total=False):
    """The `PersonalSmartChargingPreferencesOctopusAgile` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["octopus_agile"]]
    integrationId: Required[int]
    preferences: Required[
        Union[
            PreferencesOctopusAgilePreferencesParam, PreferencesOctopusAgilePreferences
        ]
    ]


class ChargingPreferencesOctopusGoPreferencesParam(TypedDict, total=False):
    """The `ChargingPreferencesOctopusGoPreferences` a request sends, as a dict keyed by wire names."""

    applicableTaxId: Required[int]
    targetCharge: Optional[Union[TargetChargeRangeParam, TargetChargeRange]]
    postCode: Required[str]
    priceThreshold: float


class PersonalSmartChargingPreferencesOctopusGoParam(TypedDict, total=False):
    """The `PersonalSmartChargingPreferencesOctopusGo` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["octopus_go"]]
    integrationId: Required[int]
    preferences: Required[
        Union[
            ChargingPreferencesOctopusGoPreferencesParam,
            ChargingPreferencesOctopusGoPreferences,
        ]
    ]


class TargetChargeExactParam(TypedDict, total=False):
    """The `TargetChargeExact` a request sends, as a dict keyed by wire names."""

    departureTime: Required[Union[_dt.time, str]]
    preconditioningTime: int
    targetChargeKwh: Required[float]


class ChargingPreferencesNordPoolPreferencesParam(TypedDict, total=False):
    """The `ChargingPreferencesNordPoolPreferences` a request sends, as a dict keyed by wire names."""

    location: Required[Literal["GB1"]]
    """NordPool price region."""
    targetCharge: Required[Union[TargetChargeExactParam, TargetChargeExact]]


class PersonalSmartChargingPreferencesNordPoolParam(TypedDict, total=False):
    """The `PersonalSmartChargingPreferencesNordPool` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["nordpool"]]
    integrationId: int
    preferences: Union[
        ChargingPreferencesNordPoolPreferencesParam,
        ChargingPreferencesNordPoolPreferences,
    ]


class ChargerElectricityRatePreferencesParam(TypedDict, total=False):
    """The `ChargerElectricityRatePreferences` a request sends, as a dict keyed by wire names."""

    solar: bool
    startTime: Required[Union[_dt.time, str]]
    endTime: Required[Union[_dt.time, str]]
    targetCharge: Required[Union[TargetChargeExactParam, TargetChargeExact]]
    weekDays: Sequence[Union[WeekDayScheduleParam, WeekDaySchedule]]


class PersonalSmartChargingPreferencesChargerElectricityRateParam(
    TypedDict, total=False
):
    """The `PersonalSmartChargingPreferencesChargerElectricityRate` a request sends, as a dict keyed by wire names."""

    enabled: bool
    type: Required[Literal["charger_electricity_rate"]]
    electricityRateId: Required[int]
    preferences: Required[
        Union[ChargerElectricityRatePreferencesParam, ChargerElectricityRatePreferences]
    ]


WebhookNotificationSubscriptionParam = TypedDict(
    "WebhookNotificationSubscriptionParam",
    {
        "via": "Required[str]",
        "notifications": "Required[List[NotificationType]]",
        "callbackUrl": "Required[str]",
        "headers": "Mapping[str, str]",
        "x-custom": "Optional[str]",
        "template": "Optional[str]",
    },
    total=False,
)
"""The `WebhookNotificationSubscription` a request sends, as a dict keyed by wire names."""

KafkaNotificationSubscriptionParam = TypedDict(
    "KafkaNotificationSubscriptionParam",
    {
        "via": "Required[str]",
        "notifications": "Required[List[NotificationType]]",
        "topic": "Required[str]",
        "brokers": "Required[List[str]]",
        "compressionCodec": 'Literal["none", "gzip", "snappy", "lz4"]',
        "saslMechanism": 'Optional[Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]]',
        "from": "Optional[str]",
    },
    total=False,
)
"""The `KafkaNotificationSubscription` a request sends, as a dict keyed by wire names."""
