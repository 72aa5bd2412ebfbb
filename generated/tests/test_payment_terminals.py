"""Every method of `client.payment_terminals`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_create(client: Ampeco, check: Callable[..., Any]) -> None:
    check(
        lambda: client.with_raw_response.payment_terminals.create(
            body={
                "name": "abc",
                "integrationId": 1,
                "terminalType": "Payter",
                "operatorId": 1,
                "serialNumber": "abc",
                "defaultLanguage": "abc",
            }
        ),
        union_body=True,
    )
