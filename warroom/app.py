"""The Qt bootstrap: application, crash handling, the main window.

Start-up paints the window's frame first and opens the record into it a moment
later (``MainWindow.when_painted``): the record, SQLAlchemy and the room are
imported only after the first frame is on screen.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from warroom import __version__
from warroom.core.errors import UserError

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(show: Callable[[bool, str], None]) -> ExceptHook:
    """A bug in a slot must not kill the war room: log it, say where, keep running.

    ``show(is_bug, text)`` tells the person; a user error is said as it is.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            show(False, _user_error_text(exc))
            return
        from warroom.crash import crash_message, write_crash_log

        path = write_crash_log(exc_type, exc, tb)
        sys.stderr.write(crash_message(path) + "\n")
        show(True, crash_message(path))

    return hook


def _show_in_dialog(is_bug: bool, text: str) -> None:
    if is_bug:
        QMessageBox.critical(None, "warroom", text)
    else:
        QMessageBox.warning(None, "warroom", text)


def _install_excepthook() -> None:
    sys.excepthook = make_excepthook(_show_in_dialog)


def _user_error_text(exc: UserError) -> str:
    return exc.message + (f"\n\n{exc.hint}" if exc.hint else "")


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("warroom")
    app.setApplicationDisplayName("warroom")
    app.setOrganizationName("warroom")
    app.setApplicationVersion(__version__)
    return app


if TYPE_CHECKING:
    from warroom.ui.main_window import MainWindow


def _move_secrets_out_of_settings() -> None:
    """After the first paint (the keyring is slow to find): an old webhook address leaves
    the settings file for the keyring. Without a keyring it stays until one is there."""
    from warroom.ui.channels import move_webhook_to_keyring

    with contextlib.suppress(UserError):
        move_webhook_to_keyring()


# For tests (never timed): with ``gui --smoke``, the modules loaded when the first
# frame was painted are written as JSON to the file this names.
MODULES_AT_FIRST_FRAME = "WARROOM_MODULES_AT_FIRST_FRAME"


def run_gui(
    db: str | None = None,
    role: str | None = None,
    wall: bool = False,
    smoke: bool = False,
    started: float | None = None,
    exercise: tuple[str, float] | None = None,
) -> int:
    started = time.perf_counter() if started is None else started
    # Start-up builds ~100,000 objects that live as long as the app (Qt's
    # wrappers, SQLAlchemy, the models, the window) and almost no cyclic garbage: the
    # collector's passes over them were ~50 ms of the ready window (~58 ms in 200
    # passes, ~1,300 objects freed). Off until the window is ready.
    gc.disable()
    try:
        return _run_gui(db, role, wall, smoke, started, exercise)
    finally:
        if not gc.isenabled():  # start-up ended early (an error, a smoke run's failure)
            gc.enable()


def _run_gui(
    db: str | None,
    role: str | None,
    wall: bool,
    smoke: bool,
    started: float,
    exercise: tuple[str, float] | None,
) -> int:
    app = make_application()
    from warroom.ui.main_window import MainWindow
    from warroom.ui.theme import apply_theme, preferred_dark
    from warroom.ui.translation import chosen_language, install_language

    install_language(app, chosen_language())
    apply_theme(app, dark=preferred_dark())
    # The frame first, at its final size: the record fills it in once it is on screen.
    window = MainWindow(role=role)
    window.show()
    opening = Opening(window, db, role, wall=wall, smoke=smoke, exercise=exercise, end=app.exit)
    if smoke:
        app.processEvents()
        window.grab()  # paints every visible widget once
        _said("first frame painted", started)
        _note_modules()
        if not opening.open():
            return opening.exit_code
        app.processEvents()
        window.grab()
        _said("ready, start-up to painted window", started)
        collect_from_now_on()
        window.close()
        window.room.close()
        return 0
    _install_excepthook()
    window.when_painted(lambda: _open_then_collect(opening))
    windows = [window]
    window.room_requested.connect(lambda address: _join(windows, address))
    code = app.exec()
    if opening.exit_code:
        return opening.exit_code
    if windows[-1].is_open:
        windows[-1].room.close()
    return code


