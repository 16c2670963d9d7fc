"""Search across incidents, and the catalogue of fixes and actions."""

from __future__ import annotations

import argparse
import json
import sys

from warroom.cli.common import EXIT_OK
from warroom.core.errors import UserError
from warroom.core.i18n import _, ngettext
from warroom.core.text import for_terminal


def cmd_search(args: argparse.Namespace) -> int:
    from warroom.room import WarRoom

    if not args.query.strip() and not args.rebuild_index:
        raise UserError(
            _("the search is empty"), hint=_('give words to find: warroom search "timeout"')
        )
    room = WarRoom.open(args.db)
    try:
        if args.rebuild_index:
            read = room.rebuild_search_index()
            print(
                ngettext(
                    "search index rebuilt from {n} event",
                    "search index rebuilt from {n} events",
                    read,
                ).format(n=read),
                file=sys.stderr,
            )
            if not args.query.strip():
                return EXIT_OK
        hits = room.search(args.query, include_exercises=args.include_exercises, limit=args.limit)
    finally:
        room.close()
    if args.json:
        rows = [
            {
                "incident": hit.incident_id,
                "incident_uid": hit.incident_uid,
                "title": hit.title,
                "mode": hit.mode,
                "status": hit.status,
                "event": hit.number,
                "kind": hit.kind,
                "at": hit.at.isoformat(),
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.spans],
                "score": round(hit.score, 6),
            }
            for hit in hits
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(_("nothing found"))
        return EXIT_OK
    for hit in hits:
        mark = " " + _("[exercise]") if hit.mode == "exercise" else ""
        where = _("#{id} event {number}").format(id=hit.incident_id, number=hit.number)
        print(f"{where}  {for_terminal(hit.title)}{mark}")
        print(f"    {for_terminal(hit.snippet.marked())}")
    return EXIT_OK


def cmd_catalogue(args: argparse.Namespace) -> int:
    from warroom.atomic import write_atomically
    from warroom.room import WarRoom

    room = WarRoom.open(args.db)
    try:
        if args.catalogue_command == "import":
            catalogue = room.import_catalogue(args.file)
            print(
                ngettext(
                    "catalogue: {n} service from {file}",
                    "catalogue: {n} services from {file}",
                    len(catalogue.services),
                ).format(n=len(catalogue.services), file=args.file)
            )
            for service, dependency in catalogue.unknown_dependencies():
                print(
                    _(
                        "note: {service} depends on {dependency}, "
                        "which the catalogue does not describe"
                    ).format(service=for_terminal(service), dependency=for_terminal(dependency)),
                    file=sys.stderr,
                )
            return EXIT_OK
        data = room.catalogue_toml()
    finally:
        room.close()
    if str(args.file) == "-":
        sys.stdout.write(data)
    else:
        write_atomically(args.file, data.encode("utf-8"))
    return EXIT_OK
