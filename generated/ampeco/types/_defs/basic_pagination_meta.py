"""The `BasicPaginationMeta` model."""

from typing import Annotated, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "BasicPaginationMeta",
]


class BasicPaginationMeta(BaseModel):
    """Page based pagination metadata (being phased out in favour of cursors)."""

    current_page: Optional[int] = None
    from_: Annotated[Optional[int], Field(alias="from")] = None
    """Position of the first item of the page in the whole list."""
    last_page: Optional[int] = None
    path: Optional[str] = None
    per_page: Optional[int] = None
    to: Optional[int] = None
    total: Optional[int] = None
