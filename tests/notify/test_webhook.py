"""Chat-webhook updates against a real HTTP server on loopback."""

from __future__ import annotations

import time

import pytest

from tests.notify.loopback import LOOPBACK, http_server, refused_port, silent_port
from tests.notify.plain import assert_plain
from warroom.core.errors import InvalidInput
from warroom.notify.channels import DeliveryFailed, OutgoingUpdate, WebhookChannel, plain_text
from warroom.notify.secrets import store_secret

KEY = "webhook:chat"


def test_an_update_is_posted_as_chat_json(update: OutgoingUpdate) -> None:
    with http_server() as server:
        receipt = WebhookChannel(server.url).send(update)

    assert receipt.ok and receipt.channel == "webhook"
    [request] = server.received
    assert request.method == "POST"
    assert request.path == "/hooks/abc"
    assert request.headers["content-type"] == "application/json"
    assert "authorization" not in request.headers
    # "text" is the field Slack, Mattermost and Rocket.Chat all read.
    assert request.body == {"text": plain_text(update), "username": "warroom"}
    assert request.body["text"].startswith(
        "[Blocker] ERP down: production line stopped — update (next update 10:45 UTC)\n\n"
    )
    assert receipt.detail == f"the webhook at {LOOPBACK}:{server.port} answered 200"


def test_the_token_comes_from_the_keyring(update: OutgoingUpdate) -> None:
    store_secret(KEY, "xoxb-not-a-real-token")
    with http_server() as server:
        WebhookChannel(server.url, token_key=KEY).send(update)
    [request] = server.received
    assert request.headers["authorization"] == "Bearer xoxb-not-a-real-token"


def test_no_saved_token(update: OutgoingUpdate) -> None:
    with http_server() as server, pytest.raises(DeliveryFailed) as failed:
        WebhookChannel(server.url, token_key=KEY).send(update)
    assert_plain(failed.value, "no token is saved for this webhook")
    assert server.received == []


def test_a_server_error(update: OutgoingUpdate) -> None:
    with (
        http_server(status=500, answer=b"internal trouble") as server,
        pytest.raises(DeliveryFailed) as failed,
    ):
        WebhookChannel(server.url).send(update)
    assert_plain(failed.value, "the webhook answered 500")
    assert "another channel" in failed.value.hint
    assert "The server said: internal trouble" in failed.value.hint
    assert len(server.received) == 1


def test_a_refused_token(update: OutgoingUpdate) -> None:
    store_secret(KEY, "expired")
    with (
        http_server(status=403, answer=b"invalid_token") as server,
        pytest.raises(DeliveryFailed) as failed,
    ):
        WebhookChannel(server.url, token_key=KEY).send(update)
    assert_plain(failed.value, "the webhook answered 403")
    assert "token" in failed.value.hint and "invalid_token" in failed.value.hint
    assert "expired" not in failed.value.hint


def test_a_redirect_is_not_followed(update: OutgoingUpdate) -> None:
    # Following it would turn the POST into a GET without the update.
    with http_server(status=302) as server, pytest.raises(DeliveryFailed) as failed:
        WebhookChannel(server.url).send(update)
    assert_plain(failed.value, "the webhook answered 302")
    assert len(server.received) == 1


def test_a_server_that_never_answers(update: OutgoingUpdate) -> None:
    started = time.monotonic()
    with silent_port() as port, pytest.raises(DeliveryFailed) as failed:
        WebhookChannel(f"http://{LOOPBACK}:{port}/hooks/abc", timeout=0.5).send(update)
    assert_plain(failed.value, f"no answer from {LOOPBACK}:{port} within 0.5 s")
    assert "https://" in failed.value.hint and "another channel" in failed.value.hint
    assert time.monotonic() - started < 5


def test_nothing_listening(update: OutgoingUpdate) -> None:
    with refused_port() as port, pytest.raises(DeliveryFailed) as failed:
        WebhookChannel(f"http://{LOOPBACK}:{port}/hooks/abc").send(update)
    assert_plain(
        failed.value, f"nothing accepts connections at {LOOPBACK}:{port} (connection refused)"
    )


def test_messages_never_show_the_secret_part_of_the_address(update: OutgoingUpdate) -> None:
    # A Slack-style hook URL is a credential; error dialogs end up in screenshots.
    with refused_port() as port, pytest.raises(DeliveryFailed) as failed:
        WebhookChannel(f"http://{LOOPBACK}:{port}/services/T0/B0/s3cr3t").send(update)
    assert "s3cr3t" not in failed.value.message + failed.value.hint


@pytest.mark.parametrize("url", ["", "chat.example.com/hook", "ftp://chat.example.com/hook"])
def test_an_address_that_is_not_http_is_refused_up_front(url: str) -> None:
    with pytest.raises(InvalidInput) as invalid:
        WebhookChannel(url)
    assert invalid.value.message == "the webhook address is not an http or https URL"
    assert invalid.value.hint
