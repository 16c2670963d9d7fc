"""A damaged record in the app: said at the top, read-only below, what is intact exportable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class DamageBanner(QWidget):
    export_requested = Signal()
    exported = Signal(bool)  # whether the export of what is intact was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("notice")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("The record is damaged"))
        self.export_button = QPushButton(self.tr("Export what is intact…"))
        self.export_button.clicked.connect(self.export_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export of what is intact"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.message)
        self.message.hide()
        self.hide()

    def show_damage(self, where: str) -> None:
        self.text.setText(
            self.tr(
                "This record is damaged: {0}. It is read-only here: nothing more is written to "
                "it. Everything that can still be read is shown below and can be exported."
            ).format(where)
        )
        self.show()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _in_timeline(widget: QWidget) -> bool:
    from warroom.ui.timeline_view import TimelinePanel

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, TimelinePanel):
            return True
        parent = parent.parentWidget()
    return False


def offer_no_writes(panel: QWidget) -> None:
    """Disable every input of ``panel``; lists, the timeline and its filters stay usable."""
    for widget in panel.findChildren(QWidget):
        if _in_timeline(widget):
            continue
        if isinstance(widget, QPlainTextEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton):
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
                continue
            widget.setEnabled(False)
