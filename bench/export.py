"""Export time of a 10,000-event incident to each format (JSON, Markdown, HTML, PDF)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.timeline import START, generated_document
from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.report.export import FORMATS, export_bytes
from warroom.room import WarRoom

AIMS_MS = {"json": 300, "md": 500, "html": 500, "pdf": 2000}


def timed_exports(room: WarRoom, incident: int, runs: int = 3) -> dict[str, float]:
    """Milliseconds per format: exported once to warm up, then the median of ``runs``.

    One timed export is one sample of a bimodal figure: in a process holding a
    large heap (``bench/all.py`` has the 100,000-event timeline open) an export
    that happens to carry a full pass of the cyclic collector (35-95 ms, seen
    with ``gc.callbacks``) takes 25-50 % longer than one that does not.
    """
    result = {}
    for fmt in FORMATS:
        export_bytes(room.store, incident, fmt, room.now())  # warm: imports, templates, fonts
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            export_bytes(room.store, incident, fmt, room.now())
            times.append((time.perf_counter() - started) * 1000)
        result[fmt] = statistics.median(times)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per format")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        room = WarRoom.open(
            str(Path(tmp) / "export.sqlite3"), clock=SimulatedClock(START + timedelta(days=1))
        )
        incident = exchange.import_incident(room.store, generated_document(args.events))
        print(
            f"{args.events} events; each format exported once to warm up, then {args.repeat}"
            " times: median (fastest-slowest)"
        )
        for fmt in FORMATS:
            export_bytes(room.store, incident, fmt, room.now())  # warm: imports, templates, fonts
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                data = export_bytes(room.store, incident, fmt, room.now())
                times.append((time.perf_counter() - started) * 1000)
            print(
                f"  {fmt:<5} {statistics.median(times):8.0f} ms ({min(times):.0f}-{max(times):.0f})"
                f"   {len(data) / 1e6:7.2f} MB   (aim: under {AIMS_MS[fmt]} ms)"
            )
        room.close()


if __name__ == "__main__":
    main()
