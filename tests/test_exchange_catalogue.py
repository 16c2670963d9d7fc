"""Export and import carry the catalogue entries an incident names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warroom import exchange
from warroom.core.catalogue import Service
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.room import WarRoom


def test_an_incident_moves_with_its_services_entries(
    room: WarRoom, tmp_path: Path, clock: SimulatedClock
) -> None:
    room.save_service(Service("erp-db", owner="DBA team", tier="1", depends_on=("san",)))
    room.save_service(Service("mes", owner="Plant IT"))
    room.save_service(Service("unrelated"))
    incident = room.declare("ERP DB down", "Blocker", impact_what="No orders", services=["erp-db"])
    room.update_impact(incident, services=["erp-db", "MES", "kantine"])
    document = exchange.export_incident(room.store, incident)
    assert [e["name"] for e in document["catalogue"]] == ["erp-db", "mes"]

    target = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        target.save_service(Service("mes", owner="Werk-IT Graz"))  # theirs stays theirs
        raw = exchange.dumps(document).encode()
        new_id = exchange.import_incident(target.store, exchange.load_document(raw))
        assert target.catalogue().get("erp-db") == Service(
            "erp-db", owner="DBA team", tier="1", depends_on=("san",)
        )
        assert target.catalogue().get("mes") == Service("mes", owner="Werk-IT Graz")
        assert target.catalogue().get("unrelated") is None
        again = exchange.export_incident(target.store, new_id)
        assert again["catalogue"][0] == document["catalogue"][0]
    finally:
        target.close()


def test_an_incident_without_catalogue_entries_exports_as_before(room: WarRoom) -> None:
    incident = room.declare("Printer", "Minor", impact_what="No labels", services=["cups"])
    assert "catalogue" not in exchange.export_incident(room.store, incident)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "x", "owner": "a", "colour": "red"}, "colour"),
        ({"name": "", "owner": "a"}, "name"),
        ({"name": "x", "depends_on": "y"}, "depends_on"),
    ],
)
def test_a_bad_catalogue_entry_refuses_the_import_and_writes_nothing(
    room: WarRoom, tmp_path: Path, clock: SimulatedClock, entry: dict[str, object], message: str
) -> None:
    room.save_service(Service("erp-db"))
    incident = room.declare("ERP DB down", "Blocker", impact_what="No orders", services=["erp-db"])
    document = exchange.export_incident(room.store, incident)
    document["catalogue"].append(entry)
    target = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        with pytest.raises(InvalidInput, match=message):
            exchange.import_incident(
                target.store, exchange.load_document(json.dumps(document).encode())
            )
        assert target.list_incidents() == []
        assert target.catalogue().services == ()
    finally:
        target.close()
