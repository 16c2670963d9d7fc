"""Write resources/schema/incident.schema.json (run from the repository root)."""

# ruff: noqa
# mypy: ignore-errors
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from warroom.exchange import INCIDENT_TIMES  # the one list of incident times

T = {"type": "string", "format": "date-time"}
TN = {"type": ["string", "null"], "format": "date-time"}
S = {"type": "string"}
UID = {"type": "string", "minLength": 1, "maxLength": 36}
HASH = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def obj(props, desc=None):
    o = {
        "type": "object",
        "additionalProperties": False,
        "required": list(props),
        "properties": props,
    }
    if desc:
        o["description"] = desc
    return o


def arr(item, desc=None):
    a = {"type": "array", "items": item}
    if desc:
        a["description"] = desc
    return a


roles = {"enum": ["lead", "diagnostician", "communicator", "scribe"]}
schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://warroom.invalid/schema/incident-1.json",
    "title": "warroom incident export, version 1",
    "description": "One incident, complete: the record, the people and roles, the diagnosis, the communication, the actions and the hash-chained timeline. Times are ISO 8601 in UTC. Entities refer to each other by uid.",
    **obj(
        {
            "format": {"const": "warroom-incident"},
            "version": {"const": 1},
            "generator": S,
            "exported_at": T,
            "incident": obj(
                {
                    "id": {
                        "type": "integer",
                        "description": "the id in the exporting database; ignored on import",
                    },
                    "uid": UID,
                    "title": {"type": "string", "minLength": 1, "maxLength": 300},
                    "priority": {"type": "string", "minLength": 1, "maxLength": 40},
                    "status": {
                        "enum": [
                            "declared",
                            "investigating",
                            "identified",
                            "mitigating",
                            "monitoring",
                            "resolved",
                            "closed",
                        ]
                    },
                    "mode": {"enum": ["real", "exercise"]},
                    "summary": S,
                    "impact": obj(
                        {
                            "what": S,
                            "who": S,
                            "count": {"type": ["integer", "null"], "minimum": 0},
                            "since": TN,
                        },
                        "rule 1: what the customer cannot do, who and how many are affected, since when",
                    ),
                    "services": arr(S),
                    "paged_who": {
                        "type": "string",
                        "description": "the on-call engineer paged last (optional; added in warroom 0.2)",
                    },
                    "times": obj(
                        {k: (T if k in ("started", "declared") else TN) for k in INCIDENT_TIMES}
                    ),
                }
            ),
            "people": arr(
                obj({"name": {"type": "string", "minLength": 1, "maxLength": 200}, "contact": S})
            ),
            "roles": arr(
                obj(
                    {
                        "uid": UID,
                        "role": roles,
                        "person": {"type": "string", "minLength": 1, "maxLength": 200},
                        "seat": S,
                        "started_at": T,
                        "ended_at": TN,
                        "note": S,
                    }
                ),
                "role assignments with their handover history",
            ),
            "checklist": arr(
                obj(
                    {
                        "uid": UID,
                        "position": {"type": "integer"},
                        "section": S,
                        "title": {"type": "string", "minLength": 1},
                        "need": S,
                        "why": S,
                        "use": S,
                        "next_step": S,
                        "done": {"type": "boolean"},
                        "done_by": S,
                        "done_at": TN,
                        "result": S,
                    }
                )
            ),
            "problem_specification": arr(
                obj(
                    {
                        "uid": UID,
                        "dimension": {"enum": ["what", "where", "when", "extent"]},
                        "is": S,
                        "is_not": S,
                        "distinction": S,
                        "change": S,
                    }
                )
            ),
            "hypotheses": arr(
                obj(
                    {
                        "uid": UID,
                        "label": S,
                        "statement": {"type": "string", "minLength": 1},
                        "status": {"enum": ["open", "testing", "ruled_out", "confirmed"]},
                        "status_reason": S,
                        "explains_spec": {"type": ["boolean", "null"]},
                        "proposed_by": S,
                        "created_at": T,
                        "evidence": arr(
                            obj({"at": T, "by": S, "text": S, "supports": {"type": "boolean"}})
                        ),
                    }
                )
            ),
            "fix_attempts": arr(
                obj(
                    {
                        "uid": UID,
                        "hypothesis": {
                            "type": ["string", "null"],
                            "description": "uid of the hypothesis the fix tests",
                        },
                        "description": {"type": "string", "minLength": 1},
                        "expected_result": S,
                        "rollback_plan": S,
                        "approved_by": S,
                        "attempted_by": S,
                        "attempted_at": T,
                        "outcome": {
                            "enum": ["pending", "worked", "failed", "partial", "rolled_back"]
                        },
                        "outcome_note": S,
                        "outcome_at": TN,
                    }
                )
            ),
            "information_requests": arr(
                obj(
                    {
                        "uid": UID,
                        "to": S,
                        "need": S,
                        "why": S,
                        "use": S,
                        "next_step": S,
                        "asked_by": S,
                        "asked_at": T,
                        "answer": S,
                        "answered_at": TN,
                    }
                ),
                "rule 3: what we need, why, what we will do with it, what comes next",
            ),
            "updates": arr(
                obj(
                    {
                        "uid": UID,
                        "audience": {"enum": ["customers", "internal", "executives"]},
                        "phase": S,
                        "text": S,
                        "channel": S,
                        "sent_by": S,
                        "sent_at": T,
                        "next_update_at": TN,
                        "final": {"type": "boolean"},
                        "delivery": {"enum": ["pending", "sent", "failed"]},
                        "delivery_detail": S,
                    }
                )
            ),
            "actions": arr(
                obj(
                    {
                        "uid": UID,
                        "kind": {"enum": ["corrective", "preventive"]},
                        "text": S,
                        "owner": S,
                        "due": TN,
                        "status": {"enum": ["open", "in_progress", "done", "dropped"]},
                        "other_systems": arr(S),
                        "created_at": T,
                        "done_at": TN,
                    }
                )
            ),
            "root_cause": {
                "oneOf": [
                    {"type": "null"},
                    obj(
                        {
                            "cause": S,
                            "category": S,
                            "how_proven": S,
                            "assumptions": S,
                            "alternatives": arr(obj({"cause": S, "why_rejected": S})),
                            "set_by": S,
                            "set_at": T,
                        }
                    ),
                ]
            },
            "timeline": arr(
                obj(
                    {
                        "number": {"type": "integer", "minimum": 1},
                        "at": T,
                        "kind": {"type": "string", "minLength": 1, "maxLength": 40},
                        "author": S,
                        "role": S,
                        "seat": S,
                        "payload": {"type": "object"},
                        "corrects": {"type": ["integer", "null"], "minimum": 1},
                        "prev_hash": HASH,
                        "hash": HASH,
                    }
                ),
                "append-only, each event carrying the SHA-256 of its predecessor; see docs in resources/schema/README.md",
            ),
            "integrity": obj({"events": {"type": "integer", "minimum": 0}, "head_hash": HASH}),
            "catalogue": arr(
                obj(
                    {
                        "name": {"type": "string", "minLength": 1, "maxLength": 200},
                        "owner": S,
                        "oncall": S,
                        "tier": S,
                        "description": S,
                        "components": arr(S),
                        "depends_on": arr(S),
                    }
                ),
                "the service catalogue's entries for the services the incident names "
                "(optional; added in warroom 0.3); an import adds those it lacks",
            ),
        }
    ),
}
schema["required"].remove("catalogue")
schema["properties"]["catalogue"]["items"]["required"] = ["name"]
inc = schema["properties"]["incident"]
inc["required"].remove("paged_who")
for t in ("paged", "acknowledged"):
    inc["properties"]["times"]["required"].remove(t)
upd = schema["properties"]["updates"]["items"]
for f in ("delivery", "delivery_detail"):
    upd["required"].remove(f)
open("resources/schema/incident.schema.json", "w").write(json.dumps(schema, indent=2) + "\n")
