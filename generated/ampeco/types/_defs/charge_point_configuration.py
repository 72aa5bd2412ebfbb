"""The `ChargePointConfiguration` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "ChargePointConfigurationKey",
    "ChargePointConfiguration",
]


class ChargePointConfigurationKey(BaseModel):
    name: str
    value: str
    component_name: Annotated[Optional[str], Field(alias="componentName")] = None
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None


class ChargePointConfiguration(BaseModel):
    key: Optional[ChargePointConfigurationKey] = None
    readonly: Optional[bool] = None
    required: Optional[bool] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""
