"""The `PaymentTerminalBase` model."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "PaymentTerminalBase",
]


class PaymentTerminalBase(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    name: str
    integration_id: Annotated[int, Field(alias="integrationId")]
    terminal_type: Annotated[
        Literal["Payter", "Valina", "Crane", "Ampeco"], Field(alias="terminalType")
    ]
    """Every terminal variant accepts all of these values."""
    operator_id: Annotated[int, Field(alias="operatorId")]
    charging_zone_id: Annotated[Optional[int], Field(alias="chargingZoneId")] = None
    """Give either `chargePointId` or this."""
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    """Give either `chargingZoneId` or this."""
