"""The shared network failures, driven by exceptions that real sockets raise on loopback."""

from __future__ import annotations

import smtplib
import socket
import ssl
import struct
import time
from collections.abc import Callable

import pytest

from tests.notify.loopback import (
    LOOPBACK,
    Certificate,
    refused_port,
    silent_port,
    smtp_server,
)
from tests.notify.plain import assert_plain
from warroom.notify.channels import (
    Channel,
    DeliveryFailed,
    OutgoingUpdate,
    SmtpChannel,
    WebhookChannel,
)
from warroom.notify.channels.failures import Endpoint, network_failure, server_said, timed_out

ENDPOINT = Endpoint(
    channel="pager",
    host="pager.example.com",
    where="pager.example.com:8443",
    timeout=0.2,
    server="the pager gateway",
    host_noun="the pager gateway name",
    look="the gateway address",
    mismatch="whether the gateway speaks TLS",
)


def caught(action: Callable[[], object]) -> BaseException:
    """The exception ``action`` raises; it must raise one."""
    try:
        action()
    except BaseException as exc:
        return exc
    raise AssertionError("expected the socket to fail")


def test_nothing_listening() -> None:
    with refused_port() as port:
        exc = caught(lambda: socket.create_connection((LOOPBACK, port), timeout=2).close())
    assert isinstance(exc, ConnectionRefusedError)

    failure = network_failure(exc, ENDPOINT)

    assert_plain(
        failure, "nothing accepts connections at pager.example.com:8443 (connection refused)"
    )
    assert failure.hint == "Check the gateway address, and that the server is running."
    assert failure.channel == "pager"


def test_a_server_that_never_answers() -> None:
    def wait_for_a_word(port: int) -> None:
        with socket.create_connection((LOOPBACK, port), timeout=0.2) as client:
            client.recv(1)

    started = time.monotonic()
    with silent_port() as port:
        exc = caught(lambda: wait_for_a_word(port))
    assert isinstance(exc, TimeoutError)
    assert time.monotonic() - started < 5

    failure = network_failure(exc, ENDPOINT)

    assert_plain(failure, "no answer from pager.example.com:8443 within 0.2 s")
    assert failure.hint.startswith(
        "Check the gateway address, and whether the gateway speaks TLS. "
    )
    assert "firewall" in failure.hint
    assert "another channel" in failure.hint


def test_a_timeout_under_another_error_is_still_a_timeout() -> None:
    # smtplib turns the read timeout while waiting for the greeting into
    # SMTPServerDisconnected, raised while handling the TimeoutError.
    with silent_port() as port:
        exc = caught(lambda: smtplib.SMTP(LOOPBACK, port, timeout=0.2))
    assert isinstance(exc, smtplib.SMTPServerDisconnected)
    assert timed_out(exc)
    assert not timed_out(smtplib.SMTPServerDisconnected("closed"))

    failure = network_failure(exc, ENDPOINT)

    assert failure.message == "no answer from pager.example.com:8443 within 0.2 s"


def tls_handshake(port: int, context: ssl.SSLContext) -> None:
    with (
        socket.create_connection((LOOPBACK, port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname=LOOPBACK),
    ):
        pass


def test_an_untrusted_certificate(certificate: Certificate) -> None:
    # The system's trust store does not know the test certificate.
    with smtp_server(certificate=certificate, implicit_tls=True) as server:
        exc = caught(lambda: tls_handshake(server.port, ssl.create_default_context()))
    assert isinstance(exc, ssl.SSLCertVerificationError)

    failure = network_failure(exc, ENDPOINT)

    assert_plain(failure, "the certificate of pager.example.com:8443 is not trusted")
    assert "self" in failure.hint and "signed" in failure.hint  # the check's own words
    assert "certificate authority" in failure.hint and "trust store" in failure.hint


def test_tls_against_a_plain_server() -> None:
    # The server's plain-text greeting is not a TLS record.
    with smtp_server() as server:
        exc = caught(lambda: tls_handshake(server.port, ssl.create_default_context()))
    assert isinstance(exc, ssl.SSLError)
    assert not isinstance(exc, ssl.SSLCertVerificationError)

    failure = network_failure(exc, ENDPOINT)

    assert_plain(failure, "the secure connection to pager.example.com:8443 failed")
    assert failure.hint == "Check the gateway address, and whether the gateway speaks TLS."


def test_a_name_that_does_not_resolve() -> None:
    # Built rather than looked up: a real lookup can hang for seconds on a
    # machine whose name server is unreachable. These are glibc's errno and words.
    exc = socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    failure = network_failure(exc, ENDPOINT)

    assert_plain(failure, "the pager gateway name 'pager.example.com' cannot be found")
    assert "DNS" in failure.hint


def test_a_connection_reset_says_what_the_system_said() -> None:
    with socket.create_server((LOOPBACK, 0)) as listener:
        client = socket.create_connection(listener.getsockname()[:2], timeout=2)
        with client:
            accepted, _ = listener.accept()
            # Closing with a zero linger sends a reset instead of a goodbye.
            accepted.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            accepted.close()
            exc = caught(lambda: client.recv(1))
    assert isinstance(exc, ConnectionResetError)

    failure = network_failure(exc, ENDPOINT)

    assert_plain(failure, "cannot reach the pager gateway at pager.example.com:8443")
    assert failure.hint == "The system said: Connection reset by peer."


def test_what_the_server_said_is_one_short_line() -> None:
    assert server_said(b"5.7.8  bad\r\ncredentials", 535) == (
        " The server said: 535 5.7.8 bad credentials"
    )
    assert server_said("") == ""
    long = server_said("x" * 500)
    assert long.endswith("…") and len(long) < 250


def test_the_same_failure_reads_the_same_through_every_channel(update: OutgoingUpdate) -> None:
    with refused_port() as port:
        senders: list[Channel] = [
            SmtpChannel(LOOPBACK, port, "noc@example.com", ["it@example.com"], security="none"),
            WebhookChannel(f"http://{LOOPBACK}:{port}/hooks/abc"),
        ]
        failures: list[DeliveryFailed] = []
        for sender in senders:
            with pytest.raises(DeliveryFailed) as failed:
                sender.send(update)
            failures.append(failed.value)
    mail, webhook = failures
    assert mail.message == webhook.message
    assert mail.hint == "Check the host name and port, and that the server is running."
    assert webhook.hint == "Check the webhook address, and that the server is running."
    assert (mail.channel, webhook.channel) == ("e-mail", "webhook")
