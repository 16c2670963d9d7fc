"""The catalogue through the room and the command line: import, export, edit, rule 7."""

from __future__ import annotations

from pathlib import Path

import pytest

from warroom.cli import main
from warroom.core.catalogue import Service
from warroom.core.errors import InvalidInput, NotFound
from warroom.core.vocabulary import ActionStatus, Mode
from warroom.room import WarRoom

FILE = """
[service.erp]
owner = "ERP basis"
oncall = "+49 731 555 0100"
tier = "1"
components = ["oracle-19"]
depends_on = ["erp-db", "sso"]

[service."erp-db"]
components = ["oracle-19", "san-a"]

[service.mes]
depends_on = ["erp"]

[service.warehouse]
components = ["oracle-19"]
depends_on = ["sso"]

[service.sso]
"""


def test_a_catalogue_file_goes_in_and_comes_out_the_same(room: WarRoom, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text(FILE, encoding="utf-8")
    imported = room.import_catalogue(path)
    assert imported.names() == ["erp", "erp-db", "mes", "sso", "warehouse"]
    assert room.catalogue() == imported
    again = tmp_path / "again.toml"
    again.write_text(room.catalogue_toml(), encoding="utf-8")
    room.import_catalogue(again)
    assert room.catalogue() == imported


def test_a_bad_file_changes_nothing(room: WarRoom, tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(FILE, encoding="utf-8")
    room.import_catalogue(good)
    for content in (b"[service.a]\nowner = 3\n", b"\xff\xfe not text", b"[service.b\n"):
        bad = tmp_path / "bad.toml"
        bad.write_bytes(content)
        with pytest.raises(InvalidInput):
            room.import_catalogue(bad)
    with pytest.raises(InvalidInput, match="cannot be read"):
        room.import_catalogue(tmp_path / "missing.toml")
    assert room.catalogue().names() == ["erp", "erp-db", "mes", "sso", "warehouse"]


def test_services_are_added_changed_renamed_and_removed(room: WarRoom) -> None:
    room.save_service(Service("billing", owner="Finance IT", depends_on=("erp",)))
    room.save_service(Service("erp"))
    with pytest.raises(InvalidInput, match="already has a service named 'billing'"):
        room.save_service(Service("BILLING"))
    room.save_service(Service("Billing", owner="Finance IT", tier="2"), previous="billing")
    assert room.catalogue().get("billing") == Service("Billing", owner="Finance IT", tier="2")
    room.save_service(Service("invoicing", owner="Finance IT"), previous="Billing")
    assert room.catalogue().names() == ["erp", "invoicing"]
    with pytest.raises(NotFound):
        room.save_service(Service("x"), previous="nothing")
    room.remove_service("ERP")
    assert room.catalogue().names() == ["invoicing"]
    with pytest.raises(NotFound):
        room.remove_service("erp")


def test_the_blast_radius_and_same_fix_of_an_incident(room: WarRoom, tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text(FILE, encoding="utf-8")
    room.import_catalogue(path)
    incident = room.declare(
        "ERP database down", "Blocker", impact_what="No orders", services=["erp-db", "Kantine"]
    )
    assert room.blast_radius(room.incident_services(incident)) == {"erp": 1, "mes": 2}
    assert [(s.service, s.reason) for s in room.same_fix_suggestions(incident)] == [
        ("erp", "also uses oracle-19"),
        ("warehouse", "also uses oracle-19"),
    ]


def test_actions_whose_other_systems_are_not_done_are_listed_across_incidents(
    room: WarRoom,
) -> None:
    first = room.declare("ERP slow", "Major", impact_what="Slow orders")
    patch = room.add_action(first, "corrective", "patch oracle", other_systems=["warehouse"])
    room.add_action(first, "preventive", "monitor tablespace")
    done = room.add_action(first, "corrective", "raise limit", other_systems=["mes"])
    room.set_action_status(first, done, ActionStatus.DONE)
    second = room.declare("Warehouse slow", "Major", impact_what="Slow picking")
    dropped = room.add_action(second, "corrective", "retry", other_systems=["erp"])
    room.set_action_status(second, dropped, ActionStatus.DROPPED)
    drill = room.declare("Drill", "Major", impact_what="none", mode=Mode.EXERCISE)
    room.add_action(drill, "corrective", "practice", other_systems=["erp"])
    pending = room.pending_other_systems()
    assert [(p.incident_id, p.action_uid, p.other_systems) for p in pending] == [
        (first, patch, ("warehouse",))
    ]
    assert len(room.pending_other_systems(include_exercises=True)) == 2


def test_the_command_line_imports_and_exports_the_catalogue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    source = tmp_path / "in.toml"
    source.write_text(FILE + '\n[service.x]\ndepends_on = ["nowhere"]\n', encoding="utf-8")
    assert main(["catalogue", "import", str(source), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "6 services" in out
    assert "x depends on nowhere, which the catalogue does not describe" in err
    target = tmp_path / "out.toml"
    assert main(["catalogue", "export", str(target), "--db", db]) == 0
    assert main(["catalogue", "export", "-", "--db", db]) == 0
    assert capsys.readouterr().out == target.read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("[service.a]\ntier = []\n", encoding="utf-8")
    assert main(["catalogue", "import", str(bad), "--db", db]) == 2
    assert "tier must be text" in capsys.readouterr().err
