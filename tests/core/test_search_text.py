"""What search indexes, how a query splits, and how a snippet is cut."""

from __future__ import annotations

from warroom.core.search_text import (
    MAX_TERMS,
    event_text,
    fts5_string,
    like_pattern,
    query_terms,
    similarity_terms,
    snippet,
)


def test_an_event_gives_its_words_not_its_identifiers_instants_or_codes() -> None:
    payload = {
        "uid": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "entry": "note",
        "text": "SAN latency 200 ms",
        "typed_at": "2026-11-24T06:00:00.000000+00:00",
        "alternatives": [{"cause": "network", "why_rejected": "ping fine"}],
        "services": ["erp-db"],
        "count": 3,
    }
    assert event_text(payload).split("\n") == [
        "SAN latency 200 ms",
        "network",
        "ping fine",
        "erp-db",
    ]


def test_a_query_is_plain_terms_each_once_and_capped() -> None:
    assert query_terms('  "NEAR(a  b)" OR "NEAR(a ') == ['"near(a', 'b)"', "or"]
    assert len(query_terms(" ".join(f"w{i}" for i in range(40)))) == MAX_TERMS
    assert fts5_string('say "hi"') == '"say ""hi"""'
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"


def test_distinctive_pieces_keep_error_codes_whole_and_split_japanese() -> None:
    terms = similarity_terms(["Users see ORA-00257: archiver error, also 2026", "決済サーバー"])
    assert terms[0] == "ora-00257"
    assert "also" not in terms and "2026" not in terms and "see" not in terms
    assert {"決済サ", "サーバ"} <= set(terms)


def test_a_snippet_centres_on_the_first_match_and_marks_every_one() -> None:
    body = "x " * 200 + "the Datenbankverbindung failed; verbindung again " + "y " * 200
    cut = snippet(body, ["VERBINDUNG"], width=80)
    assert cut.text.startswith("…") and cut.text.endswith("…")
    assert cut.marked().count("[verbindung]") == 2
    assert all(cut.text[a:b].lower() == "verbindung" for a, b in cut.spans)
    assert snippet("short text", ["zzz"]).marked() == "short text"
