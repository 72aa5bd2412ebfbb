"""Request dicts of the `locations` resource."""

from __future__ import annotations

import datetime as _dt
from typing import Literal, Union

from typing_extensions import TypedDict

__all__ = [
    "LocationsListingFilterParam",
    "LocationsListingFilterV1Param",
]


class LocationsListingFilterParam(TypedDict, total=False):
    """The `LocationsListingFilter` a request sends, as a dict keyed by wire names."""

    country: str
    city: str
    partnerId: int
    externalId: str
    roaming: Literal["true", "false"]
    lastUpdatedAfter: Union[_dt.datetime, str]


class LocationsListingFilterV1Param(TypedDict, total=False):
    """The `LocationsListingFilterV1` a request sends, as a dict keyed by wire names."""

    postCode: str
    country: str
    status: Literal["active", "disabled"]
