"""Secrets never printed: passwords in URLs, and any secret the app has loaded.

Everything that may end up in front of someone else (an error message, the
status bar, a log, the crash log a user is asked to send) passes ``redact``:
the password part of every URL (``scheme://user:SECRET@host``) becomes
``***``, and so does every string registered with ``remember_secret`` (a
webhook address, a token, a database password read from the keyring).
"""

from __future__ import annotations

import re
import threading

MASK = "***"

# scheme://user:password@ — the password is anything up to the last "@" before the host.
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@]*:)(?P<secret>[^\s/]*)@")
# A query parameter that names itself a secret: ?password=…, &token=…, &key=…
_QUERY_SECRET = re.compile(
    r"(?P<head>[?&](?:password|passwd|pwd|token|secret|key|api_key|access_token)=)[^&\s#]+",
    re.IGNORECASE,
)

_lock = threading.Lock()
_secrets: set[str] = set()


def remember_secret(value: str | None) -> None:
    """From now on, ``redact`` hides ``value`` wherever it appears (ignored when short)."""
    # Four characters or fewer would hide ordinary words, not protect anything.
    if value and len(value) > 4:
        with _lock:
            _secrets.add(value)


def forget_secrets() -> None:
    with _lock:
        _secrets.clear()


def redact(text: str) -> str:
    """``text`` with every URL password and every remembered secret masked."""
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}@", text)
    text = _QUERY_SECRET.sub(lambda m: f"{m['head']}{MASK}", text)
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text
