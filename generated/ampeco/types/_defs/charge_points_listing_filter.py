"""The `ChargePointsListingFilter` model."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "ChargePointsListingFilter",
]


class ChargePointsListingFilter(BaseModel):
    type: Optional[Literal["private", "public", "personal"]] = None
    desired_security_profile_status: Annotated[
        Optional[Literal["applied", "pending", "rejected"]],
        Field(alias="desiredSecurityProfileStatus"),
    ] = None
    network_id: Annotated[Optional[str], Field(alias="networkId")] = None
    location_id: Annotated[Optional[str], Field(alias="locationId")] = None
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    roaming_operator_ids: Annotated[
        Optional[List[int]], Field(alias="roamingOperatorIds")
    ] = None
    last_updated_after: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedAfter")
    ] = None
    last_updated_before: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedBefore")
    ] = None
