"""All models of the AMPECO.CHARGE Public API (compact) SDK, importable from here.

Each name is imported on first use from the module that defines it, so importing this
package does not build thousands of pydantic classes up front.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._shared import BasicPaginationMeta as BasicPaginationMeta
    from ._shared import ChargePoint as ChargePoint
    from ._shared import ChargePointChargingProfile as ChargePointChargingProfile
    from ._shared import (
        ChargePointChargingProfileSchedulePeriod as ChargePointChargingProfileSchedulePeriod,
    )
    from ._shared import (
        ChargePointLastBootNotification as ChargePointLastBootNotification,
    )
    from ._shared import (
        ChargerElectricityRatePreferences as ChargerElectricityRatePreferences,
    )
    from ._shared import (
        ChargingPreferencesNordPoolPreferences as ChargingPreferencesNordPoolPreferences,
    )
    from ._shared import (
        ChargingPreferencesOctopusGoPreferences as ChargingPreferencesOctopusGoPreferences,
    )
    from ._shared import ConnectedPhase as ConnectedPhase
    from ._shared import CursorPaginationMeta as CursorPaginationMeta
    from ._shared import EnergyConsumption as EnergyConsumption
    from ._shared import ErrorBody as ErrorBody
    from ._shared import Evse as Evse
    from ._shared import EvseConnector as EvseConnector
    from ._shared import KafkaNotificationSubscription as KafkaNotificationSubscription
    from ._shared import Location as Location
    from ._shared import LocationGeoposition as LocationGeoposition
    from ._shared import LocationImage as LocationImage
    from ._shared import LocationRegion as LocationRegion
    from ._shared import LocationWorkingHours as LocationWorkingHours
    from ._shared import LocationWorkingHoursHour as LocationWorkingHoursHour
    from ._shared import MaxVoltage as MaxVoltage
    from ._shared import NotificationType as NotificationType
    from ._shared import PaginationLinks as PaginationLinks
    from ._shared import PaymentTerminalBase as PaymentTerminalBase
    from ._shared import (
        PersonalSmartChargingPreferencesChargerElectricityRate as PersonalSmartChargingPreferencesChargerElectricityRate,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesNordPool as PersonalSmartChargingPreferencesNordPool,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusAgile as PersonalSmartChargingPreferencesOctopusAgile,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusGo as PersonalSmartChargingPreferencesOctopusGo,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesSolar as PersonalSmartChargingPreferencesSolar,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesUserControlledSchedule as PersonalSmartChargingPreferencesUserControlledSchedule,
    )
    from ._shared import PhaseRotation as PhaseRotation
    from ._shared import (
        PreferencesOctopusAgilePreferences as PreferencesOctopusAgilePreferences,
    )
    from ._shared import Price as Price
    from ._shared import PriceBreakdownItem as PriceBreakdownItem
    from ._shared import (
        SchedulePreferencesTrackElectricityCosts as SchedulePreferencesTrackElectricityCosts,
    )
    from ._shared import Session as Session
    from ._shared import SessionAuthorization as SessionAuthorization
    from ._shared import SessionChargingPeriod as SessionChargingPeriod
    from ._shared import (
        SessionClockAlignedEnergyConsumption as SessionClockAlignedEnergyConsumption,
    )
    from ._shared import SessionPower as SessionPower
    from ._shared import SessionRoaming as SessionRoaming
    from ._shared import SessionTax as SessionTax
    from ._shared import SmartChargingDisabled as SmartChargingDisabled
    from ._shared import SmartChargingDynamic as SmartChargingDynamic
    from ._shared import (
        SmartChargingPreferencesSolarPreferences as SmartChargingPreferencesSolarPreferences,
    )
    from ._shared import SmartChargingTod as SmartChargingTod
    from ._shared import SmartChargingTodPeriod as SmartChargingTodPeriod
    from ._shared import SmartChargingTodPeriodElement as SmartChargingTodPeriodElement
    from ._shared import SmartChargingUserSchedule as SmartChargingUserSchedule
    from ._shared import TargetChargeExact as TargetChargeExact
    from ._shared import TargetChargeRange as TargetChargeRange
    from ._shared import TariffGroup as TariffGroup
    from ._shared import (
        UserControlledSchedulePreferences as UserControlledSchedulePreferences,
    )
    from ._shared import ValidationErrorBody as ValidationErrorBody
    from ._shared import (
        WebhookNotificationSubscription as WebhookNotificationSubscription,
    )
    from ._shared import WeekDaySchedule as WeekDaySchedule
    from .charge_point_actions import (
        ChargePointActionChargingSchedule as ChargePointActionChargingSchedule,
    )
    from .charge_point_actions import (
        ChargePointActionChargingSchedulePeriod as ChargePointActionChargingSchedulePeriod,
    )
    from .charge_point_actions import ChargePointActionOwner as ChargePointActionOwner
    from .charge_point_actions import (
        ChargePointChangeOwnerRequest as ChargePointChangeOwnerRequest,
    )
    from .charge_point_actions import (
        ChargePointResetResponse as ChargePointResetResponse,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequest as ChargePointSetChargingProfileRequest,
    )
    from .charge_points import ChargePointConfiguration as ChargePointConfiguration
    from .charge_points import (
        ChargePointConfigurationKey as ChargePointConfigurationKey,
    )
    from .charge_points import (
        ChargePointConfigurationUpdateRequest as ChargePointConfigurationUpdateRequest,
    )
    from .charge_points import (
        ChargePointMaintenanceWindow as ChargePointMaintenanceWindow,
    )
    from .charge_points import ChargePointPage as ChargePointPage
    from .charge_points import ChargePointSmartCharging as ChargePointSmartCharging
    from .charge_points import (
        ChargePointSmartChargingUpdateRequest as ChargePointSmartChargingUpdateRequest,
    )
    from .charge_points import ChargePointUpdateRequest as ChargePointUpdateRequest
    from .charge_points import ChargePointsListingFilter as ChargePointsListingFilter
    from .charge_points import (
        MaintenanceWindowWithFromAndUntilSchema as MaintenanceWindowWithFromAndUntilSchema,
    )
    from .charge_points import (
        PersonalSmartChargingPreferences as PersonalSmartChargingPreferences,
    )
    from .charge_points import (
        PersonalSmartChargingPreferencesDisabled as PersonalSmartChargingPreferencesDisabled,
    )
    from .charge_points import (
        PersonalSmartChargingPreferencesEnabled as PersonalSmartChargingPreferencesEnabled,
    )
    from .charge_points import (
        PointMaintenanceWindowWithFromAndUntil as PointMaintenanceWindowWithFromAndUntil,
    )
    from .configuration_template_actions import (
        TemplateBulkCreateVariablesRequest as TemplateBulkCreateVariablesRequest,
    )
    from .configuration_template_actions import (
        VariablesConfigurationVariableForOcpp16 as VariablesConfigurationVariableForOcpp16,
    )
    from .configuration_template_actions import (
        VariablesConfigurationVariableForOcpp201 as VariablesConfigurationVariableForOcpp201,
    )
    from .locations import LocationPage as LocationPage
    from .locations import (
        LocationsListingDeprecatedPage as LocationsListingDeprecatedPage,
    )
    from .locations import LocationsListingFilter as LocationsListingFilter
    from .locations import LocationsListingFilterV1 as LocationsListingFilterV1
    from .notifications import NotificationSubscription as NotificationSubscription
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
    from .payment_terminals import PaymentTerminal as PaymentTerminal
    from .payment_terminals import PaymentTerminalAmpeco as PaymentTerminalAmpeco
    from .payment_terminals import PaymentTerminalCrane as PaymentTerminalCrane
    from .payment_terminals import PaymentTerminalPayter as PaymentTerminalPayter
    from .payment_terminals import PaymentTerminalValina as PaymentTerminalValina
    from .sessions import SessionPage as SessionPage
    from .sessions import SessionsListingFilter as SessionsListingFilter
    from .tariff_groups import TariffGroupV1 as TariffGroupV1

_MODULE_OF: dict[str, str] = {
    "BasicPaginationMeta": "_shared",
    "ChargePoint": "_shared",
    "ChargePointChargingProfile": "_shared",
    "ChargePointChargingProfileSchedulePeriod": "_shared",
    "ChargePointLastBootNotification": "_shared",
    "ChargerElectricityRatePreferences": "_shared",
    "ChargingPreferencesNordPoolPreferences": "_shared",
    "ChargingPreferencesOctopusGoPreferences": "_shared",
    "ConnectedPhase": "_shared",
    "CursorPaginationMeta": "_shared",
    "EnergyConsumption": "_shared",
    "ErrorBody": "_shared",
    "Evse": "_shared",
    "EvseConnector": "_shared",
    "KafkaNotificationSubscription": "_shared",
    "Location": "_shared",
    "LocationGeoposition": "_shared",
    "LocationImage": "_shared",
    "LocationRegion": "_shared",
    "LocationWorkingHours": "_shared",
    "LocationWorkingHoursHour": "_shared",
    "MaxVoltage": "_shared",
    "NotificationType": "_shared",
    "PaginationLinks": "_shared",
    "PaymentTerminalBase": "_shared",
    "PersonalSmartChargingPreferencesChargerElectricityRate": "_shared",
    "PersonalSmartChargingPreferencesNordPool": "_shared",
    "PersonalSmartChargingPreferencesOctopusAgile": "_shared",
    "PersonalSmartChargingPreferencesOctopusGo": "_shared",
    "PersonalSmartChargingPreferencesSolar": "_shared",
    "PersonalSmartChargingPreferencesUserControlledSchedule": "_shared",
    "PhaseRotation": "_shared",
    "PreferencesOctopusAgilePreferences": "_shared",
    "Price": "_shared",
    "PriceBreakdownItem": "_shared",
    "SchedulePreferencesTrackElectricityCosts": "_shared",
    "Session": "_shared",
    "SessionAuthorization": "_shared",
    "SessionChargingPeriod": "_shared",
    "SessionClockAlignedEnergyConsumption": "_shared",
    "SessionPower": "_shared",
    "SessionRoaming": "_shared",
    "SessionTax": "_shared",
    "SmartChargingDisabled": "_shared",
    "SmartChargingDynamic": "_shared",
    "SmartChargingPreferencesSolarPreferences": "_shared",
    "SmartChargingTod": "_shared",
    "SmartChargingTodPeriod": "_shared",
    "SmartChargingTodPeriodElement": "_shared",
    "SmartChargingUserSchedule": "_shared",
    "TargetChargeExact": "_shared",
    "TargetChargeRange": "_shared",
    "TariffGroup": "_shared",
    "UserControlledSchedulePreferences": "_shared",
    "ValidationErrorBody": "_shared",
    "WebhookNotificationSubscription": "_shared",
    "WeekDaySchedule": "_shared",
    "ChargePointActionChargingSchedule": "charge_point_actions",
    "ChargePointActionChargingSchedulePeriod": "charge_point_actions",
    "ChargePointActionOwner": "charge_point_actions",
    "ChargePointChangeOwnerRequest": "charge_point_actions",
    "ChargePointResetResponse": "charge_point_actions",
    "ChargePointSetChargingProfileRequest": "charge_point_actions",
    "ChargePointConfiguration": "charge_points",
    "ChargePointConfigurationKey": "charge_points",
    "ChargePointConfigurationUpdateRequest": "charge_points",
    "ChargePointMaintenanceWindow": "charge_points",
    "ChargePointPage": "charge_points",
    "ChargePointSmartCharging": "charge_points",
    "ChargePointSmartChargingUpdateRequest": "charge_points",
    "ChargePointUpdateRequest": "charge_points",
    "ChargePointsListingFilter": "charge_points",
    "MaintenanceWindowWithFromAndUntilSchema": "charge_points",
    "PersonalSmartChargingPreferences": "charge_points",
    "PersonalSmartChargingPreferencesDisabled": "charge_points",
    "PersonalSmartChargingPreferencesEnabled": "charge_points",
    "PointMaintenanceWindowWithFromAndUntil": "charge_points",
    "TemplateBulkCreateVariablesRequest": "configuration_template_actions",
    "VariablesConfigurationVariableForOcpp16": "configuration_template_actions",
    "VariablesConfigurationVariableForOcpp201": "configuration_template_actions",
    "LocationPage": "locations",
    "LocationsListingDeprecatedPage": "locations",
    "LocationsListingFilter": "locations",
    "LocationsListingFilterV1": "locations",
    "NotificationSubscription": "notifications",
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
    "PaymentTerminal": "payment_terminals",
    "PaymentTerminalAmpeco": "payment_terminals",
    "PaymentTerminalCrane": "payment_terminals",
    "PaymentTerminalPayter": "payment_terminals",
    "PaymentTerminalValina": "payment_terminals",
    "SessionPage": "sessions",
    "SessionsListingFilter": "sessions",
    "TariffGroupV1": "tariff_groups",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
