"""Secrets in the system keyring, and a clear word when there is none."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError

from tests.conftest import MemoryKeyring
from tests.notify.plain import assert_plain
from warroom.notify.secrets import (
    SERVICE,
    SecretStoreUnavailable,
    delete_secret,
    load_secret,
    store_secret,
)

NO_KEYRING = "no system keyring is available to keep passwords"


def test_store_load_delete(memory_keyring: MemoryKeyring) -> None:
    assert load_secret("smtp:mail.example.com:dana") is None
    store_secret("smtp:mail.example.com:dana", "correct horse")
    assert load_secret("smtp:mail.example.com:dana") == "correct horse"
    assert memory_keyring.secrets == {(SERVICE, "smtp:mail.example.com:dana"): "correct horse"}
    store_secret("smtp:mail.example.com:dana", "battery staple")
    assert load_secret("smtp:mail.example.com:dana") == "battery staple"
    delete_secret("smtp:mail.example.com:dana")
    assert load_secret("smtp:mail.example.com:dana") is None
    assert memory_keyring.secrets == {}


class _Refusing(KeyringBackend):
    """A backend that is installed but refuses, as a locked or broken store does."""

    priority = 1

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.fixture
def use_backend(memory_keyring: MemoryKeyring) -> Iterator[Callable[[KeyringBackend], None]]:
    yield keyring.set_keyring
    keyring.set_keyring(memory_keyring)


OPERATIONS: list[Callable[[], object]] = [
    lambda: store_secret("k", "v"),
    lambda: load_secret("k"),
    lambda: delete_secret("k"),
]


@pytest.mark.parametrize("operation", OPERATIONS, ids=["store", "load", "delete"])
@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_no_usable_keyring_is_a_clear_error(
    use_backend: Callable[[KeyringBackend], None],
    backend: type[KeyringBackend],
    operation: Callable[[], object],
) -> None:
    # The null backend "works" but keeps nothing: a saved password would vanish.
    use_backend(backend())
    with pytest.raises(SecretStoreUnavailable) as unavailable:
        operation()
    assert_plain(unavailable.value, NO_KEYRING)
    hint = unavailable.value.hint
    assert "GNOME Keyring" in hint and "KWallet" in hint and "pip install keyrings.alt" in hint


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (KeyringLocked("dismissed"), "the system keyring is locked"),
        (InitError("no D-Bus session"), "the system keyring cannot be opened"),
    ],
)
def test_a_keyring_that_refuses(
    use_backend: Callable[[KeyringBackend], None], error: Exception, message: str
) -> None:
    use_backend(_Refusing(error))
    for operation in OPERATIONS:
        with pytest.raises(SecretStoreUnavailable) as unavailable:
            operation()
        assert_plain(unavailable.value, message)


def test_forgetting_what_was_never_stored_is_fine(
    use_backend: Callable[[KeyringBackend], None],
) -> None:
    use_backend(_Refusing(PasswordDeleteError("not found")))
    delete_secret("never stored")
