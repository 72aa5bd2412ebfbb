"""The `ChargePointSetChargingProfileRequest` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "ChargePointActionChargingSchedulePeriod",
    "ChargePointActionChargingSchedule",
    "ChargePointSetChargingProfileRequest",
]


class ChargePointActionChargingSchedulePeriod(BaseModel):
    start_period: Annotated[int, Field(alias="startPeriod")]
    limit: float
    number_phases: Annotated[Optional[int], Field(alias="numberPhases")] = None


class ChargePointActionChargingSchedule(BaseModel):
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


class ChargePointSetChargingProfileRequest(BaseModel):
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
