"""The open export format: one JSON document that holds a whole incident.

``export_incident`` writes it; ``import_incident`` reads it back after checking
everything (JSON, format version, the JSON Schema in ``resources/schema``,
references between entities and the hash chain) and writes it in one
transaction, or not at all. Export -> import -> export gives the same document
apart from the database ids.

What lives where:

- ``document``: the format's name and version, the incident's times, the text
  form of a time, ``dumps``. Everything the other three must agree on.
- ``writer``: ``export_incident``, one function per section.
- ``reader``: ``load_document`` and ``read_document``, every check a file must
  pass on its own (schema, safe text, references, the hash chain).
- ``importer``: ``import_incident``: the events written as they are, the state
  built by replaying them, and the file's state sections compared with it.

``writer`` and ``reader`` import ``document`` and neither of the others;
``importer`` also uses the writer's ``state_sections``, so that the file's
state and the replayed state are compared in the one form a file has.

The package sits above ``warroom.room``, ``warroom.store`` and
``warroom.core``: it may import those (and sqlalchemy, jsonschema), never the
layers above it (report, notify, ui, cli), and never Qt or matplotlib, so the
command line, tools and benchmarks use it without a display (pyproject.toml's
import-linter contracts enforce this). Callers import from ``warroom.exchange``
itself, not from its modules.
"""

from __future__ import annotations

from warroom.exchange.document import FORMAT, INCIDENT_TIMES, VERSION, dumps
from warroom.exchange.importer import check_importable, import_incident
from warroom.exchange.reader import check_document, load_document, open_document, read_document
from warroom.exchange.writer import export_incident

__all__ = [
    "FORMAT",
    "INCIDENT_TIMES",
    "VERSION",
    "check_document",
    "check_importable",
    "dumps",
    "export_incident",
    "import_incident",
    "load_document",
    "open_document",
    "read_document",
]
