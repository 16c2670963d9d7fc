"""The export format: complete, versioned, schema-described, and import is all or nothing."""

from __future__ import annotations

import copy
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.demo import create_demo_incident
from warroom.room import WarRoom

from .conftest import T0


@pytest.fixture
def demo(room: WarRoom) -> int:
    return create_demo_incident(room, now=T0)


@pytest.fixture
def document(room: WarRoom, demo: int) -> dict[str, Any]:
    return exchange.export_incident(room.store, demo)


def without_ids(doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["incident"].pop("id")
    doc.pop("exported_at")
    return doc


def test_the_demo_fills_every_section(document: dict[str, Any]) -> None:
    for section in (
        "roles",
        "checklist",
        "problem_specification",
        "hypotheses",
        "fix_attempts",
        "information_requests",
        "updates",
        "actions",
        "timeline",
    ):
        assert document[section], section
    assert document["root_cause"] is not None
    assert document["incident"]["status"] in ("resolved", "closed")
    assert any(r["ended_at"] for r in document["roles"])  # a handover happened
    assert any(e["corrects"] for e in document["timeline"])  # a correction exists


def test_export_validates_against_the_published_schema(document: dict[str, Any]) -> None:
    import jsonschema

    schema = json.loads(Path("resources/schema/incident.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)


def test_export_import_export_is_the_same_document_apart_from_ids(
    document: dict[str, Any], tmp_path: Path, clock: SimulatedClock
) -> None:
    raw = exchange.dumps(document).encode()
    other = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(other.store, exchange.load_document(raw))
        again = exchange.export_incident(other.store, new_id)
        assert other.verify(new_id) is None
    finally:
        other.close()
    assert without_ids(again) == without_ids(document)


def test_importing_the_same_incident_twice_is_refused(
    room: WarRoom, document: dict[str, Any]
) -> None:
    before = room.store.last_seq()
    with pytest.raises(InvalidInput, match="already in the database"):
        exchange.import_incident(
            room.store, exchange.load_document(exchange.dumps(document).encode())
        )
    assert room.store.last_seq() == before


def broken(document: dict[str, Any], change: str) -> bytes:
    doc = copy.deepcopy(document)
    if change == "version":
        doc["version"] = 3
    elif change == "format":
        doc["format"] = "something-else"
    elif change == "missing section":
        del doc["timeline"]
    elif change == "wrong type":
        doc["incident"]["impact"]["count"] = "many"
    elif change == "bad status":
        doc["incident"]["status"] = "on fire"
    elif change == "unknown field":
        doc["incident"]["colour"] = "red"
    elif change == "bad time":
        doc["updates"][0]["sent_at"] = "yesterday"
    elif change == "edited state":
        doc["hypotheses"][0]["statement"] = "rewritten history"
    elif change == "reordered events":
        # The chain breaks (a foreign record then), and the state gives the change away.
        doc["timeline"][2], doc["timeline"][3] = doc["timeline"][3], doc["timeline"][2]
    elif change == "dangling hypothesis":
        doc["fix_attempts"][0]["hypothesis"] = "no-such-hypothesis"
    elif change == "duplicate uid":
        doc["actions"].append(copy.deepcopy(doc["actions"][0]))
    else:
        raise AssertionError(change)
    return json.dumps(doc).encode()


REASONS = {
    "version": "format version 3 is not supported",
    "format": "not a warroom incident export",
    "missing section": "'timeline' is a required property",
    "wrong type": "incident/impact/count",
    "bad status": "incident/status",
    "unknown field": "Additional properties are not allowed",
    "bad time": "updates/0/sent_at",
    "edited state": "disagrees with its own events at hypotheses[0].statement",
    "reordered events": "disagrees with its own events",
    "dangling hypothesis": "fix_attempts/0",
    "duplicate uid": "is used twice",
}


def run_import(capsys: pytest.CaptureFixture[str], path: Path, db: Path) -> tuple[int, str, str]:
    code = main(["import", str(path), "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("change", sorted(REASONS))
def test_invalid_imports_exit_2_with_one_clear_line_and_write_nothing(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    path = tmp_path / "incident.json"
    path.write_bytes(broken(document, change))
    target = tmp_path / "fresh.sqlite3"
    code, out, err = run_import(capsys, path, target)
    assert code == 2
    assert out == ""
    first_line = err.splitlines()[0]
    assert first_line.startswith("warroom: ")
    assert REASONS[change] in first_line
    assert "Traceback" not in err
    assert not target.exists()  # not even an empty database was made


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not valid JSON"),
        (b'{"format": ', "not valid JSON (line 1, column 12"),
        (b"[1, 2, 3]", "not a warroom incident export"),
        (b"\xff\xfe\x00junk", "not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "not a warroom"),
    ],
)
def test_malformed_files_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, _, err = run_import(capsys, path, tmp_path / "db.sqlite3")
    assert code == 2
    assert reason in err


def test_fifty_megabytes_of_junk_is_refused_quickly_and_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], room: WarRoom, db_path: Path
) -> None:
    path = tmp_path / "junk.json"
    rng = random.Random(7)
    with path.open("wb") as fh:
        for _ in range(50):
            fh.write(rng.randbytes(1024 * 1024))
    assert os.path.getsize(path) == 50 * 1024 * 1024
    before = room.store.last_seq()
    code, out, err = run_import(capsys, path, db_path)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert room.store.last_seq() == before


def test_missing_file_and_folder_are_user_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_import(capsys, tmp_path / "nope.json", tmp_path / "db.sqlite3")
    assert (code, "no such file") == (2, err.split(": ", 1)[1][:12])
    code, _, err = run_import(capsys, tmp_path, tmp_path / "db.sqlite3")
    assert code == 2
    assert "is a folder" in err


def test_cli_round_trip_through_files(
    room: WarRoom, demo: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "export" / "incident.json"
    out_file.parent.mkdir()
    assert (
        main(["export", str(demo), "--format", "json", "-o", str(out_file), "--db", str(db_path)])
        == 0
    )
    capsys.readouterr()
    other = tmp_path / "other.sqlite3"
    code, out, _ = run_import(capsys, out_file, other)
    assert code == 0
    new_id = int(out.strip())
    assert main(["verify", str(new_id), "--db", str(other)]) == 0
    assert "record intact" in capsys.readouterr().out
    assert main(["export", str(new_id), "--format", "json", "--db", str(other)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert without_ids(again) == without_ids(json.loads(out_file.read_text()))
    assert [p.name for p in out_file.parent.iterdir()] == ["incident.json"]  # no temp left


def test_a_file_from_before_delivery_states_still_imports(
    document: dict[str, Any], tmp_path: Path, clock: SimulatedClock
) -> None:
    older = copy.deepcopy(document)
    older["incident"].pop("paged_who")
    for name in ("paged", "acknowledged"):
        older["incident"]["times"].pop(name)
    for update in older["updates"]:
        update.pop("delivery")
        update.pop("delivery_detail")
    other = WarRoom.open(str(tmp_path / "older.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(
            other.store, exchange.load_document(json.dumps(older).encode())
        )
        again = exchange.export_incident(other.store, new_id)
    finally:
        other.close()
    assert {u["delivery"] for u in again["updates"]} == {"sent"}
