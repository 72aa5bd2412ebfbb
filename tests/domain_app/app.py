"""An app developer's code against the SDK of the real spec. Lines marked `# error` must be
reported by both type checkers; every other line must pass `mypy --strict` and pyright's strict mode."""

from __future__ import annotations

from typing import List

from ampeco import Ampeco
from ampeco.types import ChargePointV2, Session


def show(session: Session) -> str:
    return f"{session.id}: {session.status}, {session.energy} kWh since {session.started_at:%H:%M}"


def latest_sessions(client: Ampeco) -> List[str]:
    listed = [show(s) for s in client.sessions.list()]  # a list item is a Session
    first = next(iter(client.sessions.list()))
    again = client.sessions.retrieve(first.id)  # so is what retrieve returns
    listed.append(show(again))
    status: str = again.status  # an enum value is a plain string
    listed.append(status)
    return listed


def rename_charge_points(client: Ampeco) -> None:
    for charge_point in client.charge_points.list():
        current: ChargePointV2 = client.charge_points.retrieve(charge_point.id)
        updated: ChargePointV2 = client.charge_points.update(current.id, body={"name": current.name.upper()})
        print(updated.name)


def mistakes(client: Ampeco, session: Session) -> None:
    client.sessions.retrieve(None)  # error
    charge_point: ChargePointV2 = client.sessions.retrieve(session.id)  # error
    print(session.no_such_field, charge_point)  # error
