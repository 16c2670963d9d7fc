"""A channel's refusals and receipts in the seat's language; the update in its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.i18n import speaking
from warroom.notify.channels import OutgoingUpdate, holding_update, subject_line, with_next_update
from warroom.notify.channels.smtp import SmtpChannel


def test_a_channel_setting_refused_in_german_and_japanese() -> None:
    with speaking("de"), pytest.raises(InvalidInput) as refused:
        SmtpChannel("smtp.example.com", 587, "noc@example.com", [])
    assert refused.value.message == "der E-Mail-Kanal hat keine Empfänger"
    assert refused.value.hint == "Fügen Sie mindestens eine Adresse hinzu."
    with speaking("ja"), pytest.raises(InvalidInput) as refused:
        SmtpChannel("smtp.example.com", 70000, "noc@example.com", ["a@example.com"])
    assert refused.value.message == "70000 はメールサーバーの有効なポートではありません"


def test_the_update_speaks_its_own_language_whatever_the_seat_speaks() -> None:
    at = datetime(2026, 11, 24, 10, 15, tzinfo=UTC)
    update = OutgoingUpdate(
        incident_title="ERP steht",
        priority="Critical",
        audience="customers",
        text="Wir arbeiten daran.",
        next_update_at=at,
        lang="de",
    )
    with speaking("ja"):  # a Japanese seat writing to a German customer
        assert subject_line(update) == (
            "[Kritisch] ERP steht — Statusmeldung (nächste Statusmeldung 10:15 UTC)"
        )
        assert (
            with_next_update("Text", at, "de")
            .splitlines()[-1]
            .startswith("Nächste Statusmeldung bis ")
        )
        assert holding_update("ERP steht", "de") == (
            "Wir arbeiten weiter an dem Problem: ERP steht. Wir halten Sie auf dem Laufenden."
        )
    assert subject_line(OutgoingUpdate("ERP", "Critical", "customers", "x", None, True, "ja")) == (
        "[致命的] ERP — 最終報告"
    )
