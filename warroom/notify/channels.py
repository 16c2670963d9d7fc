"""The channels a status update goes out through: clipboard, e-mail, chat webhook.

Each channel either returns a ``DeliveryReceipt`` or raises ``DeliveryFailed``
with a sentence the communicator can act on in the middle of an incident; a
stack trace helps nobody at that moment. smtplib, ssl, email and urllib are
imported inside the send paths so that opening the app does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import urlsplit

from warroom.core.errors import InvalidInput, UserError
from warroom.notify.secrets import load_secret

if TYPE_CHECKING:
    import ssl
    import urllib.error
    import urllib.request
    from email.message import EmailMessage
    from http.client import HTTPMessage

SmtpSecurity = Literal["starttls", "tls", "none"]
SMTP_SECURITY: tuple[SmtpSecurity, ...] = ("starttls", "tls", "none")

# Enough for any chat service's "ok" or error word; a huge HTML error page is
# not worth reading, let alone showing.
_MAX_BODY = 64 * 1024
_MAX_SAID = 200


@dataclass(frozen=True)
class OutgoingUpdate:
    """One status update as the communicator approved it."""

    incident_title: str
    priority: str
    audience: str
    text: str
    next_update_at: datetime | None
    final: bool = False


@dataclass(frozen=True)
class DeliveryReceipt:
    """What a channel did with an update.

    ``ok`` is False only for a partial delivery (some mail recipients refused):
    the update did go out, so raising would invite a duplicate resend.
    """

    channel: str
    ok: bool
    detail: str


class DeliveryFailed(UserError):
    """The update did not go out through this channel."""

    def __init__(self, message: str, hint: str = "", *, channel: str = "") -> None:
        super().__init__(message, hint)
        self.channel = channel


class Channel(Protocol):
    name: str

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt: ...


def subject_line(update: OutgoingUpdate) -> str:
    """``[Blocker] ERP down — update (next update 10:45 UTC)`` or ``... — final update``."""
    # A line break in a header would be refused by the e-mail library (it could
    # inject headers), and reads badly in a chat message too.
    head = f"[{_one_line(update.priority)}] {_one_line(update.incident_title)} — "
    if update.final:
        return head + "final update"
    if update.next_update_at is None:
        return head + "update"
    return head + f"update (next update {_utc_clock(update.next_update_at)})"


def plain_text(update: OutgoingUpdate) -> str:
    """The update as one text: the subject line, a blank line, the body."""
    return f"{subject_line(update)}\n\n{update.text}"


class ClipboardChannel:
    """Puts the update on the clipboard; the UI injects Qt's clipboard as ``copy``."""

    def __init__(self, copy: Callable[[str], None], *, name: str = "clipboard") -> None:
        self.name = name
        self._copy = copy

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt:
        self._copy(plain_text(update))
        return DeliveryReceipt(self.name, True, "copied to the clipboard, ready to paste")


