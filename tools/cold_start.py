"""The cold start on a real X server, driven by keys as a new user would drive it.

From a first start (no name known, no incident) to the first customer update really
received by an SMTP server on loopback: Xvfb runs the display, xdotool presses the
keys, the app runs as it is installed (``python -m warroom gui``). Prints every step
with the keys it took and the seconds since the start screen appeared.

Usage: python tools/cold_start.py        (needs the Debian packages xvfb and xdotool)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.notify.loopback import smtp_server  # noqa: E402

DISPLAY = ":97"


class Driver:
    """Presses keys on the display and keeps the count."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.keys = 0
        self.typed = 0
        self.t0 = 0.0
        self.log: list[str] = []

    def xdo(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60
        )
        return result.stdout.strip()

    def wait_window(self, name: str) -> str:
        """Block until a window whose title contains ``name`` is mapped, and focus it."""
        window = self.xdo("search", "--sync", "--onlyvisible", "--name", name).splitlines()[-1]
        self.xdo("windowfocus", "--sync", window)
        return window

    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdo("key", "--delay", "60", key)
            self.keys += 1

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", "25", text)
        self.typed += len(text)
        self.keys += 1  # one field filled; its characters are counted apart

    def step(self, what: str) -> None:
        line = f"{time.perf_counter() - self.t0:6.1f} s  {self.keys:3d} keys  {what}"
        self.log.append(line)
        print(line, flush=True)


def main() -> int:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install xvfb xdotool", file=sys.stderr)
            return 2
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    app: subprocess.Popen[bytes] | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp, smtp_server() as server:
            home = Path(tmp)
            config = home / "config" / "warroom"
            config.mkdir(parents=True)
            # The mail server is set up once by whoever installs the room; not a cold-start key.
            (config / "warroom.ini").write_text(
                "[smtp]\nhost=127.0.0.1\n"
                f"port={server.port}\nsecurity=none\n"
                "sender=warroom@vendor.example\nrecipients=it-ops@customer.example\n"
            )
            env = {
                **os.environ,
                "DISPLAY": DISPLAY,
                "QT_QPA_PLATFORM": "xcb",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"),
                "PYTHONPATH": str(ROOT),
            }
            env.pop("QT_SCALE_FACTOR", None)
            drive = Driver(env)
            subprocess.run(
                ["xdotool", "getmouselocation"], env=env, capture_output=True, check=False
            )
            app = subprocess.Popen(
                [sys.executable, "-m", "warroom", "gui", "--db", str(home / "room.sqlite3")],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            drive.wait_window("Incidents")
            drive.t0 = time.perf_counter()
            drive.step("start screen shown; the first start asks for the name")
            drive.wait_window("Your name")
            drive.type("Dana Lead")
            drive.key("Return")
            drive.step("name given (remembered from now on)")
            drive.wait_window("Incidents")
            drive.key("ctrl+n")
            drive.wait_window("Declare an incident")
            drive.type("Online shop checkout fails")
            drive.key("Tab", "Tab")  # past the priority (Blocker) to the impact
            drive.type("Customers cannot pay for their orders")
            drive.key("Tab", "Return")  # out of the impact; Enter declares
            drive.step("declared (Blocker, major-incident protocol)")
            drive.wait_window("Take a seat")
            drive.key("Return")  # the name is there, the lead role chosen
            drive.wait_window("Next update in")
            drive.step("seated as the incident lead")
            drive.key("ctrl+u")  # compose an update: the communicator's text, drafted
            drive.key("alt+b", "e")  # send by: e-mail
            drive.key("ctrl+Return")
            drive.step("update posted")
            deadline = time.perf_counter() + 60
            while not server.recorder.received and time.perf_counter() < deadline:
                time.sleep(0.05)
            if not server.recorder.received:
                print("the mail server received nothing", file=sys.stderr)
                return 1
            [mail] = server.recorder.received
            drive.step(
                f"received by the SMTP server: “{mail.message['Subject']}” "
                f"({drive.typed} characters typed besides the keys)"
            )
            print("\n" + mail.message.get_content())
            return 0
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
