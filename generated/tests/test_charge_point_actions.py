"""Every method of `client.charge_point_actions`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_change_owner(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_point_actions.change_owner(
            1, owner="driver@example.com"
        )
    )
    assert result is None


def test_reset(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_point_actions.reset(1, "hard")
    )
    assert result is not None


def test_set_charging_profile(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_point_actions.set_charging_profile(
            1,
            1,
            stack_level=0,
            charging_profile_purpose="ChargePointMaxProfile",
            charging_profile_kind="Absolute",
            charging_schedule={
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 1, "limit": 1.0}],
            },
        )
    )
    assert result is None
