"""Models used by the `charge_point_actions` resource."""

import datetime as _dt
from typing import Annotated, List, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, OpenEnum, by_value

__all__ = [
    "ChargePointResetType",
    "ChargePointSetChargingProfileRequestChargingProfilePurpose",
    "ChargePointSetChargingProfileRequestChargingProfileKind",
    "ChargePointSetChargingProfileRequestRecurrencyKind",
    "ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit",
    "ChargePointResetResponse",
    "ChargePointChangeOwnerRequestOwner",
    "ChargePointChangeOwnerRequest",
    "ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem",
    "ChargePointSetChargingProfileRequestChargingSchedule",
    "ChargePointSetChargingProfileRequest",
]


class ChargePointResetType(OpenEnum):
    HARD = "hard"
    SOFT = "soft"


class ChargePointSetChargingProfileRequestChargingProfilePurpose(OpenEnum):
    CHARGE_POINT_MAX_PROFILE = "ChargePointMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargePointSetChargingProfileRequestChargingProfileKind(OpenEnum):
    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"


class ChargePointSetChargingProfileRequestRecurrencyKind(OpenEnum):
    DAILY = "Daily"
    WEEKLY = "Weekly"


class ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit(OpenEnum):
    A = "A"
    W = "W"


class ChargePointResetResponse(Model):
    success: Optional[bool] = None


ChargePointChangeOwnerRequestOwner = Annotated[
    Union[Annotated[str, Tag("str")], Annotated[int, Tag("int")]],
    Inferred(
        by_value(
            (
                ("str", "string", ()),
                ("int", "integer", ()),
            )
        )
    ),
]
"""The new owner, given as an e-mail address or a numeric user id."""


class ChargePointChangeOwnerRequest(Model):
    owner: ChargePointChangeOwnerRequestOwner
    """The new owner, given as an e-mail address or a numeric user id."""
    notify_owner: Annotated[Optional[bool], Field(alias="notifyOwner")] = False


class ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem(
    Model
):
    start_period: Annotated[int, Field(alias="startPeriod")]
    limit: float
    number_phases: Annotated[Optional[int], Field(alias="numberPhases")] = None


class ChargePointSetChargingProfileRequestChargingSchedule(Model):
    duration: Optional[int] = None
    start_schedule: Annotated[Optional[_dt.datetime], Field(alias="startSchedule")] = (
        None
    )
    charging_rate_unit: Annotated[
        ChargePointSetChargingProfileRequestChargingScheduleChargingRateUnit,
        Field(alias="chargingRateUnit"),
    ]
    charging_schedule_period: Annotated[
        List[
            ChargePointSetChargingProfileRequestChargingScheduleChargingSchedulePeriodItem
        ],
        Field(alias="chargingSchedulePeriod"),
    ]
    min_charging_rate: Annotated[Optional[float], Field(alias="minChargingRate")] = None


class ChargePointSetChargingProfileRequest(Model):
    transaction_id: Annotated[Optional[int], Field(alias="transactionId")] = None
    stack_level: Annotated[int, Field(alias="stackLevel")]
    charging_profile_purpose: Annotated[
        ChargePointSetChargingProfileRequestChargingProfilePurpose,
        Field(alias="chargingProfilePurpose"),
    ]
    charging_profile_kind: Annotated[
        ChargePointSetChargingProfileRequestChargingProfileKind,
        Field(alias="chargingProfileKind"),
    ]
    recurrency_kind: Annotated[
        Optional[ChargePointSetChargingProfileRequestRecurrencyKind],
        Field(alias="recurrencyKind"),
    ] = None
    valid_from: Annotated[Optional[_dt.datetime], Field(alias="validFrom")] = None
    valid_to: Annotated[Optional[_dt.datetime], Field(alias="validTo")] = None
    charging_schedule: Annotated[
        ChargePointSetChargingProfileRequestChargingSchedule,
        Field(alias="chargingSchedule"),
    ]
