"""The `ErrorBody` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "ErrorBody",
]


class ErrorBody(BaseModel):
    message: Optional[str] = None
