"""Every figure of issue 17 in one run, each with its aim and the floor it is measured against.

The machine may be shared: every measurement is repeated (``--repeat``) and
the median printed; ratios are taken within one repetition, floor and ours
side by side, so both see the same load. Nothing here asserts anything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import append, export, startup, timeline
from bench.timeline import START
from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom

MEMORY = Path(__file__).resolve().parent / "memory.py"


def median(values: list[float]) -> float:
    return statistics.median(values)


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}" if len(values) > 1 else ""


def line(figure: str, value: str, aim: str, floor: str = "") -> None:
    print(f"{figure:<38} {value:>16}   {aim:<22} {floor}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--appends", type=int, default=2000)
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--export-events", type=int, default=10_000)
    parser.add_argument("--hours", type=float, default=8.0, help="the memory bench's long night")
    args = parser.parse_args()
    began = time.perf_counter()

    appends: list[dict[str, float]] = []
    starts: list[dict[str, float]] = []
    opens: list[dict[str, float]] = []
    exports: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        big = str(Path(tmp) / "big.sqlite3")
        incident = timeline.build(big, args.events)
        room = WarRoom.open(
            str(Path(tmp) / "export.sqlite3"), clock=SimulatedClock(START + timedelta(days=1))
        )
        exported = exchange.import_incident(
            room.store, timeline.generated_document(args.export_events)
        )
        for n in range(args.repeat):
            print(f"repetition {n + 1} of {args.repeat} ...", file=sys.stderr, flush=True)
            appends.append(append.figures(args.appends))
            starts.append(startup.figures(args.startup_runs))
            opens += timeline.figures(big, incident)
            exports.append(export.timed_exports(room, exported))
        room.close()
    memory = json.loads(
        subprocess.run(
            [sys.executable, str(MEMORY), "--json", "--hours", str(args.hours)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )

    print()
    print(f"issue 17 figures: median of {args.repeat} repetitions (range of ratios beside them)")
    line("figure", "measured", "aim", "floor (same run)")
    print("-" * 100)
    ratios = [s["warroom"] / s["floor"] for s in starts]
    line(
        "start-up: gui --smoke, first frame",
        f"{median(ratios):.2f}x",
        "within 1.3x",
        f"{median([s['floor'] for s in starts]) * 1000:.0f} ms bare PySide6 window after "
        f"sqlalchemy.orm; ours {median([s['warroom'] for s in starts]) * 1000:.0f} ms "
        f"({spread(ratios)})",
    )
    ready = [s["ready"] / s["floor"] for s in starts]
    line(
        "start-up: ready (demo incident shown)",
        f"{median(ready):.2f}x",
        "(said, not an aim)",
        f"ours {median([s['ready'] for s in starts]) * 1000:.0f} ms ({spread(ready)})",
    )
    line(
        f"open {args.events:,} events, painted",
        f"{median([o['open_ms'] for o in opens]):.0f} ms",
        "under 400 ms",
    )
    line(
        f"peak memory, {args.events:,} events open",
        f"{median([o['peak_mb'] for o in opens]):.0f} MB",
        "under 250 MB",
        f"modules alone {median([o['modules_mb'] for o in opens]):.0f} MB",
    )
    line("jump in the timeline, p50", f"{median([o['jump_p50_ms'] for o in opens]):.1f} ms", "")
    line(
        "jump in the timeline, p99",
        f"{median([o['jump_p99_ms'] for o in opens]):.1f} ms",
        "under 30 ms",
    )
    for fmt in ("pdf", "html", "md", "json"):
        line(
            f"export {args.export_events:,} events: {fmt}",
            f"{median([e[fmt] for e in exports]):.0f} ms",
            f"under {export.AIMS_MS[fmt]} ms",
        )
    for p in ("p50", "p99"):
        ratios = [a[p] / a[f"floor_{p}"] for a in appends]
        line(
            f"durable append, {p}",
            f"{median(ratios):.2f}x",
            "within 2x" if p == "p99" else "",
            f"sqlite3 WAL+FULL {median([a[f'floor_{p}'] for a in appends]):.3f} ms; ours "
            f"{median([a[p] for a in appends]):.3f} ms ({spread(ratios)})",
        )
    line(
        f"memory growth, {args.hours:g} h at 1 entry/2 s",
        f"{memory['growth_mb']:.1f} MB",
        "under 50 MB",
        f"{memory['before_mb']:.0f} MB after warm-up, {memory['after_mb']:.0f} MB at the end",
    )
    print(f"\n(all of it took {time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main()
