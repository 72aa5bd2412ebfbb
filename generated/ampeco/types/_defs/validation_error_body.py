"""The `ValidationErrorBody` model."""

from typing import Dict, List, Optional

from ..._models import BaseModel

__all__ = [
    "ValidationErrorBody",
]


class ValidationErrorBody(BaseModel):
    message: str
    errors: Optional[Dict[str, List[str]]] = None
