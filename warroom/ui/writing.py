"""A seat's write runs off the UI thread, so the window never waits on the network.

A write to a shared PostgreSQL room can wait on a lock another seat holds (up
to the lock time-out), on a server that stopped answering (the statement
time-out) or on a connection being made; a write to a SQLite file can wait on
another process's transaction. The write runs on one writer thread, one at a
time in the order the person acted. The UI thread gives it a moment (the usual
write takes a few milliseconds, and a form that reads its result at once stays
as simple as before); when it takes longer, a modal message says the seat is
waiting for the record while the window keeps painting, the countdown keeps
ticking and the change feed keeps arriving. The modal message also keeps a
second write from starting before the first is over. The write's exception is
raised on the UI thread, as if it had run there.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from warroom.store.repository import Store
from warroom.ui.work import can_read_off_thread

T = TypeVar("T")

#: How long the UI thread waits before it says so (a usual write takes a few ms; a
#: slow disk may take a few hundred, and a message flashing up for that would only startle).
GRACE_S = 0.3

_writer = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="warroom-write")


class _Wake(QObject):
    done = Signal()


class WaitingForRecord(QProgressDialog):
    """Says that the seat waits for the shared record, and why that can take a while."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting-for-record")
        self.setWindowTitle(self.tr("Saving"))
        self.setLabelText(
            self.tr(
                "Saving… waiting for the record.\n"
                "Another seat may be writing, or the network is slow. "
                "Nothing you typed is lost; this ends by itself."
            )
        )
        self.setCancelButton(None)  # no button: a write cannot be taken back halfway
        self.setRange(0, 0)  # no end known: a busy bar
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)


def run_write(parent: QWidget | None, store: Store, write: Callable[[], T]) -> T:
    """Run ``write`` on the writer thread and return its result (or raise its exception)."""
    if not can_read_off_thread(store):
        # A database in memory belongs to this thread, and there is nothing to wait on.
        return write()
    future = _writer.submit(write)
    try:
        return future.result(timeout=GRACE_S)
    except concurrent.futures.TimeoutError:
        pass
    wake = _Wake()
    loop = QEventLoop()
    # Queued even when the write is already over: the loop below then quits at once.
    wake.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    future.add_done_callback(lambda _future: wake.done.emit())
    # The message takes the focus while it is up; the person goes on where they were.
    focus = QApplication.focusWidget()
    waiting = WaitingForRecord(parent)
    waiting.show()
    try:
        loop.exec()
    finally:
        waiting.close()
        waiting.deleteLater()
        if focus is not None and shiboken6.isValid(focus):
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
    return future.result()
