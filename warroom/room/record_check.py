"""The record check in a process of its own, so a long replay never slows the window.

Replaying 100,000 events takes seconds of pure Python; on a thread of the
app it competes with painting for the interpreter (a jump in the timeline took
three times as long while it ran). In its own process it uses another core
and the window does not notice. The database address travels in the
environment (``WARROOM_DB``), never on the command line, where other users of
the machine could read a password.

Run as ``python -m warroom.room.record_check INCIDENT``: prints one line of JSON,
``{"problem": null}`` for an intact record or the first problem in words.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys


def can_check_elsewhere() -> bool:
    """Whether this interpreter can start another of itself (not a frozen app)."""
    return not getattr(sys, "frozen", False) and bool(sys.executable)


def check_elsewhere(url: str, incident_id: int) -> str | None:
    """The first problem of the incident's record in words, or None when it proves itself.

    Raises ``OSError`` or ``ValueError`` when the other process could not answer;
    the caller then checks in its own process.
    """
    done = subprocess.run(
        [sys.executable, "-m", "warroom.room.record_check", str(incident_id)],
        env={**os.environ, "WARROOM_DB": url},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ValueError(f"the record check ended with {done.returncode}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    problem = answer.get("problem")
    return None if problem is None else str(problem)


def main() -> int:
    from warroom.core.errors import UserError
    from warroom.room import WarRoom

    incident_id = int(sys.argv[1])
    said: str | None
    try:
        room = WarRoom.open(os.environ["WARROOM_DB"])
        try:
            problem = room.verify(incident_id)
        finally:
            room.close()
        said = None if problem is None else str(problem)
    except UserError as exc:
        said = exc.message
    print(json.dumps({"problem": said}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
