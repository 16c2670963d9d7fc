"""The open export format: one JSON document that holds a whole incident.

``export_incident`` writes it (format version 2); ``read_document`` and
``load_document`` read versions 1 and 2 and check everything (JSON, format
version, the JSON Schema in ``resources/schema`` with every event's payload,
references, the hash chain), and ``import_document`` writes it in one
transaction, or not at all. There are two ways in, and the file's own hash
chain decides which (``Incoming.way``):

- a warroom export, its chain verified: imported as it is, chain and all.
  Export -> import -> export gives the same document apart from the database ids.
- a foreign incident, with no chain or a broken one: written anew through the
  write path with a fresh chain, its texts cleaned, and one more event saying
  where it came from (file name, SHA-256, the tool that wrote it, the chain).

What lives where:

- ``document``: the format's name and versions, its limits, the incident's
  times, ``Origin`` and ``Incoming``, the text form of a time, ``dumps``.
  Everything the others must agree on.
- ``writer``: ``export_incident``, one function per section.
- ``reader``: ``read_document`` and ``load_document``, every check a file must
  pass on its own (schema, payloads, the chain, safe text, references).
- ``state``: what both ways share: the new row, and the file's state sections
  compared with what its events produced.
- ``importer``: ``import_document``: a warroom export's events written as they
  are and replayed; a foreign one handed to ``foreign``.
- ``foreign``: a foreign record written event by event through the write path.

The package sits above ``warroom.room``, ``warroom.store`` and
``warroom.core``: it may import those (and sqlalchemy, jsonschema), never the
layers above it (report, notify, ui, cli), and never Qt or matplotlib, so the
command line, tools and benchmarks use it without a display (pyproject.toml's
import-linter contracts enforce this). Callers import from ``warroom.exchange``
itself, not from its modules.
"""

from __future__ import annotations

from warroom.exchange.document import (
    FORMAT,
    INCIDENT_TIMES,
    READABLE_VERSIONS,
    VERSION,
    Incoming,
    Origin,
    dumps,
)
from warroom.exchange.importer import (
    Imported,
    check_importable,
    import_document,
    import_incident,
)
from warroom.exchange.reader import (
    chain_state,
    check_document,
    load_document,
    open_document,
    read_document,
)
from warroom.exchange.writer import export_incident

__all__ = [
    "FORMAT",
    "INCIDENT_TIMES",
    "READABLE_VERSIONS",
    "VERSION",
    "Imported",
    "Incoming",
    "Origin",
    "chain_state",
    "check_document",
    "check_importable",
    "dumps",
    "export_incident",
    "import_document",
    "import_incident",
    "load_document",
    "open_document",
    "read_document",
]
