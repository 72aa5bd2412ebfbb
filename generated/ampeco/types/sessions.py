"""Models used by the `sessions` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.session_page import SessionPage
from ._defs.sessions_listing_filter import SessionsListingFilter

__all__ = [
    "SessionsListingFilter",
    "SessionPage",
]
