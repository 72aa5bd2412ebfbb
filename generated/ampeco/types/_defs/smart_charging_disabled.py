"""The `SmartChargingDisabled` model."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "SmartChargingDisabled",
]


class SmartChargingDisabled(BaseModel):
    mode: Literal["disabled"]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
