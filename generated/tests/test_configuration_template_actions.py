"""Every method of `client.configuration_template_actions`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_bulk_create_variables(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: (
            client.with_raw_response.configuration_template_actions.bulk_create_variables(
                1, body=[]
            )
        )
    )
    assert result is None
