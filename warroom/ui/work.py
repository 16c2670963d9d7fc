"""Long work off the UI thread: the countdown keeps ticking and the room stays usable.

A job gets a room of its own (its own engine and connections, opened on the same
database: SQLite connections belong to one thread) and returns plain data; the
answer comes back to the UI thread through a queued signal. Cancelling drops the
answer: nothing the job made is used or written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from warroom.core.errors import UserError
from warroom.room import WarRoom
from warroom.store.engine import sqlite_path
from warroom.store.repository import Store

Job = Callable[[WarRoom], Any]


def own_room(room: WarRoom) -> WarRoom:
    """The same database, clock, matrix and person, on connections of the calling thread."""
    url = room.store.engine.url.render_as_string(hide_password=False)
    return WarRoom.open(url, clock=room.clock, matrix=room.matrix, actor=room.actor)


class _Signals(QObject):
    done = Signal(int, object)  # the job's number; its result, or a UserError that says why not


class _Runnable(QRunnable):
    def __init__(self, room: WarRoom, job: Job, signals: _Signals, number: int) -> None:
        super().__init__()
        self.room, self.job, self.signals, self.number = room, job, signals, number

    def run(self) -> None:
        try:
            mine = own_room(self.room)
        except UserError as exc:
            self.signals.done.emit(self.number, exc)
            return
        try:
            result: object = self.job(mine)
        except UserError as exc:
            result = exc
        except Exception as exc:  # a bug in a job must not take the room down
            from warroom.crash import write_crash_log

            path = write_crash_log(type(exc), exc, exc.__traceback__)
            result = UserError(
                QCoreApplication.translate("Work", "the work stopped unexpectedly"),
                hint=QCoreApplication.translate("Work", "the details are in {0}").format(path)
                if path
                else QCoreApplication.translate("Work", "try again"),
            )
        finally:
            mine.close()
        # Emitted from the worker; Qt queues it to the UI thread.
        self.signals.done.emit(self.number, result)


class Work(QObject):
    """One job in the background; ``finished`` gives its result (or a UserError) unless
    it was cancelled. ``running`` says whether an answer is still awaited."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._generation = 0
        # Not a child of this object: a job still running when the panel goes away keeps
        # its signal object alive, and Qt drops the connection to the deleted receiver.
        self._signals = _Signals()
        self._signals.done.connect(self._done)

    def start(self, room: WarRoom, job: Job) -> None:
        self._generation += 1
        self.running = True
        runnable = _Runnable(room, job, self._signals, self._generation)
        QThreadPool.globalInstance().start(runnable)

    def cancel(self) -> None:
        """Forget the running job: its answer, when it comes, is dropped."""
        self._generation += 1
        self.running = False

    def _done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # cancelled, or replaced by a newer job
        self.running = False
        self.finished.emit(result)


def can_read_off_thread(store: Store) -> bool:
    """Whether a worker may read through ``store``'s own engine: not a database in
    memory, which is one per thread (and the process's own: no network to wait on)."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite":
        return True
    return sqlite_path(url.render_as_string(hide_password=False)) is not None


class _Read(QRunnable):
    def __init__(self, read: Callable[[], object], signals: _Signals, number: int) -> None:
        super().__init__()
        self.read, self.signals, self.number = read, signals, number

    def run(self) -> None:
        try:
            result = self.read()
        except UserError as exc:
            result = exc
        except Exception as exc:  # a bug in a read must not take the room down
            from warroom.crash import write_crash_log

            write_crash_log(type(exc), exc, exc.__traceback__)
            result = UserError("the record could not be read")
        self.signals.done.emit(self.number, result)


class LatestRead(QObject):
    """Reads through the UI's own store on a worker, one at a time; only news is shown.

    ``ask`` starts a read, or, while one runs, runs it again once that one has
    answered (so whatever was written meanwhile is read, without a queue of
    reads). ``answered`` gives each result (or the UserError) on the UI thread.
    ``supersede`` says the caller has just read at once: answers of reads
    begun before are dropped, so the screen never steps back.
    """

    answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = False
        self._again: Callable[[], object] | None = None
        # Not a child of this object, as in ``Work``.
        self._signals = _Signals()
        self._signals.done.connect(self._done)

    @property
    def busy(self) -> bool:
        return self._running or self._again is not None

    def ask(self, read: Callable[[], object]) -> None:
        if self._running:
            self._again = read
            return
        self._running = True
        QThreadPool.globalInstance().start(_Read(read, self._signals, self._generation))

    def supersede(self) -> None:
        self._generation += 1
        self._again = None

    def _done(self, generation: int, result: object) -> None:
        self._running = False
        if generation == self._generation:
            self.answered.emit(result)
        again, self._again = self._again, None
        if again is not None:
            self.ask(again)
