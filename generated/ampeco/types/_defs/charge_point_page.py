"""The `ChargePointPage` model."""

from typing import List

from ..._models import BaseModel
from .charge_point import ChargePoint
from .cursor_pagination_meta import CursorPaginationMeta
from .pagination_links import PaginationLinks

__all__ = [
    "ChargePointPage",
]


class ChargePointPage(BaseModel):
    data: List[ChargePoint]
    links: PaginationLinks
    meta: CursorPaginationMeta
