"""The `ConnectedPhase` type."""

from typing import Literal

__all__ = [
    "ConnectedPhase",
]

ConnectedPhase = Literal["L1", "L2", "L3", "L1_L2", "L1_L3", "L2_L3"]
