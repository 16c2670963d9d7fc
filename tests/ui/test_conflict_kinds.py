"""Every kind of edit, at two seats: the later one is never written over the earlier without a word.

Seat B is the window (Dana Lead). B begins an edit (picks, types) of something
on screen; seat A (Ana Ahmadi, another connection to the same record) changes
the same thing; B's screen learns of it through its change feed while B is
still editing; B saves. B is asked, in the real dialog, with A's change, A's
name and the time; "Keep theirs" leaves A's change (and the form shows it),
"Apply mine on top" writes B's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conflict_dialog import answer_dialog, pick, retype
from warroom.core.clock import SimulatedClock
from warroom.core.errors import EditConflict
from warroom.core.vocabulary import Role, SpecDimension
from warroom.report.describe import both_times
from warroom.room import WarRoom
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store.repository import Actor
from warroom.ui.conflict import conflict_box
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.panel_names import REPORT
from warroom.ui.seen_before import SeenBefore

Uids = dict[str, str]


def prepare(room: WarRoom, incident: int) -> Uids:
    """One of everything a seat can edit, written before either seat begins."""
    uids = {
        "item": room.add_checklist_item(incident, "Which plants are affected?"),
        "hypothesis": room.add_hypothesis(incident, "The archive log disk is full"),
        "request": room.request_information(
            incident, need="alert log", why="see the errors", use="match", next_step="fix"
        ),
        "action": room.add_action(incident, "corrective", "Alert on archive space"),
    }
    uids["fix"] = room.record_fix_attempt(
        incident, "Move the archive logs", hypothesis_uid=uids["hypothesis"]
    )
    room.set_spec_line(incident, "what", is_text="order release", is_not_text="invoicing")
    room.set_root_cause(incident, "Archive disk full", how_proven="alert log")
    return uids


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    index = view.model().index(row, 1, QModelIndex())
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.selectionModel().isRowSelected(row, QModelIndex())


def _row(rows: Any, uid: str) -> Any:
    return next(r for r in rows if r.uid == uid)


@dataclass(frozen=True)
class Kind:
    """One kind of edit: how B begins and saves it, A's change, and where the value shows."""

    name: str
    begin: Callable[[QtBot, IncidentView], None]  # B begins (B's own value is typed or picked)
    save: Callable[[QtBot, IncidentView], None]
    by_a: Callable[[WarRoom, int, Uids], None]
    value: Callable[[IncidentSnapshot, Uids], str]
    a_value: str
    b_value: str
    a_words: str  # what the question shows of A's change
    b_words: str  # ... and of B's own, not saved yet
    # The form's field for the value: it keeps what B typed while A's change arrives,
    # and shows A's change once B keeps theirs.
    field: Callable[[IncidentView], str] | None = None


def _begin_status(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.LEAD)
    pick(qtbot, v.lead.status, "mitigating")
    qtbot.keyClicks(v.lead.status_note, "failover running")


def _begin_priority(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.LEAD)
    pick(qtbot, v.lead.priority, "Major")
    qtbot.keyClicks(v.lead.priority_reason, "one plant only")


def _begin_impact(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.LEAD)
    qtbot.mouseClick(v.lead.impact_toggle, Qt.MouseButton.LeftButton)
    retype(qtbot, v.lead.impact_what, "Plant Nord cannot release orders")


def _begin_tick(qtbot: QtBot, v: IncidentView) -> None:
    click_row(qtbot, v.checklist.view, 0)
    qtbot.keyClicks(v.checklist.result, "Nord only")


def _begin_spec(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.DIAGNOSTICIAN)
    panel = v.diagnostician
    panel.pages.setCurrentWidget(panel.specification)
    retype(qtbot, panel.specification.fields[SpecDimension.WHAT][0], "order release at Nord")


def _begin_hypothesis(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.DIAGNOSTICIAN)
    panel = v.diagnostician
    click_row(qtbot, panel.hypothesis_view, 0)
    pick(qtbot, panel.hypothesis_status, "ruled_out")
    qtbot.keyClicks(panel.status_reason, "disk has 40 % free")


def _begin_outcome(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.DIAGNOSTICIAN)
    panel = v.diagnostician
    click_row(qtbot, panel.fix_view, 0)
    pick(qtbot, panel.outcome, "failed")
    qtbot.keyClicks(panel.outcome_note, "still stuck")


