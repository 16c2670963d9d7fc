"""An overdue update is said outside the window too: the taskbar, a sound, the desktop.

Once per promise: the alert goes off when an update deadline passes, not on every
tick after it; a new promise that passes alerts again.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from warroom.ui.settings import settings


def sound_on() -> bool:
    return str(settings().value("sound", "true")).lower() in ("true", "1")


class OverdueAlerts(QObject):
    alerted = Signal(str)  # the words said, once per passed deadline

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._said: set[tuple[int, datetime]] = set()
        self.tray: QSystemTrayIcon | None = None

    def overdue(self, incident_id: int, deadline: datetime, title: str, text: str) -> None:
        """Say that the update promised for ``deadline`` is overdue, unless already said."""
        key = (incident_id, deadline)
        if key in self._said:
            return
        self._said.add(key)
        message = f"{title}: {text}"
        # Flashes the taskbar entry until the window is looked at (0 = until activated).
        QApplication.alert(self._window, 0)
        if sound_on():
            # QSoundEffect is not in PySide6-Essentials; the system bell always is.
            QApplication.beep()
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self._window.windowIcon(), self)
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        self.alerted.emit(message)
