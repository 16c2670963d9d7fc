"""Timeline events in words a person reads at a glance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from warroom.core.i18n import _
from warroom.core.vocabulary import EventKind
from warroom.report.typed import isolate
from warroom.store.repository import EventRecord


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def local_time(value: datetime | str | None, seconds: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.astimezone().strftime("%H:%M:%S" if seconds else "%H:%M")


def local_clock(value: datetime) -> str:
    """The machine's time of day, naming its zone (``12:18 CET``): what a seat shows."""
    local = value.astimezone()
    return f"{local:%H:%M} {local.tzname()}"


def about(text: str, rough: bool) -> str:
    """A time or duration known only roughly says so: never printed as if exact."""
    return _("about {0}").format(text) if rough and text != "—" else text


def _instant(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def both_times(value: datetime) -> str:
    """Local time and UTC side by side: war rooms span time zones."""
    local = value.astimezone()
    utc_value = value.astimezone(UTC)
    return f"{local:%Y-%m-%d %H:%M:%S} {local.tzname()} · {utc_value:%H:%M:%S} UTC"


ROLE_NAMES = {
    "lead": "Incident lead",
    "diagnostician": "Diagnostician",
    "communicator": "Communicator",
    "scribe": "Scribe",
}


def role_name(role: str) -> str:
    return tr(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def kind_label(event: EventRecord) -> str:
    if event.kind == EventKind.ENTRY:
        return tr(str(event.payload.get("entry", "note")).capitalize())
    labels = {
        EventKind.DECLARED: "Declared",
        EventKind.PRIORITY_CHANGED: "Priority",
        EventKind.STATUS_CHANGED: "Status",
        EventKind.IMPACT_CHANGED: "Impact",
        EventKind.KEY_MOMENT: "Key moment",
        EventKind.ESCALATED: "Escalation",
        EventKind.RESOLVED: "Resolved",
        EventKind.ROLE_ASSIGNED: "Role",
        EventKind.ROLE_HANDED_OVER: "Handover",
        EventKind.ROLE_RELEASED: "Role",
        EventKind.CORRECTION: "Correction",
        EventKind.CHECKLIST_ADDED: "Checklist",
        EventKind.CHECKLIST_STARTED: "Checklist",
        EventKind.CHECKLIST_TICKED: "Checklist",
        EventKind.SPEC_LINE_SET: "Specification",
        EventKind.HYPOTHESIS_ADDED: "Hypothesis",
        EventKind.HYPOTHESIS_STATUS: "Hypothesis",
        EventKind.EVIDENCE_ADDED: "Evidence",
        EventKind.FIX_ATTEMPTED: "Fix attempt",
        EventKind.FIX_OUTCOME: "Fix outcome",
        EventKind.REQUEST_SENT: "Request",
        EventKind.REQUEST_ANSWERED: "Answer",
        EventKind.UPDATE_POSTED: "Update",
        EventKind.UPDATE_DELIVERY: "Delivery",
        EventKind.EXERCISE_CLOCK: "Exercise",
        EventKind.INJECT: "INJECT",
        EventKind.EXERCISE_STARTED: "Exercise",
        EventKind.EXERCISE_CONTROL: "Exercise",
        EventKind.EXERCISE_RATING: "Exercise",
        EventKind.EXERCISE_HOT_WASH: "Hot wash",
        EventKind.EXERCISE_IMPROVEMENT: "Exercise",
        EventKind.ONCALL_PAGED: "On call",
        EventKind.ONCALL_ACKNOWLEDGED: "On call",
        EventKind.ACTION_ADDED: "Action item",
        EventKind.ACTION_STATUS: "Action item",
        EventKind.ROOT_CAUSE_SET: "Root cause",
        EventKind.RECORD_REBUILT: "Record",
        EventKind.PHASE_BEGAN: "Impact",
        EventKind.PHASE_ENDED: "Impact",
        EventKind.REMEDY_CONSIDERED: "Remedy",
        EventKind.REMEDY_DECIDED: "Remedy",
        EventKind.SOURCE_ADDED: "Source",
        EventKind.RECORD_IMPORTED: "Record",
    }
    if event.kind not in _KINDS:
        # Written by a newer version: its own name, readable.
        return event.kind.replace("_", " ").replace(".", " ").strip().capitalize() or "?"
    return tr(labels[EventKind(event.kind)])


_KINDS = {k.value for k in EventKind}


def _with(text: str, extra: Any, label: str = "") -> str:
    extra = str(extra or "").strip()
    if not extra:
        return text
    return f"{text} — {label}{extra}"


def describe(event: EventRecord, clock: Callable[[datetime], str] = local_clock) -> str:
    """The event in words. ``clock`` prints the times inside them, naming the zone:
    a seat shows its local time, a report UTC (and its second zone)."""
    p = _Fields(event.payload)
    k = event.kind

    def at(key: str) -> str:
        instant = _instant(p.get(key))
        return clock(instant) if instant is not None else "?"

    def rough_at(key: str) -> str:
        # A moment the source gives only roughly ("around 21:00") says so.
        said = at(key)
        return about(said, p.get("approximate") is True)

    def impact(key: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        instant = _instant(value) if key.endswith(("_since", "_at")) else None
        return clock(instant) if instant is not None else _plain(value)

    if k == EventKind.ENTRY:
        return str(p.get("text", ""))
    if k == EventKind.DECLARED:
        return tr("Declared {0}: {1}").format(p.get("priority"), p.get("title"))
    if k == EventKind.PRIORITY_CHANGED:
        return _with(tr("Priority {0} → {1}").format(p.get("from"), p.get("to")), p.get("reason"))
    if k == EventKind.STATUS_CHANGED:
        return _with(tr("Status {0} → {1}").format(p.get("from"), p.get("to")), p.get("note"))
    if k == EventKind.IMPACT_CHANGED:
        return tr("Business impact updated: {0}").format(
            "; ".join(f"{key} = {impact(key, value)}" for key, value in p.items())
        )
    if k == EventKind.KEY_MOMENT:
        moment = str(p.get("moment", "")).replace("_", " ")
        return _with(tr("Key moment: {0} at {1}").format(moment, rough_at("at")), p.get("note"))
    if k == EventKind.ESCALATED:
        return _with(tr("Escalated to {0}").format(p.get("to")), p.get("note"))
    if k == EventKind.RESOLVED:
        return _with(tr("Resolved"), p.get("summary"))
    if k == EventKind.ROLE_ASSIGNED:
        return tr("{0} takes the {1} role").format(p.get("person"), role_name(str(p.get("role"))))
    if k == EventKind.ROLE_HANDED_OVER:
        return _with(
            tr("{0} hands the {1} role over to {2}").format(
                p.get("from"), role_name(str(p.get("role"))), p.get("to")
            ),
            p.get("note"),
        )
    if k == EventKind.ROLE_RELEASED:
        return tr("{0} leaves the {1} role").format(p.get("person"), role_name(str(p.get("role"))))
    if k == EventKind.CORRECTION:
        return tr("Corrects #{0}: {1} (why: {2})").format(
            "?" if event.corrects is None else event.corrects, p.get("text"), p.get("reason")
        )
    if k == EventKind.CHECKLIST_ADDED:
        return tr("Checklist item added: {0}").format(p.get("title"))
    if k == EventKind.CHECKLIST_STARTED:
        items = p.get("items") or []
        if p.get("protocol"):
            return tr("Checklist started from the protocol “{0}”: {1} items").format(
                p.get("protocol"), len(items)
            )
        return tr("Checklist started: {0} items").format(len(items))
    if k == EventKind.CHECKLIST_TICKED:
        mark = "✓" if p.get("done") else "✗"
        return _with(f"{mark} {p.get('title')}", p.get("result"))
    if k == EventKind.SPEC_LINE_SET:
        return tr("Specification, {0}: IS {1} / IS NOT {2}").format(
            p.get("dimension"), p.get("is") or "…", p.get("is_not") or "…"
        )
    if k == EventKind.HYPOTHESIS_ADDED:
        return f"{p.get('label')}: {p.get('statement')}"
    if k == EventKind.HYPOTHESIS_STATUS:
        status = str(p.get("to", "")).replace("_", " ")
        return _with(f"{p.get('label')} → {status}", p.get("reason"))
    if k == EventKind.EVIDENCE_ADDED:
        side = tr("for") if p.get("supports") else tr("against")
        return tr("{0}, evidence {1}: {2}").format(p.get("label"), side, p.get("text"))
    if k == EventKind.FIX_ATTEMPTED:
        label = p.get("hypothesis_label")
        tests = tr("tests {0}").format(label) if label else tr("NO HYPOTHESIS")
        return f"{p.get('description')} ({tests})"
    if k == EventKind.FIX_OUTCOME:
        return _with(str(p.get("outcome", "")).replace("_", " "), p.get("note"))
    if k == EventKind.REQUEST_SENT:
        return tr("Asked {0} for: {1} — why: {2}").format(
            p.get("to") or tr("the customer"), p.get("need"), p.get("why")
        )
    if k == EventKind.REQUEST_ANSWERED:
        return tr("Answer: {0}").format(p.get("answer"))
    if k == EventKind.UPDATE_POSTED:
        if p.get("final"):
            nxt = tr("final update")
        elif _instant(p.get("next_update_at")) is None:
            nxt = tr("no next update promised")
        else:
            nxt = tr("next update {0}").format(at("next_update_at"))
        return f"[{p.get('audience')} · {nxt}] {p.get('text')}"
    if k == EventKind.INJECT:
        to = "everyone" if p.get("to") == "all" else role_name(str(p.get("to")))
        number = f" {p.get('number')}" if p.get("number") else " (unscheduled)"
        if p.get("to") != "all":
            # A private inject is read at its role's seats; the shared record only names it.
            return tr("Inject{0} to {1} (for that role's seats)").format(number, to)
        return tr("Inject{0} to {1}: {2}").format(number, to, p.get("text"))
    if k == EventKind.EXERCISE_STARTED:
        return tr("Exercise started: {0}").format(p.get("title"))
    if k == EventKind.EXERCISE_CONTROL:
        if p.get("action") == "end":
            return tr("End of the exercise")
        return tr("Trainer's control of the exercise")
    if k == EventKind.EXERCISE_RATING:
        return tr("Evaluator's rating (in the after-action report)")
    if k == EventKind.EXERCISE_HOT_WASH:
        return tr("Hot wash, {0}: {1}").format(role_name(str(p.get("role"))), p.get("notes"))
    if k == EventKind.EXERCISE_IMPROVEMENT:
        return tr("Improvement plan: {0}").format(p.get("text"))
    if k == EventKind.EXERCISE_CLOCK:
        if not p.get("running"):
            return tr("Exercise clock paused")
        return tr("Exercise clock running at {0}× speed").format(p.get("speed"))
    if k == EventKind.UPDATE_DELIVERY:
        if p.get("delivery") == "sent":
            return _with(tr("Update delivered by {0}").format(p.get("channel")), p.get("detail"))
        return _with(tr("Update NOT delivered by {0}").format(p.get("channel")), p.get("detail"))
    if k == EventKind.ONCALL_PAGED:
        return tr("Paged {0} ({1} on call)").format(p.get("who"), p.get("level"))
    if k == EventKind.ONCALL_ACKNOWLEDGED:
        return _with(tr("{0} acknowledged the page").format(p.get("who")), p.get("note"))
    if k == EventKind.ACTION_ADDED:
        return _with(f"{str(p.get('kind', '')).capitalize()}: {p.get('text')}", p.get("owner"))
    if k == EventKind.ACTION_STATUS:
        return tr("Action item → {0}").format(str(p.get("to", "")).replace("_", " "))
    if k == EventKind.ROOT_CAUSE_SET:
        return _with(
            tr("Root cause: {0}").format(p.get("cause")), p.get("how_proven"), tr("proof: ")
        )
    if k == EventKind.RECORD_REBUILT:
        differences = p.get("differences") or []
        first = tr(" First: {0}").format(differences[0]) if differences else ""
        return tr("State rebuilt from the events; {0} rows had been changed.{1}").format(
            p.get("count", len(differences)), first
        )
    if k == EventKind.PHASE_BEGAN:
        level = tr("Outage") if p.get("level") == "outage" else tr("Degraded service")
        return _with(tr("{0} begins: {1}").format(level, p.get("what")), p.get("extent"))
    if k == EventKind.PHASE_ENDED:
        if p.get("level") not in ("outage", "degraded"):  # a file that does not say
            return _with(_("An impact phase ends"), p.get("note"))
        level = tr("Outage") if p.get("level") == "outage" else tr("Degraded service")
        return _with(tr("{0} ends").format(level), p.get("note"))
    if k == EventKind.REMEDY_CONSIDERED:
        decision = str(p.get("decision") or "open")
        said = tr("Remedy considered: {0}").format(p.get("description"))
        if decision != "open":
            said = f"{said} ({tr(decision)})"
        return _with(said, p.get("reason"))
    if k == EventKind.REMEDY_DECIDED:
        return _with(
            tr("Remedy {0}: {1}").format(tr(str(p.get("decision"))), p.get("description")),
            p.get("reason"),
        )
    if k == EventKind.SOURCE_ADDED:
        return _with(tr("Source: {0}").format(p.get("title")), p.get("url"))
    if k == EventKind.RECORD_IMPORTED:
        chain = (
            tr("it had no hash chain")
            if p.get("chain") == "absent"
            else tr("its hash chain was broken ({0})").format(p.get("chain_problem"))
        )
        tool = tr(", written by {0}").format(p.get("tool")) if p.get("tool") else ""
        return tr(
            "Imported from {0} (SHA-256 {1}){2}; {3}: this record's chain starts anew"
        ).format(p.get("file"), p.get("sha256"), tool, chain)
    # A kind this version does not know (written by a newer version): its words, never a repr.
    words = [
        f"{str(key).replace('_', ' ')}: {_plain(value)}"
        for key, value in p.items()
        if value not in (None, "", [], {})
    ]
    return "; ".join(words) or kind_label(event)


def _plain(value: Any) -> str:
    """A payload value as words: lists joined, mappings as ``key: value``, no brackets."""
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_plain(item)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_plain(item) for item in value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


class _Fields:
    """An event's payload where a missing or null field reads as empty, never as "None"."""

    def __init__(self, payload: dict[str, Any]) -> None:
        self._payload = payload

    def get(self, key: str, default: Any = "") -> Any:
        value = self._payload.get(key, default)
        if value is None:
            return default
        # Typed text is its own bidi island: an override in a name cannot reverse our words.
        return isolate(value) if isinstance(value, str) else value

    def items(self) -> Any:
        return self._payload.items()
