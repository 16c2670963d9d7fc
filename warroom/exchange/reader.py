"""Reading a document: bytes or a file in, a checked document out, or ``InvalidInput``.

The checks run in order (size, text, JSON, format and version, the JSON Schema
in ``resources/schema``, references between entities, the hash chain) and the
first problem found is the one reported, named by where it is in the file.
Nothing here touches a database: a file is judged before any is opened.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from warroom.core.chain import ChainedFields, verify_chain
from warroom.core.errors import InvalidInput
from warroom.core.resources import resource
from warroom.core.text import unsafe_characters
from warroom.exchange.document import FORMAT, UID_SECTIONS, VERSION, parse_time
from warroom.store.repository import iso

# Refuse before parsing: nothing legitimate comes near this, and junk must not eat memory.
MAX_IMPORT_BYTES = 512 * 1024 * 1024


def read_document(path: Path) -> dict[str, Any]:
    """Read and check an export file (see ``load_document``) without touching any database."""
    document = open_document(path)
    check_document(document, str(path))
    return document


def open_document(path: Path) -> dict[str, Any]:
    """Read a file that says it is a warroom export, before any check of its content."""
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
    return _check_format(_parse(raw, str(path)), str(path))


def load_document(raw: bytes, source: str = "input") -> dict[str, Any]:
    """Parse and check a document; raise ``InvalidInput`` naming the first problem."""
    document = _check_format(_parse(raw, source), source)
    check_document(document, source)
    return document


def check_document(document: dict[str, Any], source: str) -> None:
    """Every check of a parsed export's content; ``InvalidInput`` names the first problem."""
    _check_schema(document, source)
    _check_text(document, source)
    _check_references(document, source)
    _check_chain(document, source)


def _check_text(document: Any, source: str, where: str = "") -> None:
    # A chained text cannot be cleaned without breaking its hash: refuse it, and say where.
    if isinstance(document, str):
        problem = unsafe_characters(document)
        if problem is not None:
            raise InvalidInput(
                f"{source}: {where or '(top level)'}: the text holds {problem}",
                hint="such characters cannot be kept safely; remove them from the file",
            )
    elif isinstance(document, dict):
        for key, value in document.items():
            _check_text(key, source, where)
            _check_text(value, source, f"{where}/{key}" if where else str(key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            _check_text(value, source, f"{where}/{index}")


def _parse(raw: bytes, source: str) -> Any:
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
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise InvalidInput(f"{source}: not a warroom export (JSON nested too deeply)") from None


def _check_format(document: Any, source: str) -> dict[str, Any]:
    # Before the schema: a file of another kind or version deserves to be called that,
    # not a list of schema errors.
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
    return document


def _check_schema(document: dict[str, Any], source: str) -> None:
    # Sorted by path, so the same file always reports the same first error.
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.path))
    error = next(iter(errors), None)
    if error is not None:
        raise InvalidInput(f"{source}: {_where(error.absolute_path)}: {error.message[:300]}")


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


def _check_references(doc: dict[str, Any], source: str) -> None:
    # What a schema cannot say: uniqueness within a section and links between sections.
    for section in UID_SECTIONS:
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
    pairs = [(_chained(e, index, source), e["hash"]) for index, e in enumerate(timeline)]
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


def _chained(e: dict[str, Any], index: int, source: str) -> ChainedFields:
    try:
        at = parse_time(e["at"])
    except ValueError:
        raise InvalidInput(f"{source}: timeline/{index}/at: not a time: {e['at']!r}") from None
    assert at is not None
    # The time is hashed in its one text form, whatever form the file wrote it in.
    return ChainedFields(
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
