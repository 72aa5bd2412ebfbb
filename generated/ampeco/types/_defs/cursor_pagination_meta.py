"""The `CursorPaginationMeta` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "CursorPaginationMeta",
]


class CursorPaginationMeta(BaseModel):
    """Cursor Pagination"""

    path: Optional[str] = None
    """The base route of the endpoint (unpaginated)."""
    per_page: Optional[int] = None
    """The max number of items in each page."""
    next_cursor: Optional[str] = None
    """Cursor of the next page; prefer following `links.next`."""
    prev_cursor: Optional[str] = None
    """Cursor of the previous page; prefer following `links.prev`."""
