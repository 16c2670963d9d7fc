"""Five public postmortems, as foreign incidents: they come in, prove themselves, and add up.

``tests/fixtures/incidents/`` is written by ``tools/make_corpus.py`` from facts
noted there. Each file is imported through the command line and through the
API, verified, exported in every format, and its JSON export imported again
(then as a warroom export, its chain verified). The golden values below are
what a reader checks against the source, written down from the source, not
computed from the files: how long it lasted, when customers first heard, how
many updates there were and which promised the next one, how the impact
unfolded (phases, partial restoration), which times are approximate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from warroom import exchange
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.exchange.document import STATE_SECTIONS
from warroom.report.model import build_report
from warroom.room import WarRoom
from warroom.snapshot import load_snapshot

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "incidents"


def minutes(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 60


@dataclass(frozen=True)
class Golden:
    """What the source says, as a reader would check it (minutes from the start)."""

    file: str
    zone: str
    resolve: float  # start -> resolution
    first_update: float | None
    detect: float | None
    mitigate: float | None
    updates: int
    promised: tuple[bool, ...]  # which updates promised the next one, in order
    phases: tuple[tuple[str, float], ...]  # (level, minutes)
    approximate: frozenset[str]
    sources: int
    remedies_chosen: int
    remedies: int
    tolerance: float = 0.0  # the source gives the times only roughly


GOLDEN = (
    # AWS: 9:37 PST command; GET/LIST/DELETE back 12:26; index recovered 13:18; placement,
    # and with it PUT, 13:54. Individual services on the dashboard from 11:37.
    Golden(
        "2017-02-28-aws-s3-us-east-1.json",
        "America/Los_Angeles",
        resolve=4 * 60 + 17,
        first_update=2 * 60,
        detect=None,
        mitigate=2 * 60 + 49,
        updates=2,
        promised=(False, False),
        phases=(("outage", 169), ("degraded", 52), ("degraded", 36)),
        # The summary does not time the dashboard's per-service return (the first update).
        approximate=frozenset({"declared", "first_update"}),
        sources=1,
        remedies_chosen=1,
        remedies=1,
    ),
    # GitHub: 22:52 UTC partition, "24 hours and 11 minutes of service degradation",
    # alerts 22:54, yellow 23:09, red 23:13, failover back 16:24, green 23:03.
    Golden(
        "2018-10-21-github.json",
        "UTC",
        resolve=24 * 60 + 11,
        first_update=17,
        detect=2,
        mitigate=17 * 60 + 32,
        updates=5,
        promised=(False,) * 5,
        phases=(("degraded", 17 * 60 + 32), ("degraded", 6 * 60 + 39)),
        approximate=frozenset(),
        sources=1,
        remedies_chosen=1,
        remedies=3,
    ),
    # Fastly: onset 09:47, identified by monitoring 09:48, status post 09:58, recovery from
    # 10:36 (95 % within 49 minutes), mitigated 12:35, status resolved 12:44.
    Golden(
        "2021-06-08-fastly.json",
        "UTC",
        resolve=2 * 60 + 57,
        first_update=11,
        detect=1,
        mitigate=2 * 60 + 48,
        updates=2,
        promised=(False, False),
        phases=(("outage", 49), ("degraded", 119)),
        approximate=frozenset({"declared"}),
        sources=1,
        remedies_chosen=1,
        remedies=1,
    ),
    # Facebook: about six hours, from about 15:40 UTC; routes back about 21:00 UTC.
    Golden(
        "2021-10-04-facebook.json",
        "UTC",
        resolve=6 * 60,
        first_update=7 * 60 + 20,
        detect=None,
        mitigate=5 * 60 + 20,
        updates=2,
        promised=(False, False),
        phases=(("outage", 5 * 60 + 20), ("degraded", 40)),
        approximate=frozenset({"started", "declared", "mitigated", "resolved", "first_update"}),
        sources=3,
        remedies_chosen=1,
        remedies=2,
        tolerance=30,
    ),
    # Atlassian: from 07:38 UTC on 5 April; first sites back 8 April, all by 18 April
    # ("up to 14 days"); the review gives no minutes for those days.
    Golden(
        "2022-04-05-atlassian.json",
        "UTC",
        resolve=13 * 24 * 60 + 4 * 60 + 22,
        first_update=24 * 24 * 60 + 4 * 60 + 22,
        detect=39,
        mitigate=3 * 24 * 60 + 4 * 60 + 22,
        updates=1,
        promised=(False,),
        phases=(("outage", 3 * 24 * 60 + 4 * 60 + 22), ("degraded", 10 * 24 * 60)),
        approximate=frozenset({"detected", "declared", "mitigated", "resolved", "first_update"}),
        sources=1,
        remedies_chosen=1,
        remedies=2,
        tolerance=12 * 60,
    ),
)
IDS = [g.file.removesuffix(".json") for g in GOLDEN]


def test_the_corpus_is_what_its_generator_writes() -> None:
    tool = ROOT / "tools" / "make_corpus.py"
    done = subprocess.run(
        [sys.executable, str(tool), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in CORPUS.glob("*.json")) == sorted(g.file for g in GOLDEN)


@pytest.fixture
def imported(request: pytest.FixtureRequest, tmp_path: Path, clock: SimulatedClock) -> Any:
    golden: Golden = request.param
    room = WarRoom.open(str(tmp_path / "api.sqlite3"), clock=clock)
    incoming = exchange.read_document(CORPUS / golden.file)
    done = exchange.import_document(room.store, incoming)
    yield golden, room, done.incident_id
    room.close()


def close(actual: float | None, expected: float | None, tolerance: float) -> bool:
    if actual is None or expected is None:
        return actual is expected
    return abs(actual - expected) <= tolerance


@pytest.mark.parametrize("imported", GOLDEN, ids=IDS, indirect=True)
def test_the_facts_a_reader_checks(imported: Any, clock: SimulatedClock) -> None:
    golden, room, incident_id = imported
    report = build_report(room.store, incident_id, clock.now())
    shown = report.incident
    tolerance = golden.tolerance
    assert report.chain_intact
    assert close(minutes(report.durations["resolve"]), golden.resolve, tolerance)
    assert close(minutes(report.durations["first_update"]), golden.first_update, tolerance)
    assert close(minutes(report.durations["detect"]), golden.detect, tolerance)
    assert close(minutes(report.durations["mitigate"]), golden.mitigate, tolerance)
    assert len(report.communication) == golden.updates
    assert tuple(line.promise is not None for line in report.communication) == golden.promised
    assert report.communication[-1].update.final
    phases = [(p.level, minutes(p.ended_at - p.started_at)) for p in shown.phases if p.ended_at]
    assert len(phases) == len(shown.phases) == len(golden.phases)
    for (level, span), (want_level, want_span) in zip(phases, golden.phases, strict=True):
        assert level == want_level and close(span, want_span, tolerance)
    # A partial restoration: each phase after the first begins where the one before ended.
    for before, after in zip(shown.phases, shown.phases[1:], strict=False):
        assert after.started_at == before.ended_at
    # The impact is over by the resolution (Fastly: mitigated 12:35, status resolved 12:44).
    last_end = shown.phases[-1].ended_at
    assert last_end is not None and shown.resolved_at is not None
    assert timedelta(0) <= shown.resolved_at - last_end <= timedelta(minutes=10)
    assert shown.approximate_times == golden.approximate
    assert shown.time_zone == golden.zone
    assert len(shown.sources) == golden.sources
    assert all(s.url.startswith("https://") and s.title for s in shown.sources)
    assert [r.decision for r in shown.remedies].count("chosen") == golden.remedies_chosen
    assert len(shown.remedies) == golden.remedies
    assert all(r.reason for r in shown.remedies)
    assert shown.root_cause is not None and shown.root_cause.how_proven
    assert [(v.chain, v.file) for v in shown.imported_from] == [("absent", golden.file)]


@pytest.mark.slow
@pytest.mark.parametrize("golden", GOLDEN, ids=IDS)
def test_import_verify_export_every_format_and_import_the_export_again(
    golden: Golden, tmp_path: Path, clock: SimulatedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["import", str(CORPUS / golden.file), "--db", db]) == 0
    out, err = capsys.readouterr()
    incident_id = out.strip()
    assert "a foreign incident: the file has no hash chain" in err
    assert main(["verify", incident_id, "--db", db]) == 0
    capsys.readouterr()
    for fmt in ("json", "md", "html", "pdf"):
        target = tmp_path / f"report.{fmt}"
        assert main(["export", incident_id, "--format", fmt, "-o", str(target), "--db", db]) == 0
        assert target.stat().st_size > 1000, fmt
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    exported = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    # The export is a warroom export now: chained, and it comes in as it is.
    again = WarRoom.open(str(tmp_path / "again.sqlite3"), clock=clock)
    try:
        incoming = exchange.read_document(tmp_path / "report.json")
        assert not incoming.foreign
        new_id = exchange.import_incident(again.store, incoming)
        assert again.verify(new_id) is None
        assert again.store.head_hash(new_id) == exported["integrity"]["head_hash"]
        reexported = exchange.export_incident(again.store, new_id)
    finally:
        again.close()
    for section in STATE_SECTIONS:
        if section == "incident":
            reexported[section]["id"] = exported[section]["id"]
        assert reexported[section] == exported[section], section
    # The API import of the same file gives the same state as the command line's.
    api = WarRoom.open(str(tmp_path / "api.sqlite3"), clock=clock)
    try:
        api_id = exchange.import_incident(api.store, exchange.read_document(CORPUS / golden.file))
        through_api = exchange.export_incident(api.store, api_id)
        assert load_snapshot(api.store, api_id).imported_from[0].file == golden.file
    finally:
        api.close()
    for section in STATE_SECTIONS:
        if section == "incident":
            through_api[section]["id"] = exported[section]["id"]
        assert through_api[section] == exported[section], section
