"""The open export format: one JSON document that holds a whole incident.

``export_incident`` writes it; ``import_incident`` reads it back after checking
everything (JSON, format version, the JSON Schema in ``resources/schema``,
references between entities and the hash chain) and writes it in one
transaction, or not at all. Export -> import -> export gives the same document
apart from the database ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from warroom import __version__
from warroom.core.chain import ChainedFields, verify_chain
from warroom.core.errors import InvalidInput, NotFound
from warroom.core.resources import resource
from warroom.core.vocabulary import Mode
from warroom.store.models import (
    Action,
    ChecklistItem,
    FixAttempt,
    Hypothesis,
    Incident,
    InformationRequest,
    Person,
    RoleAssignment,
    RootCause,
    SpecLine,
    StatusUpdate,
    TimelineEvent,
)
from warroom.store.repository import Store, iso

FORMAT = "warroom-incident"
VERSION = 1
# Refuse before parsing: nothing legitimate comes near this, and junk must not eat memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024

INCIDENT_TIMES = (
    "started",
    "detected",
    "declared",
    "first_update",
    "mitigated",
    "resolved",
    "closed",
    "escalated",
    "next_update_due",
    "paged",
    "acknowledged",
)


def _t(value: datetime | None) -> str | None:
    return None if value is None else iso(value)


def _parse_time(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# -- export ------------------------------------------------------------------


def export_incident(store: Store, incident_id: int) -> dict[str, Any]:
    with store.read() as s:
        inc = s.get(Incident, incident_id)
        if inc is None:
            raise NotFound(f"there is no incident #{incident_id}", hint="see `warroom list`")

        def rows(model: Any, order: Any) -> list[Any]:
            return list(
                s.scalars(select(model).where(model.incident_id == incident_id).order_by(order))
            )

        hypotheses = rows(Hypothesis, Hypothesis.id)
        labels = {h.id: h.uid for h in hypotheses}
        roles = rows(RoleAssignment, RoleAssignment.id)
        people = sorted({r.person.name: r.person.contact for r in roles}.items())
        root = s.scalar(select(RootCause).where(RootCause.incident_id == incident_id))
        events = rows(TimelineEvent, TimelineEvent.number)
        return {
            "format": FORMAT,
            "version": VERSION,
            "generator": f"warroom {__version__}",
            "exported_at": iso(store.clock.now()),
            "incident": {
                "id": inc.id,
                "uid": inc.uid,
                "title": inc.title,
                "priority": inc.priority,
                "status": inc.status,
                "mode": inc.mode,
                "summary": inc.summary,
                "impact": {
                    "what": inc.impact_what,
                    "who": inc.impact_who,
                    "count": inc.impact_count,
                    "since": _t(inc.impact_since),
                },
                "services": list(inc.services),
                "paged_who": inc.paged_who,
                "times": {name: _t(getattr(inc, f"{name}_at")) for name in INCIDENT_TIMES},
            },
            "people": [{"name": n, "contact": c} for n, c in people],
            "roles": [
                {
                    "uid": r.uid,
                    "role": r.role,
                    "person": r.person.name,
                    "seat": r.seat,
                    "started_at": _t(r.started_at),
                    "ended_at": _t(r.ended_at),
                    "note": r.note,
                }
                for r in roles
            ],
            "checklist": [
                {
                    "uid": c.uid,
                    "position": c.position,
                    "section": c.section,
                    "title": c.title,
                    "need": c.need,
                    "why": c.why,
                    "use": c.use,
                    "next_step": c.next_step,
                    "done": c.done,
                    "done_by": c.done_by,
                    "done_at": _t(c.done_at),
                    "result": c.result,
                }
                for c in rows(ChecklistItem, ChecklistItem.position)
            ],
            "problem_specification": [
                {
                    "uid": p.uid,
                    "dimension": p.dimension,
                    "is": p.is_text,
                    "is_not": p.is_not_text,
                    "distinction": p.distinction,
                    "change": p.change,
                }
                for p in rows(SpecLine, SpecLine.id)
            ],
            "hypotheses": [
                {
                    "uid": h.uid,
                    "label": h.label,
                    "statement": h.statement,
                    "status": h.status,
                    "status_reason": h.status_reason,
                    "explains_spec": h.explains_spec,
                    "proposed_by": h.proposed_by,
                    "created_at": _t(h.created_at),
                    "evidence": list(h.evidence),
                }
                for h in hypotheses
            ],
            "fix_attempts": [
                {
                    "uid": f.uid,
                    "hypothesis": labels.get(f.hypothesis_id) if f.hypothesis_id else None,
                    "description": f.description,
                    "expected_result": f.expected_result,
                    "rollback_plan": f.rollback_plan,
                    "approved_by": f.approved_by,
                    "attempted_by": f.attempted_by,
                    "attempted_at": _t(f.attempted_at),
                    "outcome": f.outcome,
                    "outcome_note": f.outcome_note,
                    "outcome_at": _t(f.outcome_at),
                }
                for f in rows(FixAttempt, FixAttempt.id)
            ],
            "information_requests": [
                {
                    "uid": r.uid,
                    "to": r.addressed_to,
                    "need": r.need,
                    "why": r.why,
                    "use": r.use,
                    "next_step": r.next_step,
                    "asked_by": r.asked_by,
                    "asked_at": _t(r.asked_at),
                    "answer": r.answer,
                    "answered_at": _t(r.answered_at),
                }
                for r in rows(InformationRequest, InformationRequest.id)
            ],
            "updates": [
                {
                    "uid": u.uid,
                    "audience": u.audience,
                    "phase": u.phase,
                    "text": u.text,
                    "channel": u.channel,
                    "sent_by": u.sent_by,
                    "sent_at": _t(u.sent_at),
                    "next_update_at": _t(u.next_update_at),
                    "final": u.is_final,
                    "delivery": u.delivery,
                    "delivery_detail": u.delivery_detail,
                }
                for u in rows(StatusUpdate, StatusUpdate.id)
            ],
            "actions": [
                {
                    "uid": a.uid,
                    "kind": a.kind,
                    "text": a.text,
                    "owner": a.owner,
                    "due": _t(a.due),
                    "status": a.status,
                    "other_systems": list(a.other_systems),
                    "created_at": _t(a.created_at),
                    "done_at": _t(a.done_at),
                }
                for a in rows(Action, Action.id)
            ],
            "root_cause": None
            if root is None
            else {
                "cause": root.cause,
                "category": root.category,
                "how_proven": root.how_proven,
                "assumptions": root.assumptions,
                "alternatives": list(root.alternatives),
                "set_by": root.set_by,
                "set_at": _t(root.set_at),
            },
            "timeline": [
                {
                    "number": e.number,
                    "at": iso(e.at),
                    "kind": e.kind,
                    "author": e.author,
                    "role": e.role,
                    "seat": e.seat,
                    "payload": e.payload,
                    "corrects": e.corrects,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                }
                for e in events
            ],
            "integrity": {"events": inc.head_number, "head_hash": inc.head_hash},
        }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- import ------------------------------------------------------------------


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(resource("schema", "incident.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Our own date-time check: the one the importer will really use to parse.
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _is_utc_time(value: object) -> bool:
        return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None

    return cls(schema, format_checker=checker)


def _where(path: Any) -> str:
    parts = [str(p) for p in path]
    return "/".join(parts) if parts else "(top level)"


def load_document(raw: bytes, source: str = "input") -> dict[str, Any]:
    """Parse and check a document; raise ``InvalidInput`` naming the first problem."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            f"{source}: the file is too large to be an incident export ({len(raw)} bytes)"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"{source}: not a warroom export (not UTF-8 text; byte {exc.start} is invalid)"
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise InvalidInput(f"{source}: not a warroom export (JSON nested too deeply)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(f'{source}: not a warroom incident export (no "format": "{FORMAT}")')
    version = document.get("version")
    if version != VERSION:
        hint = "update warroom to read it" if isinstance(version, int) and version > VERSION else ""
        raise InvalidInput(
            f"{source}: export format version {version!r} is not supported (this warroom reads "
            f"version {VERSION})",
            hint=hint,
        )
    error = next(iter(sorted(_validator().iter_errors(document), key=lambda e: list(e.path))), None)
    if error is not None:
        raise InvalidInput(f"{source}: {_where(error.absolute_path)}: {error.message[:300]}")
    _check_references(document, source)
    _check_chain(document, source)
    return document


def _check_references(doc: dict[str, Any], source: str) -> None:
    for section in (
        "roles",
        "checklist",
        "problem_specification",
        "hypotheses",
        "fix_attempts",
        "information_requests",
        "updates",
        "actions",
    ):
        seen: set[str] = set()
        for index, item in enumerate(doc[section]):
            if item["uid"] in seen:
                raise InvalidInput(f"{source}: {section}/{index}: uid {item['uid']} is used twice")
            seen.add(item["uid"])
    hypotheses = {h["uid"] for h in doc["hypotheses"]}
    for index, fix in enumerate(doc["fix_attempts"]):
        if fix["hypothesis"] is not None and fix["hypothesis"] not in hypotheses:
            raise InvalidInput(
                f"{source}: fix_attempts/{index}: names hypothesis {fix['hypothesis']}, "
                "which is not in the file"
            )
    dimensions = [p["dimension"] for p in doc["problem_specification"]]
    if len(dimensions) != len(set(dimensions)):
        raise InvalidInput(f"{source}: problem_specification: a dimension appears twice")


def _check_chain(doc: dict[str, Any], source: str) -> None:
    timeline = doc["timeline"]
    pairs = []
    for index, e in enumerate(timeline):
        try:
            at = _parse_time(e["at"])
        except ValueError:
            raise InvalidInput(f"{source}: timeline/{index}/at: not a time: {e['at']!r}") from None
        assert at is not None
        fields = ChainedFields(
            number=e["number"],
            at=iso(at),
            kind=e["kind"],
            author=e["author"],
            role=e["role"],
            seat=e["seat"],
            payload=e["payload"],
            corrects=e["corrects"],
            prev_hash=e["prev_hash"],
        )
        pairs.append((fields, e["hash"]))
    integrity = doc["integrity"]
    broken = verify_chain(pairs, integrity["events"], integrity["head_hash"])
    if broken is not None:
        raise InvalidInput(
            f"{source}: the record's hash chain is broken at {broken}",
            hint="the file was changed after it was exported; import an unchanged copy",
        )
    if not timeline:
        raise InvalidInput(
            f"{source}: the timeline is empty; an incident starts with its declaration"
        )


def import_incident(store: Store, document: dict[str, Any]) -> int:
    """Write a checked document (see ``load_document``) as one transaction; return the new id."""
    inc = document["incident"]
    times: dict[str, Any] = {name: _parse_time(v) for name, v in inc["times"].items()}
    ts: Callable[[str | None], datetime | None] = _parse_time
    with store.bulk() as s:
        existing = s.scalar(select(Incident.id).where(Incident.uid == inc["uid"]))
        if existing is not None:
            raise InvalidInput(
                f"this incident is already in the database as #{existing}",
                hint=f"open #{existing}, or import into another database with --db",
            )
        incident = Incident(
            uid=inc["uid"],
            title=inc["title"],
            priority=inc["priority"],
            status=inc["status"],
            mode=Mode(inc["mode"]),
            summary=inc["summary"],
            impact_what=inc["impact"]["what"],
            impact_who=inc["impact"]["who"],
            impact_count=inc["impact"]["count"],
            impact_since=ts(inc["impact"]["since"]),
            services=list(inc["services"]),
            paged_who=inc.get("paged_who", ""),
            head_number=document["integrity"]["events"],
            head_hash=document["integrity"]["head_hash"],
            **{f"{name}_at": times.get(name) for name in INCIDENT_TIMES},
        )
        s.add(incident)
        s.flush()
        iid = incident.id

        people: dict[str, Person] = {}
        contacts = {p["name"]: p["contact"] for p in document["people"]}

        def person(name: str) -> Person:
            if name not in people:
                found = s.scalar(select(Person).where(Person.name == name))
                if found is None:
                    found = Person(name=name, contact=contacts.get(name, ""))
                    s.add(found)
                    s.flush()
                people[name] = found
            return people[name]

        for r in document["roles"]:
            s.add(
                RoleAssignment(
                    incident_id=iid,
                    uid=r["uid"],
                    role=r["role"],
                    person_id=person(r["person"]).id,
                    seat=r["seat"],
                    started_at=ts(r["started_at"]),
                    ended_at=ts(r["ended_at"]),
                    note=r["note"],
                )
            )
        for c in document["checklist"]:
            s.add(ChecklistItem(incident_id=iid, **{**c, "done_at": ts(c["done_at"])}))
        for p in document["problem_specification"]:
            s.add(
                SpecLine(
                    incident_id=iid,
                    uid=p["uid"],
                    dimension=p["dimension"],
                    is_text=p["is"],
                    is_not_text=p["is_not"],
                    distinction=p["distinction"],
                    change=p["change"],
                )
            )
        hypothesis_ids: dict[str, Hypothesis] = {}
        for h in document["hypotheses"]:
            row = Hypothesis(incident_id=iid, **{**h, "created_at": ts(h["created_at"])})
            s.add(row)
            hypothesis_ids[h["uid"]] = row
        s.flush()
        for f in document["fix_attempts"]:
            fields = {k: v for k, v in f.items() if k != "hypothesis"}
            target = hypothesis_ids[f["hypothesis"]].id if f["hypothesis"] else None
            s.add(
                FixAttempt(
                    incident_id=iid,
                    hypothesis_id=target,
                    **{
                        **fields,
                        "attempted_at": ts(f["attempted_at"]),
                        "outcome_at": ts(f["outcome_at"]),
                    },
                )
            )
        for q in document["information_requests"]:
            fields = {k: v for k, v in q.items() if k != "to"}
            s.add(
                InformationRequest(
                    incident_id=iid,
                    addressed_to=q["to"],
                    **{
                        **fields,
                        "asked_at": ts(q["asked_at"]),
                        "answered_at": ts(q["answered_at"]),
                    },
                )
            )
        for u in document["updates"]:
            fields = {k: v for k, v in u.items() if k != "final"}
            # Files from before delivery states were kept: those updates went out.
            fields.setdefault("delivery", "sent")
            fields.setdefault("delivery_detail", "")
            s.add(
                StatusUpdate(
                    incident_id=iid,
                    is_final=u["final"],
                    **{
                        **fields,
                        "sent_at": ts(u["sent_at"]),
                        "next_update_at": ts(u["next_update_at"]),
                    },
                )
            )
        for a in document["actions"]:
            s.add(
                Action(
                    incident_id=iid,
                    **{
                        **a,
                        "due": ts(a["due"]),
                        "created_at": ts(a["created_at"]),
                        "done_at": ts(a["done_at"]),
                    },
                )
            )
        root = document["root_cause"]
        if root is not None:
            s.add(RootCause(incident_id=iid, **{**root, "set_at": ts(root["set_at"])}))

        next_seq = (s.scalar(select(func.max(TimelineEvent.seq))) or 0) + 1
        for offset, e in enumerate(document["timeline"]):
            s.add(
                TimelineEvent(
                    seq=next_seq + offset,
                    incident_id=iid,
                    number=e["number"],
                    at=ts(e["at"]),
                    kind=e["kind"],
                    author=e["author"],
                    role=e["role"],
                    seat=e["seat"],
                    payload=e["payload"],
                    corrects=e["corrects"],
                    prev_hash=e["prev_hash"],
                    hash=e["hash"],
                )
            )
    return iid


def read_document(path: Path) -> dict[str, Any]:
    """Read and check an export file (see ``load_document``) without touching any database."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InvalidInput(
                f"{path}: the file is too large to be an incident export ({size} bytes)"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not an export file") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    return load_document(raw, str(path))
