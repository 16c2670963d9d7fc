"""Open and scroll an incident of 100,000 events: time and peak memory.

The record is built by importing a generated export (one transaction), so
the chain is real; then a window sits at the incident and the timeline is
jumped to 201 places, each painted. Aims: open under 0.4 s and 250 MB, a jump\nunder 30 ms at p99.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warroom import exchange
from warroom.core.chain import GENESIS, ChainedFields
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.store.repository import iso

START = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
PEOPLE = [
    ("Jonas Reiter", "scribe"),
    ("Tobias Lindqvist", "diagnostician"),
    ("Aylin Demir", "communicator"),
]


def generated_document(events: int) -> dict[str, Any]:
    timeline = []
    prev = GENESIS
    for number in range(1, events + 1):
        author, role = PEOPLE[number % len(PEOPLE)]
        payload: dict[str, Any]
        if number == 1:
            # A whole declaration: the import builds the state from the events alone.
            kind, payload = (
                "incident.declared",
                {
                    "uid": "bench-incident",
                    "title": "Bench: a very long incident",
                    "priority": "Blocker",
                    "mode": "exercise",
                    "summary": "",
                    "impact_what": "Benchmark",
                    "impact_who": "",
                    "impact_count": None,
                    "impact_since": None,
                    "services": [],
                    "started_at": iso(START),
                    "detected_at": None,
                },
            )
        else:
            entry = ("note", "decision", "action", "question")[number % 4]
            kind = "entry"
            payload = {"entry": entry, "text": f"Observation {number}: queue depth {number % 977}"}
        fields = ChainedFields(
            number=number,
            at=iso(START + timedelta(seconds=number)),
            kind=kind,
            author=author,
            role=role,
            seat="bench",
            payload=payload,
            corrects=None,
            prev_hash=prev,
        )
        prev = fields.digest()
        timeline.append(
            {
                "number": number,
                "at": fields.at,
                "kind": kind,
                "author": author,
                "role": role,
                "seat": "bench",
                "payload": payload,
                "corrects": None,
                "prev_hash": fields.prev_hash,
                "hash": prev,
            }
        )
    times: dict[str, str | None] = {k: None for k in exchange.INCIDENT_TIMES}
    times.update(started=iso(START), declared=iso(START + timedelta(seconds=1)))
    return {
        "format": exchange.FORMAT,
        "version": exchange.VERSION,
        "generator": "bench",
        "exported_at": iso(START),
        "incident": {
            "id": 1,
            "uid": "bench-incident",
            "title": "Bench: a very long incident",
            "priority": "Blocker",
            "status": "declared",
            "mode": "exercise",
            "summary": "",
            "impact": {"what": "Benchmark", "who": "", "count": None, "since": None},
            "services": [],
            "times": times,
        },
        "people": [],
        "roles": [],
        "checklist": [],
        "problem_specification": [],
        "hypotheses": [],
        "fix_attempts": [],
        "information_requests": [],
        "updates": [],
        "actions": [],
        "root_cause": None,
        "timeline": timeline,
        "integrity": {"events": events, "head_hash": prev},
    }


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would carry the parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(db: str, incident: int, as_json: bool = False) -> None:
    """In a fresh process: open the incident in a window, paint, jump about, report."""
    from PySide6.QtWidgets import QApplication

    from warroom.ui.main_window import MainWindow

    rss_before = peak_mb()
    app = QApplication([])
    clock = SimulatedClock(START + timedelta(days=2))
    started = time.perf_counter()
    room = WarRoom.open(db, clock=clock)
    window = MainWindow(room)
    window.resize(1600, 1000)
    window.show()
    view = window.take_seat(incident, "Bench Lead", Role.LEAD)
    app.processEvents()
    window.grab()
    opened = time.perf_counter() - started

    bar = view.timeline.view.verticalScrollBar()
    samples = []
    for step in range(201):
        position = bar.maximum() * ((step * 37) % 201) // 200
        t = time.perf_counter()
        bar.setValue(position)
        app.processEvents()
        view.timeline.view.viewport().grab()
        samples.append(time.perf_counter() - t)
    peak = peak_mb()
    window.close()
    room.close()
    result = {
        "open_ms": opened * 1000,
        "peak_mb": peak,
        "jump_p50_ms": percentile(samples, 50) * 1000,
        "jump_p99_ms": percentile(samples, 99) * 1000,
        "jump_max_ms": max(samples) * 1000,
        "modules_mb": rss_before,
    }
    if as_json:
        print(json.dumps(result), flush=True)
        return
    print(f"open incident and paint:     {result['open_ms']:7.0f} ms   (aim: under 400 ms)")
    print(
        f"jump to a random place:      p50 {result['jump_p50_ms']:6.1f} ms   "
        f"p99 {result['jump_p99_ms']:6.1f} ms   max {result['jump_max_ms']:6.1f} ms   "
        f"({len(samples)} jumps, each painted; aim: p99 under 30 ms)"
    )
    print(
        f"peak memory of the process:  {peak:7.0f} MB   "
        f"(Python with the app's modules before the window: {rss_before:.0f} MB; aim: under 250 MB)"
    )


def lead_lists(db: str, incident: int, repeat: int = 7) -> dict[str, float]:
    """The lead panel's two lists (decisions, next steps): their numbers read, median ms.

    "before" is the query as it was worded until migration 0009 (a bound JSON
    path, which no index can answer: every event's payload is read), run on
    the same database in turns with today's.
    """
    from sqlalchemy import select

    from warroom.store.models import TimelineEvent

    room = WarRoom.open(db, clock=SimulatedClock(START + timedelta(days=2)))
    times: dict[str, list[float]] = {"now": [], "before": []}
    try:
        for _ in range(repeat):
            for kind in ("decision", "action"):
                t = time.perf_counter()
                now = room.store.event_numbers(incident, kinds=("entry",), entry_kinds=(kind,))
                times["now"].append(time.perf_counter() - t)
                old = (
                    select(TimelineEvent.number)
                    .where(
                        TimelineEvent.incident_id == incident,
                        TimelineEvent.number > 0,
                        TimelineEvent.kind.in_(["entry"]),
                        TimelineEvent.payload["entry"].as_string().in_([kind]),
                    )
                    .order_by(TimelineEvent.number)
                )
                t = time.perf_counter()
                with room.store.read() as session:
                    before = session.connection().execute(old).scalars().all()
                times["before"].append(time.perf_counter() - t)
                assert list(now) == before
    finally:
        room.close()
    return {f"lead_list_{k}_ms": statistics.median(v) * 1000 for k, v in times.items()}


def build(db: str, events: int) -> int:
    """A database holding one incident of ``events`` events; its id."""
    room = WarRoom.open(db, clock=SimulatedClock(START + timedelta(days=2)))
    try:
        return exchange.import_incident(room.store, generated_document(events))
    finally:
        room.close()


def figures(db: str, incident: int, runs: int = 1) -> list[dict[str, float]]:
    """Each run in a fresh process (peak memory is the process's own)."""
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--measure", db, str(incident), "--json"],
            check=True,
            timeout=600,
            capture_output=True,
            text=True,
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--measure", nargs=2, metavar=("DB", "INCIDENT"), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], int(args.measure[1]), args.json)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "big.sqlite3")
        started = time.perf_counter()
        incident = build(db, args.events)
        print(f"built {args.events} events in {time.perf_counter() - started:.1f} s")
        lead = lead_lists(db, incident)
        print(
            f"lead panel's lists, each read: {lead['lead_list_now_ms']:7.1f} ms   "
            f"(worded as before 0009, on the same file: {lead['lead_list_before_ms']:.1f} ms)"
        )
        subprocess.run(
            [sys.executable, __file__, "--measure", db, str(incident)], check=True, timeout=600
        )


if __name__ == "__main__":
    main()
