"""Protocol templates the user can choose from: the shipped ones and their own."""

from __future__ import annotations

import re
from pathlib import Path

from warroom.core.errors import InvalidInput
from warroom.core.protocol import Protocol, ProtocolItem, builtin_protocols, load_protocol
from warroom.snapshot import ChecklistView


def user_protocol_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path("warroom", appauthor=False) / "protocols"


def available_protocols() -> tuple[list[Protocol], list[str]]:
    """Built-in and saved protocols (a saved one replaces a built-in of the same name),
    and a readable line for every saved file that could not be read."""
    by_name = {p.name: p for p in builtin_protocols()}
    problems = []
    folder = user_protocol_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            try:
                protocol = load_protocol(path)
            except InvalidInput as exc:
                problems.append(exc.message)
                continue
            by_name[protocol.name] = protocol
    return sorted(by_name.values(), key=lambda p: p.title.lower()), problems


def protocol_name(title: str) -> str:
    """A file-safe name from a title a person typed."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", title.strip().lower()).strip("-")
    return name[:64] or "protocol"


def protocol_from_checklist(
    title: str, description: str, items: tuple[ChecklistView, ...]
) -> Protocol:
    return Protocol(
        name=protocol_name(title),
        title=title.strip(),
        description=description.strip(),
        items=tuple(
            ProtocolItem(
                section=c.section,
                title=c.title,
                need=c.need or c.title,
                why=c.why or "—",
                use=c.use or "—",
                next_step=c.next_step or "—",
            )
            for c in items
        ),
    )
