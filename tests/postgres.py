"""A throwaway PostgreSQL server on loopback for the multi-seat tests.

It runs the real server binaries from the machine (Debian's postgresql
package; `make test` installs it where it is missing), in a temporary
folder, with its own port, and stops it afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def available() -> str | None:
    """None when a server can be started here, else why not."""
    if _bin_dir() is None:
        return "PostgreSQL server binaries (initdb) are not installed"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no 'postgres' user to run the server"
    return None


@contextmanager
def temporary_server() -> Iterator[str]:
    """Start a server; yield a SQLAlchemy URL to its (empty) 'warroom' database."""
    bin_dir = _bin_dir()
    assert bin_dir is not None
    base = Path(tempfile.mkdtemp(prefix="warroom-pg-"))
    data = base / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        # initdb refuses to run as root.
        owner = pwd.getpwnam("postgres")
        os.chown(base, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *args: subprocess.run(  # noqa: E731
        [*as_user, *args], check=True, capture_output=True, timeout=120
    )
    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "warroom", "--no-sync")
        run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-w",
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        )
        run(
            str(bin_dir / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "warroom",
            "warroom",
        )
        url = f"postgresql+psycopg://warroom@127.0.0.1:{port}/warroom"
        _control[url] = lambda action: run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "server.log"),
            "-w",
            "-m",
            "fast",
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            action,
        )
        yield url
    finally:
        _control.pop(f"postgresql+psycopg://warroom@127.0.0.1:{port}/warroom", None)
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


_control: dict[str, Callable[[str], object]] = {}


def stop(url: str) -> None:
    """Stop the server behind ``url`` (a real outage for the seats using it)."""
    _control[url]("stop")


def start(url: str) -> None:
    """Start it again on the same port and data."""
    _control[url]("start")


def reset(url: str) -> None:
    """Empty the database between tests: drop and recreate the public schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