def _begin_answer(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(Role.DIAGNOSTICIAN)
    panel = v.diagnostician
    panel.pages.setCurrentWidget(panel.requests)
    click_row(qtbot, panel.requests.view, 0)
    qtbot.keyClicks(panel.requests.answer, "log sent by mail")


def _begin_action(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(REPORT)
    click_row(qtbot, v.postmortem.action_view, 0)
    pick(qtbot, v.postmortem.action_status, "done")


def _begin_cause(qtbot: QtBot, v: IncidentView) -> None:
    v.show_panel(REPORT)
    retype(qtbot, v.postmortem.cause, "A cron job filled the disk")


def _click(button: Callable[[IncidentView], Any]) -> Callable[[QtBot, IncidentView], None]:
    return lambda qtbot, v: qtbot.mouseClick(button(v), Qt.MouseButton.LeftButton)


KINDS = [
    Kind(
        "status",
        _begin_status,
        _click(lambda v: v.lead.status_button),
        lambda a, i, u: a.change_status(i, "investigating", "Ana is on it"),
        lambda s, u: s.status,
        "investigating",
        "mitigating",
        "Status declared → investigating — Ana is on it",
        "Status investigating → mitigating — failover running",
    ),
    Kind(
        "priority",
        _begin_priority,
        _click(lambda v: v.lead.priority_button),
        lambda a, i, u: a.change_priority(i, "Critical", "two plants down"),
        lambda s, u: s.priority,
        "Critical",
        "Major",
        "Priority Blocker → Critical — two plants down",
        "Priority Critical → Major — one plant only",
    ),
    Kind(
        "impact",
        _begin_impact,
        _click(lambda v: v.lead.impact_save),
        lambda a, i, u: a.update_impact(i, impact_what="No plant can release orders"),
        lambda s, u: s.impact_what,
        "No plant can release orders",
        "Plant Nord cannot release orders",
        "No plant can release orders",
        "what the customer cannot do: Plant Nord cannot release orders",
        lambda v: v.lead.impact_what.text(),
    ),
    Kind(
        "checklist item",
        _begin_tick,
        _click(lambda v: v.checklist.tick_button),
        lambda a, i, u: a.tick_checklist_item(i, u["item"], "Nord and Süd"),
        lambda s, u: _row(s.checklist, u["item"]).result,
        "Nord and Süd",
        "Nord only",
        "✓ Which plants are affected? — Nord and Süd",
        "✓ Which plants are affected? — Nord only",
    ),
    Kind(
        "specification line",
        _begin_spec,
        _click(lambda v: v.diagnostician.specification.save_buttons[SpecDimension.WHAT]),
        lambda a, i, u: a.set_spec_line(
            i, "what", is_text="order release, all plants", is_not_text="invoicing"
        ),
        lambda s, u: s.spec[0].is_text,
        "order release, all plants",
        "order release at Nord",
        "IS order release, all plants",
        "IS order release at Nord",
        lambda v: v.diagnostician.specification.fields[SpecDimension.WHAT][0].text(),
    ),
    Kind(
        "hypothesis status",
        _begin_hypothesis,
        _click(lambda v: v.diagnostician.status_button),
        lambda a, i, u: a.set_hypothesis_status(
            i, u["hypothesis"], "confirmed", "ORA-00257 in the alert log"
        ),
        lambda s, u: _row(s.hypotheses, u["hypothesis"]).status,
        "confirmed",
        "ruled_out",
        "H1 → confirmed — ORA-00257 in the alert log",
        "H1 → ruled out — disk has 40 % free",
    ),
    Kind(
        "fix outcome",
        _begin_outcome,
        _click(lambda v: v.diagnostician.outcome_button),
        lambda a, i, u: a.record_fix_outcome(i, u["fix"], "worked", "orders flow again"),
        lambda s, u: _row(s.fixes, u["fix"]).outcome,
        "worked",
        "failed",
        "worked — orders flow again",
        "failed — still stuck",
    ),
    Kind(
        "request answer",
        _begin_answer,
        _click(lambda v: v.diagnostician.requests.answer_button),
        lambda a, i, u: a.answer_request(i, u["request"], "log attached to the ticket"),
        lambda s, u: _row(s.requests, u["request"]).answer,
        "log attached to the ticket",
        "log sent by mail",
        "Answer: log attached to the ticket",
        "Answer: log sent by mail",
    ),
    Kind(
        "action status",
        _begin_action,
        _click(lambda v: v.postmortem.action_status_button),
        lambda a, i, u: a.set_action_status(i, u["action"], "in_progress"),
        lambda s, u: _row(s.actions, u["action"]).status,
        "in_progress",
        "done",
        "Action item → in progress",
        "Action item → done",
    ),
    Kind(
        "root cause",
        _begin_cause,
        _click(lambda v: v.postmortem.cause_button),
        lambda a, i, u: a.set_root_cause(i, "A full archive volume", how_proven="df output"),
        lambda s, u: s.root_cause.cause if s.root_cause else "",
        "A full archive volume",
        "A cron job filled the disk",
        "A full archive volume",
        "Root cause: A cron job filled the disk",
        lambda v: v.postmortem.cause.toPlainText(),
    ),
]


def other_seat(url: str, clock: SimulatedClock) -> WarRoom:
    return WarRoom.open(url, clock=clock, actor=Actor("Ana Ahmadi", "diagnostician", "seat-A"))


def edit_at_two_seats(
    qtbot: QtBot,
    view: IncidentView,
    a: WarRoom,
    clock: SimulatedClock,
    uids: Uids,
    kind: Kind,
    choice: str,
) -> None:
    """B begins, A changes the same thing, B saves and answers the question with ``choice``."""
    incident = view.state.incident_id
    kind.begin(qtbot, view)
    typed = kind.field(view) if kind.field else None
    clock.advance(timedelta(minutes=7))
    at = clock.now()
    kind.by_a(a, incident, uids)
    view.seat.feed.poll()  # B's screen learns of A's change while B is still editing
    assert kind.value(view.state.snapshot, uids) == kind.a_value
    if kind.field:
        assert kind.field(view) == typed, "what B typed is never replaced under B's hands"

    said: list[str] = []
    answer_dialog(qtbot, choice, said)
    kind.save(qtbot, view)

    [question] = said
    assert question.startswith("Changed by another seat\n")
    assert "Ana Ahmadi (Diagnostician) changed" in question
    assert kind.a_words in question
    theirs, _, mine = question.partition("Yours, not saved yet:")
    assert f"Theirs, at {both_times(at)}\nfrom seat seat-A:\n" in theirs
    assert kind.a_words in theirs
    assert kind.b_words in mine
    assert QApplication.activeModalWidget() is None
    keep = choice == "Keep theirs"
    expected = kind.a_value if keep else kind.b_value
    assert kind.value(view.state.snapshot, uids) == expected
    assert kind.value(load_snapshot(a.store, incident), uids) == expected
    feedback = view.findChildren(type(view.checklist.feedback))
    said_to_b = [f.text() for f in feedback if f.isVisible()]
    if keep:
        assert "Kept Ana Ahmadi's change." in said_to_b
        if kind.field:
            assert kind.field(view) == kind.a_value, "the form shows what was kept"


@pytest.fixture
def uids(room: WarRoom, incident: int) -> Uids:
    return prepare(room, incident)


@pytest.fixture
def seat_a(db_path: Path, clock: SimulatedClock) -> Iterator[WarRoom]:
    a = other_seat(str(db_path), clock)
    yield a
    a.close()


@pytest.mark.parametrize("choice", ["Keep theirs", "Apply mine on top"])
@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_a_stale_edit_asks_before_it_overwrites(
    qtbot: QtBot,
    uids: Uids,
    seated: IncidentView,
    seat_a: WarRoom,
    clock: SimulatedClock,
    kind: Kind,
    choice: str,
) -> None:
    edit_at_two_seats(qtbot, seated, seat_a, clock, uids, kind, choice)


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_an_edit_of_what_is_on_screen_just_happens(
    qtbot: QtBot, uids: Uids, seated: IncidentView, seat_a: WarRoom, kind: Kind
) -> None:
    """No other seat changed it: no question, B's change is written."""
    kind.begin(qtbot, seated)
    kind.save(qtbot, seated)
    assert QApplication.activeModalWidget() is None
    assert kind.value(seated.state.snapshot, uids) == kind.b_value
    assert kind.value(load_snapshot(seat_a.store, seated.state.incident_id), uids) == kind.b_value


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_two_seats_on_postgresql(
    qtbot: QtBot, postgres_url: str, clock: SimulatedClock, kind: Kind
) -> None:
    """The same at two seats of a room on a real PostgreSQL server."""
    b = WarRoom.open(postgres_url, clock=clock, actor=Actor("Dana Lead", "lead", "seat-B"))
    a = other_seat(postgres_url, clock)
    window = MainWindow(b)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    try:
        incident = a.declare(
            "ERP down: production line stopped",
            "Blocker",
            impact_what="Plant cannot release production orders",
        )
        uids = prepare(a, incident)
        view = window.take_seat(incident, "Dana Lead", Role.LEAD)
        edit_at_two_seats(qtbot, view, a, clock, uids, kind, "Apply mine on top")
        assert a.verify(incident) is None
    finally:
        window.close()
        # A "seen this before?" lookup still pending would open a connection on the
        # closed room after the test (and leak it): let none start, let all finish.
        for finder in window.findChildren(SeenBefore):
            finder.pause.stop()
        QThreadPool.globalInstance().waitForDone()
        a.close()
        b.close()


def test_the_question_shows_names_and_typed_text_as_typed(qtbot: QtBot) -> None:
    conflict = EditConflict(
        "the root cause",
        number=9,
        kind="root_cause.set",
        author="<b>Eve</b>",
        role="",
        seat="seat-A",
        at=datetime(2026, 11, 24, 3, 7, tzinfo=UTC),
        payload={"cause": "x" * 5000, "how_proven": ""},
    )
    box, apply, keep = conflict_box(None, conflict, "Root cause: <i>mine</i>")
    qtbot.addWidget(box)
    assert box.defaultButton() is keep and apply.text() == "Apply mine on top"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith("<b>Eve</b> changed the root cause")
    assert "“Root cause: <i>mine</i>”" in box.informativeText()
    assert len(box.informativeText()) < 1000  # an essay is cut short; the form has it all


def test_a_save_that_failed_keeps_the_edit_begun(
    qtbot: QtBot, uids: Uids, seated: IncidentView, seat_a: WarRoom, clock: SimulatedClock
) -> None:
    """An empty root cause is refused; the retry is still based on what B first saw."""
    panel = seated.postmortem
    seated.show_panel(REPORT)
    retype(qtbot, panel.cause, "x")
    qtbot.keyClick(panel.cause, Qt.Key.Key_Backspace)
    qtbot.mouseClick(panel.cause_button, Qt.MouseButton.LeftButton)
    assert "root cause is empty" in panel.feedback.text()
    seat_a.set_root_cause(seated.state.incident_id, "A full archive volume", how_proven="df")
    seated.seat.feed.poll()
    assert panel.cause.toPlainText() == ""  # B's form is still B's
    said: list[str] = []
    answer_dialog(qtbot, "Keep theirs", said)
    qtbot.keyClicks(panel.cause, "A cron job filled the disk")
    qtbot.mouseClick(panel.cause_button, Qt.MouseButton.LeftButton)
    [question] = said
    assert "Root cause: A full archive volume" in question
    assert panel.cause.toPlainText() == "A full archive volume"


def test_my_impact_applied_on_top_keeps_the_fields_i_left_alone(
    qtbot: QtBot, uids: Uids, seated: IncidentView, seat_a: WarRoom
) -> None:
    _begin_impact(qtbot, seated)  # B changes what the customer cannot do, nothing else
    seat_a.update_impact(seated.state.incident_id, impact_who="Both plants", impact_count=900)
    seated.seat.feed.poll()
    said: list[str] = []
    answer_dialog(qtbot, "Apply mine on top", said)
    qtbot.mouseClick(seated.lead.impact_save, Qt.MouseButton.LeftButton)
    [question] = said
    assert question.endswith(
        "“Business impact updated: what the customer cannot do: Plant Nord cannot release orders”"
    )
    s = seated.state.snapshot
    assert (s.impact_what, s.impact_who, s.impact_count) == (
        "Plant Nord cannot release orders",
        "Both plants",
        900,
    )
