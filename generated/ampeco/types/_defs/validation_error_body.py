"""The `ValidationErrorBody` model."""

from typing import Dict, List, Optional

from ..._models import Model

__all__ = [
    "ValidationErrorBody",
]


class ValidationErrorBody(Model):
    message: str
    errors: Optional[Dict[str, List[str]]] = None
