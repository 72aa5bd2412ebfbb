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
    from ._shared import ChargePointAccessType as ChargePointAccessType
    from ._shared import ChargePointCapabilitiesItem as ChargePointCapabilitiesItem
    from ._shared import ChargePointChargingProfile as ChargePointChargingProfile
    from ._shared import (
        ChargePointChargingProfileChargingRateUnit as ChargePointChargingProfileChargingRateUnit,
    )
    from ._shared import (
        ChargePointChargingProfilePurpose as ChargePointChargingProfilePurpose,
    )
    from ._shared import (
        ChargePointChargingProfileSchedulePeriodsItem as ChargePointChargingProfileSchedulePeriodsItem,
    )
    from ._shared import (
        ChargePointDesiredSecurityProfileStatus as ChargePointDesiredSecurityProfileStatus,
    )
    from ._shared import (
        ChargePointLastBootNotification as ChargePointLastBootNotification,
    )
    from ._shared import ChargePointNetworkProtocol as ChargePointNetworkProtocol
    from ._shared import ChargePointNetworkStatus as ChargePointNetworkStatus
    from ._shared import ChargePointPartnerAccessType as ChargePointPartnerAccessType
    from ._shared import (
        ChargePointReadNotFoundResponse as ChargePointReadNotFoundResponse,
    )
    from ._shared import ChargePointStatus as ChargePointStatus
    from ._shared import (
        ChargePointsListingForbiddenResponse as ChargePointsListingForbiddenResponse,
    )
    from ._shared import (
        ChargePointsListingTooManyRequestsResponse as ChargePointsListingTooManyRequestsResponse,
    )
    from ._shared import (
        ChargePointsListingUnauthorizedResponse as ChargePointsListingUnauthorizedResponse,
    )
    from ._shared import (
        ChargePointsListingUnprocessableEntityResponse as ChargePointsListingUnprocessableEntityResponse,
    )
    from ._shared import ConnectedPhase as ConnectedPhase
    from ._shared import CursorPaginationMeta as CursorPaginationMeta
    from ._shared import EnergyConsumption as EnergyConsumption
    from ._shared import Evse as Evse
    from ._shared import EvseConnectorsItem as EvseConnectorsItem
    from ._shared import EvseConnectorsItemFormat as EvseConnectorsItemFormat
    from ._shared import EvseConnectorsItemStatus as EvseConnectorsItemStatus
    from ._shared import EvseConnectorsItemType as EvseConnectorsItemType
    from ._shared import EvseCurrentType as EvseCurrentType
    from ._shared import EvseHardwareStatus as EvseHardwareStatus
    from ._shared import EvseStatus as EvseStatus
    from ._shared import KafkaNotificationSubscription as KafkaNotificationSubscription
    from ._shared import (
        KafkaNotificationSubscriptionCompressionCodec as KafkaNotificationSubscriptionCompressionCodec,
    )
    from ._shared import (
        KafkaNotificationSubscriptionSaslMechanism as KafkaNotificationSubscriptionSaslMechanism,
    )
    from ._shared import Location as Location
    from ._shared import LocationCountry as LocationCountry
    from ._shared import LocationGeoposition as LocationGeoposition
    from ._shared import LocationImagesItem as LocationImagesItem
    from ._shared import LocationLocationImage as LocationLocationImage
    from ._shared import LocationRegion as LocationRegion
    from ._shared import LocationRegionAustralianState as LocationRegionAustralianState
    from ._shared import LocationRegionUsState as LocationRegionUsState
    from ._shared import LocationStatus as LocationStatus
    from ._shared import LocationWorkingHours as LocationWorkingHours
    from ._shared import (
        LocationWorkingHoursHoursValueItem as LocationWorkingHoursHoursValueItem,
    )
    from ._shared import MaxVoltage as MaxVoltage
    from ._shared import NotificationType as NotificationType
    from ._shared import PaginationLinks as PaginationLinks
    from ._shared import PaymentTerminalBase as PaymentTerminalBase
    from ._shared import (
        PaymentTerminalBaseTerminalType as PaymentTerminalBaseTerminalType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesChargerElectricityRate as PersonalSmartChargingPreferencesChargerElectricityRate,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesChargerElectricityRatePreferences as PersonalSmartChargingPreferencesChargerElectricityRatePreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesChargerElectricityRateType as PersonalSmartChargingPreferencesChargerElectricityRateType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesNordPool as PersonalSmartChargingPreferencesNordPool,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesNordPoolPreferences as PersonalSmartChargingPreferencesNordPoolPreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesNordPoolPreferencesLocation as PersonalSmartChargingPreferencesNordPoolPreferencesLocation,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesNordPoolType as PersonalSmartChargingPreferencesNordPoolType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusAgile as PersonalSmartChargingPreferencesOctopusAgile,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusAgilePreferences as PersonalSmartChargingPreferencesOctopusAgilePreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusAgileType as PersonalSmartChargingPreferencesOctopusAgileType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusGo as PersonalSmartChargingPreferencesOctopusGo,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusGoPreferences as PersonalSmartChargingPreferencesOctopusGoPreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesOctopusGoType as PersonalSmartChargingPreferencesOctopusGoType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesSolar as PersonalSmartChargingPreferencesSolar,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesSolarPreferences as PersonalSmartChargingPreferencesSolarPreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesSolarType as PersonalSmartChargingPreferencesSolarType,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesUserControlledSchedule as PersonalSmartChargingPreferencesUserControlledSchedule,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesUserControlledSchedulePreferences as PersonalSmartChargingPreferencesUserControlledSchedulePreferences,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts as PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts,
    )
    from ._shared import (
        PersonalSmartChargingPreferencesUserControlledScheduleType as PersonalSmartChargingPreferencesUserControlledScheduleType,
    )
    from ._shared import PhaseRotation as PhaseRotation
    from ._shared import Price as Price
    from ._shared import PriceBreakdownItem as PriceBreakdownItem
    from ._shared import PriceBreakdownItemType as PriceBreakdownItemType
    from ._shared import PriceBreakdownItemUnit as PriceBreakdownItemUnit
    from ._shared import Session as Session
    from ._shared import SessionAuthorization as SessionAuthorization
    from ._shared import SessionAuthorizationMethod as SessionAuthorizationMethod
    from ._shared import SessionAuthorizationSource as SessionAuthorizationSource
    from ._shared import SessionAuthorizationStatus as SessionAuthorizationStatus
    from ._shared import SessionBillingStatus as SessionBillingStatus
    from ._shared import SessionChargingPeriodsItem as SessionChargingPeriodsItem
    from ._shared import (
        SessionChargingPeriodsItemChargingState as SessionChargingPeriodsItemChargingState,
    )
    from ._shared import (
        SessionClockAlignedEnergyConsumptionItem as SessionClockAlignedEnergyConsumptionItem,
    )
    from ._shared import SessionPaymentStatus as SessionPaymentStatus
    from ._shared import SessionPaymentType as SessionPaymentType
    from ._shared import SessionPower as SessionPower
    from ._shared import SessionReason as SessionReason
    from ._shared import SessionRoaming as SessionRoaming
    from ._shared import SessionStatus as SessionStatus
    from ._shared import SessionTax as SessionTax
    from ._shared import SessionTotalAmount as SessionTotalAmount
    from ._shared import SmartChargingDisabled as SmartChargingDisabled
    from ._shared import SmartChargingDisabledMode as SmartChargingDisabledMode
    from ._shared import SmartChargingDynamic as SmartChargingDynamic
    from ._shared import (
        SmartChargingDynamicElectricalConfiguration as SmartChargingDynamicElectricalConfiguration,
    )
    from ._shared import SmartChargingDynamicMode as SmartChargingDynamicMode
    from ._shared import SmartChargingDynamicPhases as SmartChargingDynamicPhases
    from ._shared import SmartChargingTod as SmartChargingTod
    from ._shared import (
        SmartChargingTodElectricalConfiguration as SmartChargingTodElectricalConfiguration,
    )
    from ._shared import SmartChargingTodMode as SmartChargingTodMode
    from ._shared import SmartChargingTodPeriodsItem as SmartChargingTodPeriodsItem
    from ._shared import (
        SmartChargingTodPeriodsItemElementsItem as SmartChargingTodPeriodsItemElementsItem,
    )
    from ._shared import (
        SmartChargingTodPeriodsItemWeekDay as SmartChargingTodPeriodsItemWeekDay,
    )
    from ._shared import SmartChargingTodPhases as SmartChargingTodPhases
    from ._shared import SmartChargingUserSchedule as SmartChargingUserSchedule
    from ._shared import (
        SmartChargingUserScheduleElectricalConfiguration as SmartChargingUserScheduleElectricalConfiguration,
    )
    from ._shared import SmartChargingUserScheduleMode as SmartChargingUserScheduleMode
    from ._shared import (
        SmartChargingUserSchedulePhases as SmartChargingUserSchedulePhases,
    )
    from ._shared import TargetChargeExact as TargetChargeExact
    from ._shared import TargetChargeRange as TargetChargeRange
    from ._shared import TariffGroup as TariffGroup
    from ._shared import (
        WebhookNotificationSubscription as WebhookNotificationSubscription,
    )
    from ._shared import WeekDaySchedule as WeekDaySchedule
    from ._shared import WeekDayScheduleDaysItem as WeekDayScheduleDaysItem
    from .charge_point_actions import (
        ChargePointChangeOwnerRequest as ChargePointChangeOwnerRequest,
    )
    from .charge_point_actions import (
        ChargePointChangeOwnerRequestOwner as ChargePointChangeOwnerRequestOwner,
    )
    from .charge_point_actions import (
        ChargePointResetResponse as ChargePointResetResponse,
    )
    from .charge_point_actions import ChargePointResetType as ChargePointResetType
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequest as ChargePointSetChargingProfileRequest,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestChargingProfileKind as ChargePointSetChargingProfileRequestChargingProfileKind,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestChargingProfilePurpose as ChargePointSetChargingProfileRequestChargingProfilePurpose,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestChargingSchedule as ChargePointSetChargingProfileRequestChargingSchedule,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit as ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem as ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem,
    )
    from .charge_point_actions import (
        ChargePointSetChargingProfileRequestRecurrencyKind as ChargePointSetChargingProfileRequestRecurrencyKind,
    )
    from .charge_points import (
        ChargePointConfigurationUpdateRequest as ChargePointConfigurationUpdateRequest,
    )
    from .charge_points import (
        ChargePointConfigurationUpdateResponse as ChargePointConfigurationUpdateResponse,
    )
    from .charge_points import (
        ChargePointConfigurationUpdateResponseData as ChargePointConfigurationUpdateResponseData,
    )
    from .charge_points import (
        ChargePointConfigurationUpdateResponseDataKey as ChargePointConfigurationUpdateResponseDataKey,
    )
    from .charge_points import ChargePointCreateResponse as ChargePointCreateResponse
    from .charge_points import (
        ChargePointPersonalSmartChargingPreferencesReadResponse as ChargePointPersonalSmartChargingPreferencesReadResponse,
    )
    from .charge_points import (
        ChargePointReadDeprecatedResponse as ChargePointReadDeprecatedResponse,
    )
    from .charge_points import ChargePointReadIncludeItem as ChargePointReadIncludeItem
    from .charge_points import ChargePointReadResponse as ChargePointReadResponse
    from .charge_points import (
        ChargePointSmartChargingUpdateRequest as ChargePointSmartChargingUpdateRequest,
    )
    from .charge_points import (
        ChargePointSmartChargingUpdateResponse as ChargePointSmartChargingUpdateResponse,
    )
    from .charge_points import (
        ChargePointSmartChargingUpdateResponseData as ChargePointSmartChargingUpdateResponseData,
    )
    from .charge_points import ChargePointUpdateRequest as ChargePointUpdateRequest
    from .charge_points import (
        ChargePointUpdateRequestMaintenanceWindow as ChargePointUpdateRequestMaintenanceWindow,
    )
    from .charge_points import (
        ChargePointUpdateRequestMaintenanceWindowWithFromAndUntil as ChargePointUpdateRequestMaintenanceWindowWithFromAndUntil,
    )
    from .charge_points import (
        ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClass as ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClass,
    )
    from .charge_points import (
        ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClassEnum as ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClassEnum,
    )
    from .charge_points import (
        ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilSchema as ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilSchema,
    )
    from .charge_points import ChargePointUpdateResponse as ChargePointUpdateResponse
    from .charge_points import ChargePointsListingFilter as ChargePointsListingFilter
    from .charge_points import (
        ChargePointsListingFilterDesiredSecurityProfileStatus as ChargePointsListingFilterDesiredSecurityProfileStatus,
    )
    from .charge_points import (
        ChargePointsListingFilterType as ChargePointsListingFilterType,
    )
    from .charge_points import (
        ChargePointsListingIncludeItem as ChargePointsListingIncludeItem,
    )
    from .charge_points import (
        ChargePointsListingResponse as ChargePointsListingResponse,
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
        PersonalSmartChargingPreferencesUpdateResponse as PersonalSmartChargingPreferencesUpdateResponse,
    )
    from .configuration_template_actions import (
        ConfigurationTemplateBulkCreateVariablesRequestItem as ConfigurationTemplateBulkCreateVariablesRequestItem,
    )
    from .configuration_template_actions import (
        ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16 as ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16,
    )
    from .configuration_template_actions import (
        ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201 as ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201,
    )
    from .configuration_template_actions import (
        ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType as ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType,
    )
    from .locations import LocationReadResponse as LocationReadResponse
    from .locations import (
        LocationsListingDeprecatedFilter as LocationsListingDeprecatedFilter,
    )
    from .locations import (
        LocationsListingDeprecatedFilterStatus as LocationsListingDeprecatedFilterStatus,
    )
    from .locations import (
        LocationsListingDeprecatedResponse as LocationsListingDeprecatedResponse,
    )
    from .locations import LocationsListingFilter as LocationsListingFilter
    from .locations import (
        LocationsListingFilterRoaming as LocationsListingFilterRoaming,
    )
    from .locations import LocationsListingIncludeItem as LocationsListingIncludeItem
    from .locations import LocationsListingResponse as LocationsListingResponse
    from .notifications import NotificationSubscription as NotificationSubscription
    from .notifications import (
        NotificationsSubscribeResponse as NotificationsSubscribeResponse,
    )
    from .payment_terminals import (
        CreatePaymentTerminalResponse as CreatePaymentTerminalResponse,
    )
    from .payment_terminals import PaymentTerminal as PaymentTerminal
    from .payment_terminals import PaymentTerminalAmpeco as PaymentTerminalAmpeco
    from .payment_terminals import PaymentTerminalCrane as PaymentTerminalCrane
    from .payment_terminals import PaymentTerminalPayter as PaymentTerminalPayter
    from .payment_terminals import (
        PaymentTerminalPayterTerminalType as PaymentTerminalPayterTerminalType,
    )
    from .payment_terminals import PaymentTerminalValina as PaymentTerminalValina
    from .payment_terminals import (
        PaymentTerminalValinaNetworkStatus as PaymentTerminalValinaNetworkStatus,
    )
    from .sessions import SessionReadIncludeItem as SessionReadIncludeItem
    from .sessions import SessionReadResponse as SessionReadResponse
    from .sessions import (
        SessionsListingClockAlignedInterval as SessionsListingClockAlignedInterval,
    )
    from .sessions import SessionsListingFilter as SessionsListingFilter
    from .sessions import (
        SessionsListingFilterPaymentType as SessionsListingFilterPaymentType,
    )
    from .sessions import SessionsListingFilterStatus as SessionsListingFilterStatus
    from .sessions import SessionsListingResponse as SessionsListingResponse
    from .tariff_groups import TariffGroupUpdateResponse as TariffGroupUpdateResponse
    from .tariff_groups import (
        TariffGroupUpdateResponseData as TariffGroupUpdateResponseData,
    )

