"""The communicator: the countdown large, an update drafted from the current state."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.timing import suggested_next_update
from warroom.core.vocabulary import Audience
from warroom.report.describe import local_time
from warroom.snapshot import UpdateView
from warroom.ui.incident_bar import CountdownLabel
from warroom.ui.panels.common import Feedback, Seat, section_title, table_view
from warroom.ui.table_model import Column, RecordTableModel


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def next_update_sentence(at: datetime) -> str:
    return f"Next update by {local_time(at)} ({at.astimezone(UTC):%H:%M} UTC)."


class CommunicatorPanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.countdown = CountdownLabel(seat.state, point_size=28)
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Audience"))
        for audience, label in (
            (Audience.CUSTOMERS, "Customers"),
            (Audience.INTERNAL, "Internal"),
            (Audience.EXECUTIVES, "Executives"),
        ):
            self.audience.addItem(self.tr(label), audience.value)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Update text"))
        self.text.setTabChangesFocus(True)
        self.next_at = QDateTimeEdit()
        self.next_at.setAccessibleName(self.tr("Next update at"))
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setCalendarPopup(True)
        self.final = QCheckBox(self.tr("Final update: service restored, cause report promised"))
        self.draft_button = QPushButton(self.tr("Draft from current state"))
        self.draft_button.clicked.connect(self.draft)
        self.post_button = QPushButton(self.tr("Post update  [Ctrl+Enter]"))
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        self.still_button = QPushButton(self.tr("Still working on it  [Ctrl+Shift+S]"))
        self.still_button.setToolTip(self.tr("Post a short holding update in one step"))
        self.still_button.clicked.connect(self.still_working)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.post)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self).activated.connect(self.still_working)
        self.feedback = Feedback()

        self.history: RecordTableModel[UpdateView] = RecordTableModel(
            [
                Column(self.tr("Sent"), lambda u: local_time(u.sent_at)),
                Column(self.tr("To"), lambda u: u.audience),
                Column(
                    self.tr("Promised next"),
                    lambda u: self.tr("final") if u.final else local_time(u.next_update_at),
                ),
                Column(self.tr("By"), lambda u: u.sent_by),
                Column(self.tr("Text"), lambda u: u.text.replace("\n", " "), lambda u: u.text),
            ],
            self,
        )
        self.history_view = table_view(self.history, self.tr("Updates sent"), stretch=4)

        form = QFormLayout()
        form.addRow(self.tr("&Audience"), self.audience)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Next update at"), self.next_at)
        form.addRow("", QLabel(self.tr("The next-update time is added to the text when posted.")))
        form.addRow("", self.final)
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.still_button)
        buttons.addWidget(self.post_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.countdown)
        layout.addWidget(section_title(self.tr("Compose an update")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(section_title(self.tr("Updates sent")))
        layout.addWidget(self.history_view, 1)

        self._next_touched = False
        self.next_at.dateTimeChanged.connect(self._mark_touched)
        seat.state.changed.connect(self.refresh)
        self.refresh()
        self.draft()

    def _mark_touched(self) -> None:
        self._next_touched = True

    def suggested_next(self) -> datetime:
        return suggested_next_update(self.seat.state.priority, self.seat.state.now())

    def _reset_next(self) -> None:
        self.next_at.blockSignals(True)
        self.next_at.setDateTime(to_qdatetime(self.suggested_next()))
        self.next_at.blockSignals(False)
        self._next_touched = False

    def refresh(self) -> None:
        self.history.set_rows(self.seat.state.snapshot.updates)
        self.history_view.scrollToBottom()
        self.final.setEnabled(not self.seat.state.is_active)
        if not self.seat.state.is_active:
            self.final.setChecked(True)
        self.next_at.setEnabled(not self.final.isChecked())
        self.countdown.refresh()

    def draft(self) -> None:
        """Prefill from the current state: what is broken, for whom, what we are doing."""
        s = self.seat.state.snapshot
        lines = [f"[{s.priority}] {s.title}"]
        lines.append(f"Impact: {s.impact_what}" + (f" ({s.impact_who})" if s.impact_who else ""))
        lines.append(f"Status: {s.status}.")
        leading = self.seat.state.leading_hypothesis()
        if not self.seat.state.is_active:
            lines.append(
                "Service is restored. We will send a full cause and corrective-action report."
            )
        elif leading:
            lines.append(f"What we are doing: testing {leading}.")
        else:
            lines.append("What we are doing: establishing the cause with a structured diagnosis.")
        self.text.setPlainText("\n".join(lines))
        self._reset_next()

    def post(self) -> None:
        text = self.text.toPlainText().strip()
        final = self.final.isChecked() and self.final.isEnabled()
        next_at = None if final else from_qdatetime(self.next_at.dateTime())
        if next_at is not None and text:
            text = f"{text}\n{next_update_sentence(next_at)}"
        audience = str(self.audience.currentData())
        posted = self.seat.act(
            self.feedback,
            lambda: self.seat.room.post_update(
                self.seat.incident_id,
                text,
                next_update_at=next_at,
                audience=audience,
                channel="clipboard",
                final=final,
            ),
            self.tr("Posted and copied to the clipboard."),
        )
        if posted:
            clipboard = QGuiApplication.clipboard()
            if clipboard is not None:
                clipboard.setText(text)
            self.draft()

    def still_working(self) -> None:
        s = self.seat.state.snapshot
        next_at = self.suggested_next()
        text = (
            f"[{s.priority}] {s.title}\nWe are still working on it. Status: {s.status}.\n"
            f"{next_update_sentence(next_at)}"
        )
        self.seat.act(
            self.feedback,
            lambda: self.seat.room.post_update(
                self.seat.incident_id,
                text,
                next_update_at=next_at,
                audience=str(self.audience.currentData()),
            ),
            self.tr("Holding update posted."),
        )
