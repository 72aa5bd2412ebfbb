"""Models used by the `sessions` resource."""

import datetime as _dt
from typing import Annotated, List, Optional

from pydantic import Field

from .._models import Model, OpenEnum, OpenIntEnum
from ._shared import CursorPaginationMeta, PaginationLinks, Session

__all__ = [
    "SessionsListingClockAlignedInterval",
    "SessionsListingFilterStatus",
    "SessionsListingFilterPaymentType",
    "SessionReadIncludeItem",
    "SessionsListingFilter",
    "SessionsListingResponse",
    "SessionReadResponse",
]


class SessionsListingClockAlignedInterval(OpenIntEnum):
    VALUE_15 = 15
    VALUE_30 = 30
    VALUE_60 = 60


class SessionsListingFilterStatus(OpenEnum):
    UNKNOWN = "unknown"
    PENDING = "pending"
    ACTIVE = "active"
    FINISHED = "finished"
    FAILED = "failed"
    EXPIRED = "expired"


class SessionsListingFilterPaymentType(OpenEnum):
    TOKENIZED = "tokenized"
    SUBSCRIPTION = "subscription"
    BALANCE = "balance"
    CORPORATE = "corporate"
    TERMINAL = "terminal"
    BANK_TRANSFER = "bank_transfer"


class SessionReadIncludeItem(OpenEnum):
    EXTERNAL_APP_DATA = "externalAppData"


class SessionsListingFilter(Model):
    charge_point_id: Annotated[Optional[int], Field(alias="chargePointId")] = None
    evse_id: Annotated[Optional[int], Field(alias="evseId")] = None
    status: Optional[SessionsListingFilterStatus] = None
    payment_type: Annotated[
        Optional[SessionsListingFilterPaymentType], Field(alias="paymentType")
    ] = None
    started_after: Annotated[Optional[_dt.datetime], Field(alias="startedAfter")] = None
    started_before: Annotated[Optional[_dt.datetime], Field(alias="startedBefore")] = (
        None
    )
    user_ids: Annotated[Optional[List[int]], Field(alias="userIds")] = None


class SessionsListingResponse(Model):
    data: List[Session]
    links: PaginationLinks
    meta: CursorPaginationMeta


class SessionReadResponse(Model):
    data: Optional[Session] = None
    """Charging session"""
