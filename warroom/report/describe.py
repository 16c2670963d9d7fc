"""Timeline events in words a person reads at a glance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from warroom.core.i18n import N_, _, ngettext
from warroom.core.names import (
    ENTRY_NAMES,
    KEY_MOMENT_NAMES,
    audience_name,
    dimension_name,
    priority_name,
    role_name,
    state_name,
    status_name,
)
from warroom.core.vocabulary import EventKind
from warroom.report.typed import isolate
from warroom.store.repository import EventRecord

# The names' home is warroom.core.names (the room words its errors with them too).
__all__ = [
    "audience_name",
    "both_times",
    "describe",
    "kind_label",
    "local_clock",
    "local_time",
    "priority_name",
    "role_name",
    "state_name",
    "status_name",
]


# The business impact's fields in words (an impact change names the ones it changes).
IMPACT_FIELDS = {
    "impact_what": N_("what the customer cannot do"),
    "impact_who": N_("who is affected"),
    "impact_count": N_("how many"),
    "impact_extent": N_("how far it reached"),
    "impact_since": N_("since"),
    "services": N_("services"),
}


def tr(text: str) -> str:
    """A text marked elsewhere (a table of names) in the current language."""
    return _(text)


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


def kind_label(event: EventRecord) -> str:
    if event.kind == EventKind.ENTRY:
        entry = str(event.payload.get("entry", "note"))
        return _(ENTRY_NAMES[entry]) if entry in ENTRY_NAMES else entry.capitalize()
    labels = {
        EventKind.DECLARED: N_("Declared"),
        EventKind.PRIORITY_CHANGED: N_("Priority"),
        EventKind.STATUS_CHANGED: N_("Status"),
        EventKind.IMPACT_CHANGED: N_("Impact"),
        EventKind.KEY_MOMENT: N_("Key moment"),
        EventKind.ESCALATED: N_("Escalation"),
        EventKind.RESOLVED: N_("Resolved"),
        EventKind.ROLE_ASSIGNED: N_("Role"),
        EventKind.ROLE_HANDED_OVER: N_("Handover"),
        EventKind.ROLE_RELEASED: N_("Role"),
        EventKind.CORRECTION: N_("Correction"),
        EventKind.CHECKLIST_ADDED: N_("Checklist"),
        EventKind.CHECKLIST_STARTED: N_("Checklist"),
        EventKind.CHECKLIST_TICKED: N_("Checklist"),
        EventKind.SPEC_LINE_SET: N_("Specification"),
        EventKind.HYPOTHESIS_ADDED: N_("Hypothesis"),
        EventKind.HYPOTHESIS_STATUS: N_("Hypothesis"),
        EventKind.EVIDENCE_ADDED: N_("Evidence"),
        EventKind.FIX_ATTEMPTED: N_("Fix attempt"),
        EventKind.FIX_OUTCOME: N_("Fix outcome"),
        EventKind.REQUEST_SENT: N_("Request"),
        EventKind.REQUEST_ANSWERED: N_("Answer"),
        EventKind.UPDATE_POSTED: N_("Update"),
        EventKind.UPDATE_DELIVERY: N_("Delivery"),
        EventKind.EXERCISE_CLOCK: N_("Exercise"),
        EventKind.INJECT: N_("INJECT"),
        EventKind.EXERCISE_STARTED: N_("Exercise"),
        EventKind.EXERCISE_CONTROL: N_("Exercise"),
        EventKind.EXERCISE_RATING: N_("Exercise"),
        EventKind.EXERCISE_HOT_WASH: N_("Hot wash"),
        EventKind.EXERCISE_IMPROVEMENT: N_("Exercise"),
        EventKind.ONCALL_PAGED: N_("On call"),
        EventKind.ONCALL_ACKNOWLEDGED: N_("On call"),
        EventKind.ACTION_ADDED: N_("Action item"),
        EventKind.ACTION_STATUS: N_("Action item"),
        EventKind.ROOT_CAUSE_SET: N_("Root cause"),
        EventKind.RECORD_REBUILT: N_("Record"),
        EventKind.PHASE_BEGAN: N_("Impact"),
        EventKind.PHASE_ENDED: N_("Impact"),
        EventKind.REMEDY_CONSIDERED: N_("Remedy"),
        EventKind.REMEDY_DECIDED: N_("Remedy"),
        EventKind.SOURCE_ADDED: N_("Source"),
        EventKind.RECORD_IMPORTED: N_("Record"),
    }
    if event.kind not in _KINDS:
        # Written by a newer version: its own name, readable.
        return event.kind.replace("_", " ").replace(".", " ").strip().capitalize() or "?"
    return _(labels[EventKind(event.kind)])


_KINDS = {k.value for k in EventKind}


def _with(text: str, extra: Any, label: str = "") -> str:
    extra = str(extra or "").strip()
    if not extra:
        return text
    return f"{text} — {label}{extra}"


def describe(event: EventRecord, clock: Callable[[datetime], str] = local_clock) -> str:
    """The event in words, in the current language. ``clock`` prints the times inside
    them, naming the zone: a seat shows its local time, a report UTC (and its second zone).
    What people typed stays as they typed it."""
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
        return _("Declared {priority}: {title}").format(
            priority=priority_name(str(p.get("priority"))), title=p.get("title")
        )
    if k == EventKind.PRIORITY_CHANGED:
        return _with(
            _("Priority {before} → {after}").format(
                before=priority_name(str(p.get("from"))), after=priority_name(str(p.get("to")))
            ),
            p.get("reason"),
        )
    if k == EventKind.STATUS_CHANGED:
        return _with(
            _("Status {before} → {after}").format(
                before=status_name(str(p.get("from"))), after=status_name(str(p.get("to")))
            ),
            p.get("note"),
        )
    if k == EventKind.IMPACT_CHANGED:
        return _("Business impact updated: {changes}").format(
            changes="; ".join(
                _("{field}: {value}").format(
                    field=_(IMPACT_FIELDS[key]) if key in IMPACT_FIELDS else key,
                    value=impact(key, value),
                )
                for key, value in p.items()
            )
        )
    if k == EventKind.KEY_MOMENT:
        moment = str(p.get("moment", ""))
        name = _(KEY_MOMENT_NAMES[moment]) if moment in KEY_MOMENT_NAMES else moment
        return _with(
            _("Key moment: {moment} at {time}").format(
                moment=name.replace("_", " "), time=rough_at("at")
            ),
            p.get("note"),
        )
    if k == EventKind.ESCALATED:
        return _with(_("Escalated to {whom}").format(whom=p.get("to")), p.get("note"))
    if k == EventKind.RESOLVED:
        return _with(_("Resolved"), p.get("summary"))
    if k == EventKind.ROLE_ASSIGNED:
        return _("{person} takes the {role} role").format(
            person=p.get("person"), role=role_name(str(p.get("role")))
        )
    if k == EventKind.ROLE_HANDED_OVER:
        return _with(
            _("{before} hands the {role} role over to {after}").format(
                before=p.get("from"), role=role_name(str(p.get("role"))), after=p.get("to")
            ),
            p.get("note"),
        )
    if k == EventKind.ROLE_RELEASED:
        return _("{person} leaves the {role} role").format(
            person=p.get("person"), role=role_name(str(p.get("role")))
        )
    if k == EventKind.CORRECTION:
        return _("Corrects #{number}: {text} (why: {reason})").format(
            number="?" if event.corrects is None else event.corrects,
            text=p.get("text"),
            reason=p.get("reason"),
        )
    if k == EventKind.CHECKLIST_ADDED:
        return _("Checklist item added: {title}").format(title=p.get("title"))
    if k == EventKind.CHECKLIST_STARTED:
        items = p.get("items") or []
        if p.get("protocol"):
            return ngettext(
                "Checklist started from the protocol “{protocol}”: {n} item",
                "Checklist started from the protocol “{protocol}”: {n} items",
                len(items),
            ).format(protocol=p.get("protocol"), n=len(items))
        return ngettext(
            "Checklist started: {n} item", "Checklist started: {n} items", len(items)
        ).format(n=len(items))
    if k == EventKind.CHECKLIST_TICKED:
        mark = "✓" if p.get("done") else "✗"
        return _with(f"{mark} {p.get('title')}", p.get("result"))
    if k == EventKind.SPEC_LINE_SET:
        return _("Specification, {dimension}: IS {is_} / IS NOT {is_not}").format(
            dimension=dimension_name(str(p.get("dimension"))),
            is_=p.get("is") or "…",
            is_not=p.get("is_not") or "…",
        )
    if k == EventKind.HYPOTHESIS_ADDED:
        return f"{p.get('label')}: {p.get('statement')}"
    if k == EventKind.HYPOTHESIS_STATUS:
        return _with(f"{p.get('label')} → {state_name(str(p.get('to', '')))}", p.get("reason"))
    if k == EventKind.EVIDENCE_ADDED:
        if p.get("supports"):
            said = _("{label}, evidence for: {text}")
        else:
            said = _("{label}, evidence against: {text}")
        return said.format(label=p.get("label"), text=p.get("text"))
    if k == EventKind.FIX_ATTEMPTED:
        label = p.get("hypothesis_label")
        tests = _("tests {label}").format(label=label) if label else _("NO HYPOTHESIS")
        return f"{p.get('description')} ({tests})"
    if k == EventKind.FIX_OUTCOME:
        return _with(state_name(str(p.get("outcome", ""))), p.get("note"))
    if k == EventKind.REQUEST_SENT:
        return _("Asked {whom} for: {need} — why: {why}").format(
            whom=p.get("to") or _("the customer"), need=p.get("need"), why=p.get("why")
        )
    if k == EventKind.REQUEST_ANSWERED:
        return _("Answer: {answer}").format(answer=p.get("answer"))
    if k == EventKind.UPDATE_POSTED:
        if p.get("final"):
            nxt = _("final update")
        elif _instant(p.get("next_update_at")) is None:
            nxt = _("no next update promised")
        else:
            nxt = _("next update {time}").format(time=at("next_update_at"))
        return f"[{audience_name(str(p.get('audience')))} · {nxt}] {p.get('text')}"
    if k == EventKind.INJECT:
        to = _("everyone") if p.get("to") == "all" else role_name(str(p.get("to")))
        number = str(p.get("number")) if p.get("number") else _("(unscheduled)")
        if p.get("to") != "all":
            # A private inject is read at its role's seats; the shared record only names it.
            return _("Inject {number} to {whom} (for that role's seats)").format(
                number=number, whom=to
            )
        return _("Inject {number} to {whom}: {text}").format(
            number=number, whom=to, text=p.get("text")
        )
    if k == EventKind.EXERCISE_STARTED:
        return _("Exercise started: {title}").format(title=p.get("title"))
    if k == EventKind.EXERCISE_CONTROL:
        if p.get("action") == "end":
            return _("End of the exercise")
        return _("Trainer's control of the exercise")
    if k == EventKind.EXERCISE_RATING:
        return _("Evaluator's rating (in the after-action report)")
    if k == EventKind.EXERCISE_HOT_WASH:
        return _("Hot wash, {role}: {notes}").format(
            role=role_name(str(p.get("role"))), notes=p.get("notes")
        )
    if k == EventKind.EXERCISE_IMPROVEMENT:
        return _("Improvement plan: {text}").format(text=p.get("text"))
    if k == EventKind.EXERCISE_CLOCK:
        if not p.get("running"):
            return _("Exercise clock paused")
        return _("Exercise clock running at {speed}× speed").format(speed=p.get("speed"))
    if k == EventKind.UPDATE_DELIVERY:
        if p.get("delivery") == "sent":
            said = _("Update delivered by {channel}")
        else:
            said = _("Update NOT delivered by {channel}")
        return _with(said.format(channel=p.get("channel")), p.get("detail"))
    if k == EventKind.ONCALL_PAGED:
        level = p.get("level")
        if level == "primary":
            said = _("Paged {who} (primary on call)")
        elif level == "backup":
            said = _("Paged {who} (backup on call)")
        else:
            said = _("Paged {who} ({level} on call)")
        return said.format(who=p.get("who"), level=level)
    if k == EventKind.ONCALL_ACKNOWLEDGED:
        return _with(_("{who} acknowledged the page").format(who=p.get("who")), p.get("note"))
    if k == EventKind.ACTION_ADDED:
        kind = state_name(str(p.get("kind", "")))
        return _with(f"{kind[:1].upper()}{kind[1:]}: {p.get('text')}", p.get("owner"))
    if k == EventKind.ACTION_STATUS:
        return _("Action item → {status}").format(status=state_name(str(p.get("to", ""))))
    if k == EventKind.ROOT_CAUSE_SET:
        return _with(
            _("Root cause: {cause}").format(cause=p.get("cause")),
            p.get("how_proven"),
            _("proof: "),
        )
    if k == EventKind.RECORD_REBUILT:
        differences = p.get("differences") or []
        count = int(p.get("count", len(differences)) or 0)
        said = ngettext(
            "State rebuilt from the events; {n} row had been changed.",
            "State rebuilt from the events; {n} rows had been changed.",
            count,
        ).format(n=count)
        if differences:
            said += " " + _("First: {difference}").format(difference=differences[0])
        return said
    if k == EventKind.PHASE_BEGAN:
        if p.get("level") == "outage":
            said = _("Outage begins: {what}")
        else:
            said = _("Degraded service begins: {what}")
        return _with(said.format(what=p.get("what")), p.get("extent"))
    if k == EventKind.PHASE_ENDED:
        if p.get("level") not in ("outage", "degraded"):  # a file that does not say
            return _with(_("An impact phase ends"), p.get("note"))
        said = _("Outage ends") if p.get("level") == "outage" else _("Degraded service ends")
        return _with(said, p.get("note"))
    if k == EventKind.REMEDY_CONSIDERED:
        decision = str(p.get("decision") or "open")
        said = _("Remedy considered: {description}").format(description=p.get("description"))
        if decision != "open":
            said = f"{said} ({state_name(decision)})"
        return _with(said, p.get("reason"))
    if k == EventKind.REMEDY_DECIDED:
        return _with(
            _("Remedy {decision}: {description}").format(
                decision=state_name(str(p.get("decision"))), description=p.get("description")
            ),
            p.get("reason"),
        )
    if k == EventKind.SOURCE_ADDED:
        return _with(_("Source: {title}").format(title=p.get("title")), p.get("url"))
    if k == EventKind.RECORD_IMPORTED:
        if p.get("chain") == "absent":
            chain = _("it had no hash chain")
        else:
            chain = _("its hash chain was broken ({problem})").format(
                problem=p.get("chain_problem")
            )
        if p.get("tool"):
            said = _(
                "Imported from {file} (SHA-256 {sha256}), written by {tool}; {chain}: "
                "this record's chain starts anew"
            )
        else:
            said = _(
                "Imported from {file} (SHA-256 {sha256}); {chain}: this record's chain starts anew"
            )
        return said.format(
            file=p.get("file"), sha256=p.get("sha256"), tool=p.get("tool"), chain=chain
        )
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
        return _("yes") if value else _("no")
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
