"""The `Price` model."""

from typing import Annotated, Optional

from pydantic import Field

from ..._models import Model

__all__ = [
    "Price",
]


class Price(Model):
    with_tax: Annotated[float, Field(alias="withTax")]
    without_tax: Annotated[Optional[float], Field(alias="withoutTax")] = None
