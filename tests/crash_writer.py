"""A writer for the crash test: logs entries as fast as it can and reports each commit.

Run as ``python tests/crash_writer.py DB INCIDENT ROUND``; it prints
``ROUND N`` on stdout after entry N is committed, until it is killed.
"""

from __future__ import annotations

import sys

from warroom.room import WarRoom
from warroom.store.repository import Actor


def main() -> None:
    db, incident, round_no = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    room = WarRoom.open(db, actor=Actor("Crash Writer", "scribe", f"writer-{round_no}"))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        room.log(incident, f"round {round_no} entry {n}")
        # Reported only after the commit returned: the promise the test checks.
        print(f"{round_no} {n}", flush=True)


if __name__ == "__main__":
    main()
