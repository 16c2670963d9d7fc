"""One language per process, and a scoped one for a text meant for someone else."""

from __future__ import annotations

import threading

from warroom.core import i18n
from warroom.core.i18n import _, activate, current, speaking, system_language


def test_the_system_language_from_the_environment() -> None:
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LANGUAGE": "ja:en", "LANG": "de_DE.UTF-8"}) == "ja"
    assert system_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "en"
    assert system_language({}) == "en"


def test_activate_changes_the_process_language_and_refuses_unknown_ones() -> None:
    activate("de")
    assert _("Summary") == "Zusammenfassung"
    activate("fr")
    assert current() == "en" and _("Summary") == "Summary"


def test_speaking_holds_for_its_own_thread_only() -> None:
    """A report rendered in Japanese on a worker thread leaves the window's words alone."""
    inside = threading.Event()
    release = threading.Event()
    seen: list[str] = []

    def worker() -> None:
        with speaking("ja"):
            seen.append(_("Summary"))
            inside.set()
            release.wait(10)
        seen.append(_("Summary"))

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    assert current() == "en" and _("Summary") == "Summary"  # the main thread, meanwhile
    release.set()
    thread.join(10)
    assert seen == ["概要", "Summary"]


def test_speaking_nests_and_restores() -> None:
    activate("de")
    with speaking("ja"):
        assert i18n.current() == "ja"
        with speaking("en"):
            assert _("Summary") == "Summary"
        assert _("Summary") == "概要"
    assert _("Summary") == "Zusammenfassung"
