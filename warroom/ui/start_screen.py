"""The start screen: active incidents first, then recent ones; declare in seconds."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.room import WarRoom
from warroom.ui.incident_list import IncidentListModel
from warroom.ui.narrow import Wrap
from warroom.ui.panels.common import big_font, selected_row, table_view
from warroom.ui.readable_column import ReadableColumn


class StartScreen(QWidget):
    open_requested = Signal(int)
    declare_requested = Signal()
    demo_requested = Signal()
    exercise_requested = Signal()

    def __init__(self, room: WarRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IncidentListModel(room, self)
        heading = QLabel(self.tr("Incidents"))
        heading.setFont(big_font(heading, 20))
        hint = QLabel(self.tr("Active incidents first, most severe on top; then recent ones."))
        hint.setObjectName("guidance")
        hint.setWordWrap(True)
        self.view = table_view(self.model, self.tr("Incidents"), stretch=IncidentListModel.TITLE)
        # The title is what a person reads first: on a narrow window it keeps 24 letters.
        self.readable_title = ReadableColumn(self.view, IncidentListModel.TITLE, chars=24)
        self.view.activated.connect(self._activated)
        self.empty = QLabel(
            self.tr(
                "No incidents yet. Declare one when something breaks, "
                "or load the demo incident to look around."
            )
        )
        self.empty.setFont(big_font(self.empty, 13))
        self.empty.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.hide()

        self.declare_button = QPushButton(self.tr("Declare an incident…  [Ctrl+N]"))
        self.declare_button.setFont(big_font(self.declare_button, 13))
        self.declare_button.clicked.connect(self.declare_requested)
        self.open_button = QPushButton(self.tr("Open  [Enter]"))
        self.open_button.clicked.connect(self.open_selected)
        self.demo_button = QPushButton(self.tr("Load the demo incident"))
        self.demo_button.setToolTip(
            self.tr(
                "A realistic sample, live and mid-diagnosis: an ERP outage that stops a "
                "production line (marked as an exercise)"
            )
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.exercise_button = QPushButton(self.tr("Exercises…"))
        self.exercise_button.setToolTip(
            self.tr("Rehearse a major incident: the trainer console with training scenarios")
        )
        self.exercise_button.clicked.connect(self.exercise_requested)

        mine = QHBoxLayout()
        mine.addWidget(self.declare_button)
        mine.addWidget(self.open_button)
        mine.addStretch(1)
        more = QHBoxLayout()
        more.addStretch(1)
        more.addWidget(self.demo_button)
        more.addWidget(self.exercise_button)
        # Two rows on half a laptop screen.
        buttons = Wrap(mine, more, stretch=(1, 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        from warroom.ui.search import SearchBox

        self.search_box = SearchBox()
        layout.addWidget(self.search_box)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()
        self.setFocusProxy(self.view)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.open_button.setEnabled(not empty)
        if not empty and selected_row(self.view) is None:
            self.view.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.summary(index.row()).id)

    def open_selected(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            self.open_requested.emit(self.model.summary(row).id)
