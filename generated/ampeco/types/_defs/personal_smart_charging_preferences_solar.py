"""The `PersonalSmartChargingPreferencesSolar` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "SmartChargingPreferencesSolarPreferences",
    "PersonalSmartChargingPreferencesSolar",
]


class SmartChargingPreferencesSolarPreferences(BaseModel):
    max_current_from_grid: Annotated[float, Field(alias="maxCurrentFromGrid")]
    """Max current (A) drawn from the grid to keep charging stable."""
    solar_stable_time: Annotated[float, Field(alias="solarStableTime")]
    """Minutes of stable solar surplus before switching."""


class PersonalSmartChargingPreferencesSolar(BaseModel):
    """Solar"""

    enabled: Optional[bool] = True
    type: Literal["solar"]
    preferences: SmartChargingPreferencesSolarPreferences
