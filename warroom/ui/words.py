"""The room's fixed words, dates and numbers as the widgets show them.

The record stores English identifiers (``investigating``, ``Critical``); a
person reads them in the language of the interface: statuses, kinds of log
entries, hypothesis, fix and action states, audiences and deliveries through
Qt's translators, priorities as the communication matrix names them in that
language. Each text is written out literally so that ``pyside6-lupdate`` finds
it. Dates and numbers go through ``QLocale`` (set by ``warroom.ui.translation``),
and a time of day always names its zone.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from warroom.core.i18n import current
from warroom.core.matrix import Priority
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    Audience,
    Delivery,
    EntryKind,
    FixOutcome,
    HypothesisStatus,
    KeyMoment,
    Status,
)


def status_name(status: str) -> str:
    """``investigating`` -> ``Investigating`` in the language of the interface."""
    names: dict[str, str] = {
        Status.DECLARED: QCoreApplication.translate("Words", "Declared"),
        Status.INVESTIGATING: QCoreApplication.translate("Words", "Investigating"),
        Status.IDENTIFIED: QCoreApplication.translate("Words", "Identified"),
        Status.MITIGATING: QCoreApplication.translate("Words", "Mitigating"),
        Status.MONITORING: QCoreApplication.translate("Words", "Monitoring"),
        Status.RESOLVED: QCoreApplication.translate("Words", "Resolved"),
        Status.CLOSED: QCoreApplication.translate("Words", "Closed"),
    }
    return names.get(status, status)


def entry_kind_name(kind: str) -> str:
    """``decision`` -> ``Decision`` in the language of the interface."""
    names: dict[str, str] = {
        EntryKind.NOTE: QCoreApplication.translate("Words", "Note"),
        EntryKind.DECISION: QCoreApplication.translate("Words", "Decision"),
        EntryKind.ACTION: QCoreApplication.translate("Words", "Action"),
        EntryKind.QUESTION: QCoreApplication.translate("Words", "Question"),
    }
    return names.get(kind, kind)


def outcome_name(outcome: str) -> str:
    """An exercise response's outcome (``on time``, ``late`` …) in the interface's language."""
    names: dict[str, str] = {
        "on time": QCoreApplication.translate("Words", "on time"),
        "late": QCoreApplication.translate("Words", "late"),
        "missed": QCoreApplication.translate("Words", "missed"),
        "pending": QCoreApplication.translate("Words", "pending"),
        "skipped": QCoreApplication.translate("Words", "skipped"),
    }
    return names.get(outcome, outcome)


def rating_name(rating: str) -> str:
    """An evaluator's rating (HSEEP's four) in the language of the interface."""
    names: dict[str, str] = {
        "performed": QCoreApplication.translate("Words", "performed"),
        "some challenges": QCoreApplication.translate("Words", "some challenges"),
        "major challenges": QCoreApplication.translate("Words", "major challenges"),
        "unable to perform": QCoreApplication.translate("Words", "unable to perform"),
    }
    return names.get(rating, rating)


def priority_label(priority: Priority) -> str:
    """``Critical`` as the matrix names it in the language of the interface (``Kritisch``)."""
    return priority.text("label", current())


def priority_description(priority: Priority) -> str:
    return priority.text("description", current())


def hypothesis_status_name(status: str) -> str:
    names: dict[str, str] = {
        HypothesisStatus.OPEN: QCoreApplication.translate("Words", "open"),
        HypothesisStatus.TESTING: QCoreApplication.translate("Words", "testing"),
        HypothesisStatus.RULED_OUT: QCoreApplication.translate("Words", "ruled out"),
        HypothesisStatus.CONFIRMED: QCoreApplication.translate("Words", "confirmed"),
    }
    return names.get(status, status)


def fix_outcome_name(outcome: str) -> str:
    names: dict[str, str] = {
        FixOutcome.PENDING: QCoreApplication.translate("Words", "pending"),
        FixOutcome.WORKED: QCoreApplication.translate("Words", "worked"),
        FixOutcome.FAILED: QCoreApplication.translate("Words", "failed"),
        FixOutcome.PARTIAL: QCoreApplication.translate("Words", "partial"),
        FixOutcome.ROLLED_BACK: QCoreApplication.translate("Words", "rolled back"),
    }
    return names.get(outcome, outcome)


def action_status_name(status: str) -> str:
    names: dict[str, str] = {
        ActionStatus.OPEN: QCoreApplication.translate("Words", "open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Words", "in progress"),
        ActionStatus.DONE: QCoreApplication.translate("Words", "done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Words", "dropped"),
    }
    return names.get(status, status)


def action_kind_name(kind: str) -> str:
    names: dict[str, str] = {
        ActionKind.CORRECTIVE: QCoreApplication.translate("Words", "corrective"),
        ActionKind.PREVENTIVE: QCoreApplication.translate("Words", "preventive"),
    }
    return names.get(kind, kind)


def key_moment_name(moment: str) -> str:
    names: dict[str, str] = {
        KeyMoment.STARTED: QCoreApplication.translate("Words", "started"),
        KeyMoment.DETECTED: QCoreApplication.translate("Words", "detected"),
        KeyMoment.DECLARED: QCoreApplication.translate("Words", "declared"),
        KeyMoment.FIRST_UPDATE: QCoreApplication.translate("Words", "first update"),
        KeyMoment.MITIGATED: QCoreApplication.translate("Words", "mitigated"),
        KeyMoment.RESOLVED: QCoreApplication.translate("Words", "resolved"),
        KeyMoment.CLOSED: QCoreApplication.translate("Words", "closed"),
    }
    return names.get(moment, moment)


def local_date(day: date) -> str:
    """A date as the interface's language writes it (24.11.2026, 2026/11/24, 2026-11-24)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format())