class SmtpChannel:
    """Sends the update as an e-mail through an SMTP server."""

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        username: str | None = None,
        security: SmtpSecurity = "starttls",
        password_key: str | None = None,
        timeout: float = 10.0,
        *,
        ssl_context: ssl.SSLContext | None = None,
        blind: bool = False,
        name: str = "e-mail",
    ) -> None:
        """``blind`` keeps the recipient list out of the headers (customer lists).

        ``ssl_context`` replaces the system's trust store, e.g. for a company
        certificate authority; None verifies against the system's CAs.
        """
        host = host.strip()
        if not host:
            raise InvalidInput("the mail server has no host name", "Enter e.g. smtp.example.com.")
        if not 0 < port < 65536:
            raise InvalidInput(
                f"{port} is not a valid port for the mail server",
                "Use 587 for STARTTLS, 465 for TLS or 25 for an unencrypted relay.",
            )
        if security not in SMTP_SECURITY:
            raise InvalidInput(
                f"unknown mail security setting {security!r}",
                "Choose starttls, tls or none.",
            )
        if "@" not in sender:
            raise InvalidInput(
                f"the sender {sender!r} is not an e-mail address", "Enter e.g. noc@example.com."
            )
        recipients = tuple(r.strip() for r in recipients if r.strip())
        if not recipients:
            raise InvalidInput("the e-mail channel has no recipients", "Add at least one address.")
        if bad := [r for r in recipients if "@" not in r]:
            raise InvalidInput(
                "not an e-mail address: " + ", ".join(bad), "Enter e.g. it-status@example.com."
            )
        username = username or None
        password_key = password_key or None
        if (username is None) != (password_key is None):
            raise InvalidInput(
                "the mail login needs both a user name and a saved password",
                "Enter both, or neither if the server relays without a login.",
            )
        if timeout <= 0:
            raise InvalidInput("the mail timeout must be longer than zero seconds")
        self.name = name
        self.host = host
        self.port = port
        self.sender = sender
        self.recipients = recipients
        self.username = username
        self.security: SmtpSecurity = security
        self.password_key = password_key
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.blind = blind

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def build_message(self, update: OutgoingUpdate) -> EmailMessage:
        from email.message import EmailMessage
        from email.utils import format_datetime, make_msgid

        message = EmailMessage()
        message["Subject"] = subject_line(update)
        message["From"] = self.sender
        message["To"] = self.sender if self.blind else ", ".join(self.recipients)
        message["Date"] = format_datetime(datetime.now(UTC))
        # Without a domain make_msgid asks for the machine's FQDN, which can
        # stall for seconds on a network that is half down.
        message["Message-ID"] = make_msgid(domain=self.sender.rpartition("@")[2])
        # Quoted-printable survives a relay without 8BITMIME and still reads as
        # text in a raw view.
        message.set_content(update.text, charset="utf-8", cte="quoted-printable")
        return message

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt:
        import smtplib

        message = self.build_message(update)
        # Read the password before connecting: a missing one is known without
        # waiting for a server.
        password = self._password()
        try:
            refused = self._deliver(message, password)
        except (smtplib.SMTPException, OSError) as exc:
            raise self._failure(exc) from exc
        if refused:
            return DeliveryReceipt(
                self.name,
                False,
                "sent, but the mail server refused " + ", ".join(sorted(refused)),
            )
        return DeliveryReceipt(
            self.name, True, f"sent to {', '.join(self.recipients)} via {self.where}"
        )

    def _password(self) -> str | None:
        if self.password_key is None:
            return None
        password = load_secret(self.password_key)
        if password is None:
            raise DeliveryFailed(
                "no password is saved for this mail channel",
                "Enter the password in the channel settings; it is kept in the system keyring.",
                channel=self.name,
            )
        return password

    def _deliver(self, message: EmailMessage, password: str | None) -> dict[str, tuple[int, bytes]]:
        import smtplib
        import ssl

        context = self.ssl_context or ssl.create_default_context()
        client: smtplib.SMTP
        if self.security == "tls":
            client = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.security == "starttls":
                client.starttls(context=context)
            if self.username is not None and password is not None:
                client.login(self.username, password)
            refused = client.send_message(
                message, from_addr=self.sender, to_addrs=list(self.recipients)
            )
            # The server has taken the message; a failed goodbye must not turn
            # that into an error and a duplicate resend.
            with suppress(smtplib.SMTPException, OSError):
                client.quit()
        finally:
            client.close()
        return dict(refused)

    def _failure(self, exc: BaseException) -> DeliveryFailed:
        import smtplib
        import socket
        import ssl

        where = self.where

        def failed(message: str, hint: str) -> DeliveryFailed:
            return DeliveryFailed(message, hint, channel=self.name)

        if _timed_out(exc):
            return failed(
                f"no answer from {where} within {self.timeout:g} s",
                "Check the host name and port, and that the security setting matches the port "
                "(465 usually wants tls, 587 starttls). A firewall that drops the connection "
                "looks the same.",
            )
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return failed(
                "the mail server refused the login",
                "Check the user name and the password saved for this channel; many providers "
                "want an app password." + _server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            refused = ", ".join(sorted(exc.recipients))
            return failed(
                "the mail server refused every recipient",
                f"Check the addresses: {refused}. Some servers only relay for logged-in users.",
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return failed(
                f"the mail server refused the sender address {self.sender}",
                "Many servers only accept the address of the account you log in with."
                + _server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            if "starttls" in str(exc).lower():
                return failed(
                    f"the mail server at {where} does not offer STARTTLS",
                    "Choose tls if the port is 465; choose none only on a trusted network.",
                )
            return failed(
                f"the mail server at {where} does not accept a login",
                "Leave the user name empty if it relays without one; many servers only offer "
                "a login over starttls or tls.",
            )
        if isinstance(exc, smtplib.SMTPDataError):
            return failed(
                f"the mail server refused the message ({exc.smtp_code})",
                "The message may be too large or look like spam to it."
                + _server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPConnectError | smtplib.SMTPHeloError):
            return failed(
                f"the mail server at {where} refused the session ({exc.smtp_code})",
                "It may be overloaded or not accept this machine."
                + _server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return failed(
                f"the mail server at {where} closed the connection",
                "Check that the security setting matches the port (465 usually wants tls, "
                "587 starttls); the server may also be overloaded.",
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            return failed(
                f"the mail server answered {exc.smtp_code}",
                "It did not accept the update." + _server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPException):
            return failed(f"the mail exchange with {where} failed", _plain(str(exc)) + ".")
        if isinstance(exc, ssl.SSLCertVerificationError):
            return failed(f"the certificate of {where} is not trusted", _cert_hint(exc))
        if isinstance(exc, ssl.SSLError):
            return failed(
                f"the secure connection to {where} failed",
                "Check that the security setting matches the port: 465 usually wants tls, "
                "587 starttls.",
            )
        if isinstance(exc, ConnectionRefusedError):
            return failed(
                f"nothing accepts connections at {where} (connection refused)",
                "Check the host name and port, and that the mail server is running.",
            )
        if isinstance(exc, socket.gaierror):
            return failed(
                f"the mail server name {self.host!r} cannot be found",
                "Check the spelling, and that this machine has a working network and DNS.",
            )
        return failed(f"cannot reach the mail server at {where}", _os_hint(exc))


class WebhookChannel:
    """Posts the update to a chat webhook (Slack, Mattermost, Rocket.Chat, ...).

    The body carries a ``text`` field, which those services all read.
    """

    def __init__(
        self,
        url: str,
        token_key: str | None = None,
        timeout: float = 10.0,
        *,
        ssl_context: ssl.SSLContext | None = None,
        username: str = "warroom",
        name: str = "webhook",
    ) -> None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidInput(
                "the webhook address is not an http or https URL",
                "Paste the full address the chat service shows, e.g. https://chat.example.com/hooks/...",
            )
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise InvalidInput("the webhook address has an invalid port") from exc
        if timeout <= 0:
            raise InvalidInput("the webhook timeout must be longer than zero seconds")
        self.name = name
        self.url = url.strip()
        self.token_key = token_key or None
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.username = username
        # Messages name only host and port: a Slack-style hook URL is itself a
        # secret and must not end up in a screenshot of an error dialog.
        self.where = f"{parts.hostname}:{port}"
        self._host = parts.hostname

    def payload(self, update: OutgoingUpdate) -> dict[str, Any]:
        return {"text": plain_text(update), "username": self.username}

    def send(self, update: OutgoingUpdate) -> DeliveryReceipt:
        import http.client
        import json
        import urllib.error
        import urllib.request

        headers = {"Content-Type": "application/json", "User-Agent": "warroom"}
        if self.token_key is not None:
            token = load_secret(self.token_key)
            if token is None:
                raise DeliveryFailed(
                    "no token is saved for this webhook",
                    "Enter the token in the channel settings; it is kept in the system keyring.",
                    channel=self.name,
                )
            headers["Authorization"] = f"Bearer {token}"
        body = json.dumps(self.payload(update), ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        handlers: list[urllib.request.BaseHandler] = [_refuse_redirects()()]
        if self.ssl_context is not None:
            handlers.append(urllib.request.HTTPSHandler(context=self.ssl_context))
        opener = urllib.request.build_opener(*handlers)
        try:
            with opener.open(request, timeout=self.timeout) as response:
                status = response.status
                response.read(_MAX_BODY)
        except urllib.error.HTTPError as exc:
            raise self._status_failure(exc) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason if isinstance(exc.reason, BaseException) else exc
            raise self._network_failure(reason) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise self._network_failure(exc) from exc
        return DeliveryReceipt(self.name, True, f"the webhook at {self.where} answered {status}")

    def _status_failure(self, exc: urllib.error.HTTPError) -> DeliveryFailed:
        # An HTTPError holds the open response; closing it here keeps the
        # socket from leaking (and from a ResourceWarning).
        with exc:
            said = ""
            with suppress(OSError):
                said = exc.read(_MAX_BODY).decode("utf-8", "replace")
            retry_after = exc.headers.get("Retry-After") if exc.headers else None
        code = exc.code
        if code in (401, 403):
            hint = "Check the token saved for this webhook, and that the hook is still enabled."
        elif code == 404:
            hint = "Check the webhook address; the hook may have been deleted or renamed."
        elif code == 429:
            wait = f" ({retry_after} s)" if retry_after else ""
            hint = f"The chat service is rate-limiting; wait a moment{wait} and send again."
        elif 300 <= code < 400:
            hint = "The address redirects elsewhere; enter the final address of the webhook."
        elif code >= 500:
            hint = (
                "The chat server has a problem; try again in a minute and meanwhile send the "
                "update through another channel."
            )
        else:
            hint = "The chat service did not accept the update."
        # Chat services explain a refusal in a word or two ("invalid_token",
        # "no_text"); an HTML error page is noise.
        if said.strip() and not said.lstrip().startswith("<"):
            hint += _server_said(said)
        return DeliveryFailed(f"the webhook answered {code}", hint, channel=self.name)

    def _network_failure(self, exc: BaseException) -> DeliveryFailed:
        import socket
        import ssl

        where = self.where

        def failed(message: str, hint: str) -> DeliveryFailed:
            return DeliveryFailed(message, hint, channel=self.name)

        if _timed_out(exc):
            return failed(
                f"no answer from {where} within {self.timeout:g} s",
                "Check the address, and whether a proxy or firewall is in the way; the chat "
                "service may be down, so send through another channel meanwhile.",
            )
        if isinstance(exc, ssl.SSLCertVerificationError):
            return failed(f"the certificate of {where} is not trusted", _cert_hint(exc))
        if isinstance(exc, ssl.SSLError):
            return failed(
                f"the secure connection to {where} failed",
                "Check whether the address should start with http:// or https://.",
            )
        if isinstance(exc, ConnectionRefusedError):
            return failed(
                f"nothing accepts connections at {where} (connection refused)",
                "Check the webhook address and that the chat server is running.",
            )
        if isinstance(exc, socket.gaierror):
            return failed(
                f"the webhook host {self._host!r} cannot be found",
                "Check the spelling, and that this machine has a working network and DNS.",
            )
        if isinstance(exc, OSError):
            return failed(f"cannot reach the webhook at {where}", _os_hint(exc))
        return failed(
            f"{where} did not answer like a web server",
            "Check the address: http or https, and the right port.",
        )


@cache
def _refuse_redirects() -> type[urllib.request.HTTPRedirectHandler]:
    # Built on first use so that importing this module does not import urllib.request.
    import urllib.request

    class RefuseRedirects(urllib.request.HTTPRedirectHandler):
        """Turns a redirect into an error instead of following it.

        urllib would re-send a POST after 301/302/303 as a GET without the body,
        so the update would silently vanish; and a redirect must not carry the
        token to another host.
        """

        def redirect_request(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: HTTPMessage,
            newurl: str,
        ) -> None:
            return None

    return RefuseRedirects


def _timed_out(exc: BaseException) -> bool:
    # smtplib reports a read timeout as "server disconnected" and urllib wraps
    # it; the TimeoutError is still in the chain.
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _utc_clock(moment: datetime) -> str:
    # Naive datetimes come from the store, which keeps UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%H:%M UTC")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plain(said: bytes | str) -> str:
    if isinstance(said, bytes):
        said = said.decode("utf-8", "replace")
    said = _one_line(said)
    return said if len(said) <= _MAX_SAID else said[: _MAX_SAID - 1] + "…"


def _server_said(said: bytes | str, code: int | None = None) -> str:
    said = _plain(said)
    if code is not None:
        said = f"{code} {said}".strip()
    return f" The server said: {said}" if said else ""


def _cert_hint(exc: ssl.SSLCertVerificationError) -> str:
    why = _plain(exc.verify_message or "")
    why = f"The check said: {why}. " if why else ""
    return (
        why + "If your company runs its own certificate authority, install it in this "
        "machine's trust store."
    )


def _os_hint(exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    reason = _plain(reason)
    return f"The system said: {reason}." if reason else "Check the network connection."
