"""What a screen reader and a keyboard user meet on a screen.

``unnamed`` lists interactive widgets a screen reader would announce without a name,
``duplicates`` siblings it would announce with the same name, and ``unreachable``
focusable widgets that pressing Tab never reaches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
)


def _is_part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box or combo box, a view inside a combo's popup, the
    scroll buttons of a tab bar: parts of one control, announced as that control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return widget.window().windowType() == Qt.WindowType.Popup


def interactive(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and w.isVisible()
        and w.isEnabled()
        and not _is_part_of_another(w)
    ]


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in interactive(top)
        if not spoken_name(w)
    ]


def duplicates(top: QWidget) -> list[str]:
    found = []
    seen: dict[tuple[int, str], QWidget] = {}
    for widget in interactive(top):
        name = spoken_name(widget)
        if not name:
            continue
        key = (id(widget.parentWidget()), name)
        if key in seen:
            found.append(f"two {name!r} in {type(widget.parentWidget()).__name__}")
        seen[key] = widget
    return found


def unreachable(top: QWidget, presses: int = 400) -> list[str]:
    """Press Tab round the window as a person would, and name what it never reached."""
    wanted = [w for w in interactive(top) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    top.activateWindow()
    first = next((w for w in wanted if w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
    if first is None:
        return []
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[int] = set()
    for _ in range(presses):
        widget = QApplication.focusWidget()
        if widget is None:
            break
        reached.add(id(widget))
        proxy_owner = widget
        while True:
            parent = proxy_owner.parentWidget()
            if parent is None or parent.focusProxy() is not proxy_owner:
                break
            proxy_owner = parent
            reached.add(id(proxy_owner))
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        if len(reached) >= len(wanted) and QApplication.focusWidget() is first:
            break
    # Tab stops once in a group of radio buttons; the arrows choose within it.
    groups: dict[int, list[QWidget]] = {}
    for w in wanted:
        if isinstance(w, QRadioButton) and w.autoExclusive():
            key = id(w.group()) if w.group() is not None else id(w.parentWidget())
            groups.setdefault(key, []).append(w)
    for members in groups.values():
        if any(id(m) in reached for m in members):
            reached.update(id(m) for m in members)
    return [
        f"{type(w).__name__}({spoken_name(w)!r}) in {type(w.parentWidget()).__name__}"
        for w in wanted
        if id(w) not in reached and id(w.focusProxy() or w) not in reached
    ]
