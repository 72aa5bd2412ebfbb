"""The `TariffGroup` model."""

from typing import Annotated, List, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "TariffGroup",
]


class TariffGroup(BaseModel):
    name: str
    tariff_ids: Annotated[Optional[List[int]], Field(alias="tariffIds")] = None
    """Ordered tariff ids; evaluated from the last one to the first."""
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
