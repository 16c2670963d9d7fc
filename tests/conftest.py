"""Fixtures shared by every test.

Every test gets fresh platformdirs folders and an in-memory keyring, so no test
touches the real home, and a simulated clock, so no test sleeps.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from warroom.core.clock import SimulatedClock
from warroom.core.matrix import CommunicationMatrix
from warroom.room import WarRoom
from warroom.store.repository import Actor

T0 = datetime(2026, 11, 24, 6, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("WARROOM_DB", raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def gettext_catalogs() -> None:
    """The .mo catalogs compiled from the .po sources, as `make translations` does.

    A plain `pytest` (without make) would otherwise test German and Japanese
    against missing catalogs, which fall back to English by design.
    """
    from tests.i18n_support import compile_catalogs

    compile_catalogs()


@pytest.fixture(autouse=True)
def english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the developer's locale, and leaves English."""
    from warroom.core import i18n

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.activate("en")
    yield
    i18n.activate("en")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    from tests import postgres

    reason = postgres.available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    with postgres.temporary_server() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """An empty PostgreSQL database for one test."""
    from tests import postgres

    postgres.reset(postgres_server)
    return postgres_server


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(T0)


@pytest.fixture
def matrix() -> CommunicationMatrix:
    return CommunicationMatrix.default()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "room.sqlite3"


@pytest.fixture
def room(db_path: Path, clock: SimulatedClock, request: pytest.FixtureRequest) -> Iterator[WarRoom]:
    room = WarRoom.open(str(db_path), clock=clock, actor=Actor("Dana Lead", "lead", "seat-1"))
    yield room
    # Whatever a test did through the app, every record must still prove itself:
    # its state rows exactly what its chained events say.
    if request.node.get_closest_marker("tampers") is None and db_path.exists():
        check = WarRoom.open(str(db_path), clock=clock)
        try:
            problems = {i.id: check.verify(i.id) for i in check.list_incidents()}
        finally:
            check.close()
        assert {i: str(p) for i, p in problems.items() if p is not None} == {}
    room.close()


@pytest.fixture
def incident(room: WarRoom) -> int:
    return room.declare(
        "ERP down: production line stopped",
        "Blocker",
        impact_what="Plant cannot release production orders",
        impact_who="Production planning, plant Nord",
        impact_count=240,
    )
