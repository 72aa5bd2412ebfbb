"""Models used by the `locations` resource."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from .._models import Model
from ._shared import (
    BasicPaginationMeta,
    CursorPaginationMeta,
    Location,
    PaginationLinks,
)

__all__ = [
    "LocationsListingFilter",
    "LocationPage",
    "LocationsListingFilterV1",
    "LocationsListingDeprecatedPage",
]


class LocationsListingFilter(Model):
    country: Optional[str] = None
    city: Optional[str] = None
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None
    roaming: Optional[Literal["true", "false"]] = None
    last_updated_after: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedAfter")
    ] = None


class LocationPage(Model):
    data: List[Location]
    links: PaginationLinks
    meta: CursorPaginationMeta


class LocationsListingFilterV1(Model):
    post_code: Annotated[Optional[str], Field(alias="postCode")] = None
    country: Optional[str] = None
    status: Optional[Literal["active", "disabled"]] = None


class LocationsListingDeprecatedPage(Model):
    data: List[Location]
    links: PaginationLinks
    meta: BasicPaginationMeta
    """Page based pagination metadata (being phased out in favour of cursors)."""
