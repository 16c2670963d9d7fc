"""Protocols, the problem specification, requests, escalation with its briefing, on call."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from warroom.core.clock import SimulatedClock
from warroom.core.protocol import load_protocol
from warroom.core.vocabulary import FixOutcome, Role, SpecDimension
from warroom.ui.incident_view import IncidentView
from warroom.ui.main_window import MainWindow
from warroom.ui.protocols import user_protocol_dir


def test_a_declared_incident_starts_with_the_chosen_protocol(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.declare_incident()
    dialog = window.declare_dialog
    assert dialog is not None
    assert "Major incident" in dialog.protocol.currentText()
    qtbot.keyClicks(dialog.name, "Dana Lead")
    qtbot.keyClicks(dialog.title, "Warehouse server keeps crashing")
    qtbot.keyClicks(dialog.impact_what, "Orders are picked by hand")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    seat = window.seat_dialog
    assert seat is not None
    qtbot.mouseClick(seat.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    view = window.incident_view
    assert view is not None
    checklist = view.state.snapshot.checklist
    assert len(checklist) >= 10
    assert all(c.need and c.why and c.use and c.next_step for c in checklist)


def test_save_the_checklist_as_a_new_protocol(seated: IncidentView, incident: int) -> None:
    seated.seat.room.add_checklist_item(incident, "Which print queues hang?", need="queue list")
    seated.seat.feed.poll()
    assert seated.checklist.save_as_protocol("Print outage")
    saved = load_protocol(user_protocol_dir() / "print-outage.toml")
    assert saved.title == "Print outage"
    assert [i.title for i in saved.items] == ["Which print queues hang?"]


def test_specification_and_a_hypothesis_worked_from_open_to_confirmed(
    qtbot: QtBot, seated: IncidentView
) -> None:
    diag = seated.diagnostician
    seated.show_panel(Role.DIAGNOSTICIAN)
    diag.pages.setCurrentWidget(diag.specification)
    is_edit, is_not, distinction, change = diag.specification.fields[SpecDimension.WHERE]
    qtbot.keyClicks(is_edit, "Plants Ulm, Graz, Brno")
    qtbot.keyClicks(is_not, "Reads in any plant")
    qtbot.keyClicks(distinction, "only writes need the archive")
    qtbot.keyClick(change, Qt.Key.Key_Return)
    [line] = seated.state.snapshot.spec
    assert (line.dimension, line.is_not_text) == ("where", "Reads in any plant")

    diag.pages.setCurrentIndex(0)
    qtbot.keyClicks(diag.new_hypothesis, "Archive volume full")
    qtbot.keyClick(diag.new_hypothesis, Qt.Key.Key_Return)
    diag.hypothesis_view.selectRow(0)
    for status in ("testing", "confirmed"):
        diag.hypothesis_status.setCurrentIndex(diag.hypothesis_status.findData(status))
        qtbot.keyClicks(diag.status_reason, f"{status}: df shows 100 %")
        if status == "confirmed":
            diag.explains.setChecked(True)
        qtbot.mouseClick(diag.status_button, Qt.MouseButton.LeftButton)
        assert diag.hypotheses.data(diag.hypotheses.index(0, 2)) == status
    [h] = seated.state.snapshot.hypotheses
    assert h.explains_spec is True
    assert diag.hypotheses.data(diag.hypotheses.index(0, 4)) == "yes"


def test_a_request_to_the_customer_needs_all_four_fields(
    qtbot: QtBot, seated: IncidentView
) -> None:
    requests = seated.diagnostician.requests
    qtbot.keyClicks(requests.need, "Job log of the MRP run")
    qtbot.mouseClick(requests.ask_button, Qt.MouseButton.LeftButton)
    assert "why we need it is empty" in requests.feedback.text()
    qtbot.keyClicks(requests.why, "to see whether the run holds locks")
    qtbot.keyClicks(requests.use, "compare with the lock wait times")
    qtbot.keyClicks(requests.next_step, "we call you back within 15 minutes")
    qtbot.mouseClick(requests.ask_button, Qt.MouseButton.LeftButton)
    assert requests.model.data(requests.model.index(0, 3)) == "OPEN"
    requests.view.selectRow(0)
    qtbot.keyClicks(requests.answer, "attached, run started 21:40")
    qtbot.keyClick(requests.answer, Qt.Key.Key_Return)
    assert requests.model.data(requests.model.index(0, 3)) == "answered"


def test_escalation_fires_at_the_deadline_and_the_briefing_has_spec_and_fixes(
    qtbot: QtBot, seated: IncidentView, clock: SimulatedClock, incident: int
) -> None:
    room = seated.seat.room
    room.set_spec_line(incident, SpecDimension.WHAT, is_text="saves hang", is_not_text="reads")
    fix = room.record_fix_attempt(incident, "Restart application server 1", hypothesis_uid=None)
    room.record_fix_outcome(incident, fix, FixOutcome.FAILED, "hung again")
    seated.seat.feed.poll()
    lead = seated.lead
    clock.advance(timedelta(hours=1, minutes=59))
    seated.tick()
    assert "ESCALATION DUE" not in seated.bar.escalation.text()
    clock.advance(timedelta(minutes=1))
    seated.tick()
    assert "ESCALATION DUE" in seated.bar.escalation.text()
    assert "Escalation is DUE" in lead.escalation.text()
    briefing = lead.briefing_text()
    assert "| WHAT | saves hang | reads |" in briefing
    assert "Restart application server 1 — tests NO HYPOTHESIS; outcome: **failed**" in briefing
    qtbot.mouseClick(lead.briefing_button, Qt.MouseButton.LeftButton)
    assert lead.briefing_dialog.isVisible()
    qtbot.keyClicks(lead.escalate_to, "Senior database engineering")
    qtbot.mouseClick(lead.escalate_button, Qt.MouseButton.LeftButton)
    seated.tick()
    assert seated.bar.escalation.text().startswith("Escalated at")


def test_on_call_backup_reminder_after_the_window(
    qtbot: QtBot, seated: IncidentView, clock: SimulatedClock
) -> None:
    lead = seated.lead
    qtbot.keyClicks(lead.page_who, "Petra Primary")
    qtbot.mouseClick(lead.page_button, Qt.MouseButton.LeftButton)
    assert lead.oncall.text().startswith("Paged Petra Primary")
    clock.advance(timedelta(minutes=30))
    seated.tick()
    assert "page the backup now" in lead.oncall.text()
    assert lead.oncall.objectName() == "alarm"
    qtbot.keyClicks(lead.page_who, "Bruno Backup")
    lead.page_level.setCurrentIndex(1)
    qtbot.mouseClick(lead.page_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lead.ack_button, Qt.MouseButton.LeftButton)
    assert lead.oncall.text().startswith("Bruno Backup acknowledged")


def test_customer_roadmap_export(
    qtbot: QtBot, seated: IncidentView, tmp_path: Path, incident: int
) -> None:
    seated.seat.room.request_information(
        incident, need="<script>x</script> logs", why="w", use="u", next_step="n"
    )
    seated.seat.feed.poll()
    out = tmp_path / "roadmap.html"
    with qtbot.waitSignal(seated.postmortem.export_done, timeout=60_000) as written:
        seated.postmortem.export_to(out, "roadmap")
    assert written.args == [True]
    html = out.read_text()
    assert "Diagnostic roadmap" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_shotgun_warning_appears_and_clears(seated: IncidentView, incident: int) -> None:
    room = seated.seat.room
    h1 = room.add_hypothesis(incident, "Application server overloaded")
    h2 = room.add_hypothesis(incident, "Archive volume full")
    for text in ("Restart server 1", "Restart server 2"):
        fix = room.record_fix_attempt(incident, text, hypothesis_uid=h1)
        room.record_fix_outcome(incident, fix, FixOutcome.FAILED, "no change")
    seated.seat.feed.poll()
    lead = seated.lead
    assert lead.warnings.isVisibleTo(lead)
    assert "2 failed fixes and no confirmed hypothesis" in lead.warnings.text()
    room.set_hypothesis_status(incident, h2, "confirmed", "df shows 100 %")
    seated.seat.feed.poll()
    assert not lead.warnings.isVisibleTo(lead)
    assert lead.warnings.text() == ""
