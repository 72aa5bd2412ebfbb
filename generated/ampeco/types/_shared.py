"""Models shared by several resources, and the API's component schemas.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.basic_pagination_meta import BasicPaginationMeta
from ._defs.charge_point import ChargePoint
from ._defs.charge_point_charging_profile import (
    ChargePointChargingProfile,
    ChargePointChargingProfileSchedulePeriod,
)
from ._defs.charge_point_last_boot_notification import ChargePointLastBootNotification
from ._defs.connected_phase import ConnectedPhase
from ._defs.cursor_pagination_meta import CursorPaginationMeta
from ._defs.energy_consumption import EnergyConsumption
from ._defs.error_body import ErrorBody
from ._defs.evse import Evse, EvseConnector
from ._defs.kafka_notification_subscription import KafkaNotificationSubscription
from ._defs.location import (
    Location,
    LocationGeoposition,
    LocationImage,
    LocationRegion,
    LocationWorkingHours,
    LocationWorkingHoursHour,
)
from ._defs.max_voltage import MaxVoltage
from ._defs.notification_type import NotificationType
from ._defs.pagination_links import PaginationLinks
from ._defs.payment_terminal_base import PaymentTerminalBase
from ._defs.personal_smart_charging_preferences_charger_electricity_rate import (
    ChargerElectricityRatePreferences,
    PersonalSmartChargingPreferencesChargerElectricityRate,
)
from ._defs.personal_smart_charging_preferences_nord_pool import (
    ChargingPreferencesNordPoolPreferences,
    PersonalSmartChargingPreferencesNordPool,
)
from ._defs.personal_smart_charging_preferences_octopus_agile import (
    PersonalSmartChargingPreferencesOctopusAgile,
    PreferencesOctopusAgilePreferences,
)
from ._defs.personal_smart_charging_preferences_octopus_go import (
    ChargingPreferencesOctopusGoPreferences,
    PersonalSmartChargingPreferencesOctopusGo,
)
from ._defs.personal_smart_charging_preferences_solar import (
    PersonalSmartChargingPreferencesSolar,
    SmartChargingPreferencesSolarPreferences,
)
from ._defs.personal_smart_charging_preferences_user_controlled_schedule import (
    PersonalSmartChargingPreferencesUserControlledSchedule,
    SchedulePreferencesTrackElectricityCosts,
    UserControlledSchedulePreferences,
)
from ._defs.phase_rotation import PhaseRotation
from ._defs.price import Price
from ._defs.price_breakdown_item import PriceBreakdownItem
from ._defs.session import (
    Session,
    SessionAuthorization,
    SessionChargingPeriod,
    SessionClockAlignedEnergyConsumption,
    SessionPower,
    SessionRoaming,
    SessionTax,
)
from ._defs.smart_charging_disabled import SmartChargingDisabled
from ._defs.smart_charging_dynamic import SmartChargingDynamic
from ._defs.smart_charging_tod import (
    SmartChargingTod,
    SmartChargingTodPeriod,
    SmartChargingTodPeriodElement,
)
from ._defs.smart_charging_user_schedule import SmartChargingUserSchedule
from ._defs.target_charge_exact import TargetChargeExact
from ._defs.target_charge_range import TargetChargeRange
from ._defs.tariff_group import TariffGroup
from ._defs.validation_error_body import ValidationErrorBody
from ._defs.webhook_notification_subscription import WebhookNotificationSubscription
from ._defs.week_day_schedule import WeekDaySchedule

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
