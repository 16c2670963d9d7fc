"""A document to read, copy or save: the escalation briefing, the customer roadmap."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError


class TextDialog(QDialog):
    def __init__(
        self, title: str, text: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_name = file_name
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setFont(QFont("DejaVu Sans Mono", 10))
        self.message = QLabel()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.clicked.connect(self.choose_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.resize(900, 700)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text.toPlainText())
        self.message.setText(self.tr("Copied."))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(Path.home() / self.file_name)
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        from warroom.atomic import write_atomically

        try:
            write_atomically(path, self.text.toPlainText().encode("utf-8"))
        except UserError as exc:
            self.message.setText(exc.message)
            return False
        self.message.setText(self.tr("Saved to {0}").format(str(path)))
        return True
