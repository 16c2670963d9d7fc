""" "Seen this before?" in the diagnostician's panel, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from warroom.core.vocabulary import FixOutcome, Mode, Role
from warroom.room import WarRoom
from warroom.ui.main_window import MainWindow
from warroom.ui.seen_before import SeenBefore


def past(room: WarRoom, title: str, error: str, cause: str, fix: str, **kw: object) -> int:
    incident = room.declare(title, "Critical", impact_what="Orders stuck", **kw)  # type: ignore[arg-type]
    room.set_spec_line(incident, "what", is_text=error, is_not_text="other plants")
    hypothesis = room.add_hypothesis(incident, cause)
    attempt = room.record_fix_attempt(incident, fix, hypothesis_uid=hypothesis)
    room.record_fix_outcome(incident, attempt, FixOutcome.WORKED)
    room.set_root_cause(incident, cause, how_proven=f"{error} stopped after: {fix}")
    return incident


def archiver_full(room: WarRoom, **kw: object) -> int:
    """The past incident the tests expect to be found: the Oracle archiver stuck."""
    return past(
        room,
        "ERP cannot post goods receipts",
        "ORA-00257: archiver error",
        "archive log destination full",
        "moved archive logs to the spare volume",
        **kw,
    )


def shown(widget: SeenBefore) -> list[list[str]]:
    model = widget.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_typing_the_specification_lists_the_past_incident_and_records_it_as_evidence(
    qtbot: QtBot, window: MainWindow, room: WarRoom, qtmodeltester: ModelTester
) -> None:
    old = archiver_full(room, services=["erp-db"])
    past(room, "Mail delayed", "4.7.0 temporary failure", "greylisting", "allow-list the relay")
    past(
        room,
        "Drill: archiver stuck",
        "ORA-00257: archiver error",
        "rehearsed",
        "rehearsed fix",
        mode=Mode.EXERCISE,
    )
    now = room.declare("ERP hangs when saving", "Blocker", impact_what="No saves")
    view = window.take_seat(now, "Dana Lead", Role.DIAGNOSTICIAN)
    diag = view.diagnostician
    widget = diag.seen_before
    widget.pause.setInterval(0)  # the pause is for people; the test types at once
    with qtbot.waitSignal(widget.updated):
        widget.refresh_now()  # as when the panel opens: from the record alone
    assert shown(widget) == []
    assert "Nothing like this" in widget.title.text()

    with qtbot.waitSignal(widget.updated):
        qtbot.keyClicks(diag.new_hypothesis, "users see ORA-00257 archiver error on save")
    assert shown(widget) == [
        [
            f"#{old}  ERP cannot post goods receipts",
            "",
            "archive log destination full",
            "moved archive logs to the spare volume",
        ]
    ]
    assert widget.title.text() == "Seen this before? 1 past incident looks like this one"
    qtmodeltester.check(widget.model)
    tip = widget.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Proven by: ORA-00257: archiver error stopped after: moved archive logs" in tip

    with qtbot.waitSignal(widget.updated):
        qtbot.mouseClick(widget.exercises, Qt.MouseButton.LeftButton)
    assert len(shown(widget)) == 2

    # save the hypothesis, select it and the past incident, and record "same as"
    qtbot.keyClick(diag.new_hypothesis, Qt.Key.Key_Return)
    diag.hypothesis_view.selectRow(0)
    widget.view.selectRow(
        next(r for r in range(widget.model.rowCount()) if widget.model.record(r).incident_id == old)
    )
    qtbot.mouseClick(widget.same_as, Qt.MouseButton.LeftButton)
    assert widget.feedback.text() == f"Recorded: same as #{old}."
    evidence = view.state.snapshot.hypotheses[0].evidence
    assert [e["text"] for e in evidence] == [
        f"Same as #{old} (ERP cannot post goods receipts); root cause then: archive log "
        "destination full; what fixed it: moved archive logs to the spare volume"
    ]
    assert diag.hypotheses.index(0, 3).data() == "+1 / −0"


def test_same_as_without_a_hypothesis_says_what_to_do(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    past(room, "Billing batch aborted", "E-1207 lock wait timeout", "index missing", "add index")
    now = room.declare("Billing E-1207 lock wait timeout", "Major", impact_what="Invoices late")
    diag = window.take_seat(now, "Dana Lead", Role.DIAGNOSTICIAN).diagnostician
    widget = diag.seen_before
    with qtbot.waitSignal(widget.updated):
        widget.refresh_now()
    assert len(shown(widget)) == 1
    widget.view.selectRow(0)
    qtbot.mouseClick(widget.same_as, Qt.MouseButton.LeftButton)
    assert widget.feedback.text() == "Select the hypothesis this past incident supports first."


def test_an_answer_about_the_text_before_the_last_key_is_not_shown(
    qtbot: QtBot, window: MainWindow, room: WarRoom
) -> None:
    """Regression (a flaky run under load): an answer asked for before a key was typed
    arrived after it, was taken for the answer to the typed text, and showed nothing."""
    old = archiver_full(room)
    now = room.declare("ERP hangs when saving", "Blocker", impact_what="No saves")
    view = window.take_seat(now, "Dana Lead", Role.DIAGNOSTICIAN)
    diag = view.diagnostician
    widget = diag.seen_before
    widget.pause.setInterval(60_000)  # a person still typing: the pause has not ended
    with qtbot.waitSignal(widget.updated):
        widget.refresh_now()
    answers: list[list[list[str]]] = []
    widget.updated.connect(lambda: answers.append(shown(widget)))
    widget.refresh_now()  # asked about the empty field…
    qtbot.keyClicks(diag.new_hypothesis, "users see ORA-00257 archiver error")
    QThreadPool.globalInstance().waitForDone()  # …and answered after a key was typed
    QCoreApplication.processEvents()  # the answer is handed to the window
    assert answers == []  # an answer about the text before is not shown
    with qtbot.waitSignal(widget.updated):
        widget.pause.start(0)  # the pause after the last key ends
    assert [row[0] for row in shown(widget)] == [f"#{old}  ERP cannot post goods receipts"]
