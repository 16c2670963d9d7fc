"""Files and databases written by older versions still come in.

``written-by-0.1-format-1.json`` is the demo incident exported by warroom 0.1
(format version 1) before the format grew; ``written-by-0.1-schema-0002.sqlite3``
is a database written by 0.1. Both are kept byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.room import WarRoom

FIXTURES = Path(__file__).parents[1] / "fixtures" / "records"
V1_FILE = FIXTURES / "written-by-0.1-format-1.json"


def test_a_version_1_file_written_by_0_1_imports_and_proves_itself(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    given = json.loads(V1_FILE.read_text(encoding="utf-8"))
    assert given["version"] == 1
    room = WarRoom.open(str(tmp_path / "v1.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(room.store, exchange.read_document(V1_FILE))
        assert room.verify(new_id) is None
        again = exchange.export_incident(room.store, new_id)
    finally:
        room.close()
    # The record itself is kept exactly: same events, same fingerprint.
    assert again["timeline"] == given["timeline"]
    assert again["integrity"] == given["integrity"]
    for section in ("roles", "hypotheses", "fix_attempts", "updates", "actions", "root_cause"):
        assert again[section] == given[section], section
