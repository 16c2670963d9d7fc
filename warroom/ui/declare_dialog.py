"""Declare a new incident in seconds: title, priority, business impact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warroom.core.i18n import current
from warroom.core.matrix import CommunicationMatrix
from warroom.core.timing import format_duration
from warroom.ui.name_dialog import name_field
from warroom.ui.panels.common import line_edit
from warroom.ui.words import priority_description, priority_label


class DeclareDialog(QDialog):
    def __init__(
        self, matrix: CommunicationMatrix, person: str = "", parent: QWidget | None = None
    ) -> None:
        """``person`` is who declares; when nobody has said their name yet, the dialog asks."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare an incident"))
        self.setMinimumWidth(560)
        self._matrix = matrix
        self._person = person
        self.name = name_field(person)

        self.title = line_edit(
            self.tr("What is broken, in the customer's words"), self.tr("Incident title")
        )
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for p in matrix.priorities:
            self.priority.addItem(priority_label(p), p.name)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setObjectName("guidance")
        self.impact_what = QPlainTextEdit()
        self.impact_what.setPlaceholderText(
            self.tr("What can the customer not do? e.g. the plant cannot release production orders")
        )
        self.impact_what.setAccessibleName(self.tr("Business impact"))
        self.impact_what.setTabChangesFocus(True)
        self.impact_what.setFixedHeight(70)
        self.impact_who = line_edit(
            self.tr("Who is affected: teams, sites, customers"), self.tr("Who is affected")
        )
        self.impact_count = QSpinBox()
        self.impact_count.setRange(0, 100_000_000)
        self.impact_count.setSpecialValueText(self.tr("unknown"))
        self.impact_count.setAccessibleName(self.tr("How many are affected"))
        self.protocol = QComboBox()
        self.protocol.setAccessibleName(self.tr("Diagnostic protocol"))
        self.protocol.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.protocol.setMinimumContentsLength(24)
        self.protocol.addItem(self.tr("No protocol (add items as you go)"), None)
        from warroom.ui.protocols import available_protocols

        protocols, _problems = available_protocols()
        for protocol in protocols:
            self.protocol.addItem(
                self.tr("{0} (%n item(s))", "", len(protocol.items)).format(protocol.title),
                protocol,
            )
        major = next((i for i, p in enumerate(protocols) if p.name == "major-incident"), None)
        if major is not None:
            self.protocol.setCurrentIndex(major + 1)
        self.services = line_edit(
            self.tr("Affected services, separated by commas"), self.tr("Affected services")
        )

        form = QFormLayout()
        if not person:
            form.addRow(self.tr("Your &name"), self.name)
        else:
            self.name.hide()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow("", self.guidance)
        form.addRow(self.tr("&Impact"), self.impact_what)
        form.addRow(self.tr("&Who"), self.impact_who)
        form.addRow(self.tr("How &many"), self.impact_count)
        form.addRow(self.tr("&Services"), self.services)
        form.addRow(self.tr("P&rotocol"), self.protocol)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Declare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.priority.currentIndexChanged.connect(self._show_guidance)
        self.title.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self.impact_what.textChanged.connect(self._check)
        self._show_guidance()
        self._check()

    def _show_guidance(self) -> None:
        p = self._matrix.priorities[self.priority.currentIndex()]
        lines = [priority_description(p), ""]
        lines += [self.tr("Examples:")] + [f"  • {e}" for e in p.examples_in(current())]
        lines.append("")
        lines.append(self.tr("Status update every {0}.").format(format_duration(p.update_cadence)))
        if p.escalation_after is not None:
            lines.append(
                self.tr("Escalates to the senior engineers after {0}.").format(
                    format_duration(p.escalation_after)
                )
            )
        self.guidance.setText("\n".join(lines))
        # Each priority's guidance has its own length: the dialog grows to show all of it
        # instead of drawing it over the fields around it.
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.setMinimumHeight(layout.totalHeightForWidth(max(self.width(), 560)))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            bool(self.person())
            and bool(self.title.text().strip())
            and bool(self.impact_what.toPlainText().strip())
        )

    def person(self) -> str:
        return " ".join(self.name.text().split())

    def values(self) -> dict[str, object]:
        count = self.impact_count.value()
        return {
            "title": self.title.text().strip(),
            "priority": self.priority.currentData(),
            "impact_what": self.impact_what.toPlainText().strip(),
            "impact_who": self.impact_who.text().strip(),
            "impact_count": count if count > 0 else None,
            "services": [s.strip() for s in self.services.text().split(",") if s.strip()],
            "protocol": self.protocol.currentData(),
        }
