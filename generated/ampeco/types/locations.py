"""Models used by the `locations` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.location_page import LocationPage
from ._defs.locations_listing_deprecated_page import LocationsListingDeprecatedPage
from ._defs.locations_listing_filter import LocationsListingFilter
from ._defs.locations_listing_filter_v1 import LocationsListingFilterV1

__all__ = [
    "LocationsListingFilter",
    "LocationPage",
    "LocationsListingFilterV1",
    "LocationsListingDeprecatedPage",
]
