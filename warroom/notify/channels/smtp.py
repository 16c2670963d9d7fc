"""The e-mail channel: the update as a message through an SMTP server.

smtplib, ssl and email are imported inside the send path; see the package docstring.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.notify.channels.base import (
    DeliveryFailed,
    DeliveryReceipt,
    OutgoingUpdate,
    subject_line,
)
from warroom.notify.channels.failures import (
    Endpoint,
    network_failure,
    server_said,
    short_line,
    timed_out,
)
from warroom.notify.secrets import load_secret

if TYPE_CHECKING:
    import smtplib
    import ssl
    from email.message import EmailMessage

SmtpSecurity = Literal["starttls", "tls", "none"]
SMTP_SECURITY: tuple[SmtpSecurity, ...] = ("starttls", "tls", "none")

# The usual cause of a hang or a failed handshake: implicit TLS on one side only.
_SECURITY_MATCHES_PORT = N_(
    "that the security setting matches the port (465 usually wants tls, 587 starttls)"
)


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
            raise InvalidInput(
                _("the mail server has no host name"), _("Enter e.g. smtp.example.com.")
            )
        if not 0 < port < 65536:
            raise InvalidInput(
                _("{port} is not a valid port for the mail server").format(port=port),
                _("Use 587 for STARTTLS, 465 for TLS or 25 for an unencrypted relay."),
            )
        if security not in SMTP_SECURITY:
            raise InvalidInput(
                _("unknown mail security setting {security!r}").format(security=security),
                _("Choose starttls, tls or none."),
            )
        if "@" not in sender:
            raise InvalidInput(
                _("the sender {sender!r} is not an e-mail address").format(sender=sender),
                _("Enter e.g. noc@example.com."),
            )
        recipients = tuple(r.strip() for r in recipients if r.strip())
        if not recipients:
            raise InvalidInput(
                _("the e-mail channel has no recipients"), _("Add at least one address.")
            )
        if bad := [r for r in recipients if "@" not in r]:
            raise InvalidInput(
                _("not an e-mail address: {addresses}").format(addresses=", ".join(bad)),
                _("Enter e.g. it-status@example.com."),
            )
        username = username or None
        password_key = password_key or None
        if (username is None) != (password_key is None):
            raise InvalidInput(
                _("the mail login needs both a user name and a saved password"),
                _("Enter both, or neither if the server relays without a login."),
            )
        if timeout <= 0:
            raise InvalidInput(_("the mail timeout must be longer than zero seconds"))
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
                _("sent, but the mail server refused {addresses}").format(
                    addresses=", ".join(sorted(refused))
                ),
            )
        return DeliveryReceipt(
            self.name,
            True,
            _("sent to {addresses} via {where}").format(
                addresses=", ".join(self.recipients), where=self.where
            ),
        )

    def _password(self) -> str | None:
        if self.password_key is None:
            return None
        password = load_secret(self.password_key)
        if password is None:
            raise DeliveryFailed(
                _("no password is saved for this mail channel"),
                _("Enter the password in the channel settings; it is kept in the system keyring."),
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

        # smtplib reports a read timeout as "server disconnected"; the timeout
        # is what the user needs to hear about.
        if isinstance(exc, smtplib.SMTPException) and not timed_out(exc):
            return self._protocol_failure(exc)
        return network_failure(
            exc,
            Endpoint(
                channel=self.name,
                host=self.host,
                where=self.where,
                timeout=self.timeout,
                server=N_("the mail server"),
                host_noun=N_("the mail server name"),
                look=N_("the host name and port"),
                mismatch=_SECURITY_MATCHES_PORT,
            ),
        )

    def _protocol_failure(self, exc: smtplib.SMTPException) -> DeliveryFailed:
        """What the server refused, in SMTP's terms; below SMTP see ``network_failure``."""
        import smtplib

        where = self.where

        def failed(message: str, hint: str) -> DeliveryFailed:
            return DeliveryFailed(message, hint, channel=self.name)

        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return failed(
                _("the mail server refused the login"),
                _(
                    "Check the user name and the password saved for this channel; many providers "
                    "want an app password."
                )
                + server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            refused = ", ".join(sorted(exc.recipients))
            return failed(
                _("the mail server refused every recipient"),
                _(
                    "Check the addresses: {addresses}. Some servers only relay for logged-in users."
                ).format(addresses=refused),
            )
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return failed(
                _("the mail server refused the sender address {sender}").format(sender=self.sender),
                _("Many servers only accept the address of the account you log in with.")
                + server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            if "starttls" in str(exc).lower():
                return failed(
                    _("the mail server at {where} does not offer STARTTLS").format(where=where),
                    _("Choose tls if the port is 465; choose none only on a trusted network."),
                )
            return failed(
                _("the mail server at {where} does not accept a login").format(where=where),
                _(
                    "Leave the user name empty if it relays without one; many servers only offer "
                    "a login over starttls or tls."
                ),
            )
        if isinstance(exc, smtplib.SMTPDataError):
            return failed(
                _("the mail server refused the message ({code})").format(code=exc.smtp_code),
                _("The message may be too large or look like spam to it.")
                + server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPConnectError | smtplib.SMTPHeloError):
            return failed(
                _("the mail server at {where} refused the session ({code})").format(
                    where=where, code=exc.smtp_code
                ),
                _("It may be overloaded or not accept this machine.")
                + server_said(exc.smtp_error, exc.smtp_code),
            )
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return failed(
                _("the mail server at {where} closed the connection").format(where=where),
                _("Check {what}; the server may also be overloaded.").format(
                    what=_(_SECURITY_MATCHES_PORT)
                ),
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            return failed(
                _("the mail server answered {code}").format(code=exc.smtp_code),
                _("It did not accept the update.") + server_said(exc.smtp_error, exc.smtp_code),
            )
        return failed(
            _("the mail exchange with {where} failed").format(where=where),
            short_line(str(exc)) + ".",
        )
