"""The gettext catalogs for tests: compiled from the .po sources when they are newer."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "resources" / "locale"


def compile_catalogs() -> None:
    """Compile every ``warroom.po`` whose ``.mo`` is missing or older (pybabel compile's work)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from warroom.core import i18n

    compiled = False
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/warroom.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalog = read_po(source)
        with mo.open("wb") as target:
            write_mo(target, catalog)
        compiled = True
    if compiled:
        i18n._catalog.cache_clear()
