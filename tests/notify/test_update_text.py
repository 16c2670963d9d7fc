"""How an update reads, the clipboard channel, and what importing the package costs."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from warroom.notify.channels import (
    Channel,
    ClipboardChannel,
    DeliveryFailed,
    OutgoingUpdate,
    SmtpChannel,
    WebhookChannel,
    next_update_line,
    plain_text,
    subject_line,
    with_next_update,
)

ROOT = Path(__file__).resolve().parents[2]


def test_the_subject_names_the_next_update_in_utc(update: OutgoingUpdate) -> None:
    assert subject_line(update) == (
        "[Blocker] ERP down: production line stopped — update (next update 10:45 UTC)"
    )
    berlin = timezone(timedelta(hours=1))
    local = replace(update, next_update_at=datetime(2026, 11, 24, 11, 45, tzinfo=berlin))
    assert subject_line(local).endswith("(next update 10:45 UTC)")
    # The store keeps naive UTC.
    naive = replace(update, next_update_at=datetime(2026, 11, 24, 10, 45))
    assert subject_line(naive).endswith("(next update 10:45 UTC)")


def test_final_and_open_ended_updates(update: OutgoingUpdate) -> None:
    assert subject_line(replace(update, final=True)).endswith(" — final update")
    assert subject_line(replace(update, next_update_at=None)).endswith(" — update")


def test_a_line_break_in_the_title_cannot_break_the_subject(update: OutgoingUpdate) -> None:
    messy = replace(update, incident_title="ERP down\r\nBcc: everyone@example.com")
    assert subject_line(messy).startswith("[Blocker] ERP down Bcc: everyone@example.com — ")


def test_the_clipboard_gets_subject_and_text(update: OutgoingUpdate) -> None:
    copied: list[str] = []
    receipt = ClipboardChannel(copied.append).send(update)
    assert copied == [plain_text(update)]
    assert copied[0] == (
        "[Blocker] ERP down: production line stopped — update (next update 10:45 UTC)\n\n"
        + update.text
    )
    assert receipt.ok and receipt.channel == "clipboard"


def test_every_channel_is_a_channel() -> None:
    channels: list[Channel] = [
        ClipboardChannel(print),
        SmtpChannel("mail.example.com", 587, "noc@example.com", ["it@example.com"]),
        WebhookChannel("https://chat.example.com/hooks/abc"),
    ]
    assert [c.name for c in channels] == ["clipboard", "e-mail", "webhook"]


def test_importing_the_channels_loads_no_keyring_ssl_or_mail_code() -> None:
    # Start-up imports these modules; the heavy parts load on the first send.
    heavy = ["keyring", "ssl", "smtplib", "email.message", "urllib.request", "http.client"]
    code = (
        "import sys, warroom.notify, warroom.notify.channels, warroom.notify.secrets\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert result.stdout.strip() == "[]"


def test_the_clipboard_channel_checks_the_clipboard_holds_the_update(
    update: OutgoingUpdate,
) -> None:
    held: list[str] = ["what was there before"]
    keeps = ClipboardChannel(lambda text: held.append(text), read=lambda: held[-1])
    assert keeps.send(update).ok
    assert held[-1] == plain_text(update)
    refuses = ClipboardChannel(lambda text: None, read=lambda: held[0])
    with pytest.raises(DeliveryFailed, match="the clipboard did not take the update"):
        refuses.send(update)


def test_the_next_update_line_names_both_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    at = datetime(2026, 7, 1, 12, 30, tzinfo=UTC)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    assert next_update_line(at) == "Next update by 12:30 UTC."
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    assert next_update_line(at) == "Next update by 08:30 EDT (12:30 UTC)."
    assert with_next_update(" body ", at) == "body\nNext update by 08:30 EDT (12:30 UTC)."
    assert with_next_update("body", None) == "body"
    monkeypatch.undo()
    time.tzset()
