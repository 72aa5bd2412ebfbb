"""The `ErrorBody` model."""

from typing import Optional

from ..._models import Model

__all__ = [
    "ErrorBody",
]


class ErrorBody(Model):
    message: Optional[str] = None
