"""Models used by the `charge_point_actions` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.charge_point_change_owner_request import (
    ChargePointActionOwner,
    ChargePointChangeOwnerRequest,
)
from ._defs.charge_point_reset_response import ChargePointResetResponse
from ._defs.charge_point_set_charging_profile_request import (
    ChargePointActionChargingSchedule,
    ChargePointActionChargingSchedulePeriod,
    ChargePointSetChargingProfileRequest,
)

__all__ = [
    "ChargePointResetResponse",
    "ChargePointActionOwner",
    "ChargePointChangeOwnerRequest",
    "ChargePointActionChargingSchedulePeriod",
    "ChargePointActionChargingSchedule",
    "ChargePointSetChargingProfileRequest",
]
