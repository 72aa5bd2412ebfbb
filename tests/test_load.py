"""Load on 127.0.0.1: 2,000 async requests at concurrency 100 against a flaky local server."""

from __future__ import annotations

import asyncio
import random
import threading
import time
import resource
from collections import Counter
from typing import Any

import pytest

from tests.conftest import GeneratedSdk
from tests.support.fault_server import Reply, Reset, Router

REQUESTS = 2000
CONCURRENCY = 100


def flaky_server() -> Router:
    """5 % 503s and 1 % connection resets, decided by a seeded generator (repeatable)."""
    rng = random.Random(1234)
    lock = threading.Lock()

    def handler(request: Any) -> Any:
        with lock:
            roll = rng.random()
        if roll < 0.01:
            return Reset()
        if roll < 0.06:
            return Reply(503, json={"message": "Service Unavailable"})
        return Reply(200, json={"data": {"id": 1, "name": "loc"}})

    return Router(handler)


def test_two_thousand_requests_at_concurrency_100(own_sdk: GeneratedSdk, monkeypatch: pytest.MonkeyPatch) -> None:
    sdk = __import__(own_sdk.package)
    monkeypatch.setattr(own_sdk.module("_retries"), "INITIAL_DELAY", 0.01)
    outcomes: Counter[str] = Counter()

    async def one(api: Any, gate: asyncio.Semaphore) -> None:
        async with gate:
            try:
                result = await api.locations.retrieve(1)
                outcomes["ok" if result.id == 1 else "wrong body"] += 1
            except sdk.APIStatusError as error:
                outcomes[f"HTTP {error.status_code}"] += 1
            except sdk.APIConnectionError as error:
                outcomes[type(error).__name__] += 1

    async def run(base_url: str) -> None:
        gate = asyncio.Semaphore(CONCURRENCY)
        async with sdk.AsyncAmpecoOwn(api_token="t", base_url=base_url, max_retries=2, timeout=10) as api:
            await asyncio.wait_for(asyncio.gather(*(one(api, gate) for _ in range(REQUESTS))), timeout=180)

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    started = time.monotonic()
    with flaky_server() as server:
        asyncio.run(run(server.base_url))
        connections = server.connections_opened
        served = len(server.requests)
    elapsed = time.monotonic() - started
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - rss_before
    print(f"\nload: {dict(outcomes)}; {served} requests served in {elapsed:.1f} s; {connections} connections; peak RSS +{growth / 1e6:.1f} MB")
    assert sum(outcomes.values()) == REQUESTS, "every request ends in a result or a typed error"
    assert outcomes["ok"] >= REQUESTS * 0.99
    assert set(outcomes) <= {"ok", "HTTP 503", "APIConnectionError"}
    resets = served - REQUESTS  # upper bound on retried requests, each may reconnect
    assert connections <= CONCURRENCY + resets + 10, "connections are pooled and reused, not leaked"
    assert growth < 150e6, "memory stays bounded"
