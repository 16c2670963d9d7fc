"""Scenarios in English, German and Japanese: complete, consistent, and scored in any of them.

The shipped scenarios carry every text in every language beside the English;
a team's own file may write a text once. A root cause typed in German or
Japanese is judged against the key facts as well as one typed in English.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tests.exercise import teams
from warroom.core.clock import SimulatedClock
from warroom.core.errors import InvalidInput
from warroom.core.language import LANGUAGES
from warroom.core.vocabulary import Role
from warroom.exercise.after_action import build_after_action
from warroom.exercise.check import ERROR, WARNING, check_file, check_text
from warroom.exercise.content import facts_stated, meaningful, reads_as_prose, sentences
from warroom.exercise.scenario import (
    Scenario,
    builtin_dir,
    find_scenario,
    load_scenario,
    parse_scenario,
    scenario_from_text,
)
from warroom.room import WarRoom

BUILTIN = [
    "billing-cannot-invoice",
    "database-crash-customers-unknown",
    "erp-production-stop",
    "reconciliation-crash",
    "warehouse-crashes",
]
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# A correct cause as a German or a Japanese team writes it: one sentence, own words.
CAUSE = {
    ("billing-cannot-invoice", "de"): "Eine Mitarbeiterin der Finanzabteilung hat den neuen "
    "Steuersatz mit dem Gültigkeitsbeginn 1. November statt 1. Dezember eingetragen, daher "
    "waren für VAT-STD zwei Sätze gleichzeitig gültig und die Abfrage schlug für jedes Konto "
    "fehl.",
    ("billing-cannot-invoice", "ja"): "財務部門のユーザーが新しい税率を12月1日ではなく11月1日の"
    "適用開始日で登録したため、VAT-STDに有効な税率が2つ重複し、すべてのアカウントで参照が失敗した。",
    ("database-crash-customers-unknown", "de"): "Das Replikat db-cust-02 hatte sechs Tage vor "
    "dem Absturz aufgehört zu replizieren, die Umschaltung wurde trotz der Prüfung erzwungen, "
    "deshalb fehlen sechs Tage und neue Kunden bekommen Kundennummern, die bereits anderen "
    "Kunden gehören, während die Platten von db-cust-01 noch alle Daten enthalten.",
    ("database-crash-customers-unknown", "ja"): "レプリカのdb-cust-02は障害の6日前から"
    "レプリケーションが停止していて、フェイルオーバーは手動で強制されたので、新規の顧客番号が"
    "他の顧客の番号と重複しており、db-cust-01のディスクにはすべてのデータが残っている。",
    ("erp-production-stop", "de"): "Die Recovery Area ist voll, weil das RMAN-Backup seit "
    "Donnerstag fehlschlägt, nachdem der Tresor das Passwort des Backup-Kontos rotiert hat "
    "und der Job das alte Passwort behielt.",
    ("erp-production-stop", "ja"): "木曜日からRMANのバックアップが失敗していたため、"
    "リカバリ領域が満杯になった。保管庫がバックアップ用アカウントのパスワードをローテーションし、"
    "ジョブが古いパスワードを使っていたのが原因である。",
    ("reconciliation-crash", "de"): "Der Snapshot des Storage wurde auf 22:00 verlegt und "
    "friert die Schreibvorgänge der Datenbank länger ein als der Timeout von 60 Sekunden.",
    ("reconciliation-crash", "ja"): "ストレージのスナップショットが22:00に移され、"
    "データベースの書き込みをバッチの60秒のタイムアウトより長く凍結している。",
    ("warehouse-crashes", "de"): "Jemand mit dem gemeinsamen Konto wmsadmin beendet den "
    "Prozess mit kill -9 wenige Minuten nach jeder Anmeldung über den Jump Host; es ist "
    "Sabotage durch einen Dienstleister.",
    ("warehouse-crashes", "ja"): "共有アカウントwmsadminでジャンプホストからログインした人物が、"
    "毎回ログインの数分後にkill -9でプロセスを強制終了している。契約社員による妨害行為である。",
}


def _texts(scenario: Scenario) -> list[tuple[str, str]]:
    """Every text a player or trainer reads, named, in the scenario's language."""
    found = [
        ("title", scenario.title),
        ("summary", scenario.summary),
        ("trainer_summary", scenario.trainer_summary),
        ("root_cause", scenario.ground_truth.root_cause),
        ("good_response", scenario.ground_truth.good_response),
    ]
    found += [(f"objective {o.key}", o.text) for o in scenario.objectives]
    found += [(f"briefing.{r.value}", scenario.briefing_for(r)) for r in Role]
    found += [(f"red herring {n}", h) for n, h in enumerate(scenario.ground_truth.red_herrings)]
    found += [(f"key fact {n}", f.fact) for n, f in enumerate(scenario.ground_truth.key_facts)]
    for inject in scenario.injects:
        found.append((f"inject {inject.number}", inject.text))
        if inject.expect is not None:
            found.append((f"inject {inject.number} expect", inject.expect.description))
    return found


