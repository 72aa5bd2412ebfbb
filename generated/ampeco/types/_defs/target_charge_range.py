"""The `TargetChargeRange` model."""

import datetime as _dt
from typing import Annotated, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "TargetChargeRange",
]


class TargetChargeRange(BaseModel):
    departure_time: Annotated[Optional[_dt.time], Field(alias="departureTime")] = None
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    min_target_charge_kwh: Annotated[
        Optional[float], Field(alias="minTargetChargeKwh")
    ] = None
    max_target_charge_kwh: Annotated[
        Optional[float], Field(alias="maxTargetChargeKwh")
    ] = None
