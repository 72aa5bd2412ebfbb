"""The `WeekDaySchedule` model."""

import datetime as _dt
from typing import Annotated, List, Literal

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "WeekDaySchedule",
]


class WeekDaySchedule(BaseModel):
    days: List[
        Literal[
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
        ]
    ]
    start_time: Annotated[_dt.time, Field(alias="startTime")]
    end_time: Annotated[_dt.time, Field(alias="endTime")]
