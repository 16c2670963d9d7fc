"""Durable append latency: WarRoom.log against a bare sqlite3 insert-and-commit."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warroom.room import WarRoom
from warroom.store.repository import Actor


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_floor(folder: Path, count: int) -> list[float]:
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE event (seq INTEGER PRIMARY KEY, incident INTEGER, number INTEGER, "
        "at TEXT, kind TEXT, author TEXT, role TEXT, seat TEXT, payload TEXT, "
        "prev_hash TEXT, hash TEXT)"
    )
    samples = []
    for n in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO event (incident, number, at, kind, author, role, seat, payload, "
            "prev_hash, hash) VALUES (1, ?, '2026-01-01T00:00:00', 'entry', 'Bench', 'scribe', "
            "'seat', ?, ?, ?)",
            (n, f'{{"text": "entry {n}"}}', "0" * 64, "0" * 64),
        )
        conn.execute("COMMIT")
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def bench_warroom(folder: Path, count: int) -> list[float]:
    room = WarRoom.open(str(folder / "warroom.sqlite3"), actor=Actor("Bench", "scribe", "seat"))
    incident = room.declare("Bench", "Blocker", impact_what="none")
    samples = []
    for n in range(count):
        start = time.perf_counter()
        room.log(incident, f"entry {n}")
        samples.append(time.perf_counter() - start)
    assert room.verify(incident) is None
    room.close()
    return samples


def report(name: str, samples: list[float]) -> tuple[float, float]:
    p50 = percentile(samples, 50) * 1000
    p99 = percentile(samples, 99) * 1000
    rate = len(samples) / sum(samples)
    print(f"{name:<34} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   {rate:8.0f} appends/s")
    return p50, p99


def interleaved(count: int, folder: Path) -> tuple[list[float], list[float]]:
    """The floor's samples and ours, in short alternating runs on the same disk."""
    floor: list[float] = []
    ours: list[float] = []
    chunk = max(1, count // 4)
    for i in range(4):
        sub = folder / str(i)
        sub.mkdir()
        floor += bench_floor(sub, chunk)
        ours += bench_warroom(sub, chunk)
    return floor, ours


def figures(count: int = 2000, folder: Path | None = None) -> dict[str, float]:
    """p50 and p99 in milliseconds, ours and the floor's, for ``bench/all.py``."""
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        floor, ours = interleaved(count, Path(tmp))
    return {
        "floor_p50": percentile(floor, 50) * 1000,
        "floor_p99": percentile(floor, 99) * 1000,
        "p50": percentile(ours, 50) * 1000,
        "p99": percentile(ours, 99) * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        print(f"{args.count} durable appends each, in {folder}")
        # Interleave short runs so both see the same disk weather.
        floor, ours = interleaved(args.count, folder)
        f50, f99 = report("floor: sqlite3 WAL+FULL insert", floor)
        w50, w99 = report("warroom: WarRoom.log", ours)
        print(f"ratio p50 {w50 / f50:5.2f}x   p99 {w99 / f99:5.2f}x   (aim: p99 within 2x)")
        print(
            f"mean {statistics.mean(ours) * 1000:.3f} ms vs {statistics.mean(floor) * 1000:.3f} ms"
        )


if __name__ == "__main__":
    main()
