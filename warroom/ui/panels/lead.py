"""The incident lead: business impact first, then priority, status, roles and escalation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warroom.core.timing import format_duration
from warroom.core.vocabulary import EventKind, Role, Status
from warroom.report.describe import local_time, role_name
from warroom.snapshot import RoleView
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import (
    EditStart,
    Feedback,
    Seat,
    big_font,
    line_edit,
    section_title,
    table_view,
    two_columns,
)
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.timeline_view import TimelinePanel
from warroom.ui.words import number, priority_description, priority_label, status_name


class LeadPanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        room = seat.room
        self.feedback = Feedback()

        # -- rule 1: the business impact, first and large
        self.impact = QLabel()
        self.impact.setWordWrap(True)
        self.impact.setTextFormat(Qt.TextFormat.PlainText)
        self.impact.setFont(big_font(self.impact, 13.5))
        self.impact.setAccessibleName(self.tr("Business impact"))
        self.impact_what = QLineEdit()
        self.impact_what.setAccessibleName(self.tr("What the customer cannot do"))
        self.impact_who = QLineEdit()
        self.impact_who.setAccessibleName(self.tr("Who is affected"))
        self.impact_count = QSpinBox()
        self.impact_count.setRange(0, 100_000_000)
        self.impact_count.setSpecialValueText(self.tr("unknown"))
        self.impact_count.setAccessibleName(self.tr("How many are affected"))
        self.impact_save = QPushButton(self.tr("Save impact"))
        self.impact_save.clicked.connect(self.save_impact)
        impact_box = QGroupBox(self.tr("Business impact"))
        impact_layout = QVBoxLayout(impact_box)
        # A long impact scrolls inside its box instead of being cut off by the panel.
        impact_scroll = QScrollArea()
        impact_scroll.setWidgetResizable(True)
        impact_scroll.setFrameShape(QFrame.Shape.NoFrame)
        impact_scroll.setWidget(self.impact)
        impact_scroll.setMinimumHeight(self.impact.fontMetrics().lineSpacing() * 4)
        impact_layout.addWidget(impact_scroll, 1)
        self.impact_toggle = QPushButton(self.tr("Edit the impact…"))
        self.impact_toggle.setCheckable(True)
        self.impact_editor = QWidget()
        impact_form = QFormLayout(self.impact_editor)
        impact_form.setContentsMargins(0, 0, 0, 0)
        impact_form.addRow(self.tr("Cannot do"), self.impact_what)
        impact_form.addRow(self.tr("Who"), self.impact_who)
        count_row = QHBoxLayout()
        count_row.addWidget(self.impact_count)
        count_row.addStretch(1)
        count_row.addWidget(self.impact_save)
        impact_form.addRow(self.tr("How many"), count_row)
        impact_layout.addWidget(self.impact_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        impact_layout.addWidget(self.impact_editor)
        self.impact_toggle.toggled.connect(self._show_impact_editor)
        self._show_impact_editor(False)

        # -- priority and status, with the matrix as guidance
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("New priority"))
        for p in room.matrix.priorities:
            self.priority.addItem(priority_label(p), p.name)
        self.priority_guidance = QLabel()
        self.priority_guidance.setObjectName("guidance")
        self.priority_guidance.setWordWrap(True)
        self.priority_reason = line_edit(
            self.tr("Why the priority changes"), self.tr("Reason for the priority change")
        )
        self.priority_button = QPushButton(self.tr("Change priority"))
        self.priority_button.clicked.connect(self.change_priority)
        self.priority_reason.returnPressed.connect(self.change_priority)
        self.priority.currentIndexChanged.connect(self._guidance)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for status in Status:
            self.status.addItem(status_name(status), status.value)
        self.status_note = line_edit(
            self.tr("Note (for resolved: the summary)"), self.tr("Status note")
        )
        self.status_button = QPushButton(self.tr("Change status"))
        self.status_button.clicked.connect(self.change_status)
        self.status_note.returnPressed.connect(self.change_status)

        state_box = QGroupBox(self.tr("Priority and status"))
        # One control a row where a field needs its room: nothing is cut off on a small screen.
        grid = QGridLayout(state_box)
        grid.addWidget(self.priority, 0, 0)
        grid.addWidget(self.priority_button, 0, 1)
        grid.addWidget(self.priority_reason, 1, 0, 1, 2)
        grid.addWidget(self.priority_guidance, 2, 0, 1, 2)
        grid.addWidget(self.status, 3, 0)
        grid.addWidget(self.status_button, 3, 1)
        grid.addWidget(self.status_note, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        # Choose, say why, press Enter: Tab follows that, not the grid's columns.
        QWidget.setTabOrder(self.priority, self.priority_reason)
        QWidget.setTabOrder(self.priority_reason, self.priority_button)
        QWidget.setTabOrder(self.priority_button, self.status)
        QWidget.setTabOrder(self.status, self.status_note)
        QWidget.setTabOrder(self.status_note, self.status_button)

        # -- escalation and the shotgun warning
        self.escalation = QLabel()
        self.escalation.setWordWrap(True)
        self.escalate_to = line_edit(self.tr("Escalate to whom?"), self.tr("Escalate to"))
        self.escalate_button = QPushButton(self.tr("Escalate"))
        self.escalate_button.clicked.connect(self.escalate)
        self.warnings = QLabel()
        self.warnings.setObjectName("warning")
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Diagnosis warnings"))
        self.briefing_button = QPushButton(self.tr("Briefing for the senior engineers…"))
        self.briefing_button.setToolTip(
            self.tr("The standard problem information, ready to hand over")
        )
        self.briefing_button.clicked.connect(self.show_briefing)
        escalation_box = QGroupBox(self.tr("Escalation"))
        escalation_layout = QGridLayout(escalation_box)
        escalation_layout.addWidget(self.escalation, 0, 0, 1, 2)
        escalation_layout.addWidget(self.escalate_to, 1, 0)
        escalation_layout.addWidget(self.escalate_button, 1, 1)
        escalation_layout.addWidget(self.briefing_button, 2, 0, 1, 2)

        # -- on call: primary first, the backup when the primary does not react in time
        self.oncall = QLabel()
        self.oncall.setWordWrap(True)
        self.oncall.setAccessibleName(self.tr("On-call state"))
        self.page_who = line_edit(self.tr("Engineer to page"), self.tr("Engineer to page"))
        self.page_level = QComboBox()
        self.page_level.setAccessibleName(self.tr("Primary or backup"))
        self.page_level.addItem(self.tr("primary"), "primary")
        self.page_level.addItem(self.tr("backup"), "backup")
        self.page_button = QPushButton(self.tr("Page"))
        self.page_button.clicked.connect(self.page)
        self.ack_button = QPushButton(self.tr("Acknowledged"))
        self.ack_button.clicked.connect(self.acknowledge)
        oncall_box = QGroupBox(self.tr("On call"))
        oncall_layout = QGridLayout(oncall_box)
        oncall_layout.addWidget(self.oncall, 0, 0, 1, 3)
        oncall_layout.addWidget(self.page_who, 1, 0, 1, 3)
        oncall_layout.addWidget(self.page_level, 2, 0)
        oncall_layout.addWidget(self.page_button, 2, 1)
        oncall_layout.addWidget(self.ack_button, 2, 2)
        oncall_layout.setColumnStretch(0, 1)

        # -- the roster, with handovers
        self.roster: RecordTableModel[RoleView] = RecordTableModel(
            [
                Column(self.tr("Role"), lambda r: role_name(r.role)),
                Column(self.tr("Person"), lambda r: r.person),
                Column(self.tr("From"), lambda r: local_time(r.started_at)),
                Column(
                    self.tr("Until"),
                    lambda r: local_time(r.ended_at) if r.ended_at else self.tr("now"),
                ),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.roster_view = table_view(self.roster, self.tr("Role roster"), stretch=4)
        self.handover_role = QComboBox()
        self.handover_role.setAccessibleName(self.tr("Role to hand over"))
        for role in Role:
            self.handover_role.addItem(role_name(role.value), role.value)
        self.handover_from = QComboBox()
        self.handover_from.setAccessibleName(self.tr("Handed over by"))
        self.handover_to = line_edit(self.tr("Taken over by (name)"), self.tr("Taken over by"))
        self.handover_note = line_edit(self.tr("Handover note"), self.tr("Handover note"))
        self.handover_button = QPushButton(self.tr("Hand over"))
        self.handover_button.clicked.connect(self.hand_over)
        self.handover_role.currentIndexChanged.connect(self._holders)
        # Two rows: the names need room to be read.
        handover = QGridLayout()
        handover.addWidget(self.handover_role, 0, 0)
        handover.addWidget(self.handover_from, 0, 1)
        handover.addWidget(self.handover_to, 1, 0, 1, 2)
        handover.addWidget(self.handover_note, 2, 0)
        handover.addWidget(self.handover_button, 2, 1)
        handover.setColumnStretch(0, 1)
        handover.setColumnStretch(1, 1)

        # -- decisions and next steps, straight from the timeline
        self.decisions = TimelinePanel(
            room.store,
            seat.state,
            with_filters=False,
            show="Decisions",
            empty_hint=self.tr(
                "No decisions yet. They fill from the scribe's log: an entry that starts "
                "with “d:” (or Ctrl+D at the scribe's seat) is a decision."
            ),
        )
        self.next_steps = TimelinePanel(
            room.store,
            seat.state,
            with_filters=False,
            show="Actions",
            empty_hint=self.tr(
                "No next steps yet. They fill from the scribe's log: an entry that starts "
                "with “a:” (or Ctrl+Shift+A) is an action."
            ),
        )

        # What the person saw of the impact, priority and status when they began
        # changing it; the fields stay as they left them until the edit is over.
        self.edits = EditStart()
        self._impact_shown: tuple[str, str, int] = ("", "", 0)  # what the editor was filled with
        self.edits.follow(
            lambda: ("impact", self.seat.state.snapshot.impact_version),
            self.impact_what.textEdited,
            self.impact_who.textEdited,
            self.impact_count.valueChanged,
        )
        self.edits.follow(
            lambda: ("priority", self.seat.state.snapshot.priority_version),
            self.priority.activated,
            self.priority_reason.textEdited,
        )
        self.edits.follow(
            lambda: ("status", self.seat.state.snapshot.status_version),
            self.status.activated,
            self.status_note.textEdited,
        )

        # -- what else goes down with the affected services (the catalogue's dependencies)
        from warroom.ui.blast_radius import BlastRadiusBox

        self.blast_radius = BlastRadiusBox(room.catalogue)

        left = QVBoxLayout()
        left.addWidget(impact_box, 1)
        left.addWidget(self.blast_radius)
        left.addWidget(state_box)
        left.addWidget(escalation_box)
        left.addWidget(oncall_box)
        left.addWidget(self.warnings)
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Roles")))
        right.addWidget(self.roster_view, 2)
        right.addLayout(handover)
        right.addWidget(section_title(self.tr("Decisions")))
        right.addWidget(self.decisions, 1)
        right.addWidget(section_title(self.tr("Next steps")))
        right.addWidget(self.next_steps, 1)
        self.columns = two_columns(self, left, right, self.feedback)

        seat.state.changed.connect(self.refresh)
        self.refresh()

    def _show_impact_editor(self, shown: bool) -> None:
        self.impact_editor.setVisible(shown)
        if shown:
            self._fill_impact_editor()
            self.impact_what.setFocus()

    def _guidance(self) -> None:
        p = self.seat.room.matrix.priorities[self.priority.currentIndex()]
        text = self.tr("{0} Updates every {1}.").format(
            priority_description(p), format_duration(p.update_cadence)
        )
        if p.escalation_after:
            text += " " + self.tr("Escalates after {0}.").format(
                format_duration(p.escalation_after)
            )
        self.priority_guidance.setText(text)

    def _holders(self) -> None:
        role = str(self.handover_role.currentData())
        current = self.handover_from.currentText()
        self.handover_from.clear()
        self.handover_from.addItems(self.seat.state.snapshot.holders(role))
        index = self.handover_from.findText(current)
        if index >= 0:
            self.handover_from.setCurrentIndex(index)

    def _fill_impact_editor(self) -> None:
        if self.edits.editing("impact"):
            return  # never overwrite what somebody is typing
        s = self.seat.state.snapshot
        self._impact_shown = (s.impact_what, s.impact_who, s.impact_count or 0)
        self.impact_what.setText(s.impact_what)
        self.impact_who.setText(s.impact_who)
        # valueChanged is the person's touch; filling the box is not.
        self.impact_count.blockSignals(True)
        self.impact_count.setValue(s.impact_count or 0)
        self.impact_count.blockSignals(False)

    def refresh(self) -> None:
        state = self.seat.state
        s = state.snapshot
        count = number(s.impact_count) if s.impact_count is not None else self.tr("unknown")
        lines = [self.tr("The customer cannot: {0}").format(s.impact_what)]
        lines.append(self.tr("Affected: {0} — {1} people").format(s.impact_who or "?", count))
        since = s.impact_since or s.started_at
        lines.append(self.tr("Since: {0}").format(local_time(since)))
        if s.services:
            lines.append(self.tr("Services: {0}").format(", ".join(s.services)))
        self.impact.setText("\n".join(lines))
        self._fill_impact_editor()
        self.blast_radius.show_for(list(s.services))
        if not self.edits.editing("priority"):
            self.priority.setCurrentIndex(self.priority.findData(s.priority))
        if not self.edits.editing("status"):
            self.status.setCurrentIndex(self.status.findData(s.status))
        self._guidance()
        self.roster.set_rows(s.roles)
        self._holders()
        deadline = state.escalation_deadline()
        # tick() asks this, not the text, which is in the person's language.
        self.escalation.setProperty("due", s.escalated_at is None and state.escalation_due())
        if s.escalated_at is not None:
            self.escalation.setText(self.tr("Escalated at {0}.").format(local_time(s.escalated_at)))
        elif deadline is None:
            self.escalation.setText(self.tr("No escalation deadline at this priority."))
        elif state.escalation_due():
            self.escalation.setText(
                self.tr("Escalation is DUE (since {0}): brief the senior engineers now.").format(
                    local_time(deadline)
                )
            )
        else:
            self.escalation.setText(self.tr("Escalation due at {0}.").format(local_time(deadline)))
        self._refresh_oncall()
        warnings = state.shotgun_warnings()
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def tick(self) -> None:
        if self.seat.state.escalation_due() and not self.escalation.property("due"):
            self.refresh()
        self._refresh_oncall()

    def _refresh_oncall(self) -> None:
        from warroom.core.timing import format_span, page_backup_due

        state = self.seat.state
        s = state.snapshot
        if s.paged_at is None:
            self.oncall.setText(self.tr("Nobody paged yet."))
            self.oncall.setObjectName("")
        elif s.acknowledged_at is not None:
            self.oncall.setText(
                self.tr("{0} acknowledged at {1}.").format(
                    s.paged_who, local_time(s.acknowledged_at)
                )
            )
            self.oncall.setObjectName("")
        elif page_backup_due(state.priority, s.paged_at, False, state.now()):
            self.oncall.setText(
                self.tr("No reaction from {0} for {1}: page the backup now.").format(
                    s.paged_who, format_span(state.now() - s.paged_at)
                )
            )
            self.oncall.setObjectName("alarm")
        else:
            self.oncall.setText(
                self.tr("Paged {0} at {1}; waiting {2}.").format(
                    s.paged_who, local_time(s.paged_at), format_span(state.now() - s.paged_at)
                )
            )
            self.oncall.setObjectName("")
        self.ack_button.setEnabled(s.paged_at is not None and s.acknowledged_at is None)
        self.oncall.style().unpolish(self.oncall)
        self.oncall.style().polish(self.oncall)

    def page(self) -> None:
        who, level = self.page_who.text(), str(self.page_level.currentData())
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.page_oncall(self.seat.incident_id, who, level),
            self.tr("Paged {0}.").format(who.strip()),
        ):
            self.page_who.clear()

    def acknowledge(self) -> None:
        self.seat.act(self.feedback, lambda: self.seat.room.acknowledge_page(self.seat.incident_id))

    def briefing_text(self) -> str:
        from warroom.report.briefing import briefing_markdown

        return briefing_markdown(self.seat.room.store, self.seat.incident_id, self.seat.room.now())

    def show_briefing(self) -> None:
        from warroom.ui.text_dialog import TextDialog

        self.briefing_dialog = TextDialog(
            self.tr("Briefing for the senior engineers"),
            self.briefing_text(),
            f"briefing-incident-{self.seat.incident_id}.md",
            self,
        )
        self.briefing_dialog.setModal(False)  # read beside the room, not instead of it
        self.briefing_dialog.show()

    def save_impact(self) -> None:
        # Only the fields the person changed: applied on top of another seat's
        # impact, the ones they left alone keep what the other seat set.
        shown_what, shown_who, shown_count = self._impact_shown
        count = self.impact_count.value()
        what = self.impact_what.text() if self.impact_what.text() != shown_what else None
        who = self.impact_who.text() if self.impact_who.text() != shown_who else None
        how_many = count if count != shown_count and count > 0 else None
        mine = {"impact_what": what, "impact_who": who, "impact_count": how_many}
        self.edits.save(
            self.seat,
            self.feedback,
            "impact",
            self.seat.state.snapshot.impact_version,
            lambda version: self.seat.room.update_impact(
                self.seat.incident_id,
                impact_what=what,
                impact_who=who,
                impact_count=how_many,
                based_on=version,
            ),
            self.tr("Business impact saved."),
            then=self.refresh,
            mine=in_words(
                EventKind.IMPACT_CHANGED, {k: v for k, v in mine.items() if v is not None}
            ),
        )

    def change_priority(self) -> None:
        new, reason = str(self.priority.currentData()), self.priority_reason.text()
        if self.edits.save(
            self.seat,
            self.feedback,
            "priority",
            self.seat.state.snapshot.priority_version,
            lambda version: self.seat.room.change_priority(
                self.seat.incident_id, new, reason, based_on=version
            ),
            self.tr("Priority is now {0}.").format(new),
            then=self.refresh,
            mine=in_words(
                EventKind.PRIORITY_CHANGED,
                {"from": self.seat.state.snapshot.priority, "to": new, "reason": reason},
            ),
        ):
            self.priority_reason.clear()

    def change_status(self) -> None:
        new, note = str(self.status.currentData()), self.status_note.text()
        if self.edits.save(
            self.seat,
            self.feedback,
            "status",
            self.seat.state.snapshot.status_version,
            lambda version: self.seat.room.change_status(
                self.seat.incident_id, new, note, based_on=version
            ),
            self.tr("Status is now {0}.").format(new),
            then=self.refresh,
            mine=in_words(
                EventKind.STATUS_CHANGED,
                {"from": self.seat.state.snapshot.status, "to": new, "note": note},
            ),
        ):
            self.status_note.clear()

    def hand_over(self) -> None:
        role = str(self.handover_role.currentData())
        giver = self.handover_from.currentText()
        taker = self.handover_to.text()
        if not giver:
            self.feedback.error(self.tr("Nobody holds that role yet; assign it instead."))
            return
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.hand_over(
                self.seat.incident_id, role, giver, taker, self.handover_note.text()
            ),
            self.tr("{0} handed over to {1}.").format(role_name(role), taker.strip()),
        ):
            self.handover_to.clear()
            self.handover_note.clear()

    def escalate(self) -> None:
        to = self.escalate_to.text()
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.escalate(self.seat.incident_id, to),
            self.tr("Escalated to {0}.").format(to.strip()),
        ):
            self.escalate_to.clear()
