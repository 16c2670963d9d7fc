"""Shapes that give way on a narrow window (half a laptop screen beside a video call):
one line that ends in "…", rows that wrap, a splitter that turns from side by side
to one above the other. Nothing here widens the window or scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QSizePolicy, QSplitter, QWidget


def min_width(part: QWidget | QLayout) -> int:
    """The width ``part`` takes at the least in a layout (Qt's rule for a layout item)."""
    if isinstance(part, QLayout):
        return part.minimumSize().width() if not part.isEmpty() else 0
    if part.isHidden():
        return 0
    if part.minimumWidth() > 0:
        return part.minimumWidth()
    policy = part.sizePolicy().horizontalPolicy()
    if policy == QSizePolicy.Policy.Ignored:
        return 0
    width = part.minimumSizeHint().width()
    if not policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value:
        width = max(width, part.sizeHint().width())
    return max(width, 0)


LEAST_CHARACTERS = 16


class ElidedLabel(QLabel):
    """One line that gives way: on a narrow screen it ends in "…" instead of widening the
    window; the whole text stays in its tooltip and for screen readers."""

    def __init__(self, text: str = "", least: int = LEAST_CHARACTERS) -> None:
        super().__init__()
        self._least = least
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        # Room for its first words at the least: a row too narrow for them breaks instead.
        metrics = self.fontMetrics()
        least = 0 if not self._least else metrics.horizontalAdvance(text[: self._least] + "…") + 8
        self.setMinimumWidth(min(least, metrics.horizontalAdvance(text) + 8))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance("MMMMMM…"), height)

    def sizeHint(self) -> QSize:
        height = super().sizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 4, 10)
        metrics = self.fontMetrics()
        super().setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class Wrap(QBoxLayout):
    """Its parts in a row where the row fits, one under the other where it does not.

    Its minimum width is that of the widest part, so a window can be made narrow
    enough for the row to break; the parts are kept here, not asked of the layout
    (see ``tests/ui/layout.py`` on the items PySide hands out)."""

    def __init__(self, *parts: QWidget | QLayout, stretch: tuple[int, ...] = ()) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight)
        self.parts = parts
        for i, part in enumerate(parts):
            factor = stretch[i] if i < len(stretch) else 0
            if isinstance(part, QWidget):
                self.addWidget(part, factor)
            else:
                self.addLayout(part, factor)

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def row_width(self) -> int:
        """The width the parts need side by side."""
        widths = [w for w in (min_width(part) for part in self.parts) if w > 0]
        return sum(widths) + max(self.spacing(), 0) * max(len(widths) - 1, 0) + self._margins()

    def minimumSize(self) -> QSize:
        size = super().minimumSize()
        widest = max((min_width(part) for part in self.parts), default=0) + self._margins()
        return QSize(widest, size.height())

    def setGeometry(self, rect: QRect) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if rect.width() >= self.row_width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self.direction() != wanted:
            self.setDirection(wanted)
        super().setGeometry(rect)


class TurningSplitter(QSplitter):
    """Side by side where the first part keeps ``first_width`` beside the others, one
    above the other where it would not: a role panel squeezed into a strip beside the
    timeline is no use to anyone."""

    # True: now one above the other.
    turned = Signal(bool)

    def __init__(self, first_width: int) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.first_width = first_width
        self._need = 0

    def _widths(self) -> list[int]:
        parts = (self.widget(i) for i in range(self.count()))
        return [min_width(part) for part in parts if part is not None]

    def side_by_side_width(self) -> int:
        """Measured while side by side, and remembered: one above the other, a part may
        show less (the timeline behind a switch) and would ask for less, and the splitter
        would turn back and forth at every width in between."""
        if self.orientation() is Qt.Orientation.Vertical and self._need:
            return self._need
        widths = self._widths()
        if not widths:
            return 0
        first = max(self.first_width, widths[0])
        self._need = first + sum(widths[1:]) + self.handleWidth() * (len(widths) - 1)
        return self._need

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(self._widths(), default=0), hint.height())

    def turn(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            self.turned.emit(wanted is Qt.Orientation.Vertical)
            # The role panel gets the larger share either way, as it does when first shown.
            length = max(width if wanted is Qt.Orientation.Horizontal else self.height(), 1)
            self.setSizes([int(length * 0.56), int(length * 0.44)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.turn(event.size().width())
        super().resizeEvent(event)
