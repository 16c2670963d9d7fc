"""Two ways in: a warroom export keeps its chain; a foreign record gets a fresh one and says whence.

A foreign file (no chain, or a broken one) is written through the write path
at the times it gives; its texts are cleaned, its state sections (if any) must
agree with its events, and one more event records the file's name, SHA-256,
the tool that wrote it and what its own chain was.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.demo import create_demo_incident
from warroom.exchange.document import STATE_SECTIONS
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot

from ..conftest import T0
from .documents import foreign, rechained


@pytest.fixture
def document(room: WarRoom) -> dict[str, Any]:
    demo = create_demo_incident(room, now=T0)
    return exchange.export_incident(room.store, demo)


@pytest.fixture
def target(tmp_path: Path, clock: SimulatedClock) -> Any:
    other = WarRoom.open(str(tmp_path / "target.sqlite3"), clock=clock)
    yield other
    other.close()


def as_z_times(document: dict[str, Any]) -> dict[str, Any]:
    """Every event time written the way many tools write RFC 3339: seconds, then Z."""
    doc = copy.deepcopy(document)
    for event in doc["timeline"]:
        event["at"] = event["at"].replace(".000000+00:00", "Z")
    return doc


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_warroom_export_comes_in_as_it_is_and_says_so(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.json"
    path.write_text(exchange.dumps(document), encoding="utf-8")
    db = str(tmp_path / "in.sqlite3")
    code, out, err = run(capsys, "import", str(path), "--db", db)
    assert code == 0
    assert err.strip() == (
        f"imported as #{out.strip()}: a warroom export, its hash chain verified "
        f"({document['integrity']['events']} events)"
    )


def test_a_foreign_file_without_a_chain_is_written_with_a_fresh_one(
    document: dict[str, Any], tmp_path: Path, target: WarRoom, capsys: pytest.CaptureFixture[str]
) -> None:
    given = foreign(document)
    path = tmp_path / "from-another-tool.json"
    path.write_text(json.dumps(given), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--db", str(tmp_path / "target.sqlite3"))
    assert code == 0, err
    new_id = int(out)
    events = len(given["timeline"])
    assert "a foreign incident: the file has no hash chain" in err
    assert f"event {events + 1} records where they came from" in err
    assert target.verify(new_id) is None
    again = exchange.export_incident(target.store, new_id)
    # The same record, event for event, with the chain the app writes...
    assert [(e["at"], e["kind"], e["author"], e["payload"]) for e in again["timeline"][:-1]] == [
        (e["at"], e["kind"], e["author"], e["payload"]) for e in document["timeline"]
    ]
    # ...the same state as the original (the events say it all)...
    for section in STATE_SECTIONS:
        if section == "incident":
            again[section]["id"] = document[section]["id"]
        assert again[section] == document[section], section
    # ...and one more event that says where it came from.
    origin = again["timeline"][-1]
    assert origin["kind"] == "record.imported"
    assert origin["payload"] == {
        "file": "from-another-tool.json",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "tool": "another tool 3.1",
        "format_version": 2,
        "chain": "absent",
        "chain_problem": "",
        "events": events,
        "cleaned": 0,
    }
    shown = load_snapshot(target.store, new_id).imported_from
    assert [(v.file, v.chain, v.number) for v in shown] == [
        ("from-another-tool.json", "absent", events + 1)
    ]


def test_rfc_3339_z_times_from_another_tool_are_not_called_an_edit(
    document: dict[str, Any], tmp_path: Path, target: WarRoom, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: a foreign file with ``...Z`` times was refused as changed after export."""
    # The other tool chained its events over the time as it wrote it, not the canonical form.
    given = as_z_times(document)
    with_z = rechained(given, time_as_written=True)
    for event, original in zip(with_z["timeline"], given["timeline"], strict=True):
        assert event["at"] == original["at"]
    path = tmp_path / "z-times.json"
    path.write_text(json.dumps(with_z), encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--db", str(tmp_path / "target.sqlite3"))
    assert code == 0, err
    assert "changed after it was exported" not in err
    assert "a foreign incident: the file's hash chain is broken at event 1" in err
    assert target.verify(int(out)) is None


def test_z_times_hashed_in_their_one_text_form_verify(
    document: dict[str, Any], target: WarRoom
) -> None:
    # What the README says is hashed: the time in its canonical form, whatever the file writes.
    chained = as_z_times(document)
    assert chained["timeline"][0]["at"].endswith("Z")
    incoming = exchange.load_document(json.dumps(chained).encode(), "z.json")
    assert not incoming.foreign
    new_id = exchange.import_incident(target.store, incoming)
    assert target.store.head_hash(new_id) == document["integrity"]["head_hash"]


def test_a_broken_chain_comes_in_as_foreign_and_the_record_says_where_it_broke(
    document: dict[str, Any], tmp_path: Path, target: WarRoom, capsys: pytest.CaptureFixture[str]
) -> None:
    tampered = copy.deepcopy(document)
    entry = next(e for e in tampered["timeline"] if e["kind"] == "entry")
    entry["payload"]["text"] = "rewritten history"
    path = tmp_path / "tampered.json"
    path.write_text(exchange.dumps(tampered), encoding="utf-8")
    # The file on its own does not verify...
    code, _, err = run(capsys, "verify", str(path))
    assert code == 1
    assert f"hash chain is broken at event {entry['number']}" in err
    # ...so it comes in as a foreign record, whose last event says so for good.
    code, out, err = run(capsys, "import", str(path), "--db", str(tmp_path / "target.sqlite3"))
    assert code == 0, err
    assert f"hash chain is broken at event {entry['number']}" in err
    new_id = int(out)
    assert target.verify(new_id) is None
    last = target.store.events(new_id)[-1]
    assert last.kind == "record.imported"
    assert last.payload["chain"] == "broken"
    assert last.payload["chain_problem"].startswith(f"event {entry['number']}:")
    assert target.store.events(new_id, entry["number"], 1)[0].payload["text"] == (
        "rewritten history"
    )


def test_a_deleted_event_is_named_by_the_record_of_the_import(
    document: dict[str, Any], target: WarRoom
) -> None:
    tampered = copy.deepcopy(document)
    corrected = {e["corrects"] for e in tampered["timeline"]}
    entry = next(
        e for e in tampered["timeline"] if e["kind"] == "entry" and e["number"] not in corrected
    )
    tampered["timeline"].remove(entry)
    raw = json.dumps(tampered).encode()
    new_id = exchange.import_incident(target.store, exchange.load_document(raw))
    origin = target.store.events(new_id)[-1].payload
    assert origin["chain"] == "broken"
    assert origin["chain_problem"].startswith(f"event {entry['number']}: missing or moved")
    assert origin["events"] == len(document["timeline"]) - 1
    assert target.verify(new_id) is None


def test_verify_says_a_foreign_file_proves_nothing(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(foreign(document)), encoding="utf-8")
    code, _, err = run(capsys, "verify", str(path))
    assert code == 1
    assert "NOT PROVEN: the file has no hash chain" in err


def test_a_foreign_file_with_state_sections_must_agree_with_its_events(
    document: dict[str, Any], target: WarRoom
) -> None:
    given = foreign(document, keep_state=True)
    new_id = exchange.import_incident(
        target.store, exchange.load_document(json.dumps(given).encode())
    )
    assert target.verify(new_id) is None
    wrong = foreign(document, keep_state=True)
    wrong["incident"]["uid"] = "another"
    wrong["timeline"][0]["payload"]["uid"] = "another"
    wrong["hypotheses"][1]["status"] = "confirmed"
    before = target.store.last_seq()
    with pytest.raises(InvalidInput, match=r"disagrees with its own events at hypotheses\[1\]"):
        exchange.import_incident(target.store, exchange.load_document(json.dumps(wrong).encode()))
    assert target.store.last_seq() == before


HOSTILE = [
    ("\x1b[2J red", "\u241b[2J red"),
    ("a\x00b", "a\u2400b"),
    ("one\r\ntwo", "one\ntwo"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
]


@pytest.mark.parametrize(("typed", "kept"), HOSTILE, ids=["escape", "NUL", "CRLF", "surrogate"])
def test_a_foreign_file_s_unsafe_text_is_cleaned_not_refused(
    document: dict[str, Any], target: WarRoom, typed: str, kept: str
) -> None:
    given = foreign(document)
    entry = next(e for e in given["timeline"] if e["kind"] == "entry")
    entry["payload"]["text"] = typed
    raw = json.dumps(given, ensure_ascii=True).encode()
    incoming = exchange.load_document(raw, "hostile.json")
    assert incoming.cleaned == 1
    new_id = exchange.import_incident(target.store, incoming)
    position = given["timeline"].index(entry) + 1
    assert target.store.events(new_id, position, 1)[0].payload["text"] == kept
    assert target.store.events(new_id)[-1].payload["cleaned"] == 1
    assert target.verify(new_id) is None


def test_a_text_longer_than_the_app_takes_is_refused_with_its_place(
    document: dict[str, Any],
) -> None:
    given = foreign(document)
    index = next(i for i, e in enumerate(given["timeline"]) if e["kind"] == "entry")
    given["timeline"][index]["payload"]["text"] = "x" * 20_001
    said = r"the text is too long \(20,001 characters; at most 20,000\)"
    with pytest.raises(InvalidInput, match=f"timeline/{index}/payload/text: {said}"):
        exchange.load_document(json.dumps(given).encode())


def test_a_payload_is_checked_against_its_kind(document: dict[str, Any]) -> None:
    given = foreign(document)
    del given["timeline"][0]["payload"]["title"]
    with pytest.raises(InvalidInput, match="timeline/0/payload: 'title' is a required property"):
        exchange.load_document(json.dumps(given).encode())
    given = foreign(document)
    given["timeline"][3]["kind"] = "incident.teleported"
    with pytest.raises(InvalidInput, match="timeline/3/kind: unknown event kind") as caught:
        exchange.load_document(json.dumps(given).encode())
    assert "newer version" in caught.value.hint


def test_an_event_on_something_the_file_never_created_is_refused_and_nothing_is_written(
    document: dict[str, Any], target: WarRoom
) -> None:
    given = foreign(document)
    index = next(i for i, e in enumerate(given["timeline"]) if e["kind"] == "hypothesis.status")
    given["timeline"][index]["payload"]["uid"] = "no-such-hypothesis"
    incoming = exchange.load_document(json.dumps(given).encode())
    with pytest.raises(InvalidInput, match=f"timeline/{index} .*no hypothesis no-such-hypothesis"):
        exchange.import_incident(target.store, incoming)
    assert target.store.last_seq() == 0


def test_an_event_in_the_future_is_refused(document: dict[str, Any], target: WarRoom) -> None:
    given = foreign(document)
    given["timeline"][-1]["at"] = "2099-01-01T00:00:00Z"
    incoming = exchange.load_document(json.dumps(given).encode())
    with pytest.raises(InvalidInput, match="lies in the future"):
        exchange.import_incident(target.store, incoming)
    assert target.store.last_seq() == 0


def test_a_foreign_record_is_imported_once(document: dict[str, Any], target: WarRoom) -> None:
    raw = json.dumps(foreign(document)).encode()
    exchange.import_incident(target.store, exchange.load_document(raw))
    with pytest.raises(InvalidInput, match="already in the database"):
        exchange.import_incident(target.store, exchange.load_document(raw))


def test_corrections_in_a_foreign_file_point_at_the_events_the_file_numbered(
    document: dict[str, Any], target: WarRoom
) -> None:
    given = foreign(document)
    correction = next(e for e in given["timeline"] if e["corrects"])
    corrected = next(e for e in given["timeline"] if e["number"] == correction["corrects"])
    # The other tool numbers its events in tens; the record numbers them 1, 2, ...
    for event in given["timeline"]:
        event["number"] *= 10
        if event["corrects"]:
            event["corrects"] *= 10
    new_id = exchange.import_incident(
        target.store, exchange.load_document(json.dumps(given).encode())
    )
    events = target.store.events(new_id)
    pointer = next(e.corrects for e in events if e.corrects is not None)
    assert pointer is not None
    assert events[pointer - 1].payload == corrected["payload"]
    given["timeline"][-1]["corrects"] = 99_999
    with pytest.raises(InvalidInput, match="corrects: event 99999 is not an earlier event"):
        exchange.load_document(json.dumps(given).encode())


def test_a_foreign_declaration_needs_a_uid(document: dict[str, Any]) -> None:
    given = foreign(document)
    del given["timeline"][0]["payload"]["uid"]
    incoming = exchange.load_document(json.dumps(given).encode())
    store_less = pytest.raises(InvalidInput, match="names no uid for the incident")
    with store_less:
        exchange.check_importable(incoming)
