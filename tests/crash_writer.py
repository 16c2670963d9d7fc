"""A writer for the crash test: changes the record as fast as it can and reports each commit.

Run as ``python tests/crash_writer.py DB INCIDENT ROUND``; it prints
``ROUND N`` on stdout after write N is committed, until it is killed. The
writes cycle through entries and state changes (hypotheses, evidence,
checklist items and their ticks, status updates), so a kill can land in the
middle of a projection as well as of an append.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from warroom.room import WarRoom
from warroom.store.repository import Actor


def main() -> None:
    db, incident, round_no = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    room = WarRoom.open(db, actor=Actor("Crash Writer", "scribe", f"writer-{round_no}"))
    print("ready", flush=True)
    n = 0
    hypothesis = item = ""
    while True:
        n += 1
        text = f"round {round_no} entry {n}"
        step = n % 6
        if step == 1 or (not hypothesis and step == 3):
            hypothesis = room.add_hypothesis(incident, text)
        elif step == 2 and hypothesis:
            room.add_evidence(incident, hypothesis, text, supports=n % 4 == 0)
        elif step == 3:
            item = room.add_checklist_item(incident, text)
        elif step == 4 and item:
            room.tick_checklist_item(incident, item, text)
        elif step == 5:
            room.post_update(incident, text, next_update_at=room.now() + timedelta(minutes=15))
        else:
            room.log(incident, text)
        # Reported only after the commit returned: the promise the test checks.
        print(f"{round_no} {n}", flush=True)


if __name__ == "__main__":
    main()
