"""Fixtures for driving the real windows offscreen, as a person would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.resources import resource
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.store.repository import Actor
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.translation import install_language, remove_language


@pytest.fixture(autouse=True)
def delete_closed_windows(qtbot: QtBot) -> Iterator[None]:
    """Really delete what a test closed: deleteLater waits for an event loop that tests never
    run, and every widget left alive makes each later restyle (the palette switch) slower."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def compile_translations() -> None:
    """What `make translations` does for the widgets, when pytest runs without make: a .qm
    missing or older than its .ts is built again (the tests read the translations)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(resource("i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if lrelease.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The interface as it starts in English: the source texts and their plural forms."""
    compile_translations()
    install_language(qapp, "en")
    yield
    remove_language(qapp)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """``speak("de")`` installs the German translators (as the app does before its first
    window); back to English after the test, so no later test sees a translated text."""

    def install(lang: str) -> str:
        return install_language(qapp, lang)

    yield install
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, room: WarRoom) -> Iterator[MainWindow]:
    win = MainWindow(room)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    # Shortcuts (Alt+N, Ctrl+L) reach only the active window, and the window system
    # activates a shown window later, in an event: under load a key sent at once was lost.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


@pytest.fixture
def seated(window: MainWindow, incident: int) -> IncidentView:
    """The lead's seat at the declared incident."""
    return window.take_seat(incident, "Dana Lead", Role.LEAD)


@pytest.fixture
def second_seat(qtbot: QtBot, db_path: Path, clock: SimulatedClock) -> Iterator[MainWindow]:
    """Another seat in the same room: its own connection and change feed on the same file."""
    other = WarRoom.open(str(db_path), clock=clock, actor=Actor("Sam Scribe", "", "seat-2"))
    win = MainWindow(other)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    other.close()
