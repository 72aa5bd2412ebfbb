"""The `LocationsListingDeprecatedPage` model."""

from typing import List

from ..._models import BaseModel
from .basic_pagination_meta import BasicPaginationMeta
from .location import Location
from .pagination_links import PaginationLinks

__all__ = [
    "LocationsListingDeprecatedPage",
]


class LocationsListingDeprecatedPage(BaseModel):
    data: List[Location]
    links: PaginationLinks
    meta: BasicPaginationMeta
    """Page based pagination metadata (being phased out in favour of cursors)."""
