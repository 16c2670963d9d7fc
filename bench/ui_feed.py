"""Another seat writes: what it costs this seat's UI thread, and how soon the screen shows it.

A window (offscreen) sits at the demo incident with its change feed running;
another seat, on its own connection, logs entries one at a time. For each
write: the UI thread's time handling the feed's events (now: noting them and
starting a read), the time of the incident read on the worker (what the UI
thread spent per write before the read moved off it), the UI thread's time
showing the new snapshot (the panels' refresh, no database), and from the
write to the screen's ``changed``. On SQLite, and on a real PostgreSQL server
on loopback when one can be started here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from warroom.core.vocabulary import Role  # noqa: E402
from warroom.demo import create_demo_incident  # noqa: E402
from warroom.room import WarRoom  # noqa: E402
from warroom.snapshot import IncidentSnapshot, load_snapshot  # noqa: E402
from warroom.store.repository import Actor, Store  # noqa: E402
from warroom.ui import incident_state  # noqa: E402
from warroom.ui.main_window import MainWindow  # noqa: E402


def _ms(values: list[float]) -> str:
    if not values:
        return "—"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms"


@contextmanager
def timed(target: Any, name: str, into: list[float]) -> Iterator[None]:
    """Time every call of ``target.name`` (in ms) while the block runs."""
    real = getattr(target, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            into.append((time.perf_counter() - start) * 1000)

    setattr(target, name, wrapper)
    try:
        yield
    finally:
        setattr(target, name, real)


def run(app: QApplication, url: str, writes: int) -> None:
    seat = WarRoom.open(url, actor=Actor("Dana Lead", "lead", "bench-window"))
    incident = create_demo_incident(seat)
    other = WarRoom.open(url, actor=Actor("Ana Ahmadi", "diagnostician", "bench-other"))
    handling: list[float] = []
    reading: list[float] = []
    showing: list[float] = []
    to_screen: list[float] = []
    on_worker: list[bool] = []

    def load(store: Store, incident_id: int) -> IncidentSnapshot:
        on_worker.append(threading.current_thread() is not threading.main_thread())
        start = time.perf_counter()
        try:
            return load_snapshot(store, incident_id)
        finally:
            reading.append((time.perf_counter() - start) * 1000)

    state_class = incident_state.IncidentState
    with (
        timed(state_class, "_on_events", handling),
        timed(state_class, "_show", showing),
    ):
        incident_state.load_snapshot = load  # type: ignore[attr-defined]
        try:
            window = MainWindow(seat)
            window.resize(1400, 900)
            window.show()
            view = window.take_seat(incident, "Dana Lead", Role.LEAD, record=False)
            for role in (Role.DIAGNOSTICIAN, Role.COMMUNICATOR, Role.SCRIBE, Role.LEAD):
                view.show_panel(role)  # every panel built: each refreshes on a change
            window.feed.start()
            app.processEvents()
            for kept in (handling, reading, showing):
                kept.clear()
            on_worker.clear()
            for number in range(writes):
                seen = view.state.shown_seq
                start = time.perf_counter()
                other.log(incident, f"bench entry {number}")
                deadline = start + 10
                while view.state.shown_seq == seen and time.perf_counter() < deadline:
                    app.processEvents()
                    time.sleep(0.0005)  # the bench waits for the screen; tests never do
                to_screen.append((time.perf_counter() - start) * 1000)
            window.close()
        finally:
            incident_state.load_snapshot = load_snapshot  # type: ignore[attr-defined]
    other.close()
    seat.close()
    kind = url.split(":", 1)[0].split("+")[0] if "://" in url else "sqlite"
    print(f"  {kind}: {writes} writes by another seat, demo incident, every panel built")
    print(f"    UI thread, feed events handled   {_ms(handling)}")
    print(
        f"    incident read (on the worker)    {_ms(reading)}   off the UI thread: "
        f"{sum(on_worker)}/{len(on_worker)}"
    )
    print(f"    UI thread, new snapshot shown    {_ms(showing)}")
    print(f"    write to screen                  {_ms(to_screen)}")
    print("    before this change the UI thread spent the read on every write as well")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=100)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    targets: list[tuple[str, Callable[[], str]]] = []
    with tempfile.TemporaryDirectory() as folder:
        targets.append(("sqlite", lambda: str(Path(folder) / "bench.sqlite3")))
        for _name, url in targets:
            run(app, url(), args.writes)
    if not args.skip_postgres:
        from tests import postgres

        reason = postgres.available()
        if reason is not None:
            print(f"  postgresql: skipped ({reason})")
            return
        with postgres.temporary_server() as pg_url:
            run(app, pg_url, args.writes)


if __name__ == "__main__":
    main()
