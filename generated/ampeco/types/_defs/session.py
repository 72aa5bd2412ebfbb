"""The `Session` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
import decimal as _decimal
from typing import Any, Annotated, Dict, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .energy_consumption import EnergyConsumption
from .price import Price
from .price_breakdown_item import PriceBreakdownItem

__all__ = [
    "SessionTax",
    "SessionAuthorization",
    "SessionChargingPeriod",
    "SessionRoaming",
    "SessionClockAlignedEnergyConsumption",
    "SessionPower",
    "Session",
]


class SessionTax(BaseModel):
    tax_id: Annotated[Optional[int], Field(alias="taxId")] = None
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None


class SessionAuthorization(BaseModel):
    id: int
    method: Literal["user_device", "rfid_tag", "admin", "plug_and_charge"]
    source: Literal["local", "roaming", "third_party"]
    created_at: Annotated[_dt.datetime, Field(alias="createdAt")]
    status: Literal["accepted", "rejected"]
    rejection_reason: Annotated[Optional[str], Field(alias="rejectionReason")] = None
    rfid_tag_uid: Annotated[Optional[str], Field(alias="rfidTagUid")] = None


class SessionChargingPeriod(BaseModel):
    id: int
    energy: int
    started_at: Annotated[_dt.datetime, Field(alias="startedAt")]
    stopped_at: Annotated[Optional[_dt.datetime], Field(alias="stoppedAt")] = None
    charging_state: Annotated[
        Optional[Literal["charging", "idle"]], Field(alias="chargingState")
    ] = None
    amount: Optional[_decimal.Decimal] = None
    price_breakdown: Annotated[
        Optional[List[PriceBreakdownItem]], Field(alias="priceBreakdown")
    ] = None


class SessionRoaming(BaseModel):
    cdr_ids: Annotated[Optional[List[int]], Field(alias="cdrIds")] = None
    session_id: Annotated[Optional[str], Field(alias="sessionId")] = None
    roaming_operator_cpo_id: Annotated[
        Optional[int], Field(alias="roamingOperatorCpoId")
    ] = None


class SessionClockAlignedEnergyConsumption(BaseModel):
    start: _dt.datetime
    end: _dt.datetime
    energy_consumption: Annotated[EnergyConsumption, Field(alias="energyConsumption")]
    total_cost: Annotated[Optional[Price], Field(alias="totalCost")] = None


class SessionPower(BaseModel):
    latest: Optional[float] = None
    peak: Optional[float] = None
    average: Optional[float] = None


class Session(BaseModel):
    """Charging session"""

    id: str
    charge_point_id: Annotated[int, Field(alias="chargePointId")]
    evse_id: Annotated[int, Field(alias="evseId")]
    connector_id: Annotated[Optional[int], Field(alias="connectorId")] = None
    status: Literal["unknown", "pending", "active", "finished", "failed", "expired"]
    reason: Optional[
        Literal[
            "working_hours_exceeded",
            "timeout",
            "force_stop",
            "standard_stop",
            "energy_exceeded",
            "evdisconnected",
            "remote",
            "other",
        ]
    ] = None
    """Why the session expired or was stopped (list abridged)."""
    user_id: Annotated[Optional[int], Field(alias="userId")]
    booking_id: Annotated[Optional[int], Field(alias="bookingId")] = None
    started_at: Annotated[_dt.datetime, Field(alias="startedAt")]
    stopped_at: Annotated[Optional[_dt.datetime], Field(alias="stoppedAt")] = None
    energy: float
    """Delivered energy in Wh.

    Deprecated.
    """
    power_kw: Annotated[Optional[float], Field(alias="powerKw")] = None
    """Deprecated."""
    soc_percent: Annotated[Optional[float], Field(alias="socPercent")] = None
    amount: Optional[_decimal.Decimal] = None
    """Deprecated."""
    total_amount: Annotated[Optional[Price], Field(alias="totalAmount")] = None
    tax: Optional[SessionTax] = None
    """Deprecated."""
    currency: Optional[str] = None
    """ISO 4217 currency code."""
    payment_type: Annotated[
        Optional[
            Literal[
                "tokenized",
                "subscription",
                "balance",
                "corporate",
                "terminal",
                "bank_transfer",
            ]
        ],
        Field(alias="paymentType"),
    ] = None
    payment_method_id: Annotated[Optional[str], Field(alias="paymentMethodId")] = None
    terminal_id: Annotated[Optional[int], Field(alias="terminalId")] = None
    non_billable_energy: Annotated[
        Optional[float], Field(alias="nonBillableEnergy")
    ] = None
    payment_status: Annotated[
        Optional[Literal["pending", "paid", "partially", "failed"]],
        Field(alias="paymentStatus"),
    ] = None
    payment_status_updated_at: Annotated[
        Optional[_dt.datetime], Field(alias="paymentStatusUpdatedAt")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    authorization_id: Annotated[Optional[int], Field(alias="authorizationId")]
    id_tag: Annotated[Optional[str], Field(alias="idTag")] = None
    id_tag_label: Annotated[Optional[str], Field(alias="idTagLabel")] = None
    extending_session_id: Annotated[
        Optional[int], Field(alias="extendingSessionId")
    ] = None
    """Deprecated."""
    original_session_id: Annotated[Optional[int], Field(alias="originalSessionId")] = (
        None
    )
    extended_by_session_id: Annotated[
        Optional[int], Field(alias="extendedBySessionId")
    ] = None
    reimbursement_eligibility: Annotated[
        Optional[bool], Field(alias="reimbursementEligibility")
    ] = None
    external_session_id: Annotated[Optional[str], Field(alias="externalSessionId")] = (
        None
    )
    """Deprecated."""
    authorization: Optional[SessionAuthorization] = None
    charging_periods: Annotated[
        Optional[List[SessionChargingPeriod]], Field(alias="chargingPeriods")
    ] = None
    price_breakdown: Annotated[
        Optional[List[PriceBreakdownItem]], Field(alias="priceBreakdown")
    ] = None
    tariff_snapshot_id: Annotated[Optional[int], Field(alias="tariffSnapshotId")] = None
    electricity_cost: Annotated[
        Optional[_decimal.Decimal], Field(alias="electricityCost")
    ] = None
    evse_physical_reference: Annotated[
        Optional[str], Field(alias="evsePhysicalReference")
    ] = None
    charge_point_operator_roaming_id: Annotated[
        Optional[str], Field(alias="chargePointOperatorRoamingId")
    ] = None
    """Roaming operator id such as "DE*ENA"."""
    roaming: Optional[SessionRoaming] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""
    randomised_delay: Annotated[Optional[int], Field(alias="randomisedDelay")] = None
    """Seconds by which the start of charging is randomly delayed."""
    receipt_id: Annotated[Optional[int], Field(alias="receiptId")] = None
    """Deprecated."""
    external_app_data: Annotated[
        Optional[Dict[str, Any]], Field(alias="externalAppData")
    ] = None
    """Arbitrary data stored by an external application."""
    clock_aligned_energy_consumption: Annotated[
        Optional[List[SessionClockAlignedEnergyConsumption]],
        Field(alias="clockAlignedEnergyConsumption"),
    ] = None
    energy_consumption: Annotated[EnergyConsumption, Field(alias="energyConsumption")]
    estimated_savings: Annotated[Optional[float], Field(alias="estimatedSavings")] = (
        None
    )
    billing_status: Annotated[
        Optional[Literal["pending", "suspended", "completed"]],
        Field(alias="billingStatus"),
    ]
    power: Optional[SessionPower] = None
