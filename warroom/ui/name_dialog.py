"""Who sits at this computer: asked once, remembered, written into the record as the person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def name_field(name: str = "") -> QLineEdit:
    """The one field for a person's name; a known name is selected, so typing replaces it."""
    edit = QLineEdit(name)
    edit.setAccessibleName(QCoreApplication.translate("NameDialog", "Your name"))
    edit.setPlaceholderText(
        QCoreApplication.translate("NameDialog", "Your name as the record should show it")
    )
    edit.setMaxLength(200)
    edit.selectAll()
    return edit


class NameDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        self.name = name_field(name)
        intro = QLabel(
            self.tr(
                "The record names the person behind every entry. Your name is kept on this "
                "computer; change it under File ▸ Your name."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Name"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.person()))

    def person(self) -> str:
        return " ".join(self.name.text().split())
