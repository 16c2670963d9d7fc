"""The wall display: a full-screen board for the projector, large type, high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from warroom.core.vocabulary import EntryKind
from warroom.ui.incident_bar import CountdownLabel
from warroom.ui.incident_state import IncidentState
from warroom.ui.panels.common import big_font

WALL_STYLE = """
WallDisplay { background: #000000; }
WallDisplay QLabel { color: #ffffff; }
WallDisplay QLabel#wallCaption { color: #9e9e9e; }
WallDisplay QLabel#countdown[state="soon"] { color: black; }
"""


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class WallDisplay(QWidget):
    def __init__(self, state: IncidentState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._state = state
        self.setWindowTitle(self.tr("warroom — wall display"))
        self.setStyleSheet(WALL_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.exercise = QLabel(self.tr("EXERCISE"))
        self.exercise.setObjectName("exerciseBand")
        self.exercise.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.exercise.setFont(big_font(self.exercise, 22))
        self.priority = QLabel()
        self.priority.setObjectName("priorityBadge")
        self.priority.setFont(big_font(self.priority, 40))
        self.priority.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setFont(big_font(self.title, 34))
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setFont(big_font(self.status, 30))
        self.impact = QLabel()
        self.impact.setFont(big_font(self.impact, 26))
        self.impact.setWordWrap(True)
        self.countdown = CountdownLabel(state, point_size=48)
        self.hypothesis = QLabel()
        self.hypothesis.setFont(big_font(self.hypothesis, 24))
        self.hypothesis.setWordWrap(True)
        self.next_steps = QLabel()
        self.next_steps.setFont(big_font(self.next_steps, 22))
        self.next_steps.setWordWrap(True)
        for label in (self.title, self.impact, self.hypothesis, self.next_steps):
            label.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.exercise)
        layout.addWidget(self.priority)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self._caption(self.tr("The customer cannot")))
        layout.addWidget(self.impact)
        layout.addWidget(self.countdown)
        layout.addWidget(self._caption(self.tr("Leading hypothesis")))
        layout.addWidget(self.hypothesis)
        layout.addWidget(self._caption(self.tr("Next steps")))
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        state.changed.connect(self.refresh)
        self.refresh()

    # Each label's share of the window height as a font size: the board fills any
    # projector without text running over text.
    SCALE = (
        ("exercise", 0.030),
        ("priority", 0.070),
        ("title", 0.052),
        ("status", 0.046),
        ("impact", 0.040),
        ("countdown", 0.080),
        ("hypothesis", 0.038),
        ("next_steps", 0.034),
    )

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = max(event.size().height(), 300)
        for name, share in self.SCALE:
            label: QLabel = getattr(self, name)
            font = label.font()
            font.setPixelSize(max(12, int(height * share)))
            label.setFont(font)
        for caption in self.findChildren(QLabel, "wallCaption"):
            font = caption.font()
            font.setPixelSize(max(10, int(height * 0.024)))
            caption.setFont(font)
        super().resizeEvent(event)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text.upper())
        label.setObjectName("wallCaption")
        label.setFont(big_font(label, 16))
        return label

    def refresh(self) -> None:
        s = self._state.snapshot
        p = self._state.priority
        self.exercise.setVisible(s.mode == "exercise")
        self.priority.setText(p.name.upper())
        self.priority.setStyleSheet(f"background: {p.colour}; color: white; padding: 8px;")
        self.title.setText(s.title)
        self.status.setText(self.tr("Status: {0}").format(s.status.upper()))
        self.impact.setText(_clip(s.impact_what, 220))
        self.hypothesis.setText(_clip(self._state.leading_hypothesis(), 160) or self.tr("none yet"))
        store = self._state.room.store
        latest = set(store.event_numbers(s.id, entry_kinds=[EntryKind.ACTION.value])[-3:])
        events = store.events_between(s.id, min(latest), max(latest)) if latest else []
        texts = [
            "• " + _clip(str(e.payload.get("text", "")), 110) for e in events if e.number in latest
        ]
        self.next_steps.setText("\n".join(texts) or self.tr("none recorded"))
        self.countdown.refresh()

    def tick(self) -> None:
        self.countdown.refresh()
