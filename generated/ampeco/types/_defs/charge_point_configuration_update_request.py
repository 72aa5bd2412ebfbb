"""The `ChargePointConfigurationUpdateRequest` model."""

from ..._models import BaseModel

__all__ = [
    "ChargePointConfigurationUpdateRequest",
]


class ChargePointConfigurationUpdateRequest(BaseModel):
    value: str
