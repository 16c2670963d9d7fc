"""Real servers on 127.0.0.1 for the channel tests: SMTP, HTTP, and ones that misbehave.

Every helper is a context manager that closes its sockets and joins its thread,
because a leaked socket is a ResourceWarning and warnings fail the suite.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1, made for this test run only."""

    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        """Verifies as strictly as the default, but trusts this certificate."""
        return ssl.create_default_context(cafile=str(self.cert_file))


def make_certificate(folder: Path) -> Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, LOOPBACK)])
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(LOOPBACK)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_file = folder / "cert.pem"
    key_file = folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(cert_file, key_file)


# --- SMTP -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage
    login: str | None
    over_tls: bool


@dataclass
class MailRecorder:
    """The aiosmtpd handler: keeps what arrived, refuses the addresses it is told to."""

    refuse: frozenset[str] = frozenset()
    received: list[ReceivedMail] = field(default_factory=list)

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        # Line ends are CRLF on the wire; a mail client shows them as plain newlines.
        content = (envelope.original_content or b"").replace(b"\r\n", b"\n")
        message = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        # aiosmtpd types auth_data loosely; the authenticator below stores a LoginPassword.
        auth_data: object = session.auth_data
        login = auth_data.login.decode() if isinstance(auth_data, LoginPassword) else None
        self.received.append(
            ReceivedMail(
                mail_from=str(envelope.mail_from),
                rcpt_tos=tuple(envelope.rcpt_tos),
                message=message,
                login=login,
                # Both STARTTLS and implicit TLS leave an SSL object on the transport.
                over_tls=server.transport is not None
                and server.transport.get_extra_info("ssl_object") is not None,
            )
        )
        return "250 2.0.0 Message accepted"


class _LoopbackController(Controller):
    """aiosmtpd's Controller, listening on a port the kernel picks.

    The stock one probes ``self.port`` right after start, so a port of 0 would
    be probed literally; reading the bound port first avoids guessing a free
    port (and racing other processes for it).
    """

    def _trigger_server(self) -> None:
        assert isinstance(self.server, asyncio.Server)
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class SmtpServer:
    port: int
    recorder: MailRecorder


@contextmanager
def smtp_server(
    *,
    certificate: Certificate | None = None,
    implicit_tls: bool = False,
    accounts: dict[str, str] | None = None,
    refuse: frozenset[str] = frozenset(),
) -> Iterator[SmtpServer]:
    """A real SMTP server on loopback.

    With ``certificate`` it offers STARTTLS (or speaks TLS from the first byte
    with ``implicit_tls``); with ``accounts`` it offers AUTH and checks logins.
    """
    recorder = MailRecorder(refuse=refuse)
    options: dict[str, Any] = {"ready_timeout": 5.0}
    if certificate is not None:
        if implicit_tls:
            options["ssl_context"] = certificate.server_context()
        else:
            options["tls_context"] = certificate.server_context()
    if accounts is not None:
        known = {name.encode(): password.encode() for name, password in accounts.items()}

        def authenticator(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: object
        ) -> AuthResult:
            ok = isinstance(data, LoginPassword) and known.get(data.login) == data.password
            # handled=False lets aiosmtpd answer "535 ... credentials invalid" itself.
            return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

        options["authenticator"] = authenticator
        # Lets the plain-connection test reach AUTH; real servers usually insist on TLS.
        options["auth_require_tls"] = False
    controller = _LoopbackController(recorder, hostname=LOOPBACK, port=0, **options)
    controller.start()
    try:
        yield SmtpServer(port=controller.port, recorder=recorder)
    finally:
        controller.stop()


# --- HTTP -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class HttpServer:
    url: str
    port: int
    received: list[ReceivedRequest]


@contextmanager
def http_server(status: int = 200, answer: bytes = b"ok") -> Iterator[HttpServer]:
    """A real HTTP server on loopback that records each request and answers ``status``."""
    received: list[ReceivedRequest] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            received.append(
                ReceivedRequest(
                    method=self.command,
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=json.loads(raw),
                )
            )
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            # The default writes every request to stderr.
            pass

    server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        port = server.server_address[1]
        yield HttpServer(f"http://{LOOPBACK}:{port}/hooks/abc", port, received)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- servers that misbehave -------------------------------------------------------


@contextmanager
def silent_port() -> Iterator[int]:
    """A port that takes the TCP connection and then never says a word.

    The kernel completes the handshake for a listening socket even if no one
    calls accept(), so the client connects and then waits for a greeting that
    never comes: exactly a hung server, with no thread to stop.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind((LOOPBACK, 0))
        listener.listen(8)
        yield listener.getsockname()[1]


@contextmanager
def refused_port() -> Iterator[int]:
    """A port where nothing listens.

    Keeping it bound (without listen) makes the kernel answer with a reset, and
    stops any other process from taking the port during the test.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind((LOOPBACK, 0))
        yield holder.getsockname()[1]
