"""Fixtures for the channel tests: one update to send, one certificate per run."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.notify.loopback import Certificate, make_certificate
from warroom.notify.channels import OutgoingUpdate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def update() -> OutgoingUpdate:
    return OutgoingUpdate(
        incident_title="ERP down: production line stopped",
        priority="Blocker",
        audience="management",
        text="Orders cannot be released at plant Nord.\nWe are failing over the database.",
        next_update_at=datetime(2026, 11, 24, 10, 45, tzinfo=UTC),
        final=False,
    )


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the developer's environment must not carry loopback requests away."""
    for variable in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
        monkeypatch.delenv(variable.upper(), raising=False)
    monkeypatch.setenv("no_proxy", "*")
