"""Request dicts of the `sessions` resource."""

from __future__ import annotations

import datetime as _dt
from typing import List, Literal, Union

from typing_extensions import TypedDict

__all__ = [
    "SessionsListingFilterParam",
]


class SessionsListingFilterParam(TypedDict, total=False):
    """The `SessionsListingFilter` a request sends, as a dict keyed by wire names."""

    chargePointId: int
    evseId: int
    status: Literal["unknown", "pending", "active", "finished", "failed", "expired"]
    paymentType: Literal[
        "tokenized", "subscription", "balance", "corporate", "terminal", "bank_transfer"
    ]
    startedAfter: Union[_dt.datetime, str]
    startedBefore: Union[_dt.datetime, str]
    userIds: List[int]
