"""Models used by the `tariff_groups` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.tariff_group_v1 import TariffGroupV1

__all__ = [
    "TariffGroupV1",
]
