"""Checks a person would make by eye: nothing drawn over anything, nothing squeezed.

``layout_problems`` walks every layout of a window and names each visible widget
that overlaps a sibling in the same layout, or is smaller than it needs to be
(its minimum size hint, or its minimum size when one is set).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLineEdit, QSizePolicy, QWidget


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = getattr(widget, "text", None)
    if not name and callable(text):
        try:
            name = str(text())[:30]
        except TypeError:
            name = ""
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__}({name!r}) in {where}"


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets ``layout`` and the layouts inside it place, found from the widgets.

    Never through ``layout.itemAt``: PySide keeps every layout item it hands out alive
    with its layout, and once Qt deletes the item a new widget born at the same address
    comes back from ``nextInFocusChain`` as that dead ``QWidgetItem`` (a CI failure).
    """
    owner = layout.parentWidget()
    if owner is None:
        return []
    layouts = [layout, *layout.findChildren(QLayout)]
    return [
        widget
        for widget in owner.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if any(inner.indexOf(widget) >= 0 for inner in layouts)
    ]


def needed(widget: QWidget) -> QSize:
    """The size below which a person would see something cut off or drawn over."""
    hint = widget.minimumSizeHint()
    if isinstance(widget, QLineEdit) and widget.placeholderText() and widget.isEnabled():
        # The hint in an empty field is its label: it must be readable whole.
        text = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 16
        hint = QSize(max(hint.width(), text), hint.height())
    minimum = widget.minimumSize()
    policy = widget.sizePolicy()
    width = 0 if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored else hint.width()
    height = 0 if policy.verticalPolicy() == QSizePolicy.Policy.Ignored else hint.height()
    if widget.hasHeightForWidth() and widget.width() > 0:
        # Wrapped text needs the height its lines take at the width it was given.
        height = max(height, widget.heightForWidth(widget.width()))
    return QSize(max(width, minimum.width()), max(height, minimum.height()))


def layout_problems(top: QWidget) -> list[str]:
    problems: list[str] = []
    for owner in [top, *top.findChildren(QWidget)]:
        if not owner.isVisible():
            continue
        layout = owner.layout()
        if layout is None:
            continue
        shown = [w for w in _layout_widgets(layout) if w.isVisible()]
        for widget in shown:
            want = needed(widget)
            if widget.width() < want.width() or widget.height() < want.height():
                problems.append(
                    f"{_describe(widget)} is {widget.width()}x{widget.height()}, "
                    f"needs {want.width()}x{want.height()}"
                )
        for i, first in enumerate(shown):
            for second in shown[i + 1 :]:
                overlap: QRect = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"{_describe(first)} overlaps {_describe(second)}")
    return problems


def sideways_scrolling(top: QWidget) -> list[str]:
    """Panels that would make a person scroll sideways to reach a field or a button."""
    from PySide6.QtWidgets import QScrollArea

    return [
        f"{type(area.widget()).__name__} scrolls sideways by {area.horizontalScrollBar().maximum()}"
        for area in top.findChildren(QScrollArea)
        if area.isVisible()
        and area.widget() is not None
        and area.horizontalScrollBar().maximum() > 0
        and type(area).__name__ == "_PanelSlot"
    ]
