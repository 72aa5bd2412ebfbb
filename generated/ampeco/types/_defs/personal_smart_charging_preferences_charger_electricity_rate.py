"""The `PersonalSmartChargingPreferencesChargerElectricityRate` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .target_charge_exact import TargetChargeExact
from .week_day_schedule import WeekDaySchedule

__all__ = [
    "ChargerElectricityRatePreferences",
    "PersonalSmartChargingPreferencesChargerElectricityRate",
]


class ChargerElectricityRatePreferences(BaseModel):
    solar: Optional[bool] = False
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
    target_charge: Annotated[TargetChargeExact, Field(alias="targetCharge")]
    week_days: Annotated[Optional[List[WeekDaySchedule]], Field(alias="weekDays")] = (
        None
    )


class PersonalSmartChargingPreferencesChargerElectricityRate(BaseModel):
    """Electricity rate"""

    enabled: Optional[bool] = True
    type: Literal["charger_electricity_rate"]
    electricity_rate_id: Annotated[int, Field(alias="electricityRateId")]
    preferences: ChargerElectricityRatePreferences