def audience_name(audience: str) -> str:
    names: dict[str, str] = {
        Audience.CUSTOMERS: QCoreApplication.translate("Words", "customers"),
        Audience.INTERNAL: QCoreApplication.translate("Words", "internal"),
        Audience.EXECUTIVES: QCoreApplication.translate("Words", "executives"),
    }
    return names.get(audience, audience)


def delivery_name(channel: str, delivery: str) -> str:
    """``e-mail: sent`` in the language of the interface."""
    channels = {
        "clipboard": QCoreApplication.translate("Words", "clipboard"),
        "e-mail": QCoreApplication.translate("Words", "e-mail"),
        "webhook": QCoreApplication.translate("Words", "webhook"),
    }
    states: dict[str, str] = {
        Delivery.PENDING: QCoreApplication.translate("Words", "pending"),
        Delivery.SENT: QCoreApplication.translate("Words", "sent"),
        Delivery.FAILED: QCoreApplication.translate("Words", "failed"),
    }
    return QCoreApplication.translate("Words", "{0}: {1}").format(
        channels.get(channel, channel), states.get(delivery, delivery)
    )


def _date_format() -> str:
    """English keeps ISO dates (war rooms span countries; 03/04 reads two ways); German
    and Japanese write theirs (24.11.2026, 2026/11/24)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return "yyyy-MM-dd"
    written = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return written if "yyyy" in written else written.replace("yy", "yyyy")


def local_date_time(moment: datetime) -> str:
    """``24.11.2026 10:40 CET``: the date as the language writes it, the zone named."""
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return f"{QLocale().toString(when, _date_format() + ' HH:mm')} {local.tzname() or ''}".strip()


def date_time_edit_format() -> str:
    """The display format of a date-and-time field: the language's date, the zone named."""
    return _date_format() + " HH:mm t"


def number(value: int) -> str:
    """``1.240`` in German, ``1,240`` in English and Japanese."""
    return QLocale().toString(value)


def percent(fraction: float) -> str:
    """``87 %`` (German and English here), ``87%`` (Japanese)."""
    return QCoreApplication.translate("Words", "{0} %").format(
        QLocale().toString(round(fraction * 100))
    )
