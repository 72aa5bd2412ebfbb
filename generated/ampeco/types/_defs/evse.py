"""The `Evse` model, and the types that only it uses or that refer back to it."""

from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "EvseConnector",
    "Evse",
]


class EvseConnector(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    status: Optional[Literal["active", "disabled"]] = None
    type: Optional[
        Literal["type1", "type2", "type3", "chademo", "ccs1", "ccs2", "schuko", "nacs"]
    ] = None
    format: Optional[Literal["socket", "cable"]] = None


class Evse(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    network_id: Annotated[str, Field(alias="networkId")]
    """OCPP EVSE identifier (consecutive numbers starting at 1)."""
    physical_reference: Annotated[Optional[str], Field(alias="physicalReference")] = (
        None
    )
    current_type: Annotated[
        Optional[Literal["ac", "dc"]], Field(alias="currentType")
    ] = None
    max_power: Annotated[Optional[float], Field(alias="maxPower")] = None
    max_voltage: Annotated[Optional[str], Field(alias="maxVoltage")] = None
    status: Optional[Literal["active", "disabled", "out of order"]] = None
    hardware_status: Annotated[
        Optional[
            Literal[
                "available",
                "preparing",
                "charging",
                "suspendedEV",
                "suspendedEVSE",
                "finishing",
                "reserved",
                "unavailable",
                "faulted",
            ]
        ],
        Field(alias="hardwareStatus"),
    ] = None
    """Read-only: sent by the server, ignored in requests."""
    tariff_group_id: Annotated[Optional[int], Field(alias="tariffGroupId")] = None
    allows_reservation: Annotated[Optional[bool], Field(alias="allowsReservation")] = (
        None
    )
    connectors: Optional[List[EvseConnector]] = None
