"""A seat that takes the write lock and then stops (for the stalled-seat test).

Run as ``python tests/stalled_seat.py URL IDLE_MS``: it begins a write, prints
``holding`` once the record's lock is its own, and then waits on standard input
for ever; the test stops it with SIGSTOP, as a closed laptop lid would.
"""

from __future__ import annotations

import sys

from warroom.room import WarRoom
from warroom.store.engine import Timeouts
from warroom.store.repository import Actor


def main() -> None:
    url, idle_ms = sys.argv[1], int(sys.argv[2])
    room = WarRoom.open(
        url,
        actor=Actor("Lid Closed", "scribe", "laptop-7"),
        timeouts=Timeouts(idle_in_transaction_ms=idle_ms),
    )
    with room.store.write() as tx:
        tx.session.connection()  # the lock is taken as the transaction begins
        print("holding", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
