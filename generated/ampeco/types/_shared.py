"""Models shared by several resources, and the API's component schemas."""

import datetime as _dt
import decimal as _decimal
from typing import Any, Annotated, Dict, List, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, OpenEnum, by_value

__all__ = [
    "LocationStatus",
    "LocationRegionUsState",
    "LocationRegionAustralianState",
    "LocationCountry",
    "EvseCurrentType",
    "EvseStatus",
    "EvseHardwareStatus",
    "EvseConnectorsItemStatus",
    "EvseConnectorsItemType",
    "EvseConnectorsItemFormat",
    "ChargePointChargingProfileChargingRateUnit",
    "ChargePointChargingProfilePurpose",
    "ChargePointDesiredSecurityProfileStatus",
    "ChargePointNetworkProtocol",
    "ChargePointStatus",
    "ChargePointNetworkStatus",
    "ChargePointAccessType",
    "ChargePointPartnerAccessType",
    "ChargePointCapabilitiesItem",
    "PriceBreakdownItemType",
    "PriceBreakdownItemUnit",
    "SessionStatus",
    "SessionReason",
    "SessionPaymentType",
    "SessionPaymentStatus",
    "SessionAuthorizationMethod",
    "SessionAuthorizationSource",
    "SessionAuthorizationStatus",
    "SessionChargingPeriodsItemChargingState",
    "SessionBillingStatus",
    "SmartChargingTodMode",
    "SmartChargingTodPeriodsItemWeekDay",
    "MaxVoltage",
    "SmartChargingTodElectricalConfiguration",
    "SmartChargingTodPhases",
    "PhaseRotation",
    "ConnectedPhase",
    "SmartChargingDynamicMode",
    "SmartChargingDynamicElectricalConfiguration",
    "SmartChargingDynamicPhases",
    "SmartChargingUserScheduleMode",
    "SmartChargingUserScheduleElectricalConfiguration",
    "SmartChargingUserSchedulePhases",
    "SmartChargingDisabledMode",
    "PersonalSmartChargingPreferencesUserControlledScheduleType",
    "WeekDayScheduleDaysItem",
    "PersonalSmartChargingPreferencesSolarType",
    "PersonalSmartChargingPreferencesOctopusAgileType",
    "PersonalSmartChargingPreferencesOctopusGoType",
    "PersonalSmartChargingPreferencesNordPoolType",
    "PersonalSmartChargingPreferencesNordPoolPreferencesLocation",
    "PersonalSmartChargingPreferencesChargerElectricityRateType",
    "PaymentTerminalBaseTerminalType",
    "NotificationType",
    "KafkaNotificationSubscriptionCompressionCodec",
    "KafkaNotificationSubscriptionSaslMechanism",
    "PaginationLinks",
    "CursorPaginationMeta",
    "BasicPaginationMeta",
    "LocationGeoposition",
    "LocationRegion",
    "LocationLocationImage",
    "LocationImagesItem",
    "LocationWorkingHoursHoursValueItem",
    "LocationWorkingHours",
    "Location",
    "EvseConnectorsItem",
    "Evse",
    "ChargePointChargingProfileSchedulePeriodsItem",
    "ChargePointChargingProfile",
    "ChargePointLastBootNotification",
    "ChargePoint",
    "Price",
    "EnergyConsumption",
    "PriceBreakdownItem",
    "SessionTotalAmount",
    "SessionTax",
    "SessionAuthorization",
    "SessionChargingPeriodsItem",
    "SessionRoaming",
    "SessionClockAlignedEnergyConsumptionItem",
    "SessionPower",
    "Session",
    "TariffGroup",
    "SmartChargingTodPeriodsItemElementsItem",
    "SmartChargingTodPeriodsItem",
    "SmartChargingTod",
    "SmartChargingDynamic",
    "SmartChargingUserSchedule",
    "SmartChargingDisabled",
    "TargetChargeRange",
    "PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts",
    "WeekDaySchedule",
    "PersonalSmartChargingPreferencesUserControlledSchedulePreferences",
    "PersonalSmartChargingPreferencesUserControlledSchedule",
    "PersonalSmartChargingPreferencesSolarPreferences",
    "PersonalSmartChargingPreferencesSolar",
    "PersonalSmartChargingPreferencesOctopusAgilePreferences",
    "PersonalSmartChargingPreferencesOctopusAgile",
    "PersonalSmartChargingPreferencesOctopusGoPreferences",
    "PersonalSmartChargingPreferencesOctopusGo",
    "TargetChargeExact",
    "PersonalSmartChargingPreferencesNordPoolPreferences",
    "PersonalSmartChargingPreferencesNordPool",
    "PersonalSmartChargingPreferencesChargerElectricityRatePreferences",
    "PersonalSmartChargingPreferencesChargerElectricityRate",
    "PaymentTerminalBase",
    "WebhookNotificationSubscription",
    "KafkaNotificationSubscription",
    "ChargePointsListingUnauthorizedResponse",
    "ChargePointsListingForbiddenResponse",
    "ChargePointsListingUnprocessableEntityResponse",
    "ChargePointsListingTooManyRequestsResponse",
    "ChargePointReadNotFoundResponse",
]


class LocationStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"


class LocationRegionUsState(OpenEnum):
    AL = "AL"
    AK = "AK"
    AZ = "AZ"
    CA = "CA"
    NY = "NY"
    TX = "TX"
    WA = "WA"


class LocationRegionAustralianState(OpenEnum):
    NSW = "NSW"
    VIC = "VIC"
    QLD = "QLD"
    WA = "WA"
    SA = "SA"
    TAS = "TAS"
    ACT = "ACT"
    NT = "NT"


class LocationCountry(OpenEnum):
    """ISO 3166-1 alpha-2 code (list abridged)."""

    AU = "AU"
    BG = "BG"
    DE = "DE"
    FR = "FR"
    GB = "GB"
    NL = "NL"
    US = "US"


class EvseCurrentType(OpenEnum):
    AC = "ac"
    DC = "dc"


class EvseStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"


class EvseHardwareStatus(OpenEnum):
    AVAILABLE = "available"
    PREPARING = "preparing"
    CHARGING = "charging"
    SUSPENDED_EV = "suspendedEV"
    SUSPENDED_EVSE = "suspendedEVSE"
    FINISHING = "finishing"
    RESERVED = "reserved"
    UNAVAILABLE = "unavailable"
    FAULTED = "faulted"


class EvseConnectorsItemStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"


class EvseConnectorsItemType(OpenEnum):
    TYPE_1 = "type1"
    TYPE_2 = "type2"
    TYPE_3 = "type3"
    CHADEMO = "chademo"
    CCS_1 = "ccs1"
    CCS_2 = "ccs2"
    SCHUKO = "schuko"
    NACS = "nacs"


class EvseConnectorsItemFormat(OpenEnum):
    SOCKET = "socket"
    CABLE = "cable"


class ChargePointChargingProfileChargingRateUnit(OpenEnum):
    A = "A"
    W = "W"


class ChargePointChargingProfilePurpose(OpenEnum):
    CHARGE_POINT_MAX_PROFILE = "ChargePointMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargePointDesiredSecurityProfileStatus(OpenEnum):
    APPLIED = "applied"
    PENDING = "pending"
    REJECTED = "rejected"


class ChargePointNetworkProtocol(OpenEnum):
    OCPP_1_5 = "ocpp 1.5"
    OCPP_1_6 = "ocpp 1.6"
    OCPP_1_6_SOAP = "ocpp 1.6 soap"
    OCPP_2_0_1 = "ocpp 2.0.1"


class ChargePointStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"
    DEMO = "demo"


class ChargePointNetworkStatus(OpenEnum):
    NEVER_CONNECTED = "never connected"
    AVAILABLE = "available"
    TEMPORARILY_UNAVAILABLE = "temporarily unavailable"
    LONG_TERM_UNAVAILABLE = "long-term unavailable"


class ChargePointAccessType(OpenEnum):
    PRIVATE = "private"
    PUBLIC = "public"
    PERSONAL = "personal"


class ChargePointPartnerAccessType(OpenEnum):
    PRIVATE_VIEW_PRIVATE_USE = "privateViewPrivateUse"
    PRIVATE_VIEW_PUBLIC_USE = "privateViewPublicUse"
    PUBLIC_VIEW_PRIVATE_USE = "publicViewPrivateUse"


