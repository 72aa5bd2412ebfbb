"""The `ChargePoint` model."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .charge_point_charging_profile import ChargePointChargingProfile
from .charge_point_last_boot_notification import ChargePointLastBootNotification
from .evse import Evse

__all__ = [
    "ChargePoint",
]


class ChargePoint(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
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
    current_security_profile: Annotated[
        Optional[int], Field(alias="currentSecurityProfile")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    desired_security_profile_status: Annotated[
        Optional[Literal["applied", "pending", "rejected"]],
        Field(alias="desiredSecurityProfileStatus"),
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    roaming_operator_id: Annotated[Optional[int], Field(alias="roamingOperatorId")] = (
        None
    )
    """Null for local charge points."""
    auto_fault_recovery: Annotated[Optional[bool], Field(alias="autoFaultRecovery")] = (
        None
    )
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""
    created_at: Annotated[Optional[_dt.datetime], Field(alias="createdAt")] = None
    """Read-only: sent by the server, ignored in requests."""
    first_connection: Annotated[
        Optional[_dt.datetime], Field(alias="firstConnection")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    owner_user_id: Annotated[Optional[int], Field(alias="ownerUserId")] = None
    """Read-only: sent by the server, ignored in requests."""
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
    network_status: Annotated[
        Optional[
            Literal[
                "never connected",
                "available",
                "temporarily unavailable",
                "long-term unavailable",
            ]
        ],
        Field(alias="networkStatus"),
    ] = None
    """Read-only: sent by the server, ignored in requests."""
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
