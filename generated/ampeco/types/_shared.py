"""Models shared by several resources, and the API's component schemas."""

import datetime as _dt
import decimal as _decimal
from typing import Any, Annotated, Dict, List, Literal, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, by_value

__all__ = [
    "MaxVoltage",
    "PhaseRotation",
    "ConnectedPhase",
    "NotificationType",
    "PaginationLinks",
    "CursorPaginationMeta",
    "BasicPaginationMeta",
    "LocationGeoposition",
    "LocationRegion",
    "LocationImage",
    "LocationWorkingHoursHour",
    "LocationWorkingHours",
    "Location",
    "EvseConnector",
    "Evse",
    "ChargePointChargingProfileSchedulePeriod",
    "ChargePointChargingProfile",
    "ChargePointLastBootNotification",
    "ChargePoint",
    "Price",
    "EnergyConsumption",
    "PriceBreakdownItem",
    "SessionTax",
    "SessionAuthorization",
    "SessionChargingPeriod",
    "SessionRoaming",
    "SessionClockAlignedEnergyConsumption",
    "SessionPower",
    "Session",
    "TariffGroup",
    "SmartChargingTodPeriodElement",
    "SmartChargingTodPeriod",
    "SmartChargingTod",
    "SmartChargingDynamic",
    "SmartChargingUserSchedule",
    "SmartChargingDisabled",
    "TargetChargeRange",
    "SchedulePreferencesTrackElectricityCosts",
    "WeekDaySchedule",
    "UserControlledSchedulePreferences",
    "PersonalSmartChargingPreferencesUserControlledSchedule",
    "SmartChargingPreferencesSolarPreferences",
    "PersonalSmartChargingPreferencesSolar",
    "PreferencesOctopusAgilePreferences",
    "PersonalSmartChargingPreferencesOctopusAgile",
    "ChargingPreferencesOctopusGoPreferences",
    "PersonalSmartChargingPreferencesOctopusGo",
    "TargetChargeExact",
    "ChargingPreferencesNordPoolPreferences",
    "PersonalSmartChargingPreferencesNordPool",
    "ChargerElectricityRatePreferences",
    "PersonalSmartChargingPreferencesChargerElectricityRate",
    "PaymentTerminalBase",
    "WebhookNotificationSubscription",
    "KafkaNotificationSubscription",
    "ErrorBody",
    "ValidationErrorBody",
]

MaxVoltage = Literal[
    "230", "380", "400", "480", "120", "208", "240", "110-130", "220-240", "277"
]
"""Nominal voltage; note the dashed range values."""

PhaseRotation = Literal["RST", "RTS", "SRT", "STR", "TRS", "TSR"]
"""R = L1, S = L2, T = L3."""

ConnectedPhase = Literal["L1", "L2", "L3", "L1_L2", "L1_L3", "L2_L3"]

NotificationType = Literal[
    "authorization.changed",
    "chargePoint.changed",
    "evse.changed",
    "session.changed",
    "ChargePointChangedNotification",
]


class PaginationLinks(Model):
    first: Optional[str] = None
    last: Optional[str] = None
    prev: Optional[str] = None
    next: Optional[str] = None


class CursorPaginationMeta(Model):
    """Cursor Pagination"""

    path: Optional[str] = None
    """The base route of the endpoint (unpaginated)."""
    per_page: Optional[int] = None
    """The max number of items in each page."""
    next_cursor: Optional[str] = None
    """Cursor of the next page; prefer following `links.next`."""
    prev_cursor: Optional[str] = None
    """Cursor of the previous page; prefer following `links.prev`."""


class BasicPaginationMeta(Model):
    """Page based pagination metadata (being phased out in favour of cursors)."""

    current_page: Optional[int] = None
    from_: Annotated[Optional[int], Field(alias="from")] = None
    """Position of the first item of the page in the whole list."""
    last_page: Optional[int] = None
    path: Optional[str] = None
    per_page: Optional[int] = None
    to: Optional[int] = None
    total: Optional[int] = None


