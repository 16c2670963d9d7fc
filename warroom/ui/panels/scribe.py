"""The scribe: type and press Enter. Timestamps are automatic; nothing is ever lost."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.entries import parse_entry
from warroom.core.errors import RecordUnreachable
from warroom.core.vocabulary import EntryKind, KeyMoment
from warroom.ui.panels.common import Feedback, Seat, big_font, section_title
from warroom.ui.timeline_view import TimelinePanel
from warroom.ui.words import entry_kind_name, key_moment_name

MOMENT_KEYS = [
    (KeyMoment.DETECTED, "F5"),
    (KeyMoment.DECLARED, "F6"),
    (KeyMoment.MITIGATED, "F7"),
    (KeyMoment.RESOLVED, "F8"),
]


class ScribePanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        for kind in EntryKind:
            self.kind.addItem(entry_kind_name(kind), kind.value)
        self.entry = QLineEdit()
        self.entry.setFont(big_font(self.entry, 14))
        self.entry.setAccessibleName(self.tr("New log entry"))
        self.entry.setPlaceholderText(self.tr("Type and press Enter"))
        self.prefixes = QLabel(
            self.tr(
                "Start with d: for a decision, a: for an action (next step), q: for a question. "
                "Decisions and next steps also show on the lead's panel."
            )
        )
        self.prefixes.setObjectName("guidance")
        self.prefixes.setWordWrap(True)
        self.entry.returnPressed.connect(self.log_entry)
        self.feedback = Feedback()

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.kind)
        entry_row.addWidget(self.entry, 1)

        moments = QGridLayout()
        self.moment_buttons: dict[KeyMoment, QPushButton] = {}
        labels = {
            KeyMoment.DETECTED: (self.tr("Detected"), self.tr("Mark the moment: detected, now")),
            KeyMoment.DECLARED: (self.tr("Declared"), self.tr("Mark the moment: declared, now")),
            KeyMoment.MITIGATED: (self.tr("Mitigated"), self.tr("Mark the moment: mitigated, now")),
            KeyMoment.RESOLVED: (self.tr("Resolved"), self.tr("Mark the moment: resolved, now")),
        }
        for column, (moment, key) in enumerate(MOMENT_KEYS):
            label, tip = labels[moment]
            button = QPushButton(self.tr("{0}  [{1}]").format(label, key))
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, m=moment: self.mark(m))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda m=moment: self.mark(m))
            self.moment_buttons[moment] = button
            moments.addWidget(button, 0, column)

        for key, kind in (
            ("Ctrl+D", EntryKind.DECISION),
            ("Ctrl+Shift+A", EntryKind.ACTION),
            ("Ctrl+Shift+Q", EntryKind.QUESTION),
            ("Ctrl+Shift+N", EntryKind.NOTE),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda k=kind: self._choose_kind(k)
            )

        self.entries = TimelinePanel(seat.room.store, seat.state, show="Scribe entries")

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Log")))
        layout.addLayout(entry_row)
        layout.addWidget(self.prefixes)
        layout.addWidget(self.feedback)
        layout.addWidget(QLabel(self.tr("Key moments (one key each):")))
        layout.addLayout(moments)
        layout.addWidget(section_title(self.tr("Entries")))
        layout.addWidget(self.entries, 1)
        # Alt+4 lands in the entry (not a focus proxy: that would bend the Tab order).
        self.first_field = self.entry

    def _choose_kind(self, kind: EntryKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.entry.setFocus()

    def log_entry(self) -> None:
        default = EntryKind(self.kind.currentData())
        kind, text = parse_entry(self.entry.text(), default)
        if not text:
            return
        offline = self.seat.feed.offline
        try:
            ok = self.seat.act(
                self.feedback,
                lambda: self.seat.room.log(self.seat.incident_id, text, kind),
                unreachable_raises=offline is not None,
            )
        except RecordUnreachable:
            assert offline is not None
            offline.keep(self.seat.state.snapshot.uid, kind.value, text)
            self.feedback.error(
                self.tr(
                    "Kept on this seat: the record is out of reach. It is sent when it is back."
                )
            )
            ok = True
        if ok:
            # Cleared only once saved: a failed write leaves the words where they were typed.
            self.entry.clear()
            self.kind.setCurrentIndex(0)

    def mark(self, moment: KeyMoment) -> None:
        self.seat.act(
            self.feedback,
            lambda: self.seat.room.mark(self.seat.incident_id, moment),
            self.tr("Marked: {0}").format(key_moment_name(moment)),
        )
