"""The `PersonalSmartChargingPreferencesOctopusGo` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .target_charge_range import TargetChargeRange

__all__ = [
    "ChargingPreferencesOctopusGoPreferences",
    "PersonalSmartChargingPreferencesOctopusGo",
]


class ChargingPreferencesOctopusGoPreferences(BaseModel):
    applicable_tax_id: Annotated[int, Field(alias="applicableTaxId")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    post_code: Annotated[str, Field(alias="postCode")]
    price_threshold: Annotated[Optional[float], Field(alias="priceThreshold")] = None


class PersonalSmartChargingPreferencesOctopusGo(BaseModel):
    """Octopus Go"""

    enabled: Optional[bool] = True
    type: Literal["octopus_go"]
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: ChargingPreferencesOctopusGoPreferences
