"""The `PaginationLinks` model."""

from typing import Optional

from ..._models import Model

__all__ = [
    "PaginationLinks",
]


class PaginationLinks(Model):
    first: Optional[str] = None
    last: Optional[str] = None
    prev: Optional[str] = None
    next: Optional[str] = None
