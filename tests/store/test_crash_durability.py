"""Kill a writer with SIGKILL at random moments; every reported commit must survive."""

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
    assert len(reported) >= ROUNDS  # the writers really wrote

    reopened = WarRoom.open(str(db_path))
    try:
        texts = {e.payload["text"] for e in reopened.store.events(incident) if e.kind == "entry"}
        missing = [r for r in reported if "round {} entry {}".format(*r.split()) not in texts]
        assert missing == []
        assert reopened.verify(incident) is None
        # numbers stay gap-free although writers died mid-transaction
        numbers = [e.number for e in reopened.store.events(incident)]
        assert numbers == list(range(1, len(numbers) + 1))
    finally:
        reopened.close()
