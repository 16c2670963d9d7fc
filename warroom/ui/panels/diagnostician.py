"""The diagnostician: hypotheses with evidence, and fix attempts that name what they test."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warroom.core.vocabulary import EventKind, FixOutcome, HypothesisStatus
from warroom.snapshot import FixView, HypothesisView
from warroom.ui.conflict import in_words
from warroom.ui.narrow import Wrap
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
from warroom.ui.panels.requests import RequestsPanel
from warroom.ui.panels.specification import SpecificationEditor
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.words import fix_outcome_name, hypothesis_status_name

STATUS_COLOURS = {
    HypothesisStatus.CONFIRMED: "#2e7d32",
    HypothesisStatus.RULED_OUT: "#757575",
    HypothesisStatus.TESTING: "#1565c0",
}
OUTCOME_COLOURS = {
    FixOutcome.WORKED: "#2e7d32",
    FixOutcome.FAILED: "#c62828",
    FixOutcome.ROLLED_BACK: "#ef6c00",
    FixOutcome.PARTIAL: "#f9a825",
}


def _evidence(h: HypothesisView) -> str:
    pro = sum(1 for e in h.evidence if e.get("supports"))
    return f"+{pro} / −{len(h.evidence) - pro}"


def _evidence_tooltip(h: HypothesisView) -> str:
    lines = [h.statement, ""]
    lines += [("+ " if e.get("supports") else "− ") + str(e.get("text")) for e in h.evidence]
    if h.status_reason:
        lines += ["", h.status_reason]
    return "\n".join(lines)


class DiagnosticianPanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.feedback = Feedback()

        self.hypotheses: RecordTableModel[HypothesisView] = RecordTableModel(
            [
                Column(self.tr("#"), lambda h: h.label),
                Column(self.tr("Hypothesis"), lambda h: h.statement, _evidence_tooltip),
                Column(
                    self.tr("Status"),
                    lambda h: hypothesis_status_name(h.status),
                    colour=lambda h: STATUS_COLOURS.get(HypothesisStatus(h.status)),
                ),
                Column(self.tr("Evidence"), _evidence, _evidence_tooltip),
                Column(
                    self.tr("Explains spec"),
                    lambda h: {True: "yes", False: "no", None: "?"}[h.explains_spec],
                ),
            ],
            self,
        )
        self.hypothesis_view = table_view(self.hypotheses, self.tr("Hypotheses"), stretch=1)
        self.new_hypothesis = line_edit(
            self.tr("New hypothesis: what could cause this?"), self.tr("New hypothesis")
        )
        self.new_hypothesis.returnPressed.connect(self.add_hypothesis)
        self.hypothesis_status = QComboBox()
        self.hypothesis_status.setAccessibleName(self.tr("Hypothesis status"))
        for status in HypothesisStatus:
            self.hypothesis_status.addItem(hypothesis_status_name(status), status.value)
        self.status_reason = line_edit(
            self.tr("What proved or disproved it"), self.tr("Reason for the status")
        )
        self.explains = QCheckBox(self.tr("Explains every IS and IS NOT line"))
        self.explains.setToolTip(
            self.tr("Test the cause against the problem specification before calling it true")
        )
        self.status_button = QPushButton(self.tr("Set status"))
        self.status_button.clicked.connect(self.set_status)
        self.status_edits = row_edit(
            self.hypothesis_view,
            self.hypotheses,
            self.hypothesis_status.activated,
            self.status_reason.textEdited,
            self.explains.clicked,
        )
        self.evidence = line_edit(
            self.tr("Evidence about the selected hypothesis"), self.tr("Evidence")
        )
        self.evidence_for = QPushButton(self.tr("+ For"))
        self.evidence_for.clicked.connect(lambda: self.add_evidence(True))
        self.evidence_against = QPushButton(self.tr("− Against"))
        self.evidence_against.clicked.connect(lambda: self.add_evidence(False))

        hyp_box = QGroupBox(self.tr("Work the selected hypothesis"))
        # Rows that break on half a laptop screen (German's long hints): the button goes
        # under its fields, on the right.
        hyp_rows = QVBoxLayout(hyp_box)
        status_fields = QHBoxLayout()
        status_fields.addWidget(self.hypothesis_status)
        status_fields.addWidget(self.status_reason, 1)
        status_button = QHBoxLayout()
        status_button.addStretch(1)
        status_button.addWidget(self.status_button)
        hyp_rows.addLayout(Wrap(status_fields, status_button, stretch=(1, 0)))
        hyp_rows.addWidget(self.explains)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addStretch(1)
        evidence_buttons.addWidget(self.evidence_for)
        evidence_buttons.addWidget(self.evidence_against)
        hyp_rows.addLayout(Wrap(self.evidence, evidence_buttons, stretch=(1, 0)))

        self.fixes: RecordTableModel[FixView] = RecordTableModel(
            [
                Column(
                    self.tr("Tests"),
                    lambda f: f.hypothesis_label or self.tr("NONE"),
                    colour=lambda f: None if f.hypothesis_uid else "#c62828",
                ),
                Column(self.tr("Fix attempt"), lambda f: f.description, self._fix_tooltip),
                Column(
                    self.tr("Outcome"),
                    lambda f: fix_outcome_name(f.outcome),
                    colour=lambda f: OUTCOME_COLOURS.get(FixOutcome(f.outcome)),
                ),
                Column(self.tr("By"), lambda f: f.attempted_by),
            ],
            self,
        )
        self.fix_view = table_view(self.fixes, self.tr("Fix attempts"), stretch=1)
        self.fix_description = line_edit(
            self.tr("Fix attempt: what will be changed"), self.tr("Fix description")
        )
        self.fix_hypothesis = QComboBox()
        self.fix_hypothesis.setAccessibleName(self.tr("Hypothesis the fix tests"))
        # Long statements must not widen the panel; the list shows them in full.
        self.fix_hypothesis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fix_hypothesis.setMinimumContentsLength(16)
        self.fix_expected = line_edit(self.tr("Expected result"), self.tr("Expected result"))
        self.fix_rollback = line_edit(self.tr("Rollback plan"), self.tr("Rollback plan"))
        self.fix_approved = line_edit(self.tr("Approved by"), self.tr("Approved by"))
        self.fix_button = QPushButton(self.tr("Record fix attempt"))
        self.fix_button.clicked.connect(self.record_fix)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the selected fix"))
        for outcome in FixOutcome:
            if outcome is not FixOutcome.PENDING:
                self.outcome.addItem(fix_outcome_name(outcome), outcome.value)
        self.outcome_note = line_edit(self.tr("What happened"), self.tr("Outcome note"))
        self.outcome_button = QPushButton(self.tr("Record outcome"))
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome_edits = row_edit(
            self.fix_view, self.fixes, self.outcome.activated, self.outcome_note.textEdited
        )
        self.warnings = QLabel()
        self.warnings.setObjectName("warning")
        self.warnings.setWordWrap(True)

        fix_box = QGroupBox(self.tr("Record a fix attempt"))
        fix_grid = QGridLayout(fix_box)
        fix_grid.addWidget(self.fix_description, 0, 0, 1, 2)
        fix_grid.addWidget(self.fix_hypothesis, 0, 2)
        fix_grid.addWidget(self.fix_expected, 1, 0)
        fix_grid.addWidget(self.fix_rollback, 1, 1)
        fix_grid.addWidget(self.fix_approved, 1, 2)
        fix_grid.addWidget(self.fix_button, 2, 2)
        fix_grid.addWidget(self.outcome, 3, 0)
        fix_grid.addWidget(self.outcome_note, 3, 1)
        fix_grid.addWidget(self.outcome_button, 3, 2)

        work = QWidget()
        layout = QVBoxLayout(work)
        layout.addWidget(section_title(self.tr("Hypotheses")))
        layout.addWidget(self.hypothesis_view, 2)
        layout.addWidget(self.new_hypothesis)
        layout.addWidget(hyp_box)
        layout.addWidget(self.warnings)
        layout.addWidget(section_title(self.tr("Fix attempts")))
        layout.addWidget(self.fix_view, 1)
        layout.addWidget(fix_box)
        layout.addWidget(self.feedback)

        # The specification and the customer requests grow beside the hypotheses.
        self.specification = SpecificationEditor(seat)
        self.requests = RequestsPanel(seat)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(work, self.tr("Hypotheses and fixes"))
        self.pages.addTab(self.specification, self.tr("Problem specification"))
        self.pages.addTab(self.requests, self.tr("Customer requests"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        from warroom.ui.seen_before import SeenBefore

        self.seen_before = SeenBefore(
            seat,
            [self.new_hypothesis, self.specification],
            lambda: (
                self.hypotheses.record(r).uid
                if (r := selected_row(self.hypothesis_view)) is not None
                else None
            ),
        )
        outer.addWidget(self.seen_before)

        seat.state.changed.connect(self.refresh)
        self.refresh()

    def _fix_tooltip(self, f: FixView) -> str:
        return "\n".join(
            [
                f.description,
                self.tr("Expected: {0}").format(f.expected_result or "—"),
                self.tr("Rollback: {0}").format(f.rollback_plan or "—"),
                self.tr("Approved by: {0}").format(f.approved_by or "—"),
                f.outcome_note,
            ]
        )

    def refresh(self) -> None:
        s = self.seat.state.snapshot
        keep_selection(self.hypothesis_view, lambda: self.hypotheses.set_rows(s.hypotheses))
        keep_selection(self.fix_view, lambda: self.fixes.set_rows(s.fixes))
        current = self.fix_hypothesis.currentData()
        self.fix_hypothesis.clear()
        self.fix_hypothesis.addItem(self.tr("— tests no hypothesis —"), None)
        for h in s.hypotheses:
            if h.status != HypothesisStatus.RULED_OUT:
                self.fix_hypothesis.addItem(f"{h.label}: {h.statement[:40]}", h.uid)
        index = self.fix_hypothesis.findData(current)
        self.fix_hypothesis.setCurrentIndex(
            index if index >= 0 else min(1, self.fix_hypothesis.count() - 1)
        )
        warnings = self.seat.state.shotgun_warnings()
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _selected_hypothesis(self) -> HypothesisView | None:
        row = selected_row(self.hypothesis_view)
        if row is None:
            self.feedback.error(self.tr("Select a hypothesis first."))
            return None
        return self.hypotheses.record(row)

    def add_hypothesis(self) -> None:
        text = self.new_hypothesis.text()
        if self.seat.act(
            self.feedback, lambda: self.seat.room.add_hypothesis(self.seat.incident_id, text)
        ):
            self.new_hypothesis.clear()
            self.hypothesis_view.selectRow(self.hypotheses.rowCount() - 1)

    def set_status(self) -> None:
        h = self._selected_hypothesis()
        if h is None:
            return
        status = str(self.hypothesis_status.currentData())
        if self.status_edits.save(
            self.seat,
            self.feedback,
            h.uid,
            h.version,
            lambda version: self.seat.room.set_hypothesis_status(
                self.seat.incident_id,
                h.uid,
                status,
                self.status_reason.text(),
                explains_spec=self.explains.isChecked(),
                based_on=version,
            ),
            self.tr("{0} is now {1}.").format(h.label, hypothesis_status_name(status)),
            mine=in_words(
                EventKind.HYPOTHESIS_STATUS,
                {"label": h.label, "to": status, "reason": self.status_reason.text()},
            ),
        ):
            self.status_reason.clear()

    def add_evidence(self, supports: bool) -> None:
        h = self._selected_hypothesis()
        if h is None:
            return
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.add_evidence(
                self.seat.incident_id, h.uid, self.evidence.text(), supports
            ),
        ):
            self.evidence.clear()

    def record_fix(self) -> None:
        hypothesis = self.fix_hypothesis.currentData()
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.record_fix_attempt(
                self.seat.incident_id,
                self.fix_description.text(),
                hypothesis_uid=hypothesis,
                expected_result=self.fix_expected.text(),
                rollback_plan=self.fix_rollback.text(),
                approved_by=self.fix_approved.text(),
            ),
            self.tr("Fix attempt recorded."),
        ):
            for field in (self.fix_description, self.fix_expected, self.fix_rollback):
                field.clear()
            self.fix_view.selectRow(self.fixes.rowCount() - 1)

    def record_outcome(self) -> None:
        row = selected_row(self.fix_view)
        if row is None:
            self.feedback.error(self.tr("Select a fix attempt first."))
            return
        fix = self.fixes.record(row)
        outcome = str(self.outcome.currentData())
        note = self.outcome_note.text()
        if self.outcome_edits.save(
            self.seat,
            self.feedback,
            fix.uid,
            fix.version,
            lambda version: self.seat.room.record_fix_outcome(
                self.seat.incident_id, fix.uid, outcome, note, based_on=version
            ),
            self.tr("Outcome of “{0}”: {1}.").format(fix.description, fix_outcome_name(outcome)),
            mine=in_words(EventKind.FIX_OUTCOME, {"outcome": outcome, "note": note}),
        ):
            self.outcome_note.clear()
