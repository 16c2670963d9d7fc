"""The language of everything a person reads outside the Qt widgets.

Timeline descriptions, user errors and hints, channel messages, command-line
messages, role, status and priority names, durations and the report templates
are translated through gettext catalogs (``resources/locale/<lang>/LC_MESSAGES/
warroom.po``, compiled to ``.mo`` at build time with ``pybabel compile``). The
widgets use Qt's own translators; ``warroom.ui`` activates the same language
here so that a window and the core speak one language.

English is the source: a message is written in English in the code and marked
with ``_()`` (or ``ngettext`` for a count). A catalog that is missing (a
checkout where ``make translations`` has not run) falls back to English rather
than failing: the record and its facts never depend on the language.

The language is process-wide, like the Qt translators: one seat works in one
language. A text meant for someone else (an update to a German customer while
the room works in English) is produced inside ``speaking(lang)``, which holds
for the thread (the context) that entered it only: a report rendered in
Japanese on a worker thread leaves the window's words as they are.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from warroom.core.language import LANGUAGES, SOURCE
from warroom.core.resources import resource

DOMAIN = "warroom"

_current: str = SOURCE
# The language of a speaking() block, for its own thread or task only.
_speaking: ContextVar[str | None] = ContextVar("warroom_speaking", default=None)


@cache
def _catalog(lang: str) -> _gettext.NullTranslations:
    if lang == SOURCE:
        return _gettext.NullTranslations()
    return _gettext.translation(
        DOMAIN, localedir=str(resource("locale")), languages=[lang], fallback=True
    )


def activate(lang: str) -> None:
    """Speak ``lang`` from now on (English for a language warroom does not speak)."""
    global _current
    _current = lang if lang in LANGUAGES else SOURCE


def current() -> str:
    """The language texts are produced in here: a speaking() block's, else the process's."""
    return _speaking.get() or _current


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Produce texts in ``lang`` within the block (this thread only), then as before."""
    token = _speaking.set(lang if lang in LANGUAGES else SOURCE)
    try:
        yield
    finally:
        _speaking.reset(token)


def _(message: str) -> str:
    """``message`` (English) in the current language."""
    return _catalog(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` in the current language."""
    return _catalog(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, told apart from the same English word elsewhere."""
    return _catalog(current()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction where it is translated later (a table of names)."""
    return message


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the system asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).

    ``de_DE.UTF-8`` -> ``de``; a language warroom does not speak, ``C`` or
    ``POSIX`` -> English.
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        for choice in value.split(":"):
            code = choice.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if value:
            # The variable that decides named no language warroom speaks: English, as gettext does.
            return SOURCE
    return SOURCE
