"""Taking a seat: who you are and which role you take."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.vocabulary import Role
from warroom.report.describe import role_name
from warroom.ui.name_dialog import name_field


class SeatDialog(QDialog):
    def __init__(
        self,
        title: str,
        name: str = "",
        role: Role = Role.LEAD,
        holders: dict[Role, list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take a seat"))
        # Selected when known: typing a different name replaces it instead of appending.
        self.name = name_field(name)
        self.group = QButtonGroup(self)
        self.buttons_by_role: dict[Role, QRadioButton] = {}
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Joining: {0}").format(title)))
        form.addRow(self.tr("&Name"), self.name)
        hints = {
            Role.LEAD: self.tr("runs the room: impact, priority, roles, escalation"),
            Role.DIAGNOSTICIAN: self.tr("finds the cause: protocol, hypotheses, fix attempts"),
            Role.COMMUNICATOR: self.tr("keeps customers and management informed on time"),
            Role.SCRIBE: self.tr("keeps the record: every fact, decision and action"),
        }
        for number, r in enumerate(Role, start=1):
            held = (holders or {}).get(r, [])
            text = self.tr("&{0} {1} — {2}").format(number, role_name(r.value), hints[r])
            if held:
                text += self.tr("  (now: {0})").format(", ".join(held))
            button = QRadioButton(text)
            button.setChecked(r is role)
            self.group.addButton(button)
            self.buttons_by_role[r] = button
            form.addRow("" if number > 1 else self.tr("Role"), button)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take the seat"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.box)
        self._check()

    def _check(self) -> None:
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def role(self) -> Role:
        for r, button in self.buttons_by_role.items():
            if button.isChecked():
                return r
        return Role.LEAD

    def person(self) -> str:
        return " ".join(self.name.text().split())
