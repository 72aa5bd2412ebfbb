"""An app developer's calls with request arguments, against the SDK of the real spec.

Lines marked `# error` must be reported by both type checkers (mypy --strict and pyright
strict); every other line must pass both. The same calls are sent to a local server by
tests/test_typed_requests.py, which checks what reaches the wire.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from ampeco import Ampeco, AsyncAmpeco
from ampeco.types import ChargePointChangeAvailabilityRequest, ChargePointsListingFilterV2Param, Tax


def correct_calls(client: Ampeco) -> Tax:
    # body properties as keyword arguments; an enum value is its string literal
    client.charge_point_actions.change_availability(42, type="Inoperative", evse_network_id=2)
    # the whole body, as a model or as a dict keyed by wire names
    client.charge_point_actions.change_availability(42, body=ChargePointChangeAvailabilityRequest(type="Operative"))
    client.charge_point_actions.change_availability(42, body={"type": "Operative", "evseNetworkId": 3})
    # a decimal stays a number on the wire; None is sent as null, an argument left out is not sent
    tax = client.taxes.create(name="VAT", percentage=Decimal("20.5"), tax_identification_number_id=None)
    # nested objects and arrays of objects take dicts keyed by wire names
    client.taxes.create(name="VAT", percentage=20, display_name=[{"locale": "en", "translation": "VAT"}])
    # a filter is a dict keyed by wire names
    wanted: ChargePointsListingFilterV2Param = {"networkId": "N1", "desiredSecurityProfileStatus": "pending"}
    for charge_point in client.charge_points.list(filter=wanted, per_page=10):
        print(charge_point.id)
    client.sessions.list(filter={"startedAfter": datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)})
    return tax


async def the_same_calls_async_and_raw(client: AsyncAmpeco, sync_client: Ampeco) -> str:
    await client.charge_point_actions.change_availability(42, type="Inoperative", evse_network_id=2)
    tax: Tax = await client.taxes.create(body={"name": "VAT", "percentage": 20})
    raw = sync_client.with_raw_response.charge_point_actions.change_availability(42, type="Operative")
    async_raw = await client.with_raw_response.taxes.create(name="VAT", percentage=Decimal("20.5"))
    created: Tax = async_raw.parse()
    return f"{tax.name} {raw.status_code} {created.percentage}"


def mistakes(client: Ampeco) -> None:
    client.charge_point_actions.change_availability(42, tpye="Inoperative")  # error
    client.charge_point_actions.change_availability(42, type="Inoperable")  # error
    client.charge_point_actions.change_availability(42, type="Operative", evse_network_id="two")  # error
    client.charge_points.list(filter={"netwrokId": "N1"})  # error
    client.taxes.create(name="VAT")  # error
    client.charge_point_actions.change_availability(42, body={"type": "Inoperable"})  # error
    client.taxes.create(name="VAT", percentage=1, display_name=[{"locale": 5}])  # error
    client.with_raw_response.charge_point_actions.change_availability(42, type="Inoperable")  # error
    client.taxes.create(name="VAT", percentage=1, body={"name": "VAT", "percentage": 1})  # error


async def async_mistakes(client: AsyncAmpeco) -> None:
    await client.charge_point_actions.change_availability(42, tpye="Inoperative")  # error
    await client.taxes.create(name="VAT")  # error