class ChargePointCapabilitiesItem(OpenEnum):
    REMOTE_START_STOP_CAPABLE = "REMOTE_START_STOP_CAPABLE"
    METER_VALUES = "METER_VALUES"
    STOP_TRANSACTION_ON_EV_DISCONNECT = "STOP_TRANSACTION_ON_EV_DISCONNECT"


class PriceBreakdownItemType(OpenEnum):
    FLAT = "flat"
    CONNECTION = "connection"
    ENERGY = "energy"
    CHARGING_TIME = "charging_time"
    IDLE_TIME = "idle_time"
    MIN_PRICE = "min_price"
    SERVICE_FEE = "service_fee"


class PriceBreakdownItemUnit(OpenEnum):
    KWH = "kwh"
    MINUTE = "minute"
    SESSION = "session"


class SessionStatus(OpenEnum):
    UNKNOWN = "unknown"
    PENDING = "pending"
    ACTIVE = "active"
    FINISHED = "finished"
    FAILED = "failed"
    EXPIRED = "expired"


class SessionReason(OpenEnum):
    """Why the session expired or was stopped (list abridged)."""

    WORKING_HOURS_EXCEEDED = "working_hours_exceeded"
    TIMEOUT = "timeout"
    FORCE_STOP = "force_stop"
    STANDARD_STOP = "standard_stop"
    ENERGY_EXCEEDED = "energy_exceeded"
    EVDISCONNECTED = "evdisconnected"
    REMOTE = "remote"
    OTHER = "other"


class SessionPaymentType(OpenEnum):
    TOKENIZED = "tokenized"
    SUBSCRIPTION = "subscription"
    BALANCE = "balance"
    CORPORATE = "corporate"
    TERMINAL = "terminal"
    BANK_TRANSFER = "bank_transfer"


class SessionPaymentStatus(OpenEnum):
    PENDING = "pending"
    PAID = "paid"
    PARTIALLY = "partially"
    FAILED = "failed"


class SessionAuthorizationMethod(OpenEnum):
    USER_DEVICE = "user_device"
    RFID_TAG = "rfid_tag"
    ADMIN = "admin"
    PLUG_AND_CHARGE = "plug_and_charge"


class SessionAuthorizationSource(OpenEnum):
    LOCAL = "local"
    ROAMING = "roaming"
    THIRD_PARTY = "third_party"


