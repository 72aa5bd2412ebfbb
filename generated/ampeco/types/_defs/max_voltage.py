"""The `MaxVoltage` type."""

from typing import Literal

__all__ = [
    "MaxVoltage",
]

MaxVoltage = Literal[
    "230", "380", "400", "480", "120", "208", "240", "110-130", "220-240", "277"
]
"""Nominal voltage; note the dashed range values."""
