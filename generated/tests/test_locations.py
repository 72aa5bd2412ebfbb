"""Every method of `client.locations`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from ampeco import Ampeco


def test_list(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.locations.list())
    assert isinstance(result.data, list)


def test_list_v1(client: Ampeco, check: Callable[..., Any]) -> None:
    with pytest.warns(DeprecationWarning):
        result = check(lambda: client.with_raw_response.locations.list_v1())
    assert isinstance(result.data, list)


def test_retrieve(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.locations.retrieve(1))
    assert result is not None
