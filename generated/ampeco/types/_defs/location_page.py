"""The `LocationPage` model."""

from typing import List

from ..._models import BaseModel
from .cursor_pagination_meta import CursorPaginationMeta
from .location import Location
from .pagination_links import PaginationLinks

__all__ = [
    "LocationPage",
]


class LocationPage(BaseModel):
    data: List[Location]
    links: PaginationLinks
    meta: CursorPaginationMeta
