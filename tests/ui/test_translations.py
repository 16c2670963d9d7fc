"""The interface in German and Japanese: every text translated, none left in English.

The .ts files in resources/i18n are the source of truth; `make translations` compiles
them to the .qm files the app loads (the pytest target depends on it).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.screens import check, demo_room, walk
from warroom.core import i18n
from warroom.core.resources import resource
from warroom.core.vocabulary import Role
from warroom.room import WarRoom
from warroom.ui import translation
from warroom.ui.main_window import MainWindow
from warroom.ui.theme import apply_theme
from warroom.ui.words import date_time_edit_format, local_date_time, number, percent

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "warroom" / "ui"
TS = resource("i18n")
LANGS = ("de", "ja")
PLACEHOLDER = re.compile(r"%n|%\d|\{\d+(?::[^}]*)?\}")
# Qt's plural forms: German has two (one, other), Japanese one.
NUMERUS_FORMS = {"de": 2, "ja": 1, "en": 2}


def messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    root = ET.parse(TS / f"warroom_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def sources_translated_differently(lang: str) -> set[str]:
    """English source texts whose translation in ``lang`` reads differently."""
    found = set()
    for _, message in messages(lang):
        source = message.findtext("source") or ""
        translated = message.find("translation")
        assert translated is not None
        texts = [f.text or "" for f in translated.iter("numerusform")] or [translated.text or ""]
        if all(t != source for t in texts):
            found.add(source.replace("&", "").strip())
    return found


# -- the code: every visible text through Qt's translation functions -------------------

# Calls that put their first argument in front of a person.
SHOWS_TEXT = {
    "setText",
    "setToolTip",
    "setWindowTitle",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setAccessibleName",
    "setAccessibleDescription",
    "showMessage",
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addRow",
    "addButton",
    "setHorizontalHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "Column",
}
# Message boxes and file dialogs take the title and the text after the parent.
SHOWS_ALL = {"information", "warning", "critical", "question", "getText", "getItem"}
DIALOGS = {"QMessageBox", "QInputDialog"}
WORD = re.compile(r"[^\W\d_]{2,}")
# Not words to translate: addresses and file names a person types or sees as examples.
NOT_WORDS = re.compile(r"^(warroom|\w+(\+\w+)?://\S*|[\w.-]+\.(toml|json|md|csv|html|pdf))$")


def _has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value)) and not NOT_WORDS.match(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    return False


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def untranslatable(source: str, filename: str) -> list[str]:
    """What pyside6-lupdate cannot extract, or what reaches the screen without a translator."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        where = f"{filename}:{node.lineno}: "
        if name == "tr":
            owner = func.value if isinstance(func, ast.Attribute) else None
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                # lupdate takes the variable's name (or nothing) as the context.
                problems.append(where + f"{ast.unparse(func)}(): use self.tr or translate")
            if not node.args or not _literal(node.args[0]):
                problems.append(where + "tr() of a text lupdate cannot see")
        elif name == "translate" and isinstance(func, ast.Attribute):
            if ast.unparse(func.value) not in ("QCoreApplication", "QApplication"):
                continue
            if len(node.args) < 2 or not all(_literal(a) for a in node.args[:2]):
                problems.append(where + "translate() needs a literal context and text")
        elif name in SHOWS_TEXT and node.args and _has_words(node.args[0]):
            problems.append(where + f"{name}({ast.unparse(node.args[0])[:50]}) is not translated")
        elif name in SHOWS_ALL and ast.unparse(func).split(".")[0] in DIALOGS:
            for arg in node.args:
                if _has_words(arg):
                    problems.append(where + f"{name}(… {ast.unparse(arg)[:50]}) is not translated")
    return problems


