"""Reading a document: bytes or a file in, a checked ``Incoming`` out, or ``InvalidInput``.

The checks run in order (size, text encoding, JSON, format and version, the
JSON Schema of that version in ``resources/schema``, every event's payload
against its kind, the hash chain, safe text, references between entities)
and the first problem found is the one reported, named by where it is in
the file. Nothing here touches a database: a file is judged before any is
opened.

The hash chain decides the way in (see ``Incoming``). A chain that verifies
makes the file a warroom export: its texts are chained, so a text that is not
safe is refused, not cleaned. A file without a chain, or with a broken one,
is a foreign record: its texts are cleaned (``warroom.core.text``) and it
will be written anew with a fresh chain.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from warroom.core.chain import ChainedFields, verify_chain
from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.resources import resource
from warroom.core.text import clean_text, unsafe_characters
from warroom.core.vocabulary import ChainState, EventKind
from warroom.core.zones import known_zone
from warroom.exchange.document import (
    FORMAT,
    READABLE_VERSIONS,
    UID_SECTIONS,
    VERSION,
    Incoming,
    Origin,
    dumps,
    parse_time,
)
from warroom.store.repository import iso

# Refuse before parsing: nothing legitimate comes near this, and junk must not eat memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024

_SCHEMA_FILES = {1: "incident-1.schema.json", 2: "incident.schema.json"}


def read_document(path: Path) -> Incoming:
    """Read and check a file (see ``load_document``) without touching any database."""
    return load_document(_read_bytes(path), str(path), name=path.name)


def open_document(path: Path) -> dict[str, Any]:
    """Read a file that says it is a warroom incident, before any check of its content."""
    raw = _read_bytes(path)
    return _check_format(_parse(raw, str(path)), str(path))


def load_document(raw: bytes, source: str = "input", *, name: str | None = None) -> Incoming:
    """Parse and check a document; raise ``InvalidInput`` naming the first problem."""
    document = _check_format(_parse(raw, source), source)
    return check_document(document, source, Origin.of_bytes(name or Path(source).name, raw))


def check_document(document: dict[str, Any], source: str, origin: Origin | None = None) -> Incoming:
    """Every check of a parsed document's content, and the way in its chain decides."""
    _check_schema(document, source)
    if not document["timeline"]:
        raise InvalidInput(
            _("{source}: the timeline is empty; an incident starts with its declaration").format(
                source=source
            )
        )
    chain, problem = chain_state(document, source)
    cleaned = 0
    if chain is ChainState.VERIFIED:
        _check_text(document, source)
    else:
        document, cleaned = _cleaned(document)
    _check_references(document, source)
    if origin is None:
        origin = Origin.of_bytes("", dumps(document).encode("utf-8"))
    return Incoming(document, origin, chain, problem, cleaned)


