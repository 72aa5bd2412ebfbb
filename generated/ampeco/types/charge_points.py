"""Models used by the `charge_points` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.charge_point_configuration import (
    ChargePointConfiguration,
    ChargePointConfigurationKey,
)
from ._defs.charge_point_configuration_update_request import (
    ChargePointConfigurationUpdateRequest,
)
from ._defs.charge_point_page import ChargePointPage
from ._defs.charge_point_smart_charging import ChargePointSmartCharging
from ._defs.charge_point_smart_charging_update_request import (
    ChargePointSmartChargingUpdateRequest,
)
from ._defs.charge_point_update_request import (
    ChargePointMaintenanceWindow,
    ChargePointUpdateRequest,
    MaintenanceWindowWithFromAndUntilSchema,
    PointMaintenanceWindowWithFromAndUntil,
)
from ._defs.charge_points_listing_filter import ChargePointsListingFilter
from ._defs.personal_smart_charging_preferences import (
    PersonalSmartChargingPreferences,
    PersonalSmartChargingPreferencesDisabled,
)
from ._defs.personal_smart_charging_preferences_enabled import (
    PersonalSmartChargingPreferencesEnabled,
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