# -- the shipped scenarios are complete ---------------------------------------------


@pytest.mark.parametrize("key", BUILTIN)
def test_every_text_of_a_shipped_scenario_is_translated_into_german_and_japanese(
    key: str,
) -> None:
    english = find_scenario(key)
    assert english.lang == "en"
    for lang in ("de", "ja"):
        translated = english.in_language(lang)
        assert translated.lang == lang
        pairs = zip(_texts(english), _texts(translated), strict=True)
        for (name, source), (_, text) in pairs:
            assert text and text != source, f"{key} {lang}: {name} is not translated"
            if lang == "ja":
                assert _JAPANESE.search(text), f"{key}: {name} has no Japanese"
        # Identifiers and times are the same in every language: the record never depends on it.
        assert [(i.number, i.at, i.to, i.when, i.unless) for i in translated.injects] == [
            (i.number, i.at, i.to, i.when, i.unless) for i in english.injects
        ]
        for original, shown in zip(english.injects, translated.injects, strict=True):
            if original.data and original.data.startswith("From: "):
                # An e-mail reaches the team in its language, from the same address.
                assert shown.data and shown.data != original.data
                address = re.search(r"<[^>]+>", original.data)
                assert address and address.group(0) in shown.data
            else:  # a log, a report, a query: quoted as it was printed
                assert shown.data == original.data
        assert [o.key for o in translated.objectives] == [o.key for o in english.objectives]
        assert translated.in_language("en") is english


@pytest.mark.parametrize("key", BUILTIN)
def test_a_shipped_scenario_has_no_warning_in_any_language(key: str) -> None:
    scenario, findings = check_file(builtin_dir() / f"{key}.toml")
    assert scenario is not None
    assert findings == []


@pytest.mark.parametrize("key", BUILTIN)
def test_a_shipped_scenario_refuses_a_text_written_once(key: str, tmp_path: Path) -> None:
    """The loader demands every language of the shipped files, not only the test above."""
    text = (builtin_dir() / f"{key}.toml").read_text("utf-8")
    title = re.search(r'^title\.en = (".*")$', text, re.MULTILINE)
    assert title is not None
    broken = re.sub(r"^title\.(de|ja) = .*\n", "", text, flags=re.MULTILINE)
    broken = broken.replace(title.group(0), f"title = {title.group(1)}")
    with pytest.raises(InvalidInput, match="title must be written in every language"):
        scenario_from_text(broken, f"{key}.toml", complete=True)
    # ... while the same text as a team's own file is fine.
    assert scenario_from_text(broken, "ours.toml").in_language("ja").title == title.group(1)[1:-1]


# -- a team's own file ---------------------------------------------------------------

