"""E-mail updates against a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from tests.notify.loopback import (
    LOOPBACK,
    Certificate,
    refused_port,
    silent_port,
    smtp_server,
)
from tests.notify.plain import assert_plain
from warroom.core.errors import InvalidInput
from warroom.notify.channels import DeliveryFailed, OutgoingUpdate, SmtpChannel
from warroom.notify.secrets import SecretStoreUnavailable, store_secret

KEY = "smtp:127.0.0.1:dana"
TO = ("it-status@example.com", "cio@example.com")
SUBJECT = "[Blocker] ERP down: production line stopped — update (next update 10:45 UTC)"


def channel(port: int = 25, **options: Any) -> SmtpChannel:
    settings: dict[str, Any] = {
        "host": LOOPBACK,
        "port": port,
        "sender": "noc@example.com",
        "recipients": TO,
        "security": "none",
    }
    settings.update(options)
    return SmtpChannel(**settings)


def test_an_update_arrives_as_an_email(update: OutgoingUpdate) -> None:
    with smtp_server() as server:
        receipt = channel(server.port).send(update)

    assert receipt.ok and receipt.channel == "e-mail"
    assert receipt.detail == f"sent to {', '.join(TO)} via {LOOPBACK}:{server.port}"
    [mail] = server.recorder.received
    assert mail.mail_from == "noc@example.com"
    assert mail.rcpt_tos == TO
    assert mail.login is None and not mail.over_tls
    message = mail.message
    assert message["Subject"] == SUBJECT
    assert message["From"] == "noc@example.com"
    assert message["To"] == ", ".join(TO)
    assert message["Message-ID"].endswith("@example.com>")
    assert message["Date"]
    assert message.get_content() == update.text + "\n"


def test_the_final_update_says_so_in_the_subject(update: OutgoingUpdate) -> None:
    final = replace(update, final=True, next_update_at=None)
    with smtp_server() as server:
        channel(server.port).send(final)
    [mail] = server.recorder.received
    assert mail.message["Subject"] == "[Blocker] ERP down: production line stopped — final update"


def test_starttls_and_login_with_the_password_from_the_keyring(
    update: OutgoingUpdate, certificate: Certificate
) -> None:
    store_secret(KEY, "correct horse")
    with smtp_server(certificate=certificate, accounts={"dana": "correct horse"}) as server:
        receipt = channel(
            server.port,
            security="starttls",
            username="dana",
            password_key=KEY,
            ssl_context=certificate.client_context(),
        ).send(update)
    assert receipt.ok
    [mail] = server.recorder.received
    assert mail.over_tls and mail.login == "dana"
    assert mail.message["Subject"] == SUBJECT


def test_implicit_tls(update: OutgoingUpdate, certificate: Certificate) -> None:
    with smtp_server(certificate=certificate, implicit_tls=True) as server:
        receipt = channel(
            server.port, security="tls", ssl_context=certificate.client_context()
        ).send(update)
    assert receipt.ok
    [mail] = server.recorder.received
    assert mail.over_tls


def test_blind_copies_keep_the_list_out_of_the_headers(update: OutgoingUpdate) -> None:
    with smtp_server() as server:
        channel(server.port, blind=True).send(update)
    [mail] = server.recorder.received
    assert mail.rcpt_tos == TO
    assert mail.message["To"] == "noc@example.com"
    assert "cio@example.com" not in mail.message.as_string()


def test_a_refused_login(update: OutgoingUpdate) -> None:
    store_secret(KEY, "yesterday's password")
    with smtp_server(accounts={"dana": "today's password"}) as server:
        sender = channel(server.port, username="dana", password_key=KEY)
        with pytest.raises(DeliveryFailed) as failed:
            sender.send(update)
    assert_plain(failed.value, "the mail server refused the login")
    assert "app password" in failed.value.hint
    assert "535" in failed.value.hint  # the server's own words, for the admin
    assert failed.value.channel == "e-mail"
    assert server.recorder.received == []


def test_no_saved_password_is_said_before_connecting(update: OutgoingUpdate) -> None:
    with refused_port() as port, pytest.raises(DeliveryFailed) as failed:
        channel(port, username="dana", password_key=KEY).send(update)
    assert_plain(failed.value, "no password is saved for this mail channel")
    assert "keyring" in failed.value.hint


def test_nothing_listening(update: OutgoingUpdate) -> None:
    with refused_port() as port, pytest.raises(DeliveryFailed) as failed:
        channel(port).send(update)
    assert_plain(
        failed.value, f"nothing accepts connections at {LOOPBACK}:{port} (connection refused)"
    )


def test_a_server_that_never_answers(update: OutgoingUpdate) -> None:
    started = time.monotonic()
    with silent_port() as port, pytest.raises(DeliveryFailed) as failed:
        channel(port, timeout=0.5).send(update)
    assert_plain(failed.value, f"no answer from {LOOPBACK}:{port} within 0.5 s")
    assert "465" in failed.value.hint
    assert time.monotonic() - started < 5


def test_an_untrusted_certificate(update: OutgoingUpdate, certificate: Certificate) -> None:
    # No ssl_context: the system's trust store does not know the test certificate.
    with (
        smtp_server(certificate=certificate) as server,
        pytest.raises(DeliveryFailed) as failed,
    ):
        channel(server.port, security="starttls").send(update)
    assert_plain(failed.value, f"the certificate of {LOOPBACK}:{server.port} is not trusted")
    assert "self" in failed.value.hint and "signed" in failed.value.hint
    assert "trust store" in failed.value.hint
    assert server.recorder.received == []


def test_tls_against_a_plain_port(update: OutgoingUpdate) -> None:
    with smtp_server() as server, pytest.raises(DeliveryFailed) as failed:
        channel(server.port, security="tls").send(update)
    assert_plain(failed.value, f"the secure connection to {LOOPBACK}:{server.port} failed")
    assert "465" in failed.value.hint


def test_starttls_not_offered(update: OutgoingUpdate) -> None:
    with smtp_server() as server, pytest.raises(DeliveryFailed) as failed:
        channel(server.port, security="starttls").send(update)
    assert_plain(
        failed.value, f"the mail server at {LOOPBACK}:{server.port} does not offer STARTTLS"
    )


def test_every_recipient_refused(update: OutgoingUpdate) -> None:
    with smtp_server(refuse=frozenset(TO)) as server, pytest.raises(DeliveryFailed) as failed:
        channel(server.port).send(update)
    assert_plain(failed.value, "the mail server refused every recipient")
    assert "cio@example.com" in failed.value.hint and "it-status@example.com" in failed.value.hint
    assert server.recorder.received == []


def test_some_recipients_refused_is_a_partial_delivery_not_an_error(
    update: OutgoingUpdate,
) -> None:
    # Raising here would make the communicator resend to everyone who already has it.
    with smtp_server(refuse=frozenset({"cio@example.com"})) as server:
        receipt = channel(server.port).send(update)
    assert not receipt.ok
    assert receipt.detail == "sent, but the mail server refused cio@example.com"
    [mail] = server.recorder.received
    assert mail.rcpt_tos == ("it-status@example.com",)


@pytest.fixture
def no_keyring(memory_keyring: keyring.backend.KeyringBackend) -> Iterator[None]:
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(memory_keyring)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_password_cannot_be_read(update: OutgoingUpdate) -> None:
    with refused_port() as port, pytest.raises(SecretStoreUnavailable) as failed:
        channel(port, username="dana", password_key=KEY).send(update)
    assert_plain(failed.value, "no system keyring is available to keep passwords")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"host": " "}, "the mail server has no host name"),
        ({"port": 0}, "0 is not a valid port for the mail server"),
        ({"security": "ssl"}, "unknown mail security setting 'ssl'"),
        ({"sender": "noc"}, "the sender 'noc' is not an e-mail address"),
        ({"recipients": []}, "the e-mail channel has no recipients"),
        ({"recipients": ["a@example.com", "bob"]}, "not an e-mail address: bob"),
        ({"username": "dana"}, "the mail login needs both a user name and a saved password"),
        ({"password_key": KEY}, "the mail login needs both a user name and a saved password"),
        ({"timeout": 0}, "the mail timeout must be longer than zero seconds"),
    ],
)
def test_settings_that_cannot_work_are_refused_up_front(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput) as invalid:
        channel(**options)
    assert invalid.value.message == message
