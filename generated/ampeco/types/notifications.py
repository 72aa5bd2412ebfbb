"""Models used by the `notifications` resource.

The classes are defined in `types/_defs`, one small module each, so that a call builds
only the classes it needs; import them from here or from `types`.
"""

from ._defs.notification_subscription import NotificationSubscription

__all__ = [
    "NotificationSubscription",
]