def chain_state(document: dict[str, Any], source: str) -> tuple[ChainState, str]:
    """Whether the file's own chain is verified, absent or broken (and where)."""
    timeline = document["timeline"]
    integrity = document.get("integrity")
    if integrity is None and not any("hash" in e or "prev_hash" in e for e in timeline):
        return ChainState.ABSENT, ""
    for index, event in enumerate(timeline):
        lacking = [k for k in ("number", "prev_hash", "hash") if k not in event]
        if lacking:
            return ChainState.BROKEN, f"event {index + 1}: it has no {lacking[0]}"
    if integrity is None:
        return ChainState.BROKEN, "the end: the file does not say how its chain ends (integrity)"
    for index, event in enumerate(timeline):
        try:
            json.dumps(event, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            # No chain can cover it: a hash is taken over UTF-8, which has no lone surrogates.
            return ChainState.BROKEN, f"event {index + 1}: it holds a lone surrogate"
    pairs = [(_chained(e, index, source), e["hash"]) for index, e in enumerate(timeline)]
    broken = verify_chain(pairs, integrity["events"], integrity["head_hash"])
    if broken is not None:
        return ChainState.BROKEN, str(broken)
    return ChainState.VERIFIED, ""


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InvalidInput(
                _("{source}: the file is too large to be an incident export ({size} bytes)").format(
                    source=path, size=size
                )
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(_("no such file: {path}").format(path=path)) from None
    except IsADirectoryError:
        raise InvalidInput(_("{path} is a folder, not an export file").format(path=path)) from None
    except OSError as exc:
        raise InvalidInput(
            _("cannot read {path}: {reason}").format(path=path, reason=exc.strerror)
        ) from None


def _check_text(document: Any, source: str, where: str = "") -> None:
    # A chained text cannot be cleaned without breaking its hash: refuse it, and say where.
    if isinstance(document, str):
        problem = unsafe_characters(document)
        if problem is not None:
            raise InvalidInput(
                _("{source}: {where}: the text holds {problem}").format(
                    source=source, where=where or _("(top level)"), problem=problem
                ),
                hint=_(
                    "such characters cannot be kept safely in a chained record; "
                    "remove them from the file"
                ),
            )
    elif isinstance(document, dict):
        for key, value in document.items():
            _check_text(key, source, where)
            _check_text(value, source, f"{where}/{key}" if where else str(key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            _check_text(value, source, f"{where}/{index}")


def _cleaned(value: Any) -> tuple[Any, int]:
    """``value`` with every text made safe, and how many texts that changed."""
    if isinstance(value, str):
        safe = clean_text(value)
        return safe, int(safe != value)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        changed = 0
        for key, item in value.items():
            safe_key, key_changed = _cleaned(key)
            out[safe_key], item_changed = _cleaned(item)
            changed += key_changed + item_changed
        return out, changed
    if isinstance(value, list):
        pairs = [_cleaned(item) for item in value]
        return [p[0] for p in pairs], sum(p[1] for p in pairs)
    return value, 0


def _parse(raw: bytes, source: str) -> Any:
    if len(raw) > MAX_IMPORT_BYTES:
        raise InvalidInput(
            _("{source}: the file is too large to be an incident export ({size} bytes)").format(
                source=source, size=len(raw)
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            _("{source}: not a warroom export (not UTF-8 text; byte {byte} is invalid)").format(
                source=source, byte=exc.start
            )
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            _("{source}: not valid JSON (line {line}, column {column}: {reason})").format(
                source=source, line=exc.lineno, column=exc.colno, reason=exc.msg
            )
        ) from None
    except RecursionError:
        raise InvalidInput(
            _("{source}: not a warroom export (JSON nested too deeply)").format(source=source)
        ) from None


def _check_format(document: Any, source: str) -> dict[str, Any]:
    # Before the schema: a file of another kind or version deserves to be called that,
    # not a list of schema errors.
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(
            _('{source}: not a warroom incident export (no "format": "{format}")').format(
                source=source, format=FORMAT
            )
        )
    version = document.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        newer = isinstance(version, int) and version > VERSION
        raise InvalidInput(
            _(
                "{source}: export format version {version!r} is not supported "
                "(this warroom reads versions {versions})"
            ).format(
                source=source,
                version=version,
                versions=", ".join(map(str, READABLE_VERSIONS)),
            ),
            hint=_("update warroom to read it") if newer else "",
        )
    return document


def _check_schema(document: dict[str, Any], source: str) -> None:
    version = int(document["version"])
    _first_error(_validator(_SCHEMA_FILES[version]).iter_errors(document), source)
    if version == 1:
        # Version 1 said nothing of payloads; what they hold is checked as version 2 says.
        for index, event in enumerate(document["timeline"]):
            if event["kind"] not in _KINDS:
                raise _unknown_kind(source, f"timeline/{index}/kind", event["kind"])
            _first_error(_payload_errors(event, index), source)


_KINDS = frozenset(str(k) for k in EventKind)


def _payload_errors(event: dict[str, Any], index: int) -> Any:
    for error in _payload_validator(event["kind"]).iter_errors(event["payload"]):
        yield error, ["timeline", index, "payload", *error.absolute_path]


@cache
def _payload_validator(kind: str) -> Any:
    """The current version's check of one kind's payload."""
    current = _schema(_SCHEMA_FILES[VERSION])
    only = {
        "$schema": current["$schema"],
        "$defs": current["$defs"],
        "$ref": f"#/$defs/payload.{kind}",
    }
    return _validator(_SCHEMA_FILES[VERSION]).evolve(schema=only)


def _unknown_kind(source: str, where: str, kind: Any) -> InvalidInput:
    return InvalidInput(
        _("{source}: {where}: unknown event kind {kind!r}").format(
            source=source, where=where, kind=kind
        ),
        hint=_(
            "the file may come from a newer version of warroom; update warroom "
            "(the kinds this version knows are listed in resources/schema/README.md)"
        ),
    )


def _first_error(errors: Any, source: str) -> None:
    """Raise the first error, by path, so the same file always reports the same one."""
    placed = [e if isinstance(e, tuple) else (e, list(e.absolute_path)) for e in errors]
    if not placed:
        return
    error, path = min(placed, key=lambda pair: [str(p) for p in pair[1]])
    where = _where(path)
    if error.validator == "enum" and path[-1:] == ["kind"]:
        raise _unknown_kind(source, where, error.instance)
    if error.validator == "maxLength" and isinstance(error.instance, str):
        # Not the schema's words: they repeat the whole text.
        raise InvalidInput(
            _("{source}: {where}: the text is too long ({n} characters; at most {limit})").format(
                source=source,
                where=where,
                n=f"{len(error.instance):,}",
                limit=f"{error.validator_value:,}",
            ),
            hint=_("a text in the record holds at most what the app takes in one entry"),
        )
    raise InvalidInput(f"{source}: {where}: {error.message[:300]}")


@cache
def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resource("schema", name).read_text(encoding="utf-8"))
    return loaded


@cache
def _validator(name: str) -> Any:
    import jsonschema

    schema = _schema(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Our own date-time check: the one the importer will really use to parse.
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _is_zoned_time(value: object) -> bool:
        return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None

    return cls(schema, format_checker=checker)


def _where(path: Any) -> str:
    parts = [str(p) for p in path]
    return "/".join(parts) if parts else "(top level)"


def _check_references(doc: dict[str, Any], source: str) -> None:
    # What a schema cannot say: uniqueness within a section, links between sections,
    # and which event a correction points at.
    for section in UID_SECTIONS:
        seen: set[str] = set()
        for index, item in enumerate(doc.get(section) or ()):
            if item["uid"] in seen:
                raise InvalidInput(
                    _("{source}: {where}: uid {uid} is used twice").format(
                        source=source, where=f"{section}/{index}", uid=item["uid"]
                    )
                )
            seen.add(item["uid"])
    hypotheses = {h["uid"] for h in doc.get("hypotheses") or ()}
    for index, fix in enumerate(doc.get("fix_attempts") or ()):
        if fix["hypothesis"] is not None and fix["hypothesis"] not in hypotheses:
            raise InvalidInput(
                _("{source}: {where}: names hypothesis {uid}, which is not in the file").format(
                    source=source, where=f"fix_attempts/{index}", uid=fix["hypothesis"]
                )
            )
    dimensions = [p["dimension"] for p in doc.get("problem_specification") or ()]
    if len(dimensions) != len(set(dimensions)):
        raise InvalidInput(
            _("{source}: {where}: a dimension appears twice").format(
                source=source, where="problem_specification"
            )
        )
    _check_events(doc["timeline"], source)


def _check_events(timeline: list[dict[str, Any]], source: str) -> None:
    if timeline[0]["kind"] != EventKind.DECLARED:
        raise InvalidInput(
            _(
                "{source}: {where}: the record does not begin with the declaration of the incident"
            ).format(source=source, where="timeline/0"),
            hint=_("the first event is an incident.declared"),
        )
    numbers: set[int] = set()
    for index, event in enumerate(timeline):
        number = event.get("number", index + 1)
        corrects = event.get("corrects")
        if corrects is not None and corrects not in numbers:
            raise InvalidInput(
                _("{source}: {where}: event {number} is not an earlier event of the file").format(
                    source=source, where=f"timeline/{index}/corrects", number=corrects
                )
            )
        if number in numbers:
            raise InvalidInput(
                _("{source}: {where}: event {number} is there twice").format(
                    source=source, where=f"timeline/{index}/number", number=number
                )
            )
        numbers.add(number)
        zone = event["payload"].get("time_zone") if event["kind"] == EventKind.DECLARED else None
        if zone and not known_zone(zone):
            raise InvalidInput(
                _("{source}: {where}: {zone!r} is not a time zone").format(
                    source=source, where=f"timeline/{index}/payload/time_zone", zone=zone
                ),
                hint=_("give an IANA name such as America/Los_Angeles"),
            )


def _chained(e: dict[str, Any], index: int, source: str) -> ChainedFields:
    try:
        at = parse_time(e["at"])
    except ValueError:
        raise InvalidInput(
            _("{source}: {where}: not a time: {value!r}").format(
                source=source, where=f"timeline/{index}/at", value=e["at"]
            )
        ) from None
    assert at is not None
    # The time is hashed in its one text form (UTC, +00:00, microseconds), whatever
    # form the file wrote it in: a file that writes 2021-06-08T09:47:00Z verifies.
    return ChainedFields(
        number=e["number"],
        at=iso(at),
        kind=e["kind"],
        author=e["author"],
        role=e.get("role", ""),
        seat=e.get("seat", ""),
        payload=e["payload"],
        corrects=e.get("corrects"),
        prev_hash=e["prev_hash"],
    )
