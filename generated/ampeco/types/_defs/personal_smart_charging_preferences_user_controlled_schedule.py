"""The `PersonalSmartChargingPreferencesUserControlledSchedule` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .target_charge_range import TargetChargeRange
from .week_day_schedule import WeekDaySchedule

__all__ = [
    "SchedulePreferencesTrackElectricityCosts",
    "UserControlledSchedulePreferences",
    "PersonalSmartChargingPreferencesUserControlledSchedule",
]


class SchedulePreferencesTrackElectricityCosts(BaseModel):
    price_off_peak: Annotated[Optional[float], Field(alias="priceOffPeak")] = None
    price_peak: Annotated[Optional[float], Field(alias="pricePeak")] = None


class UserControlledSchedulePreferences(BaseModel):
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    track_electricity_costs: Annotated[
        Optional[SchedulePreferencesTrackElectricityCosts],
        Field(alias="trackElectricityCosts"),
    ] = None
    week_days: Annotated[Optional[List[WeekDaySchedule]], Field(alias="weekDays")] = (
        None
    )


class PersonalSmartChargingPreferencesUserControlledSchedule(BaseModel):
    """User controlled schedule"""

    enabled: Optional[bool] = True
    type: Literal["user_controlled_schedule"]
    preferences: UserControlledSchedulePreferences