def test_every_text_in_the_interface_goes_through_qt_translation() -> None:
    problems = [
        problem
        for path in sorted(UI.rglob("*.py"))
        for problem in untranslatable(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    problems += untranslatable((ROOT / "warroom" / "app.py").read_text(), "warroom/app.py")
    assert problems == []


@pytest.mark.parametrize(
    ("code", "complaint"),
    [
        ("self.tr(label)", "tr() of a text lupdate cannot see"),
        ('self.tr(f"Saved {n}")', "tr() of a text lupdate cannot see"),
        ('box.tr("Keep")', "box.tr(): use self.tr or translate"),
        ('QCoreApplication.translate("Ctx", text)', "translate() needs a literal context and text"),
        ('label.setText("Saved.")', "setText('Saved.') is not translated"),
        ('QLabel(f"<b>{x}</b> is due")', "QLabel(f'<b>{x}</b> is due') is not translated"),
        ('QMessageBox.warning(self, "warroom", "It broke")', "is not translated"),
    ],
)
def test_the_scan_finds_what_bypasses_translation(code: str, complaint: str) -> None:
    assert any(complaint in p for p in untranslatable(code, "x.py"))


@pytest.mark.parametrize(
    "code",
    [
        'self.tr("Saved {0}.").format(n)',
        'self.tr("%n incident(s)", "", n)',
        'QCoreApplication.translate("Words", "Investigating")',
        'edit.setPlaceholderText("https://chat.example.com/hooks/…")',
        'label.setText("—")',
        'QMessageBox.warning(self, "warroom", text)',
    ],
)
def test_the_scan_lets_translated_texts_and_non_words_pass(code: str) -> None:
    assert untranslatable(code, "x.py") == []


# -- the .ts sources: complete, and in step with the code -----------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = []
    count = 0
    for context, message in messages(lang):
        count += 1
        source = message.findtext("source") or ""
        translated = message.find("translation")
        assert translated is not None
        label = f"{context}: {source!r}"
        if translated.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{label} is {translated.get('type')}")
            continue
        forms = [f.text or "" for f in translated.iter("numerusform")]
        if message.get("numerus") == "yes" and len(forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{label} has {len(forms)} plural forms")
        for text in forms or [translated.text or ""]:
            if not text.strip():
                problems.append(f"{label} is empty")
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{label}: {text!r} has other placeholders")
    assert count > 700
    assert problems == []


def test_english_plurals_read_right() -> None:
    for _, message in messages("en"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and "(s)" not in " ".join(forms)


@pytest.mark.skipif(not shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)),
                    reason="pyside6-lupdate is not installed")  # fmt: skip
def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """A tr() added without `make update-translations` would show in English."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted(UI.rglob("*.py"))] + [str(ROOT / "warroom" / "app.py")]
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in root.iter("context")
            for m in c.iter("message")
        }

    in_code = texts(fresh)
    for lang in LANGS:
        assert in_code - texts(TS / f"warroom_{lang}.ts") == set(), lang


# -- loading --------------------------------------------------------------------------


def test_a_missing_qm_falls_back_to_english_with_a_log_line(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    speak: Callable[[str], str],
) -> None:
    monkeypatch.setattr(translation, "qm_path", lambda lang: tmp_path / f"warroom_{lang}.qm")
    assert speak("de") == "en"
    assert i18n.current() == "en"
    assert "make translations" in caplog.text
    assert QApplication.translate("MainWindow", "&View") == "&View"


def test_the_language_follows_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")
    assert translation.chosen_language() == "ja"
    translation.choose_language("de")
    assert translation.chosen_language() == "de"


def test_german_installs_our_texts_qts_buttons_the_core_and_the_locale(
    speak: Callable[[str], str],
) -> None:
    assert speak("de") == "de"
    assert QApplication.translate("MainWindow", "&View") == "&Ansicht"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert i18n.current() == "de"
    assert QLocale().language() == QLocale.Language.German
    speak("en")
    assert QApplication.translate("MainWindow", "&View") == "&View"
    assert QApplication.translate("Dashboard", "%n incident(s)", "", 1) == "1 incident"


def test_view_language_names_each_language_in_itself_and_applies_after_a_restart(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.language_actions
    assert [a.text() for a in actions.values()] == ["English", "Deutsch", "日本語"]
    assert actions["en"].isChecked() and not actions["de"].isChecked()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    actions["de"].trigger()
    assert actions["de"].isChecked()
    assert translation.chosen_language() == "de"
    assert told == ["warroom speaks Deutsch from the next start. Restart it to switch now."]


# -- the screens in German and Japanese -----------------------------------------------


def visible_texts(top: QWidget) -> set[str]:
    """Every text a person can read on ``top`` (and its tooltips), mnemonics removed."""
    found: set[str] = {top.windowTitle()}
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not (w is top or w.isVisibleTo(top)):
            continue
        found.add(w.toolTip())
        if isinstance(w, QLabel):
            found.add(re.sub(r"<[^>]+>", "\n", w.text()))
        elif isinstance(w, QAbstractButton):
            found.add(w.text())
        elif isinstance(w, QGroupBox):
            found.add(w.title())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            found.add(w.placeholderText())
        elif isinstance(w, QComboBox):
            found.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabBar):
            found.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QMenu):
            found.add(w.title())
            found.update(a.text() for a in w.actions())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            found.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            )
    if isinstance(top, MainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            found.add(menu.title())
            found.update(a.text() for a in menu.actions())
    pieces = set()
    for text in found:
        pieces.add(text.replace("&", "").strip())
        pieces.update(line.replace("&", "").strip() for line in text.split("\n"))
    return pieces - {""}


def walk_in(
    lang: str, speak: Callable[[str], str]
) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """Every screen in ``lang`` at 1280x720, in the app's own theme (its paddings decide what
    fits): its visible texts and its layout problems."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, False)
    assert speak(lang) == lang
    seen: dict[str, set[str]] = {}
    problems: dict[str, list[str]] = {}

    def visit(name: str, widget: QWidget, size: tuple[int, int] | None) -> None:
        problems[name] = check(widget, size)
        seen[name] = visible_texts(widget)

    with demo_room() as (room, _clock, live):
        walk(room, live, (1280, 720), visit)
    return seen, problems


EXPECTED = {
    # screen -> texts that must be there (menu, a panel title, a button)
    "de": {
        "start": {"Datei", "Ansicht", "Störung", "Störung ausrufen…  [Strg+N]", "Sprache"},
        "lead": {"Priorität und Status", "Eskalation", "Status ändern"},
        "diagnostician": {"Hypothesen", "Neue Hypothese: Was könnte das verursachen?"},
        "communicator": {"Statusmeldung verfassen", "Gesendete Statusmeldungen"},
        "scribe": {"Schlüsselmomente (je eine Taste):", "Tippen und Enter drücken"},
        "report": {"Grundursache speichern", "PDF exportieren…"},
        "declare": {"Störung ausrufen", "Abbrechen"},
        "seat": {"Platz nehmen"},
        "wall-on-1920x1080": {
            "DER KUNDE KANN NICHT",
            "FÜHRENDE HYPOTHESE",
            "Status: IN UNTERSUCHUNG",
        },
    },
    "ja": {
        "start": {"ファイル(F)", "表示(V)", "インシデントを宣言…  [Ctrl+N]", "言語(L)"},
        "lead": {"優先度とステータス", "エスカレーション", "ステータスを変更"},
        "diagnostician": {"仮説", "新しい仮説：何が原因として考えられるか？"},
        "communicator": {"状況報告を作成", "送信済みの状況報告"},
        "scribe": {"重要な時点（キーは 1 つずつ）：", "入力して Enter"},
        "report": {"根本原因を保存", "PDF をエクスポート…"},
        "declare": {"インシデントを宣言", "キャンセル"},
        "seat": {"席に着く"},
        "wall-on-1920x1080": {"顧客ができないこと", "最有力の仮説"},
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_screen_speaks_the_language_and_no_english_source_text_is_left(
    lang: str, qtbot: QtBot, speak: Callable[[str], str]
) -> None:
    english = sources_translated_differently(lang)
    seen, _ = walk_in(lang, speak)
    assert set(EXPECTED[lang]) <= set(seen)
    missing = {
        screen: sorted(texts - seen[screen])
        for screen, texts in EXPECTED[lang].items()
        if texts - seen[screen]
    }
    assert missing == {}
    left_english = {
        screen: sorted(texts & english) for screen, texts in seen.items() if texts & english
    }
    assert left_english == {}


def test_longer_german_words_and_japanese_glyphs_fit_as_well_as_english(
    qtbot: QtBot, speak: Callable[[str], str]
) -> None:
    """No screen squeezes, overlaps or scrolls sideways more than it does in English."""
    _, english = walk_in("en", speak)
    for lang in LANGS:
        _, found = walk_in(lang, speak)
        worse = {
            screen: problems
            for screen, problems in found.items()
            if len(problems) > len(english.get(screen, []))
        }
        assert worse == {}, lang


def test_standard_dialog_buttons_are_translated_by_qts_own_catalog(
    qtbot: QtBot, speak: Callable[[str], str]
) -> None:
    speak("ja")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


@pytest.mark.parametrize("lang", LANGS)
def test_the_other_windows_speak_the_language_too(
    lang: str, qtbot: QtBot, room: WarRoom, incident: int, speak: Callable[[str], str]
) -> None:
    """The trainer's console, the search, the catalogue, the blast radius, the trends and
    the dialogs: the briefing, your name, joining a room."""
    english = sources_translated_differently(lang)
    speak(lang)
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    view = window.take_seat(incident, "Dana Lead", Role.LEAD)
    view.lead.show_briefing()
    window.ask_name()
    window.ask_room()
    window.show_trainer("erp-production-stop", 20)
    window.show_search()
    window.show_catalogue()
    window.show_blast_radius()
    window.show_dashboard()
    dashboard = window.dashboard
    assert dashboard is not None
    reading = QApplication.translate("Dashboard", "Reading the incidents…")
    qtbot.waitUntil(lambda: dashboard.summary.text() != reading, timeout=60_000)
    opened: dict[str, QWidget | None] = {
        "trainer": window.trainer,
        "search": window.search_window,
        "catalogue": window.catalogue_window,
        "blast radius": window.blast_window,
        "trends": dashboard,
        "briefing": view.lead.briefing_dialog,
        "your name": window.name_dialog,
        "join a room": window.join_dialog,
    }
    left_english = {}
    for name, widget in opened.items():
        assert widget is not None, name
        qtbot.addWidget(widget)
        if visible_texts(widget) & english:
            left_english[name] = sorted(visible_texts(widget) & english)
    assert left_english == {}
    trainer = window.trainer
    assert trainer is not None
    assert QApplication.translate("TrainerConsole", "Start the exercise") in visible_texts(trainer)


def test_dates_and_numbers_are_written_as_the_language_writes_them_with_the_zone_named(
    speak: Callable[[str], str],
) -> None:
    moment = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)
    zone = moment.astimezone().tzname() or ""
    local = moment.astimezone()
    expected = {
        "de": (f"24.11.2026 {local:%H:%M} {zone}", "1.240", "87 %"),
        "ja": (f"2026/11/24 {local:%H:%M} {zone}", "1,240", "87%"),
        # English keeps the system's number format (here the C locale's, without grouping).
        "en": (f"2026-11-24 {local:%H:%M} {zone}", QLocale.system().toString(1240), "87 %"),
    }
    for lang, (when, count, share) in expected.items():
        speak(lang)
        assert (local_date_time(moment), number(1240), percent(0.87)) == (when, count, share)
        assert date_time_edit_format().endswith(" HH:mm t")


def test_an_incident_declared_in_german_is_recorded_in_the_words_of_the_record(
    qtbot: QtBot, room: WarRoom, speak: Callable[[str], str]
) -> None:
    """The person picks „Kritisch“; the record keeps the matrix's identifier, Critical."""
    speak("de")
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    window.declare_incident()
    dialog = window.declare_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Störung ausrufen"
    qtbot.keyClicks(dialog.name, "Dana Lead")
    qtbot.keyClicks(dialog.title, "Lagerverwaltung steht still")
    qtbot.keyClicks(dialog.impact_what, "Kommissionierung nur von Hand")
    dialog.priority.setCurrentIndex(dialog.priority.findText("Kritisch"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Ausrufen"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    seat = window.seat_dialog
    assert seat is not None
    qtbot.mouseClick(seat.box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    view = window.incident_view
    assert view is not None
    assert view.state.snapshot.priority == "Critical"
    assert view.bar.priority.text() == "KRITISCH"
    assert view.bar.status.text() == "Status: Ausgerufen"
    assert view.lead.priority.currentText() == "Kritisch"
