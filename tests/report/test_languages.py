"""Reports and timeline words in German and Japanese, while the record stays as typed.

The room works in one language, a report may go to a customer in another:
``export --lang``. Section titles, labels, durations, dates and the words around
the record's facts follow the language; what people typed does not change, and
the JSON record is byte for byte the same in every language.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.report.test_describe import record
from warroom.core.i18n import speaking
from warroom.core.timing import format_duration
from warroom.core.vocabulary import EventKind
from warroom.demo import create_demo_incident
from warroom.report.describe import describe, kind_label
from warroom.report.export import export_bytes
from warroom.room import WarRoom

from .test_report import poppler

JAPANESE_SECTIONS = [
    "概要",
    "ビジネスへの影響",
    "主な出来事",
    "診断",
    "根本原因",
    "付録：完全なタイムライン",
]
GERMAN_SECTIONS = ["Zusammenfassung", "Geschäftliche Auswirkung", "Wichtige Ereignisse", "Ursache"]


def utc_clock(at: datetime) -> str:
    return f"{at.astimezone(UTC):%H:%M} UTC"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["15 min", "2 h", "1 h 30 min", "40 s", "−1 h 52 min"]),
        ("de", ["15 Min.", "2 Std.", "1 Std. 30 Min.", "40 Sek.", "−1 Std. 52 Min."]),
        ("ja", ["15分", "2時間", "1時間30分", "40秒", "−1時間52分"]),
    ],
)
def test_durations_in_each_language(lang: str, expected: list[str]) -> None:
    spans = [
        timedelta(minutes=15),
        timedelta(hours=2),
        timedelta(minutes=90),
        timedelta(seconds=40),
        -timedelta(minutes=112),
    ]
    with speaking(lang):
        assert [format_duration(span) for span in spans] == expected


def test_timeline_descriptions_in_german_and_japanese() -> None:
    status = record(EventKind.STATUS_CHANGED, {"from": "investigating", "to": "identified"})
    role = record(EventKind.ROLE_ASSIGNED, {"person": "Aylin Demir", "role": "communicator"})
    paged = record(EventKind.ONCALL_PAGED, {"who": "Tobias", "level": "primary"})
    declared = record(
        EventKind.DECLARED, {"priority": "Critical", "title": "ERP kann nicht buchen"}
    )
    typed = record(EventKind.ENTRY, {"entry": "decision", "text": "Kein Neustart mehr."})
    with speaking("de"):
        assert describe(status) == "Status in Untersuchung → identifiziert"
        assert describe(role) == "Aylin Demir übernimmt die Rolle Kommunikator"
        assert describe(paged) == "Tobias alarmiert (Rufbereitschaft, erste Stufe)"
        assert describe(declared) == "Als Kritisch ausgerufen: ERP kann nicht buchen"
        assert kind_label(typed) == "Entscheidung"
        assert describe(typed) == "Kein Neustart mehr."  # typed text stays as typed
    with speaking("ja"):
        assert describe(status) == "ステータス 調査中 → 原因特定"
        assert describe(role) == "Aylin Demirがコミュニケーターのロールを担当"
        assert describe(paged) == "Tobiasを呼び出し（主担当のオンコール）"
        assert describe(declared) == "致命的として宣言：ERP kann nicht buchen"
        assert kind_label(typed) == "決定"
        assert kind_label(record(EventKind.ESCALATED, {})) == "エスカレーション"
    # Back in English afterwards: speaking() is scoped.
    assert describe(status) == "Status investigating → identified"


def test_a_time_inside_a_description_keeps_its_zone_in_every_language() -> None:
    posted = record(
        EventKind.UPDATE_POSTED,
        {
            "audience": "customers",
            "text": "Wir arbeiten daran.",
            "next_update_at": "2026-01-01T10:15:00+00:00",
        },
    )
    with speaking("ja"):
        assert describe(posted, utc_clock) == "[お客様 · 次回報告 10:15 UTC] Wir arbeiten daran."
    with speaking("de"):
        assert describe(posted, utc_clock) == (
            "[Kunden · nächste Statusmeldung 10:15 UTC] Wir arbeiten daran."
        )


@pytest.fixture
def demo(room: WarRoom) -> int:
    return int(create_demo_incident(room))


def headings(markdown: str) -> list[str]:
    return re.findall(r"^#{1,3} (.+)$", markdown, re.MULTILINE)


def test_the_report_in_japanese_has_japanese_sections_and_the_typed_texts_unchanged(
    room: WarRoom, demo: int
) -> None:
    english = export_bytes(room.store, demo, "md", room.now(), lang="en").decode()
    japanese = export_bytes(room.store, demo, "md", room.now(), lang="ja").decode()
    for title in JAPANESE_SECTIONS:
        assert f"## {title}" in japanese
    # No heading is still the English one (the incident's title is typed text).
    title = room.incident(demo).title
    english_headings = set(headings(english)) - {title}
    assert not english_headings & set(headings(japanese))
    assert "| 優先度 | " in japanese and "| ステータス | 解決済み |" in japanese
    assert "時間" in japanese and "分" in japanese  # durations in words
    # What people typed is the same in both: the summary and the title.
    summary = room.store.events(demo)
    typed = [str(e.payload["text"]) for e in summary if e.kind == EventKind.ENTRY][:5]
    for text in [title, *typed]:
        snippet = text[:40]
        assert (snippet in english) == (snippet in japanese)
    assert title in japanese


def test_the_report_in_german_names_the_zone_and_writes_dates_the_german_way(
    room: WarRoom, demo: int
) -> None:
    german = export_bytes(room.store, demo, "md", room.now(), lang="de").decode()
    for title in GERMAN_SECTIONS:
        assert f"## {title}" in german
    assert re.search(r"\d\d\.\d\d\.\d{4},? \d\d:\d\d(:\d\d)? UTC", german)
    assert "| Priorität | " in german and "Zeit (UTC)" in german


def test_json_is_the_same_in_every_language(room: WarRoom, demo: int) -> None:
    now = room.now()
    documents = {
        lang: export_bytes(room.store, demo, "json", now, lang=lang) for lang in ["en", "de", "ja"]
    }
    assert documents["de"] == documents["en"] == documents["ja"]


def test_an_html_report_says_its_language(room: WarRoom, demo: int) -> None:
    html = export_bytes(room.store, demo, "html", room.now(), lang="ja").decode()
    assert '<html lang="ja">' in html
    assert "<h2>根本原因</h2>" in html


def test_the_japanese_pdf_embeds_a_cjk_font_and_prints_the_japanese_titles(
    room: WarRoom, demo: int, tmp_path: Path
) -> None:
    path = tmp_path / "report-ja.pdf"
    path.write_bytes(export_bytes(room.store, demo, "pdf", room.now(), lang="ja"))
    text = subprocess.run(
        [poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split()).replace("\u200b", "")
    for title in JAPANESE_SECTIONS:
        assert "".join(title.split()) in flat
    fonts = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    cjk = [line for line in fonts.splitlines() if "CJK" in line]
    assert cjk, fonts
    # pdffonts' "emb" column: the glyphs travel with the file.
    assert all(re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line) for line in cjk)


CORPUS = Path(__file__).parents[1] / "fixtures" / "incidents"


@pytest.mark.parametrize("lang", ["de", "ja"])
@pytest.mark.parametrize("name", sorted(p.stem for p in CORPUS.glob("*.json")))
def test_no_section_heading_of_a_real_incident_stays_english(
    room: WarRoom, lang: str, name: str
) -> None:
    from warroom import exchange

    # The corpus carries what the demo lacks: impact phases, remedies, sources, zones.
    incident = exchange.import_incident(room.store, exchange.read_document(CORPUS / f"{name}.json"))
    english = export_bytes(room.store, incident, "md", room.now(), lang="en").decode()
    other = export_bytes(room.store, incident, "md", room.now(), lang=lang).decode()
    title = room.incident(incident).title
    english_headings = set(headings(english)) - {title}
    assert len(english_headings) >= 10
    assert not english_headings & set(headings(other))
    # and the column headings of every table
    english_columns = {c for row in table_heads(english) for c in row} - {"#", ""}
    # German writes these four words as English does.
    same_word = {"Status", "Person", "Service", "Text"} if lang == "de" else set()
    assert english_columns & {c for row in table_heads(other) for c in row} <= same_word


def table_heads(markdown: str) -> list[list[str]]:
    """The heading row of each Markdown table (the line above its |---| line)."""
    lines = markdown.splitlines()
    return [
        [cell.strip() for cell in lines[i - 1].strip("|").split("|")]
        for i, line in enumerate(lines)
        if i and re.fullmatch(r"\|(-+\|)+", line.strip())
    ]
