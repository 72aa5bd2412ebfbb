"""The `TariffGroupV1` model."""

import datetime as _dt
from typing import Annotated, List, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "TariffGroupV1",
]


class TariffGroupV1(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    tariff_ids: Annotated[Optional[List[int]], Field(alias="tariffIds")] = None
    """Ordered tariff ids; evaluated from the last one to the first."""
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""
