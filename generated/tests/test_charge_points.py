"""Every method of `client.charge_points`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ampeco import Ampeco


def test_create(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_points.create(
            evses=[], network_protocol="ocpp 1.5", access_type="private"
        )
    )
    assert result is not None


def test_delete(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.charge_points.delete(1))
    assert result is None


def test_list(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.charge_points.list())
    assert isinstance(result.data, list)


def test_retrieve(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.charge_points.retrieve(1))
    assert result is not None


def test_retrieve_personal_smart_charging_preferences(
    client: Ampeco, check: Callable[..., Any]
) -> None:
    result = check(
        lambda: (
            client.with_raw_response.charge_points.retrieve_personal_smart_charging_preferences(
                1
            )
        )
    )
    assert result is not None


def test_retrieve_v1(client: Ampeco, check: Callable[..., Any]) -> None:
    with pytest.warns(DeprecationWarning):
        result = check(lambda: client.with_raw_response.charge_points.retrieve_v1(1))
    assert result is not None


def test_update(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_points.update(
            1, evses=[], network_protocol="ocpp 1.5", access_type="private"
        )
    )
    assert result is not None


def test_update_configuration(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(
        lambda: client.with_raw_response.charge_points.update_configuration(
            1, "abc", value="abc"
        )
    )
    assert result is not None


def test_update_personal_smart_charging_preferences(
    client: Ampeco, check: Callable[..., Any]
) -> None:
    check(
        lambda: (
            client.with_raw_response.charge_points.update_personal_smart_charging_preferences(
                1,
                body={
                    "type": "user_controlled_schedule",
                    "preferences": {"startTime": "07:08:09", "endTime": "07:08:09"},
                },
            )
        ),
        union_body=True,
    )


def test_update_smart_charging(client: Ampeco, check: Callable[..., Any]) -> None:
    check(
        lambda: client.with_raw_response.charge_points.update_smart_charging(
            1,
            body={
                "mode": "tod",
                "defaultChargePointMaxCurrent": 1.0,
                "maxVoltage": "230",
                "phases": "single_phase",
                "phaseRotation": "RST",
            },
        ),
        union_body=True,
    )
