"""A clearly visible ring around whatever has the keyboard focus, in both palettes.

Styles draw focus faintly or not at all (a line edit's thin frame, nothing on a
table); one overlay per window draws the same thick ring for every kind of widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from warroom.ui.theme import is_dark

RING_WIDTH = 3
# Bright enough against both palettes' window and field colours (3:1 or more, see theme).
RING_COLOUR = {False: "#0b57d0", True: "#8ab4f8"}


class FocusRing(QWidget):
    """The ring itself: a transparent child of the window, drawn above everything."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor(RING_COLOUR[False])
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.colour)
        pen.setWidth(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 4, 4)


class FocusRings(QObject):
    """Follows the application's focus and keeps one ring on the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.dark = False
        self._target: QWidget | None = None
        self._watched: set[int] = set()  # the target and its parents: any of them may move
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        if ring is None:
            ring = FocusRing(window)
        return ring

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # ``old`` may be a widget (or a window) in the middle of being destroyed: never
        # touch it. The filter left on it is harmless; eventFilter only heeds the target.
        self._target = new
        self._watched = set()
        if new is None:
            # Later, not now: the window that lost the focus may be on its way out.
            QTimer.singleShot(0, self._hide_when_unfocused)
            return
        widget: QWidget | None = new
        while widget is not None:
            # A scroll area scrolling, a splitter dragged, a label above growing: each moves
            # the focused widget without the widget itself getting a Move event.
            widget.installEventFilter(self)
            self._watched.add(id(widget))
            if widget.isWindow():
                break
            widget = widget.parentWidget()
        self.place()

    def _hide_when_unfocused(self) -> None:
        """No focus anywhere (the window was left or closed): no ring left standing where a
        widget used to be."""
        ring = self._ring
        if self._target is None and ring is not None and isValid(ring):
            ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if id(watched) in self._watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        return False

    def place(self) -> None:
        """Put the ring around the focused widget (also after layouts moved it)."""
        target = self._target
        if target is None:
            return
        window = target.window()
        if window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip) or target is window:
            return
        ring = self.ring_of(window)
        previous = self._ring
        if previous is not None and previous is not ring and isValid(previous):
            previous.hide()
        self._ring = ring
        if not target.isVisible():
            ring.hide()
            return
        # Around the part that shows: a field half scrolled out of a panel (the panel above
        # the timeline on a narrow window) had its ring drawn over the checklist below.
        shown = QRect(target.mapTo(window, QPoint(0, 0)), target.size())
        parent = target.parentWidget()
        while parent is not None and parent is not window:
            shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        if shown.isEmpty():
            ring.hide()
            return
        margin = RING_WIDTH + 1
        area = shown.adjusted(-margin, -margin, margin, margin)
        # The palette in use decides, whoever installed the rings.
        ring.colour = QColor(RING_COLOUR[is_dark()])
        ring.setGeometry(area.intersected(window.rect()))
        ring.raise_()
        ring.show()
        ring.update()


_rings: FocusRings | None = None


def install_focus_rings(app: QApplication, dark: bool) -> FocusRings:
    global _rings
    if _rings is None or _rings.parent() is not app:
        _rings = FocusRings(app)
    _rings.dark = dark
    _rings.place()
    return _rings


def focus_rings() -> FocusRings | None:
    return _rings
