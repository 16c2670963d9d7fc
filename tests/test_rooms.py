"""Setting up a shared room, joining it with the password in the keyring, moving an incident."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests.conftest import MemoryKeyring
from warroom import exchange
from warroom.cli import main
from warroom.core.redact import redact
from warroom.room import WarRoom
from warroom.rooms import (
    seat_role_statements,
    secret_key,
    store_password,
    with_stored_password,
)

DOC = Path(__file__).parents[1] / "docs" / "postgresql.md"


def test_the_guide_shows_exactly_the_sql_room_init_runs() -> None:
    blocks = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1
    shown = [s.strip() for s in blocks[0].split(";") if s.strip()]
    assert shown == seat_role_statements("warroom_seat", "warroom")


@pytest.mark.parametrize("name", ["warroom; DROP TABLE x", "Seat", "a-b"])
def test_names_that_could_smuggle_sql_are_refused(name: str) -> None:
    from warroom.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        seat_role_statements(name, "warroom")


def drop_role(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'warroom_seat'")).first():
            conn.execute(text("DROP OWNED BY warroom_seat"))
            conn.execute(text("DROP ROLE warroom_seat"))
    engine.dispose()


def test_room_init_sets_up_a_room_the_seats_can_use_and_not_rewrite(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drop_role(postgres_url)
    monkeypatch.setattr("sys.stdin", io.StringIO("seat-password\n"))
    try:
        assert main(["room", "init", postgres_url, "--password-stdin"]) == 0
        out = capsys.readouterr().out
        seat_url = make_url(postgres_url).set(username="warroom_seat")
        assert seat_url.render_as_string() in out
        assert "seat-password" not in out
        seat = WarRoom.open(seat_url.render_as_string(hide_password=False))
        try:
            incident = seat.declare("VPN down", "Critical", impact_what="Nobody works remotely")
            seat.log(incident, "written by a seat")
            assert seat.verify(incident) is None
        finally:
            seat.close()
        engine = create_engine(seat_url)
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("DELETE FROM timeline_event"))
        engine.dispose()
        # A second run renews the rights and leaves the role as it is.
        assert main(["room", "init", postgres_url]) == 0
        assert "already there" in capsys.readouterr().out
    finally:
        drop_role(postgres_url)


def test_room_init_refuses_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["room", "init", f"sqlite:///{tmp_path / 'x.sqlite3'}"])
    assert code == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_the_password_comes_from_the_keyring_and_is_masked_everywhere(
    memory_keyring: MemoryKeyring,
) -> None:
    address = "postgresql+psycopg://warroom_seat@db.example.com/warroom"
    remembered = store_password(address + "", "kept-in-keyring")
    assert "kept-in-keyring" not in remembered
    assert memory_keyring.secrets[("warroom", secret_key(make_url(address)))] == ("kept-in-keyring")
    completed = with_stored_password(address)
    assert make_url(completed).password == "kept-in-keyring"
    assert "kept-in-keyring" not in redact(f"cannot reach {completed}: timeout")
    assert "kept-in-keyring" not in redact("server said: password kept-in-keyring rejected")


def test_an_incident_moves_to_a_shared_room_and_back_with_its_chain(
    room: WarRoom, incident: int, postgres_url: str, tmp_path: Path
) -> None:
    room.log(incident, "Größe 100 % — ログ")
    room.add_hypothesis(incident, "The certificate expired")
    fingerprint = room.store.head_hash(incident)
    document = exchange.export_incident(room.store, incident)
    shared = WarRoom.open(postgres_url)
    try:
        moved = exchange.import_incident(
            shared.store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert shared.verify(moved) is None
        assert shared.store.head_hash(moved) == fingerprint
        back_document = exchange.export_incident(shared.store, moved)
    finally:
        shared.close()
    home = WarRoom.open(str(tmp_path / "home.sqlite3"))
    try:
        back = exchange.import_incident(
            home.store, exchange.load_document(exchange.dumps(back_document).encode())
        )
        assert home.verify(back) is None
        assert home.store.head_hash(back) == fingerprint
        assert [e.hash for e in home.store.events(back)] == [
            e["hash"] for e in document["timeline"]
        ]
    finally:
        home.close()
