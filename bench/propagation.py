"""Seat-to-seat propagation: how soon another seat's process sees a write.

Three and five seat processes listen (PostgreSQL: LISTEN/NOTIFY on a real
server on loopback; SQLite: the file's change counter), each reading every
event after the last it has, exactly as the app's feed does. A writer process
appends entries that carry their write time; each seat notes when it read
each one. Prints p50 and p95 per database and seat count against the aims
(PostgreSQL under 100 ms p95, SQLite under 300 ms p95).
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warroom.room import WarRoom  # noqa: E402
from warroom.store.live import listener_for  # noqa: E402
from warroom.store.repository import Actor  # noqa: E402

AIMS_MS = {"postgresql": 100.0, "sqlite": 300.0}


def seat(url: str, expected: int) -> None:
    """One seat process: print one JSON line of read delays (ms) when all arrived."""
    room = WarRoom.open(url, actor=Actor("Bench Seat", "lead", f"seat-{os.getpid()}"))
    listener = listener_for(room.store.engine)
    after = room.store.last_seq()
    delays: list[float] = []
    print("ready", flush=True)
    deadline = time.monotonic() + 120
    while len(delays) < expected and time.monotonic() < deadline:
        listener.wait(1.0)
        for event in room.store.events_after(after):
            after = event.seq
            sent = event.payload.get("text", "")
            if sent.startswith("bench "):
                delays.append((time.time() - float(sent.split()[1])) * 1000)
    listener.close()
    listener.release()
    room.close()
    print(json.dumps(delays), flush=True)


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run(url: str, seats: int, writes: int) -> list[float]:
    writer = WarRoom.open(url, actor=Actor("Bench Writer", "scribe", "writer"))
    incident = writer.declare("Propagation bench", "Minor", impact_what="nothing, a bench")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--seat", url, str(writes)],
            stdout=subprocess.PIPE,
            env=env,
        )
        for _ in range(seats)
    ]
    for proc in procs:
        assert proc.stdout is not None
        select.select([proc.stdout], [], [], 60)
        assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.5)  # let every listener settle before the first write
    for _ in range(writes):
        writer.log(incident, f"bench {time.time():.6f}")
        time.sleep(0.05)
    delays: list[float] = []
    for proc in procs:
        out, _ = proc.communicate(timeout=180)
        delays += json.loads(out.decode().strip().splitlines()[-1])
    writer.close()
    return delays


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seat", nargs=2, metavar=("URL", "EXPECTED"))
    parser.add_argument("--writes", type=int, default=60)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    if args.seat:
        seat(args.seat[0], int(args.seat[1]))
        return
    print("seat-to-seat propagation (ms from commit to another process reading it)")
    with tempfile.TemporaryDirectory() as folder:

        def sqlite_url(seats: int) -> str:
            return str(Path(folder) / f"seats-{seats}.sqlite3")

        targets: list[tuple[str, Callable[[int], str]]] = [("sqlite", sqlite_url)]
        server = None
        if not args.skip_postgres:
            from tests import postgres

            if postgres.available() is None:
                server = postgres.temporary_server()
                pg_url: str = server.__enter__()
                targets.append(("postgresql", lambda _seats: pg_url))
            else:
                print(f"  postgresql: skipped ({postgres.available()})")
        try:
            for name, url_for in targets:
                for seats in (3, 5):
                    delays = run(url_for(seats), seats, args.writes)
                    p50, p95 = statistics.median(delays), percentile(delays, 95)
                    aim = AIMS_MS[name]
                    print(
                        f"  {name:<10} {seats} seats: p50 {p50:6.1f}  p95 {p95:6.1f}  "
                        f"max {max(delays):6.1f}  ({len(delays)} reads; aim p95 < {aim:.0f}: "
                        f"{'met' if p95 < aim else 'MISSED'})"
                    )
        finally:
            if server is not None:
                server.__exit__(None, None, None)


if __name__ == "__main__":
    main()
