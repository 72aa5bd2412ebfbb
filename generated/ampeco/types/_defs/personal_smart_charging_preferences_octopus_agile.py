"""The `PersonalSmartChargingPreferencesOctopusAgile` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .target_charge_range import TargetChargeRange

__all__ = [
    "PreferencesOctopusAgilePreferences",
    "PersonalSmartChargingPreferencesOctopusAgile",
]


class PreferencesOctopusAgilePreferences(BaseModel):
    applicable_tax_id: Annotated[int, Field(alias="applicableTaxId")]
    target_charge: Annotated[
        Optional[TargetChargeRange], Field(alias="targetCharge")
    ] = None
    post_code: Annotated[str, Field(alias="postCode")]
    price_threshold: Annotated[float, Field(alias="priceThreshold")]
    """Price per kWh below which charging starts."""


class PersonalSmartChargingPreferencesOctopusAgile(BaseModel):
    """Octopus Agile"""

    enabled: Optional[bool] = True
    type: Literal["octopus_agile"]
    integration_id: Annotated[int, Field(alias="integrationId")]
    preferences: PreferencesOctopusAgilePreferences