OWN = """
title = "Printer queue stuck"
summary = "The label printer queue on prt-07 stopped at 09:10."
priority = "Major"
duration = "1:00"

[briefing]
lead = "You lead."
diagnostician = "You diagnose."
communicator = "You inform."
scribe = "You write."

[ground_truth]
root_cause = "A stuck job."
red_herrings = []
good_response = "Clear the job."
key_facts = [{ fact = "a stuck job on prt-07", match = ["prt-07", "stuck|blocked|hängt|詰まり"] }]

[[inject]]
at = "0:00"
to = "all"
text = "The queue on prt-07 is stuck."
"""


def test_a_teams_own_scenario_may_write_each_text_once_and_it_is_shown_in_every_language() -> None:
    scenario = scenario_from_text(OWN, "ours.toml")
    for lang in LANGUAGES:
        shown = scenario.in_language(lang)
        assert shown.title == "Printer queue stuck"
        assert shown.injects[0].text == "The queue on prt-07 is stuck."
        assert shown.briefing_for(Role.LEAD) == "You lead."
    # One language-neutral match list serves every language.
    fact = scenario.ground_truth.key_facts[0]
    assert facts_stated([fact], "Der Auftrag auf prt-07 hängt in der Warteschlange.") == [fact]


def test_a_teams_own_scenario_may_mix_translated_and_single_texts() -> None:
    text = OWN.replace(
        'text = "The queue on prt-07 is stuck."',
        'text.en = "The queue on prt-07 is stuck."\n'
        'text.de = "Die Warteschlange auf prt-07 hängt."\n'
        'text.ja = "prt-07のキューが止まっています。"',
    )
    scenario = scenario_from_text(text, "ours.toml")
    assert scenario.injects[0].text == "The queue on prt-07 is stuck."
    assert scenario.in_language("de").injects[0].text == "Die Warteschlange auf prt-07 hängt."
    assert scenario.in_language("ja").injects[0].text == "prt-07のキューが止まっています。"
    assert scenario.in_language("ja").title == "Printer queue stuck"


def test_a_table_missing_a_language_is_an_error_naming_file_entry_key_and_language() -> None:
    text = OWN.replace(
        'text = "The queue on prt-07 is stuck."',
        'text.en = "The queue on prt-07 is stuck."\ntext.de = "Die Warteschlange hängt."',
    )
    with pytest.raises(InvalidInput) as raised:
        scenario_from_text(text, "ours.toml")
    assert raised.value.message == (
        "ours.toml: inject 1: text has no Japanese text (text.ja is missing)"
    )
    assert 'text.ja = "..."' in raised.value.hint
    # `warroom exercise check` reports it like any other error, with the others.
    text = text.replace('lead = "You lead."', 'lead.en = "You lead."\nlead.fr = "Vous."')
    scenario, findings = check_text(text, "ours.toml")
    assert scenario is None
    assert [f.severity for f in findings] == [ERROR, ERROR]
    assert findings[0].message == (
        "ours.toml: briefing.lead.fr: 'fr' is not a language warroom speaks"
    )
    assert findings[1].message.endswith("inject 1: text has no Japanese text (text.ja is missing)")


def test_a_list_translated_with_a_text_missing_is_an_error() -> None:
    text = OWN.replace(
        "red_herrings = []",
        'red_herrings.en = ["The network", "The disk"]\n'
        'red_herrings.de = ["Das Netz"]\n'
        'red_herrings.ja = ["ネットワーク", "ディスク"]',
    )
    with pytest.raises(InvalidInput, match=r"red_herrings\.de has 1 texts, .*\.en has 2"):
        parse_scenario(tomllib.loads(text), "ours.toml")


