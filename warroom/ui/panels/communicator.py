"""The communicator: the countdown large, an update drafted from the current state."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warroom.core import i18n
from warroom.core.errors import UserError
from warroom.core.language import LANGUAGE_NAMES, LANGUAGES
from warroom.core.timing import suggested_next_update
from warroom.core.vocabulary import Audience, EventKind
from warroom.report.describe import local_time
from warroom.snapshot import UpdateView
from warroom.ui.incident_bar import CountdownLabel
from warroom.ui.narrow import TurningSplitter, Wrap
from warroom.ui.panels.common import (
    Columns,
    Feedback,
    Seat,
    section_title,
    selected_row,
    table_view,
)
from warroom.ui.table_model import Column, RecordTableModel
from warroom.ui.words import audience_name, date_time_edit_format, delivery_name

if TYPE_CHECKING:
    from warroom.notify.channels import Channel, DeliveryReceipt, OutgoingUpdate


def _under_the_timeline(widget: QWidget) -> bool:
    """Whether ``widget`` is in the strip above the checklist and timeline that a narrow
    window has instead of a column beside them."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, TurningSplitter):
            return parent.orientation() is Qt.Orientation.Vertical
        parent = parent.parentWidget()
    return False


def _send(channel: Channel, outgoing: OutgoingUpdate) -> object:
    """The receipt, or the UserError that says why it did not go out."""
    try:
        return channel.send(outgoing)
    except UserError as exc:
        return exc
    except Exception as exc:  # a bug in a channel must not take the room down
        from warroom.crash import write_crash_log

        path = write_crash_log(type(exc), exc, exc.__traceback__)
        return UserError(
            QCoreApplication.translate("CommunicatorPanel", "sending failed unexpectedly"),
            hint=QCoreApplication.translate("CommunicatorPanel", "the details are in {0}").format(
                path
            )
            if path
            else QCoreApplication.translate("CommunicatorPanel", "the update is kept; try again"),
        )


class _SendSignals(QObject):
    finished = Signal(str, object)  # update uid, receipt or UserError


