"""The `ChargePointChargingProfile` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "ChargePointChargingProfileSchedulePeriod",
    "ChargePointChargingProfile",
]


class ChargePointChargingProfileSchedulePeriod(BaseModel):
    start_period: Annotated[Optional[int], Field(alias="startPeriod")] = None
    limit: Optional[float] = None


class ChargePointChargingProfile(BaseModel):
    id: Optional[int] = None
    stack_level: Optional[int] = None
    charging_rate_unit: Optional[Literal["A", "W"]] = None
    purpose: Optional[
        Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"]
    ] = None
    schedule_periods: Optional[List[ChargePointChargingProfileSchedulePeriod]] = None
    valid_from: Optional[_dt.datetime] = None
