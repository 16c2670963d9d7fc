"""After the fact: root cause, proof, alternatives, actions, what the report still lacks, export."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core import i18n
from warroom.core.errors import UserError
from warroom.core.language import LANGUAGE_NAMES, LANGUAGES
from warroom.core.vocabulary import ActionKind, ActionStatus, EventKind
from warroom.room import WarRoom
from warroom.snapshot import ActionView
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import (
    EditStart,
    Feedback,
    Seat,
    keep_selection,
    line_edit,
    row_edit,
    section_title,
    selected_row,
    table_view,
    text_box,
    two_columns,
)
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.words import action_kind_name, action_status_name, local_date
from warroom.ui.work import Work


def export_filters() -> dict[str, str]:
    """The file dialog's filter for each export, in the language of the interface."""
    return {
        "pdf": QCoreApplication.translate("PostIncidentPanel", "PDF report (*.pdf)"),
        "html": QCoreApplication.translate("PostIncidentPanel", "HTML report, one file (*.html)"),
        "md": QCoreApplication.translate("PostIncidentPanel", "Markdown report (*.md)"),
        "json": QCoreApplication.translate(
            "PostIncidentPanel", "Complete record, importable (*.json)"
        ),
        "roadmap": QCoreApplication.translate("PostIncidentPanel", "Customer roadmap (*.html)"),
    }