class _SendTask(QRunnable):
    def __init__(
        self, channel: Channel, outgoing: OutgoingUpdate, uid: str, signals: _SendSignals
    ) -> None:
        super().__init__()
        self.channel, self.outgoing, self.uid, self.signals = channel, outgoing, uid, signals

    def run(self) -> None:
        # Emitted from the worker; Qt queues it to the panel's thread.
        self.signals.finished.emit(self.uid, _send(self.channel, self.outgoing))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class CommunicatorPanel(QWidget):
    delivered = Signal(str)  # an update's uid, once its channel has answered

    def __init__(self, seat: Seat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seat = seat
        # Not a child of the panel: a send still in flight when the panel goes away
        # keeps its signal object alive, and Qt drops the connection to the panel.
        self._signals = _SendSignals()
        self._signals.finished.connect(self._sent)
        self.countdown = CountdownLabel(seat.state, point_size=28)
        self.countdown.setWordWrap(True)  # large, yet never wider than a small screen
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Audience"))
        for audience, label in (
            (Audience.CUSTOMERS, self.tr("Customers")),
            (Audience.INTERNAL, self.tr("Internal")),
            (Audience.EXECUTIVES, self.tr("Executives")),
        ):
            self.audience.addItem(label, audience.value)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Update text"))
        self.text.setTabChangesFocus(True)
        self.next_at = QDateTimeEdit()
        self.next_at.setAccessibleName(self.tr("Next update at"))
        self.next_at.setDisplayFormat(date_time_edit_format())
        self.next_at.setCalendarPopup(True)
        self.final = QCheckBox(self.tr("Final update: service restored, cause report promised"))
        self.final.setAccessibleName(self.tr("Final update"))
        # The room works in its language; each update goes out in its reader's.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the update"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(i18n.current()))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Send by"))
        for name, label in (
            ("clipboard", self.tr("Clipboard")),
            ("e-mail", self.tr("E-mail")),
            ("webhook", self.tr("Webhook")),
        ):
            self.channel.addItem(label, name)
        self.channel_settings = QPushButton(self.tr("Channels…"))
        self.channel_settings.clicked.connect(self.edit_channels)
        self.retry_button = QPushButton(self.tr("Send the selected update again"))
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry_selected)
        self.draft_button = QPushButton(self.tr("Draft from current state"))
        self.draft_button.clicked.connect(self.draft)
        self.post_button = QPushButton(self.tr("Post update  [Ctrl+Enter]"))
        self.post_button.setDefault(True)
        self.post_button.clicked.connect(self.post)
        self.still_button = QPushButton(self.tr("Still working on it  [Ctrl+Shift+S]"))
        self.still_button.setToolTip(self.tr("Post a short holding update in one step"))
        self.still_button.clicked.connect(self.still_working)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.post)
        self.feedback = Feedback()
        # The exact words each channel will carry: the customer sees what we post.
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("What the recipients will read"))
        self.preview_title = section_title("")

        self.history: RecordTableModel[UpdateView] = RecordTableModel(
            [
                Column(self.tr("Sent"), lambda u: local_time(u.sent_at)),
                Column(self.tr("To"), lambda u: audience_name(u.audience)),
                Column(
                    self.tr("Promised next"),
                    lambda u: self.tr("final") if u.final else local_time(u.next_update_at),
                ),
                Column(self.tr("By"), lambda u: u.sent_by),
                Column(
                    self.tr("Delivery"),
                    lambda u: delivery_name(u.channel, u.delivery),
                    lambda u: u.delivery_detail or u.delivery,
                    colour=lambda u: {"failed": "#c62828", "pending": "#b45309"}.get(u.delivery),
                ),
                Column(self.tr("Text"), lambda u: u.text.replace("\n", " "), lambda u: u.text),
            ],
            self,
        )
        self.history_view = table_view(self.history, self.tr("Updates sent"), stretch=5)
        self.history_view.selectionModel().selectionChanged.connect(self._selection_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Audience"), self.audience)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text"), self.text)
        form.addRow(self.tr("&Next update at"), self.next_at)
        # Across the form: beside an empty label it did not fit half a laptop screen in German.
        form.addRow(self.final)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.channel)
        channel_row.addWidget(self.channel_settings)
        channel_row.addStretch(1)
        # A label for a layout has no buddy, so its mnemonic would show as a literal "&".
        channel_label = QLabel(self.tr("Send &by"))
        channel_label.setBuddy(self.channel)
        form.addRow(channel_label, channel_row)
        preview = QVBoxLayout()
        preview.addWidget(self.preview_title)
        preview.addWidget(self.preview, 1)
        compose = Columns(form, preview)
        sending = QHBoxLayout()
        sending.addStretch(1)
        sending.addWidget(self.still_button)
        sending.addWidget(self.post_button)
        # Half a laptop screen: the draft on a line of its own, the sending under it.
        buttons = Wrap(self.draft_button, sending, stretch=(0, 1))

        layout = QVBoxLayout(self)
        layout.addWidget(self.countdown)
        layout.addWidget(section_title(self.tr("Compose an update")))
        layout.addLayout(compose)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        layout.addWidget(section_title(self.tr("Updates sent")))
        layout.addWidget(self.history_view, 1)
        layout.addWidget(self.retry_button)

        self._next_touched = False
        self._last_draft = ""
        self.next_at.dateTimeChanged.connect(self._mark_touched)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.language.currentIndexChanged.connect(self._audience_changed)
        self.text.textChanged.connect(self.update_preview)
        self.next_at.dateTimeChanged.connect(self.update_preview)
        self.final.toggled.connect(self._final_toggled)
        self.channel.currentIndexChanged.connect(self.update_preview)
        seat.state.changed.connect(self.refresh)
        self.refresh()
        self.draft()

    def _mark_touched(self) -> None:
        self._next_touched = True

    def _final_toggled(self) -> None:
        self.next_at.setEnabled(not self.final.isChecked())
        self.update_preview()

    def _is_final(self) -> bool:
        return self.final.isChecked() and self.final.isEnabled()

    def _outgoing(self, body: str, next_at: datetime | None, final: bool) -> OutgoingUpdate:
        from warroom.notify.channels import OutgoingUpdate, with_next_update

        s = self.seat.state.snapshot
        return OutgoingUpdate(
            incident_title=s.title,
            priority=s.priority,
            audience=str(self.audience.currentData()),
            text=with_next_update(body, next_at, self.update_lang),
            next_update_at=next_at,
            final=final,
            lang=self.update_lang,
        )

    @property
    def update_lang(self) -> str:
        """The language the communicator writes this update in."""
        return str(self.language.currentData())

    def composed(self) -> OutgoingUpdate:
        """The update as it stands in the form."""
        final = self._is_final()
        next_at = None if final else from_qdatetime(self.next_at.dateTime())
        return self._outgoing(self.text.toPlainText(), next_at, final)

    def update_preview(self) -> None:
        from warroom.notify.channels import as_received

        self.preview_title.setText(
            self.tr("What they will read ({0})").format(self.channel.currentText())
        )
        self.preview.setPlainText(as_received(str(self.channel.currentData()), self.composed()))

    def suggested_next(self) -> datetime:
        return suggested_next_update(self.seat.state.priority, self.seat.state.now())

    def _reset_next(self) -> None:
        suggested = to_qdatetime(self.suggested_next())
        if self.next_at.dateTime() != suggested:
            self.next_at.blockSignals(True)
            self.next_at.setDateTime(suggested)
            self.next_at.blockSignals(False)
            self.update_preview()
        self._next_touched = False

    def refresh(self) -> None:
        self.history.set_rows(self.seat.state.snapshot.updates)
        self.history_view.scrollToBottom()
        self.final.setEnabled(not self.seat.state.is_active)
        if not self.seat.state.is_active:
            self.final.setChecked(True)
        self.next_at.setEnabled(not self.final.isChecked())
        self.countdown.refresh()
        self.update_preview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On half a laptop screen the panel is a strip above the checklist: the large
        # countdown would fill it, and the incident bar right above shows the same.
        self.countdown.setVisible(not _under_the_timeline(self))
        super().resizeEvent(event)

    def tick(self) -> None:
        self.countdown.refresh()
        # The suggestion follows the clock until the communicator sets a time.
        if not self._next_touched:
            self._reset_next()

    def draft(self) -> None:
        """Prefill from the current state, with the template for this phase and audience."""
        from warroom.core.names import priority_name, status_name
        from warroom.core.update_templates import load_templates

        state = self.seat.state
        s = state.snapshot
        leading = state.leading_hypothesis()
        lang = self.update_lang
        templates = load_templates()
        with i18n.speaking(lang):
            fields = {
                "title": s.title,
                "priority": priority_name(s.priority),
                "status": status_name(s.status),
                "impact": s.impact_what.rstrip(". "),
                "who": s.impact_who or "—",
                "count": str(s.impact_count)
                if s.impact_count is not None
                else templates.phrase("count_unknown", lang),
                "services": ", ".join(s.services),
                "doing": templates.phrase("doing_testing", lang, hypothesis=leading)
                if leading
                else templates.phrase("doing_establishing", lang),
                "since": f"{(s.impact_since or s.started_at).astimezone(UTC):%H:%M} UTC",
            }
        audience = str(self.audience.currentData())
        try:
            text = templates.render(s.status, audience, fields, lang=lang)
        except UserError as exc:
            self.feedback.error(exc.message)
            text = ""
        # The subject line names the priority and the title; the body does not repeat them.
        self._last_draft = text
        self.text.setPlainText(self._last_draft)
        self._reset_next()

    def _audience_changed(self) -> None:
        # A new audience gets its own wording, unless the communicator has edited the text.
        if self.text.toPlainText() == self._last_draft:
            self.draft()

    def edit_channels(self) -> None:
        from warroom.ui.channels import ChannelSettingsDialog

        self.channel_dialog = ChannelSettingsDialog(self)
        self.channel_dialog.setModal(False)  # the countdown and the room stay in reach
        self.channel_dialog.show()

    def _copy(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)

    def _paste(self) -> str:
        clipboard = QGuiApplication.clipboard()
        return clipboard.text() if clipboard is not None else ""

    def _selection_changed(self) -> None:
        row = selected_row(self.history_view)
        failed = row is not None and self.history.record(row).delivery != "sent"
        self.retry_button.setEnabled(failed)

    def post(self) -> None:
        """Record the update first (nothing typed is lost), then hand it to the channel."""
        final = self._is_final()
        next_at = None if final else from_qdatetime(self.next_at.dateTime())
        if self._post(self.text.toPlainText(), next_at, final):
            self.draft()

    def _post(self, body: str, next_at: datetime | None, final: bool) -> bool:
        from warroom.notify.channels import with_next_update
        from warroom.ui.channels import configured_channel

        text = with_next_update(body, next_at, self.update_lang)
        audience = str(self.audience.currentData())
        name = str(self.channel.currentData())
        try:
            channel = configured_channel(name, self._copy, self._paste)
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return False
        posted: list[str] = []
        if not self.seat.act(
            self.feedback,
            lambda: posted.append(
                self.seat.room.post_update(
                    self.seat.incident_id,
                    text,
                    next_update_at=next_at,
                    audience=audience,
                    channel=name,
                    final=final,
                    delivery="pending",
                    lang=self.update_lang,
                )
            ),
        ):
            return False
        self._deliver(posted[0], channel, self.update_lang)
        return True

    def _lang_of(self, uid: str) -> str:
        """The language an update was recorded in (English for one recorded without)."""
        for event in self.seat.room.store.events(self.seat.incident_id):
            if event.kind == EventKind.UPDATE_POSTED and event.payload.get("uid") == uid:
                return str(event.payload.get("lang") or LANGUAGES[0])
        return LANGUAGES[0]

    def _deliver(self, uid: str, channel: Channel, lang: str | None = None) -> None:
        """Hand the recorded update to its channel; e-mail and webhooks go on a worker thread
        so a slow or silent server never freezes the room's screen."""
        from warroom.notify.channels import OutgoingUpdate

        update = next(u for u in self.seat.state.snapshot.updates if u.uid == uid)
        outgoing = OutgoingUpdate(
            incident_title=self.seat.state.snapshot.title,
            priority=self.seat.state.snapshot.priority,
            audience=update.audience,
            text=update.text,
            next_update_at=update.next_update_at,
            final=update.final,
            # A retry goes out in the language it was written in, whatever the combo says now.
            lang=lang or self._lang_of(uid),
        )
        if update.channel == "clipboard":  # the clipboard belongs to the GUI thread
            self._sent(uid, _send(channel, outgoing))
            return
        self.feedback.ok(self.tr("Recorded; sending by {0}…").format(update.channel))
        task = _SendTask(channel, outgoing, uid, self._signals)
        QThreadPool.globalInstance().start(task)

    def _sent(self, uid: str, result: object) -> None:
        channel = next(
            (u.channel for u in self.seat.state.snapshot.updates if u.uid == uid), "channel"
        )
        if isinstance(result, UserError):
            failure = result
            self.seat.act(
                Feedback(),
                lambda: self.seat.room.record_delivery(
                    self.seat.incident_id, uid, False, failure.message
                ),
            )
            self.feedback.error(
                self.tr("Recorded, but NOT sent: {0}").format(failure.message)
                + (f" — {failure.hint}" if failure.hint else "")
                + self.tr(" Select it below to send it again.")
            )
        else:
            receipt = cast("DeliveryReceipt", result)
            self.seat.act(
                self.feedback,
                lambda: self.seat.room.record_delivery(
                    self.seat.incident_id, uid, receipt.ok, receipt.detail
                ),
                self.tr("Posted and sent by {0}. {1}").format(channel, receipt.detail)
                if receipt.ok
                else self.tr("Posted; {0}").format(receipt.detail),
            )
        self.delivered.emit(uid)

    def retry_selected(self) -> None:
        from warroom.ui.channels import configured_channel

        row = selected_row(self.history_view)
        if row is None:
            return
        update = self.history.record(row)
        try:
            channel = configured_channel(update.channel, self._copy, self._paste)
        except UserError as exc:
            self.feedback.error(exc.message + (f" — {exc.hint}" if exc.hint else ""))
            return
        self._deliver(update.uid, channel)

    def still_working(self) -> None:
        """A short holding update in one step, through the chosen channel like any other."""
        from warroom.notify.channels import holding_update

        s = self.seat.state.snapshot
        body = holding_update(s.impact_what.rstrip(". "), self.update_lang)
        self._post(body, self.suggested_next(), False)
