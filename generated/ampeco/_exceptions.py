"""Errors raised by the Ampeco SDK: one class per status family."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Union, cast

import httpx

# What a response body parses to: the JSON value, or the text when it is not JSON.
JSONBody = Union[Dict[str, Any], List[Any], str, int, float, bool, None]

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base of every error this SDK raises."""

    def __init__(self, message: str, request: Optional[httpx.Request] = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class InvalidRequestError(APIError, ValueError):
    """The request cannot be built from what was given: a bad option, header, path value or body.

    Raised before anything is sent. It is also a ``ValueError``, as these mistakes are.
    """


class APIConnectionError(APIError):
    """The request did not get a response: DNS, refused or reset connection, TLS..."""

    def __init__(
        self,
        request: Optional[httpx.Request] = None,
        message: str = "Connection error.",
    ) -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, request: Optional[httpx.Request] = None) -> None:
        super().__init__(request, "Request timed out.")


class APIResponseValidationError(APIError):
    """The response does not match the spec (and strict response validation is on).

    Also raised, in both modes, when a successful response's body is not the JSON it
    should be; then ``body`` is its text.
    """

    def __init__(self, response: httpx.Response, body: JSONBody, message: str) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    status_code: int

    def __init__(
        self, message: str, *, response: httpx.Response, body: JSONBody
    ) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers: Mapping[str, str] = response.headers
        self.body = body


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the API token is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422: the payload is invalid; ``errors`` maps each field to its messages."""

    @property
    def errors(self) -> Dict[str, List[str]]:
        raw = self.body.get("errors") if isinstance(self.body, dict) else None
        if not isinstance(raw, dict):
            return {}
        fields = cast("Mapping[Any, Any]", raw)
        return {
            str(k): (
                [str(m) for m in cast("Sequence[Any]", v)]
                if isinstance(v, list)
                else [str(v)]
            )
            for k, v in fields.items()
        }


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is in seconds, when the API says."""

    @property
    def retry_after(self) -> Optional[float]:
        from ._retries import retry_after_seconds

        return retry_after_seconds(self.headers)

    @property
    def limit(self) -> Optional[int]:
        return _int_header(self.headers, "x-ratelimit-limit")

    @property
    def remaining(self) -> Optional[int]:
        return _int_header(self.headers, "x-ratelimit-remaining")

    @property
    def reset(self) -> Optional[int]:
        return _int_header(self.headers, "x-ratelimit-reset")


class InternalServerError(APIStatusError):
    """5xx"""


def _int_header(headers: Mapping[str, str], name: str) -> Optional[int]:
    try:
        return int(headers[name])
    except (KeyError, ValueError):
        return None


_BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, body: JSONBody) -> APIStatusError:
    status = response.status_code
    kind = _BY_STATUS.get(
        status, InternalServerError if status >= 500 else APIStatusError
    )
    detail = body.get("message") if isinstance(body, dict) else None
    message = f"Error code: {status}" + (
        f" - {detail}" if isinstance(detail, str) and detail else ""
    )
    return kind(message, response=response, body=body)
