"""Kill a writer with SIGKILL at random moments; every reported commit must survive,
and the state rows must stay what the events say."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warroom.room import WarRoom

ROUNDS = 20
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(db: Path, incident: int, round_no: int, delay: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "crash_writer.py"),
            str(db),
            str(incident),
            str(round_no),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    # Wait (bounded) until the writer is up, so the kill lands among the writes.
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    assert ready, "the writer did not start"
    assert proc.stdout.readline().strip() == b"ready"
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        select.select([], [], [], 0.005)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL, err.decode()
    return [line for line in out.decode().splitlines() if line.strip()]


@pytest.mark.slow
def test_every_reported_commit_survives_sigkill(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    rng = random.Random(20261125)
    reported: list[str] = []
    for round_no in range(ROUNDS):
        lines = run_and_kill(db_path, incident, round_no, rng.uniform(0.02, 0.4))
        reported += lines
        # After every kill the state rows are still exactly what the events say.
        assert room.verify(incident) is None, f"after kill {round_no}"
    assert len(reported) >= ROUNDS  # the writers really wrote

    reopened = WarRoom.open(str(db_path))
    try:
        texts = {
            str(e.payload.get(key))
            for e in reopened.store.events(incident)
            for key in ("text", "statement", "title", "result")
        }
        missing = [r for r in reported if "round {} entry {}".format(*r.split()) not in texts]
        assert missing == []
        assert reopened.verify(incident) is None
        # numbers stay gap-free although writers died mid-transaction
        numbers = [e.number for e in reopened.store.events(incident)]
        assert numbers == list(range(1, len(numbers) + 1))
    finally:
        reopened.close()


def test_seats_on_separate_connections_share_one_gap_free_chain(
    room: WarRoom, incident: int, db_path: Path
) -> None:
    """Five seats, each with its own engine on the same SQLite file, writing at once."""
    import threading

    from warroom.store.repository import Actor

    seats = [
        WarRoom.open(str(db_path), actor=Actor(f"Seat {n}", "scribe", f"s{n}")) for n in range(5)
    ]
    errors: list[BaseException] = []

    def write(seat: WarRoom, n: int) -> None:
        try:
            for k in range(30):
                seat.log(incident, f"seat {n} entry {k}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n)) for n, s in enumerate(seats)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for seat in seats:
        seat.close()
    assert errors == []
    numbers = [e.number for e in room.store.events(incident)]
    assert numbers == list(range(1, 5 * 30 + 2))
    assert room.verify(incident) is None