class SessionAuthorizationStatus(OpenEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SessionChargingPeriodsItemChargingState(OpenEnum):
    CHARGING = "charging"
    IDLE = "idle"


class SessionBillingStatus(OpenEnum):
    PENDING = "pending"
    SUSPENDED = "suspended"
    COMPLETED = "completed"


class SmartChargingTodMode(OpenEnum):
    """Time-of-day limits for public and private charge points."""

    TOD = "tod"


class SmartChargingTodPeriodsItemWeekDay(OpenEnum):
    ALL = "all"
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class MaxVoltage(OpenEnum):
    """Nominal voltage; note the dashed range values."""

    V230 = "230"
    V380 = "380"
    V400 = "400"
    V480 = "480"
    V120 = "120"
    V208 = "208"
    V240 = "240"
    V110_130 = "110-130"
    V220_240 = "220-240"
    V277 = "277"


class SmartChargingTodElectricalConfiguration(OpenEnum):
    STAR = "star"
    DELTA = "delta"


class SmartChargingTodPhases(OpenEnum):
    SINGLE_PHASE = "single_phase"
    THREE_PHASE = "three_phase"
    SPLIT_PHASE = "split_phase"


class PhaseRotation(OpenEnum):
    """R = L1, S = L2, T = L3."""

    RST = "RST"
    RTS = "RTS"
    SRT = "SRT"
    STR = "STR"
    TRS = "TRS"
    TSR = "TSR"


class ConnectedPhase(OpenEnum):
    L_1 = "L1"
    L_2 = "L2"
    L_3 = "L3"
    L_1_L_2 = "L1_L2"
    L_1_L_3 = "L1_L3"
    L_2_L_3 = "L2_L3"


class SmartChargingDynamicMode(OpenEnum):
    """Dynamic load management for public and private charge points."""

    DYNAMIC = "dynamic"


class SmartChargingDynamicElectricalConfiguration(OpenEnum):
    STAR = "star"
    DELTA = "delta"


class SmartChargingDynamicPhases(OpenEnum):
    SINGLE_PHASE = "single_phase"
    THREE_PHASE = "three_phase"
    SPLIT_PHASE = "split_phase"


class SmartChargingUserScheduleMode(OpenEnum):
    """Owner-defined schedule for personal charge points."""

    USER_SCHEDULE = "user_schedule"


class SmartChargingUserScheduleElectricalConfiguration(OpenEnum):
    STAR = "star"
    DELTA = "delta"


class SmartChargingUserSchedulePhases(OpenEnum):
    SINGLE_PHASE = "single_phase"
    THREE_PHASE = "three_phase"
    SPLIT_PHASE = "split_phase"


class SmartChargingDisabledMode(OpenEnum):
    DISABLED = "disabled"


class PersonalSmartChargingPreferencesUserControlledScheduleType(OpenEnum):
    USER_CONTROLLED_SCHEDULE = "user_controlled_schedule"


class WeekDayScheduleDaysItem(OpenEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"


class PersonalSmartChargingPreferencesSolarType(OpenEnum):
    SOLAR = "solar"


class PersonalSmartChargingPreferencesOctopusAgileType(OpenEnum):
    OCTOPUS_AGILE = "octopus_agile"


class PersonalSmartChargingPreferencesOctopusGoType(OpenEnum):
    OCTOPUS_GO = "octopus_go"


class PersonalSmartChargingPreferencesNordPoolType(OpenEnum):
    NORDPOOL = "nordpool"


class PersonalSmartChargingPreferencesNordPoolPreferencesLocation(OpenEnum):
    """NordPool price region."""

    GB_1 = "GB1"


class PersonalSmartChargingPreferencesChargerElectricityRateType(OpenEnum):
    CHARGER_ELECTRICITY_RATE = "charger_electricity_rate"


class PaymentTerminalBaseTerminalType(OpenEnum):
    """Every terminal variant accepts all of these values."""

    PAYTER = "Payter"
    VALINA = "Valina"
    CRANE = "Crane"
    AMPECO = "Ampeco"


class NotificationType(OpenEnum):
    AUTHORIZATION_CHANGED = "authorization.changed"
    CHARGE_POINT_CHANGED = "chargePoint.changed"
    EVSE_CHANGED = "evse.changed"
    SESSION_CHANGED = "session.changed"
    CHARGE_POINT_CHANGED_NOTIFICATION = "ChargePointChangedNotification"


class KafkaNotificationSubscriptionCompressionCodec(OpenEnum):
    NONE = "none"
    GZIP = "gzip"
    SNAPPY = "snappy"
    LZ_4 = "lz4"


class KafkaNotificationSubscriptionSaslMechanism(OpenEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


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
        Annotated[LocationRegionUsState, Tag("LocationRegionUsState")],
        Annotated[LocationRegionAustralianState, Tag("LocationRegionAustralianState")],
        Annotated[str, Tag("str")],
    ],
    Inferred(
        by_value(
            (
                (
                    "LocationRegionUsState",
                    "string",
                    ("AL", "AK", "AZ", "CA", "NY", "TX", "WA"),
                ),
                (
                    "LocationRegionAustralianState",
                    "string",
                    ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"),
                ),
                ("str", "string", ()),
            )
        )
    ),
]


class LocationLocationImage(Model):
    original: str
    thumbnail: Optional[str] = None
    mime_type: Annotated[str, Field(alias="mimeType")]


class LocationImagesItem(Model):
    original: str
    thumbnail: Optional[str] = None
    mime_type: Annotated[str, Field(alias="mimeType")]


class LocationWorkingHoursHoursValueItem(Model):
    start: _dt.time
    end: _dt.time


class LocationWorkingHours(Model):
    is_always_open: bool
    stop_session_outside_working_hours: Optional[bool] = None
    hours: Optional[Dict[str, List[LocationWorkingHoursHoursValueItem]]] = None
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
    status: Optional[LocationStatus] = None
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
    country: Optional[LocationCountry] = None
    """ISO 3166-1 alpha-2 code (list abridged)."""
    external_id: Optional[str] = None
    """Must be unique."""
    timezone: Optional[str] = None
    """Area/Location timezone, e.g. Europe/Sofia."""
    location_image: Optional[LocationLocationImage] = None
    """Read-only: sent by the server, ignored in requests."""
    images: Optional[List[LocationImagesItem]] = None
    """Read-only: sent by the server, ignored in requests."""
    working_hours: Optional[LocationWorkingHours] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""


class EvseConnectorsItem(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    status: Optional[EvseConnectorsItemStatus] = None
    type: Optional[EvseConnectorsItemType] = None
    format: Optional[EvseConnectorsItemFormat] = None


class Evse(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    network_id: Annotated[str, Field(alias="networkId")]
    """OCPP EVSE identifier (consecutive numbers starting at 1)."""
    physical_reference: Annotated[Optional[str], Field(alias="physicalReference")] = (
        None
    )
    current_type: Annotated[Optional[EvseCurrentType], Field(alias="currentType")] = (
        None
    )
    max_power: Annotated[Optional[float], Field(alias="maxPower")] = None
    max_voltage: Annotated[Optional[str], Field(alias="maxVoltage")] = None
    status: Optional[EvseStatus] = None
    hardware_status: Annotated[
        Optional[EvseHardwareStatus], Field(alias="hardwareStatus")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    tariff_group_id: Annotated[Optional[int], Field(alias="tariffGroupId")] = None
    allows_reservation: Annotated[Optional[bool], Field(alias="allowsReservation")] = (
        None
    )
    connectors: Optional[List[EvseConnectorsItem]] = None


class ChargePointChargingProfileSchedulePeriodsItem(Model):
    start_period: Annotated[Optional[int], Field(alias="startPeriod")] = None
    limit: Optional[float] = None


class ChargePointChargingProfile(Model):
    id: Optional[int] = None
    stack_level: Optional[int] = None
    charging_rate_unit: Optional[ChargePointChargingProfileChargingRateUnit] = None
    purpose: Optional[ChargePointChargingProfilePurpose] = None
    schedule_periods: Optional[List[ChargePointChargingProfileSchedulePeriodsItem]] = (
        None
    )
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
        Optional[ChargePointDesiredSecurityProfileStatus],
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
        ChargePointNetworkProtocol, Field(alias="networkProtocol")
    ]
    network_password: Annotated[Optional[str], Field(alias="networkPassword")] = None
    """Write-only: accepted in requests, never returned."""
    status: Optional[ChargePointStatus] = None
    network_status: Annotated[
        Optional[ChargePointNetworkStatus], Field(alias="networkStatus")
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    plug_and_charge: Annotated[Optional[bool], Field(alias="plugAndCharge")] = None
    location_id: Annotated[Optional[int], Field(alias="locationId")] = None
    pin: Optional[str] = None
    """PIN for personal charge points; must match ^\\d{4,8}$ (a backslash-d regex)."""
    access_type: Annotated[ChargePointAccessType, Field(alias="accessType")]
    desired_security_profile: Annotated[
        Optional[int], Field(alias="desiredSecurityProfile")
    ] = None
    owner_partner_id: Annotated[Optional[int], Field(alias="ownerPartnerId")] = None
    partner_access_type: Annotated[
        Optional[ChargePointPartnerAccessType], Field(alias="partnerAccessType")
    ] = None
    capabilities: Optional[List[ChargePointCapabilitiesItem]] = None
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
    type: PriceBreakdownItemType
    currency: str
    unit: PriceBreakdownItemUnit
    price_per_unit: Annotated[Price, Field(alias="pricePerUnit")]
    quantity: _decimal.Decimal
    price: Price
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None


class SessionTotalAmount(Model):
    with_tax: Annotated[float, Field(alias="withTax")]
    without_tax: Annotated[Optional[float], Field(alias="withoutTax")] = None


class SessionTax(Model):
    tax_id: Annotated[Optional[int], Field(alias="taxId")] = None
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None


class SessionAuthorization(Model):
    id: int
    method: SessionAuthorizationMethod
    source: SessionAuthorizationSource
    created_at: Annotated[_dt.datetime, Field(alias="createdAt")]
    status: SessionAuthorizationStatus
    rejection_reason: Annotated[Optional[str], Field(alias="rejectionReason")] = None
    rfid_tag_uid: Annotated[Optional[str], Field(alias="rfidTagUid")] = None


class SessionChargingPeriodsItem(Model):
    id: int
    energy: int
    started_at: Annotated[_dt.datetime, Field(alias="startedAt")]
    stopped_at: Annotated[Optional[_dt.datetime], Field(alias="stoppedAt")] = None
    charging_state: Annotated[
        Optional[SessionChargingPeriodsItemChargingState], Field(alias="chargingState")
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


class SessionClockAlignedEnergyConsumptionItem(Model):
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
    status: SessionStatus
    reason: Optional[SessionReason] = None
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
    total_amount: Annotated[
        Optional[SessionTotalAmount], Field(alias="totalAmount")
    ] = None
    tax: Optional[SessionTax] = None
    """Deprecated."""
    currency: Optional[str] = None
    """ISO 4217 currency code."""
    payment_type: Annotated[
        Optional[SessionPaymentType], Field(alias="paymentType")
    ] = None
    payment_method_id: Annotated[Optional[str], Field(alias="paymentMethodId")] = None
    terminal_id: Annotated[Optional[int], Field(alias="terminalId")] = None
    non_billable_energy: Annotated[
        Optional[float], Field(alias="nonBillableEnergy")
    ] = None
    payment_status: Annotated[
        Optional[SessionPaymentStatus], Field(alias="paymentStatus")
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
        Optional[List[SessionChargingPeriodsItem]], Field(alias="chargingPeriods")
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
        Optional[List[SessionClockAlignedEnergyConsumptionItem]],
        Field(alias="clockAlignedEnergyConsumption"),
    ] = None
    energy_consumption: Annotated[EnergyConsumption, Field(alias="energyConsumption")]
    estimated_savings: Annotated[Optional[float], Field(alias="estimatedSavings")] = (
        None
    )
    billing_status: Annotated[
        Optional[SessionBillingStatus], Field(alias="billingStatus")
    ]
    power: Optional[SessionPower] = None


class TariffGroup(Model):
    name: str
    tariff_ids: Annotated[Optional[List[int]], Field(alias="tariffIds")] = None
    """Ordered tariff ids; evaluated from the last one to the first."""
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""


class SmartChargingTodPeriodsItemElementsItem(Model):
    start_at: Annotated[_dt.time, Field(alias="startAt")]
    end_at: Annotated[_dt.time, Field(alias="endAt")]
    max_current: Annotated[Optional[float], Field(alias="maxCurrent")] = None


class SmartChargingTodPeriodsItem(Model):
    week_day: Annotated[SmartChargingTodPeriodsItemWeekDay, Field(alias="weekDay")]
    elements: List[SmartChargingTodPeriodsItemElementsItem]


class SmartChargingTod(Model):
    mode: SmartChargingTodMode
    """Time-of-day limits for public and private charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    """In amps."""
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    periods: Optional[List[SmartChargingTodPeriodsItem]] = None
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    min_current: Annotated[Optional[float], Field(alias="minCurrent")] = None
    enable_keep_awake: Annotated[Optional[bool], Field(alias="enableKeepAwake")] = None
    max_voltage: Annotated[MaxVoltage, Field(alias="maxVoltage")]
    """Nominal voltage; note the dashed range values."""
    electrical_configuration: Annotated[
        Optional[SmartChargingTodElectricalConfiguration],
        Field(alias="electricalConfiguration"),
    ] = SmartChargingTodElectricalConfiguration.STAR
    phases: SmartChargingTodPhases
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingDynamic(Model):
    mode: SmartChargingDynamicMode
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
        Optional[SmartChargingDynamicElectricalConfiguration],
        Field(alias="electricalConfiguration"),
    ] = SmartChargingDynamicElectricalConfiguration.STAR
    phases: SmartChargingDynamicPhases
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingUserSchedule(Model):
    mode: SmartChargingUserScheduleMode
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
        Optional[SmartChargingUserScheduleElectricalConfiguration],
        Field(alias="electricalConfiguration"),
    ] = SmartChargingUserScheduleElectricalConfiguration.STAR
    phases: SmartChargingUserSchedulePhases
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    allow_dynamic_load_management: Annotated[
        Optional[bool], Field(alias="allowDynamicLoadManagement")
    ] = None
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None


class SmartChargingDisabled(Model):
    mode: SmartChargingDisabledMode
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


class PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts(
    Model
):
    price_off_peak: Annotated[Optional[float], Field(alias="priceOffPeak")] = None
    price_peak: Annotated[Optional[float], Field(alias="pricePeak")] = None


class WeekDaySchedule(Model):
    days: List[WeekDayScheduleDaysItem]
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]


class PersonalSmartChargingPreferencesUserControlledSchedulePreferences(Model):
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    track_electricity_costs: Annotated[
        Optional[
            PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts
        ],
        Field(alias="trackElectricityCosts"),
    ] = None
    week_days: Annotated[Optional[List[WeekDaySchedule]], Field(alias="weekDays")] = (
        None
    )


class PersonalSmartChargingPreferencesUserControlledSchedule(Model):
    """User controlled schedule"""

    enabled: Optional[bool] = True
    type: PersonalSmartChargingPreferencesUserControlledScheduleType
    preferences: PersonalSmartChargingPreferencesUserControlledSchedulePreferences


class PersonalSmartChargingPreferencesSolarPreferences(Model):
    max_current_from_grid: Annotated[float, Field(alias="maxCurrentFromGrid")]
    """Max current (A) drawn from the grid to keep charging stable."""
    solar_stable_time: Annotated[float, Field(alias="solarStableTime")]
    """Minutes of stable solar surplus before switching."""


class PersonalSmartChargingPreferencesSolar(Model):
    """Solar"""

    enabled: Optional[bool] = True
    type: PersonalSmartChargingPreferencesSolarType
    preferences: PersonalSmartChargingPreferencesSolarPreferences


class PersonalSmartChargingPreferencesOctopusAgilePreferences(Model):
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
    type: PersonalSmartChargingPreferencesOctopusAgileType
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: PersonalSmartChargingPreferencesOctopusAgilePreferences


class PersonalSmartChargingPreferencesOctopusGoPreferences(Model):
    applicable_tax_id: Annotated[int, Field(alias="applicableTaxId")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    post_code: Annotated[str, Field(alias="postCode")]
    price_threshold: Annotated[Optional[float], Field(alias="priceThreshold")] = None


class PersonalSmartChargingPreferencesOctopusGo(Model):
    """Octopus Go"""

    enabled: Optional[bool] = True
    type: PersonalSmartChargingPreferencesOctopusGoType
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: PersonalSmartChargingPreferencesOctopusGoPreferences


class TargetChargeExact(Model):
    departure_time: Annotated[_dt.time, Field(alias="departureTime")]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    target_charge_kwh: Annotated[float, Field(alias="targetChargeKwh")]


class PersonalSmartChargingPreferencesNordPoolPreferences(Model):
    location: PersonalSmartChargingPreferencesNordPoolPreferencesLocation
    """NordPool price region."""
    target_charge: Annotated[TargetChargeExact, Field(alias="targetCharge")]


class PersonalSmartChargingPreferencesNordPool(Model):
    """NordPool"""

    enabled: Optional[bool] = True
    type: PersonalSmartChargingPreferencesNordPoolType
    integration_id: Annotated[Optional[int], Field(alias="integrationId")] = None
    preferences: Optional[PersonalSmartChargingPreferencesNordPoolPreferences] = None


class PersonalSmartChargingPreferencesChargerElectricityRatePreferences(Model):
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
    type: PersonalSmartChargingPreferencesChargerElectricityRateType
    electricity_rate_id: Annotated[int, Field(alias="electricityRateId")]
    preferences: PersonalSmartChargingPreferencesChargerElectricityRatePreferences


class PaymentTerminalBase(Model):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        PaymentTerminalBaseTerminalType, Field(alias="terminalType")
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
        Optional[KafkaNotificationSubscriptionCompressionCodec],
        Field(alias="compressionCodec"),
    ] = KafkaNotificationSubscriptionCompressionCodec.GZIP
    sasl_mechanism: Annotated[
        Optional[KafkaNotificationSubscriptionSaslMechanism],
        Field(alias="saslMechanism"),
    ] = KafkaNotificationSubscriptionSaslMechanism.PLAIN
    from_: Annotated[Optional[str], Field(alias="from")] = None
    """Contact address of the subscriber (Python keyword as property name)."""


class ChargePointsListingUnauthorizedResponse(Model):
    message: Optional[str] = None


class ChargePointsListingForbiddenResponse(Model):
    message: Optional[str] = "This action is unauthorized."


class ChargePointsListingUnprocessableEntityResponse(Model):
    message: str
    errors: Optional[Dict[str, List[str]]] = None


class ChargePointsListingTooManyRequestsResponse(Model):
    message: Optional[str] = None


class ChargePointReadNotFoundResponse(Model):
    message: Optional[str] = None
