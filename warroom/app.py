"""The Qt bootstrap: application, crash handling, the main window."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from warroom import __version__
from warroom.core.errors import UserError
from warroom.room import WarRoom, default_seat
from warroom.store.repository import Actor

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


def run_gui(
    db: str | None = None,
    role: str | None = None,
    wall: bool = False,
    smoke: bool = False,
    started: float | None = None,
    exercise: tuple[str, float] | None = None,
) -> int:
    started = time.perf_counter() if started is None else started
    app = make_application()
    from warroom.ui.main_window import MainWindow
    from warroom.ui.settings import settings
    from warroom.ui.theme import apply_theme, preferred_dark
    from warroom.ui.translation import chosen_language, install_language

    install_language(app, chosen_language())
    apply_theme(app, dark=preferred_dark())
    # The person is who they said they are, never the computer's login name;
    # until they say, the room writes nothing in a person's name (see MainWindow.ask_name).
    person = " ".join(str(settings().value("person", "") or "").split())
    try:
        room = WarRoom.open(db, actor=Actor(person or "warroom", role or "", default_seat()))
    except UserError as exc:
        if smoke:
            print(f"warroom: {exc.message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "warroom", _user_error_text(exc))
        return exc.exit_code
    if not smoke:
        _install_excepthook()
    window = MainWindow(room, role=role)
    if smoke:
        window.open_latest_incident()
    if wall:
        window.show_wall()
    if exercise is not None:
        key, speed = exercise
        window.show_trainer(key, speed)
        assert window.trainer is not None
        window.trainer.start()
    window.show()
    if not smoke and not person:
        window.ask_name()
    if smoke:
        app.processEvents()
        window.grab()  # paints every visible widget once
        elapsed = time.perf_counter() - started
        print(f"start-up to painted window: {elapsed * 1000:.0f} ms", flush=True)
        window.close()
        room.close()
        return 0
    _go_live(window)
    QTimer.singleShot(0, _move_secrets_out_of_settings)
    windows = [window]
    window.room_requested.connect(lambda address: _join(windows, address))
    code = app.exec()
    windows[-1].room.close()
    return code


def _go_live(window: MainWindow) -> None:
    # With the window as context: nothing runs if it is gone before the timer fires.
    QTimer.singleShot(0, window, window.feed.start)
    QTimer.singleShot(0, window, window.offline.resume)


def _join(windows: list[MainWindow], address: str) -> MainWindow | None:
    """Open the room at ``address`` in a new window; the old one closes once it is open."""
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
