"""Request dicts of the `payment_terminals` resource."""

from __future__ import annotations

import decimal as _decimal
from typing import TYPE_CHECKING, Literal, TypeAlias, Union

from typing_extensions import Required, TypedDict

if TYPE_CHECKING:
    from ..payment_terminals import (
        PaymentTerminalAmpeco,
        PaymentTerminalCrane,
        PaymentTerminalPayter,
        PaymentTerminalValina,
    )

__all__ = [
    "PaymentTerminalPayterParam",
    "PaymentTerminalValinaParam",
    "PaymentTerminalCraneParam",
    "PaymentTerminalAmpecoParam",
    "PaymentTerminalParam",
]


class PaymentTerminalPayterParam(TypedDict, total=False):
    """The `PaymentTerminalPayter` a request sends, as a dict keyed by wire names."""

    name: Required[str]
    integrationId: Required[int]
    terminalType: Required[Literal["Payter", "Valina", "Crane", "Ampeco"]]
    operatorId: Required[int]
    chargePointId: int
    serialNumber: Required[str]
    defaultLanguage: Required[str]
    preauthorizeAmount: Union[_decimal.Decimal, float]


class PaymentTerminalValinaParam(TypedDict, total=False):
    """The `PaymentTerminalValina` a request sends, as a dict keyed by wire names."""

    name: Required[str]
    integrationId: Required[int]
    terminalType: Required[Literal["Payter", "Valina", "Crane", "Ampeco"]]
    """Every terminal variant accepts all of these values."""
    operatorId: Required[int]
    chargingZoneId: int
    """Give either `chargePointId` or this."""
    chargePointId: int
    """Give either `chargingZoneId` or this."""
    phone: Required[str]
    defaultLanguage: Required[str]
    presentCardOnStopSession: bool


class PaymentTerminalCraneParam(TypedDict, total=False):
    """The `PaymentTerminalCrane` a request sends, as a dict keyed by wire names."""

    name: Required[str]
    integrationId: Required[int]
    terminalType: Required[Literal["Payter", "Valina", "Crane", "Ampeco"]]
    """Every terminal variant accepts all of these values."""
    operatorId: Required[int]
    chargingZoneId: int
    """Give either `chargePointId` or this."""
    chargePointId: int
    """Give either `chargingZoneId` or this."""
    serialNumber: Required[str]
    externalId: str


class PaymentTerminalAmpecoParam(TypedDict, total=False):
    """The `PaymentTerminalAmpeco` a request sends, as a dict keyed by wire names."""

    name: Required[str]
    integrationId: Required[int]
    terminalType: Required[Literal["Payter", "Valina", "Crane", "Ampeco"]]
    """Every terminal variant accepts all of these values."""
    operatorId: Required[int]
    chargingZoneId: int
    """Give either `chargePointId` or this."""
    chargePointId: int
    """Give either `chargingZoneId` or this."""
    displayText: str
    displayTextTimeout: int


PaymentTerminalParam: TypeAlias = Union[
    "PaymentTerminalPayterParam",
    "PaymentTerminalPayter",
    "PaymentTerminalValinaParam",
    "PaymentTerminalValina",
    "PaymentTerminalCraneParam",
    "PaymentTerminalCrane",
    "PaymentTerminalAmpecoParam",
    "PaymentTerminalAmpeco",
]
"""`PaymentTerminal` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""
