"""The trainer console's forms: an ad-hoc inject, the evaluator's rating, the hot wash, the plan.

Each form only gathers what the trainer types; the console writes it through
the exercise run (and so through the one write path).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from warroom.core.vocabulary import Rating, Role
from warroom.exercise.scenario import ExpectedAction
from warroom.report.describe import role_name
from warroom.ui.panels.common import line_edit
from warroom.ui.words import outcome_name, rating_name


def action_words() -> dict[ExpectedAction, str]:
    """What a role is expected to do, as the trainer reads it, in the interface's language."""

    return {
        ExpectedAction.POST_UPDATE: QCoreApplication.translate("Trainer", "posts an update"),
        ExpectedAction.LOG_ENTRY: QCoreApplication.translate("Trainer", "records it in the log"),
        ExpectedAction.ADD_HYPOTHESIS: QCoreApplication.translate(
            "Trainer", "records a hypothesis"
        ),
        ExpectedAction.RECORD_FIX_ATTEMPT: QCoreApplication.translate(
            "Trainer", "records a fix attempt"
        ),
        ExpectedAction.REQUEST_INFORMATION: QCoreApplication.translate(
            "Trainer", "sends an information request"
        ),
        ExpectedAction.TICK_CHECKLIST: QCoreApplication.translate("Trainer", "ticks the checklist"),
        ExpectedAction.ESCALATE: QCoreApplication.translate("Trainer", "escalates"),
        ExpectedAction.PAGE_ONCALL: QCoreApplication.translate(
            "Trainer", "pages the on-call engineer"
        ),
        ExpectedAction.CHANGE_STATUS: QCoreApplication.translate("Trainer", "changes the status"),
        ExpectedAction.CHANGE_PRIORITY: QCoreApplication.translate(
            "Trainer", "changes the priority"
        ),
        ExpectedAction.HAND_OVER: QCoreApplication.translate("Trainer", "hands the role over"),
    }


def role_box(name: str, with_everyone: bool) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    if with_everyone:
        box.addItem(QCoreApplication.translate("Trainer", "everyone"), "all")
    for role in Role:
        box.addItem(role_name(role.value), role.value)
    return box


class AdHocForm(QGroupBox):
    """An unscheduled inject; with an expected response it is scored like the scenario's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ad-hoc inject"))
        self.to = role_box(self.tr("Ad-hoc inject to"), with_everyone=True)
        self.text = line_edit(self.tr("What the role is told, then Enter"), self.tr("Inject text"))
        self.data = QPlainTextEdit()
        self.data.setAccessibleName(self.tr("Material with the inject"))
        self.data.setPlaceholderText(self.tr("Optional material: log lines, an e-mail…"))
        self.data.setMaximumHeight(60)
        self.scored = QCheckBox(self.tr("Expect a response and score it"))
        self.expect_role = role_box(self.tr("Role expected to respond"), with_everyone=False)
        self.expect_action = QComboBox()
        self.expect_action.setAccessibleName(self.tr("Expected action"))
        for action, words in action_words().items():
            self.expect_action.addItem(words, action.value)
        self.within = QSpinBox()
        self.within.setAccessibleName(self.tr("Response window in minutes"))
        self.within.setRange(1, 240)
        self.within.setValue(10)
        self.within.setSuffix(self.tr(" min"))
        self.send = QPushButton(self.tr("Send inject"))
        grid = QGridLayout(self)
        grid.addWidget(self.to, 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 3)
        grid.addWidget(self.send, 0, 4)
        grid.addWidget(self.data, 1, 0, 1, 5)
        grid.addWidget(self.scored, 2, 0)
        grid.addWidget(self.expect_role, 2, 1)
        grid.addWidget(self.expect_action, 2, 2)
        grid.addWidget(self.within, 2, 3)
        self.scored.toggled.connect(self._scored)
        self._scored(False)

    def _scored(self, on: bool) -> None:
        for widget in (self.expect_role, self.expect_action, self.within):
            widget.setEnabled(on)

    def clear(self) -> None:
        self.text.clear()
        self.data.clear()
        self.scored.setChecked(False)


class RatingForm(QGroupBox):
    """The evaluator's judgement of the selected expected response, HSEEP's four ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evaluator: the selected inject's response"))
        self.subject = QLabel(self.tr("Select an inject with an expected response."))
        self.subject.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setAccessibleName(self.tr("Rating"))
        self.rating.addItem(self.tr("(no rating)"), None)
        for rating in Rating:
            self.rating.addItem(rating_name(rating.value), rating.value)
        self.override = QComboBox()
        self.override.setAccessibleName(self.tr("Override the outcome"))
        self.override.addItem(self.tr("keep the engine's outcome"), None)
        for outcome in ("on time", "late", "missed"):
            self.override.addItem(outcome_name(outcome), outcome)
        self.notes = line_edit(self.tr("What you saw"), self.tr("Evaluator's notes"))
        self.record = QPushButton(self.tr("Record rating"))
        self.cause_right = QPushButton(self.tr("Team's root cause is the true one"))
        self.cause_wrong = QPushButton(self.tr("…is not"))
        grid = QGridLayout(self)
        grid.addWidget(self.subject, 0, 0, 1, 4)
        grid.addWidget(self.rating, 1, 0)
        grid.addWidget(self.override, 1, 1)
        grid.addWidget(self.notes, 1, 2)
        grid.addWidget(self.record, 1, 3)
        grid.addWidget(self.cause_right, 2, 0, 1, 2)
        grid.addWidget(self.cause_wrong, 2, 2)


class HotWashForm(QGroupBox):
    """Right after the end: what each role says went well and what to improve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Hot wash (after the end)"))
        self.notes = {
            role: line_edit(
                self.tr("{0}: what went well, what to improve").format(role_name(role.value)),
                self.tr("Hot-wash notes of the {0}").format(role_name(role.value)),
            )
            for role in Role
        }
        self.record = QPushButton(self.tr("Record the hot wash"))
        grid = QGridLayout(self)
        for index, edit in enumerate(self.notes.values()):
            grid.addWidget(edit, index // 2, index % 2)
        grid.addWidget(self.record, 2, 0, 1, 2)


class PlanForm(QGroupBox):
    """An improvement for the organisation, with an owner and a due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Improvement plan"))
        self.text = line_edit(self.tr("Improvement for the plan"), self.tr("Improvement"))
        self.owner = line_edit(self.tr("Owner"), self.tr("Owner of the improvement"))
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("Due date of the improvement"))
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate.currentDate().addDays(30))
        self.objective = QComboBox()
        self.objective.setAccessibleName(self.tr("Objective the improvement serves"))
        self.add = QPushButton(self.tr("Add to the plan"))
        grid = QGridLayout(self)
        grid.addWidget(self.text, 0, 0, 1, 2)
        grid.addWidget(self.owner, 0, 2)
        grid.addWidget(self.due, 1, 0)
        grid.addWidget(self.objective, 1, 1)
        grid.addWidget(self.add, 1, 2)
