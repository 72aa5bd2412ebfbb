"""Every method of `client.tariff_groups`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_update(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.tariff_groups.update(1, name="abc"))
    assert result is not None
