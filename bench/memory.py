"""Memory over a long incident: one seat, 8 simulated hours, one entry every 2 s.

A real window sits at the incident (timeline, panels, status bar, change
feed); every entry goes through ``WarRoom.log``, is read back by the feed's
``poll`` as after any write of this seat, reaches the models, and the window
ticks as its timer would, all on a simulated clock so the run takes minutes,
not hours. Resident memory is read after a warm-up (the first simulated
quarter-hour, when caches and pages fill) and at the end.
Aim: growth under 50 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

START = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
WARM_UP = 450  # entries: the first 15 simulated minutes


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(hours: float, every_s: float, folder: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from warroom.core.clock import SimulatedClock
    from warroom.core.vocabulary import Role
    from warroom.room import WarRoom
    from warroom.store.repository import Actor
    from warroom.ui.main_window import MainWindow

    app = QApplication([])
    clock = SimulatedClock(START)
    room = WarRoom.open(
        str(folder / "long.sqlite3"), clock=clock, actor=Actor("Bench Scribe", "scribe", "seat")
    )
    incident = room.declare("Bench: a long night", "Blocker", impact_what="checkout")
    window = MainWindow(room)
    window.resize(1400, 900)
    window.show()
    view = window.take_seat(incident, "Bench Scribe", Role.SCRIBE)
    app.processEvents()
    entries = int(hours * 3600 / every_s)
    step = timedelta(seconds=every_s)
    before = 0.0
    started = time.perf_counter()
    for n in range(entries):
        clock.advance(step)
        view.room.log(incident, f"Entry {n}: queue depth {n % 977}, error rate {n % 13} %")
        window.feed.poll()
        window.tick()
        app.processEvents()
        if n == min(WARM_UP, entries // 4):
            gc.collect()
            window.grab()
            before = resident_mb()
    gc.collect()
    window.grab()
    after = resident_mb()
    elapsed = time.perf_counter() - started
    window.close()
    room.close()
    return {
        "entries": entries,
        "before_mb": before,
        "after_mb": after,
        "growth_mb": after - before,
        "seconds": elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--every", type=float, default=2.0, help="seconds between entries")
    parser.add_argument("--json", action="store_true", help="print one JSON line only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.hours, args.every, Path(tmp))
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['entries']:.0f} entries over {args.hours:g} simulated hours "
        f"({result['seconds']:.0f} s of wall time)"
    )
    print(
        f"resident memory after warm-up {result['before_mb']:6.0f} MB, at the end "
        f"{result['after_mb']:6.0f} MB: growth {result['growth_mb']:5.1f} MB   (aim: under 50 MB)"
    )


if __name__ == "__main__":
    main()