# After the record is open, the window's next paint; a margin, never a measured wait.
COLLECT_AFTER_OPEN_MS = 1000


def _open_then_collect(opening: Opening) -> None:
    try:
        opening.open()
    finally:
        QTimer.singleShot(COLLECT_AFTER_OPEN_MS, collect_from_now_on)


def collect_from_now_on() -> None:
    """The cyclic collector back on, after start-up: the little garbage start-up left is
    collected in one pass, and what it built is frozen out of every later pass
    (``gc.freeze``), so those stay as short as before the app had started."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _said(what: str, started: float) -> None:
    print(f"{what}: {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)


def _note_modules() -> None:
    path = os.environ.get(MODULES_AT_FIRST_FRAME)
    if path:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)


class Opening:
    """Opens the record into a painted frame: the room, the start screen, and what the
    command line asked for (an incident for ``--smoke``, the wall, an exercise).

    An error is said as before the frame existed: a dialog (or, for ``--smoke``, a line
    on stderr), then the app ends with the error's exit code.
    """

    def __init__(
        self,
        window: MainWindow,
        db: str | None,
        role: str | None,
        *,
        wall: bool = False,
        smoke: bool = False,
        exercise: tuple[str, float] | None = None,
        end: Callable[[int], None] | None = None,
    ) -> None:
        self.window = window
        self.db = db
        self.role = role
        self.wall = wall
        self.smoke = smoke
        self.exercise = exercise
        self.exit_code = 0
        # Ends the running app with the error's code; given by run_gui only, since an
        # exit outside QApplication.exec() would stop every event loop that comes after.
        self.end = end

    def open(self) -> bool:
        """True when the record is open in the window; False when the person was told why not."""
        from warroom.room import WarRoom, default_seat
        from warroom.store.repository import Actor
        from warroom.ui.settings import settings

        window = self.window
        # The person is who they said they are, never the computer's login name;
        # until they say, the room writes nothing in a person's name (see MainWindow.ask_name).
        person = " ".join(str(settings().value("person", "") or "").split())
        try:
            room = WarRoom.open(
                self.db, actor=Actor(person or "warroom", self.role or "", default_seat())
            )
        except UserError as exc:
            self._fail(exc)
            return False
        try:
            window.attach(room)
            if self.smoke:
                window.open_latest_incident()
            if self.wall:
                window.show_wall()
            if self.exercise is not None:
                key, speed = self.exercise
                window.show_trainer(key, speed)
                assert window.trainer is not None
                window.trainer.start()
        except UserError as exc:
            if self.smoke:
                raise  # said on stderr by the command line, as any command's error
            self._fail(exc)
            room.close()
            return False
        if not self.smoke:
            if not person:
                window.ask_name()
            _go_live(window)
            QTimer.singleShot(0, _move_secrets_out_of_settings)
        return True

    def _fail(self, exc: UserError) -> None:
        self.exit_code = exc.exit_code
        if self.smoke:
            print(f"warroom: {exc.message}", file=sys.stderr)
            return
        QMessageBox.critical(self.window, "warroom", _user_error_text(exc))
        self.window.close()
        if self.end is not None:
            self.end(exc.exit_code)


def _go_live(window: MainWindow) -> None:
    # With the window as context: nothing runs if it is gone before the timer fires.
    QTimer.singleShot(0, window, window.feed.start)
    QTimer.singleShot(0, window, window.offline.resume)


def _join(windows: list[MainWindow], address: str) -> MainWindow | None:
    """Open the room at ``address`` in a new window; the old one closes once it is open."""
    from warroom.room import WarRoom
    from warroom.rooms import with_stored_password
    from warroom.ui.main_window import MainWindow

    old = windows[-1]
    try:
        room = WarRoom.open(with_stored_password(address), actor=old.room.actor)
    except UserError as exc:
        QMessageBox.warning(old, "warroom", _user_error_text(exc))
        return None
    window = MainWindow(room, role=old.default_role.value)
    window.room_requested.connect(lambda next_address: _join(windows, next_address))
    window.show()
    _go_live(window)
    windows.append(window)
    old.close()
    old.room.close()
    return window
