"""The `LocationsListingFilterV1` model."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "LocationsListingFilterV1",
]


class LocationsListingFilterV1(BaseModel):
    post_code: Annotated[Optional[str], Field(alias="postCode")] = None
    country: Optional[str] = None
    status: Optional[Literal["active", "disabled"]] = None
