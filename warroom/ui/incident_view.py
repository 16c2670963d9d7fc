"""One incident at one seat: the bar, the four role panels, the checklist and the timeline."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.core.vocabulary import Role
from warroom.room import WarRoom, record_check
from warroom.ui.damage import DamageBanner, offer_no_writes
from warroom.ui.feed import ChangeFeed
from warroom.ui.incident_bar import IncidentBar
from warroom.ui.incident_state import IncidentState
from warroom.ui.narrow import TurningSplitter
from warroom.ui.panel_names import REPORT, ROLE_ORDER, panel_label
from warroom.ui.panels.checklist import ChecklistPanel
from warroom.ui.panels.common import Seat, first_field, fit_columns, tab_stops
from warroom.ui.timeline_view import TimelinePanel
from warroom.ui.work import Work, can_read_off_thread

if TYPE_CHECKING:
    from warroom.ui.panels.communicator import CommunicatorPanel
    from warroom.ui.panels.diagnostician import DiagnosticianPanel
    from warroom.ui.panels.lead import LeadPanel
    from warroom.ui.panels.postmortem import PostIncidentPanel
    from warroom.ui.panels.scribe import ScribePanel

CHECK_AFTER_MS = 1000
# The least a role panel needs beside the checklist and the timeline (one column of it).
ROLE_PANEL_WIDTH = 560

# Module and class of each panel: imported when the panel is first shown, so
# start-up loads only the seat's own.
PANEL_TYPES: dict[Role | str, tuple[str, str]] = {
    Role.LEAD: ("warroom.ui.panels.lead", "LeadPanel"),
    Role.DIAGNOSTICIAN: ("warroom.ui.panels.diagnostician", "DiagnosticianPanel"),
    Role.COMMUNICATOR: ("warroom.ui.panels.communicator", "CommunicatorPanel"),
    Role.SCRIBE: ("warroom.ui.panels.scribe", "ScribePanel"),
    REPORT: ("warroom.ui.panels.postmortem", "PostIncidentPanel"),
}


def _panel_type(role: Role | str) -> Callable[[Seat, QWidget], QWidget]:
    module, name = PANEL_TYPES[role]
    panel_type: Callable[[Seat, QWidget], QWidget] = getattr(importlib.import_module(module), name)
    return panel_type


def _on_exercise_time(room: WarRoom, incident_id: int) -> WarRoom:
    """In an exercise every seat reads the simulated clock the trainer runs."""
    from warroom.core.vocabulary import EventKind

    numbers = room.store.event_numbers(incident_id, kinds=[EventKind.EXERCISE_CLOCK])
    if not numbers:
        return room
    from warroom.exercise.clock import ClockAnchor, ExerciseClock

    [last] = room.store.events_between(incident_id, numbers[-1], numbers[-1])
    return room.with_clock(ExerciseClock(room.clock, [ClockAnchor.from_payload(last.payload)]))


class _PanelSlot(QScrollArea):
    """A tab's place; its panel is built the first time somebody looks at it.

    On a small screen (1280x720, a projector, 150 % scaling) the panel scrolls
    instead of squeezing its fields over each other or widening the window.
    """

    def __init__(self) -> None:
        super().__init__()
        self.panel: QWidget | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.content)

    def add(self, widget: QWidget) -> None:
        layout = self.content.layout()
        assert layout is not None
        layout.addWidget(widget)

    def fill(self, panel: QWidget) -> None:
        self.panel = panel
        self.add(panel)
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        if self.panel is not None:
            fit_columns(self.panel, width - self.verticalScrollBar().sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # A panel built in a hidden tab was fitted to a width it never had.
        self._fit(self.width())
        super().showEvent(event)


class IncidentView(QWidget):
    def __init__(
        self,
        room: WarRoom,
        incident_id: int,
        feed: ChangeFeed,
        role: Role,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        exercise_room = _on_exercise_time(room, incident_id)
        # Injects belong to an exercise a trainer runs, not to every rehearsal record.
        self.is_exercise = exercise_room is not room
        room = exercise_room
        self.room = room
        self.state = IncidentState(room, incident_id, feed)
        self.seat = Seat(room, self.state, feed)
        self.bar = IncidentBar(self.state)
        self.banner = DamageBanner()
        self.banner.export_requested.connect(self.choose_intact_export)

        # Built from the outside in, each part put in its place before it is filled: a
        # widget moved under a new parent has its style resolved again with everything
        # inside it, so a view built inside out paid for its deepest parts once a level.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.banner)
        # Half a laptop screen has no room for a panel beside the timeline: one above the other.
        self.splitter = TurningSplitter(ROLE_PANEL_WIDTH)
        layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Role panels"))
        self.splitter.addWidget(self.tabs)
        side_box = QWidget()
        self.splitter.addWidget(side_box)
        box = QVBoxLayout(side_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        # Under the panel on a narrow window there is room for one of the two at a time.
        self.side_switch = QTabBar()
        self.side_switch.setAccessibleName(self.tr("Checklist or timeline"))
        self.side_switch.addTab(self.tr("Diagnostic protocol"))
        self.side_switch.addTab(self.tr("Timeline"))
        self.side_switch.hide()
        self.side_switch.currentChanged.connect(self._show_side_part)
        box.addWidget(self.side_switch)
        side = QSplitter(Qt.Orientation.Vertical)
        box.addWidget(side, 1)
        self.splitter.setStretchFactor(0, 56)
        self.splitter.setStretchFactor(1, 44)
        self._sized = False

        self.slots: dict[Role | str, _PanelSlot] = {r: _PanelSlot() for r in ROLE_ORDER}
        for number, r in enumerate(ROLE_ORDER, start=1):
            mine = self.tr(" (you)") if r is role else ""
            # No "&" here: Alt+N is the window's (Incident menu), and it puts the focus
            # in the panel's first field, not on the tab bar.
            self.tabs.addTab(self.slots[r], f"{number} {panel_label(r)}{mine}")

        self.checklist = ChecklistPanel(self.seat, side)
        side.addWidget(self.checklist)
        self.timeline = TimelinePanel(room.store, self.state, side)
        side.addWidget(self.timeline)
        side.setSizes([300, 500])
        self.splitter.turned.connect(self._fit_side)
        self.tabs.currentChanged.connect(self._build_current)
        # The seat's own panel in front; not focused here: the window gives the keys to
        # the view's first stop when it shows it (a panel's field focused while the view
        # is built would take them instead).
        self.panel(role)
        self.tabs.setCurrentWidget(self.slots[role])
        # The record proves itself in the background (replaying every event takes a while
        # on a long incident); a damaged one turns this view read-only. It starts once the
        # view is on screen: a replay competing with the first paint slowed start-up.
        self.check = Work(self)
        self.check.finished.connect(self._checked)
        QTimer.singleShot(CHECK_AFTER_MS, self, self.start_check)
        self.export_work = Work(self)
        self.export_work.finished.connect(self._intact_exported)
        self._intact_path: Path | None = None

    # -- a damaged record -------------------------------------------------------

    def start_check(self) -> None:
        if not self.isVisible():
            return  # the window closed before the check was due: nobody to tell
        incident_id = self.incident_id
        store = self.room.store
        if record_check.can_check_elsewhere() and can_read_off_thread(store):
            url = store.engine.url.render_as_string(hide_password=False)
            self.check.start(self.room, lambda mine: _check_elsewhere(mine, url, incident_id))
        else:
            self.check.start(self.room, lambda mine: mine.verify(incident_id))

    @property
    def read_only(self) -> bool:
        return bool(self.seat.read_only)

    def _checked(self, problem: object) -> None:
        if problem is None:
            return
        if isinstance(problem, UserError):
            self.set_damaged(problem.message)
        else:
            self.set_damaged(str(problem))

    def set_damaged(self, where: str) -> None:
        """Read-only from now on: no input is offered, and the banner says where and why."""
        self.seat.read_only = where
        self.banner.show_damage(where)
        for slot in self.slots.values():
            if slot.panel is not None:
                offer_no_writes(slot.panel)
        offer_no_writes(self.checklist)

    def choose_intact_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = f"incident-{self.incident_id}-as-read"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export what is intact"),
            str(Path.home() / f"{name}.json"),
            self.tr("Complete record (*.json);;Markdown report (*.md)"),
        )
        if path:
            self.export_intact(Path(path), "md" if chosen.endswith("(*.md)") else "json")

    def export_intact(self, path: Path, fmt: str) -> None:
        """The record as far as it can be read, on a worker thread (``banner.exported``)."""
        incident_id, now = self.incident_id, self.room.now()

        def make(room: WarRoom) -> bytes:
            from warroom.report.export import export_bytes

            return export_bytes(room.store, incident_id, fmt, now)

        self._intact_path = path
        self.banner.say(self.tr("Exporting what can be read to {0}…").format(str(path)))
        self.export_work.start(self.room, make)

    def _intact_exported(self, result: object) -> None:
        from warroom.atomic import write_atomically

        path = self._intact_path
        assert path is not None
        try:
            if isinstance(result, UserError):
                raise result
            assert isinstance(result, bytes)
            write_atomically(path, result)
        except UserError as exc:
            self.banner.say(self.tr("Could not export: {0}").format(exc.message))
            self.banner.exported.emit(False)
            return
        self.banner.say(self.tr("What could be read is in {0}").format(str(path)))
        self.banner.exported.emit(True)

    def showEvent(self, event: QShowEvent) -> None:
        # Splitters size from hints; give the timeline its share the first time.
        if not self._sized:
            self._sized = True
            self.splitter.turn(self.width())
            horizontal = self.splitter.orientation() is Qt.Orientation.Horizontal
            length = max(self.width(), 1000) if horizontal else max(self.splitter.height(), 500)
            self.splitter.setSizes([int(length * 0.56), int(length * 0.44)])
        super().showEvent(event)

    @property
    def incident_id(self) -> int:
        return self.state.incident_id

    def _build_current(self, index: int) -> None:
        self.panel(ROLE_ORDER[index])

    def panel(self, role: Role | str) -> QWidget:
        """The role's panel, built on first use: start-up builds only the seat's own."""
        slot = self.slots[role]
        if slot.panel is None:
            if self.is_exercise and isinstance(role, Role):
                from warroom.ui.injects import InjectsPanel

                slot.add(InjectsPanel(self.state, role.value))
            # Made in its place (see __init__): not moved there once built.
            built = _panel_type(role)(self.seat, slot.content)
            slot.fill(built)
            if self.read_only:
                offer_no_writes(built)
            self._order_tabs(slot)
        assert slot.panel is not None
        return slot.panel

    def _order_tabs(self, slot: _PanelSlot) -> None:
        """Tab goes from the tab bar through the panel, then on to the checklist.

        A panel is built after the rest of the view, so Qt would put its fields at
        the end of the focus chain; without this, Tab circled inside the panel.
        """
        chain = [self.tabs.tabBar(), *tab_stops(slot.content), *tab_stops(self.checklist)]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def lead(self) -> LeadPanel:
        return cast("LeadPanel", self.panel(Role.LEAD))

    @property
    def diagnostician(self) -> DiagnosticianPanel:
        return cast("DiagnosticianPanel", self.panel(Role.DIAGNOSTICIAN))

    @property
    def communicator(self) -> CommunicatorPanel:
        return cast("CommunicatorPanel", self.panel(Role.COMMUNICATOR))

    @property
    def postmortem(self) -> PostIncidentPanel:
        return cast("PostIncidentPanel", self.panel(REPORT))

    @property
    def scribe(self) -> ScribePanel:
        return cast("ScribePanel", self.panel(Role.SCRIBE))

    def current_role(self) -> Role | str:
        return ROLE_ORDER[self.tabs.currentIndex()]

    def show_panel(self, role: Role | str) -> None:
        panel = self.panel(role)
        self.tabs.setCurrentWidget(self.slots[role])
        first_field(panel).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the frequent actions, by keyboard (the Incident menu) ---------------

    def _fit_side(self, stacked: bool) -> None:
        self.side_switch.setVisible(stacked)
        self.checklist.title.setVisible(not stacked)  # the switch above says it
        if stacked:
            self._show_side_part(self.side_switch.currentIndex())
        else:
            self.checklist.show()
            self.timeline.show()

    def _show_side_part(self, index: int) -> None:
        if self.side_switch.isHidden():
            return
        self.checklist.setVisible(index == 0)
        self.timeline.setVisible(index == 1)

    def focus(self, widget: QWidget) -> None:
        # Ctrl+L or Ctrl+F on a narrow window: the part the keys go to comes into view.
        if not self.side_switch.isHidden():
            if widget is self.checklist or self.checklist.isAncestorOf(widget):
                self.side_switch.setCurrentIndex(0)
            elif widget is self.timeline or self.timeline.isAncestorOf(widget):
                self.side_switch.setCurrentIndex(1)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search_timeline(self) -> None:
        self.focus(self.timeline.search)
        self.timeline.search.selectAll()

    def go_to_checklist(self) -> None:
        """Into the checklist: arrows choose an item, Enter goes to its result."""
        view = self.checklist.view
        if self.checklist.model.rowCount() and not view.selectionModel().hasSelection():
            self.checklist.select(self.checklist.first_open_row())
        self.focus(view)

    def tick_checklist_item(self) -> None:
        if not self.checklist.view.selectionModel().hasSelection():
            self.go_to_checklist()
            return
        self.focus(self.checklist.result)

    def add_hypothesis(self) -> None:
        self.show_panel(Role.DIAGNOSTICIAN)
        diagnostician = self.diagnostician
        diagnostician.pages.setCurrentIndex(0)
        self.focus(diagnostician.new_hypothesis)

    def change_status(self) -> None:
        self.show_panel(Role.LEAD)
        self.focus(self.lead.status)

    def compose_update(self) -> None:
        self.show_panel(Role.COMMUNICATOR)
        self.focus(self.communicator.text)

    def still_working(self) -> None:
        self.show_panel(Role.COMMUNICATOR)
        self.communicator.still_working()

    def tick(self) -> None:
        self.bar.tick()
        for role in (Role.COMMUNICATOR, Role.LEAD):
            panel = self.slots[role].panel
            if panel is not None:
                panel.tick()  # type: ignore[attr-defined]


def _check_elsewhere(room: WarRoom, url: str, incident_id: int) -> object:
    """The record check in its own process; here, when that process cannot answer."""
    try:
        return record_check.check_elsewhere(url, incident_id)
    except (OSError, ValueError):
        return room.verify(incident_id)
