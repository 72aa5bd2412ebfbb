"""When to retry, and how long to wait.

Rule (documented in the README): connection failures that happened before the request
was sent, 408 and 429 are retried for every method. Timeouts, dropped connections, 409
and 5xx are retried only for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE): a POST
or PATCH may already have reached the server, and repeating it could, say, start two
charging sessions. `retry_non_idempotent=True` on the client opts in to retrying them too.
"""

from __future__ import annotations

import email.utils
import random
import time
from typing import Mapping, Optional

import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_SERVER_DELAY = 60.0  # a huge Retry-After is capped, not slept
ALWAYS_RETRIED_STATUS = frozenset({408, 429})
IDEMPOTENT_RETRIED_STATUS = frozenset({409, 500, 502, 503, 504})


def retry_after_seconds(
    headers: Mapping[str, str], now: Optional[float] = None
) -> Optional[float]:
    """Seconds the server asked us to wait: Retry-After (seconds or HTTP date), else X-RateLimit-Reset."""
    value = headers.get("retry-after")
    if value is not None:
        try:
            return max(0.0, float(value))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if value else None
            if parsed is not None:
                return max(
                    0.0, parsed.timestamp() - (now if now is not None else time.time())
                )
    reset = headers.get("x-ratelimit-reset")
    if reset is not None:
        try:
            number = float(reset)
        except ValueError:
            return None
        current = now if now is not None else time.time()
        return (
            max(0.0, number - current) if number > 1_000_000_000 else max(0.0, number)
        )
    return None


def should_retry_status(method: str, status: int, non_idempotent_ok: bool) -> bool:
    if status in ALWAYS_RETRIED_STATUS:
        return True
    return status in IDEMPOTENT_RETRIED_STATUS and (
        method.upper() in IDEMPOTENT or non_idempotent_ok
    )


def should_retry_error(method: str, error: Exception, non_idempotent_ok: bool) -> bool:
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        return True  # the request never left: safe for any method
    if isinstance(
        error, (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
    ):
        return method.upper() in IDEMPOTENT or non_idempotent_ok
    return False


def backoff(attempt: int, headers: Optional[Mapping[str, str]] = None) -> float:
    """Exponential backoff with jitter; the server's own hint wins, capped at MAX_SERVER_DELAY."""
    hinted = retry_after_seconds(headers) if headers is not None else None
    if hinted is not None:
        return min(hinted, MAX_SERVER_DELAY)
    delay: float = min(INITIAL_DELAY * (2.0**attempt), MAX_DELAY)
    return delay * (1 - 0.25 * random.random())
