"""All models of the AMPECO.CHARGE Public API (compact) SDK, importable from here.

Each name is imported on first use from the module that defines it, so importing this
package does not build thousands of pydantic classes up front.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._defs.basic_pagination_meta import BasicPaginationMeta as BasicPaginationMeta
    from ._defs.charge_point import ChargePoint as ChargePoint
    from ._defs.charge_point_change_owner_request import (
        ChargePointActionOwner as ChargePointActionOwner,
    )
    from ._defs.charge_point_change_owner_request import (
        ChargePointChangeOwnerRequest as ChargePointChangeOwnerRequest,
    )
    from ._defs.charge_point_charging_profile import (
        ChargePointChargingProfile as ChargePointChargingProfile,
    )
    from ._defs.charge_point_charging_profile import (
        ChargePointChargingProfileSchedulePeriod as ChargePointChargingProfileSchedulePeriod,
    )
    from ._defs.charge_point_configuration import (
        ChargePointConfiguration as ChargePointConfiguration,
    )
    from ._defs.charge_point_configuration import (
        ChargePointConfigurationKey as ChargePointConfigurationKey,
    )
    from ._defs.charge_point_configuration_update_request import (
        ChargePointConfigurationUpdateRequest as ChargePointConfigurationUpdateRequest,
    )
    from ._defs.charge_point_last_boot_notification import (
        ChargePointLastBootNotification as ChargePointLastBootNotification,
    )
    from ._defs.charge_point_page import ChargePointPage as ChargePointPage
    from ._defs.charge_point_reset_response import (
        ChargePointResetResponse as ChargePointResetResponse,
    )
    from ._defs.charge_point_set_charging_profile_request import (
        ChargePointActionChargingSchedule as ChargePointActionChargingSchedule,
    )
    from ._defs.charge_point_set_charging_profile_request import (
        ChargePointActionChargingSchedulePeriod as ChargePointActionChargingSchedulePeriod,
    )
    from ._defs.charge_point_set_charging_profile_request import (
        ChargePointSetChargingProfileRequest as ChargePointSetChargingProfileRequest,
    )
    from ._defs.charge_point_smart_charging import (
        ChargePointSmartCharging as ChargePointSmartCharging,
    )
    from ._defs.charge_point_smart_charging_update_request import (
        ChargePointSmartChargingUpdateRequest as ChargePointSmartChargingUpdateRequest,
    )
    from ._defs.charge_point_update_request import (
        ChargePointMaintenanceWindow as ChargePointMaintenanceWindow,
    )
    from ._defs.charge_point_update_request import (
        ChargePointUpdateRequest as ChargePointUpdateRequest,
    )
    from ._defs.charge_point_update_request import (
        MaintenanceWindowWithFromAndUntilSchema as MaintenanceWindowWithFromAndUntilSchema,
    )
    from ._defs.charge_point_update_request import (
        PointMaintenanceWindowWithFromAndUntil as PointMaintenanceWindowWithFromAndUntil,
    )
    from ._defs.charge_points_listing_filter import (
        ChargePointsListingFilter as ChargePointsListingFilter,
    )
    from ._defs.connected_phase import ConnectedPhase as ConnectedPhase
    from ._defs.cursor_pagination_meta import (
        CursorPaginationMeta as CursorPaginationMeta,
    )
    from ._defs.energy_consumption import EnergyConsumption as EnergyConsumption
    from ._defs.error_body import ErrorBody as ErrorBody
    from ._defs.evse import Evse as Evse
    from ._defs.evse import EvseConnector as EvseConnector
    from ._defs.kafka_notification_subscription import (
        KafkaNotificationSubscription as KafkaNotificationSubscription,
    )
    from ._defs.location import Location as Location
    from ._defs.location import LocationGeoposition as LocationGeoposition
    from ._defs.location import LocationImage as LocationImage
    from ._defs.location import LocationRegion as LocationRegion
    from ._defs.location import LocationWorkingHours as LocationWorkingHours
    from ._defs.location import LocationWorkingHoursHour as LocationWorkingHoursHour
    from ._defs.location_page import LocationPage as LocationPage
    from ._defs.locations_listing_deprecated_page import (
        LocationsListingDeprecatedPage as LocationsListingDeprecatedPage,
    )
    from ._defs.locations_listing_filter import (
        LocationsListingFilter as LocationsListingFilter,
    )
    from ._defs.locations_listing_filter_v1 import (
        LocationsListingFilterV1 as LocationsListingFilterV1,
    )
    from ._defs.max_voltage import MaxVoltage as MaxVoltage
    from ._defs.notification_subscription import (
        NotificationSubscription as NotificationSubscription,
    )
    from ._defs.notification_type import NotificationType as NotificationType
    from ._defs.pagination_links import PaginationLinks as PaginationLinks
    from ._defs.payment_terminal import PaymentTerminal as PaymentTerminal
    from ._defs.payment_terminal import PaymentTerminalAmpeco as PaymentTerminalAmpeco
    from ._defs.payment_terminal import PaymentTerminalCrane as PaymentTerminalCrane
    from ._defs.payment_terminal import PaymentTerminalPayter as PaymentTerminalPayter
    from ._defs.payment_terminal import PaymentTerminalValina as PaymentTerminalValina
    from ._defs.payment_terminal_base import PaymentTerminalBase as PaymentTerminalBase
    from ._defs.personal_smart_charging_preferences import (
        PersonalSmartChargingPreferences as PersonalSmartChargingPreferences,
    )
    from ._defs.personal_smart_charging_preferences import (
        PersonalSmartChargingPreferencesDisabled as PersonalSmartChargingPreferencesDisabled,
    )
    from ._defs.personal_smart_charging_preferences_charger_electricity_rate import (
        ChargerElectricityRatePreferences as ChargerElectricityRatePreferences,
    )
    from ._defs.personal_smart_charging_preferences_charger_electricity_rate import (
        PersonalSmartChargingPreferencesChargerElectricityRate as PersonalSmartChargingPreferencesChargerElectricityRate,
    )
    from ._defs.personal_smart_charging_preferences_enabled import (
        PersonalSmartChargingPreferencesEnabled as PersonalSmartChargingPreferencesEnabled,
    )
    from ._defs.personal_smart_charging_preferences_nord_pool import (
        ChargingPreferencesNordPoolPreferences as ChargingPreferencesNordPoolPreferences,
    )
    from ._defs.personal_smart_charging_preferences_nord_pool import (
        PersonalSmartChargingPreferencesNordPool as PersonalSmartChargingPreferencesNordPool,
    )
    from ._defs.personal_smart_charging_preferences_octopus_agile import (
        PersonalSmartChargingPreferencesOctopusAgile as PersonalSmartChargingPreferencesOctopusAgile,
    )
    from ._defs.personal_smart_charging_preferences_octopus_agile import (
        PreferencesOctopusAgilePreferences as PreferencesOctopusAgilePreferences,
    )
    from ._defs.personal_smart_charging_preferences_octopus_go import (
        ChargingPreferencesOctopusGoPreferences as ChargingPreferencesOctopusGoPreferences,
    )
    from ._defs.personal_smart_charging_preferences_octopus_go import (
        PersonalSmartChargingPreferencesOctopusGo as PersonalSmartChargingPreferencesOctopusGo,
    )
    from ._defs.personal_smart_charging_preferences_solar import (
        PersonalSmartChargingPreferencesSolar as PersonalSmartChargingPreferencesSolar,
    )
    from ._defs.personal_smart_charging_preferences_solar import (
        SmartChargingPreferencesSolarPreferences as SmartChargingPreferencesSolarPreferences,
    )
    from ._defs.personal_smart_charging_preferences_user_controlled_schedule import (
        PersonalSmartChargingPreferencesUserControlledSchedule as PersonalSmartChargingPreferencesUserControlledSchedule,
    )
    from ._defs.personal_smart_charging_preferences_user_controlled_schedule import (
        SchedulePreferencesTrackElectricityCosts as SchedulePreferencesTrackElectricityCosts,
    )
    from ._defs.personal_smart_charging_preferences_user_controlled_schedule import (
        UserControlledSchedulePreferences as UserControlledSchedulePreferences,
    )
    from ._defs.phase_rotation import PhaseRotation as PhaseRotation
    from ._defs.price import Price as Price
    from ._defs.price_breakdown_item import PriceBreakdownItem as PriceBreakdownItem
    from ._defs.session import Session as Session
    from ._defs.session import SessionAuthorization as SessionAuthorization
    from ._defs.session import SessionChargingPeriod as SessionChargingPeriod
    from ._defs.session import (
        SessionClockAlignedEnergyConsumption as SessionClockAlignedEnergyConsumption,
    )
    from ._defs.session import SessionPower as SessionPower
    from ._defs.session import SessionRoaming as SessionRoaming
    from ._defs.session import SessionTax as SessionTax
    from ._defs.session_page import SessionPage as SessionPage
    from ._defs.sessions_listing_filter import (
        SessionsListingFilter as SessionsListingFilter,
    )
    from ._defs.smart_charging_disabled import (
        SmartChargingDisabled as SmartChargingDisabled,
    )
    from ._defs.smart_charging_dynamic import (
        SmartChargingDynamic as SmartChargingDynamic,
    )
    from ._defs.smart_charging_tod import SmartChargingTod as SmartChargingTod
    from ._defs.smart_charging_tod import (
        SmartChargingTodPeriod as SmartChargingTodPeriod,
    )
    from ._defs.smart_charging_tod import (
        SmartChargingTodPeriodElement as SmartChargingTodPeriodElement,
    )
    from ._defs.smart_charging_user_schedule import (
        SmartChargingUserSchedule as SmartChargingUserSchedule,
    )
    from ._defs.target_charge_exact import TargetChargeExact as TargetChargeExact
    from ._defs.target_charge_range import TargetChargeRange as TargetChargeRange
    from ._defs.tariff_group import TariffGroup as TariffGroup
    from ._defs.tariff_group_v1 import TariffGroupV1 as TariffGroupV1
    from ._defs.template_bulk_create_variables_request import (
        TemplateBulkCreateVariablesRequest as TemplateBulkCreateVariablesRequest,
    )
    from ._defs.template_bulk_create_variables_request import (
        VariablesConfigurationVariableForOcpp16 as VariablesConfigurationVariableForOcpp16,
    )
    from ._defs.template_bulk_create_variables_request import (
        VariablesConfigurationVariableForOcpp201 as VariablesConfigurationVariableForOcpp201,
    )
    from ._defs.validation_error_body import ValidationErrorBody as ValidationErrorBody
    from ._defs.webhook_notification_subscription import (
        WebhookNotificationSubscription as WebhookNotificationSubscription,
    )
    from ._defs.week_day_schedule import WeekDaySchedule as WeekDaySchedule
    from .params._shared import (
        ChargePointChargingProfileParam as ChargePointChargingProfileParam,
    )
    from .params._shared import (
        ChargePointChargingProfileSchedulePeriodParam as ChargePointChargingProfileSchedulePeriodParam,
    )
    from .params._shared import (
        ChargePointLastBootNotificationParam as ChargePointLastBootNotificationParam,
    )
    from .params._shared import ChargePointParam as ChargePointParam
    from .params._shared import (
        ChargerElectricityRatePreferencesParam as ChargerElectricityRatePreferencesParam,
    )
    from .params._shared import (
        ChargingPreferencesNordPoolPreferencesParam as ChargingPreferencesNordPoolPreferencesParam,
    )
    from .params._shared import (
        ChargingPreferencesOctopusGoPreferencesParam as ChargingPreferencesOctopusGoPreferencesParam,
    )
    from .params._shared import EvseConnectorParam as EvseConnectorParam
    from .params._shared import EvseParam as EvseParam
    from .params._shared import (
        KafkaNotificationSubscriptionParam as KafkaNotificationSubscriptionParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesChargerElectricityRateParam as PersonalSmartChargingPreferencesChargerElectricityRateParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesNordPoolParam as PersonalSmartChargingPreferencesNordPoolParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesOctopusAgileParam as PersonalSmartChargingPreferencesOctopusAgileParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesOctopusGoParam as PersonalSmartChargingPreferencesOctopusGoParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesSolarParam as PersonalSmartChargingPreferencesSolarParam,
    )
    from .params._shared import (
        PersonalSmartChargingPreferencesUserControlledScheduleParam as PersonalSmartChargingPreferencesUserControlledScheduleParam,
    )
    from .params._shared import (
        PreferencesOctopusAgilePreferencesParam as PreferencesOctopusAgilePreferencesParam,
    )
    from .params._shared import (
        SchedulePreferencesTrackElectricityCostsParam as SchedulePreferencesTrackElectricityCostsParam,
    )
    from .params._shared import SmartChargingDisabledParam as SmartChargingDisabledParam
    from .params._shared import SmartChargingDynamicParam as SmartChargingDynamicParam
    from .params._shared import (
        SmartChargingPreferencesSolarPreferencesParam as SmartChargingPreferencesSolarPreferencesParam,
    )
    from .params._shared import SmartChargingTodParam as SmartChargingTodParam
    from .params._shared import (
        SmartChargingTodPeriodElementParam as SmartChargingTodPeriodElementParam,
    )
    from .params._shared import (
        SmartChargingTodPeriodParam as SmartChargingTodPeriodParam,
    )
    from .params._shared import (
        SmartChargingUserScheduleParam as SmartChargingUserScheduleParam,
    )
    from .params._shared import TargetChargeExactParam as TargetChargeExactParam
    from .params._shared import TargetChargeRangeParam as TargetChargeRangeParam
    from .params._shared import TariffGroupParam as TariffGroupParam
    from .params._shared import (
        UserControlledSchedulePreferencesParam as UserControlledSchedulePreferencesParam,
    )
    from .params._shared import (
        WebhookNotificationSubscriptionParam as WebhookNotificationSubscriptionParam,
    )
    from .params._shared import WeekDayScheduleParam as WeekDayScheduleParam
    from .params.charge_point_actions import (
        ChargePointActionChargingScheduleParam as ChargePointActionChargingScheduleParam,
    )
    from .params.charge_point_actions import (
        ChargePointActionChargingSchedulePeriodParam as ChargePointActionChargingSchedulePeriodParam,
    )
    from .params.charge_point_actions import (
        ChargePointChangeOwnerRequestParam as ChargePointChangeOwnerRequestParam,
    )
    from .params.charge_point_actions import (
        ChargePointSetChargingProfileRequestParam as ChargePointSetChargingProfileRequestParam,
    )
    from .params.charge_points import (
        ChargePointConfigurationUpdateRequestParam as ChargePointConfigurationUpdateRequestParam,
    )
    from .params.charge_points import (
        ChargePointMaintenanceWindowParam as ChargePointMaintenanceWindowParam,
    )
    from .params.charge_points import (
        ChargePointSmartChargingUpdateRequestParam as ChargePointSmartChargingUpdateRequestParam,
    )
    from .params.charge_points import (
        ChargePointUpdateRequestParam as ChargePointUpdateRequestParam,
    )
    from .params.charge_points import (
        ChargePointsListingFilterParam as ChargePointsListingFilterParam,
    )
    from .params.charge_points import (
        MaintenanceWindowWithFromAndUntilSchemaParam as MaintenanceWindowWithFromAndUntilSchemaParam,
    )
    from .params.charge_points import (
        PersonalSmartChargingPreferencesDisabledParam as PersonalSmartChargingPreferencesDisabledParam,
    )
    from .params.charge_points import (
        PersonalSmartChargingPreferencesParam as PersonalSmartChargingPreferencesParam,
    )
    from .params.charge_points import (
        PointMaintenanceWindowWithFromAndUntilParam as PointMaintenanceWindowWithFromAndUntilParam,
    )
    from .params.configuration_template_actions import (
        TemplateBulkCreateVariablesRequestParam as TemplateBulkCreateVariablesRequestParam,
    )
    from .params.configuration_template_actions import (
        VariablesConfigurationVariableForOcpp16Param as VariablesConfigurationVariableForOcpp16Param,
    )
    from .params.configuration_template_actions import (
        VariablesConfigurationVariableForOcpp201Param as VariablesConfigurationVariableForOcpp201Param,
    )
    from .params.locations import (
        LocationsListingFilterParam as LocationsListingFilterParam,
    )
    from .params.locations import (
        LocationsListingFilterV1Param as LocationsListingFilterV1Param,
    )
    from .params.notifications import (
        NotificationSubscriptionParam as NotificationSubscriptionParam,
    )
    from .params.payment_terminals import (
        PaymentTerminalAmpecoParam as PaymentTerminalAmpecoParam,
    )
    from .params.payment_terminals import (
        PaymentTerminalCraneParam as PaymentTerminalCraneParam,
    )
    from .params.payment_terminals import PaymentTerminalParam as PaymentTerminalParam
    from .params.payment_terminals import (
        PaymentTerminalPayterParam as PaymentTerminalPayterParam,
    )
    from .params.payment_terminals import (
        PaymentTerminalValinaParam as PaymentTerminalValinaParam,
    )
    from .params.sessions import (
        SessionsListingFilterParam as SessionsListingFilterParam,
    )

_MODULE_OF: dict[str, str] = {
    "BasicPaginationMeta": "_defs.basic_pagination_meta",
    "ChargePoint": "_defs.charge_point",
    "ChargePointActionOwner": "_defs.charge_point_change_owner_request",
    "ChargePointChangeOwnerRequest": "_defs.charge_point_change_owner_request",
    "ChargePointChargingProfile": "_defs.charge_point_charging_profile",
    "ChargePointChargingProfileSchedulePeriod": "_defs.charge_point_charging_profile",
    "ChargePointConfiguration": "_defs.charge_point_configuration",
    "ChargePointConfigurationKey": "_defs.charge_point_configuration",
    "ChargePointConfigurationUpdateRequest": "_defs.charge_point_configuration_update_request",
    "ChargePointLastBootNotification": "_defs.charge_point_last_boot_notification",
    "ChargePointPage": "_defs.charge_point_page",
    "ChargePointResetResponse": "_defs.charge_point_reset_response",
    "ChargePointActionChargingSchedule": "_defs.charge_point_set_charging_profile_request",
    "ChargePointActionChargingSchedulePeriod": "_defs.charge_point_set_charging_profile_request",
    "ChargePointSetChargingProfileRequest": "_defs.charge_point_set_charging_profile_request",
    "ChargePointSmartCharging": "_defs.charge_point_smart_charging",
    "ChargePointSmartChargingUpdateRequest": "_defs.charge_point_smart_charging_update_request",
    "ChargePointMaintenanceWindow": "_defs.charge_point_update_request",
    "ChargePointUpdateRequest": "_defs.charge_point_update_request",
    "MaintenanceWindowWithFromAndUntilSchema": "_defs.charge_point_update_request",
    "PointMaintenanceWindowWithFromAndUntil": "_defs.charge_point_update_request",
    "ChargePointsListingFilter": "_defs.charge_points_listing_filter",
    "ConnectedPhase": "_defs.connected_phase",
    "CursorPaginationMeta": "_defs.cursor_pagination_meta",
    "EnergyConsumption": "_defs.energy_consumption",
    "ErrorBody": "_defs.error_body",
    "Evse": "_defs.evse",
    "EvseConnector": "_defs.evse",
    "KafkaNotificationSubscription": "_defs.kafka_notification_subscription",
    "Location": "_defs.location",
    "LocationGeoposition": "_defs.location",
    "LocationImage": "_defs.location",
    "LocationRegion": "_defs.location",
    "LocationWorkingHours": "_defs.location",
    "LocationWorkingHoursHour": "_defs.location",
    "LocationPage": "_defs.location_page",
    "LocationsListingDeprecatedPage": "_defs.locations_listing_deprecated_page",
    "LocationsListingFilter": "_defs.locations_listing_filter",
    "LocationsListingFilterV1": "_defs.locations_listing_filter_v1",
    "MaxVoltage": "_defs.max_voltage",
    "NotificationSubscription": "_defs.notification_subscription",
    "NotificationType": "_defs.notification_type",
    "PaginationLinks": "_defs.pagination_links",
    "PaymentTerminal": "_defs.payment_terminal",
    "PaymentTerminalAmpeco": "_defs.payment_terminal",
    "PaymentTerminalCrane": "_defs.payment_terminal",
    "PaymentTerminalPayter": "_defs.payment_terminal",
    "PaymentTerminalValina": "_defs.payment_terminal",
    "PaymentTerminalBase": "_defs.payment_terminal_base",
    "PersonalSmartChargingPreferences": "_defs.personal_smart_charging_preferences",
    "PersonalSmartChargingPreferencesDisabled": "_defs.personal_smart_charging_preferences",
    "ChargerElectricityRatePreferences": "_defs.personal_smart_charging_preferences_charger_electricity_rate",
    "PersonalSmartChargingPreferencesChargerElectricityRate": "_defs.personal_smart_charging_preferences_charger_electricity_rate",
    "PersonalSmartChargingPreferencesEnabled": "_defs.personal_smart_charging_preferences_enabled",
    "ChargingPreferencesNordPoolPreferences": "_defs.personal_smart_charging_preferences_nord_pool",
    "PersonalSmartChargingPreferencesNordPool": "_defs.personal_smart_charging_preferences_nord_pool",
    "PersonalSmartChargingPreferencesOctopusAgile": "_defs.personal_smart_charging_preferences_octopus_agile",
    "PreferencesOctopusAgilePreferences": "_defs.personal_smart_charging_preferences_octopus_agile",
    "ChargingPreferencesOctopusGoPreferences": "_defs.personal_smart_charging_preferences_octopus_go",
    "PersonalSmartChargingPreferencesOctopusGo": "_defs.personal_smart_charging_preferences_octopus_go",
    "PersonalSmartChargingPreferencesSolar": "_defs.personal_smart_charging_preferences_solar",
    "SmartChargingPreferencesSolarPreferences": "_defs.personal_smart_charging_preferences_solar",
    "PersonalSmartChargingPreferencesUserControlledSchedule": "_defs.personal_smart_charging_preferences_user_controlled_schedule",
    "SchedulePreferencesTrackElectricityCosts": "_defs.personal_smart_charging_preferences_user_controlled_schedule",
    "UserControlledSchedulePreferences": "_defs.personal_smart_charging_preferences_user_controlled_schedule",
    "PhaseRotation": "_defs.phase_rotation",
    "Price": "_defs.price",
    "PriceBreakdownItem": "_defs.price_breakdown_item",
    "Session": "_defs.session",
    "SessionAuthorization": "_defs.session",
    "SessionChargingPeriod": "_defs.session",
    "SessionClockAlignedEnergyConsumption": "_defs.session",
    "SessionPower": "_defs.session",
    "SessionRoaming": "_defs.session",
    "SessionTax": "_defs.session",
    "SessionPage": "_defs.session_page",
    "SessionsListingFilter": "_defs.sessions_listing_filter",
    "SmartChargingDisabled": "_defs.smart_charging_disabled",
    "SmartChargingDynamic": "_defs.smart_charging_dynamic",
    "SmartChargingTod": "_defs.smart_charging_tod",
    "SmartChargingTodPeriod": "_defs.smart_charging_tod",
    "SmartChargingTodPeriodElement": "_defs.smart_charging_tod",
    "SmartChargingUserSchedule": "_defs.smart_charging_user_schedule",
    "TargetChargeExact": "_defs.target_charge_exact",
    "TargetChargeRange": "_defs.target_charge_range",
    "TariffGroup": "_defs.tariff_group",
    "TariffGroupV1": "_defs.tariff_group_v1",
    "TemplateBulkCreateVariablesRequest": "_defs.template_bulk_create_variables_request",
    "VariablesConfigurationVariableForOcpp16": "_defs.template_bulk_create_variables_request",
    "VariablesConfigurationVariableForOcpp201": "_defs.template_bulk_create_variables_request",
    "ValidationErrorBody": "_defs.validation_error_body",
    "WebhookNotificationSubscription": "_defs.webhook_notification_subscription",
    "WeekDaySchedule": "_defs.week_day_schedule",
    "ChargePointChargingProfileParam": "params._shared",
    "ChargePointChargingProfileSchedulePeriodParam": "params._shared",
    "ChargePointLastBootNotificationParam": "params._shared",
    "ChargePointParam": "params._shared",
    "ChargerElectricityRatePreferencesParam": "params._shared",
    "ChargingPreferencesNordPoolPreferencesParam": "params._shared",
    "ChargingPreferencesOctopusGoPreferencesParam": "params._shared",
    "EvseConnectorParam": "params._shared",
    "EvseParam": "params._shared",
    "KafkaNotificationSubscriptionParam": "params._shared",
    "PersonalSmartChargingPreferencesChargerElectricityRateParam": "params._shared",
    "PersonalSmartChargingPreferencesNordPoolParam": "params._shared",
    "PersonalSmartChargingPreferencesOctopusAgileParam": "params._shared",
    "PersonalSmartChargingPreferencesOctopusGoParam": "params._shared",
    "PersonalSmartChargingPreferencesSolarParam": "params._shared",
    "PersonalSmartChargingPreferencesUserControlledScheduleParam": "params._shared",
    "PreferencesOctopusAgilePreferencesParam": "params._shared",
    "SchedulePreferencesTrackElectricityCostsParam": "params._shared",
    "SmartChargingDisabledParam": "params._shared",
    "SmartChargingDynamicParam": "params._shared",
    "SmartChargingPreferencesSolarPreferencesParam": "params._shared",
    "SmartChargingTodParam": "params._shared",
    "SmartChargingTodPeriodElementParam": "params._shared",
    "SmartChargingTodPeriodParam": "params._shared",
    "SmartChargingUserScheduleParam": "params._shared",
    "TargetChargeExactParam": "params._shared",
    "TargetChargeRangeParam": "params._shared",
    "TariffGroupParam": "params._shared",
    "UserControlledSchedulePreferencesParam": "params._shared",
    "WebhookNotificationSubscriptionParam": "params._shared",
    "WeekDayScheduleParam": "params._shared",
    "ChargePointActionChargingScheduleParam": "params.charge_point_actions",
    "ChargePointActionChargingSchedulePeriodParam": "params.charge_point_actions",
    "ChargePointChangeOwnerRequestParam": "params.charge_point_actions",
    "ChargePointSetChargingProfileRequestParam": "params.charge_point_actions",
    "ChargePointConfigurationUpdateRequestParam": "params.charge_points",
    "ChargePointMaintenanceWindowParam": "params.charge_points",
    "ChargePointSmartChargingUpdateRequestParam": "params.charge_points",
    "ChargePointUpdateRequestParam": "params.charge_points",
    "ChargePointsListingFilterParam": "params.charge_points",
    "MaintenanceWindowWithFromAndUntilSchemaParam": "params.charge_points",
    "PersonalSmartChargingPreferencesDisabledParam": "params.charge_points",
    "PersonalSmartChargingPreferencesParam": "params.charge_points",
    "PointMaintenanceWindowWithFromAndUntilParam": "params.charge_points",
    "TemplateBulkCreateVariablesRequestParam": "params.configuration_template_actions",
    "VariablesConfigurationVariableForOcpp16Param": "params.configuration_template_actions",
    "VariablesConfigurationVariableForOcpp201Param": "params.configuration_template_actions",
    "LocationsListingFilterParam": "params.locations",
    "LocationsListingFilterV1Param": "params.locations",
    "NotificationSubscriptionParam": "params.notifications",
    "PaymentTerminalAmpecoParam": "params.payment_terminals",
    "PaymentTerminalCraneParam": "params.payment_terminals",
    "PaymentTerminalParam": "params.payment_terminals",
    "PaymentTerminalPayterParam": "params.payment_terminals",
    "PaymentTerminalValinaParam": "params.payment_terminals",
    "SessionsListingFilterParam": "params.sessions",
}

__all__: list[str] = [
    "BasicPaginationMeta",
    "ChargePoint",
    "ChargePointActionChargingSchedule",
    "ChargePointActionChargingScheduleParam",
    "ChargePointActionChargingSchedulePeriod",
    "ChargePointActionChargingSchedulePeriodParam",
    "ChargePointActionOwner",
    "ChargePointChangeOwnerRequest",
    "ChargePointChangeOwnerRequestParam",
    "ChargePointChargingProfile",
    "ChargePointChargingProfileParam",
    "ChargePointChargingProfileSchedulePeriod",
    "ChargePointChargingProfileSchedulePeriodParam",
    "ChargePointConfiguration",
    "ChargePointConfigurationKey",
    "ChargePointConfigurationUpdateRequest",
    "ChargePointConfigurationUpdateRequestParam",
    "ChargePointLastBootNotification",
    "ChargePointLastBootNotificationParam",
    "ChargePointMaintenanceWindow",
    "ChargePointMaintenanceWindowParam",
    "ChargePointPage",
    "ChargePointParam",
    "ChargePointResetResponse",
    "ChargePointSetChargingProfileRequest",
    "ChargePointSetChargingProfileRequestParam",
    "ChargePointSmartCharging",
    "ChargePointSmartChargingUpdateRequest",
    "ChargePointSmartChargingUpdateRequestParam",
    "ChargePointUpdateRequest",
    "ChargePointUpdateRequestParam",
    "ChargePointsListingFilter",
    "ChargePointsListingFilterParam",
    "ChargerElectricityRatePreferences",
    "ChargerElectricityRatePreferencesParam",
    "ChargingPreferencesNordPoolPreferences",
    "ChargingPreferencesNordPoolPreferencesParam",
    "ChargingPreferencesOctopusGoPreferences",
    "ChargingPreferencesOctopusGoPreferencesParam",
    "ConnectedPhase",
    "CursorPaginationMeta",
    "EnergyConsumption",
    "ErrorBody",
    "Evse",
    "EvseConnector",
    "EvseConnectorParam",
    "EvseParam",
    "KafkaNotificationSubscription",
    "KafkaNotificationSubscriptionParam",
    "Location",
    "LocationGeoposition",
    "LocationImage",
    "LocationPage",
    "LocationRegion",
    "LocationWorkingHours",
    "LocationWorkingHoursHour",
    "LocationsListingDeprecatedPage",
    "LocationsListingFilter",
    "LocationsListingFilterParam",
    "LocationsListingFilterV1",
    "LocationsListingFilterV1Param",
    "MaintenanceWindowWithFromAndUntilSchema",
    "MaintenanceWindowWithFromAndUntilSchemaParam",
    "MaxVoltage",
    "NotificationSubscription",
    "NotificationSubscriptionParam",
    "NotificationType",
    "PaginationLinks",
    "PaymentTerminal",
    "PaymentTerminalAmpeco",
    "PaymentTerminalAmpecoParam",
    "PaymentTerminalBase",
    "PaymentTerminalCrane",
    "PaymentTerminalCraneParam",
    "PaymentTerminalParam",
    "PaymentTerminalPayter",
    "PaymentTerminalPayterParam",
    "PaymentTerminalValina",
    "PaymentTerminalValinaParam",
    "PersonalSmartChargingPreferences",
    "PersonalSmartChargingPreferencesChargerElectricityRate",
    "PersonalSmartChargingPreferencesChargerElectricityRateParam",
    "PersonalSmartChargingPreferencesDisabled",
    "PersonalSmartChargingPreferencesDisabledParam",
    "PersonalSmartChargingPreferencesEnabled",
    "PersonalSmartChargingPreferencesNordPool",
    "PersonalSmartChargingPreferencesNordPoolParam",
    "PersonalSmartChargingPreferencesOctopusAgile",
    "PersonalSmartChargingPreferencesOctopusAgileParam",
    "PersonalSmartChargingPreferencesOctopusGo",
    "PersonalSmartChargingPreferencesOctopusGoParam",
    "PersonalSmartChargingPreferencesParam",
    "PersonalSmartChargingPreferencesSolar",
    "PersonalSmartChargingPreferencesSolarParam",
    "PersonalSmartChargingPreferencesUserControlledSchedule",
    "PersonalSmartChargingPreferencesUserControlledScheduleParam",
    "PhaseRotation",
    "PointMaintenanceWindowWithFromAndUntil",
    "PointMaintenanceWindowWithFromAndUntilParam",
    "PreferencesOctopusAgilePreferences",
    "PreferencesOctopusAgilePreferencesParam",
    "Price",
    "PriceBreakdownItem",
    "SchedulePreferencesTrackElectricityCosts",
    "SchedulePreferencesTrackElectricityCostsParam",
    "Session",
    "SessionAuthorization",
    "SessionChargingPeriod",
    "SessionClockAlignedEnergyConsumption",
    "SessionPage",
    "SessionPower",
    "SessionRoaming",
    "SessionTax",
    "SessionsListingFilter",
    "SessionsListingFilterParam",
    "SmartChargingDisabled",
    "SmartChargingDisabledParam",
    "SmartChargingDynamic",
    "SmartChargingDynamicParam",
    "SmartChargingPreferencesSolarPreferences",
    "SmartChargingPreferencesSolarPreferencesParam",
    "SmartChargingTod",
    "SmartChargingTodParam",
    "SmartChargingTodPeriod",
    "SmartChargingTodPeriodElement",
    "SmartChargingTodPeriodElementParam",
    "SmartChargingTodPeriodParam",
    "SmartChargingUserSchedule",
    "SmartChargingUserScheduleParam",
    "TargetChargeExact",
    "TargetChargeExactParam",
    "TargetChargeRange",
    "TargetChargeRangeParam",
    "TariffGroup",
    "TariffGroupParam",
    "TariffGroupV1",
    "TemplateBulkCreateVariablesRequest",
    "TemplateBulkCreateVariablesRequestParam",
    "UserControlledSchedulePreferences",
    "UserControlledSchedulePreferencesParam",
    "ValidationErrorBody",
    "VariablesConfigurationVariableForOcpp16",
    "VariablesConfigurationVariableForOcpp16Param",
    "VariablesConfigurationVariableForOcpp201",
    "VariablesConfigurationVariableForOcpp201Param",
    "WebhookNotificationSubscription",
    "WebhookNotificationSubscriptionParam",
    "WeekDaySchedule",
    "WeekDayScheduleParam",
]


# at run time only: to a type checker, a module `__getattr__` makes every name it does not know
# `Any`; it sees the imports above instead
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return __all__
