"""Why an update could not reach a server, in words the communicator can act on.

Every channel that talks to a server over the network (e-mail, webhook) fails
the same ways below its own protocol: no answer in time, an untrusted
certificate, a TLS mix-up, nothing listening, a name that does not resolve, a
network that is down. ``network_failure`` says each of these once, for any
channel; what only one protocol can say (an SMTP login refused, an HTTP status)
stays with its channel.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from warroom.core.i18n import _
from warroom.notify.channels.base import DeliveryFailed, one_line

if TYPE_CHECKING:
    import ssl

# Enough of a server's own words for an admin to search for; a page of them is noise.
_MAX_SAID = 200


@dataclass(frozen=True)
class Endpoint:
    """The far end of a channel, as the failure messages name it.

    The message says what happened and where; the hint says where to look.
    """

    channel: str  # the channel's name, which DeliveryFailed carries
    host: str
    where: str  # host:port; never a whole URL, which can itself be a secret
    timeout: float  # seconds
    # The words below are English msgids marked with N_ where an Endpoint is made,
    # translated here, where they go into a sentence.
    server: str  # the far end in a message: "the mail server"
    host_noun: str  # the host in a message: "the mail server name"
    look: str  # what the user checks first: "the host name and port"
    mismatch: str  # how this protocol's plain/TLS mix-up is checked, after "and"


def network_failure(exc: BaseException, endpoint: Endpoint) -> DeliveryFailed:
    """``exc`` (a timeout, TLS or other OS error) as the failure the user reads."""
    import socket
    import ssl

    where = endpoint.where

    def failed(message: str, hint: str) -> DeliveryFailed:
        return DeliveryFailed(message, hint, channel=endpoint.channel)

    look = _(endpoint.look)
    check = _("Check {what}, and {mismatch}.").format(what=look, mismatch=_(endpoint.mismatch))
    # A timeout first: it hides under other errors (see timed_out).
    if timed_out(exc):
        return failed(
            _("no answer from {where} within {seconds} s").format(
                where=where, seconds=f"{endpoint.timeout:g}"
            ),
            check
            + " "
            + _(
                "A proxy or firewall that drops the connection looks the same; the server "
                "may also be down, so send the update through another channel meanwhile."
            ),
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return failed(
            _("the certificate of {where} is not trusted").format(where=where), _cert_hint(exc)
        )
    if isinstance(exc, ssl.SSLError):
        return failed(_("the secure connection to {where} failed").format(where=where), check)
    if isinstance(exc, ConnectionRefusedError):
        return failed(
            _("nothing accepts connections at {where} (connection refused)").format(where=where),
            _("Check {what}, and that the server is running.").format(what=look),
        )
    if isinstance(exc, socket.gaierror):
        return failed(
            _("{host_noun} {host!r} cannot be found").format(
                host_noun=_(endpoint.host_noun), host=endpoint.host
            ),
            _("Check the spelling, and that this machine has a working network and DNS."),
        )
    return failed(
        _("cannot reach {server} at {where}").format(server=_(endpoint.server), where=where),
        _os_hint(exc),
    )


def timed_out(exc: BaseException) -> bool:
    """Whether ``exc`` is, or was caused by, a timeout."""
    # smtplib reports a read timeout as "server disconnected" and urllib wraps
    # it; the TimeoutError is still in the chain.
    seen: BaseException | None = exc
    for _attempt in range(10):
        if seen is None:
            return False
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def server_said(said: bytes | str, code: int | None = None) -> str:
    """`` The server said: 535 ...`` to append to a hint, or nothing if it said nothing."""
    said = short_line(said)
    if code is not None:
        said = f"{code} {said}".strip()
    return " " + _("The server said: {said}").format(said=said) if said else ""


def short_line(said: bytes | str) -> str:
    """What a server or the system said, on one line and cut short."""
    if isinstance(said, bytes):
        said = said.decode("utf-8", "replace")
    said = one_line(said)
    return said if len(said) <= _MAX_SAID else said[: _MAX_SAID - 1] + "…"


def _cert_hint(exc: ssl.SSLCertVerificationError) -> str:
    why = short_line(exc.verify_message or "")
    why = _("The check said: {why}.").format(why=why) + " " if why else ""
    return why + _(
        "If your company runs its own certificate authority, install it in this "
        "machine's trust store."
    )


def _os_hint(exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    reason = short_line(reason)
    if reason:
        return _("The system said: {reason}.").format(reason=reason)
    return _("Check the network connection.")
