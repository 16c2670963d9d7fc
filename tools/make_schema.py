"""Write the export format's JSON Schema and the table of event kinds in its README.

Usage (from the repository root):

    python tools/make_schema.py          write resources/schema/incident.schema.json
                                         and the event-kind table in resources/schema/README.md
    python tools/make_schema.py --check  exit 1 if either is not what this tool writes

This file is the one source of both: ``KINDS`` below says, for every kind of
timeline event, what it records and what its payload holds. The schema checks
each event's payload against its kind (one ``if``/``then`` per kind), and the
README shows the same table to people. ``incident-1.schema.json`` (format
version 1) is frozen and not written here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warroom.core.language import LANGUAGES
from warroom.core.vocabulary import (
    APPROXIMABLE_TIMES,
    ActionKind,
    ActionStatus,
    Audience,
    ChainState,
    Delivery,
    EntryKind,
    EventKind,
    FixOutcome,
    HypothesisStatus,
    ImpactLevel,
    Mode,
    RemedyDecision,
    Role,
    SpecDimension,
    Status,
)
from warroom.exchange.document import (
    INCIDENT_TIMES,
    MAX_NAME,
    MAX_TEXT,
    MAX_TITLE,
    VERSION,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "resources" / "schema" / "incident.schema.json"
README = ROOT / "resources" / "schema" / "README.md"
TABLE_BEGIN = "<!-- event kinds: written by tools/make_schema.py -->"
TABLE_END = "<!-- end of event kinds -->"

Schema = dict[str, Any]

# -- the building blocks ------------------------------------------------------------

TEXT: Schema = {"type": "string", "maxLength": MAX_TEXT}
NAME: Schema = {"type": "string", "maxLength": MAX_NAME}
PERSON: Schema = {"type": "string", "minLength": 1, "maxLength": MAX_NAME}
TITLE: Schema = {"type": "string", "minLength": 1, "maxLength": MAX_TITLE}
SHORT: Schema = {"type": "string", "maxLength": 40}
UID: Schema = {"type": "string", "minLength": 1, "maxLength": 36}
HASH: Schema = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
TIME: Schema = {"type": "string", "format": "date-time", "maxLength": 40}
TIME_OR_NULL: Schema = {"type": ["string", "null"], "format": "date-time", "maxLength": 40}
BOOL: Schema = {"type": "boolean"}
COUNT: Schema = {"type": ["integer", "null"], "minimum": 0}
ZONE: Schema = {
    "type": "string",
    "maxLength": 64,
    "pattern": "^([A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)?$",
}
URL: Schema = {"type": "string", "maxLength": 2000, "pattern": "^(https?://\\S+)?$"}


def enum(values: Any) -> Schema:
    return {"enum": [str(v) for v in values]}


def listing(item: Schema, most: int = 100) -> Schema:
    return {"type": "array", "items": item, "maxItems": most}


def obj(props: dict[str, Schema], optional: tuple[str, ...] = (), desc: str = "") -> Schema:
    o: Schema = {
        "type": "object",
        "additionalProperties": False,
        "required": [k for k in props if k not in optional],
        "properties": props,
    }
    if desc:
        o["description"] = desc
    return o


def section(item: Schema, desc: str = "") -> Schema:
    s: Schema = {"type": "array", "items": item}
    if desc:
        s["description"] = desc
    return s


ROLE = enum(Role)
STATUS = enum(Status)
SERVICES = listing({"type": "string", "maxLength": MAX_TITLE})

# -- every kind of event, and what its payload holds ---------------------------------

# name -> (schema, required, what it says); "*" in the README marks a required field.
Field = tuple[Schema, bool, str]
REQ, OPT = True, False

APPROXIMATE: Field = (
    BOOL,
    OPT,
    "the time this event reports is approximate: its `at`, or the `at` in its payload",
)

KINDS: dict[str, tuple[str, bool, dict[str, Field]]] = {
    # kind: (what it records, whether it changes the state, payload fields)
    EventKind.DECLARED: (
        "the incident is declared; always the first event",
        True,
        {
            "uid": (UID, OPT, "the incident's uid (records written by 0.1 have none)"),
            "title": (TITLE, REQ, "the incident's title"),
            "priority": ({"type": "string", "minLength": 1, "maxLength": 40}, REQ, "Blocker..."),
            "mode": (enum(Mode), OPT, "real (default) or exercise"),
            "summary": (TEXT, OPT, "a summary"),
            "impact_what": (TEXT, REQ, "what the customer cannot do"),
            "impact_who": (TEXT, OPT, "who is affected"),
            "impact_count": (COUNT, OPT, "how many are affected, as a number"),
            "impact_extent": (TEXT, OPT, "how many, in words (`80 % of traffic`)"),
            "impact_since": (TIME_OR_NULL, OPT, "since when"),
            "services": (SERVICES, OPT, "the services affected"),
            "started_at": (TIME_OR_NULL, OPT, "when it began (default: the event's time)"),
            "detected_at": (TIME_OR_NULL, OPT, "when it was detected"),
            "time_zone": (ZONE, OPT, "IANA zone the team gave its times in"),
            "approximate_times": (
                listing(enum(("started", "detected")), 2),
                OPT,
                "which of started and detected are approximate",
            ),
        },
    ),
    EventKind.PRIORITY_CHANGED: (
        "the priority changes",
        True,
        {
            "from": (SHORT, OPT, "the priority before"),
            "to": ({"type": "string", "minLength": 1, "maxLength": 40}, REQ, "the new priority"),
            "reason": (TEXT, OPT, "why"),
        },
    ),
    EventKind.STATUS_CHANGED: (
        "the status changes (closed sets `closed`; leaving resolved clears `resolved`)",
        True,
        {
            "from": (STATUS, OPT, "the status before"),
            "to": (STATUS, REQ, ""),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.IMPACT_CHANGED: (
        "the business impact changes; only the fields given change",
        True,
        {
            "impact_what": (TEXT, OPT, ""),
            "impact_who": (TEXT, OPT, ""),
            "impact_count": (COUNT, OPT, ""),
            "impact_extent": (TEXT, OPT, ""),
            "services": (SERVICES, OPT, ""),
        },
    ),
    EventKind.KEY_MOMENT: (
        "a key moment marked, at its own time",
        True,
        {
            "moment": (enum(("detected", "declared", "mitigated", "resolved")), REQ, ""),
            "at": (TIME, REQ, "when it happened"),
            "note": (TEXT, OPT, ""),
            "approximate": (BOOL, OPT, "`at` is approximate"),
        },
    ),
    EventKind.ESCALATED: (
        "escalated (sets `escalated`)",
        True,
        {"to": (PERSON, REQ, "to whom"), "note": (TEXT, OPT, "")},
    ),
    EventKind.RESOLVED: (
        "resolved (sets `resolved`, and `mitigated` if not yet set)",
        True,
        {"from": (STATUS, OPT, "the status before"), "summary": (TEXT, OPT, "what was done")},
    ),
    EventKind.ROLE_ASSIGNED: (
        "a person takes a role",
        True,
        {
            "uid": (UID, REQ, "the assignment"),
            "role": (ROLE, REQ, ""),
            "person": (PERSON, REQ, ""),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.ROLE_HANDED_OVER: (
        "a role changes hands: one assignment ends, another begins",
        True,
        {
            "role": (ROLE, REQ, ""),
            "from": (NAME, OPT, ""),
            "to": (PERSON, REQ, ""),
            "ended": (UID, REQ, "the assignment that ends"),
            "uid": (UID, REQ, "the new assignment"),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.ROLE_RELEASED: (
        "a person leaves a role",
        True,
        {
            "role": (ROLE, OPT, ""),
            "person": (NAME, OPT, ""),
            "uid": (UID, REQ, "the assignment"),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.ENTRY: (
        "the scribe's entry",
        False,
        {
            "entry": (enum(EntryKind), REQ, ""),
            "text": (TEXT, REQ, ""),
            "client_id": ({"type": "string", "maxLength": 64}, OPT, "typed offline: the seat's id"),
            "typed_at": (TIME, OPT, "typed offline: when it was typed"),
        },
    ),
    EventKind.CORRECTION: (
        "corrects the event numbered in the event's `corrects`",
        False,
        {"text": (TEXT, REQ, "the corrected text"), "reason": (TEXT, REQ, "why")},
    ),
    EventKind.CHECKLIST_ADDED: (
        "a diagnostic checklist item",
        True,
        {
            "uid": (UID, REQ, ""),
            "section": (NAME, OPT, ""),
            "title": ({**TEXT, "minLength": 1}, REQ, ""),
            "need": (TEXT, OPT, ""),
            "why": (TEXT, OPT, ""),
            "use": (TEXT, OPT, ""),
            "next_step": (TEXT, OPT, ""),
        },
    ),
    EventKind.CHECKLIST_STARTED: (
        "a checklist started from a protocol: every item at once",
        True,
        {
            "protocol": (NAME, OPT, "the protocol's name"),
            "items": (
                listing(
                    obj(
                        {
                            "uid": UID,
                            "section": NAME,
                            "title": {**TEXT, "minLength": 1},
                            "need": TEXT,
                            "why": TEXT,
                            "use": TEXT,
                            "next_step": TEXT,
                        },
                        optional=("section", "need", "why", "use", "next_step"),
                    ),
                    500,
                ),
                REQ,
                "the items, in order",
            ),
        },
    ),
    EventKind.CHECKLIST_TICKED: (
        "a checklist item done (or undone), with its result",
        True,
        {
            "uid": (UID, REQ, ""),
            "title": (TEXT, OPT, ""),
            "done": (BOOL, REQ, ""),
            "result": (TEXT, OPT, ""),
        },
    ),
    EventKind.SPEC_LINE_SET: (
        "a line of the problem specification (IS / IS NOT)",
        True,
        {
            "uid": (UID, OPT, "the line (records written by 0.1 have none)"),
            "dimension": (enum(SpecDimension), REQ, ""),
            "is": (TEXT, OPT, ""),
            "is_not": (TEXT, OPT, ""),
            "distinction": (TEXT, OPT, ""),
            "change": (TEXT, OPT, ""),
        },
    ),
    EventKind.HYPOTHESIS_ADDED: (
        "a hypothesis",
        True,
        {
            "uid": (UID, REQ, ""),
            "label": ({"type": "string", "maxLength": 20}, REQ, "H1, H2..."),
            "statement": ({**TEXT, "minLength": 1}, REQ, ""),
        },
    ),
    EventKind.HYPOTHESIS_STATUS: (
        "a hypothesis tested, confirmed or ruled out",
        True,
        {
            "uid": (UID, REQ, ""),
            "label": ({"type": "string", "maxLength": 20}, OPT, ""),
            "from": (enum(HypothesisStatus), OPT, ""),
            "to": (enum(HypothesisStatus), REQ, ""),
            "reason": (TEXT, OPT, "what proved or disproved it"),
            "explains_spec": ({"type": ["boolean", "null"]}, OPT, ""),
        },
    ),
    EventKind.EVIDENCE_ADDED: (
        "evidence for or against a hypothesis",
        True,
        {
            "uid": (UID, REQ, "the hypothesis"),
            "label": ({"type": "string", "maxLength": 20}, OPT, ""),
            "text": (TEXT, REQ, ""),
            "supports": (BOOL, REQ, ""),
            "same_as": (
                {"type": "integer"},
                OPT,
                'a past incident\'s id in the writing database ("same as #42")',
            ),
        },
    ),
    EventKind.FIX_ATTEMPTED: (
        "a fix attempted, naming the hypothesis it tests",
        True,
        {
            "uid": (UID, REQ, ""),
            "description": ({**TEXT, "minLength": 1}, REQ, ""),
            "hypothesis": ({"type": ["string", "null"], "maxLength": 36}, OPT, "its uid"),
            "hypothesis_label": ({"type": ["string", "null"], "maxLength": 20}, OPT, ""),
            "expected_result": (TEXT, OPT, ""),
            "rollback_plan": (TEXT, OPT, ""),
            "approved_by": (NAME, OPT, ""),
        },
    ),
    EventKind.FIX_OUTCOME: (
        "what a fix attempt did",
        True,
        {"uid": (UID, REQ, ""), "outcome": (enum(FixOutcome), REQ, ""), "note": (TEXT, OPT, "")},
    ),
    EventKind.REQUEST_SENT: (
        "a request to the customer: what, why, what for, what next (rule 3)",
        True,
        {
            "uid": (UID, REQ, ""),
            "to": (NAME, OPT, ""),
            "need": (TEXT, REQ, ""),
            "why": (TEXT, REQ, ""),
            "use": (TEXT, REQ, ""),
            "next_step": (TEXT, REQ, ""),
        },
    ),
    EventKind.REQUEST_ANSWERED: (
        "the answer to a request",
        True,
        {"uid": (UID, REQ, ""), "answer": (TEXT, REQ, "")},
    ),
    EventKind.UPDATE_POSTED: (
        "a status update; the first to customers sets `first_update`",
        True,
        {
            "uid": (UID, REQ, ""),
            "audience": (enum(Audience), REQ, ""),
            "phase": (STATUS, REQ, "the incident's status when it was sent"),
            "text": (TEXT, REQ, ""),
            "channel": (SHORT, OPT, "clipboard, email, webhook, status page..."),
            "next_update_at": (TIME_OR_NULL, OPT, "the next update promised; null: none"),
            "final": (BOOL, OPT, "the final update, which promises the report"),
            "delivery": (enum(Delivery), OPT, "sent (default), pending, failed"),
            "lang": (enum(LANGUAGES), OPT, "the language the update was written in"),
        },
    ),
    EventKind.UPDATE_DELIVERY: (
        "what the channel said of an update",
        True,
        {
            "uid": (UID, REQ, "the update"),
            "channel": (SHORT, OPT, ""),
            "delivery": (enum(Delivery), REQ, ""),
            "detail": (TEXT, OPT, ""),
        },
    ),
    EventKind.ONCALL_PAGED: (
        "an on-call engineer paged (sets `paged`)",
        True,
        {"who": (PERSON, REQ, ""), "level": (enum(("primary", "backup")), OPT, "")},
    ),
    EventKind.ONCALL_ACKNOWLEDGED: (
        "the page acknowledged (sets `acknowledged`)",
        True,
        {"who": (NAME, OPT, ""), "note": (TEXT, OPT, "")},
    ),
    EventKind.ACTION_ADDED: (
        "a corrective or preventive action",
        True,
        {
            "uid": (UID, REQ, ""),
            "kind": (enum(ActionKind), REQ, ""),
            "text": (TEXT, REQ, ""),
            "owner": (NAME, OPT, ""),
            "due": (TIME_OR_NULL, OPT, ""),
            "other_systems": (SERVICES, OPT, "which other systems need the same fix (rule 7)"),
        },
    ),
    EventKind.ACTION_STATUS: (
        "an action's status",
        True,
        {
            "uid": (UID, REQ, ""),
            "from": (enum(ActionStatus), OPT, ""),
            "to": (enum(ActionStatus), REQ, ""),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.ROOT_CAUSE_SET: (
        "the root cause, its proof, and the causes rejected (rule 6); replaces an earlier one",
        True,
        {
            "cause": (TEXT, REQ, ""),
            "category": ({"type": "string", "maxLength": 100}, OPT, "for recurrence"),
            "how_proven": (TEXT, OPT, ""),
            "assumptions": (TEXT, OPT, ""),
            "alternatives": (
                listing(obj({"cause": TEXT, "why_rejected": TEXT})),
                OPT,
                "other causes considered, and why rejected",
            ),
        },
    ),
    EventKind.PHASE_BEGAN: (
        "a phase of the impact begins (a partial restoration is a degraded phase)",
        True,
        {
            "uid": (UID, REQ, "the phase"),
            "level": (enum(ImpactLevel), REQ, "outage or degraded"),
            "what": ({**TEXT, "minLength": 1}, REQ, "what does not work in this phase"),
            "extent": (TEXT, OPT, "how many, in words"),
            "count": (COUNT, OPT, "how many, as a number"),
            "at": (TIME_OR_NULL, OPT, "when it began (default: the event's time)"),
            "approximate": (BOOL, OPT, "`at` is approximate"),
        },
    ),
    EventKind.PHASE_ENDED: (
        "a phase of the impact ends",
        True,
        {
            "uid": (UID, REQ, "the phase"),
            "level": (enum(ImpactLevel), OPT, ""),
            "at": (TIME_OR_NULL, OPT, "when it ended (default: the event's time)"),
            "approximate": (BOOL, OPT, "`at` is approximate"),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.REMEDY_CONSIDERED: (
        "a remedy considered, perhaps decided at once",
        True,
        {
            "uid": (UID, REQ, ""),
            "description": ({**TEXT, "minLength": 1}, REQ, ""),
            "decision": (enum(RemedyDecision), OPT, "open (default), chosen, rejected"),
            "reason": (TEXT, OPT, "why chosen or rejected"),
        },
    ),
    EventKind.REMEDY_DECIDED: (
        "a remedy chosen or rejected",
        True,
        {
            "uid": (UID, REQ, "the remedy"),
            "description": (TEXT, OPT, ""),
            "from": (enum(RemedyDecision), OPT, ""),
            "decision": (enum(RemedyDecision), REQ, ""),
            "reason": (TEXT, OPT, ""),
        },
    ),
    EventKind.SOURCE_ADDED: (
        "a source of the record's facts (a published postmortem, a status page)",
        True,
        {
            "uid": (UID, REQ, ""),
            "title": (TITLE, REQ, ""),
            "url": (URL, OPT, "http(s) address"),
            "note": (TEXT, OPT, ""),
        },
    ),
    EventKind.EXERCISE_CLOCK: (
        "how the simulated clock of an exercise runs from here",
        False,
        {
            "wall_at": (TIME, REQ, ""),
            "sim_at": (TIME, REQ, ""),
            "speed": ({"type": "number", "exclusiveMinimum": 0}, REQ, ""),
            "running": (BOOL, REQ, ""),
            "scenario": (NAME, OPT, ""),
        },
    ),
    EventKind.INJECT: (
        "an exercise inject delivered to a role",
        False,
        {
            "number": ({"type": ["integer", "null"]}, OPT, ""),
            "to": ({"type": "string", "maxLength": 20}, REQ, "a role or all"),
            "text": (TEXT, REQ, ""),
            "data": ({"type": ["string", "null"], "maxLength": MAX_TEXT}, OPT, ""),
            "expect": ({"type": ["object", "null"]}, OPT, "what the trainer expects"),
        },
    ),
    EventKind.EXERCISE_STARTED: (
        "an exercise begins: the scenario as run (its file's hash) and T+0",
        False,
        {
            "key": (NAME, REQ, "the scenario's key"),
            "title": (TITLE, REQ, ""),
            "file": (NAME, OPT, "the scenario file's name"),
            "sha256": (HASH, REQ, "SHA-256 of the scenario's text"),
            "text": (
                {"type": "string", "maxLength": 1_000_000},
                OPT,
                "the scenario file, in records made before 0.3 (now kept apart: see scenarios)",
            ),
            "started_at": (TIME, REQ, "T+0 on the story's clock"),
        },
    ),
    EventKind.EXERCISE_CONTROL: (
        "the trainer skips, holds, releases, retimes or sends an inject",
        False,
        {
            "action": (NAME, REQ, ""),
            "number": ({"type": ["integer", "null"]}, OPT, "the inject"),
            "offset_minutes": ({"type": ["number", "null"]}, OPT, "its new time"),
            "reason": (TEXT, OPT, ""),
            "expect": ({"type": ["object", "null"]}, OPT, "an ad-hoc inject's expectation"),
        },
    ),
    EventKind.EXERCISE_RATING: (
        "an evaluator's rating of the team's response (HSEEP)",
        False,
        {
            "number": ({"type": ["integer", "null"]}, OPT, "the inject rated"),
            "rating": ({"type": ["string", "null"], "maxLength": 40}, OPT, ""),
            "notes": (TEXT, OPT, ""),
            "override": ({"type": ["string", "null"], "maxLength": 40}, OPT, ""),
            "root_cause_confirmed": ({"type": ["boolean", "null"]}, OPT, ""),
        },
    ),
    EventKind.EXERCISE_HOT_WASH: (
        "the hot wash after the exercise: one role's notes",
        False,
        {"role": (NAME, REQ, ""), "notes": (TEXT, REQ, "")},
    ),
    EventKind.EXERCISE_IMPROVEMENT: (
        "an item of the exercise's improvement plan",
        False,
        {
            "text": ({**TEXT, "minLength": 1}, REQ, ""),
            "owner": (NAME, REQ, ""),
            "due": (TIME_OR_NULL, OPT, ""),
            "objective": (NAME, OPT, ""),
        },
    ),
    EventKind.RECORD_REBUILT: (
        "the state rebuilt from the events, with what differed",
        False,
        {
            "count": ({"type": "integer", "minimum": 0}, REQ, ""),
            "differences": (listing(TEXT, 50), OPT, ""),
        },
    ),
    EventKind.RECORD_IMPORTED: (
        "a foreign record imported with a fresh chain: where it came from",
        False,
        {
            "file": (TITLE, REQ, "the file's name"),
            "sha256": (HASH, REQ, "SHA-256 of the file's bytes"),
            "tool": (NAME, OPT, "the `generator` the file names"),
            "format_version": ({"type": "integer", "minimum": 1}, OPT, ""),
            "chain": (enum((ChainState.ABSENT, ChainState.BROKEN)), REQ, "absent or broken"),
            "chain_problem": (TEXT, OPT, "where the file's own chain broke"),
            "events": ({"type": "integer", "minimum": 0}, OPT, "events taken from the file"),
            "cleaned": ({"type": "integer", "minimum": 0}, OPT, "texts made safe"),
        },
    ),
}


def payload_schema(kind: str) -> Schema:
    what, _, fields = KINDS[kind]
    props = {name: schema for name, (schema, _, _) in fields.items()}
    props.setdefault("approximate", APPROXIMATE[0])
    optional = tuple(name for name, (_, required, _) in fields.items() if not required)
    return obj(props, (*optional, "approximate"), what)


def event_schema() -> Schema:
    chained = obj(
        {
            "number": {"type": "integer", "minimum": 1},
            "at": TIME,
            "kind": enum(KINDS),
            "author": PERSON,
            "role": {"type": "string", "maxLength": 20},
            "seat": {"type": "string", "maxLength": 100},
            "payload": {"type": "object"},
            "corrects": {"type": ["integer", "null"], "minimum": 1},
            "prev_hash": HASH,
            "hash": HASH,
        },
        optional=("number", "role", "seat", "corrects", "prev_hash", "hash"),
    )
    chained["allOf"] = [
        {
            "if": {"properties": {"kind": {"const": str(kind)}}, "required": ["kind"]},
            "then": {"properties": {"payload": {"$ref": f"#/$defs/payload.{kind}"}}},
        }
        for kind in KINDS
    ]
    return chained


# -- the document ---------------------------------------------------------------------


def incident_schema() -> Schema:
    inc = obj(
        {
            "id": {"type": "integer", "description": "the exporting database's id; not kept"},
            "uid": UID,
            "title": TITLE,
            "priority": {"type": "string", "minLength": 1, "maxLength": 40},
            "status": STATUS,
            "mode": enum(Mode),
            "summary": TEXT,
            "impact": obj(
                {
                    "what": TEXT,
                    "who": TEXT,
                    "count": COUNT,
                    "extent": TEXT,
                    "since": TIME_OR_NULL,
                },
                optional=("extent",),
                desc="rule 1: what the customer cannot do, who and how many (a number, "
                "and in words where a number cannot say it), since when",
            ),
            "services": SERVICES,
            "paged_who": NAME,
            "time_zone": ZONE,
            "times": obj(
                {
                    k: (TIME if k in ("started", "declared") else TIME_OR_NULL)
                    for k in INCIDENT_TIMES
                },
                optional=("paged", "acknowledged"),
            ),
            "approximate_times": listing(enum(APPROXIMABLE_TIMES), len(APPROXIMABLE_TIMES)),
        },
        optional=("id", "paged_who", "time_zone", "approximate_times"),
    )
    return inc


def document_schema() -> Schema:
    kinds_defs = {f"payload.{kind}": payload_schema(kind) for kind in KINDS}
    props: dict[str, Schema] = {
        "format": {"const": "warroom-incident"},
        "version": {"const": VERSION},
        "generator": NAME,
        "exported_at": TIME,
        "incident": incident_schema(),
        "impact_phases": section(
            obj(
                {
                    "uid": UID,
                    "level": enum(ImpactLevel),
                    "what": TEXT,
                    "extent": TEXT,
                    "count": COUNT,
                    "started_at": TIME,
                    "started_approximate": BOOL,
                    "ended_at": TIME_OR_NULL,
                    "ended_approximate": BOOL,
                    "note": TEXT,
                }
            ),
            "the impact over time: outage and degraded phases (a partial restoration)",
        ),
        "people": section(obj({"name": PERSON, "contact": TEXT})),
        "roles": section(
            obj(
                {
                    "uid": UID,
                    "role": ROLE,
                    "person": PERSON,
                    "seat": {"type": "string", "maxLength": 100},
                    "started_at": TIME,
                    "ended_at": TIME_OR_NULL,
                    "note": TEXT,
                }
            ),
            "role assignments with their handover history",
        ),
        "checklist": section(
            obj(
                {
                    "uid": UID,
                    "position": {"type": "integer"},
                    "section": NAME,
                    "title": {**TEXT, "minLength": 1},
                    "need": TEXT,
                    "why": TEXT,
                    "use": TEXT,
                    "next_step": TEXT,
                    "done": BOOL,
                    "done_by": NAME,
                    "done_at": TIME_OR_NULL,
                    "result": TEXT,
                }
            )
        ),
        "problem_specification": section(
            obj(
                {
                    "uid": UID,
                    "dimension": enum(SpecDimension),
                    "is": TEXT,
                    "is_not": TEXT,
                    "distinction": TEXT,
                    "change": TEXT,
                }
            )
        ),
        "hypotheses": section(
            obj(
                {
                    "uid": UID,
                    "label": {"type": "string", "maxLength": 20},
                    "statement": {**TEXT, "minLength": 1},
                    "status": enum(HypothesisStatus),
                    "status_reason": TEXT,
                    "explains_spec": {"type": ["boolean", "null"]},
                    "proposed_by": NAME,
                    "created_at": TIME,
                    "evidence": section(
                        obj({"at": TIME, "by": NAME, "text": TEXT, "supports": BOOL})
                    ),
                }
            )
        ),
        "fix_attempts": section(
            obj(
                {
                    "uid": UID,
                    "hypothesis": {
                        "type": ["string", "null"],
                        "maxLength": 36,
                        "description": "uid of the hypothesis the fix tests",
                    },
                    "description": {**TEXT, "minLength": 1},
                    "expected_result": TEXT,
                    "rollback_plan": TEXT,
                    "approved_by": NAME,
                    "attempted_by": NAME,
                    "attempted_at": TIME,
                    "outcome": enum(FixOutcome),
                    "outcome_note": TEXT,
                    "outcome_at": TIME_OR_NULL,
                }
            )
        ),
        "remedies": section(
            obj(
                {
                    "uid": UID,
                    "description": TEXT,
                    "decision": enum(RemedyDecision),
                    "reason": TEXT,
                    "considered_by": NAME,
                    "considered_at": TIME,
                    "decided_at": TIME_OR_NULL,
                }
            ),
            "remedies considered: one is usually chosen, the others rejected with a reason",
        ),
        "information_requests": section(
            obj(
                {
                    "uid": UID,
                    "to": NAME,
                    "need": TEXT,
                    "why": TEXT,
                    "use": TEXT,
                    "next_step": TEXT,
                    "asked_by": NAME,
                    "asked_at": TIME,
                    "answer": TEXT,
                    "answered_at": TIME_OR_NULL,
                }
            ),
            "rule 3: what we need, why, what we will do with it, what comes next",
        ),
        "updates": section(
            obj(
                {
                    "uid": UID,
                    "audience": enum(Audience),
                    "phase": STATUS,
                    "text": TEXT,
                    "channel": SHORT,
                    "sent_by": NAME,
                    "sent_at": TIME,
                    "next_update_at": TIME_OR_NULL,
                    "final": BOOL,
                    "delivery": enum(Delivery),
                    "delivery_detail": TEXT,
                },
                optional=("delivery", "delivery_detail"),
            )
        ),
        "actions": section(
            obj(
                {
                    "uid": UID,
                    "kind": enum(ActionKind),
                    "text": TEXT,
                    "owner": NAME,
                    "due": TIME_OR_NULL,
                    "status": enum(ActionStatus),
                    "other_systems": SERVICES,
                    "created_at": TIME,
                    "done_at": TIME_OR_NULL,
                }
            )
        ),
        "root_cause": {
            "oneOf": [
                {"type": "null"},
                obj(
                    {
                        "cause": TEXT,
                        "category": {"type": "string", "maxLength": 100},
                        "how_proven": TEXT,
                        "assumptions": TEXT,
                        "alternatives": listing(obj({"cause": TEXT, "why_rejected": TEXT})),
                        "set_by": NAME,
                        "set_at": TIME,
                    }
                ),
            ]
        },
        "sources": section(
            obj(
                {
                    "uid": UID,
                    "title": TITLE,
                    "url": URL,
                    "note": TEXT,
                    "added_by": NAME,
                    "added_at": TIME,
                }
            ),
            "where the record's facts come from",
        ),
        "timeline": {
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/event"},
            "description": "the record: events in order, the first the declaration; each "
            "payload as its kind says (see $defs and README.md). A warroom export chains "
            "them (prev_hash, hash); a foreign file may leave the chain out",
        },
        "integrity": obj({"events": {"type": "integer", "minimum": 0}, "head_hash": HASH}),
        "catalogue": section(
            obj(
                {
                    "name": {"type": "string", "minLength": 1, "maxLength": 200},
                    "owner": NAME,
                    "oncall": NAME,
                    "tier": SHORT,
                    "description": TEXT,
                    "components": SERVICES,
                    "depends_on": SERVICES,
                },
                optional=("owner", "oncall", "tier", "description", "components", "depends_on"),
            ),
            "the service catalogue's entries for the services the incident names; an import "
            "adds those it lacks and never overwrites one it has",
        ),
        "scenarios": section(
            obj(
                {"sha256": HASH, "text": {"type": "string", "minLength": 1, "maxLength": 1_000_000}}
            ),
            "the trainer's export only (export --answer-key): the scenario files an exercise "
            "ran, with the answer key; exercise.started names each by its SHA-256, and an "
            "import refuses a text that does not hash to it",
        ),
    }
    state = [k for k in props if k not in ("format", "version", "timeline")]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://warroom.invalid/schema/incident-{VERSION}.json",
        "title": f"warroom incident export, version {VERSION}",
        "description": "One incident: its record (the timeline of events, each with a "
        "documented payload) and, optionally, the state those events produce (which an "
        "import compares with them). Times are ISO 8601 with an offset; a warroom export "
        "writes UTC. Entities refer to each other by uid. Every text is capped.",
        **obj(props, optional=tuple(state)),
        "$defs": {"event": event_schema(), **kinds_defs},
    }


# -- the README's table ------------------------------------------------------------------


def readme_table() -> str:
    lines = [
        TABLE_BEGIN,
        "",
        "| kind | records | state | payload (`*` required) |",
        "|---|---|---|---|",
    ]
    for kind, (what, changes_state, fields) in KINDS.items():
        shown = ", ".join(
            f"`{name}`{'*' if required else ''}" for name, (_, required, _) in fields.items()
        )
        lines.append(f"| `{kind}` | {what} | {'yes' if changes_state else 'no'} | {shown} |")
    lines += [
        "",
        "Every payload may also carry `approximate` (true: the time the event reports is "
        'only approximate, "around 23:00"; that is its `at`, or for `incident.key_moment` '
        "and the `impact.*` kinds the `at` in its payload). No other field is allowed; "
        "texts are capped at "
        f"{MAX_TEXT:,} characters, names at {MAX_NAME}, titles at {MAX_TITLE}.",
        "",
        TABLE_END,
    ]
    return "\n".join(lines)


def with_table(readme: str) -> str:
    head, found, rest = readme.partition(TABLE_BEGIN)
    _, found_end, tail = rest.partition(TABLE_END)
    if not found or not found_end:
        raise SystemExit(f"{README}: the markers of the event-kind table are missing")
    return head + readme_table() + tail


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    missing = {str(k) for k in EventKind} ^ {str(k) for k in KINDS}
    if missing:
        raise SystemExit(f"event kinds and the table disagree: {sorted(missing)}")
    schema = json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"
    readme = with_table(README.read_text(encoding="utf-8"))
    wanted = {SCHEMA: schema, README: readme}
    stale = [p for p, text in wanted.items() if not p.exists() or p.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/make_schema.py")
        return 1 if stale else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
