"""The shared diagnostic-protocol checklist, visible at every seat."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.vocabulary import EventKind
from warroom.report.describe import local_time
from warroom.snapshot import ChecklistView
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import (
    Feedback,
    Seat,
    keep_selection,
    line_edit,
    row_edit,
    section_title,
    selected_row,
    table_view,
)
from warroom.ui.table_model import Column, RecordTableModel


def _tooltip(item: ChecklistView) -> str:
    parts = [item.title]
    for label, text in (
        (QCoreApplication.translate("ChecklistPanel", "What we need: {0}"), item.need),
        (QCoreApplication.translate("ChecklistPanel", "Why: {0}"), item.why),
        (QCoreApplication.translate("ChecklistPanel", "What we will do with it: {0}"), item.use),
        (QCoreApplication.translate("ChecklistPanel", "What comes next: {0}"), item.next_step),
    ):
        if text:
            parts.append(label.format(text))
    return "\n".join(parts)


class ChecklistPanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.model: RecordTableModel[ChecklistView] = RecordTableModel(
            [
                Column(self.tr("Done"), lambda c: "✓" if c.done else ""),
                Column(self.tr("Item"), lambda c: c.title, _tooltip),
                Column(self.tr("Result"), lambda c: c.result),
                Column(
                    self.tr("By"),
                    lambda c: f"{c.done_by} {local_time(c.done_at)}" if c.done else "",
                ),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("Diagnostic checklist"), stretch=1)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.result = line_edit(
            self.tr("Result of the selected item, then Enter to tick"), self.tr("Checklist result")
        )
        self.result.returnPressed.connect(self.tick)
        # Enter (or a double click) on an item goes to its result; Enter there ticks it.
        self.view.activated.connect(lambda _index: self.result.setFocus())
        self.view.doubleClicked.connect(lambda _index: self.result.setFocus())
        self.tick_button = QPushButton(self.tr("Tick"))
        self.tick_button.clicked.connect(self.tick)
        self.edits = row_edit(self.view, self.model, self.result.textEdited)
        self.new_item = line_edit(
            self.tr("New checklist item, then Enter"), self.tr("New checklist item")
        )
        self.new_item.returnPressed.connect(self.add_item)
        self.feedback = Feedback()
        # What the selected item asks for, on screen rather than only in a mouse tooltip.
        self.guidance = QLabel()
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setAccessibleName(self.tr("About the selected checklist item"))
        self.save_template = QPushButton(self.tr("Save as protocol…"))
        self.save_template.setToolTip(
            self.tr("Keep this checklist as a protocol template for future incidents")
        )
        self.save_template.clicked.connect(self.ask_save_as_protocol)

        tick_row = QHBoxLayout()
        tick_row.addWidget(self.result, 1)
        tick_row.addWidget(self.tick_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = section_title(self.tr("Diagnostic protocol"))
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.guidance)
        layout.addLayout(tick_row)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_item, 1)
        new_row.addWidget(self.save_template)
        layout.addLayout(new_row)
        layout.addWidget(self.feedback)
        seat.state.changed.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._explain)
        self.model.modelReset.connect(self._explain)
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        # Under the role panel on a narrow window the guidance wraps to more lines; the
        # splitter asks only this, never the height for the width.
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def refresh(self) -> None:
        keep_selection(self.view, lambda: self.model.set_rows(self.seat.state.snapshot.checklist))
        self._explain()

    def _explain(self, *_args: object) -> None:
        row = selected_row(self.view)
        if row is None:
            self.guidance.setText(
                self.tr(
                    "Choose an item (arrows, or Ctrl+L from anywhere) to see what it asks for; "
                    "type its result below and press Enter to tick it."
                )
                if self.model.rowCount()
                else self.tr(
                    "No checklist yet: add items below, or declare with a protocol to start "
                    "from a tried list of questions."
                )
            )
            return
        item = self.model.record(row)
        parts = [
            self.tr("What we need: {0}").format(item.need) if item.need else "",
            self.tr("Why: {0}").format(item.why) if item.why else "",
            self.tr("What we will do with it: {0}").format(item.use) if item.use else "",
            self.tr("Then: {0}").format(item.next_step) if item.next_step else "",
        ]
        self.guidance.setText("\n".join(p for p in parts if p) or item.title)

    def first_open_row(self) -> int:
        rows = self.seat.state.snapshot.checklist
        return next((r for r, item in enumerate(rows) if not item.done), 0)

    def select(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
        self.view.selectRow(row)

    def tick(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self.feedback.error(self.tr("Select the checklist item first."))
            return
        item = self.model.record(row)
        result = self.result.text()
        if self.edits.save(
            self.seat,
            self.feedback,
            item.uid,
            item.version,
            lambda version: self.seat.room.tick_checklist_item(
                self.seat.incident_id, item.uid, result, based_on=version
            ),
            self.tr("Ticked: {0}").format(item.title),
            mine=in_words(
                EventKind.CHECKLIST_TICKED, {"title": item.title, "done": True, "result": result}
            ),
        ):
            self.result.clear()

    def ask_save_as_protocol(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        # Not modal: the room keeps working while somebody names the protocol.
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Save as protocol"))
        dialog.setLabelText(self.tr("Name of the new protocol:"))
        dialog.setModal(False)
        dialog.textValueSelected.connect(
            lambda title: self.save_as_protocol(title) if title.strip() else None
        )
        self.protocol_dialog = dialog
        dialog.show()

    def save_as_protocol(self, title: str) -> bool:
        from warroom.core.errors import UserError
        from warroom.core.protocol import save_protocol
        from warroom.ui.protocols import protocol_from_checklist, user_protocol_dir

        items = self.seat.state.snapshot.checklist
        try:
            protocol = protocol_from_checklist(
                title, self.tr("Saved from incident #{0}").format(self.seat.incident_id), items
            )
            path = user_protocol_dir() / f"{protocol.name}.toml"
            path.parent.mkdir(parents=True, exist_ok=True)
            save_protocol(protocol, path)
        except (UserError, OSError) as exc:
            self.feedback.error(str(exc))
            return False
        self.feedback.ok(self.tr("Saved as protocol “{0}”.").format(protocol.title))
        return True

    def add_item(self) -> None:
        title = self.new_item.text()
        if self.seat.act(
            self.feedback, lambda: self.seat.room.add_checklist_item(self.seat.incident_id, title)
        ):
            self.new_item.clear()
