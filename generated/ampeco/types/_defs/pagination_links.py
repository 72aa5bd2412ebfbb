"""The `PaginationLinks` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "PaginationLinks",
]


class PaginationLinks(BaseModel):
    first: Optional[str] = None
    last: Optional[str] = None
    prev: Optional[str] = None
    next: Optional[str] = None
