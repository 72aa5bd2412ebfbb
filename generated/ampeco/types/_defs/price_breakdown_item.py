"""The `PriceBreakdownItem` model."""

import decimal as _decimal
from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .price import Price

__all__ = [
    "PriceBreakdownItem",
]


class PriceBreakdownItem(BaseModel):
    type: Literal[
        "flat",
        "connection",
        "energy",
        "charging_time",
        "idle_time",
        "min_price",
        "service_fee",
    ]
    currency: str
    unit: Literal["kwh", "minute", "session"]
    price_per_unit: Annotated[Price, Field(alias="pricePerUnit")]
    quantity: _decimal.Decimal
    price: Price
    tax_percentage: Annotated[
        Optional[_decimal.Decimal], Field(alias="taxPercentage")
    ] = None
