"""Passwords and remembered secrets are masked wherever text leaves the app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from warroom.core.redact import MASK, forget_secrets, redact, remember_secret


@pytest.fixture(autouse=True)
def no_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        (
            "postgresql+psycopg://user:SECRET@host/db",
            "SECRET",
            "postgresql+psycopg://user:***@host",
        ),
        ("failed: postgresql://a:p%40ss:w0rd@h:5432/x (timeout)", "w0rd", "@h:5432/x (timeout)"),
        ("smtp://mail:hunter22@mx.example.com", "hunter22", "smtp://mail:***@mx.example.com"),
        ("https://h.example.com/hook?token=abc123secret&x=1", "abc123secret", "token=***&x=1"),
        ("argv: ['warroom', '--db', 'postgresql://u:TOP@db/w']", "TOP", "u:***@db/w"),
    ],
)
def test_url_passwords_are_masked(text: str, hidden: str, kept: str) -> None:
    shown = redact(text)
    assert hidden not in shown
    assert kept in shown


def test_a_url_without_a_password_is_left_alone() -> None:
    text = "postgresql+psycopg://warroom@127.0.0.1:5432/warroom and sqlite:////tmp/a.sqlite3"
    assert redact(text) == text


def test_remembered_secrets_are_masked_everywhere() -> None:
    remember_secret("https://chat.example.com/hooks/T01/B02/XyZsecretpath")
    remember_secret("abc")  # too short to hide anything safely
    text = "POST https://chat.example.com/hooks/T01/B02/XyZsecretpath failed: abc"
    assert redact(text) == f"POST {MASK} failed: abc"
