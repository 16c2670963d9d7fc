"""The trainer's console: pick or open a scenario, run it on the story's clock, steer the
injects, evaluate the responses, end with a hot wash, and write the after-action report.

The console is the trainer's alone; it never takes over the main window. Closing
it while an exercise runs asks what to do, and a console opened later (or after
a restart) reattaches to a running exercise from its record.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import InvalidInput, UserError
from warroom.core.i18n import current
from warroom.core.timing import format_span
from warroom.core.vocabulary import Role
from warroom.exercise.engine import MAX_SPEED, MIN_SPEED, ExerciseRun, running_exercises
from warroom.exercise.scenario import (
    Inject,
    Scenario,
    builtin_scenarios,
    find_scenario,
    format_offset,
    load_scenario,
)
from warroom.exercise.scoring import PENDING, ExpectationResult
from warroom.report.describe import describe, role_name
from warroom.room import WarRoom
from warroom.ui.feed import ChangeFeed
from warroom.ui.panels.common import Feedback, big_font, line_edit, section_title, table_view
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.trainer_forms import (
    AdHocForm,
    HotWashForm,
    PlanForm,
    RatingForm,
    action_words,
    role_box,
)
from warroom.ui.words import outcome_name, percent, priority_label, rating_name

STEP_MS = 250
OUTCOME_COLOURS = {"on time": "#2e7d32", "late": "#ef6c00", "missed": "#c62828"}
KEEP, PAUSE, END = "keep", "pause", "end"


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
        self.seat_windows: list[QWidget] = []
        self.close_box: QMessageBox | None = None
        self._closing_for_real = False

        band = QLabel(self.tr("EXERCISE — trainer console (the players never see this)"))
        band.setObjectName("exerciseBand")
        band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scenarios: list[Scenario] = builtin_scenarios()
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("Scenario"))
        for scenario in self.scenarios:
            self._add_scenario_item(scenario)
        self.open_button = QPushButton(self.tr("Open a scenario file…"))
        self.open_button.clicked.connect(self.choose_scenario_file)
        self.running = QComboBox()
        self.running.setAccessibleName(self.tr("Running exercises"))
        self.reattach_button = QPushButton(self.tr("Reattach"))
        self.reattach_button.clicked.connect(self.reattach_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("alarm")
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
        self.end_button = QPushButton(self.tr("End the exercise"))
        self.end_button.clicked.connect(self.end_exercise)
        self.seat_role = role_box(self.tr("Role of the player's seat"), with_everyone=False)
        self.seat_person = line_edit(self.tr("Player's name"), self.tr("Player's name"))
        self.seat_button = QPushButton(self.tr("Open a player's seat"))
        self.seat_button.clicked.connect(self.open_player_seat)
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
                    self.tr("Expected"),
                    self._expected_text,
                    lambda i: i.expect.description if i.expect else "",
                ),
                Column(
                    self.tr("Outcome"),
                    self._result_text,
                    colour=lambda i: OUTCOME_COLOURS.get(
                        self.results[i.number].outcome if i.number in self.results else ""
                    ),
                ),
                Column(self.tr("The team's response"), self._response_text, self._response_text),
                Column(self.tr("Rating"), self._rating_text),
            ],
            self,
        )
        self.inject_view = table_view(self.injects, self.tr("Scenario injects"), stretch=7)
        header = self.inject_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 300)
        self.inject_view.selectionModel().selectionChanged.connect(self._selected)

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(lambda: self._on_selected(self._skip))
        self.hold_button = QPushButton(self.tr("Hold / release"))
        self.hold_button.clicked.connect(lambda: self._on_selected(self._hold))
        self.now_button = QPushButton(self.tr("Send now"))
        self.now_button.clicked.connect(lambda: self._on_selected(self._send_now))
        self.jump_button = QPushButton(self.tr("Jump to it"))
        self.jump_button.clicked.connect(lambda: self._on_selected(self._jump))
        self.retime_minutes = QSpinBox()
        self.retime_minutes.setAccessibleName(self.tr("New time of the inject, minutes from start"))
        self.retime_minutes.setRange(0, 24 * 60)
        self.retime_minutes.setPrefix("+")
        self.retime_minutes.setSuffix(self.tr(" min"))
        self.retime_button = QPushButton(self.tr("Retime"))
        self.retime_button.clicked.connect(lambda: self._on_selected(self._retime))

        self.adhoc = AdHocForm()
        self.adhoc.send.clicked.connect(self.send_unscheduled)
        self.adhoc.text.returnPressed.connect(self.send_unscheduled)
        self.rating = RatingForm()
        self.rating.record.clicked.connect(self.record_rating)
        self.rating.cause_right.clicked.connect(lambda: self.judge_root_cause(True))
        self.rating.cause_wrong.clicked.connect(lambda: self.judge_root_cause(False))
        self.hot_wash = HotWashForm()
        self.hot_wash.record.clicked.connect(self.record_hot_wash)
        self.plan = PlanForm()
        self.plan.add.clicked.connect(self.add_improvement)

        self.report_buttons: dict[str, QPushButton] = {}
        report_row = QHBoxLayout()
        for fmt, label in (
            ("pdf", self.tr("After-action PDF…")),
            ("html", self.tr("HTML…")),
            ("md", self.tr("Markdown…")),
            ("csv", self.tr("Improvement plan CSV…")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, f=fmt: self.choose_report(f))
            self.report_buttons[fmt] = button
            report_row.addWidget(button)
        report_row.addStretch(1)

        controls = QGridLayout()
        controls.addWidget(self.scenario, 0, 0, 1, 3)
        controls.addWidget(self.open_button, 0, 3)
        controls.addWidget(self.speed, 1, 0)
        controls.addWidget(self.start_button, 1, 1)
        controls.addWidget(self.pause_button, 1, 2)
        controls.addWidget(self.end_button, 1, 3)
        controls.addWidget(self.running, 2, 0, 1, 3)
        controls.addWidget(self.reattach_button, 2, 3)
        seats = QHBoxLayout()
        seats.addWidget(self.seat_role)
        seats.addWidget(self.seat_person, 1)
        seats.addWidget(self.seat_button)
        steer = QHBoxLayout()
        for widget in (
            self.skip_button,
            self.hold_button,
            self.now_button,
            self.jump_button,
            self.retime_minutes,
            self.retime_button,
        ):
            steer.addWidget(widget)
        steer.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(band)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.score_label)
        layout.addLayout(seats)
        layout.addWidget(section_title(self.tr("Injects and the team's responses")))
        layout.addWidget(self.inject_view, 1)
        layout.addLayout(steer)
        # The forms share one place, so the list of injects keeps the height.
        self.forms = QTabWidget()
        self.forms.setAccessibleName(self.tr("Trainer's forms"))
        for form in (self.adhoc, self.rating, self.hot_wash, self.plan):
            form.setTitle("")  # the tab says it
        self.forms.addTab(self.adhoc, self.tr("Ad-hoc inject"))
        self.forms.addTab(self.rating, self.tr("Evaluate"))
        self.forms.addTab(self.hot_wash, self.tr("Hot wash"))
        self.forms.addTab(self.plan, self.tr("Improvement plan"))
        layout.addWidget(self.forms)
        layout.addLayout(report_row)
        layout.addWidget(self.feedback)

        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)
        self.scenario.currentIndexChanged.connect(self._show_scenario)
        self.speed.valueChanged.connect(self._speed_changed)
        self._show_scenario()
        self.refresh_running()
        self._enable()
        self.resize(1280, 900)

    # -- choosing a scenario, or a running exercise ---------------------------------

    def _add_scenario_item(self, scenario: Scenario) -> None:
        title = scenario.in_language(current()).title
        try:
            priority = priority_label(self.room.matrix.get(scenario.priority))
        except InvalidInput:  # a scenario file written for another installation's matrix
            priority = scenario.priority
        self.scenario.addItem(
            f"{title} ({priority}, {format_offset(scenario.duration)})", scenario.key
        )

    def selected_scenario(self) -> Scenario:
        return self.scenarios[self.scenario.currentIndex()]

    def choose(self, name: str) -> None:
        """A built-in scenario by name, or a scenario file by path."""
        index = self.scenario.findData(name)
        if index >= 0 and not name.endswith(".toml"):
            self.scenario.setCurrentIndex(index)
            return
        try:
            self.open_scenario(find_scenario(name))
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))

    def open_scenario(self, scenario: Scenario) -> None:
        self.scenarios.append(scenario)
        self._add_scenario_item(scenario)
        self.scenario.setCurrentIndex(len(self.scenarios) - 1)

    def open_scenario_file(self, path: Path) -> bool:
        try:
            self.open_scenario(load_scenario(path))
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        self.feedback.ok(self.tr("Opened {0}").format(path.name))
        return True

    def choose_scenario_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a scenario"), "", self.tr("Scenarios (*.toml)")
        )
        if path:
            self.open_scenario_file(Path(path))

    def _show_scenario(self) -> None:
        if self.run is not None:
            return
        scenario = self.selected_scenario()
        shown = scenario.in_language(current())
        self.summary.setText(shown.trainer_summary or shown.summary)
        self.injects.set_rows(shown.injects)
        self._show_warnings(scenario, self.speed.value())

    def _show_warnings(self, scenario: Scenario, speed: float) -> None:
        from warroom.exercise.check import MIN_WALL_WINDOW, scenario_warnings

        found = scenario_warnings(scenario, speed)
        # Counted here, not found in the warnings' words: those are in the person's language.
        short = [
            i.expect.within
            for i in scenario.injects
            if i.expect is not None and speed > 0 and i.expect.within / speed < MIN_WALL_WINDOW
        ]
        lines = []
        if short:
            lines.append(
                self.tr(
                    "%n response window(s) too short to answer at {0:g}× — "
                    "run at {1}× or slower, or widen expect.within",
                    "",
                    len(short),
                ).format(speed, max(1, int(short[0] / MIN_WALL_WINDOW)))
            )
        other = len(found) - len(short)
        if other:
            lines.append(
                self.tr("%n other warning(s): warroom exercise check shows them", "", other)
            )
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def refresh_running(self) -> None:
        self.running.clear()
        for incident_id, title in running_exercises(self.room):
            self.running.addItem(f"#{incident_id} {title}", incident_id)
        self.running.setVisible(self.running.count() > 0 and self.run is None)
        self.reattach_button.setVisible(self.running.count() > 0 and self.run is None)

    # -- starting, reattaching, ending -----------------------------------------------

    def _attach(self, run: ExerciseRun) -> None:
        self.run = run
        shown = run.scenario.in_language(current())
        self.summary.setText(shown.trainer_summary or shown.summary)
        self.speed.blockSignals(True)
        self.speed.setValue(run.clock.speed)
        self.speed.blockSignals(False)
        self.pause_button.setText(self.tr("Pause") if run.running else self.tr("Resume"))
        self._fill_objectives()
        self.timer.start()
        self.feed.poll()
        self.step()
        self.refresh_running()
        self._enable()

    def start(self) -> None:
        if self.run is not None:
            return
        run = ExerciseRun(self.room, self.selected_scenario(), self.room.actor.person)
        try:
            incident_id = run.start(self.speed.value())
        except UserError as exc:
            self.feedback.error(exc.message)
            return
        self._attach(run)
        self.feedback.ok(
            self.tr("Exercise #{0} started. Players open it from the incident list.").format(
                incident_id
            )
        )
        self.started.emit(incident_id)

    def reattach(self, incident_id: int) -> bool:
        try:
            run = ExerciseRun.reattach(self.room, incident_id, self.room.actor.person)
        except UserError as exc:
            self.feedback.error(exc.message)
            return False
        self._attach(run)
        self.feedback.ok(self.tr("Reattached to exercise #{0}.").format(incident_id))
        return True

    def reattach_selected(self) -> None:
        incident_id = self.running.currentData()
        if incident_id is not None:
            self.reattach(int(incident_id))

    def end_exercise(self) -> None:
        if self.run is None:
            return
        self._do(self.run.end, self.tr("The exercise has ended. Time for the hot wash."))
        self.timer.stop()
        self.pause_button.setText(self.tr("Resume"))
        self.step()
        self._enable()
        self.forms.setCurrentWidget(self.hot_wash)

    def _enable(self) -> None:
        run = self.run
        active = run is not None and not run.ended
        self.scenario.setEnabled(run is None)
        self.open_button.setEnabled(run is None)
        self.start_button.setEnabled(run is None)
        self.pause_button.setEnabled(active)
        self.end_button.setEnabled(active)
        self.seat_button.setEnabled(run is not None)
        for widget in (
            self.skip_button,
            self.hold_button,
            self.now_button,
            self.jump_button,
            self.retime_button,
            self.adhoc,
        ):
            widget.setEnabled(active)
        self.rating.setEnabled(run is not None)
        self.plan.setEnabled(run is not None)
        self.hot_wash.setEnabled(run is not None and run.ended)
        for button in self.report_buttons.values():
            button.setEnabled(run is not None)

    def _speed_changed(self, value: float) -> None:
        self._show_warnings(self.run.scenario if self.run else self.selected_scenario(), value)
        if self.run is not None and not self.run.ended:
            self.run.set_speed(value)
            self.feed.poll()

    def toggle_pause(self) -> None:
        if self.run is None:
            return
        if self.run.running:
            self.run.pause()
            self.pause_button.setText(self.tr("Resume"))
        else:
            self._do(self.run.resume)
            self.pause_button.setText(self.tr("Pause"))
        self.feed.poll()
        self.step()

    def open_player_seat(self) -> QWidget | None:
        """A player's seat in its own window: the main window's incident stays where it is."""
        from warroom.ui.exercise_window import ExerciseSeatWindow

        run = self.run
        if run is None or run.incident_id is None:
            return None
        person = self.seat_person.text().strip()
        if not person:
            self.feedback.error(self.tr("Give the player's name first."))
            return None
        role = Role(str(self.seat_role.currentData()))
        window = ExerciseSeatWindow(self.room, self.feed, run.incident_id, person, role)
        self.seat_windows.append(window)
        window.show()
        self.seat_person.clear()
        return window

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
        self._reload_rows(run)
        elapsed = run.elapsed()
        if run.ended:
            state = self.tr("ENDED")
        elif run.running:
            state = self.tr("running at {0:g}×").format(run.clock.speed)
        else:
            state = self.tr("PAUSED")
        over = self.tr(" — scenario time is over") if run.finished and not run.ended else ""
        now = run.clock.now().astimezone()
        self.clock_label.setText(
            self.tr("T+{0} of {1} · {2} · story time {3:%H:%M:%S} {4}{5}").format(
                format_span(elapsed),
                format_offset(run.scenario.duration),
                state,
                now,
                now.tzname(),
                over,
            )
        )
        score = report.score
        total = score.expectation_score
        self.score_label.setText(
            self.tr(
                "Expected responses: {0} on time, {1} late, {2} missed, {3} open{4} · overall {5}"
            ).format(
                score.count("on time"),
                score.count("late"),
                score.count("missed"),
                score.count(PENDING),
                f" — {percent(total)}" if total is not None else "",
                percent(score.overall),
            )
        )
        if run.finished and run.running:
            run.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.feed.poll()

    def _reload_rows(self, run: ExerciseRun) -> None:
        selected = self._selected_inject()
        shown = run.scenario.in_language(current())
        self.injects.set_rows([shown.translated(i) for i in run.record.injects])
        if selected is not None:
            row = next(
                (r for r in range(self.injects.rowCount())
                 if self.injects.record(r).number == selected.number),
                None,
            )  # fmt: skip
            if row is not None:
                self.inject_view.selectRow(row)

    def _state_text(self, inject: Inject) -> str:
        run = self.run
        if run is None:
            return self.tr("pending")
        record = run.record
        if inject.number in record.delivered:
            return self.tr("delivered")
        if inject.number in record.skipped:
            return self.tr("skipped")
        if inject.number in record.held:
            return self.tr("held")
        return self.tr("pending")

    def _expected_text(self, inject: Inject) -> str:
        if inject.expect is None:
            return ""
        expect = inject.expect
        if expect.status is not None:
            what = self.tr("status {0}").format(expect.status)
        else:
            what = self.tr(" or ").join(action_words()[a] for a in expect.actions)
        return self.tr("{0} {1}, within {2} min").format(
            role_name(expect.role.value), what, int(expect.within.total_seconds() // 60)
        )

    def _result_text(self, inject: Inject) -> str:
        result = self.results.get(inject.number)
        if result is None:
            return ""
        if result.proactive:
            return self.tr("{0} ({1} ahead)").format(
                outcome_name(result.outcome), format_span(result.ahead_by)
            )
        if result.response_time is not None:
            return self.tr("{0} ({1})").format(
                outcome_name(result.outcome), format_span(result.response_time)
            )
        return outcome_name(result.outcome)

    def _response_text(self, inject: Inject) -> str:
        result = self.results.get(inject.number)
        if result is None or result.answer is None:
            return ""
        return f"{result.answer.author}: {describe(result.answer)}"

    def _rating_text(self, inject: Inject) -> str:
        if self.run is None:
            return ""
        rating = self.run.record.ratings.get(inject.number)
        if rating is None:
            return ""
        if rating.rating:
            return rating_name(rating.rating)
        return outcome_name(rating.override) if rating.override else self.tr("noted")

    # -- steering the selected inject --------------------------------------------------

    def _selected_inject(self) -> Inject | None:
        rows = self.inject_view.selectionModel().selectedRows()
        return self.injects.record(rows[0].row()) if rows else None

    def select_inject(self, number: int) -> None:
        for row in range(self.injects.rowCount()):
            if self.injects.record(row).number == number:
                self.inject_view.selectRow(row)
                return

    def _selected(self) -> None:
        inject = self._selected_inject()
        if inject is None:
            return
        self.retime_minutes.setValue(int(inject.at.total_seconds() // 60))
        if inject.expect is None:
            self.rating.subject.setText(
                self.tr("Inject {0} expects no response.").format(inject.number)
            )
            return
        self.rating.subject.setText(
            self.tr("Inject {0} — expected: {1}").format(inject.number, inject.expect.description)
        )

    def _on_selected(self, action: object) -> None:
        inject = self._selected_inject()
        if inject is None or self.run is None:
            self.feedback.error(self.tr("Select an inject in the list first."))
            return
        assert callable(action)
        action(inject)

    def _do(self, action: object, done: str = "") -> bool:
        assert callable(action)
        try:
            action()
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        self.feedback.ok(done)
        self.feed.poll()
        if self.run is not None:
            self.step()
        return True

    def _skip(self, inject: Inject) -> None:
        assert self.run is not None
        run = self.run
        self._do(
            lambda: run.skip(inject.number), self.tr("Inject {0} skipped.").format(inject.number)
        )

    def _hold(self, inject: Inject) -> None:
        assert self.run is not None
        run = self.run
        if inject.number in run.record.held:
            self._do(lambda: run.release(inject.number), self.tr("Released."))
        else:
            self._do(lambda: run.hold(inject.number), self.tr("Held until you release it."))

    def _send_now(self, inject: Inject) -> None:
        assert self.run is not None
        run = self.run
        self._do(lambda: run.send_now(inject.number), self.tr("Sent."))

    def _jump(self, inject: Inject) -> None:
        assert self.run is not None
        run = self.run
        self._do(
            lambda: run.jump_to(inject.number),
            self.tr("The story jumped to +{0}.").format(format_offset(inject.at)),
        )

    def _retime(self, inject: Inject) -> None:
        assert self.run is not None
        run = self.run
        at = timedelta(minutes=self.retime_minutes.value())
        self._do(
            lambda: run.retime(inject.number, at),
            self.tr("Inject {0} now comes at +{1}.").format(inject.number, format_offset(at)),
        )

    def send_unscheduled(self) -> None:
        if self.run is None:
            self.feedback.error(self.tr("Start the exercise first."))
            return
        run, form = self.run, self.adhoc
        to, text = str(form.to.currentData()), form.text.text()
        data = form.data.toPlainText().strip() or None
        scored = form.scored.isChecked()

        def send() -> None:
            run.unscheduled(
                to,
                text,
                data,
                expect_role=str(form.expect_role.currentData()) if scored else None,
                expect_action=str(form.expect_action.currentData()),
                within_minutes=form.within.value(),
            )

        if self._do(send, self.tr("Inject sent.")):
            form.clear()

    # -- evaluation, hot wash, plan -----------------------------------------------------

    def record_rating(self) -> None:
        inject = self._selected_inject()
        run = self.run
        if run is None or run.incident_id is None or inject is None or inject.expect is None:
            self.feedback.error(self.tr("Select an inject with an expected response first."))
            return
        incident_id, form = run.incident_id, self.rating
        rating, override = form.rating.currentData(), form.override.currentData()
        notes = form.notes.text()

        def rate() -> None:
            run.room.rate_response(
                incident_id, number=inject.number, rating=rating, notes=notes, override=override
            )
            run.reload()

        if self._do(rate, self.tr("Rating recorded.")):
            form.notes.clear()

    def judge_root_cause(self, confirmed: bool) -> None:
        run = self.run
        if run is None or run.incident_id is None:
            return
        incident_id, notes = run.incident_id, self.rating.notes.text()

        def judge() -> None:
            run.room.rate_response(
                incident_id, number=None, notes=notes, root_cause_confirmed=confirmed
            )
            run.reload()

        self._do(judge, self.tr("Your judgement of the root cause is recorded."))

    def record_hot_wash(self) -> None:
        run = self.run
        if run is None or run.incident_id is None:
            return
        incident_id = run.incident_id
        said = {r: e.text().strip() for r, e in self.hot_wash.notes.items() if e.text().strip()}
        if not said:
            self.feedback.error(self.tr("Write what at least one role said."))
            return

        def record() -> None:
            for role, notes in said.items():
                run.room.record_hot_wash(incident_id, role, notes)
            run.reload()

        if self._do(record, self.tr("Hot wash recorded.")):
            for edit in self.hot_wash.notes.values():
                edit.clear()

    def _fill_objectives(self) -> None:
        box = self.plan.objective
        box.clear()
        box.addItem(self.tr("(no objective)"), "")
        if self.run is not None:
            for objective in self.run.scenario.in_language(current()).objectives:
                box.addItem(objective.text, objective.key)

    def add_improvement(self) -> None:
        run = self.run
        if run is None or run.incident_id is None:
            return
        incident_id, form = run.incident_id, self.plan
        day = form.due.date()
        due = datetime(day.year(), day.month(), day.day(), 12, 0, tzinfo=UTC)
        text, owner, objective = form.text.text(), form.owner.text(), form.objective.currentData()

        def add() -> None:
            run.room.add_improvement(
                incident_id, text, owner=owner, due=due, objective=str(objective or "")
            )
            run.reload()

        if self._do(add, self.tr("Added to the improvement plan.")):
            form.text.clear()
            form.owner.clear()

    # -- after-action -------------------------------------------------------------

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
        if fmt == "csv":
            name = f"improvement-plan-{self.run.scenario.key}.csv"
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

    # -- showing and closing ----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Opened again after a close: pick the exercise up where the record has it.
        self._closing_for_real = False
        if self.run is not None and self.run.incident_id is not None and not self.run.ended:
            self.run.reload()
            self.timer.start()
            self.step()
        else:
            self.refresh_running()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        run = self.run
        if self._closing_for_real or run is None or run.ended or not self.isVisible():
            self.timer.stop()
            super().closeEvent(event)
            return
        # Never stop an exercise silently: the trainer says what happens to it.
        event.ignore()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("The exercise is still running"))
        box.setText(
            self.tr("Exercise #{0} is running. What should happen to it?").format(run.incident_id)
        )
        box.setInformativeText(
            self.tr(
                "Keep running: this console hides and goes on delivering injects. "
                "Pause: simulated time stops until a console reattaches and resumes. "
                "End: the exercise is over."
            )
        )
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        pause = box.addButton(self.tr("Pause and close"), QMessageBox.ButtonRole.DestructiveRole)
        end = box.addButton(self.tr("End the exercise"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.close_buttons = {KEEP: keep, PAUSE: pause, END: end}
        box.buttonClicked.connect(self._close_choice)
        self.close_box = box
        box.open()

    def _close_choice(self, button: object) -> None:
        choice = next((k for k, b in self.close_buttons.items() if b is button), None)
        run = self.run
        if choice is None or run is None:
            return
        if choice == KEEP:
            self.hide()  # the timer goes on delivering
            return
        if choice == PAUSE:
            run.pause()
        else:
            run.end()
        self.feed.poll()
        self._closing_for_real = True
        self.close()

    def shut_down(self) -> None:
        """The app is quitting: leave the exercise as its record says; a console reattaches."""
        self._closing_for_real = True
        self.timer.stop()
        self.close()
