"""Request dicts of the `charge_point_actions` resource."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Literal, Optional, Sequence, Union

from typing_extensions import Required, TypedDict

if TYPE_CHECKING:
    from ..charge_point_actions import (
        ChargePointActionChargingSchedule,
        ChargePointActionChargingSchedulePeriod,
        ChargePointActionOwner,
    )

__all__ = [
    "ChargePointChangeOwnerRequestParam",
    "ChargePointActionChargingSchedulePeriodParam",
    "ChargePointActionChargingScheduleParam",
    "ChargePointSetChargingProfileRequestParam",
]


class ChargePointChangeOwnerRequestParam(TypedDict, total=False):
    """The `ChargePointChangeOwnerRequest` a request sends, as a dict keyed by wire names."""

    owner: Required[ChargePointActionOwner]
    """The new owner, given as an e-mail address or a numeric user id."""
    notifyOwner: bool


class ChargePointActionChargingSchedulePeriodParam(TypedDict, total=False):
    """The `ChargePointActionChargingSchedulePeriod` a request sends, as a dict keyed by wire names."""

    startPeriod: Required[int]
    limit: Required[float]
    numberPhases: int


class ChargePointActionChargingScheduleParam(TypedDict, total=False):
    """The `ChargePointActionChargingSchedule` a request sends, as a dict keyed by wire names."""

    duration: int
    startSchedule: Union[_dt.datetime, str]
    chargingRateUnit: Required[Literal["A", "W"]]
    chargingSchedulePeriod: Required[
        Sequence[
            Union[
                ChargePointActionChargingSchedulePeriodParam,
                ChargePointActionChargingSchedulePeriod,
            ]
        ]
    ]
    minChargingRate: float


class ChargePointSetChargingProfileRequestParam(TypedDict, total=False):
    """The `ChargePointSetChargingProfileRequest` a request sends, as a dict keyed by wire names."""

    transactionId: int
    stackLevel: Required[int]
    chargingProfilePurpose: Required[
        Literal["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"]
    ]
    chargingProfileKind: Required[Literal["Absolute", "Recurring", "Relative"]]
    recurrencyKind: Literal["Daily", "Weekly"]
    validFrom: Optional[Union[_dt.datetime, str]]
    validTo: Optional[Union[_dt.datetime, str]]
    chargingSchedule: Required[
        Union[ChargePointActionChargingScheduleParam, ChargePointActionChargingSchedule]
    ]
