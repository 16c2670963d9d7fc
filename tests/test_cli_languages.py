"""The command line speaks the system's language; what scripts read does not change.

Messages, hints and the table headings follow ``LANG`` (German, Japanese,
English for anything else); exit codes, ids, JSON and exported records are the
same in every language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exercise import teams
from warroom.cli import main
from warroom.core.clock import SimulatedClock
from warroom.exercise.scenario import builtin_dir, load_scenario
from warroom.room import WarRoom

ROOT = Path(__file__).resolve().parents[1]


def warroom(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "warroom", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        ("C.UTF-8", "warroom: there is no incident #7", "hint: see `warroom list`"),
        ("de_DE.UTF-8", "warroom: es gibt keine Störung #7", "Hinweis: siehe `warroom list`"),
        (
            "ja_JP.UTF-8",
            "warroom: インシデント #7 はありません",
            "ヒント：`warroom list` を参照してください",
        ),
    ],
)
def test_a_user_error_and_its_hint_in_the_system_language_with_the_same_exit_code(
    tmp_path: Path, lang: str, message: str, hint: str
) -> None:
    done = warroom(lang, "export", "7", "--format", "md", "--db", str(tmp_path / "x.sqlite3"))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [message, hint]
    assert "Traceback" not in done.stderr


def test_list_verify_and_the_rule_messages_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db]) == 0
    incident_id = capsys.readouterr().out.strip()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["list", "--db", db]) == 0
    table = capsys.readouterr().out
    assert "PRIORITÄT" in table and "Kritisch" in table and "behoben" in table
    assert main(["verify", incident_id, "--db", db]) == 0
    assert capsys.readouterr().out.startswith(f"Störung #{incident_id}: Protokoll intakt (")
    assert main(["verify", incident_id, "--db", db, "--fingerprint", "00"]) == 1
    assert "nicht im angegebenen Fingerabdruck" in capsys.readouterr().err
    assert main(["exercise", "check", "x", "--speed", "40"]) == 2
    err = capsys.readouterr().err
    assert "Geschwindigkeit 40 liegt außerhalb des Bereichs" in err
    assert "Hinweis: wählen Sie 1 bis 20" in err


def test_machine_output_is_the_same_in_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db]) == 0
    incident_id = capsys.readouterr().out.strip()
    outputs: dict[str, list[object]] = {}
    for lang in ("C.UTF-8", "de_DE.UTF-8", "ja_JP.UTF-8"):
        monkeypatch.setenv("LANG", lang)
        assert main(["list", "--db", db, "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        assert main(["stats", "--db", db, "--json", "--include-exercises"]) == 0
        stats = json.loads(capsys.readouterr().out)
        outputs[lang] = [listed, stats]
    assert outputs["C.UTF-8"] == outputs["de_DE.UTF-8"] == outputs["ja_JP.UTF-8"]
    assert outputs["C.UTF-8"][0][0]["status"] == "resolved"  # type: ignore[index]
    assert incident_id


def test_export_lang_overrides_the_system_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["demo", "--db", db]) == 0
    incident_id = capsys.readouterr().out.strip()
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    out = tmp_path / "report.md"
    assert (
        main(["export", incident_id, "--format", "md", "--lang", "ja", "-o", str(out), "--db", db])
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert "## 概要" in text and "## Zusammenfassung" not in text
    assert main(["export", incident_id, "--format", "md", "-o", str(out), "--db", db]) == 0
    assert "## Zusammenfassung" in out.read_text(encoding="utf-8")  # the system's language


def test_an_after_action_report_in_japanese(
    tmp_path: Path,
    db_path: Path,
    room: WarRoom,
    clock: SimulatedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    team = teams.start(room, load_scenario(builtin_dir() / "warehouse-crashes.toml"), clock)
    teams.good(team)
    team.advance(10)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert main(["exercise", "report", str(team.incident), "--db", str(db_path)]) == 0
    report = capsys.readouterr().out
    (tmp_path / "aar-ja.md").write_text(report, encoding="utf-8")
    assert "# 事後評価報告書：" in report
    for heading in ("## 目標", "## 強み", "## 改善が必要な点", "## 改善計画"):
        assert heading in report
    assert "ルール1「お客様をサポートする」" in report
    assert "## Objectives" not in report and "Rule 1," not in report


def test_a_usage_error_in_german_with_argparse_exit_code() -> None:
    done = warroom("de_DE.UTF-8", "export")
    assert done.returncode == 2
    assert done.stderr.startswith("Aufruf: warroom export")
    assert "Fehler: folgende Argumente sind erforderlich: id, --format" in done.stderr
    helped = warroom("ja_JP.UTF-8", "export", "--help")
    assert helped.returncode == 0
    assert "使い方: warroom export" in helped.stdout
    assert "報告書の言語" in helped.stdout  # our own help text, translated too


@pytest.mark.parametrize(
    ("lang", "problem", "hint", "counts"),
    [
        (
            "de_DE.UTF-8",
            "Fehler: broken.toml: inject 2: to muss eines von ",
            "(Hinweis: resources/scenarios/README.md erklärt jedes Feld)",
            "broken.toml: 1 Fehler, 0 Warnungen",
        ),
        (
            "ja_JP.UTF-8",
            "エラー: broken.toml: inject 2: to は ",
            "（ヒント：resources/scenarios/README.md にすべての項目の説明があります）",
            "broken.toml: エラー1件、警告0件",
        ),
    ],
)
def test_a_broken_scenario_is_explained_in_the_system_language_with_its_location(
    tmp_path: Path, lang: str, problem: str, hint: str, counts: str
) -> None:
    text = (builtin_dir() / "warehouse-crashes.toml").read_text("utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace('to = "diagnostician"', 'to = "diagnostiker"', 1), "utf-8")
    done = warroom(lang, "exercise", "check", str(broken))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    first, *_, last = done.stdout.splitlines()
    # The file, the entry, the key and the value stay as written; the sentence is translated.
    assert first.startswith(problem)
    assert "'diagnostiker'" in first
    assert first.endswith(hint)
    assert last == counts


def test_the_scenario_list_and_a_dry_run_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    german = load_scenario(builtin_dir() / "warehouse-crashes.toml").in_language("de")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert main(["exercise", "list"]) == 0
    listed = capsys.readouterr().out
    line = next(li for li in listed.splitlines() if li.startswith("warehouse-crashes "))
    assert "Kritisch" in line and line.endswith(german.title)
    assert main(["exercise", "run", "warehouse-crashes", "--dry-run"]) == 0
    schedule = capsys.readouterr().out.splitlines()
    assert schedule[0] == f"{german.title} (Kritisch), 2:30"
    assert "(Echtzeit +" in schedule[1] and " an all " in schedule[1]
