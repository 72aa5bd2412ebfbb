"""The `PersonalSmartChargingPreferencesNordPool` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .target_charge_exact import TargetChargeExact

__all__ = [
    "ChargingPreferencesNordPoolPreferences",
    "PersonalSmartChargingPreferencesNordPool",
]


class ChargingPreferencesNordPoolPreferences(BaseModel):
    location: Literal["GB1"]
    """NordPool price region."""
    target_charge: Annotated[TargetChargeExact, Field(alias="targetCharge")]


class PersonalSmartChargingPreferencesNordPool(BaseModel):
    """NordPool"""

    enabled: Optional[bool] = True
    type: Literal["nordpool"]
    integration_id: Annotated[Optional[int], Field(alias="integrationId")] = None
    preferences: Optional[ChargingPreferencesNordPoolPreferences] = None