_MODULE_OF: dict[str, str] = {
    "BasicPaginationMeta": "_shared",
    "ChargePoint": "_shared",
    "ChargePointAccessType": "_shared",
    "ChargePointCapabilitiesItem": "_shared",
    "ChargePointChargingProfile": "_shared",
    "ChargePointChargingProfileChargingRateUnit": "_shared",
    "ChargePointChargingProfilePurpose": "_shared",
    "ChargePointChargingProfileSchedulePeriodsItem": "_shared",
    "ChargePointDesiredSecurityProfileStatus": "_shared",
    "ChargePointLastBootNotification": "_shared",
    "ChargePointNetworkProtocol": "_shared",
    "ChargePointNetworkStatus": "_shared",
    "ChargePointPartnerAccessType": "_shared",
    "ChargePointReadNotFoundResponse": "_shared",
    "ChargePointStatus": "_shared",
    "ChargePointsListingForbiddenResponse": "_shared",
    "ChargePointsListingTooManyRequestsResponse": "_shared",
    "ChargePointsListingUnauthorizedResponse": "_shared",
    "ChargePointsListingUnprocessableEntityResponse": "_shared",
    "ConnectedPhase": "_shared",
    "CursorPaginationMeta": "_shared",
    "EnergyConsumption": "_shared",
    "Evse": "_shared",
    "EvseConnectorsItem": "_shared",
    "EvseConnectorsItemFormat": "_shared",
    "EvseConnectorsItemStatus": "_shared",
    "EvseConnectorsItemType": "_shared",
    "EvseCurrentType": "_shared",
    "EvseHardwareStatus": "_shared",
    "EvseStatus": "_shared",
    "KafkaNotificationSubscription": "_shared",
    "KafkaNotificationSubscriptionCompressionCodec": "_shared",
    "KafkaNotificationSubscriptionSaslMechanism": "_shared",
    "Location": "_shared",
    "LocationCountry": "_shared",
    "LocationGeoposition": "_shared",
    "LocationImagesItem": "_shared",
    "LocationLocationImage": "_shared",
    "LocationRegion": "_shared",
    "LocationRegionAustralianState": "_shared",
    "LocationRegionUsState": "_shared",
    "LocationStatus": "_shared",
    "LocationWorkingHours": "_shared",
    "LocationWorkingHoursHoursValueItem": "_shared",
    "MaxVoltage": "_shared",
    "NotificationType": "_shared",
    "PaginationLinks": "_shared",
    "PaymentTerminalBase": "_shared",
    "PaymentTerminalBaseTerminalType": "_shared",
    "PersonalSmartChargingPreferencesChargerElectricityRate": "_shared",
    "PersonalSmartChargingPreferencesChargerElectricityRatePreferences": "_shared",
    "PersonalSmartChargingPreferencesChargerElectricityRateType": "_shared",
    "PersonalSmartChargingPreferencesNordPool": "_shared",
    "PersonalSmartChargingPreferencesNordPoolPreferences": "_shared",
    "PersonalSmartChargingPreferencesNordPoolPreferencesLocation": "_shared",
    "PersonalSmartChargingPreferencesNordPoolType": "_shared",
    "PersonalSmartChargingPreferencesOctopusAgile": "_shared",
    "PersonalSmartChargingPreferencesOctopusAgilePreferences": "_shared",
    "PersonalSmartChargingPreferencesOctopusAgileType": "_shared",
    "PersonalSmartChargingPreferencesOctopusGo": "_shared",
    "PersonalSmartChargingPreferencesOctopusGoPreferences": "_shared",
    "PersonalSmartChargingPreferencesOctopusGoType": "_shared",
    "PersonalSmartChargingPreferencesSolar": "_shared",
    "PersonalSmartChargingPreferencesSolarPreferences": "_shared",
    "PersonalSmartChargingPreferencesSolarType": "_shared",
    "PersonalSmartChargingPreferencesUserControlledSchedule": "_shared",
    "PersonalSmartChargingPreferencesUserControlledSchedulePreferences": "_shared",
    "PersonalSmartChargingPreferencesUserControlledSchedulePreferencesTrackElectricityCosts": "_shared",
    "PersonalSmartChargingPreferencesUserControlledScheduleType": "_shared",
    "PhaseRotation": "_shared",
    "Price": "_shared",
    "PriceBreakdownItem": "_shared",
    "PriceBreakdownItemType": "_shared",
    "PriceBreakdownItemUnit": "_shared",
    "Session": "_shared",
    "SessionAuthorization": "_shared",
    "SessionAuthorizationMethod": "_shared",
    "SessionAuthorizationSource": "_shared",
    "SessionAuthorizationStatus": "_shared",
    "SessionBillingStatus": "_shared",
    "SessionChargingPeriodsItem": "_shared",
    "SessionChargingPeriodsItemChargingState": "_shared",
    "SessionClockAlignedEnergyConsumptionItem": "_shared",
    "SessionPaymentStatus": "_shared",
    "SessionPaymentType": "_shared",
    "SessionPower": "_shared",
    "SessionReason": "_shared",
    "SessionRoaming": "_shared",
    "SessionStatus": "_shared",
    "SessionTax": "_shared",
    "SessionTotalAmount": "_shared",
    "SmartChargingDisabled": "_shared",
    "SmartChargingDisabledMode": "_shared",
    "SmartChargingDynamic": "_shared",
    "SmartChargingDynamicElectricalConfiguration": "_shared",
    "SmartChargingDynamicMode": "_shared",
    "SmartChargingDynamicPhases": "_shared",
    "SmartChargingTod": "_shared",
    "SmartChargingTodElectricalConfiguration": "_shared",
    "SmartChargingTodMode": "_shared",
    "SmartChargingTodPeriodsItem": "_shared",
    "SmartChargingTodPeriodsItemElementsItem": "_shared",
    "SmartChargingTodPeriodsItemWeekDay": "_shared",
    "SmartChargingTodPhases": "_shared",
    "SmartChargingUserSchedule": "_shared",
    "SmartChargingUserScheduleElectricalConfiguration": "_shared",
    "SmartChargingUserScheduleMode": "_shared",
    "SmartChargingUserSchedulePhases": "_shared",
    "TargetChargeExact": "_shared",
    "TargetChargeRange": "_shared",
    "TariffGroup": "_shared",
    "WebhookNotificationSubscription": "_shared",
    "WeekDaySchedule": "_shared",
    "WeekDayScheduleDaysItem": "_shared",
    "ChargePointChangeOwnerRequest": "charge_point_actions",
    "ChargePointChangeOwnerRequestOwner": "charge_point_actions",
    "ChargePointResetResponse": "charge_point_actions",
    "ChargePointResetType": "charge_point_actions",
    "ChargePointSetChargingProfileRequest": "charge_point_actions",
    "ChargePointSetChargingProfileRequestChargingProfileKind": "charge_point_actions",
    "ChargePointSetChargingProfileRequestChargingProfilePurpose": "charge_point_actions",
    "ChargePointSetChargingProfileRequestChargingSchedule": "charge_point_actions",
    "ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit": "charge_point_actions",
    "ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem": "charge_point_actions",
    "ChargePointSetChargingProfileRequestRecurrencyKind": "charge_point_actions",
    "ChargePointConfigurationUpdateRequest": "charge_points",
    "ChargePointConfigurationUpdateResponse": "charge_points",
    "ChargePointConfigurationUpdateResponseData": "charge_points",
    "ChargePointConfigurationUpdateResponseDataKey": "charge_points",
    "ChargePointCreateResponse": "charge_points",
    "ChargePointPersonalSmartChargingPreferencesReadResponse": "charge_points",
    "ChargePointReadDeprecatedResponse": "charge_points",
    "ChargePointReadIncludeItem": "charge_points",
    "ChargePointReadResponse": "charge_points",
    "ChargePointSmartChargingUpdateRequest": "charge_points",
    "ChargePointSmartChargingUpdateResponse": "charge_points",
    "ChargePointSmartChargingUpdateResponseData": "charge_points",
    "ChargePointUpdateRequest": "charge_points",
    "ChargePointUpdateRequestMaintenanceWindow": "charge_points",
    "ChargePointUpdateRequestMaintenanceWindowWithFromAndUntil": "charge_points",
    "ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClass": "charge_points",
    "ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilClassEnum": "charge_points",
    "ChargePointUpdateRequestMaintenanceWindowWithFromAndUntilSchema": "charge_points",
    "ChargePointUpdateResponse": "charge_points",
    "ChargePointsListingFilter": "charge_points",
    "ChargePointsListingFilterDesiredSecurityProfileStatus": "charge_points",
    "ChargePointsListingFilterType": "charge_points",
    "ChargePointsListingIncludeItem": "charge_points",
    "ChargePointsListingResponse": "charge_points",
    "PersonalSmartChargingPreferences": "charge_points",
    "PersonalSmartChargingPreferencesDisabled": "charge_points",
    "PersonalSmartChargingPreferencesEnabled": "charge_points",
    "PersonalSmartChargingPreferencesUpdateResponse": "charge_points",
    "ConfigurationTemplateBulkCreateVariablesRequestItem": "configuration_template_actions",
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp16": "configuration_template_actions",
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201": "configuration_template_actions",
    "ConfigurationTemplateBulkCreateVariablesRequestItemConfigurationVariableForOcpp201VariableType": "configuration_template_actions",
    "LocationReadResponse": "locations",
    "LocationsListingDeprecatedFilter": "locations",
    "LocationsListingDeprecatedFilterStatus": "locations",
    "LocationsListingDeprecatedResponse": "locations",
    "LocationsListingFilter": "locations",
    "LocationsListingFilterRoaming": "locations",
    "LocationsListingIncludeItem": "locations",
    "LocationsListingResponse": "locations",
    "NotificationSubscription": "notifications",
    "NotificationsSubscribeResponse": "notifications",
    "CreatePaymentTerminalResponse": "payment_terminals",
    "PaymentTerminal": "payment_terminals",
    "PaymentTerminalAmpeco": "payment_terminals",
    "PaymentTerminalCrane": "payment_terminals",
    "PaymentTerminalPayter": "payment_terminals",
    "PaymentTerminalPayterTerminalType": "payment_terminals",
    "PaymentTerminalValina": "payment_terminals",
    "PaymentTerminalValinaNetworkStatus": "payment_terminals",
    "SessionReadIncludeItem": "sessions",
    "SessionReadResponse": "sessions",
    "SessionsListingClockAlignedInterval": "sessions",
    "SessionsListingFilter": "sessions",
    "SessionsListingFilterPaymentType": "sessions",
    "SessionsListingFilterStatus": "sessions",
    "SessionsListingResponse": "sessions",
    "TariffGroupUpdateResponse": "tariff_groups",
    "TariffGroupUpdateResponseData": "tariff_groups",
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
