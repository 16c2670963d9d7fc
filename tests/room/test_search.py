"""Search every incident: German compounds, Japanese, ranking, hostile queries, keeping in step.

Each test runs on SQLite (FTS5, trigram) and on a real PostgreSQL server
(tsvector and pg_trgm), through the room as the app and the CLI use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from warroom import exchange
from warroom.core.clock import SimulatedClock
from warroom.core.vocabulary import EntryKind, FixOutcome, Mode
from warroom.room import WarRoom
from warroom.store import migrate
from warroom.store.engine import make_engine, resolve_url
from warroom.store.repository import Actor


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "search.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def searcher(backend: str, clock: SimulatedClock) -> Iterator[WarRoom]:
    room = WarRoom.open(backend, clock=clock, actor=Actor("Kai Scribe", "scribe", "seat-s"))
    yield room
    room.close()


def declare(
    room: WarRoom, title: str, *, mode: Mode = Mode.REAL, services: tuple[str, ...] = ()
) -> int:
    return room.declare(
        title, "Major", impact_what="Users cannot work", services=services, mode=mode
    )


def found(room: WarRoom, query: str, **options: bool) -> list[tuple[int, int]]:
    return [(hit.incident_id, hit.number) for hit in room.search(query, **options)]


def test_a_german_compound_is_found_by_any_of_its_words(searcher: WarRoom) -> None:
    incident = declare(searcher, "Lager: Buchungen hängen")
    entry = searcher.log(incident, "Die Datenbankverbindung zum Lagerverwaltungssystem bricht ab")
    declare(searcher, "Drucker im Werk Nord offline")
    assert found(searcher, "verbindung") == [(incident, entry.number)]
    assert found(searcher, "Lagerverwaltung") == [(incident, entry.number)]
    assert found(searcher, "DATENBANK") == [(incident, entry.number)]
    hit = searcher.search("verbindung")[0]
    assert hit.snippet.marked() == "Die Datenbank[verbindung] zum Lagerverwaltungssystem bricht ab"


def test_japanese_phrases_are_found_without_spaces_between_words(searcher: WarRoom) -> None:
    incident = declare(searcher, "決済システムで障害が発生しました")
    spec = searcher.log(incident, "東京データセンターの認証サーバーがタイムアウトしています")
    declare(searcher, "Payment gateway slow")
    assert found(searcher, "障害が発生") == [(incident, 1)]
    assert found(searcher, "認証サーバー") == [(incident, spec.number)]
    # two characters: shorter than a trigram, still found
    assert found(searcher, "障害") == [(incident, 1)]
    assert found(searcher, "決済 タイムアウト") == []  # both words, but in different events


def test_the_incident_with_the_same_error_message_comes_first(searcher: WarRoom) -> None:
    message = "ORA-12541: TNS:no listener"
    near = declare(searcher, "Reporting slow")
    searcher.log(near, "TNS:no route to listener ... ORA-12541: seen once, listener restarted")
    searcher.log(near, "listener listener listener TNS:no ORA-12541: again and again")
    same = declare(searcher, "Billing cannot reach its database")
    event = searcher.log(same, f"Billing batch aborts with {message} at 02:14")
    other = declare(searcher, "Mail queue full")
    searcher.log(other, "listener on port 25 answers")
    hits = searcher.search(message)
    assert (hits[0].incident_id, hits[0].number) == (same, event.number)
    assert {h.incident_id for h in hits} == {same, near}
    assert "[ORA-12541:] [TNS:no] [listener]" in hits[0].snippet.marked()


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "*",
        "NEAR(alpha beta)",
        "alpha NEAR beta",
        "AND",
        "OR NOT",
        "(",
        "body:alpha",
        "^alpha",
        "'; DROP TABLE timeline_event; --",
        "%_\\",
        "a" * 499,
        "\x00\x1b[31m",
    ],
)
def test_hostile_queries_are_text_never_an_error(searcher: WarRoom, query: str) -> None:
    incident = declare(searcher, "Odd characters")
    searcher.log(incident, 'literal: NEAR(alpha beta) "quoted" * AND OR NOT ( body:alpha ^alpha')
    searcher.search(query)  # no exception, whatever it is
    assert found(searcher, "NEAR(alpha") == [(incident, 2)]
    assert found(searcher, '"quoted"') == [(incident, 2)]
    assert found(searcher, "*") == [(incident, 2)]
    assert found(searcher, "%") == []  # a LIKE wildcard is a character like any other


def test_an_empty_search_is_refused_with_a_hint(searcher: WarRoom) -> None:
    from warroom.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="search is empty"):
        searcher.search("   ")
    with pytest.raises(InvalidInput, match="search is too long"):
        searcher.search("a" * 501)


def test_every_part_of_the_record_is_searched(searcher: WarRoom) -> None:
    incident = searcher.declare(
        "Shop checkout fails",
        "Critical",
        impact_what="Customers cannot pay by card",
        services=["checkout-api"],
    )
    searcher.set_spec_line(
        incident, "what", is_text="card payments fail", is_not_text="PayPal works"
    )
    hypothesis = searcher.add_hypothesis(incident, "expired TLS certificate on the PSP gateway")
    searcher.add_evidence(incident, hypothesis, "handshake_failure in the gateway log", True)
    fix = searcher.record_fix_attempt(incident, "renew the certificate", hypothesis_uid=hypothesis)
    searcher.record_fix_outcome(incident, fix, FixOutcome.WORKED, note="payments flow again")
    searcher.set_root_cause(
        incident, "certificate expired unnoticed", how_proven="expiry date in the chain"
    )
    searcher.add_action(incident, "preventive", "monitor certificate expiry", other_systems=["sso"])
    for words in (
        "card by",  # business impact
        "PayPal",  # IS NOT
        "PSP gateway",  # hypothesis
        "handshake_failure",  # evidence
        "renew the certificate",  # fix attempt
        "flow again",  # its outcome
        "expired unnoticed",  # root cause
        "expiry date",  # its proof
        "monitor certificate",  # action
        "checkout-api",  # services
    ):
        assert [h.incident_id for h in searcher.search(words)][:1] == [incident], words


def test_exercises_are_left_out_unless_asked(searcher: WarRoom) -> None:
    real = declare(searcher, "Kafka lag in production")
    drill = declare(searcher, "Kafka lag drill", mode=Mode.EXERCISE)
    assert {i for i, _ in found(searcher, "kafka")} == {real}
    assert {i for i, _ in found(searcher, "kafka", include_exercises=True)} == {real, drill}


def test_a_correction_replaces_the_words_of_what_it_corrects(searcher: WarRoom) -> None:
    incident = declare(searcher, "Billing down")
    wrong = searcher.log(incident, "error code E4711 in billing", EntryKind.NOTE)
    correction = searcher.correct(incident, wrong.number, "error code E4712 in billing", "typo")
    assert found(searcher, "E4711") == []
    assert found(searcher, "E4712") == [(incident, wrong.number)]
    assert found(searcher, "typo") == [(incident, correction.number)]


def test_an_imported_incident_is_searchable(
    searcher: WarRoom, tmp_path: Path, clock: SimulatedClock
) -> None:
    incident = declare(searcher, "Fernwartungszugang gesperrt")
    searcher.log(incident, "VPN-Konzentrator verweigert Zertifikate")
    document = exchange.export_incident(searcher.store, incident)
    target = WarRoom.open(str(tmp_path / "other.sqlite3"), clock=clock)
    try:
        new_id = exchange.import_incident(
            target.store, exchange.load_document(exchange.dumps(document).encode())
        )
        assert found(target, "konzentrator") == [(new_id, 2)]
        assert found(target, "wartungszugang") == [(new_id, 1)]
    finally:
        target.close()


def test_rebuilding_the_index_gives_the_same_answers(searcher: WarRoom) -> None:
    incident = declare(searcher, "Storage array degraded")
    wrong = searcher.log(incident, "controller B failed")
    searcher.correct(incident, wrong.number, "controller A failed", "wrong controller")
    before = [found(searcher, q) for q in ("controller", "degraded", "wrong")]
    assert searcher.rebuild_search_index() == 3
    assert [found(searcher, q) for q in ("controller", "degraded", "wrong")] == before


def test_a_database_from_before_search_is_indexed_by_its_migration(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "old.sqlite3"
    room = WarRoom.open(str(path), clock=clock)
    incident = declare(room, "Netzwerkausfall im Rechenzentrum")
    wrong = room.log(incident, "Switch-Stack 3 verliert Konfiguration")
    room.correct(incident, wrong.number, "Switch-Stack 4 verliert Konfiguration", "Stack-Nummer")
    room.close()
    # What a 0005 database holds: no index, no catalogue (and nothing of the later
    # migrations, which a stamp alone would leave behind for them to add again).
    downgrade(path, "0005")
    with sqlite3.connect(path) as conn:
        assert {"search_text", "catalogue_service"}.isdisjoint(
            name for (name,) in conn.execute("SELECT name FROM sqlite_master")
        )
    room = WarRoom.open(str(path), clock=clock)
    try:
        assert found(room, "ausfall") == [(incident, 1)]
        assert found(room, "Stack 4") == [(incident, wrong.number)]
        assert found(room, "Stack 3") == []
    finally:
        room.close()


def test_seen_before_finds_the_same_error_and_services_on_both_backends(
    searcher: WarRoom,
) -> None:
    past = searcher.declare(
        "Billing aborted", "Major", impact_what="Invoices late", services=["billing-db"]
    )
    searcher.set_spec_line(past, "what", is_text="E-1207 lock wait timeout", is_not_text="")
    searcher.set_root_cause(past, "missing index on invoice_line", how_proven="plan showed scan")
    unrelated = declare(searcher, "Printer offline", services=("cups",))
    now = declare(searcher, "Billing slow", services=("Billing-DB",))
    found = searcher.seen_before_text(
        ["users see E-1207 lock wait timeout"], ["billing-db"], exclude=now
    )
    assert [p.incident_id for p in found] == [past]
    assert found[0].root_cause == "missing index on invoice_line"
    assert found[0].match.common_services == ("billing-db",)
    assert unrelated not in [p.incident_id for p in found]


def test_the_newest_matches_are_found_through_the_recent_window_and_beyond_it(
    searcher: WarRoom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warroom.store import search_query

    incident = declare(searcher, "Queue backlog")
    numbers = [searcher.log(incident, f"backlog grows {n}").number for n in range(6)]
    for n in range(4):
        searcher.log(incident, f"unrelated {n}")
    monkeypatch.setattr(search_query, "RECENT", 8)
    monkeypatch.setattr(search_query, "CANDIDATES", 2)
    monkeypatch.setattr(search_query, "RARE", -1)  # every term common: the window first
    # the two newest matches lie in the window of the eight newest events
    assert sorted(n for _, n in found(searcher, "backlog grows")) == numbers[-2:]
    monkeypatch.setattr(search_query, "RECENT", 3)
    # none in the window of three: found through the index, still the newest two
    assert sorted(n for _, n in found(searcher, "backlog grows")) == numbers[-2:]
    monkeypatch.setattr(search_query, "RARE", 1_000_000)  # rare: the index at once
    assert sorted(n for _, n in found(searcher, "backlog grows")) == numbers[-2:]
    # a term too short for the index is walked for, newest first
    assert sorted(n for _, n in found(searcher, "ba gr")) == numbers[-2:]


def downgrade(path: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    engine = make_engine(resolve_url(str(path)))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_seen_before_finds_an_old_incident_when_its_words_are_common_lately(
    searcher: WarRoom, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warroom.store import search_query

    past = declare(searcher, "Archiver stuck", services=("erp-db",))
    searcher.log(past, "ORA-00257 archiver error on erp-db")
    searcher.set_root_cause(past, "archive volume full", how_proven="df showed 100 %")
    fix = searcher.record_fix_attempt(past, "moved the archive logs", hypothesis_uid=None)
    searcher.record_fix_outcome(past, fix, FixOutcome.WORKED)
    recent = declare(searcher, "Printer queue")
    for n in range(5):
        searcher.log(recent, f"archiver of the print spool {n}")
    now = declare(searcher, "Saving hangs")
    # every term common by the estimate, and the window of the newest events too
    # small to hold the old incident: found through the index all the same
    monkeypatch.setattr(search_query, "RARE", -1)
    monkeypatch.setattr(search_query, "RECENT", 4)
    monkeypatch.setattr(search_query, "PER_TERM", 3)
    found = searcher.seen_before_text(["ORA-00257 archiver"], [], exclude=now)
    assert past in [p.incident_id for p in found]
    match = next(p for p in found if p.incident_id == past)
    assert (match.root_cause, match.fix) == ("archive volume full", "moved the archive logs")
