"""The `ChargePointUpdateRequest` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional, Union

from pydantic import Field

from ..._models import BaseModel
from .charge_point_charging_profile import ChargePointChargingProfile
from .charge_point_last_boot_notification import ChargePointLastBootNotification
from .evse import Evse

__all__ = [
    "PointMaintenanceWindowWithFromAndUntil",
    "MaintenanceWindowWithFromAndUntilSchema",
    "ChargePointMaintenanceWindow",
    "ChargePointUpdateRequest",
]


class PointMaintenanceWindowWithFromAndUntil(BaseModel):
    from_: Annotated[Optional[_dt.datetime], Field(alias="from")] = None
    """Start of the window (Python keyword as property name)."""
    until: Optional[_dt.datetime] = None
    class_: Annotated[
        Optional[Literal["planned", "unplanned"]], Field(alias="class")
    ] = None
    """Maintenance class (another Python keyword)."""


class MaintenanceWindowWithFromAndUntilSchema(BaseModel):
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


class ChargePointUpdateRequest(BaseModel):
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
