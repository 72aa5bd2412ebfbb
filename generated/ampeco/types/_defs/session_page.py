"""The `SessionPage` model."""

from typing import List

from ..._models import BaseModel
from .cursor_pagination_meta import CursorPaginationMeta
from .pagination_links import PaginationLinks
from .session import Session

__all__ = [
    "SessionPage",
]


class SessionPage(BaseModel):
    data: List[Session]
    links: PaginationLinks
    meta: CursorPaginationMeta
