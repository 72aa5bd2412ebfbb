"""Models used by the `payment_terminals` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.payment_terminal import (
    PaymentTerminal,
    PaymentTerminalAmpeco,
    PaymentTerminalCrane,
    PaymentTerminalPayter,
    PaymentTerminalValina,
)

__all__ = [
    "PaymentTerminalPayter",
    "PaymentTerminalValina",
    "PaymentTerminalCrane",
    "PaymentTerminalAmpeco",
    "PaymentTerminal",
]
