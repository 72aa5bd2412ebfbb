"""The `Location` model, and the types that only it uses or that refer back to it."""

import datetime as _dt
from typing import Annotated, Dict, List, Literal, Optional, Union

from pydantic import Field, Tag

from ..._models import BaseModel, Inferred, by_value

__all__ = [
    "LocationGeoposition",
    "LocationRegion",
    "LocationImage",
    "LocationWorkingHoursHour",
    "LocationWorkingHours",
    "Location",
]


class LocationGeoposition(BaseModel):
    latitude: float
    longitude: float


LocationRegion = Annotated[
    Union[
        Annotated[
            Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"],
            Tag('Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"]'),
        ],
        Annotated[
            Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"],
            Tag('Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]'),
        ],
        Annotated[str, Tag("str")],
    ],
    Inferred(
        by_value(
            (
                (
                    'Literal["AL", "AK", "AZ", "CA", "NY", "TX", "WA"]',
                    "string",
                    ("AL", "AK", "AZ", "CA", "NY", "TX", "WA"),
                ),
                (
                    'Literal["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]',
                    "string",
                    ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"),
                ),
                ("str", "string", ()),
            )
        )
    ),
]


class LocationImage(BaseModel):
    original: str
    thumbnail: Optional[str] = None
    mime_type: Annotated[str, Field(alias="mimeType")]


class LocationWorkingHoursHour(BaseModel):
    start: _dt.time
    end: _dt.time


class LocationWorkingHours(BaseModel):
    is_always_open: bool
    stop_session_outside_working_hours: Optional[bool] = None
    hours: Optional[Dict[str, List[LocationWorkingHoursHour]]] = None
    """Opening intervals per week day, in the location timezone."""
    always_open_for_user_group_ids: Optional[List[int]] = None


class Location(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    public_charge_points: Optional[int] = None
    """Number of charge points at the location that are public and active.

    Read-only: sent by the server, ignored in requests.
    """
    public_charge_points_ids: Optional[List[int]] = None
    """Read-only: sent by the server, ignored in requests."""
    name: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    status: Optional[Literal["active", "disabled"]] = None
    """Deprecated."""
    description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    detailed_description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    additional_description: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    geoposition: Optional[LocationGeoposition] = None
    address: Optional[Dict[str, Optional[str]]] = None
    """Map of locale code to text, e.g. {"en":"Parking","fr":"Parking"}."""
    post_code: Optional[str] = None
    region: Optional[LocationRegion] = None
    city: Optional[str] = None
    country: Optional[Literal["AU", "BG", "DE", "FR", "GB", "NL", "US"]] = None
    """ISO 3166-1 alpha-2 code (list abridged)."""
    external_id: Optional[str] = None
    """Must be unique."""
    timezone: Optional[str] = None
    """Area/Location timezone, e.g. Europe/Sofia."""
    location_image: Optional[LocationImage] = None
    """Read-only: sent by the server, ignored in requests."""
    images: Optional[List[LocationImage]] = None
    """Read-only: sent by the server, ignored in requests."""
    working_hours: Optional[LocationWorkingHours] = None
    last_updated_at: Annotated[Optional[_dt.datetime], Field(alias="lastUpdatedAt")] = (
        None
    )
    """Read-only: sent by the server, ignored in requests."""
