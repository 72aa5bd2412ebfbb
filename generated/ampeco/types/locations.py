"""Models used by the `locations` resource."""

import datetime as _dt
from typing import Annotated, List, Optional

from pydantic import Field

from .._models import Model, OpenEnum
from ._shared import (
    BasicPaginationMeta,
    CursorPaginationMeta,
    Location,
    PaginationLinks,
)

__all__ = [
    "LocationsListingFilterRoaming",
    "LocationsListingIncludeItem",
    "LocationsListingDeprecatedFilterStatus",
    "LocationsListingFilter",
    "LocationsListingResponse",
    "LocationReadResponse",
    "LocationsListingDeprecatedFilter",
    "LocationsListingDeprecatedResponse",
]


class LocationsListingFilterRoaming(OpenEnum):
    TRUE = "true"
    FALSE = "false"


class LocationsListingIncludeItem(OpenEnum):
    CHARGING_ZONES = "chargingZones"
    WORKING_HOURS = "workingHours"


class LocationsListingDeprecatedFilterStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"


class LocationsListingFilter(Model):
    country: Optional[str] = None
    city: Optional[str] = None
    partner_id: Annotated[Optional[int], Field(alias="partnerId")] = None
    external_id: Annotated[Optional[str], Field(alias="externalId")] = None
    roaming: Optional[LocationsListingFilterRoaming] = None
    last_updated_after: Annotated[
        Optional[_dt.datetime], Field(alias="lastUpdatedAfter")
    ] = None


class LocationsListingResponse(Model):
    data: List[Location]
    links: PaginationLinks
    meta: CursorPaginationMeta


class LocationReadResponse(Model):
    data: Optional[Location] = None


class LocationsListingDeprecatedFilter(Model):
    post_code: Annotated[Optional[str], Field(alias="postCode")] = None
    country: Optional[str] = None
    status: Optional[LocationsListingDeprecatedFilterStatus] = None


class LocationsListingDeprecatedResponse(Model):
    data: List[Location]
    links: PaginationLinks
    meta: BasicPaginationMeta
    """Page based pagination metadata (being phased out in favour of cursors)."""
