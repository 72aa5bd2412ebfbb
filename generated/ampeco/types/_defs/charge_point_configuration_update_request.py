"""The `ChargePointConfigurationUpdateRequest` model."""

from ..._models import Model

__all__ = [
    "ChargePointConfigurationUpdateRequest",
]


class ChargePointConfigurationUpdateRequest(Model):
    value: str
