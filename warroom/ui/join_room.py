"""Join a shared room: the address, the password once (into the keyring), recent rooms.

The address is kept among the recent rooms without any password; the password
goes to the system keyring and nowhere else, so the settings file, the status
bar and every log show the address as people typed it, secret-free.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.ui.settings import settings

RECENT_KEY = "rooms/recent"
RECENT_LIMIT = 8


def recent_rooms() -> list[str]:
    value = settings().value(RECENT_KEY, [])
    # QSettings gives one remembered room back as a plain string, several as a list.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def remember_room(address: str) -> None:
    rooms = [address, *(r for r in recent_rooms() if r != address)][:RECENT_LIMIT]
    store = settings()
    store.setValue(RECENT_KEY, rooms)
    store.sync()


class JoinRoomDialog(QDialog):
    """Asks for a room's address and, once, its password."""

    join = Signal(str)  # the address to open, with no password in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a room"))
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.addItems(recent_rooms())
        self.address.setCurrentText(recent_rooms()[0] if recent_rooms() else "")
        self.address.setAccessibleName(self.tr("Room address"))
        line = self.address.lineEdit()
        assert line is not None
        line.setPlaceholderText("postgresql+psycopg://warroom_seat@dbhost/warroom")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Room password"))
        self.password.setPlaceholderText(
            self.tr("kept in the system keyring; leave empty if already stored")
        )
        self.message = QLabel()
        self.message.setObjectName("alarm")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Join"))
        self.buttons.accepted.connect(self.accept_room)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept_room(self) -> None:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        from warroom.rooms import store_password

        typed = self.address.currentText().strip()
        try:
            url = make_url(typed)
        except ArgumentError:
            self._say(
                self.tr("That is not a room address. It looks like {0}").format(
                    "postgresql+psycopg://warroom_seat@dbhost/warroom"
                )
            )
            return
        if url.get_backend_name() != "postgresql":
            self._say(self.tr("A shared room lives on PostgreSQL (postgresql+psycopg://…)."))
            return
        # A password typed into the address goes to the keyring like one typed below.
        password = self.password.text() or (url.password or "")
        address = url.set(password=None).render_as_string(hide_password=True)
        if password:
            try:
                address = store_password(address, str(password))
            except UserError as exc:
                self._say(exc.message + (f"\n{exc.hint}" if exc.hint else ""))
                return
        remember_room(address)
        self.join.emit(address)
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
