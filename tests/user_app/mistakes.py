"""Mistakes both type checkers must report (see tests/test_user_app_types.py).

Each line marked `# error` holds one; if a checker stops reporting one, the typing it
relies on has become `Any` somewhere.
"""

from __future__ import annotations

from ampeco import Ampeco, AsyncAmpeco
from ampeco import Ampeko  # error
from ampeco.types import ChargePointt  # error


def sync_mistakes() -> None:
    with Ampeco(api_token="t") as client:
        client.charge_points.no_such_method()  # error
        client.with_raw_response.locations.retrieve(1, no_such_argument=True)  # error
        name: int = client.with_raw_response.charge_points.list().parse().data[0].name  # error
        client.with_options(timeout="5s")  # error


async def async_mistakes() -> None:
    async with AsyncAmpeco(api_token="t") as client:
        client.no_such_resource  # error
        page = await client.with_raw_response.charge_points.list()
        text: str = page.parse().data  # error
