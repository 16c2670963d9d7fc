"""The main window: the start screen, the incident at this seat, menus and shortcuts.

Built in two steps, so that start-up paints before it reads: the frame (title, menus,
status bar, a calm placeholder where the record will show, the size this user left it
at) needs Qt alone; ``attach`` then opens the record into it. Nothing that reaches the
store (SQLAlchemy, the room, the panels) is imported here at module level: a test
proves the first frame is painted without it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from warroom.core.errors import UserError
from warroom.core.names import role_name
from warroom.core.timing import DueState, format_span
from warroom.core.vocabulary import Role
from warroom.ui.alerts import OverdueAlerts, sound_on
from warroom.ui.first_paint import FirstPaint
from warroom.ui.narrow import ElidedLabel
from warroom.ui.panel_names import ROLE_ORDER, panel_label
from warroom.ui.settings import settings
from warroom.ui.theme import apply_theme, preferred_dark

if TYPE_CHECKING:
    from warroom.room import WarRoom
    from warroom.store.repository import Presence
    from warroom.ui.blast_radius import BlastRadiusWindow
    from warroom.ui.catalogue import CatalogueWindow
    from warroom.ui.dashboard import Dashboard
    from warroom.ui.declare_dialog import DeclareDialog
    from warroom.ui.feed import ChangeFeed
    from warroom.ui.incident_view import IncidentView
    from warroom.ui.name_dialog import NameDialog
    from warroom.ui.offline import OfflineEntries
    from warroom.ui.search import SearchWindow
    from warroom.ui.seat_dialog import SeatDialog
    from warroom.ui.start_screen import StartScreen
    from warroom.ui.trainer import TrainerConsole
    from warroom.ui.wall import WallDisplay

TICK_MS = 1000
DEMO_LIVE_MINUTE = 100
# The window the first time, bounded by the screen's free area (a laptop's 1280x720).
FIRST_SIZE = QSize(1400, 900)


class MainWindow(QMainWindow):
    # Another room (address without password) to open in place of this one.
    room_requested = Signal(str)
    # The record is open and shown (the start screen, or the incident it opened at).
    opened = Signal()

    room: WarRoom
    feed: ChangeFeed
    offline: OfflineEntries
    start: StartScreen

    def __init__(
        self, room: WarRoom | None = None, role: str | None = None, parent: QWidget | None = None
    ) -> None:
        """The frame; with ``room``, the record opened into it at once (see ``attach``)."""
        super().__init__(parent)
        self.default_role = Role(role) if role else Role.LEAD
        self.is_open = False
        # The platform adds " — warroom" itself; the title says what is on screen.
        self.setWindowTitle(self.tr("Incidents"))
        self.stack = QStackedWidget()
        # Where the start screen or the incident will be: a calm line, never an empty hole.
        self.placeholder = QLabel(self.tr("Opening the record…"))
        self.placeholder.setObjectName("guidance")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.placeholder.font()
        font.setPointSizeF(13)
        self.placeholder.setFont(font)
        self.stack.addWidget(self.placeholder)
        self.setCentralWidget(self.stack)
        self.incident_view: IncidentView | None = None
        # Built when first asked for: start-up paints only what it shows.
        self.wall: WallDisplay | None = None
        self.declare_dialog: DeclareDialog | None = None
        self.name_dialog: NameDialog | None = None
        self.seat_dialog: SeatDialog | None = None
        self.dashboard: Dashboard | None = None
        self.trainer: TrainerConsole | None = None
        self.search_window: SearchWindow | None = None
        self.catalogue_window: CatalogueWindow | None = None
        self.blast_window: BlastRadiusWindow | None = None
        self._open_at_event: int | None = None

        # The record's address is long: on half a laptop screen it ends in "…".
        self.status_text = ElidedLabel(least=0)
        # Its whole width where there is room (an ignored hint got none in the status bar).
        self.status_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.presence_text = QLabel()
        self.presence_text.setAccessibleName(self.tr("Who is in the room"))
        self.statusBar().addWidget(self.presence_text)
        self.statusBar().addPermanentWidget(self.status_text)
        self.offline_text = QLabel()
        self.offline_text.setObjectName("alarm")
        self.offline_text.setAccessibleName(self.tr("Entries waiting to be sent"))
        self.statusBar().addWidget(self.offline_text)
        # An empty alarm label still draws its red padding: shown only while entries wait.
        self.offline_text.hide()
        self._needs_record: list[QAction] = []
        self._build_menus()
        self.alerts = OverdueAlerts(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from warroom.ui.focus_ring import install_focus_rings

            install_focus_rings(app, self.dark_action.isChecked())
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        if not self._restore_layout():
            # The first time: roomy on a large screen, never larger than a laptop's.
            self.resize(FIRST_SIZE.boundedTo(self.screen().availableGeometry().size()))
        if room is not None:
            self.attach(room)

    def when_painted(self, then: Callable[[], object]) -> None:
        """Run ``then`` (open the record) once the frame is on screen, not before."""
        FirstPaint(self.placeholder, then)

    def attach(self, room: WarRoom) -> None:
        """Open ``room``'s record into the frame: the start screen takes the placeholder's
        place, and the menus that need a record come alive."""
        from warroom.store.engine import describe_database
        from warroom.ui.feed import ChangeFeed
        from warroom.ui.offline import OfflineEntries
        from warroom.ui.start_screen import StartScreen

        self.room = room
        self.feed = ChangeFeed(room.store, self)
        self.start = StartScreen(room)
        self.stack.addWidget(self.start)
        self.feed.arrived.connect(lambda e: self.start.model.on_events(e, self.feed.immediate))
        self.feed.trouble.connect(self._trouble)
        self.start.open_requested.connect(self.ask_seat)
        self.start.declare_requested.connect(self.declare_incident)
        self.start.demo_requested.connect(self.load_demo)
        self.start.exercise_requested.connect(self.show_trainer)
        self.start.search_box.search_requested.connect(self.show_search)
        self.feed.present.connect(self._show_presence)
        self.offline = OfflineEntries(room, self)
        self.feed.offline = self.offline
        self.offline.changed.connect(self._show_offline)
        self.offline.delivered.connect(lambda _sent: self.feed.poll())
        self.status_text.set_full_text(
            self.tr("Record: {0}  ·  this seat: {1}").format(
                describe_database(room.store.url), room.actor.seat
            )
        )
        for action in self._needs_record:
            action.setEnabled(True)
        self.is_open = True
        self.stack.setCurrentWidget(self.start)
        self.stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        if self.focusWidget() is None:
            # The frame had nothing to focus; the list takes the keys, as if it had
            # been there from the start (Enter opens the selected incident).
            self.start.setFocus()
        self.opened.emit()

    # -- menus ----------------------------------------------------------------

    def _action(
        self,
        menu_name: str,
        text: str,
        slot: object,
        shortcut: str = "",
        *,
        needs_record: bool = True,
    ) -> QAction:
        menu = self._menus[menu_name]
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_record:
            # Off for the moment the frame shows before the record is open.
            action.setEnabled(False)
            self._needs_record.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {
            "file": bar.addMenu(self.tr("&File")),
            "view": bar.addMenu(self.tr("&View")),
            "incident": bar.addMenu(self.tr("&Incident")),
        }
        self._action("file", self.tr("&Declare an incident…"), self.declare_incident, "Ctrl+N")
        self._action("file", self.tr("&Incidents"), self.show_start, "Ctrl+Home")
        self._action("file", self.tr("Load the &demo incident"), self.load_demo)
        self._action("file", self.tr("&Exercises (trainer console)…"), self.show_trainer, "Ctrl+E")
        self._action("file", self.tr("&Search every incident…"), self.show_search, "Ctrl+Shift+F")
        self._action("file", self.tr("&Join a room…"), self.ask_room)
        self._action("file", self.tr("Service &catalogue…"), self.show_catalogue)
        self._menus["file"].addSeparator()
        self._action("file", self.tr("Your &name…"), self.ask_name)
        self._menus["file"].addSeparator()
        self._action("file", self.tr("&Quit"), self.close, "Ctrl+Q", needs_record=False)
        self._action("view", self.tr("&Wall display"), self.show_wall, "F11")
        self._action(
            "view", self.tr("&Trends across incidents"), self.show_dashboard, "Ctrl+Shift+D"
        )
        self.dark_action = self._action(
            "view", self.tr("&Dark palette"), self.toggle_dark, needs_record=False
        )
        self.dark_action.setCheckable(True)
        self.sound_action = self._action(
            "view",
            self.tr("&Sound when an update is overdue"),
            self.toggle_sound,
            needs_record=False,
        )
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(sound_on())
        self.dark_action.setChecked(preferred_dark())
        self._build_language_menu()
        self._action("incident", self.tr("&Blast radius…"), self.show_blast_radius, "Ctrl+Shift+B")
        for number, role in enumerate(ROLE_ORDER, start=1):
            self._action(
                "incident",
                f"&{number} {panel_label(role)}",
                lambda _=False, r=role: self.show_panel(r),
                f"Alt+{number}",
            )
        self._menus["incident"].addSeparator()
        for text, method, key in (
            (self.tr("Go to the &checklist"), "go_to_checklist", "Ctrl+L"),
            (self.tr("&Tick the selected checklist item"), "tick_checklist_item", "Ctrl+T"),
            (self.tr("Add a &hypothesis"), "add_hypothesis", "Ctrl+Shift+H"),
            (self.tr("Change the &status"), "change_status", "Ctrl+Shift+T"),
            (self.tr("Compose an &update"), "compose_update", "Ctrl+U"),
            (self.tr("Still &working on it (holding update)"), "still_working", "Ctrl+Shift+S"),
            (self.tr("Search the time&line"), "search_timeline", "Ctrl+F"),
        ):
            self._action("incident", text, lambda _=False, m=method: self._in_view(m), key)

    def _build_language_menu(self) -> None:
        from warroom.core.i18n import current
        from warroom.core.language import LANGUAGE_NAMES, LANGUAGES

        menu = self._menus["view"].addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for lang in LANGUAGES:
            # Each language named in itself: a person who cannot read the current one finds theirs.
            action = QAction(LANGUAGE_NAMES[lang], self)
            action.setCheckable(True)
            action.setChecked(lang == current())
            action.triggered.connect(lambda _=False, code=lang: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[lang] = action

    def choose_language(self, lang: str) -> None:
        """Kept for the next start: every open widget would otherwise have to re-read its texts."""
        from warroom.core.i18n import current
        from warroom.core.language import LANGUAGE_NAMES
        from warroom.ui.translation import choose_language

        choose_language(lang)
        if lang == current():
            return
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("warroom speaks {0} from the next start. Restart it to switch now.").format(
                LANGUAGE_NAMES[lang]
            ),
        )

    # -- who sits here ---------------------------------------------------------

    @property
    def person(self) -> str:
        """The name this person gave; empty until they have. Never the login name."""
        return " ".join(str(settings().value("person", "") or "").split())

    def set_person(self, person: str) -> None:
        person = " ".join(person.split())
        if not person:
            return
        store = settings()
        store.setValue("person", person)
        store.sync()
        self.room = self.room.as_person(person, self.room.actor.role)

    def ask_name(self) -> None:
        """Asked at the first start and from File ▸ Your name; remembered for this user."""
        from warroom.ui.name_dialog import NameDialog

        dialog = NameDialog(self.person, self)
        dialog.accepted.connect(lambda: self.set_person(dialog.person()))
        self.name_dialog = dialog
        dialog.open()

    # -- incidents ------------------------------------------------------------

    def declare_incident(self) -> None:
        from warroom.ui.declare_dialog import DeclareDialog

        dialog = DeclareDialog(self.room.matrix, self.person, self)
        from warroom.ui.catalogue import offer_catalogue

        offer_catalogue(dialog.services, self.room)
        dialog.accepted.connect(lambda: self._declare(dialog))
        self.declare_dialog = dialog
        dialog.open()

    def _declare(self, dialog: DeclareDialog) -> None:
        from warroom.ui.writing import run_write

        values = dialog.values()
        self.set_person(dialog.person())
        # Recorded as the person who declares, never as the computer's login.
        room = self.room.as_person(dialog.person())
        try:
            incident_id = run_write(
                self,
                room.store,
                lambda: room.declare(
                    str(values["title"]),
                    str(values["priority"]),
                    impact_what=str(values["impact_what"]),
                    impact_who=str(values["impact_who"]),
                    impact_count=values["impact_count"],  # type: ignore[arg-type]
                    services=list(values["services"]),  # type: ignore[call-overload]
                ),
            )
        except UserError as exc:
            self.statusBar().showMessage(exc.message, 10_000)
            return
        protocol = values.get("protocol")
        if protocol is not None:
            # The shared checklist starts from the chosen protocol (one event for all its
            # items, so the declaration stays on top); items can be added later.
            try:
                run_write(
                    self,
                    room.store,
                    lambda: room.add_checklist(
                        incident_id,
                        protocol.checklist(),  # type: ignore[attr-defined]
                        protocol=protocol.title,  # type: ignore[attr-defined]
                    ),
                )
            except UserError as exc:
                self.statusBar().showMessage(exc.message, 10_000)
        self.feed.poll()
        self.ask_seat(incident_id)

    def load_demo(self) -> None:
        from warroom.demo import create_demo_incident

        QApplication.setOverrideCursor(self.cursor())
        try:
            # Live and mid-diagnosis, so every panel and countdown has something to show.
            incident_id = create_demo_incident(self.room, live_at_minute=DEMO_LIVE_MINUTE)
        finally:
            QApplication.restoreOverrideCursor()
        self.feed.poll()
        row = next(
            (
                r
                for r in range(self.start.model.rowCount())
                if self.start.model.summary(r).id == incident_id
            ),
            0,
        )
        self.start.view.selectRow(row)

    def ask_seat(self, incident_id: int) -> None:
        from warroom.snapshot import load_snapshot

        try:
            summary = self.room.incident(incident_id)
            snapshot = load_snapshot(self.room.store, incident_id)
        except UserError as exc:
            self.cannot_open(incident_id, exc)
            return
        holders = {r: snapshot.holders(r.value) for r in Role}
        from warroom.ui.seat_dialog import SeatDialog

        dialog = SeatDialog(summary.title, self.person, self.default_role, holders, self)
        dialog.accepted.connect(lambda: self._sit_down(incident_id, dialog.person(), dialog.role()))
        self.seat_dialog = dialog
        # Not modal: the room behind it keeps working while somebody sits down.
        dialog.setModal(False)
        dialog.show()

    def cannot_open(self, incident_id: int, exc: UserError) -> None:
        """A record the database cannot read: a calm sentence on the start screen."""
        self.show_start()
        self.start.say(
            self.tr("Incident #{0} cannot be opened: {1}").format(incident_id, exc.message)
            + (f" — {exc.hint}" if exc.hint else "")
        )

    def _sit_down(self, incident_id: int, person: str, role: Role) -> None:
        try:
            self.take_seat(incident_id, person, role)
        except UserError as exc:
            self.cannot_open(incident_id, exc)

    def take_seat(
        self, incident_id: int, person: str, role: Role, *, record: bool = True
    ) -> IncidentView:
        """Sit down at an incident as ``person`` in ``role``; the role is recorded if new.

        ``record=False`` only looks (the smoke check must not write to anyone's record).
        """
        from warroom.ui.incident_view import IncidentView
        from warroom.ui.writing import run_write

        seat_room = self.room.as_person(person, role)
        if self.incident_view is not None:
            self.stack.removeWidget(self.incident_view)
            self.incident_view.deleteLater()
        self.incident_view = IncidentView(seat_room, incident_id, self.feed, role, self.stack)
        if record and person not in self.incident_view.state.snapshot.holders(role.value):
            view_room = self.incident_view.room
            try:
                run_write(
                    self, view_room.store, lambda: view_room.assign_role(incident_id, role, person)
                )
            except UserError as exc:
                self.statusBar().showMessage(exc.message, 10_000)
            self.feed.poll()
        if record:
            self.set_person(person)
        self.feed.sit(self.room.actor.seat, person, role.value, incident_id)
        self.stack.addWidget(self.incident_view)
        self.stack.setCurrentWidget(self.incident_view)
        self.update_title()
        if self._open_at_event is not None:  # opened from a search result
            self.incident_view.timeline.show_number(self._open_at_event)
            self._open_at_event = None
        return self.incident_view

    def show_search(self, text: str = "") -> None:
        """Search every incident (Ctrl+Shift+F anywhere); a result opens at its event."""
        from warroom.ui.search import SearchWindow

        if self.search_window is None:
            self.search_window = SearchWindow(self.room, self)
            self.search_window.open_requested.connect(self.open_at_event)
        if isinstance(text, str) and text.strip():
            self.search_window.search_for(text)
        self.search_window.open()
        self.search_window.query.setFocus()

    def show_catalogue(self) -> None:
        from warroom.ui.catalogue import CatalogueWindow

        self.catalogue_window = CatalogueWindow(self.room, self)
        self.catalogue_window.open()

    def show_blast_radius(self) -> None:
        """What depends on the open incident's services, drawn (Ctrl+Shift+B)."""
        if self.incident_view is None:
            self.statusBar().showMessage(
                self.tr("Open an incident first: the blast radius is of its services."), 5000
            )
            return
        from warroom.ui.blast_radius import BlastRadiusWindow

        services = list(self.incident_view.state.snapshot.services)
        self.blast_window = BlastRadiusWindow(self.room.catalogue(), services, self)
        self.blast_window.open()

    def open_at_event(self, incident_id: int, number: int) -> None:
        view = self.incident_view
        if view is not None and view.incident_id == incident_id:
            self.stack.setCurrentWidget(view)
            view.timeline.show_number(number)
            return
        self._open_at_event = number
        self.ask_seat(incident_id)

    def open_latest_incident(self) -> None:
        """For --smoke: sit at the first incident of the list, if there is one."""
        incidents = self.room.list_incidents()
        if incidents:
            self.take_seat(incidents[0].id, self.room.actor.person, self.default_role, record=False)

    def show_start(self) -> None:
        if not self.is_open:
            return
        self.stack.setCurrentWidget(self.start)
        self.update_title()
        self.start.setFocus()

    def show_panel(self, role: Role) -> None:
        if self.incident_view is not None:
            self.stack.setCurrentWidget(self.incident_view)
            self.incident_view.show_panel(role)

    def _in_view(self, method: str) -> None:
        if self.incident_view is None:
            self.statusBar().showMessage(self.tr("Open an incident first."), 5000)
            return
        self.stack.setCurrentWidget(self.incident_view)
        getattr(self.incident_view, method)()

    def show_wall(self) -> None:
        if self.incident_view is None:
            self.statusBar().showMessage(self.tr("Open an incident first."), 5000)
            return
        from warroom.ui.wall import WallDisplay

        if self.wall is not None:
            self.wall.close()
        self.wall = WallDisplay(self.incident_view.state)
        self.wall.showFullScreen()

    def show_trainer(self, scenario: str | None = None, speed: float | None = None) -> None:
        from warroom.ui.trainer import TrainerConsole

        if self.trainer is None:
            # The console never takes over this window: the open incident may be real.
            self.trainer = TrainerConsole(self.room, self.feed)
        if scenario:
            self.trainer.choose(scenario)
        if speed:
            self.trainer.speed.setValue(speed)
        self.trainer.show()

    def show_dashboard(self) -> None:
        from warroom.ui.dashboard import Dashboard

        if self.dashboard is None:
            self.dashboard = Dashboard(self.room)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()

    def toggle_dark(self) -> None:
        dark = self.dark_action.isChecked()
        settings().setValue("dark", dark)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, dark)

    def toggle_sound(self) -> None:
        settings().setValue("sound", self.sound_action.isChecked())

    # -- time and trouble -----------------------------------------------------

    def update_title(self) -> None:
        """The countdown in the title bar: seen in the taskbar and the window switcher."""
        view = self.incident_view
        if view is None or self.stack.currentWidget() is not view:
            self.setWindowTitle(self.tr("Incidents"))
            return
        title = view.state.snapshot.title
        due = view.state.update_countdown()
        if due is None:
            self.setWindowTitle(title)
        elif due.state is DueState.OVERDUE:
            self.setWindowTitle(
                self.tr("UPDATE OVERDUE {0} · {1}").format(format_span(due.overdue_by), title)
            )
        else:
            self.setWindowTitle(
                self.tr("Next update in {0} · {1}").format(format_span(due.remaining), title)
            )

    def _check_overdue(self) -> None:
        view = self.incident_view
        if view is None:
            return
        from warroom.report.describe import local_time

        due = view.state.update_countdown()
        if due is not None and due.state is DueState.OVERDUE:
            self.alerts.overdue(
                view.incident_id,
                due.deadline,
                view.state.snapshot.title,
                self.tr("the status update promised for {0} is overdue").format(
                    local_time(due.deadline)
                ),
            )

    def tick(self) -> None:
        self.update_title()
        self._check_overdue()
        if self.is_open and self.stack.currentWidget() is self.start:
            self.start.model.tick()
        if self.incident_view is not None:
            self.incident_view.tick()
        if self.wall is not None and self.wall.isVisible():
            self.wall.tick()

    def _trouble(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(
                self.tr("Cannot read the record: {0}. Retrying…").format(message)
            )
        else:
            self.statusBar().showMessage(self.tr("The record is reachable again."), 5000)

    # -- layout remembered per user -----------------------------------------

    def _restore_layout(self) -> bool:
        """Put the window where this user left it; False the first time."""
        store = settings()
        geometry = store.value("geometry")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        state = store.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        return restored

    def ask_room(self) -> None:
        """Join a shared room; the app opens it in a new window in place of this one."""
        from warroom.ui.join_room import JoinRoomDialog

        self.join_dialog = JoinRoomDialog(self)
        self.join_dialog.join.connect(self.room_requested)
        self.join_dialog.open()

    def _show_offline(self, text: str) -> None:
        self.offline_text.setText(text)
        self.offline_text.setVisible(bool(text))

    def _show_presence(self, present: list[Presence]) -> None:
        here = [p for p in present if not p.gone]
        gone = [p for p in present if p.gone]
        text = self.tr("In the room: {0}").format(
            ", ".join(f"{p.person} ({role_name(p.role)})" for p in here) or self.tr("only you")
        )
        if gone:
            text += self.tr("  ·  not heard from: {0}").format(", ".join(p.person for p in gone))
        self.presence_text.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("window_state", self.saveState())
        if not self.is_open:  # closed before its record opened: nothing else to end
            self.ticker.stop()
            super().closeEvent(event)
            return
        seen_in_the_room = self.feed.live and self.feed.healthy
        self.offline.close()
        self.feed.stop()
        # Work started from this window (a record check, an export, Trends) ends with it,
        # rather than running on against a record the window no longer shows.
        QThreadPool.globalInstance().waitForDone(60_000)
        self.ticker.stop()
        if seen_in_the_room:
            with contextlib.suppress(UserError):
                self.room.leave()  # gone from the others' list at once, not after a time-out
        if self.wall is not None:
            self.wall.close()
        if self.dashboard is not None:
            self.dashboard.close()
        if self.trainer is not None:
            self.trainer.shut_down()
        super().closeEvent(event)
