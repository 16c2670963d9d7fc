"""What crosses the record's boundary: files in, text typed, records from older versions.

An import trusts the events, never a state section on its own; text that is
not text is made visible or refused; a record written by version 0.1 upgrades
and still proves itself; a fingerprint printed on a report can be checked
against the exported file by whoever received both.
"""

from __future__ import annotations

import copy
import json
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.cli import main
from warroom.core.errors import InvalidInput
from warroom.core.text import clean_text
from warroom.room import WarRoom
from warroom.store.engine import resolve_url
from warroom.store.repository import Store

from .exchange.documents import rechained

FIXTURES = Path(__file__).parent / "fixtures" / "records"


@pytest.fixture
def document(room: WarRoom, incident: int) -> dict[str, Any]:
    hypothesis = room.add_hypothesis(incident, "The storage array lost a controller")
    room.set_hypothesis_status(incident, hypothesis, "confirmed", "controller log")
    room.post_update(incident, "Working on it.", next_update_at=room.now() + timedelta(minutes=15))
    room.resolve(incident, "Controller replaced.")
    room.set_root_cause(incident, "A failed storage controller", how_proven="vendor analysis")
    return exchange.export_incident(room.store, incident)


def fresh_store(tmp_path: Path, room: WarRoom) -> Store:
    return Store.open(resolve_url(str(tmp_path / "other.sqlite3")), room.clock)


STATE_EDITS = [
    ("root cause", lambda d: d["root_cause"].update(cause="EDITED"), "root_cause.cause"),
    ("title", lambda d: d["incident"].update(title="EDITED"), "incident.title"),
    ("status", lambda d: d["incident"].update(status="monitoring"), "incident.status"),
    (
        "hypothesis status",
        lambda d: d["hypotheses"][0].update(status="ruled_out"),
        "hypotheses[0].status",
    ),
    ("an update removed", lambda d: d["updates"].clear(), "updates (its length)"),
]


@pytest.mark.parametrize(("what", "edit", "where"), STATE_EDITS, ids=[e[0] for e in STATE_EDITS])
def test_a_state_edited_in_the_file_is_refused_naming_the_place(
    document: dict[str, Any], tmp_path: Path, room: WarRoom, what: str, edit: Any, where: str
) -> None:
    tampered = copy.deepcopy(document)
    edit(tampered)
    checked = exchange.load_document(exchange.dumps(tampered).encode(), "file.json")
    store = fresh_store(tmp_path, room)
    try:
        with pytest.raises(InvalidInput, match="disagrees with its own events") as caught:
            exchange.import_incident(store, checked)
        assert where in caught.value.message
        assert room.list_incidents()  # the original is untouched
        with store.read() as session:
            from sqlalchemy import func, select

            from warroom.store.models import Incident, TimelineEvent

            assert session.scalar(select(func.count()).select_from(Incident)) == 0
            assert session.scalar(select(func.count()).select_from(TimelineEvent)) == 0
    finally:
        store.close()


def test_an_event_edited_in_the_file_breaks_the_chain_and_its_state_gives_it_away(
    document: dict[str, Any], tmp_path: Path, room: WarRoom
) -> None:
    tampered = copy.deepcopy(document)
    root = next(e for e in tampered["timeline"] if e["kind"] == "root_cause.set")
    root["payload"]["cause"] = "EDITED"
    checked = exchange.load_document(exchange.dumps(tampered).encode(), "file.json")
    # A broken chain makes the file a foreign record, never a verified export...
    assert checked.foreign
    assert f"broken at event {root['number']}" in checked.way
    # ...and its state sections, which say the cause the chain covered, refuse it.
    store = fresh_store(tmp_path, room)
    try:
        with pytest.raises(
            InvalidInput, match=r"disagrees with its own events at root_cause\.cause"
        ):
            exchange.import_incident(store, checked)
    finally:
        store.close()


