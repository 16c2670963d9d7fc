"""Durable append latency: WarRoom.log against a bare sqlite3 insert-and-commit.

Both sides keep one database each for the whole run and take turns append by
append, so they see the same disk weather (on a shared machine the other
programs' writes set both tails), and a run is long
enough for SQLite's WAL checkpoints to fall at their real rate (one in every
few hundred appends: a run of a few hundred would miss them and flatter the
p99). ``--checkpoint-pages N`` adds a third side: WarRoom with
``wal_autocheckpoint = N`` (SQLite's default is 1000), interleaved the same way.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event

from warroom.room import WarRoom
from warroom.store.repository import Actor


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def floor_writer(folder: Path) -> Callable[[int], list[float]]:
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE event (seq INTEGER PRIMARY KEY, incident INTEGER, number INTEGER, "
        "at TEXT, kind TEXT, author TEXT, role TEXT, seat TEXT, payload TEXT, "
        "prev_hash TEXT, hash TEXT)"
    )
    written = 0

    def write(count: int) -> list[float]:
        nonlocal written
        samples = []
        for n in range(written, written + count):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO event (incident, number, at, kind, author, role, seat, payload, "
                "prev_hash, hash) VALUES (1, ?, '2026-01-01T00:00:00', 'entry', 'Bench', "
                "'scribe', 'seat', ?, ?, ?)",
                (n, f'{{"text": "entry {n}"}}', "0" * 64, "0" * 64),
            )
            conn.execute("COMMIT")
            samples.append(time.perf_counter() - start)
        written += count
        return samples

    return write


def warroom_writer(
    path: Path, checkpoint_pages: int | None = None
) -> tuple[WarRoom, Callable[[int], list[float]]]:
    room = WarRoom.open(str(path), actor=Actor("Bench", "scribe", "seat"))
    if checkpoint_pages is not None:

        def pages(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages)}")

        event.listen(room.store.engine, "connect", pages)
        room.store.engine.dispose()  # the next connection is made with the setting
    incident = room.declare("Bench", "Blocker", impact_what="none")
    written = 0
    checkpoints: list[float] = []

    def write(count: int) -> list[float]:
        nonlocal written
        samples = []
        for n in range(written, written + count):
            # A checkpoint is the only thing that writes the database file itself.
            before = path.stat().st_mtime_ns
            start = time.perf_counter()
            room.log(incident, f"entry {n}")
            took = time.perf_counter() - start
            samples.append(took)
            if path.stat().st_mtime_ns != before:
                checkpoints.append(took)
        written += count
        return samples

    write.checkpoints = checkpoints  # type: ignore[attr-defined]
    return room, write


def report(name: str, samples: list[float]) -> tuple[float, float]:
    p50 = percentile(samples, 50) * 1000
    p99 = percentile(samples, 99) * 1000
    p999 = percentile(samples, 99.9) * 1000
    rate = len(samples) / sum(samples)
    print(
        f"{name:<40} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   p99.9 {p999:7.2f} ms   "
        f"max {max(samples) * 1000:6.1f} ms   mean {statistics.mean(samples) * 1000:6.3f} ms   "
        f"{rate:6.0f}/s"
    )
    return p50, p99


def interleaved(
    count: int, folder: Path, checkpoint_pages: int | None = None
) -> dict[str, list[float]]:
    """Each side's samples, appended in turns on the same disk."""
    sides: dict[str, Callable[[int], list[float]]] = {"floor": floor_writer(folder)}
    rooms = []
    room, sides["ours"] = warroom_writer(folder / "warroom.sqlite3")
    rooms.append(room)
    if checkpoint_pages is not None:
        room, sides["other"] = warroom_writer(folder / "other.sqlite3", checkpoint_pages)
        rooms.append(room)
    samples: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides.items())
    for turn in range(count):
        # Who goes first turns too: an append right after another side's fsync
        # may find the disk busier than one that follows nothing.
        for name, write in order[turn % len(order) :] + order[: turn % len(order)]:
            samples[name] += write(1)
    for room in rooms:
        room.close()
    for name, write in sides.items():
        found = getattr(write, "checkpoints", None)
        if found is not None:
            samples[f"{name} checkpoints"] = found
    return samples


def figures(count: int = 4000, folder: Path | None = None) -> dict[str, float]:
    """p50 and p99 in milliseconds, ours and the floor's, for ``bench/all.py``."""
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        samples = interleaved(count, Path(tmp))
    floor, ours = samples["floor"], samples["ours"]
    return {
        "floor_p50": percentile(floor, 50) * 1000,
        "floor_p99": percentile(floor, 99) * 1000,
        "p50": percentile(ours, 50) * 1000,
        "p99": percentile(ours, 99) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    parser.add_argument(
        "--checkpoint-pages",
        type=int,
        help="also measure WarRoom with this wal_autocheckpoint, side by side",
    )
    args = parser.parse_args()
    ratios: dict[str, list[tuple[float, float]]] = {}
    for round_ in range(args.rounds):
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            folder = Path(tmp)
            print(f"round {round_ + 1}: {args.count} durable appends each, in {folder}")
            samples = interleaved(args.count, folder, args.checkpoint_pages)
        f50, f99 = report("floor: sqlite3 WAL+FULL insert", samples["floor"])
        names = {"ours": "warroom: WarRoom.log"}
        if args.checkpoint_pages is not None:
            names["other"] = f"warroom, wal_autocheckpoint={args.checkpoint_pages}"
        for key, name in names.items():
            w50, w99 = report(name, samples[key])
            ratios.setdefault(name, []).append((w50 / f50, w99 / f99))
            checkpoints = samples[f"{key} checkpoints"]
            within = (
                f"{statistics.median(checkpoints) * 1000:.2f} ms median, "
                f"{max(checkpoints) * 1000:.1f} ms max"
                if checkpoints
                else "none"
            )
            print(
                f"{'':<40} ratio p50 {w50 / f50:5.2f}x   p99 {w99 / f99:5.2f}x   "
                f"appends with a checkpoint: {len(checkpoints)} of {len(samples[key])} ({within})"
            )
    if args.rounds > 1:
        for name, found in ratios.items():
            print(
                f"{name:<40} median of {args.rounds} rounds: "
                f"p50 {statistics.median(r[0] for r in found):5.2f}x   "
                f"p99 {statistics.median(r[1] for r in found):5.2f}x   (aim: p99 within 2x)"
            )


if __name__ == "__main__":
    main()
