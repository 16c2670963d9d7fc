"""The wall display: a full-screen board for the projector, large type, high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from warroom.core.vocabulary import EntryKind
from warroom.ui.incident_bar import CountdownLabel, clock_text, elapsed_text, escalation_text
from warroom.ui.incident_state import IncidentState
from warroom.ui.panels.common import big_font
from warroom.ui.theme import readable_on
from warroom.ui.words import priority_label, status_name

WALL_STYLE = """
WallDisplay { background: #000000; }
WallDisplay QLabel { color: #ffffff; }
WallDisplay QLabel#wallCaption { color: #bdbdbd; }
WallDisplay QLabel#countdown[state="calm"] { color: #81c784; }
WallDisplay QLabel#countdown[state="soon"] { color: black; }
WallDisplay QLabel#countdown[state="none"] { color: #bdbdbd; }
WallDisplay QLabel#alarm { background: #c62828; color: white; }
"""


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrapping(size: float) -> QLabel:
    label = QLabel()
    label.setFont(big_font(label, size))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class WallDisplay(QWidget):
    def __init__(self, state: IncidentState, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._state = state
        self.setWindowTitle(self.tr("Wall display"))
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
        self.title = _wrapping(34)
        self.status = _wrapping(30)
        # The room's three clocks: how long it has been, what time it is, when to escalate.
        self.elapsed = _wrapping(30)
        self.elapsed.setAccessibleName(self.tr("Time since the incident started"))
        self.clock = _wrapping(30)
        self.clock.setAccessibleName(self.tr("Clock"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.impact = _wrapping(26)
        self.countdown = CountdownLabel(state, point_size=48)
        self.countdown.setWordWrap(True)
        self.escalation = _wrapping(24)
        self.escalation.setAccessibleName(self.tr("Escalation deadline"))
        self.hypothesis = _wrapping(24)
        self.next_steps = _wrapping(22)

        head = QHBoxLayout()
        head.addWidget(self.priority)
        head.addWidget(self.title, 1)
        times = QHBoxLayout()
        times.addWidget(self.status, 1)
        times.addWidget(self.elapsed)
        times.addSpacing(24)
        times.addWidget(self.clock, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        # Wrapped text asks for a tall window when narrow; a projector is what it is.
        self.setMinimumSize(640, 480)
        layout.addWidget(self.exercise)
        layout.addLayout(head)
        layout.addLayout(times)
        layout.addWidget(self.countdown)
        layout.addWidget(self.escalation)
        layout.addWidget(self._caption(self.tr("The customer cannot")))
        layout.addWidget(self.impact)
        layout.addWidget(self._caption(self.tr("Leading hypothesis")))
        layout.addWidget(self.hypothesis)
        layout.addWidget(self._caption(self.tr("Next steps")))
        layout.addWidget(self.next_steps)
        layout.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        state.changed.connect(self.refresh)
        self.refresh()

    # Each label's share of the window as a font size: the board fills any projector,
    # 1024x768 as well as 1920x1080, without text running over text.
    SCALE = (
        ("exercise", 0.028),
        ("priority", 0.060),
        ("title", 0.050),
        ("status", 0.040),
        ("elapsed", 0.040),
        ("clock", 0.040),
        ("countdown", 0.072),
        ("escalation", 0.034),
        ("impact", 0.036),
        ("hypothesis", 0.034),
        ("next_steps", 0.030),
    )

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A 4:3 projector is narrower than it is tall for this text: size by the smaller.
        size = event.size()
        basis = max(min(size.height(), int(size.width() * 0.7)), 300)
        for name, share in self.SCALE:
            label: QLabel = getattr(self, name)
            font = label.font()
            font.setPixelSize(max(12, int(basis * share)))
            label.setFont(font)
        for caption in self.findChildren(QLabel, "wallCaption"):
            font = caption.font()
            font.setPixelSize(max(10, int(basis * 0.022)))
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
        self.priority.setText(priority_label(p).upper())
        self.priority.setStyleSheet(
            f"background: {p.colour}; color: {readable_on(p.colour)}; padding: 8px;"
        )
        self.title.setText(s.title)
        self.status.setText(self.tr("Status: {0}").format(status_name(s.status).upper()))
        self.impact.setText(_clip(s.impact_what, 220))
        self.hypothesis.setText(_clip(self._state.leading_hypothesis(), 160) or self.tr("none yet"))
        store = self._state.room.store
        latest = set(store.event_numbers(s.id, entry_kinds=[EntryKind.ACTION.value])[-3:])
        events = store.events_between(s.id, min(latest), max(latest)) if latest else []
        texts = [
            "• " + _clip(str(e.payload.get("text", "")), 110) for e in events if e.number in latest
        ]
        self.next_steps.setText("\n".join(texts) or self.tr("none recorded"))
        self.tick()

    def tick(self) -> None:
        self.countdown.refresh()
        self.elapsed.setText(elapsed_text(self._state))
        self.clock.setText(clock_text(self._state.now()))
        text, alarm = escalation_text(self._state)
        self.escalation.setText(text)
        self.escalation.setVisible(bool(text))
        if (self.escalation.objectName() == "alarm") != alarm:
            self.escalation.setObjectName("alarm" if alarm else "")
            self.escalation.style().unpolish(self.escalation)
            self.escalation.style().polish(self.escalation)
