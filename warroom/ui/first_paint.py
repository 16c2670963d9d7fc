"""Waiting for a widget's first paint: start-up opens the record once the frame is seen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never exposed (started minimised, on another desktop) still opens
# its record: the frame's first paint is waited for this long at most.
FIRST_PAINT_PATIENCE_MS = 500


class FirstPaint(QObject):
    """Calls ``then`` once, queued after the watched widget's first paint has reached
    the screen (or after the patience runs out)."""

    def __init__(self, watched: QWidget, then: Callable[[], object]) -> None:
        super().__init__(watched)
        self._watched = watched
        self._then: Callable[[], object] | None = then
        watched.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            self._watched.removeEventFilter(self)
            # Queued: the paint pass this event belongs to ends, and is flushed, first.
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._watched.removeEventFilter(self)
            then()
