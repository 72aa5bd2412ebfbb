"""Every method of `client.notifications`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_subscribe(client: Ampeco, check: Callable[..., Any]) -> None:
    check(
        lambda: client.with_raw_response.notifications.subscribe(
            body={
                "via": "webhook",
                "notifications": [],
                "callbackUrl": "https://example.com/",
            }
        ),
        union_body=True,
    )
