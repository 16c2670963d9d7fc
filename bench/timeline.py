"""Open and scroll an incident of 100,000 events: time and peak memory.

The record is built by importing a generated export (one transaction), so
the chain is real; then a window sits at the incident and the timeline is
scrolled end to end. Aim: open under 1 s, under 300 MB.
"""

from __future__ import annotations

import argparse
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


def measure(db: str, incident: int) -> None:
    """In a fresh process: open the incident in a window, paint, scroll, report."""
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
    print(f"open incident and paint:     {opened * 1000:7.0f} ms   (aim: under 1000 ms)")

    bar = view.timeline.view.verticalScrollBar()
    samples = []
    for step in range(201):
        position = bar.maximum() * ((step * 37) % 201) // 200
        t = time.perf_counter()
        bar.setValue(position)
        app.processEvents()
        view.timeline.view.viewport().grab()
        samples.append(time.perf_counter() - t)
    print(
        f"jump to a random place:      p50 {statistics.median(samples) * 1000:6.1f} ms   "
        f"max {max(samples) * 1000:6.1f} ms   ({len(samples)} jumps, each painted)"
    )
    peak = peak_mb()
    print(
        f"peak memory of the process:  {peak:7.0f} MB   "
        f"(Python with the app's modules before the window: {rss_before:.0f} MB; aim: under 300 MB)"
    )
    window.close()
    room.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--measure", nargs=2, metavar=("DB", "INCIDENT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], int(args.measure[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "big.sqlite3")
        room = WarRoom.open(db, clock=SimulatedClock(START + timedelta(days=2)))
        started = time.perf_counter()
        incident = exchange.import_incident(room.store, generated_document(args.events))
        print(f"built {args.events} events in {time.perf_counter() - started:.1f} s")
        room.close()
        subprocess.run(
            [sys.executable, __file__, "--measure", db, str(incident)], check=True, timeout=600
        )


if __name__ == "__main__":
    main()
