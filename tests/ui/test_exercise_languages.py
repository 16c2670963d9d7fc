"""An exercise read in German and in Japanese: each seat sees the scenario in its language,
while the record keeps what was delivered language-neutral (the number, the English text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_exercise import SPEED, advance_to, injects_panel, seat, start
from warroom.core.clock import SimulatedClock
from warroom.core.i18n import speaking
from warroom.core.vocabulary import EventKind, Role
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow
from warroom.ui.trainer import TrainerConsole


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_a_seat_reads_its_briefing_and_injects_in_its_language_and_the_record_stays_english(
    qtbot: QtBot,
    window: MainWindow,
    room: WarRoom,
    clock: SimulatedClock,
    tmp_path: Path,
    lang: str,
) -> None:
    with speaking(lang):
        window.show_trainer("warehouse-crashes", SPEED)
        console = window.trainer
        assert isinstance(console, TrainerConsole)
        qtbot.addWidget(console)
        incident = start(qtbot, console)
        run = console.run
        assert run is not None
        shown = run.scenario.in_language(lang)
        # The trainer's console: the trainer's summary and the injects in the seat's language.
        assert console.summary.text() == shown.trainer_summary
        assert console.scenario.currentText().startswith(shown.title)
        # The priority as the communication matrix names it in the seat's language.
        label = {"de": "Kritisch", "ja": "致命的"}[lang]
        assert console.scenario.currentText() == f"{shown.title} ({label}, 2:30)"
        texts = [console.injects.record(r).text for r in range(console.injects.rowCount())]
        assert texts == [i.text for i in shown.injects]

        diag = seat(console, qtbot, "Dee Diag", Role.DIAGNOSTICIAN)
        advance_to(console, clock, 6)
        window.feed.poll()
        panel = injects_panel(diag, Role.DIAGNOSTICIAN)
        assert shown.briefing_for(Role.DIAGNOSTICIAN) in panel.briefing.text()
        model = panel.model
        assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == [
            shown.injects[0].text,
            shown.injects[1].text,
        ]
        # The material comes with the inject as it was printed: a log stays a log.
        panel.view.selectRow(1)
        assert panel.data.toPlainText() == shown.injects[1].data
        assert "status=9/KILL" in panel.data.toPlainText()
        diag.window().resize(1100, 800)
        panel.grab().save(str(tmp_path / f"injects-{lang}.png"))
        console.resize(1280, 900)
        console.grab().save(str(tmp_path / f"trainer-{lang}.png"))

    delivered = [e.payload for e in room.store.events(incident) if e.kind == EventKind.INJECT]
    assert [(p["number"], p["text"]) for p in delivered] == [
        (1, run.scenario.injects[0].text),
        (2, run.scenario.injects[1].text),
    ]


def test_an_inject_the_trainer_types_is_shown_as_typed_in_every_language(
    qtbot: QtBot, window: MainWindow, room: WarRoom, clock: SimulatedClock
) -> None:
    with speaking("ja"):
        window.show_trainer("warehouse-crashes", SPEED)
        console = window.trainer
        assert isinstance(console, TrainerConsole)
        qtbot.addWidget(console)
        incident = start(qtbot, console)
        comms = seat(console, qtbot, "Chris Comms", Role.COMMUNICATOR)
        form = console.adhoc
        form.to.setCurrentIndex(form.to.findData("all"))
        qtbot.keyClicks(form.text, "The CEO is on the line.")
        qtbot.keyClick(form.text, Qt.Key.Key_Return)
        window.feed.poll()
        model = injects_panel(comms, Role.COMMUNICATOR).model
        texts = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
        assert texts[-1] == "The CEO is on the line."
        assert texts[0] == console.run.scenario.in_language("ja").injects[0].text  # type: ignore[union-attr]
    assert incident
