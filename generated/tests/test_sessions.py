"""Every method of `client.sessions`, called against the Prism mock of the spec."""

from __future__ import annotations

from typing import Any, Callable

from ampeco import Ampeco


def test_list(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.sessions.list())
    assert isinstance(result.data, list)


def test_retrieve(client: Ampeco, check: Callable[..., Any]) -> None:
    result = check(lambda: client.with_raw_response.sessions.retrieve("abc"))
    assert result is not None
