"""Requests to the customer, each saying what we need, why, what for and what comes next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core.vocabulary import EventKind
from warroom.report.describe import local_time
from warroom.snapshot import RequestView
from warroom.ui.conflict import in_words
from warroom.ui.panels.common import (
    Feedback,
    Seat,
    keep_selection,
    line_edit,
    row_edit,
    section_title,
    selected_row,
    table_view,
)
from warroom.ui.table_model import Column, RecordTableModel


def _four_fields(q: RequestView) -> str:
    text = QCoreApplication.translate(
        "RequestsPanel",
        "What we need: {0}\nWhy: {1}\nWhat we will do with it: {2}\nWhat comes next: {3}",
    ).format(q.need, q.why, q.use, q.next_step)
    if q.answer:
        text += "\n\n" + QCoreApplication.translate("RequestsPanel", "Answer: {0}").format(q.answer)
    return text


class RequestsPanel(QWidget):
    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        self.feedback = Feedback()
        self.model: RecordTableModel[RequestView] = RecordTableModel(
            [
                Column(self.tr("Asked"), lambda q: local_time(q.asked_at)),
                Column(self.tr("To"), lambda q: q.to),
                Column(self.tr("What we need"), lambda q: q.need, _four_fields),
                Column(
                    self.tr("State"),
                    lambda q: self.tr("answered") if q.answered_at else self.tr("OPEN"),
                    colour=lambda q: None if q.answered_at else "#ef6c00",
                ),
            ],
            self,
        )
        self.view = table_view(self.model, self.tr("Requests to the customer"), stretch=2)
        self.to = QLineEdit()
        self.need = QLineEdit()
        self.why = QLineEdit()
        self.use = QLineEdit()
        self.next_step = QLineEdit()
        form = QFormLayout()
        for label, edit in (
            (self.tr("Asked of"), self.to),
            (self.tr("What we need"), self.need),
            (self.tr("Why we need it"), self.why),
            (self.tr("What we will do with it"), self.use),
            (self.tr("What comes next"), self.next_step),
        ):
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        self.ask_button = QPushButton(self.tr("Ask the customer"))
        self.ask_button.clicked.connect(self.ask)
        form.addRow("", self.ask_button)
        self.answer = line_edit(
            self.tr("The customer's answer to the selected request"),
            self.tr("Answer to the selected request"),
        )
        self.answer.returnPressed.connect(self.record_answer)
        self.edits = row_edit(self.view, self.model, self.answer.textEdited)
        self.answer_button = QPushButton(self.tr("Record answer"))
        self.answer_button.clicked.connect(self.record_answer)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer, 1)
        answer_row.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Requests to the customer")))
        layout.addWidget(self.view, 1)
        layout.addLayout(answer_row)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        seat.state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        keep_selection(self.view, lambda: self.model.set_rows(self.seat.state.snapshot.requests))

    def ask(self) -> None:
        if self.seat.act(
            self.feedback,
            lambda: self.seat.room.request_information(
                self.seat.incident_id,
                need=self.need.text(),
                why=self.why.text(),
                use=self.use.text(),
                next_step=self.next_step.text(),
                to=self.to.text(),
            ),
            self.tr("Request recorded."),
        ):
            for edit in (self.need, self.why, self.use, self.next_step):
                edit.clear()

    def record_answer(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self.feedback.error(self.tr("Select the request that was answered."))
            return
        request = self.model.record(row)
        answer = self.answer.text()
        if self.edits.save(
            self.seat,
            self.feedback,
            request.uid,
            request.version,
            lambda version: self.seat.room.answer_request(
                self.seat.incident_id, request.uid, answer, based_on=version
            ),
            mine=in_words(EventKind.REQUEST_ANSWERED, {"answer": answer}),
        ):
            self.answer.clear()
