"""A player's seat at an exercise in a window of its own: a real incident stays where it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui.feed import ChangeFeed
from warroom.ui.incident_view import IncidentView


class ExerciseSeatWindow(QWidget):
    def __init__(
        self,
        room: WarRoom,
        feed: ChangeFeed,
        incident_id: int,
        person: str,
        role: Role,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        seat_room = room.as_person(person, role)
        self.view = IncidentView(seat_room, incident_id, feed, role)
        if person not in self.view.state.snapshot.holders(role.value):
            self.view.room.assign_role(incident_id, role, person)
            feed.poll()
        self.setWindowTitle(
            self.tr("EXERCISE — {0} — {1}").format(self.view.state.snapshot.title, person)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1300, 850)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()

    def tick(self) -> None:
        self.view.tick()