class PostIncidentPanel(QWidget):
    export_done = Signal(bool)  # whether the file was written

    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.feedback = Feedback()
        # Exports run off the UI thread: a PDF takes seconds and the countdown must tick on.
        self.work = Work(self)
        self.work.finished.connect(self._exported)
        self._export_path: Path | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a moving bar: working, no end known
        self.busy.setAccessibleName(self.tr("Exporting"))
        self.busy.setFormat(self.tr("Exporting…"))
        self.busy.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel the export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.busy.hide()
        self.cancel_button.hide()

        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setAccessibleName(self.tr("What the report still lacks"))

        # -- root cause (rule 6: how it was proven, what was assumed, what else was considered)
        self.cause = text_box(self.tr("Root cause"))
        self.category = line_edit(self.tr("e.g. change, capacity"), self.tr("Root-cause category"))
        self.proof = text_box(self.tr("How it was proven"))
        self.assumptions = QLineEdit()
        self.assumptions.setAccessibleName(self.tr("Assumptions"))
        self.alternatives = text_box(self.tr("Other causes considered"))
        self.alternatives.setPlaceholderText(self.tr("One per line:  cause — why it was rejected"))
        self.cause_button = QPushButton(self.tr("Save root cause"))
        self.cause_button.clicked.connect(self.save_root_cause)
        # The form shows the record's root cause until the person types in it.
        self._cause_shown: int | None = None  # the version the form was filled from
        self.cause_edits = EditStart()
        self.cause_edits.follow(
            lambda: ("root cause", self._root_version()),
            self.cause.textChanged,
            self.category.textEdited,
            self.proof.textChanged,
            self.assumptions.textEdited,
            self.alternatives.textChanged,
        )
        cause_box = QGroupBox(self.tr("Root cause"))
        form = QFormLayout(cause_box)
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("How proven"), self.proof)
        form.addRow(self.tr("Assumptions"), self.assumptions)
        form.addRow(self.tr("Alternatives"), self.alternatives)
        form.addRow("", self.cause_button)

        # -- actions (rule 7: which other systems need the same fix?)
        self.action_model: RecordTableModel[ActionView] = RecordTableModel(
            [
                Column(self.tr("Kind"), lambda a: action_kind_name(a.kind)),
                Column(self.tr("Action"), lambda a: a.text),
                Column(self.tr("Owner"), lambda a: a.owner),
                Column(self.tr("Due"), lambda a: local_date(a.due) if a.due else "—"),
                Column(self.tr("Status"), lambda a: action_status_name(a.status)),
                Column(
                    self.tr("Other systems"),
                    lambda a: ", ".join(a.other_systems) or self.tr("not answered"),
                ),
            ],
            self,
        )
        self.action_view = table_view(self.action_model, self.tr("Actions"), stretch=1)
        self.action_kind = QComboBox()
        self.action_kind.setAccessibleName(self.tr("Kind of action"))
        for kind in ActionKind:
            self.action_kind.addItem(action_kind_name(kind), kind.value)
        self.action_text = line_edit(self.tr("What will be done"), self.tr("Action"))
        self.action_owner = line_edit(self.tr("Owner"), self.tr("Owner"))
        self.action_due = QDateEdit()
        self.action_due.setAccessibleName(self.tr("Due date"))
        self.action_due.setCalendarPopup(True)
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.action_systems = line_edit(
            self.tr("Other systems needing this fix? (or: none)"),
            self.tr("Other systems needing the same fix"),
        )
        self.action_systems.setToolTip(
            self.tr("Which other systems need the same fix? Comma-separated, or 'none'.")
        )
        from warroom.ui.catalogue import SameFixHint

        self.same_fix = SameFixHint(
            lambda: seat.room.same_fix_suggestions(seat.incident_id), self.action_systems
        )
        self.action_button = QPushButton(self.tr("Add action"))
        self.action_button.clicked.connect(self.add_action)
        self.action_status = QComboBox()
        self.action_status.setAccessibleName(self.tr("Status of the selected action"))
        for status in ActionStatus:
            self.action_status.addItem(action_status_name(status), status.value)
        self.action_status_button = QPushButton(self.tr("Set status"))
        self.action_status_button.clicked.connect(self.set_action_status)
        self.action_edits = row_edit(
            self.action_view, self.action_model, self.action_status.activated
        )
        action_grid = QGridLayout()
        action_grid.addWidget(self.action_kind, 0, 0)
        action_grid.addWidget(self.action_text, 0, 1, 1, 2)
        action_grid.addWidget(self.action_owner, 1, 0)
        action_grid.addWidget(self.action_due, 1, 1)
        # The question about other systems is long in German: a line of its own, so the
        # report fits half a laptop screen.
        action_grid.addWidget(self.action_systems, 2, 0, 1, 3)
        action_grid.addWidget(self.action_button, 3, 2)
        action_grid.addWidget(self.same_fix, 4, 0, 1, 3)
        action_grid.addWidget(self.action_status, 5, 1)
        action_grid.addWidget(self.action_status_button, 5, 2)

        # -- export
        export_row = QGridLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for number, (fmt, label) in enumerate(
            (
                ("pdf", self.tr("Export PDF…")),
                ("html", self.tr("Export HTML…")),
                ("md", self.tr("Export Markdown…")),
                ("json", self.tr("Export record (JSON)…")),
            )
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, f=fmt: self.choose_export(f))
            self.export_buttons[fmt] = button
            export_row.addWidget(button, number // 2, number % 2)
        self.roadmap_button = QPushButton(self.tr("Customer roadmap (HTML)…"))
        self.roadmap_button.setToolTip(
            self.tr("The protocol, our requests and where we stand, written for the customer")
        )
        self.roadmap_button.clicked.connect(lambda: self.choose_export("roadmap"))
        export_row.addWidget(self.roadmap_button, 2, 0, 1, 2)
        # A report may go to a customer in another language than the room's.
        self.report_language = QComboBox()
        self.report_language.setAccessibleName(self.tr("Language of the report"))
        for code in LANGUAGES:
            self.report_language.addItem(LANGUAGE_NAMES[code], code)
        self.report_language.setCurrentIndex(LANGUAGES.index(i18n.current()))
        language_label = QLabel(self.tr("Language of the report:"))
        language_label.setBuddy(self.report_language)
        export_row.addWidget(language_label, 3, 0)
        export_row.addWidget(self.report_language, 3, 1)

        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Before the report is final")))
        left.addWidget(self.missing)
        left.addWidget(cause_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Corrective and preventive actions")))
        right.addWidget(self.action_view, 1)
        right.addLayout(action_grid)
        right.addWidget(section_title(self.tr("Export")))
        right.addLayout(export_row)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.cancel_button)
        right.addLayout(busy_row)
        self.columns = two_columns(self, left, right, self.feedback)
        seat.state.changed.connect(self.refresh)
        self.refresh()

    def _root_version(self) -> int:
        root = self.seat.state.snapshot.root_cause
        return root.version if root is not None else 0

    def _fill_root_cause(self) -> None:
        root = self.seat.state.snapshot.root_cause
        if root is None or self.cause_edits.editing("root cause"):
            return
        if self._cause_shown == root.version:
            return  # unchanged: keep the cursor and the undo history where they are
        self._cause_shown = root.version
        # The boxes' textChanged is the person's touch; filling them is not.
        boxes = (self.cause, self.proof, self.alternatives)
        for box in boxes:
            box.blockSignals(True)
        try:
            self.cause.setPlainText(root.cause)
            self.proof.setPlainText(root.how_proven)
            self.alternatives.setPlainText(
                "\n".join(
                    f"{a.get('cause', '')} — {a.get('why_rejected', '')}" for a in root.alternatives
                )
            )
        finally:
            for box in boxes:
                box.blockSignals(False)
        self.category.setText(root.category)
        self.assumptions.setText(root.assumptions)

    def refresh(self) -> None:
        from warroom.report.model import completeness

        s = self.seat.state.snapshot
        keep_selection(self.action_view, lambda: self.action_model.set_rows(s.actions))
        self._fill_root_cause()
        self.same_fix.show_for(tuple(s.services))
        missing = completeness(s, chain_intact=True)
        if missing:
            self.missing.setObjectName("warning")
            self.missing.setText(
                self.tr("Still missing:") + "\n" + "\n".join(f"• {m}" for m in missing)
            )
        else:
            self.missing.setObjectName("")
            self.missing.setText(self.tr("Nothing missing: the report can be called final."))
        self.missing.style().unpolish(self.missing)
        self.missing.style().polish(self.missing)

    def save_root_cause(self) -> None:
        alternatives = []
        for line in self.alternatives.toPlainText().splitlines():
            if not line.strip():
                continue
            cause, _, why = line.partition("—")
            if not why and " - " in line:
                cause, _, why = line.partition(" - ")
            alternatives.append((cause.strip(), why.strip()))
        cause, proof = self.cause.toPlainText(), self.proof.toPlainText()
        assumptions, category = self.assumptions.text(), self.category.text()
        self.cause_edits.save(
            self.seat,
            self.feedback,
            "root cause",
            self._root_version(),
            lambda version: self.seat.room.set_root_cause(
                self.seat.incident_id,
                cause,
                how_proven=proof,
                assumptions=assumptions,
                alternatives=alternatives,
                category=category,
                based_on=version,
            ),
            self.tr("Root cause saved."),
            then=self._fill_root_cause,
            mine=in_words(EventKind.ROOT_CAUSE_SET, {"cause": cause, "how_proven": proof}),
        )

    def add_action(self) -> None:
        due_date = self.action_due.date().toPython()
        due = datetime.combine(due_date, time(12, 0), tzinfo=UTC)  # type: ignore[arg-type]
        systems = [s.strip() for s in self.action_systems.text().split(",") if s.strip()]
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.add_action(
                self.seat.incident_id,
                str(self.action_kind.currentData()),
                self.action_text.text(),
                owner=self.action_owner.text(),
                due=due,
                other_systems=systems,
            ),
            self.tr("Action added."),
        ):
            self.action_text.clear()
            self.action_systems.clear()

    def set_action_status(self) -> None:
        row = selected_row(self.action_view)
        if row is None:
            self.feedback.error(self.tr("Select an action first."))
            return
        action = self.action_model.record(row)
        status = str(self.action_status.currentData())
        self.action_edits.save(
            self.seat,
            self.feedback,
            action.uid,
            action.version,
            lambda version: self.seat.room.set_action_status(
                self.seat.incident_id, action.uid, status, based_on=version
            ),
            mine=in_words(EventKind.ACTION_STATUS, {"to": status}),
        )

    def choose_export(self, fmt: str) -> None:
        from warroom.report.export import SUFFIXES

        s = self.seat.state.snapshot
        if fmt == "roadmap":
            name = f"incident-{s.id}-{s.declared_at:%Y%m%d}-roadmap.html"
        else:
            name = f"incident-{s.id}-{s.declared_at:%Y%m%d}{SUFFIXES[fmt]}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / name), export_filters()[fmt]
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Make the export on a worker thread, then write it (``export_done`` says how it
        went); a failure is said plainly and leaves no half-written file."""
        incident_id, now = self.seat.incident_id, self.seat.room.now()
        title = self.seat.state.snapshot.title
        lang = str(self.report_language.currentData())

        def make(room: WarRoom) -> bytes:
            if fmt == "roadmap":
                from warroom.report.briefing import (
                    markdown_to_html,
                    roadmap_markdown,
                    roadmap_title,
                )

                # On this worker thread only: the window goes on in its own language.
                with i18n.speaking(lang):
                    text = roadmap_markdown(room.store, incident_id, now)
                    heading = roadmap_title(title)
                return markdown_to_html(heading, text).encode("utf-8")
            from warroom.report.export import export_bytes

            return export_bytes(room.store, incident_id, fmt, now, lang=lang)

        self._export_path = path
        self._exporting(True)
        self.feedback.ok(self.tr("Exporting to {0}…").format(str(path)))
        self.work.start(self.seat.room, make)

    def _exporting(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.cancel_button.setVisible(running)
        for button in (*self.export_buttons.values(), self.roadmap_button):
            button.setEnabled(not running)
        if running:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def cancel_export(self) -> None:
        self.work.cancel()
        self._exporting(False)
        self.feedback.ok(self.tr("Export cancelled; nothing was written."))
        self.export_done.emit(False)

    def _exported(self, result: object) -> None:
        from warroom.atomic import write_atomically

        self._exporting(False)
        path = self._export_path
        assert path is not None
        try:
            if isinstance(result, UserError):
                raise result
            assert isinstance(result, bytes)
            write_atomically(path, result)
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            self.export_done.emit(False)
            return
        self.feedback.ok(self.tr("Exported to {0}").format(str(path)))
        self.export_done.emit(True)
