"""The `LocationsListingFilter` model."""

import datetime as _dt
from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "LocationsListingFilter",
]


class LocationsListingFilter(BaseModel):
    country: Optional[str] = None
    city: Optional[str] = None
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None
    roaming: Optional[Literal["true", "false"]] = None
    last_updated_after: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedAfter")
    ] = None
