"""Commands that write or read a record's file: export, import, verify."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warroom.cli.common import EXIT_BROKEN, EXIT_OK
from warroom.core.errors import UserError
from warroom.core.i18n import _, ngettext
from warroom.core.text import for_terminal


def cmd_export(
    db: str | None,
    incident_id: int,
    fmt: str,
    output: Path | None,
    zone: str | None = None,
    lang: str | None = None,
    answer_key: bool = False,
) -> int:
    from warroom.atomic import write_atomically
    from warroom.core.zones import named_zone
    from warroom.report.export import export_bytes
    from warroom.room import WarRoom

    second = None if zone is None else named_zone(zone)  # before anything is opened or written
    if answer_key and fmt != "json":
        raise UserError(
            "--answer-key belongs to the json export",
            hint="the reports never carry the answer key; the after-action report is "
            "`warroom exercise report ID`",
        )
    room = WarRoom.open(db)
    try:
        data = export_bytes(
            room.store, incident_id, fmt, room.now(), second, lang, answer_key=answer_key
        )
    finally:
        room.close()
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomically(output, data)
    if fmt == "json" and not answer_key and _carries_old_answer_key(data):
        print(
            "note: this exercise was recorded before warroom 0.3, when the scenario file "
            "was written into the record itself: this export carries the answer key; "
            "do not give it to players (give them the report: --format md|html|pdf)",
            file=sys.stderr,
        )
    return EXIT_OK


def _carries_old_answer_key(data: bytes) -> bool:

    document = json.loads(data)
    return any(
        e["kind"] == "exercise.started" and "text" in e["payload"] for e in document["timeline"]
    )


def cmd_import(db: str | None, path: Path) -> int:
    from warroom import exchange
    from warroom.room import WarRoom

    # Check the file before touching the database, so a bad file cannot even
    # create an empty database.
    incoming = exchange.read_document(path)
    made = _new_database_file(db)
    room = WarRoom.open(db)
    try:
        imported = exchange.import_document(room.store, incoming, room.actor)
    except UserError:
        room.close()
        # Refused inside the transaction (its state disagrees with its events): a
        # database made only to take this file goes too, so nothing is left behind.
        for leftover in made:
            leftover.unlink(missing_ok=True)
        raise
    room.close()
    print(imported.incident_id)
    # Which way in (a verified export, or a foreign record given a fresh chain):
    # said on stderr, so that stdout stays the new id scripts read.
    print(for_terminal(imported.describe()), file=sys.stderr)
    return EXIT_OK


def _new_database_file(db: str | None) -> list[Path]:
    """The files of a SQLite database that opening ``db`` would create, or none."""
    from warroom.store.engine import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(db))
    if path is None or path.exists():
        return []
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]


def cmd_verify(db: str | None, target: str, fingerprint: str | None) -> int:
    if not target.isdigit():
        return _verify_file(Path(target), fingerprint)
    from warroom.room import WarRoom

    incident_id = int(target)
    room = WarRoom.open(db)
    try:
        summary = room.incident(incident_id)
        broken = room.verify(incident_id)
        head = room.store.head_hash(incident_id)
    finally:
        room.close()
    if broken is not None:
        print(
            _("incident #{id}: record BROKEN at {problem}").format(
                id=incident_id, problem=for_terminal(str(broken))
            ),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    if fingerprint is not None and not _same_fingerprint(head, fingerprint):
        print(
            _(
                "incident #{id}: the record is intact, but it ends in {head}, "
                "not in the fingerprint given ({fingerprint})"
            ).format(id=incident_id, head=head, fingerprint=fingerprint.strip()),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    if fingerprint:
        said = ngettext(
            "incident #{id}: record intact ({n} event) and matches the fingerprint",
            "incident #{id}: record intact ({n} events) and matches the fingerprint",
            summary.events,
        )
    else:
        said = ngettext(
            "incident #{id}: record intact ({n} event)",
            "incident #{id}: record intact ({n} events)",
            summary.events,
        )
    print(said.format(id=incident_id, n=summary.events))
    return EXIT_OK


def _same_fingerprint(head: str, given: str) -> bool:
    # Reports print the whole hash; people may paste it with spaces or in capitals.
    return head == "".join(given.split()).lower()


def _verify_file(path: Path, fingerprint: str | None) -> int:
    """An exported document: its chain, its state against its events, its fingerprint."""
    from warroom import exchange
    from warroom.core.vocabulary import ChainState

    document = exchange.open_document(path)
    try:
        incoming = exchange.check_document(document, str(path))
        if incoming.chain is ChainState.ABSENT:
            exchange.check_importable(incoming)
            print(
                _(
                    "{path}: record NOT PROVEN: the file has no hash chain (a foreign incident; "
                    "`warroom import` takes it and gives it a fresh chain)"
                ).format(path=path),
                file=sys.stderr,
            )
            return EXIT_BROKEN
        if incoming.chain is ChainState.BROKEN:
            raise UserError(
                _("the record's hash chain is broken at {problem}").format(
                    problem=incoming.chain_problem
                )
            )
        exchange.check_importable(incoming)
    except UserError as exc:
        print(
            _("{path}: record BROKEN: {problem}").format(
                path=path, problem=for_terminal(exc.message)
            ),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    head = str(document["integrity"]["head_hash"])
    if fingerprint is not None and not _same_fingerprint(head, fingerprint):
        print(
            _(
                "{path}: the record is intact, but it ends in {head}, "
                "not in the fingerprint given ({fingerprint})"
            ).format(path=path, head=head, fingerprint=fingerprint.strip()),
            file=sys.stderr,
        )
        return EXIT_BROKEN
    events = document["integrity"]["events"]
    if fingerprint:
        said = ngettext(
            "{path}: record intact ({n} event) and matches the fingerprint",
            "{path}: record intact ({n} events) and matches the fingerprint",
            int(events),
        )
    else:
        said = ngettext(
            "{path}: record intact ({n} event)", "{path}: record intact ({n} events)", int(events)
        )
    print(said.format(path=path, n=events))
    return EXIT_OK
