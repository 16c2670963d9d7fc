"""Report export time against the length of one unbroken line of typed text.

A stack trace or a base64 blob pasted into an entry is one line without a
space. Qt's text layout used to take quadratic time on such a line (100 KB:
9 s, 300 KB: 31 s, 5 MB: never finished); the report now soft-wraps long
tokens and shortens what it prints of very long texts, so the time stays
linear. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warroom import exchange
from warroom.core.chain import GENESIS, ChainedFields
from warroom.core.clock import SimulatedClock
from warroom.report.export import export_bytes
from warroom.room import WarRoom

START = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def with_long_line(room: WarRoom, length: int) -> dict[str, Any]:
    """An exported record whose last event is a note of one line of ``length`` characters.

    The app itself stops an entry at 20,000 characters; a file from elsewhere may
    carry more, so the note is put into an export and its chain sealed again.
    """
    incident = room.declare("Bench: a long line", "Major", impact_what="Benchmark")
    room.log(incident, "placeholder")
    document = exchange.export_incident(room.store, incident)
    blob = ("0123456789abcdef" * (length // 16 + 1))[:length]
    timeline = document["timeline"]
    timeline[-1]["payload"]["text"] = blob
    prev = GENESIS
    for event in timeline:
        fields = ChainedFields(
            number=event["number"],
            at=event["at"],
            kind=event["kind"],
            author=event["author"],
            role=event["role"],
            seat=event["seat"],
            payload=event["payload"],
            corrects=event["corrects"],
            prev_hash=prev,
        )
        event["prev_hash"] = prev
        prev = event["hash"] = fields.digest()
    document["integrity"]["head_hash"] = prev
    return document


def layout_alone(lengths: list[int]) -> None:
    """The PDF layout of one table cell holding the line, with and without soft-wrapping."""
    from warroom.report.pdf import html_to_pdf
    from warroom.report.typed import soft_wrap

    print("the PDF layout alone: one table cell holding the line")
    for length in lengths:
        blob = ("0123456789abcdef" * (length // 16 + 1))[:length]
        cells = []
        for name, text in (("soft-wrapped", soft_wrap(blob)), ("as typed", blob)):
            if name == "as typed" and length > 100_000:
                cells.append(f"{name}: (skipped: quadratic)")
                continue
            started = time.perf_counter()
            html_to_pdf(
                f"<table><tr><td>1</td><td>{text}</td></tr></table>",
                title="bench",
                fingerprint="",
                exercise=False,
            )
            cells.append(f"{name} {time.perf_counter() - started:7.2f} s")
        print(f"  {length:>9,} chars   " + "   ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--lengths",
        default="20000,100000,300000,1000000,5000000",
        help="comma-separated line lengths in characters",
    )
    parser.add_argument("--formats", default="md,html,pdf")
    parser.add_argument(
        "--layout-lengths",
        default="10000,50000,100000,300000",
        help="line lengths for the layout-alone measurement",
    )
    args = parser.parse_args()
    lengths = [int(n) for n in args.lengths.split(",")]
    formats = args.formats.split(",")
    print("one unbroken line of N characters in an entry; time to export the report")
    with tempfile.TemporaryDirectory() as tmp:
        clock = SimulatedClock(START + timedelta(days=1))
        source = WarRoom.open(str(Path(tmp) / "source.sqlite3"), clock=clock)
        room = WarRoom.open(str(Path(tmp) / "report.sqlite3"), clock=clock)
        warm = exchange.import_incident(room.store, with_long_line(source, 10))
        export_bytes(room.store, warm, "pdf", room.now())  # imports, templates, fonts
        for length in lengths:
            try:
                incident = exchange.import_incident(room.store, with_long_line(source, length))
            except Exception as exc:  # the import format may refuse it: say so, go on
                print(f"  {length:>9,} chars   import refused: {exc}")
                continue
            cells = []
            for fmt in formats:
                started = time.perf_counter()
                data = export_bytes(room.store, incident, fmt, room.now())
                elapsed = time.perf_counter() - started
                cells.append(f"{fmt} {elapsed:7.2f} s {len(data) / 1e6:6.2f} MB")
            print(f"  {length:>9,} chars   " + "   ".join(cells), flush=True)
        room.close()
        source.close()
    layout_alone([int(n) for n in args.layout_lengths.split(",")])


if __name__ == "__main__":
    main()
