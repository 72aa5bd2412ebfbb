"""Models used by the `charge_points` resource."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, by_property
from ._shared import (
    ChargePoint,
    ChargePointChargingProfile,
    ChargePointLastBootNotification,
    CursorPaginationMeta,
    Evse,
    PaginationLinks,
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

__all__ = [
    "PersonalSmartChargingPreferencesDisabled",
    "ChargePointsListingFilter",
    "ChargePointPage",
    "PointMaintenanceWindowWithFromAndUntil",
    "MaintenanceWindowWithFromAndUntilSchema",
    "ChargePointMaintenanceWindow",
    "ChargePointUpdateRequest",
    "ChargePointConfigurationUpdateRequest",
    "ChargePointConfigurationKey",
    "ChargePointConfiguration",
    "PersonalSmartChargingPreferences",
    "PersonalSmartChargingPreferencesEnabled",
    "ChargePointSmartChargingUpdateRequest",
    "ChargePointSmartCharging",
]


class PersonalSmartChargingPreferencesDisabled(Model):
    """Disabled"""

    enabled: bool
    """Send false to switch personal smart charging off."""


class ChargePointsListingFilter(Model):
    type: Optional[Literal["private", "public", "personal"]] = None
    desired_security_profile_status: Annotated[
        Optional[Literal["applied", "pending", "rejected"]],
        Field(alias="desiredSecurityProfileStatus"),
    ] = None
    network_id: Annotated[Optional[str], Field(alias="networkId")] = None
    location_id: Annotated[Optional[str], Field(alias="locationId")] = None
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    roaming_operator_ids: Annotated[
        Optional[List[int]], Field(alias="roamingOperatorIds")
    ] = None
    last_updated_after: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedAfter")
    ] = None
    last_updated_before: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedBefore")
    ] = None


class ChargePointPage(Model):
    data: List[ChargePoint]
    links: PaginationLinks
    meta: CursorPaginationMeta


class PointMaintenanceWindowWithFromAndUntil(Model):
    from_: Annotated[Optional[_dt.datetime], Field(alias="from")] = None
    """Start of the window (Python keyword as property name)."""
    until: Optional[_dt.datetime] = None
    class_: Annotated[
        Optional[Literal["planned", "unplanned"]], Field(alias="class")
    ] = None
    """Maintenance class (another Python keyword)."""


class MaintenanceWindowWithFromAndUntilSchema(Model):
    from_: Annotated[Optional[_dt.datetime], Field(alias="from")] = None
    until: Optional[int] = None
    """Minutes after `from`."""
    class_: Annotated[
        Optional[Literal["planned", "unplanned"]], Field(alias="class")
    ] = None


ChargePointMaintenanceWindow = Annotated[
    Union[
        PointMaintenanceWindowWithFromAndUntil, MaintenanceWindowWithFromAndUntilSchema
    ],
    Field(union_mode="left_to_right"),
]
"""Planned maintenance window, ending at a time or after some minutes."""


class ChargePointUpdateRequest(Model):
    evses: List[Evse]
    charging_profile: Annotated[
        Optional[ChargePointChargingProfile], Field(alias="chargingProfile")
    ] = None
    last_boot_notification: Annotated[
        Optional[ChargePointLastBootNotification], Field(alias="lastBootNotification")
    ] = None
    show_to_public_with_notice: Annotated[
        Optional[bool], Field(alias="showToPublicWithNotice")
    ] = None
    """Only available if the charge point has private access."""
    notice: Optional[str] = None
    roaming_operator_id: Annotated[Optional[int], Field(alias="roamingOperatorId")] = (
        None
    )
    """Null for local charge points."""
    auto_fault_recovery: Annotated[Optional[bool], Field(alias="autoFaultRecovery")] = (
        None
    )
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None
    tags: Optional[List[str]] = None
    name: Optional[str] = None
    network_id: Annotated[Optional[str], Field(alias="networkId")] = None
    """OCPP identifier."""
    network_protocol: Annotated[
        Literal["ocpp 1.5", "ocpp 1.6", "ocpp 1.6 soap", "ocpp 2.0.1"],
        Field(alias="networkProtocol"),
    ]
    network_password: Annotated[Optional[str], Field(alias="networkPassword")] = None
    """Write-only: accepted in requests, never returned."""
    status: Optional[Literal["active", "disabled", "out of order", "demo"]] = None
    plug_and_charge: Annotated[Optional[bool], Field(alias="plugAndCharge")] = None
    location_id: Annotated[Optional[int], Field(alias="locationId")] = None
    pin: Optional[str] = None
    """PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex)."""
    access_type: Annotated[
        Literal["private", "public", "personal"], Field(alias="accessType")
    ]
    desired_security_profile: Annotated[
        Optional[int], Field(alias="desiredSecurityProfile")
    ] = None
    owner_partner_id: Annotated[Optional[int], Field(alias="ownerPartnerId")] = None
    partner_access_type: Annotated[
        Optional[
            Literal[
                "privateViewPrivateUse", "privateViewPublicUse", "publicViewPrivateUse"
            ]
        ],
        Field(alias="partnerAccessType"),
    ] = None
    capabilities: Optional[
        List[
            Literal[
                "REMOTE_START_STOP_CAPABLE",
                "METER_VALUES",
                "STOP_TRANSACTION_ON_EV_DISCONNECT",
            ]
        ]
    ] = None
    managed_by_operator: Annotated[Optional[bool], Field(alias="managedByOperator")] = (
        None
    )
    uptime_tracking_enabled: Annotated[
        Optional[bool], Field(alias="uptimeTrackingEnabled")
    ] = False
    commissioning_date: Annotated[
        Optional[_dt.date], Field(alias="commissioningDate")
    ] = None
    """The day the charge point went into service."""
    x_custom: Annotated[Optional[str], Field(alias="x-custom")] = None
    """Free-form integrator value (property name contains a dash)."""
    maintenance_window: Annotated[
        Optional[ChargePointMaintenanceWindow], Field(alias="maintenanceWindow")
    ] = None
    """Planned maintenance window, ending at a time or after some minutes."""


class ChargePointConfigurationUpdateRequest(Model):
    value: str


class ChargePointConfigurationKey(Model):
    name: str
    value: str
    component_name: Annotated[Optional[str], Field(alias="componentName")] = None
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None


class ChargePointConfiguration(Model):
    key: Optional[ChargePointConfigurationKey] = None
    readonly: Optional[bool] = None
    required: Optional[bool] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""


PersonalSmartChargingPreferences = Annotated[
    Union[
        Annotated[
            PersonalSmartChargingPreferencesUserControlledSchedule,
            Tag("PersonalSmartChargingPreferencesUserControlledSchedule"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesSolar,
            Tag("PersonalSmartChargingPreferencesSolar"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusAgile,
            Tag("PersonalSmartChargingPreferencesOctopusAgile"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusGo,
            Tag("PersonalSmartChargingPreferencesOctopusGo"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesNordPool,
            Tag("PersonalSmartChargingPreferencesNordPool"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesChargerElectricityRate,
            Tag("PersonalSmartChargingPreferencesChargerElectricityRate"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesDisabled,
            Tag("PersonalSmartChargingPreferencesDisabled"),
        ],
    ],
    Inferred(
        by_property(
            "type",
            {
                "user_controlled_schedule": "PersonalSmartChargingPreferencesUserControlledSchedule",
                "solar": "PersonalSmartChargingPreferencesSolar",
                "octopus_agile": "PersonalSmartChargingPreferencesOctopusAgile",
                "octopus_go": "PersonalSmartChargingPreferencesOctopusGo",
                "nordpool": "PersonalSmartChargingPreferencesNordPool",
                "charger_electricity_rate": "PersonalSmartChargingPreferencesChargerElectricityRate",
            },
            (
                (
                    "PersonalSmartChargingPreferencesUserControlledSchedule",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesSolar",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusAgile",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusGo",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesNordPool",
                    ("type",),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesChargerElectricityRate",
                    ("type", "electricityRateId", "preferences"),
                    ("enabled", "type", "electricityRateId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesDisabled",
                    ("enabled",),
                    ("enabled",),
                ),
            ),
            fallback="PersonalSmartChargingPreferencesDisabled",
        )
    ),
]

PersonalSmartChargingPreferencesEnabled = Annotated[
    Union[
        Annotated[
            PersonalSmartChargingPreferencesUserControlledSchedule,
            Tag("PersonalSmartChargingPreferencesUserControlledSchedule"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesSolar,
            Tag("PersonalSmartChargingPreferencesSolar"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusAgile,
            Tag("PersonalSmartChargingPreferencesOctopusAgile"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesOctopusGo,
            Tag("PersonalSmartChargingPreferencesOctopusGo"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesNordPool,
            Tag("PersonalSmartChargingPreferencesNordPool"),
        ],
        Annotated[
            PersonalSmartChargingPreferencesChargerElectricityRate,
            Tag("PersonalSmartChargingPreferencesChargerElectricityRate"),
        ],
    ],
    Inferred(
        by_property(
            "type",
            {
                "user_controlled_schedule": "PersonalSmartChargingPreferencesUserControlledSchedule",
                "solar": "PersonalSmartChargingPreferencesSolar",
                "octopus_agile": "PersonalSmartChargingPreferencesOctopusAgile",
                "octopus_go": "PersonalSmartChargingPreferencesOctopusGo",
                "nordpool": "PersonalSmartChargingPreferencesNordPool",
                "charger_electricity_rate": "PersonalSmartChargingPreferencesChargerElectricityRate",
            },
            (
                (
                    "PersonalSmartChargingPreferencesUserControlledSchedule",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesSolar",
                    ("type", "preferences"),
                    ("enabled", "type", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusAgile",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesOctopusGo",
                    ("type", "preferences", "integrationId"),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesNordPool",
                    ("type",),
                    ("enabled", "type", "integrationId", "preferences"),
                ),
                (
                    "PersonalSmartChargingPreferencesChargerElectricityRate",
                    ("type", "electricityRateId", "preferences"),
                    ("enabled", "type", "electricityRateId", "preferences"),
                ),
            ),
        )
    ),
]

ChargePointSmartChargingUpdateRequest = Annotated[
    Union[
        Annotated[SmartChargingTod, Tag("SmartChargingTod")],
        Annotated[SmartChargingDynamic, Tag("SmartChargingDynamic")],
        Annotated[SmartChargingUserSchedule, Tag("SmartChargingUserSchedule")],
        Annotated[SmartChargingDisabled, Tag("SmartChargingDisabled")],
    ],
    Inferred(
        by_property(
            "mode",
            {
                "tod": "SmartChargingTod",
                "dynamic": "SmartChargingDynamic",
                "user_schedule": "SmartChargingUserSchedule",
                "disabled": "SmartChargingDisabled",
            },
            (
                (
                    "SmartChargingTod",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "circuitId",
                        "periods",
                        "preconditioningTime",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingDynamic",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingUserSchedule",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "allowDynamicLoadManagement",
                        "connectedPhase",
                    ),
                ),
                ("SmartChargingDisabled", ("mode",), ("mode", "preconditioningTime")),
            ),
        )
    ),
]

ChargePointSmartCharging = Annotated[
    Union[
        Annotated[SmartChargingTod, Tag("SmartChargingTod")],
        Annotated[SmartChargingDynamic, Tag("SmartChargingDynamic")],
        Annotated[SmartChargingUserSchedule, Tag("SmartChargingUserSchedule")],
        Annotated[SmartChargingDisabled, Tag("SmartChargingDisabled")],
    ],
    Inferred(
        by_property(
            "mode",
            {
                "tod": "SmartChargingTod",
                "dynamic": "SmartChargingDynamic",
                "user_schedule": "SmartChargingUserSchedule",
                "disabled": "SmartChargingDisabled",
            },
            (
                (
                    "SmartChargingTod",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "circuitId",
                        "periods",
                        "preconditioningTime",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingDynamic",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "connectedPhase",
                    ),
                ),
                (
                    "SmartChargingUserSchedule",
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "phases",
                        "phaseRotation",
                    ),
                    (
                        "mode",
                        "defaultChargePointMaxCurrent",
                        "preconditioningTime",
                        "circuitId",
                        "minCurrent",
                        "enableKeepAwake",
                        "maxVoltage",
                        "electricalConfiguration",
                        "phases",
                        "phaseRotation",
                        "allowDynamicLoadManagement",
                        "connectedPhase",
                    ),
                ),
                ("SmartChargingDisabled", ("mode",), ("mode", "preconditioningTime")),
            ),
        )
    ),
]
