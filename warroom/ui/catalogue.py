"""The catalogue window: services, owners, on-call contacts, tiers and dependencies, edited here.

The catalogue is kept as a TOML file a team can version in its own repository:
Import and Export read and write it. Below the services, the actions across
incidents whose "other systems" still need the same fix (rule 7).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from warroom.core.catalogue import SameFix, Service
from warroom.core.errors import UserError
from warroom.room import WarRoom
from warroom.room.catalogue import PendingOtherSystems
from warroom.ui.panels.common import Feedback, line_edit, selected_row, table_view
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.words import action_status_name


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class CatalogueWindow(QDialog):
    def __init__(self, room: WarRoom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setWindowTitle(self.tr("Service catalogue"))
        self.model: RecordTableModel[Service] = RecordTableModel(
            [
                Column(self.tr("Service"), lambda s: s.name),
                Column(self.tr("Owner"), lambda s: s.owner),
                Column(self.tr("On call"), lambda s: s.oncall),
                Column(self.tr("Tier"), lambda s: s.tier),
                Column(self.tr("Depends on"), lambda s: ", ".join(s.depends_on)),
                Column(self.tr("Components"), lambda s: ", ".join(s.components)),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("Services"), stretch=4)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.name = line_edit(self.tr("e.g. payments-api"), self.tr("Service name"))
        self.owner = line_edit(self.tr("team or person"), self.tr("Owner"))
        self.oncall = line_edit(self.tr("phone, pager or rota"), self.tr("On-call contact"))
        self.tier = line_edit(self.tr("e.g. 1"), self.tr("Tier"))
        self.depends_on = line_edit(self.tr("services, separated by commas"), self.tr("Depends on"))
        self.components = line_edit(
            self.tr("what it is built from, separated by commas"), self.tr("Components")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("On &call"), self.oncall)
        form.addRow(self.tr("&Tier"), self.tier)
        form.addRow(self.tr("&Depends on"), self.depends_on)
        form.addRow(self.tr("Co&mponents"), self.components)
        self.save_button = QPushButton(self.tr("&Save service"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("Ne&w"))
        self.new_button.clicked.connect(self.clear)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(self.tr("&Import TOML…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport TOML…"))
        self.export_button.clicked.connect(self.export_file)
        self.feedback = Feedback()
        self.pending: RecordTableModel[PendingOtherSystems] = RecordTableModel(
            [
                Column(self.tr("Incident"), lambda p: f"#{p.incident_id}  {p.incident_title}"),
                Column(self.tr("Action"), lambda p: p.text),
                Column(self.tr("Other systems"), lambda p: ", ".join(p.other_systems)),
                Column(self.tr("Owner"), lambda p: p.owner),
                Column(self.tr("Status"), lambda p: action_status_name(p.status)),
            ],
            self,
        )
        self.pending_view = table_view(
            self.pending, self.tr("Other systems needing the same fix"), stretch=1
        )

        buttons = QHBoxLayout()
        for button in (self.save_button, self.new_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(form)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.feedback)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(
            QLabel(self.tr("Other systems that need the same fix, not done yet (all incidents)"))
        )
        bottom_layout.addWidget(self.pending_view, 1)
        split = QSplitter()
        split.setOrientation(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.editing: str | None = None
        self.resize(1000, 680)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list(self.room.catalogue().services))
        self.pending.set_rows(self.room.pending_other_systems())

    def _selected(self, *_args: object) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        service = self.model.record(row)
        self.editing = service.name
        self.name.setText(service.name)
        self.owner.setText(service.owner)
        self.oncall.setText(service.oncall)
        self.tier.setText(service.tier)
        self.depends_on.setText(", ".join(service.depends_on))
        self.components.setText(", ".join(service.components))

    def clear(self) -> None:
        self.view.clearSelection()
        self.editing = None
        for edit in (
            self.name,
            self.owner,
            self.oncall,
            self.tier,
            self.depends_on,
            self.components,
        ):
            edit.clear()
        self.name.setFocus()

    def save(self) -> None:
        service = Service(
            name=self.name.text(),
            owner=self.owner.text(),
            oncall=self.oncall.text(),
            tier=self.tier.text(),
            depends_on=_names(self.depends_on.text()),
            components=_names(self.components.text()),
        )
        try:
            saved = self.room.save_service(service, previous=self.editing)
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return
        self.reload()
        self.editing = saved.name
        self.feedback.ok(self.tr("Saved {0}.").format(saved.name))

    def remove(self) -> None:
        if self.editing is None:
            self.feedback.error(self.tr("Select a service first."))
            return
        try:
            self.room.remove_service(self.editing)
        except UserError as exc:
            self.feedback.error(exc.message)
            return
        name = self.editing
        self.clear()
        self.reload()
        self.feedback.ok(self.tr("Removed {0}.").format(name))

    def import_file(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a catalogue"), "", self.tr("TOML files (*.toml)")
            )
        if not path:
            return
        try:
            catalogue = self.room.import_catalogue(Path(path))
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return
        self.reload()
        self.feedback.ok(self.tr("%n service(s) imported.", "", len(catalogue.services)))

    def export_file(self, path: str = "") -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the catalogue"), "catalogue.toml", self.tr("TOML (*.toml)")
            )
        if not path:
            return
        from warroom.atomic import write_atomically

        try:
            write_atomically(Path(path), self.room.catalogue_toml().encode("utf-8"))
        except OSError as exc:
            self.feedback.error(self.tr("Cannot write {0}: {1}").format(path, exc.strerror))
            return
        self.feedback.ok(self.tr("Written to {0}.").format(path))


class ServiceCompleter(QCompleter):
    """Completes the service being typed after the last comma from the catalogue's names."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(names, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [part.strip() for part in typed.split(",")[:-1] if part.strip()]
        return ", ".join([*done, str(index.data())])


def offer_catalogue(edit: QLineEdit, room: WarRoom) -> None:
    """Affected services are picked from the catalogue; free text is still allowed."""
    edit.setCompleter(ServiceCompleter(room.catalogue().names(), edit))


class SameFixHint(QWidget):
    """Rule 7 beside the action being written: the services the catalogue says may need
    the same fix (they share a component or a dependency with the affected ones),
    added to the action's "other systems" in one click."""

    def __init__(
        self, suggest: Callable[[], list[SameFix]], target: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.suggest = suggest
        self.target = target
        self.services: tuple[str, ...] | None = None
        self.suggestions: list[SameFix] = []
        self.label = QLabel()
        self.label.setObjectName("guidance")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Services that may need the same fix"))
        self.add_button = QPushButton(self.tr("Add to other systems"))
        self.add_button.setToolTip(self.tr("Add these services to the other systems of the action"))
        self.add_button.clicked.connect(self.add_suggestions)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_for(self, services: tuple[str, ...]) -> None:
        """Read the catalogue again when the incident's services changed."""
        if services == self.services:
            return
        self.services = services
        self.suggestions = self.suggest() if services else []
        self.label.setText(
            self.tr("The catalogue suggests: {0}").format(
                "; ".join(f"{s.service} ({s.reason})" for s in self.suggestions)
            )
        )
        self.setVisible(bool(self.suggestions))

    def add_suggestions(self) -> None:
        typed = self.target.text()
        names = [] if typed.strip().casefold() == "none" else list(_names(typed))
        known = {name.casefold() for name in names}
        names += [s.service for s in self.suggestions if s.service.casefold() not in known]
        self.target.setText(", ".join(names))
        self.target.setFocus()
