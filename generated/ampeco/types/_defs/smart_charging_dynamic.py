"""The `SmartChargingDynamic` model."""

from typing import Annotated, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .connected_phase import ConnectedPhase
from .max_voltage import MaxVoltage
from .phase_rotation import PhaseRotation

__all__ = [
    "SmartChargingDynamic",
]


class SmartChargingDynamic(BaseModel):
    mode: Literal["dynamic"]
    """Dynamic load management for public and private charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    min_current: Annotated[Optional[float], Field(alias="minCurrent")] = None
    enable_keep_awake: Annotated[Optional[bool], Field(alias="enableKeepAwake")] = None
    max_voltage: Annotated[MaxVoltage, Field(alias="maxVoltage")]
    """Nominal voltage; note the dashed range values."""
    electrical_configuration: Annotated[
        Optional[Literal["star", "delta"]], Field(alias="electricalConfiguration")
    ] = "star"
    phases: Literal["single_phase", "three_phase", "split_phase"]
    phase_rotation: Annotated[Optional[PhaseRotation], Field(alias="phaseRotation")]
    """R = L1, S = L2, T = L3."""
    connected_phase: Annotated[
        Optional[ConnectedPhase], Field(alias="connectedPhase")
    ] = None
