"""Files and databases written by older versions still come in.

``written-by-0.1-format-1.json`` is the demo incident exported by warroom 0.1
(format version 1) before the format grew; ``written-by-0.1-schema-0002.sqlite3``
is a database written by 0.1. Both are kept byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.room import WarRoom

FIXTURES = Path(__file__).parents[1] / "fixtures" / "records"
V1_FILE = FIXTURES / "written-by-0.1-format-1.json"


def test_a_version_1_file_written_by_0_1_imports_and_proves_itself(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    given = json.loads(V1_FILE.read_text(encoding="utf-8"))
    assert given["version"] == 1
    room = WarRoom.open(str(tmp_path / "v1.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(room.store, exchange.read_document(V1_FILE))
        assert room.verify(new_id) is None
        again = exchange.export_incident(room.store, new_id)
    finally:
        room.close()
    # The record itself is kept exactly: same events, same fingerprint.
    assert again["timeline"] == given["timeline"]
    assert again["integrity"] == given["integrity"]
    for section in ("roles", "hypotheses", "fix_attempts", "updates", "actions", "root_cause"):
        assert again[section] == given[section], section


def test_the_published_schema_and_its_table_are_what_the_tool_writes() -> None:
    import subprocess
    import sys

    tool = Path(__file__).parents[2] / "tools" / "make_schema.py"
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_event_kind_is_documented_once() -> None:
    from warroom.core.resources import resource
    from warroom.core.vocabulary import EventKind

    schema = json.loads(resource("schema", "incident.schema.json").read_text(encoding="utf-8"))
    documented = {k.removeprefix("payload.") for k in schema["$defs"] if k.startswith("payload.")}
    assert documented == {str(k) for k in EventKind}
    readme = resource("schema", "README.md").read_text(encoding="utf-8")
    for kind in EventKind:
        assert readme.count(f"| `{kind}` |") == 1, kind


def test_a_version_1_file_is_checked_against_the_payload_of_each_kind(tmp_path: Path) -> None:
    given = json.loads(V1_FILE.read_text(encoding="utf-8"))
    given["timeline"][0]["payload"]["priority"] = 3
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(given), encoding="utf-8")
    with pytest.raises(InvalidInput, match="timeline/0/payload/priority: 3 is not of type"):
        exchange.read_document(path)


def test_a_version_1_file_with_a_broken_chain_comes_in_as_a_foreign_record(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    given = json.loads(V1_FILE.read_text(encoding="utf-8"))
    entry = next(e for e in given["timeline"] if e["kind"] == "entry")
    entry["payload"]["text"] = "edited"
    path = tmp_path / "v1-edited.json"
    path.write_text(json.dumps(given), encoding="utf-8")
    incoming = exchange.read_document(path)
    assert incoming.foreign and incoming.version == 1
    room = WarRoom.open(str(tmp_path / "db.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(room.store, incoming)
        assert room.verify(new_id) is None
        last = room.store.events(new_id)[-1].payload
        assert (last["format_version"], last["chain"]) == (1, "broken")
    finally:
        room.close()


def test_what_the_room_writes_since_version_2_began_is_in_the_schema(
    room: WarRoom, tmp_path: Path, clock: SimulatedClock
) -> None:
    """Regression: entries typed offline and "same as #N" evidence were refused on import."""
    past = room.declare("Billing batch aborted", "Major", impact_what="Invoices late")
    room.set_spec_line(past, "what", is_text="E-1207 lock wait timeout", is_not_text="reports")
    room.set_root_cause(past, "index missing", how_proven="query plan")
    now = room.declare("Billing batch slow", "Major", impact_what="Invoices late")
    hypothesis = room.add_hypothesis(now, "lock wait timeout again")
    match = room.seen_before_text(["E-1207 lock wait timeout"], [], exclude=now)[0]
    room.record_same_as(now, hypothesis, match)
    room.deliver_entry(now, "typed while away", "note", client_id="seat-9/1", typed_at=room.now())
    document = exchange.export_incident(room.store, now)
    kinds = {(e["kind"], tuple(sorted(e["payload"]))) for e in document["timeline"]}
    assert ("entry", ("client_id", "entry", "text", "typed_at")) in kinds
    assert any(kind == "hypothesis.evidence" and "same_as" in keys for kind, keys in kinds)
    other = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        incoming = exchange.load_document(exchange.dumps(document).encode())
        assert other.verify(exchange.import_incident(other.store, incoming)) is None
    finally:
        other.close()
