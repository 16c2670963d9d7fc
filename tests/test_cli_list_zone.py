"""`warroom list` prints times naming their zone, the same on every machine.

Regression: the DECLARED column was the machine's local time without a zone,
so the same database listed 09:37 in Los Angeles and 02:37 in Tokyo, and
neither said which. Now it is UTC, as in the report, with the zone the
incident's times were given in beside it (an imported postmortem's), and
"about" where the declaration time is only approximate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warroom.cli import main

from .report.test_zones import machine_zone

CORPUS = Path(__file__).parent / "fixtures" / "incidents"


def listed(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["list", "--db", db]) == 0
    return capsys.readouterr().out


def test_list_names_the_zone_and_does_not_change_with_the_machine_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "list.sqlite3")
    for name in ("2017-02-28-aws-s3-us-east-1", "2018-10-21-github"):
        assert main(["import", str(CORPUS / f"{name}.json"), "--db", db]) == 0
    capsys.readouterr()
    with machine_zone("America/Los_Angeles"):
        in_los_angeles = listed(db, capsys)
    with machine_zone("Asia/Tokyo"):
        in_tokyo = listed(db, capsys)
    with machine_zone("UTC"):
        in_utc = listed(db, capsys)
    assert in_los_angeles == in_tokyo == in_utc
    rows = {line.split()[0]: line for line in in_los_angeles.splitlines()[1:]}
    # AWS: declared at about 09:37 PST (its source's zone) = 17:37 UTC, roughly.
    assert "about 2017-02-28 17:37 UTC (09:37 PST)" in rows["1"]
    # GitHub gave its times in UTC: no second zone.
    assert "2018-10-21 23:09 UTC " in rows["2"] and "(" not in rows["2"].split("UTC")[1][:8]
    # The columns stay aligned with the widest time.
    header = in_los_angeles.splitlines()[0]
    end = header.index("EVENTS") + len("EVENTS")
    assert all(line[:end].split()[-1].isdigit() and line[end] == " " for line in rows.values())
