"""The reads that open an incident are Core statements on the tables: they configure
no ORM mapper, which a start would otherwise pay for before the incident shows."""

from __future__ import annotations

from pathlib import Path

from tests.probe import run_python
from warroom.room import WarRoom

PROBE = """
import sys
from sqlalchemy.orm import configure_mappers
from warroom.core.clock import SystemClock
from warroom.store.models import Base
from warroom.store.repository import Store

store = Store.open(sys.argv[1], SystemClock())
numbers = (
    store.last_seq(),
    store.head_number(1),
    len(store.head_hash(1)),
    list(store.event_numbers(1)),
    list(store.event_numbers(1, entry_kinds=["decision"])),
    list(store.event_numbers(1, kinds=["entry"], roles=["lead"], text="pump")),
)
configured = [m.class_.__name__ for m in Base.registry.mappers if m.configured]
print(numbers, configured)
configure_mappers()  # the probe can see a configured mapper: it is not blind
print([m.class_.__name__ for m in Base.registry.mappers if m.configured][:1])
store.close()
"""


def test_the_reads_that_open_an_incident_configure_no_mapper(room: WarRoom, db_path: Path) -> None:
    incident = room.declare("Pump station offline", "Blocker", impact_what="no water pressure")
    room.log(incident, "pump 3 tripped", kind="decision")
    answers, after = run_python(PROBE, f"sqlite:///{db_path}").stdout.splitlines()
    assert answers == "(2, 2, 64, [1, 2], [2], [2]) []"
    assert after != "[]"
