"""The `SmartChargingDisabled` model."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import Model

__all__ = [
    "SmartChargingDisabled",
]


class SmartChargingDisabled(Model):
    mode: Literal["disabled"]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