class LocationGeoposition(Model):
    latitude: float
    longitude: float


LocationRegion = Annotated[
    Union[
        Annotated[
            Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"],
            Tag('Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"]'),
        ],
        Annotated[
            Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"],
            Tag('Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]'),
        ],
        Annotated[str, Tag("str")],
    ],
    Inferred(
        by_value(
            (
                (
                    'Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"]',
                    "string",
                    ("AL", "AK", "AZ", "CA", "NY", "TX", "WA"),
                ),
                (
                    'Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]',
                    "string",
                    ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"),
                ),
                ("str", "string", ()),
            )
        )
    ),
]


class LocationImage(Model):
    original: str
    thumbnail: Optional[str] = None
    mime_type: Annotated[str, Field(alias="mimeType")]


class LocationWorkingHoursHour(Model):
    start: _dt.time
    end: _dt.time


class LocationWorkingHours(Model):
    is_always_open: bool
    stop_session_outside_working_hours: Optional[bool] = None
    hours: Optional[Dict[str, List[LocationWorkingHoursHour]]] = None
    """Opening intervals per week day, in the location timezone."""
    always_open_for_user_group_ids: Optional[List[int]] = None


class Location(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    public_charge_points: Optional[int] = None
    """Number of charge points at the location that are public and active.

    Read-only: sent by the server, ignored in requests.
    """
    public_charge_points_ids: Optional[List[int]] = None
    """Read-only: sent by the server, ignored in requests."""
    name: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    status: Optional[Literal["active", "disabled"]] = None
    """Deprecated."""
    description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    detailed_description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    additional_description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    geoposition: Optional[LocationGeoposition] = None
    address: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    post_code: Optional[str] = None
    region: Optional[LocationRegion] = None
    city: Optional[str] = None
    country: Optional[Literal["AU", "BG", "DE", "FR", "GB", "NL", "US"]] = None
    """ISO 3166-1 alpha-2 code (list abridged)."""
    external_id: Optional[str] = None
    """Must be unique."""
    timezone: Optional[str] = None
    """Area/Location timezone, e.g. Europe/Sofia."""
    location_image: Optional[LocationImage] = None
    """Read-only: sent by the server, ignored in requests."""
    images: Optional[List[LocationImage]] = None
    """Read-only: sent by the server, ignored in requests."""
    working_hours: Optional[LocationWorkingHours] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""


class EvseConnector(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    status: Optional[Literal["active", "disabled"]] = None
    type: Optional[
        Literal["type1", "type2", "type3", "chademo", "ccs1", "ccs2", "schuko", "nacs"]
    ] = None
    format: Optional[Literal["socket", "cable"]] = None


class Evse(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    network_id: Annotated[str, Field(alias="networkId")]
    """OCPP EVSE identifier (consecutive numbers starting at 1)."""
    physical_reference: Annotated[Optional[str], Field(alias="physicalReference")] = (
        None
    )
    current_type: Annotated[
        Optional[Literal["ac", "dc"]], Field(alias="currentType")
    ] = None
    max_power: Annotated[Optional[float], Field(alias="maxPower")] = None
    max_voltage: Annotated[Optional[str], Field(alias="maxVoltage")] = None
    status: Optional[Literal["active", "disabled", "out of order"]] = None
    hardware_status: Annotated[
        Optional[
            Literal[
                "available",
                "preparing",
                "charging",
                "suspendedEV",
                "suspendedEVSE",
                "finishing",
                "reserved",
                "unavailable",
                "faulted",
            ]
        ],
        Field(alias="hardwareStatus"),
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    tariff_group_id: Annotated[Optional[int], Field(alias="tariffGroupId")] = None
    allows_reservation: Annotated[Optional[bool], Field(alias="allowsReservation")] = (
        None
    )
    connectors: Optional[List[EvseConnector]] = None


class ChargePointChargingProfileSchedulePeriod(Model):
    start_period: Annotated[Optional[int], Field(alias="startPeriod")] = None
    limit: Optional[float] = None


class ChargePointChargingProfile(Model):
    id: Optional[int] = None
    stack_level: Optional[int] = None
    charging_rate_unit: Optional[Literal["A", "W"]] = None
    purpose: Optional[
        Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"]
    ] = None
    schedule_periods: Optional[List[ChargePointChargingProfileSchedulePeriod]] = None
    valid_from: Optional[_dt.datetime] = None


class ChargePointLastBootNotification(Model):
    model: Optional[str] = None
    vendor: Optional[str] = None
    charge_point_serial_number: Optional[str] = None
    firmware_version: Optional[str] = None


class ChargePoint(Model):
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


class Price(Model):
    with_tax: Annotated[float, Field(alias="withTax")]
    without_tax: Annotated[Optional[float], Field(alias="withoutTax")] = None


class EnergyConsumption(Model):
    total: float
    """Delivered energy (Wh)."""
    local: Optional[float] = None
    """Locally generated renewable energy (Wh)."""
    grid: float
    """Energy taken from the grid (Wh)."""


class PriceBreakdownItem(Model):
    type: Literal[
        "flat",
        "connection",
        "energy",
        "charging_time",
        "idle_time",
        "min_price",
        "service_fee",
    ]
    currency: str
    unit: Literal["kwh", "minute", "session"]
    price_per_unit: Annotated[Price, Field(alias="pricePerUnit")]
    quantity: _decimal.Decimal
    price: Price
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None


class SessionTax(Model):
    tax_id: Annotated[Optional[int], Field(alias="taxId")] = None
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None


class SessionAuthorization(Model):
    id: int
    method: Literal["user_device", "rfid_tag", "admin", "plug_and_charge"]
    source: Literal["local", "roaming", "third_party"]
    created_at: Annotated[_dt.datetime, Field(alias="createdAt")]
    status: Literal["accepted", "rejected"]
    rejection_reason: Annotated[Optional[str], Field(alias="rejectionReason")] = None
    rfid_tag_uid: Annotated[Optional[str], Field(alias="rfidTagUid")] = None


class SessionChargingPeriod(Model):
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


class SessionRoaming(Model):
    cdr_ids: Annotated[Optional[List[int]], Field(alias="cdrIds")] = None
    session_id: Annotated[Optional[str], Field(alias="sessionId")] = None
    roaming_operator_cpo_id: Annotated[
        Optional[int], Field(alias="roamingOperatorCpoId")
    ] = None


class SessionClockAlignedEnergyConsumption(Model):
    start: _dt.datetime
    end: _dt.datetime
    energy_consumption: Annotated[EnergyConsumption, Field(alias="energyConsumption")]
    total_cost: Annotated[Optional[Price], Field(alias="totalCost")] = None


class SessionPower(Model):
    latest: Optional[float] = None
    peak: Optional[float] = None
    average: Optional[float] = None


class Session(Model):
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


class TariffGroup(Model):
    name: str
    tariff_ids: Annotated[Optional[List[int]], Field(alias="tariffIds")] = None
    """Ordered tariff ids; evaluated from the last one to the first."""
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None


class SmartChargingTodPeriodElement(Model):
    start_at: Annotated[_dt.time, Field(alias="startAt")]
    end_at: Annotated[_dt.time, Field(alias="endAt")]
    max_current: Annotated[Optional[float], Field(alias="maxCurrent")] = None


class SmartChargingTodPeriod(Model):
    week_day: Annotated[
        Literal["all", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        Field(alias="weekDay"),
    ]
    elements: List[SmartChargingTodPeriodElement]


class SmartChargingTod(Model):
    mode: Literal["tod"]
    """Time-of-day limits for public and private charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    """In amps."""
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    periods: Optional[List[SmartChargingTodPeriod]] = None
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    min_current: Annotated[Optional[float], Field(alias="minCurrent")] = None
    enable_keep_awake: Annotated[Optional[bool], Field(alias="enableKeepAwake")] = None
    max_voltage: Annotated[MaxVoltage, Field(alias="maxVoltage")]
    """Nominal voltage; note the dashed range values."""
    electrical_configuration: Annotated[
        Optional[Literal["star", "delta"]], Field(alias="electricalConfiguration")
    ] = "star"
    phases: Literal["single_phase", "three_phase", "split_phase"]
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingDynamic(Model):
    mode: Literal["dynamic"]
    """Dynamic load management for public and private charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    min_current: Annotated[Optional[float], Field(alias="minCurrent")] = None
    enable_keep_awake: Annotated[Optional[bool], Field(alias="enableKeepAwake")] = None
    max_voltage: Annotated[MaxVoltage, Field(alias="maxVoltage")]
    """Nominal voltage; note the dashed range values."""
    electrical_configuration: Annotated[
        Optional[Literal["star", "delta"]], Field(alias="electricalConfiguration")
    ] = "star"
    phases: Literal["single_phase", "three_phase", "split_phase"]
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingUserSchedule(Model):
    mode: Literal["user_schedule"]
    """Owner-defined schedule for personal charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    min_current: Annotated[Optional[float], Field(alias="minCurrent")]
    enable_keep_awake: Annotated[Optional[bool], Field(alias="enableKeepAwake")]
    max_voltage: Annotated[MaxVoltage, Field(alias="maxVoltage")]
    """Nominal voltage; note the dashed range values."""
    electrical_configuration: Annotated[
        Optional[Literal["star", "delta"]], Field(alias="electricalConfiguration")
    ] = "star"
    phases: Literal["single_phase", "three_phase", "split_phase"]
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    allow_dynamic_load_management: Annotated[
        Optional[bool], Field(alias="allowDynamicLoadManagement")
    ] = None
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingDisabled(Model):
    mode: Literal["disabled"]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None


class TargetChargeRange(Model):
    departure_time: Annotated[Optional[_dt.time], Field(alias="departureTime")] = None
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    min_target_charge_kwh: Annotated[
        Optional[float], Field(alias="minTargetChargeKwh")
    ] = None
    max_target_charge_kwh: Annotated[
        Optional[float], Field(alias="maxTargetChargeKwh")
    ] = None


class SchedulePreferencesTrackElectricityCosts(Model):
    price_off_peak: Annotated[Optional[float], Field(alias="priceOffPeak")] = None
    price_peak: Annotated[Optional[float], Field(alias="pricePeak")] = None


class WeekDaySchedule(Model):
    days: List[
        Literal[
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
        ]
    ]
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]


class UserControlledSchedulePreferences(Model):
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    track_electricity_costs: Annotated[
        Optional[SchedulePreferencesTrackElectricityCosts],
        Field(alias="trackElectricityCosts"),
    ] = None
    week_days: Annotated[Optional[List[WeekDaySchedule]], Field(alias="weekDays")] = (
        None
    )


class PersonalSmartChargingPreferencesUserControlledSchedule(Model):
    """User controlled schedule"""

    enabled: Optional[bool] = True
    type: Literal["user_controlled_schedule"]
    preferences: UserControlledSchedulePreferences


class SmartChargingPreferencesSolarPreferences(Model):
    max_current_from_grid: Annotated[float, Field(alias="maxCurrentFromGrid")]
    """Max current (A) drawn from the grid to keep charging stable."""
    solar_stable_time: Annotated[float, Field(alias="solarStableTime")]
    """Minutes of stable solar surplus before switching."""


class PersonalSmartChargingPreferencesSolar(Model):
    """Solar"""

    enabled: Optional[bool] = True
    type: Literal["solar"]
    preferences: SmartChargingPreferencesSolarPreferences


class PreferencesOctopusAgilePreferences(Model):
    applicable_tax_id: Annotated[int, Field(alias="applicableTaxId")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    post_code: Annotated[str, Field(alias="postCode")]
    price_threshold: Annotated[float, Field(alias="priceThreshold")]
    """Price per kWh below which charging starts."""


class PersonalSmartChargingPreferencesOctopusAgile(Model):
    """Octopus Agile"""

    enabled: Optional[bool] = True
    type: Literal["octopus_agile"]
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: PreferencesOctopusAgilePreferences


class ChargingPreferencesOctopusGoPreferences(Model):
    applicable_tax_id: Annotated[int, Field(alias="applicableTaxId")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    post_code: Annotated[str, Field(alias="postCode")]
    price_threshold: Annotated[Optional[float], Field(alias="priceThreshold")] = None


class PersonalSmartChargingPreferencesOctopusGo(Model):
    """Octopus Go"""

    enabled: Optional[bool] = True
    type: Literal["octopus_go"]
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: ChargingPreferencesOctopusGoPreferences


class TargetChargeExact(Model):
    departure_time: Annotated[_dt.time, Field(alias="departureTime")]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    target_charge_kwh: Annotated[float, Field(alias="targetChargeKwh")]


class ChargingPreferencesNordPoolPreferences(Model):
    location: Literal["GB1"]
    """NordPool price region."""
    target_charge: Annotated[TargetChargeExact, Field(alias="targetCharge")]


class PersonalSmartChargingPreferencesNordPool(Model):
    """NordPool"""

    enabled: Optional[bool] = True
    type: Literal["nordpool"]
    integration_id: Annotated[Optional[int], Field(alias="integrationId")] = None
    preferences: Optional[ChargingPreferencesNordPoolPreferences] = None


class ChargerElectricityRatePreferences(Model):
    solar: Optional[bool] = False
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
    target_charge: Annotated[TargetChargeExact, Field(alias="targetCharge")]
    week_days: Annotated[Optional[List[WeekDaySchedule]], Field(alias="weekDays")] = (
        None
    )


class PersonalSmartChargingPreferencesChargerElectricityRate(Model):
    """Electricity rate"""

    enabled: Optional[bool] = True
    type: Literal["charger_electricity_rate"]
    electricity_rate_id: Annotated[int, Field(alias="electricityRateId")]
    preferences: ChargerElectricityRatePreferences


class PaymentTerminalBase(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    """Every terminal variant accepts all of these values."""
    operator_id: Annotated[int, Field(alias="operatorId")]
    charging_zone_id: Annotated[Optional[int], Field(alias="chargingZoneId")] = None
    """Give either `chargePointId` or this."""
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    """Give either `chargingZoneId` or this."""


class WebhookNotificationSubscription(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    via: str
    """Always "webhook" for this variant."""
    notifications: List[NotificationType]
    callback_url: Annotated[str, Field(alias="callbackUrl")]
    headers: Optional[Dict[str, str]] = None
    """Extra HTTP headers sent with every callback."""
    x_custom: Annotated[Optional[str], Field(alias="x-custom")] = None
    """Integrator value echoed back in the X-Custom header."""
    template: Optional[str] = None
    """Optional body template. Placeholders use {{ x }} syntax, {% raw %} blocks
    are copied verbatim, strings like \"\"\" are not special, and regexes such
    as \\d+ are kept literally.
    """


class KafkaNotificationSubscription(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    via: str
    """Always "kafka" for this variant."""
    notifications: List[NotificationType]
    topic: str
    brokers: List[str]
    compression_codec: Annotated[
        Optional[Literal["none", "gzip", "snappy", "lz4"]],
        Field(alias="compressionCodec"),
    ] = "gzip"
    sasl_mechanism: Annotated[
        Optional[Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]],
        Field(alias="saslMechanism"),
    ] = "PLAIN"
    from_: Annotated[Optional[str], Field(alias="from")] = None
    """Contact address of the subscriber (Python keyword as property name)."""


class ErrorBody(Model):
    message: Optional[str] = None


class ValidationErrorBody(Model):
    message: str
    errors: Optional[Dict[str, List[str]]] = None
