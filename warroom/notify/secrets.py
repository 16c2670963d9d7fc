"""Passwords and tokens for the update channels, kept in the system keyring only.

They never go into the database, the settings or an export: a copied incident
file or settings folder must not carry the mail password with it. ``keyring`` is
imported inside each function because finding its backend talks to D-Bus (or
the Windows/macOS store) and start-up should not wait for that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from warroom.core.errors import UserError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "warroom"

_NO_KEYRING = "no system keyring is available to keep passwords"

_HINT = (
    "Install and unlock a Secret Service such as GNOME Keyring or KWallet "
    "(on Windows and macOS the system store is used), "
    "or run `pip install keyrings.alt` for a file-based store."
)


class SecretStoreUnavailable(UserError):
    """No system keyring can hold the password, so it cannot be stored or read."""


def store_secret(key: str, value: str) -> None:
    """Keep ``value`` under ``key``; an existing value is replaced."""
    import keyring.errors

    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, key, value)
    except keyring.errors.KeyringError as exc:
        _unavailable(exc)


def load_secret(key: str) -> str | None:
    """The value stored under ``key``, or None when nothing is stored."""
    import keyring.errors

    backend = _usable_backend()
    try:
        value = backend.get_password(SERVICE, key)
    except keyring.errors.KeyringError as exc:
        _unavailable(exc)
    return None if value is None else str(value)


def delete_secret(key: str) -> None:
    """Forget ``key``; forgetting something that was never stored is not an error."""
    import keyring.errors

    backend = _usable_backend()
    try:
        backend.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        # The settings dialog deletes on "clear" without knowing whether a
        # password was ever saved; the outcome the user wants holds either way.
        pass
    except keyring.errors.KeyringError as exc:
        _unavailable(exc)


def _usable_backend() -> KeyringBackend:
    import keyring
    import keyring.errors
    from keyring.backends import chainer, fail, null

    try:
        backend: KeyringBackend = keyring.get_keyring()
    except keyring.errors.KeyringError as exc:
        _unavailable(exc)
    # These backends "work" without storing anything (null, an empty chain) or
    # fail on every call; saying so up front beats a password that silently
    # vanishes and a login that fails hours later during an incident.
    if isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        raise SecretStoreUnavailable(_NO_KEYRING, _HINT)
    return backend


def _unavailable(exc: Exception) -> NoReturn:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        raise SecretStoreUnavailable(
            "the system keyring is locked",
            "Unlock it (for example by logging in to the desktop session again) and retry.",
        ) from exc
    if isinstance(exc, keyring.errors.NoKeyringError):
        raise SecretStoreUnavailable(_NO_KEYRING, _HINT) from exc
    raise SecretStoreUnavailable("the system keyring cannot be opened", _HINT) from exc
