"""The chat-webhook channel: the update posted as JSON to Slack, Mattermost, Rocket.Chat, ...

urllib.request, http.client and ssl are imported inside the send path; see the
package docstring.
"""

from __future__ import annotations

from contextlib import suppress
from functools import cache
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from warroom.core.errors import InvalidInput
from warroom.core.i18n import N_, _
from warroom.notify.channels.base import (
    DeliveryFailed,
    DeliveryReceipt,
    OutgoingUpdate,
    plain_text,
)
from warroom.notify.channels.failures import Endpoint, network_failure, server_said, timed_out
from warroom.notify.secrets import load_secret

if TYPE_CHECKING:
    import ssl
    import urllib.error
    import urllib.request
    from http.client import HTTPMessage

# Enough for any chat service's "ok" or error word; a huge HTML error page is
# not worth reading, let alone showing.
_MAX_BODY = 64 * 1024


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
                _("the webhook address is not an http or https URL"),
                _(
                    "Paste the full address the chat service shows, "
                    "e.g. https://chat.example.com/hooks/..."
                ),
            )
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise InvalidInput(_("the webhook address has an invalid port")) from exc
        if timeout <= 0:
            raise InvalidInput(_("the webhook timeout must be longer than zero seconds"))
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
                    _("no token is saved for this webhook"),
                    _("Enter the token in the channel settings; it is kept in the system keyring."),
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
        return DeliveryReceipt(
            self.name,
            True,
            _("the webhook at {where} answered {status}").format(where=self.where, status=status),
        )

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
            hint = _("Check the token saved for this webhook, and that the hook is still enabled.")
        elif code == 404:
            hint = _("Check the webhook address; the hook may have been deleted or renamed.")
        elif code == 429 and retry_after:
            hint = _(
                "The chat service is rate-limiting; wait a moment ({seconds} s) and send again."
            ).format(seconds=retry_after)
        elif code == 429:
            hint = _("The chat service is rate-limiting; wait a moment and send again.")
        elif 300 <= code < 400:
            hint = _("The address redirects elsewhere; enter the final address of the webhook.")
        elif code >= 500:
            hint = _(
                "The chat server has a problem; try again in a minute and meanwhile send the "
                "update through another channel."
            )
        else:
            hint = _("The chat service did not accept the update.")
        # Chat services explain a refusal in a word or two ("invalid_token",
        # "no_text"); an HTML error page is noise.
        if said.strip() and not said.lstrip().startswith("<"):
            hint += server_said(said)
        return DeliveryFailed(
            _("the webhook answered {code}").format(code=code), hint, channel=self.name
        )

    def _network_failure(self, exc: BaseException) -> DeliveryFailed:
        if not timed_out(exc) and not isinstance(exc, OSError):
            # An http.client error: something answered, but not in HTTP.
            return DeliveryFailed(
                _("{where} did not answer like a web server").format(where=self.where),
                _("Check the address: http or https, and the right port."),
                channel=self.name,
            )
        return network_failure(
            exc,
            Endpoint(
                channel=self.name,
                host=self._host,
                where=self.where,
                timeout=self.timeout,
                server=N_("the webhook"),
                host_noun=N_("the webhook host"),
                look=N_("the webhook address"),
                mismatch=N_("whether it should start with http:// or https://"),
            ),
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
