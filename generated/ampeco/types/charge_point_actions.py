"""Models used by the `charge_point_actions` resource."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional, Union

from pydantic import Field, Tag

from .._models import Inferred, Model, by_value

__all__ = [
    "ChargePointResetResponse",
    "ChargePointActionOwner",
    "ChargePointChangeOwnerRequest",
    "ChargePointActionChargingSchedulePeriod",
    "ChargePointActionChargingSchedule",
    "ChargePointSetChargingProfileRequest",
]


class ChargePointResetResponse(Model):
    success: Optional[bool] = None


ChargePointActionOwner = Annotated[
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
    owner: ChargePointActionOwner
    """The new owner, given as an e-mail address or a numeric user id."""
    notify_owner: Annotated[Optional[bool], Field(alias="notifyOwner")] = False


class ChargePointActionChargingSchedulePeriod(Model):
    start_period: Annotated[int, Field(alias="startPeriod")]
    limit: float
    number_phases: Annotated[Optional[int], Field(alias="numberPhases")] = None


class ChargePointActionChargingSchedule(Model):
    duration: Optional[int] = None
    start_schedule: Annotated[Optional[_dt.datetime], Field(alias="startSchedule")] = (
        None
    )
    charging_rate_unit: Annotated[Literal["A", "W"], Field(alias="chargingRateUnit")]
    charging_schedule_period: Annotated[
        List[ChargePointActionChargingSchedulePeriod],
        Field(alias="chargingSchedulePeriod"),
    ]
    min_charging_rate: Annotated[Optional[float], Field(alias="minChargingRate")] = None


class ChargePointSetChargingProfileRequest(Model):
    transaction_id: Annotated[Optional[int], Field(alias="transactionId")] = None
    stack_level: Annotated[int, Field(alias="stackLevel")]
    charging_profile_purpose: Annotated[
        Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"],
        Field(alias="chargingProfilePurpose"),
    ]
    charging_profile_kind: Annotated[
        Literal["Absolute", "Recurring", "Relative"], Field(alias="chargingProfileKind")
    ]
    recurrency_kind: Annotated[
        Optional[Literal["Daily", "Weekly"]], Field(alias="recurrencyKind")
    ] = None
    valid_from: Annotated[Optional[_dt.datetime], Field(alias="validFrom")] = None
    valid_to: Annotated[Optional[_dt.datetime], Field(alias="validTo")] = None
    charging_schedule: Annotated[
        ChargePointActionChargingSchedule, Field(alias="chargingSchedule")
    ]