def test_check_warns_when_a_translation_lost_a_time_or_a_host_name() -> None:
    text = OWN.replace(
        'summary = "The label printer queue on prt-07 stopped at 09:10."',
        'summary.en = "The label printer queue on prt-07 stopped at 09:10."\n'
        'summary.de = "Die Druckerwarteschlange ist um 09:01 stehen geblieben."\n'
        'summary.ja = "prt-07のラベルプリンターのキューが09:10に止まりました。"',
    )
    scenario, findings = check_text(text, "ours.toml")
    assert scenario is not None
    assert [(f.severity, f.message) for f in findings if "lacks" in f.message] == [
        (WARNING, "ours.toml: summary: the German text lacks 09:10, prt-07")
    ]


def test_a_copy_of_a_shipped_scenario_elsewhere_loads_as_a_teams_file(
    tmp_path: Path,
) -> None:
    """A team starts its own scenario from a shipped one; the languages come along."""
    copy = tmp_path / "warehouse-crashes.toml"
    copy.write_text((builtin_dir() / "warehouse-crashes.toml").read_text("utf-8"), "utf-8")
    assert load_scenario(copy).in_language("de").title == "Der Lagerserver stürzt immer wieder ab"


# -- scoring in German and Japanese ---------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "ja"])
@pytest.mark.parametrize("key", BUILTIN)
def test_a_correct_cause_in_german_or_japanese_states_the_key_facts(key: str, lang: str) -> None:
    scenario = find_scenario(key)
    facts = list(scenario.ground_truth.key_facts)
    stated = facts_stated(facts, CAUSE[(key, lang)])
    assert len(stated) >= len(facts) * 2 / 3, [f.fact for f in facts if f not in stated]
    translated = scenario.in_language(lang)
    # The ground truth in each language states every fact, and the summary gives none away.
    assert facts_stated(translated.ground_truth.key_facts, translated.ground_truth.root_cause) == (
        list(translated.ground_truth.key_facts)
    )
    assert facts_stated(translated.ground_truth.key_facts, translated.summary) == []
    # A pasted list of the terms is still not an explanation.
    assert facts_stated(facts, teams._keywords(translated)) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("テスト", False),
        ("x1 メモ", False),
        ("データベースのレプリカが6日前から停止していた。", True),
        ("Wir starten den Archiver jetzt neu", True),
        ("test notiz eintrag", False),
    ],
)
def test_meaningful_in_german_and_japanese(text: str, says: bool) -> None:
    assert meaningful(text) is says


def test_japanese_sentences_end_at_the_full_stop_and_keywords_are_no_prose() -> None:
    assert sentences("一つ目の文です。二つ目の文です！") == ["一つ目の文です。", "二つ目の文です！"]
    assert reads_as_prose("スナップショットが書き込みを凍結していた。")
    assert not reads_as_prose("スナップショット 凍結 書き込み タイムアウト 22:00")


@pytest.mark.parametrize(
    ("lang", "cause", "proof"),
    [
        (
            "de",
            CAUSE[("warehouse-crashes", "de")],
            "Die Anmeldungen von jh-02 gehen jedem "
            "Stillstand voraus, und der Jump Host nennt c.hale für jede Sitzung.",
        ),
        (
            "ja",
            CAUSE[("warehouse-crashes", "ja")],
            "jh-02からのログインがすべての停止の前にあり、"
            "ジャンプホストはすべてのセッションでc.haleを記録している。",
        ),
    ],
)
def test_a_german_and_a_japanese_team_are_credited_for_the_root_cause(
    room: WarRoom, clock: SimulatedClock, lang: str, cause: str, proof: str
) -> None:
    team = teams.start(room, find_scenario("warehouse-crashes"), clock)
    team.seat(Role.DIAGNOSTICIAN).set_root_cause(team.incident, cause, how_proven=proof)
    judged = build_after_action(
        team.run.room.store, team.incident, team.run.clock.now()
    ).score.root_cause
    assert judged.reached and judged.proven
    assert len(judged.stated) == len(judged.facts)


