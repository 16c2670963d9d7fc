"""Injects as a trainee sees them: the role's briefing, then the injects for that seat.

A seat reads its own role's briefing and private injects, and the injects to
everyone; another role's tab says only that its injects are read at its seats.
Nothing of the trainer's (summary, expectations, ground truth) ever reaches here.
The briefing and the scenario's injects are shown in the seat's language; the
record keeps them language-neutral (the inject's number and its English text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from warroom.core.errors import UserError
from warroom.core.i18n import current
from warroom.core.vocabulary import EventKind
from warroom.exercise.scenario import Scenario
from warroom.report.describe import local_time, role_name
from warroom.store.repository import EventRecord
from warroom.ui.incident_state import IncidentState
from warroom.ui.panels.common import table_view
from warroom.ui.table_model import Column, RecordTableModel


def _scenario(state: IncidentState) -> Scenario | None:
    """The exercise's scenario in the seat's language."""
    from warroom.exercise.record import load_exercise

    try:
        record = load_exercise(state.room.store, state.incident_id)
    except UserError:
        return None
    return record.scenario.in_language(current())


class InjectsPanel(QWidget):
    """The injects addressed to this seat's role (or to everyone), newest last."""

    def __init__(self, state: IncidentState, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._role = role
        self.own = state.room.actor.role == role
        title = QLabel(
            self.tr("EXERCISE — your briefing and injects")
            if self.own
            else self.tr("EXERCISE — injects to everyone")
        )
        title.setObjectName("exerciseBand")
        self.briefing = QLabel()
        self.briefing.setWordWrap(True)
        self.briefing.setTextFormat(Qt.TextFormat.PlainText)
        self.briefing.setAccessibleName(self.tr("Your role's briefing"))
        self.briefing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._scenario = _scenario(state)
        text = self._scenario.briefing_for(role) if self.own and self._scenario else ""
        if text:
            self.briefing.setText(self.tr("Briefing: {0}").format(text))
        elif not self.own:
            self.briefing.setText(
                self.tr("Injects for the {0} are read only at the {0}'s seats.").format(
                    role_name(role)
                )
            )
        self.briefing.setVisible(bool(self.briefing.text()))
        self.model: RecordTableModel[EventRecord] = RecordTableModel(
            [
                Column(self.tr("Time"), lambda e: local_time(e.at)),
                Column(
                    self.tr("Inject"),
                    lambda e: self._shown(e)[0],
                    lambda e: self._shown(e)[1] or self._shown(e)[0],
                ),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("Injects"), stretch=1)
        self.view.setMaximumHeight(130)
        self.data = QPlainTextEdit()
        self.data.setReadOnly(True)
        self.data.setAccessibleName(self.tr("Material that came with the inject"))
        self.data.setMaximumHeight(110)
        self.data.hide()
        self.view.selectionModel().selectionChanged.connect(self._show_data)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.briefing)
        layout.addWidget(self.view)
        layout.addWidget(self.data)
        state.events.connect(self._on_events)
        self._load()

    def _shown(self, event: EventRecord) -> tuple[str, str | None]:
        """The inject's text and material in the seat's language."""
        p = event.payload
        text, data = str(p.get("text", "")), str(p["data"]) if p.get("data") else None
        if self._scenario is None:
            return text, data
        return self._scenario.shown_inject(p.get("number"), text, data)

    def _mine(self, event: EventRecord) -> bool:
        if event.kind != EventKind.INJECT:
            return False
        to = event.payload.get("to")
        # A private inject is read at its own role's seats only.
        return to == "all" or (self.own and to == self._role)

    def _load(self) -> None:
        store = self._state.room.store
        numbers = store.event_numbers(self._state.incident_id, kinds=[EventKind.INJECT])
        events = (
            store.events_between(self._state.incident_id, numbers[0], numbers[-1])
            if numbers
            else []
        )
        self.model.set_rows([e for e in events if self._mine(e)])

    def _on_events(self, events: list[EventRecord]) -> None:
        if any(self._mine(e) for e in events):
            self._load()
            self.view.scrollToBottom()
            self.view.selectRow(self.model.rowCount() - 1)

    def _show_data(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.data.hide()
            return
        _text, data = self._shown(self.model.record(rows[0].row()))
        self.data.setPlainText(data or "")
        self.data.setVisible(bool(data))
        self.data.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
