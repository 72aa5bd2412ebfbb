"""The `Price` model."""

from typing import Annotated, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "Price",
]


class Price(BaseModel):
    with_tax: Annotated[float, Field(alias="withTax")]
    without_tax: Annotated[Optional[float], Field(alias="withoutTax")] = None