def test_an_untouched_export_imports_and_proves_itself(
    document: dict[str, Any], tmp_path: Path, room: WarRoom
) -> None:
    store = fresh_store(tmp_path, room)
    try:
        new_id = exchange.import_incident(
            store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert store.verify(new_id) is None
        again = exchange.export_incident(store, new_id)
        for section in ("incident", "hypotheses", "updates", "root_cause", "timeline"):
            if section == "incident":
                again[section]["id"] = document[section]["id"]
            assert again[section] == document[section]
    finally:
        store.close()


# -- text that is not text --------------------------------------------------------


HOSTILE = {
    "lone surrogate": ("before \ud800 after", "before \ufffd after"),
    "NUL": ("a\x00b", "a\u2400b"),
    "terminal escape": ("red \x1b[31mALERT\x1b[0m", "red \u241b[31mALERT\u241b[0m"),
    "bell and backspace": ("x\x07\x08y", "x\u2407\u2408y"),
    "C1 control sequence introducer": ("a\x9b2Jb", "a\ufffd2Jb"),
    "DEL": ("a\x7fb", "a\u2421b"),
    "line breaks stay, CR becomes LF": ("one\r\ntwo\rthree\tfour", "one\ntwo\nthree\tfour"),
}


@pytest.mark.parametrize(("typed", "kept"), HOSTILE.values(), ids=HOSTILE.keys())
def test_typed_text_that_is_not_text_is_kept_visible(
    room: WarRoom, incident: int, typed: str, kept: str
) -> None:
    assert clean_text(typed) == kept
    room.log(incident, typed)
    hypothesis = room.add_hypothesis(incident, typed)
    room.add_evidence(incident, hypothesis, "seen", supports=True)
    events = room.store.events(incident)
    assert events[-3].payload["text"] == kept
    assert events[-2].payload["statement"] == kept
    assert room.verify(incident) is None


@pytest.mark.parametrize("bad", ["\x00", "\x1b[2J", "\x9b"])
def test_a_chained_import_with_unsafe_characters_is_refused_with_the_place(
    document: dict[str, Any], bad: str
) -> None:
    tampered = copy.deepcopy(document)
    tampered["timeline"][0]["payload"]["title"] = f"Title {bad}"
    # A chain that verifies over the unsafe text: it cannot be cleaned without breaking.
    tampered = rechained(tampered)
    raw = json.dumps(tampered, ensure_ascii=True).encode()  # \ud800 survives as an escape
    with pytest.raises(InvalidInput) as caught:
        exchange.load_document(raw, "hostile.json")
    assert "timeline/0/payload/title" in caught.value.message
    assert "surrogate" in caught.value.message or "control character" in caught.value.message


def test_the_command_line_refuses_a_hostile_import_with_exit_2(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tampered = copy.deepcopy(document)
    tampered["incident"]["title"] = "x\ud800"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(tampered, ensure_ascii=True))
    code = main(["import", str(path), "--db", str(tmp_path / "new.sqlite3")])
    err = capsys.readouterr().err
    assert code == 2
    assert "surrogate" in err and "Traceback" not in err


@pytest.mark.tampers
def test_no_terminal_escape_reaches_the_list(
    room: WarRoom, incident: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE incident SET title = 'Down \x1b]0;pwned\x07 \x1b[2J now'")
    assert main(["list", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Down \u241b]0;pwned\u2407 \u241b[2J now" in out


# -- records written by version 0.1 ----------------------------------------------------


def test_a_record_written_by_0_1_upgrades_and_proves_itself(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "written-by-0.1-schema-0002.sqlite3", path)
    room = WarRoom.open(str(path))
    try:
        incidents = room.list_incidents()
        assert len(incidents) == 2
        for summary in incidents:
            assert room.verify(summary.id) is None, summary.title
        # The upgrade copied the file aside first.
        assert list(tmp_path.glob("old.sqlite3.before-upgrade-from-0002-*"))
        # And what 0.1 wrote can still be exported, imported and verified.
        document = exchange.export_incident(room.store, incidents[-1].id)
    finally:
        room.close()
    store = Store.open(resolve_url(str(tmp_path / "copy.sqlite3")), room.clock)
    try:
        new_id = exchange.import_incident(
            store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert store.verify(new_id) is None
    finally:
        store.close()


@pytest.mark.tampers
def test_a_record_written_by_0_1_is_still_checked(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "written-by-0.1-schema-0002.sqlite3", path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE root_cause SET cause = 'EDITED' WHERE incident_id = 2")
    room = WarRoom.open(str(path))
    try:
        problem = room.verify(2)
        assert problem is not None and "root_cause" in str(problem)
    finally:
        room.close()


# -- the fingerprint outside the app ------------------------------------------------


def test_verify_a_file_against_the_fingerprint_on_its_report(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "incident.json"
    path.write_text(exchange.dumps(document))
    head = document["integrity"]["head_hash"]
    assert main(["verify", str(path), "--fingerprint", head.upper()]) == 0
    assert "matches the fingerprint" in capsys.readouterr().out
    assert main(["verify", str(path), "--fingerprint", "0" * 64]) == 1
    assert head in capsys.readouterr().err
    tampered = copy.deepcopy(document)
    tampered["root_cause"]["cause"] = "EDITED"
    path.write_text(exchange.dumps(tampered))
    assert main(["verify", str(path), "--fingerprint", head]) == 1
    assert "disagrees with its own events" in capsys.readouterr().err


def test_verify_a_stored_incident_against_a_fingerprint(
    room: WarRoom, incident: int, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = room.store.head_hash(incident)
    assert main(["verify", str(incident), "--fingerprint", head, "--db", str(db_path)]) == 0
    assert main(["verify", str(incident), "--fingerprint", "ab" * 32, "--db", str(db_path)]) == 1


def test_a_report_prints_the_whole_fingerprint(room: WarRoom, incident: int) -> None:
    from warroom.report.export import export_bytes

    text = export_bytes(room.store, incident, "md", room.now()).decode()
    assert room.store.head_hash(incident) in text
