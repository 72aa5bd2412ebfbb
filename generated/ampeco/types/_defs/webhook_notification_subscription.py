"""The `WebhookNotificationSubscription` model."""

from typing import Annotated, Dict, List, Optional

from pydantic import Field

from ..._models import BaseModel
from .notification_type import NotificationType

__all__ = [
    "WebhookNotificationSubscription",
]


class WebhookNotificationSubscription(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    via: str
    """Always "webhook" for this variant."""
    notifications: List[NotificationType]
    callback_url: Annotated[str, Field(alias="callbackUrl")]
    headers: Optional[Dict[str, str]] = None
    """Extra HTTP headers sent with every callback."""
    x_custom: Annotated[Optional[str], Field(alias="x-custom")] = None
    """Integrator value echoed back in the X-Custom header."""
    template: Optional[str] = None
    """Optional body template. Placeholders use {{ x }} syntax, {% raw %} blocks
    are copied verbatim, strings like \"\"\" are not special, and regexes such
    as \\d+ are kept literally.
    """
