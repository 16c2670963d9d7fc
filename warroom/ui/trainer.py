"""The trainer's console: pick a scenario, run simulated time, inject, watch the team, score."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.core.timing import format_span
from warroom.exercise.engine import MAX_SPEED, MIN_SPEED, ExerciseRun
from warroom.exercise.scenario import Inject, Scenario, builtin_scenarios, format_offset
from warroom.exercise.scoring import ExpectationResult
from warroom.report.describe import role_name
from warroom.room import WarRoom
from warroom.ui.feed import ChangeFeed
from warroom.ui.panels.common import Feedback, big_font, line_edit, section_title, table_view
from warroom.ui.table_model import Column, RecordTableModel

STEP_MS = 250
OUTCOME_COLOURS = {"on time": "#2e7d32", "late": "#ef6c00", "missed": "#c62828"}


class TrainerConsole(QWidget):
    started = Signal(int)  # the exercise incident's id

    def __init__(self, room: WarRoom, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("warroom — trainer console"))
        self.room = room
        self.feed = feed
        self.run: ExerciseRun | None = None
        self.results: dict[int, ExpectationResult] = {}
        self.feedback = Feedback()

        band = QLabel(self.tr("EXERCISE — trainer console"))
        band.setObjectName("exerciseBand")
        band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scenarios = builtin_scenarios()
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        for scenario in self.scenarios:
            self.scenario.addItem(
                f"{scenario.title} ({scenario.priority}, {format_offset(scenario.duration)})",
                scenario.key,
            )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.speed = QDoubleSpinBox()
        self.speed.setAccessibleName(self.tr("Speed of simulated time"))
        self.speed.setRange(MIN_SPEED, MAX_SPEED)
        self.speed.setSingleStep(1.0)
        self.speed.setDecimals(0)
        self.speed.setSuffix("×")
        self.speed.setValue(1)
        self.start_button = QPushButton(self.tr("Start the exercise"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.pause_button.setEnabled(False)
        self.clock_label = QLabel(self.tr("Not started"))
        self.clock_label.setFont(big_font(self.clock_label, 18))
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.score_label.setFont(big_font(self.score_label, 12))

        self.injects: RecordTableModel[Inject] = RecordTableModel(
            [
                Column(self.tr("#"), lambda i: str(i.number)),
                Column(self.tr("At"), lambda i: "+" + format_offset(i.at)),
                Column(
                    self.tr("To"),
                    lambda i: self.tr("everyone") if i.to == "all" else role_name(i.to),
                ),
                Column(self.tr("Inject"), lambda i: i.text, lambda i: i.data or i.text),
                Column(self.tr("State"), self._state_text),
                Column(
                    self.tr("Expected response"),
                    self._result_text,
                    lambda i: i.expect.description if i.expect else "",
                    colour=lambda i: OUTCOME_COLOURS.get(
                        self.results[i.number].outcome if i.number in self.results else ""
                    ),
                ),
            ],
            self,
        )
        self.inject_view = table_view(self.injects, self.tr("Scenario injects"), stretch=3)

        self.extra_to = QComboBox()
        self.extra_to.setAccessibleName(self.tr("Unscheduled inject to"))
        self.extra_to.addItem(self.tr("everyone"), "all")
        for role in ("lead", "diagnostician", "communicator", "scribe"):
            self.extra_to.addItem(role_name(role), role)
        self.extra_text = line_edit(
            self.tr("An unscheduled inject, then Enter"), self.tr("Unscheduled inject text")
        )
        self.extra_text.returnPressed.connect(self.send_unscheduled)
        self.extra_data = QPlainTextEdit()
        self.extra_data.setAccessibleName(self.tr("Material with the inject"))
        self.extra_data.setPlaceholderText(self.tr("Optional material: log lines, an e-mail…"))
        self.extra_data.setMaximumHeight(70)
        self.extra_button = QPushButton(self.tr("Send inject"))
        self.extra_button.clicked.connect(self.send_unscheduled)

        self.plan_text = line_edit(self.tr("Improvement for the plan"), self.tr("Improvement"))
        self.plan_owner = line_edit(self.tr("Owner"), self.tr("Owner of the improvement"))
        self.plan_button = QPushButton(self.tr("Add to the improvement plan"))
        self.plan_button.clicked.connect(self.add_improvement)
        self.report_buttons: dict[str, QPushButton] = {}
        report_row = QHBoxLayout()
        for fmt, label in (("pdf", "After-action PDF…"), ("html", "HTML…"), ("md", "Markdown…")):
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, f=fmt: self.choose_report(f))
            button.setEnabled(False)
            self.report_buttons[fmt] = button
            report_row.addWidget(button)
        report_row.addStretch(1)

        controls = QGridLayout()
        controls.addWidget(self.scenario, 0, 0, 1, 3)
        controls.addWidget(self.speed, 1, 0)
        controls.addWidget(self.start_button, 1, 1)
        controls.addWidget(self.pause_button, 1, 2)
        extra = QGroupBox(self.tr("Unscheduled inject"))
        extra_layout = QGridLayout(extra)
        extra_layout.addWidget(self.extra_to, 0, 0)
        extra_layout.addWidget(self.extra_text, 0, 1)
        extra_layout.addWidget(self.extra_button, 0, 2)
        extra_layout.addWidget(self.extra_data, 1, 0, 1, 3)
        plan = QHBoxLayout()
        plan.addWidget(self.plan_text, 2)
        plan.addWidget(self.plan_owner, 1)
        plan.addWidget(self.plan_button)

        layout = QVBoxLayout(self)
        layout.addWidget(band)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.score_label)
        layout.addWidget(section_title(self.tr("Injects and the team's responses")))
        layout.addWidget(self.inject_view, 1)
        layout.addWidget(extra)
        layout.addWidget(section_title(self.tr("After-action")))
        layout.addLayout(plan)
        layout.addLayout(report_row)
        layout.addWidget(self.feedback)

        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)
        self.scenario.currentIndexChanged.connect(self._show_scenario)
        self.speed.valueChanged.connect(self._speed_changed)
        self._show_scenario()
        self.resize(1200, 850)

    # -- choosing and starting ---------------------------------------------------

    def selected_scenario(self) -> Scenario:
        return self.scenarios[self.scenario.currentIndex()]

    def choose(self, key: str) -> None:
        self.scenario.setCurrentIndex(self.scenario.findData(key))

    def _show_scenario(self) -> None:
        scenario = self.selected_scenario()
        self.summary.setText(scenario.summary)
        if self.run is None:
            self.injects.set_rows(scenario.injects)

    def start(self) -> None:
        if self.run is not None:
            return
        run = ExerciseRun(self.room, self.selected_scenario(), self.room.actor.person)
        try:
            incident_id = run.start(self.speed.value())
        except UserError as exc:
            self.feedback.error(exc.message)
            return
        self.run = run
        self.scenario.setEnabled(False)
        self.start_button.setEnabled(False)
        self.pause_button.setEnabled(True)
        for button in self.report_buttons.values():
            button.setEnabled(True)
        self.timer.start()
        self.feed.poll()
        self.step()
        self.started.emit(incident_id)

    def _speed_changed(self, value: float) -> None:
        if self.run is not None:
            self.run.set_speed(value)
            self.feed.poll()

    def toggle_pause(self) -> None:
        if self.run is None:
            return
        if self.run.running:
            self.run.pause()
            self.pause_button.setText(self.tr("Resume"))
        else:
            self.run.resume()
            self.pause_button.setText(self.tr("Pause"))
        self.feed.poll()
        self.step()

    # -- the running exercise ---------------------------------------------------------

    def step(self) -> None:
        """Deliver what is due, then show the clock and the score as they stand."""
        run = self.run
        if run is None or run.incident_id is None:
            return
        if run.deliver_due():
            self.feed.poll()
        from warroom.exercise.after_action import build_after_action

        report = build_after_action(run.room.store, run.incident_id, run.clock.now())
        self.results = {r.inject.number: r for r in report.score.results}
        self.injects.set_rows(())
        self.injects.set_rows(run.scenario.injects)
        elapsed = run.elapsed()
        state = (
            self.tr("running at {0:g}×").format(run.clock.speed)
            if run.running
            else self.tr("PAUSED")
        )
        ended = self.tr(" — scenario time is over") if run.finished else ""
        self.clock_label.setText(
            self.tr("T+{0} of {1} · {2} · exercise time {3:%H:%M:%S}{4}").format(
                format_span(elapsed),
                format_offset(run.scenario.duration),
                state,
                run.clock.now(),
                ended,
            )
        )
        score = report.score
        total = score.expectation_score
        self.score_label.setText(
            self.tr("Expected responses: {0} on time, {1} late, {2} missed, {3} open{4}").format(
                score.count("on time"),
                score.count("late"),
                score.count("missed"),
                score.count("pending"),
                f" — score {total * 100:.0f} %" if total is not None else "",
            )
        )
        if run.finished and run.running:
            run.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.feed.poll()

    def _state_text(self, inject: Inject) -> str:
        if self.run is not None and inject.number in self.run.delivered:
            return self.tr("delivered")
        return self.tr("pending")

    def _result_text(self, inject: Inject) -> str:
        if inject.expect is None:
            return ""
        result = self.results.get(inject.number)
        if result is None:
            return self.tr("{0} within {1} min").format(
                role_name(inject.expect.role.value), int(inject.expect.within.total_seconds() // 60)
            )
        if result.response_time is not None:
            return f"{result.outcome} ({format_span(result.response_time)})"
        return result.outcome

    def send_unscheduled(self) -> None:
        if self.run is None:
            self.feedback.error(self.tr("Start the exercise first."))
            return
        run = self.run
        to, text = str(self.extra_to.currentData()), self.extra_text.text()
        data = self.extra_data.toPlainText().strip() or None
        try:
            run.unscheduled(to, text, data)
        except UserError as exc:
            self.feedback.error(exc.message)
            return
        self.extra_text.clear()
        self.extra_data.clear()
        self.feedback.ok(self.tr("Inject sent."))
        self.feed.poll()

    # -- after-action -------------------------------------------------------------

    def add_improvement(self) -> None:
        run = self.run
        if run is None or run.incident_id is None:
            return
        incident_id = run.incident_id
        try:
            run.room.add_action(
                incident_id,
                "preventive",
                self.plan_text.text(),
                owner=self.plan_owner.text(),
                other_systems=["exercise follow-up"],
            )
        except UserError as exc:
            self.feedback.error(exc.message)
            return
        self.plan_text.clear()
        self.plan_owner.clear()
        self.feedback.ok(self.tr("Added to the improvement plan."))
        self.feed.poll()

    def report_bytes(self, fmt: str) -> bytes:
        from warroom.exercise.after_action import after_action_bytes

        assert self.run is not None and self.run.incident_id is not None
        return after_action_bytes(
            self.run.room.store, self.run.incident_id, fmt, self.run.clock.now()
        )

    def choose_report(self, fmt: str) -> None:
        if self.run is None:
            return
        name = f"after-action-{self.run.scenario.key}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("After-action report"), name)
        if path:
            self.save_report(Path(path), fmt)

    def save_report(self, path: Path, fmt: str) -> bool:
        from warroom.atomic import write_atomically

        try:
            write_atomically(path, self.report_bytes(fmt))
        except UserError as exc:
            self.feedback.error(exc.message)
            return False
        self.feedback.ok(self.tr("Saved to {0}").format(str(path)))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
