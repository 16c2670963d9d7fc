"""'Seen this before?' beside the diagnosis: past incidents like this one, and what worked.

It reads what the record says (services, specification, hypotheses) and what
is being typed in the panel it watches, a short pause after the last key, on a
worker thread: the person keeps typing while the past is searched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.room.search import PastIncident
from warroom.ui.narrow import Wrap
from warroom.ui.panels.common import Feedback, Seat, selected_row, table_view
from warroom.ui.table_model import Column, RecordTableModel

# The pause after the last key before the past is searched again.
PAUSE_MS = 200


class _Signals(QObject):
    found = Signal(int, object)  # generation, list[PastIncident] or UserError


class _Lookup(QRunnable):
    def __init__(self, job: Callable[[], list[PastIncident]], generation: int, signals: _Signals):
        super().__init__()
        self.job, self.generation, self.signals = job, generation, signals

    def run(self) -> None:
        try:
            result: object = self.job()
        except UserError as exc:
            result = exc
        # Emitted from the worker; Qt queues it to the widget's thread.
        self.signals.found.emit(self.generation, result)


def _tooltip(p: PastIncident) -> str:
    lines = [f"#{p.incident_id} {p.title}"]
    if p.root_cause:
        lines.append(
            QCoreApplication.translate("SeenBefore", "Root cause: {0}").format(p.root_cause)
        )
    if p.how_proven:
        lines.append(
            QCoreApplication.translate("SeenBefore", "Proven by: {0}").format(p.how_proven)
        )
    if p.fix:
        lines.append(QCoreApplication.translate("SeenBefore", "What fixed it: {0}").format(p.fix))
    if p.match.snippet.text:
        lines.append(
            QCoreApplication.translate("SeenBefore", "Matched: {0}").format(
                p.match.snippet.marked("«", "»")
            )
        )
    return "\n".join(lines)


class SeenBefore(QWidget):
    """Past incidents that match; one click records one as evidence or opens it."""

    updated = Signal()
    open_requested = Signal(int, int)  # incident id, event number

    def __init__(
        self,
        seat: Seat,
        watched: Sequence[QWidget] = (),
        selected_hypothesis: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.seat = seat
        self.selected_hypothesis = selected_hypothesis or (lambda: None)
        self.generation = 0
        # Not a child of the widget: a lookup may still answer after the widget is gone.
        self._signals = _Signals()
        self._signals.found.connect(self._found)
        self.model: RecordTableModel[PastIncident] = RecordTableModel(
            [
                Column(
                    self.tr("Past incident"), lambda p: f"#{p.incident_id}  {p.title}", _tooltip
                ),
                Column(self.tr("Same services"), lambda p: ", ".join(p.match.common_services)),
                Column(self.tr("Proven root cause"), lambda p: p.root_cause or "—", _tooltip),
                Column(self.tr("What fixed it"), lambda p: p.fix or "—", _tooltip),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("Seen this before?"), stretch=0, fit=False)
        for column, width in ((1, 115), (2, 220), (3, 180)):
            self.view.setColumnWidth(column, width)
        self.view.setMinimumHeight(120)
        self.title = QLabel(self.tr("Seen this before?"))
        self.title.setObjectName("sectionTitle")
        self.exercises = QCheckBox(self.tr("Include exercises"))
        self.exercises.toggled.connect(self.refresh_now)
        self.same_as = QPushButton(self.tr("Same as this → evidence for the selected hypothesis"))
        self.same_as.clicked.connect(self.record_same_as)
        self.open_button = QPushButton(self.tr("Open it"))
        self.open_button.clicked.connect(self.open_selected)
        self.feedback = Feedback()

        # On half a laptop screen the choice goes under the title.
        head = Wrap(self.title, self.exercises, stretch=(1, 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.same_as)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.refresh_now)
        # The fields where the specification and hypotheses are being written.
        self.watched: list[QLineEdit] = []
        for widget in watched:
            edits = [widget] if isinstance(widget, QLineEdit) else []
            self.watched += edits + widget.findChildren(QLineEdit)
        for edit in self.watched:
            edit.textEdited.connect(lambda _text: self._ask_soon())
        seat.state.changed.connect(self._ask_soon)
        self._update_buttons()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_now()

    def _ask_soon(self) -> None:
        # An answer still on its way was asked about the text before this change: it must
        # not be shown as the answer to what is on screen now.
        self.generation += 1
        self.pause.start()

    def drafts(self) -> list[str]:
        """What is typed in the watched panel and not saved yet."""
        return [edit.text() for edit in self.watched if edit.text().strip()]

    def refresh_now(self) -> None:
        snapshot = self.seat.state.snapshot
        texts = [snapshot.title, *self.drafts()]
        texts += [line.is_text for line in snapshot.spec]
        texts += [line.distinction for line in snapshot.spec]
        texts += [h.statement for h in snapshot.hypotheses]
        services = list(snapshot.services)
        room, incident_id = self.seat.room, self.seat.incident_id
        with_exercises = self.exercises.isChecked() or snapshot.mode == "exercise"
        self.generation += 1

        def job() -> list[PastIncident]:
            return room.seen_before_text(
                texts, services, exclude=incident_id, include_exercises=with_exercises
            )

        QThreadPool.globalInstance().start(_Lookup(job, self.generation, self._signals))

    def _found(self, generation: int, result: object) -> None:
        if generation != self.generation:
            return  # an older question, answered after a newer one was asked
        if isinstance(result, UserError):
            self.feedback.error(result.message)
            return
        assert isinstance(result, list)
        self.model.set_rows(result)
        self.title.setText(
            self.tr("Seen this before? %n past incident(s) look like this one", "", len(result))
            if result
            else self.tr("Seen this before? Nothing like this in past incidents yet")
        )
        self._update_buttons()
        self.updated.emit()

    def _selected(self) -> PastIncident | None:
        row = selected_row(self.view)
        return None if row is None else self.model.record(row)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected() is not None
        self.same_as.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def record_same_as(self) -> None:
        past = self._selected()
        hypothesis = self.selected_hypothesis()
        if past is None:
            return
        if hypothesis is None:
            self.feedback.error(self.tr("Select the hypothesis this past incident supports first."))
            return
        self.seat.act(
            self.feedback,
            lambda: self.seat.room.record_same_as(self.seat.incident_id, hypothesis, past),
            self.tr("Recorded: same as #{0}.").format(past.incident_id),
        )

    def open_selected(self) -> None:
        past = self._selected()
        if past is None:
            return
        self.open_requested.emit(past.incident_id, past.match.number)
        opener = getattr(self.window(), "open_at_event", None)  # the main window, when there
        if callable(opener):
            opener(past.incident_id, past.match.number)