@pytest.mark.parametrize(
    "cause",
    [
        "x1",
        # The terms of every language pasted together: a list, not an explanation.
        " ".join(
            alt
            for lang in ("de", "ja")
            for f in find_scenario("warehouse-crashes").in_language(lang).ground_truth.key_facts
            for t in f.match
            for alt in t
        ),
    ],
)
def test_a_content_free_team_is_not_credited_in_any_language(
    room: WarRoom, clock: SimulatedClock, cause: str
) -> None:
    team = teams.start(room, find_scenario("warehouse-crashes"), clock)
    team.seat(Role.DIAGNOSTICIAN).set_root_cause(team.incident, cause, how_proven="x1")
    judged = build_after_action(
        team.run.room.store, team.incident, team.run.clock.now()
    ).score.root_cause
    assert not judged.reached and judged.stated == () and not judged.proven


def test_warroom_exercise_check_reports_a_missing_language_like_any_other_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from warroom.cli import main

    path = tmp_path / "ours.toml"
    path.write_text(
        OWN.replace('title = "Printer queue stuck"', 'title.en = "Printer queue stuck"'), "utf-8"
    )
    assert main(["exercise", "check", str(path)]) == 2
    out = capsys.readouterr().out
    assert "error: ours.toml: title has no German text (title.de is missing)" in out
    assert "ours.toml: 1 errors, 0 warnings" in out


# -- handouts and the after-action report in the reader's language ---------------------


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_the_packet_command_writes_the_scenario_in_the_language_asked_for(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from warroom.cli import main

    shown = find_scenario("reconciliation-crash").in_language(lang)
    assert main(["exercise", "packet", "reconciliation-crash", "--lang", lang]) == 0
    players = capsys.readouterr().out
    assert f"# {shown.title}" in players
    assert shown.briefing_for(Role.SCRIBE)[:40] in players
    assert main(["exercise", "packet", "reconciliation-crash", "--for", "controllers",
                 "--lang", lang]) == 0  # fmt: skip
    handbook = capsys.readouterr().out
    assert shown.ground_truth.root_cause[:40] in handbook
    assert shown.injects[3].expect is not None
    assert shown.injects[3].expect.description[:40] in handbook
    # Without --lang, the seat's language decides.
    from warroom.core.i18n import speaking

    with speaking(lang):
        assert main(["exercise", "packet", "reconciliation-crash"]) == 0
    assert f"# {shown.title}" in capsys.readouterr().out


def test_the_after_action_report_reads_the_injects_in_its_language(
    room: WarRoom, clock: SimulatedClock
) -> None:
    from warroom.exercise.after_action import after_action_bytes

    team = teams.start(room, find_scenario("warehouse-crashes"), clock)
    team.advance(6)
    now = team.run.clock.now()
    english = after_action_bytes(team.run.room.store, team.incident, "md", now, "en").decode()
    german = after_action_bytes(team.run.room.store, team.incident, "md", now, "de").decode()
    scenario = find_scenario("warehouse-crashes")
    de = scenario.in_language("de")
    assert scenario.injects[1].text[:50] in english
    assert de.injects[1].text[:50] in german and scenario.injects[1].text[:50] not in german
    assert de.title in german


def test_an_exercise_run_in_japanese_declares_its_incident_in_japanese_and_records_english(
    room: WarRoom, clock: SimulatedClock
) -> None:
    from warroom.core.i18n import speaking
    from warroom.core.vocabulary import EventKind
    from warroom.snapshot import load_snapshot

    scenario = find_scenario("billing-cannot-invoice")
    ja = scenario.in_language("ja")
    with speaking("ja"):
        team = teams.start(room, scenario, clock)
    incident = load_snapshot(team.run.room.store, team.incident)
    assert incident.title == ja.title
    assert "07:00になっても1通の請求書も作成していません。" in incident.impact_what
    delivered = [
        e.payload for e in team.run.room.store.events(team.incident) if e.kind == EventKind.INJECT
    ]
    assert delivered[0]["text"] == scenario.injects[0].text
