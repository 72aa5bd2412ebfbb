"""The `PhaseRotation` type."""

from typing import Literal

__all__ = [
    "PhaseRotation",
]

PhaseRotation = Literal["RST", "RTS", "SRT", "STR", "TRS", "TSR"]
"""R = L1, S = L2, T = L3."""
