"""Seats on a shared PostgreSQL server: a stalled seat, a silent server, a password.

All against a real server on loopback (and, for the silent server, a real
socket that accepts and never answers). Nothing here sleeps: each wait is a
server-side time-out made short for the test.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from warroom.cli import main
from warroom.core.clock import SystemClock
from warroom.core.errors import StorageError
from warroom.crash import write_crash_log
from warroom.room import WarRoom
from warroom.store.engine import Timeouts
from warroom.store.repository import Actor, Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def stalled(postgres_url: str) -> Iterator[subprocess.Popen[bytes]]:
    """A seat process that holds the record's write lock and is then stopped."""
    WarRoom.open(postgres_url).close()  # the schema exists before the seat starts
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "stalled_seat.py"), postgres_url, "1500"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    assert ready, "the stalled seat did not start"
    assert proc.stdout.readline().strip() == b"holding"
    proc.send_signal(signal.SIGSTOP)
    yield proc
    proc.send_signal(signal.SIGKILL)
    proc.send_signal(signal.SIGCONT)
    proc.communicate(timeout=60)


def test_a_stalled_seat_makes_others_fail_fast_naming_it_then_lets_go(
    postgres_url: str, stalled: subprocess.Popen[bytes]
) -> None:
    impatient = WarRoom.open(
        postgres_url,
        actor=Actor("Dana Lead", "lead", "desk-1"),
        timeouts=Timeouts(lock_ms=300),
    )
    try:
        with pytest.raises(StorageError) as busy:
            impatient.declare("Mail down", "Major", impact_what="No mail in or out")
        assert "seat laptop-7 has held it for" in busy.value.message
        assert "what you typed is still here" in busy.value.hint
    finally:
        impatient.close()
    # The server ends the stalled seat's transaction (1.5 s idle for this test);
    # a seat willing to wait longer than that gets the record.
    patient = WarRoom.open(postgres_url, timeouts=Timeouts(lock_ms=30_000))
    try:
        incident = patient.declare("Mail down", "Major", impact_what="No mail in or out")
        assert patient.verify(incident) is None
    finally:
        patient.close()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A socket that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join(timeout=10)
    for conn in accepted:
        conn.close()
    server.close()


def test_a_server_that_never_answers_is_given_up_on_with_a_clear_message(
    silent_server: int, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://warroom:SECRET-pw@127.0.0.1:{silent_server}/warroom"
    with pytest.raises(StorageError) as failed:
        WarRoom.open(url, timeouts=Timeouts(connect_s=1))
    assert "did not answer in time" in failed.value.message
    assert "SECRET-pw" not in failed.value.message
    assert ":***@127.0.0.1" in failed.value.message


def test_the_command_line_never_prints_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the socket closes
    code = main(["list", "--db", f"postgresql+psycopg://user:SECRET-pw@127.0.0.1:{port}/db"])
    err = capsys.readouterr().err
    assert code == 2
    assert "SECRET-pw" not in err
    assert "warroom:" in err


def test_no_password_in_the_database_settings_or_crash_log(
    postgres_url: str, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test server trusts loopback, so a password in the URL is accepted and unused.
    with_password = (
        make_url(postgres_url).set(password="SECRET-pw").render_as_string(hide_password=False)
    )
    assert main(["demo", "--db", with_password]) == 0
    assert main(["list", "--db", with_password]) == 0
    monkeypatch.setattr(sys, "argv", ["warroom", "list", "--db", with_password])
    try:
        raise RuntimeError(f"cannot reach {with_password}")
    except RuntimeError as exc:
        log = write_crash_log(type(exc), exc, exc.__traceback__)
    assert log is not None
    found = [p for p in isolated_home.rglob("*") if p.is_file() and b"SECRET-pw" in p.read_bytes()]
    assert found == []
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            tables = [
                r[0]
                for r in conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
            ]
            for table in tables:
                dump = conn.execute(text(f'SELECT CAST(t AS TEXT) FROM "{table}" t')).all()
                assert not any("SECRET-pw" in str(row[0]) for row in dump), table
    finally:
        engine.dispose()
    store = Store.open(with_password, SystemClock())
    try:
        assert "SECRET-pw" not in store.url
    finally:
        store.close()
