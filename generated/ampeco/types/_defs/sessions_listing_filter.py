"""The `SessionsListingFilter` model."""

import datetime as _dt
from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "SessionsListingFilter",
]


class SessionsListingFilter(BaseModel):
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None
    status: Optional[
        Literal["unknown", "pending", "active", "finished", "failed", "expired"]
    ] = None
    payment_type: Annotated[
        Optional[
            Literal[
                "tokenized",
                "subscription",
                "balance",
                "corporate",
                "terminal",
                "bank_transfer",
            ]
        ],
        Field(alias="paymentType"),
    ] = None
    started_after: Annotated[Optional[_dt.datetime], Field(alias="startedAfter")] = None
    started_before: Annotated[Optional[_dt.datetime], Field(alias="startedBefore")] = (
        None
    )
    user_ids: Annotated[Optional[List[int]], Field(alias="userIds")] = None
