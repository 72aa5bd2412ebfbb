"""The `SmartChargingTod` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .connected_phase import ConnectedPhase
from .max_voltage import MaxVoltage
from .phase_rotation import PhaseRotation

__all__ = [
    "SmartChargingTodPeriodElement",
    "SmartChargingTodPeriod",
    "SmartChargingTod",
]


class SmartChargingTodPeriodElement(BaseModel):
    start_at: Annotated[_dt.time, Field(alias="startAt")]
    end_at: Annotated[_dt.time, Field(alias="endAt")]
    max_current: Annotated[Optional[float], Field(alias="maxCurrent")] = None


class SmartChargingTodPeriod(BaseModel):
    week_day: Annotated[
        Literal["all", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        Field(alias="weekDay"),
    ]
    elements: List[SmartChargingTodPeriodElement]


class SmartChargingTod(BaseModel):
    mode: Literal["tod"]
    """Time-of-day limits for public and private charge points."""
    default_charge_point_max_current: Annotated[
        float, Field(alias="defaultChargePointMaxCurrent")
    ]
    """In amps."""
    circuit_id: Annotated[Optional[int], Field(alias="circuitId")] = None
    """Read-only: sent by the server, ignored in requests."""
    periods: Optional[List[SmartChargingTodPeriod]] = None
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
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
