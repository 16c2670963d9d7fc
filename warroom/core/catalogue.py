"""The service catalogue in plain Python: services, the TOML file, the blast radius.

A team keeps its catalogue as a TOML file in its own repository::

    [service."payments-api"]
    owner = "Payments team"
    oncall = "+49 30 1234 567"
    tier = "1"
    components = ["postgresql-14"]
    depends_on = ["payments-db", "auth"]

Reading it checks everything and names the place of the first mistake; writing
it gives the same file back, services sorted by name, so diffs stay small.
"""

from __future__ import annotations

import json
import tomllib
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _
from warroom.core.text import clean_text

NAME_LIMIT = 200
_TEXT_FIELDS = {"owner": 200, "oncall": 200, "tier": 40, "description": 20_000}
_LIST_FIELDS = ("components", "depends_on")
_HEADER = "# warroom service catalogue: `warroom catalogue import FILE` reads it back.\n"


@dataclass(frozen=True)
class Service:
    name: str
    owner: str = ""
    oncall: str = ""
    tier: str = ""
    description: str = ""
    components: tuple[str, ...] = ()
    depends_on: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "owner": self.owner,
            "oncall": self.oncall,
            "tier": self.tier,
            "description": self.description,
            "components": list(self.components),
            "depends_on": list(self.depends_on),
        }


def checked_name(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(
            _("{where}: a service name must be text").format(where=where),
            hint=_("write it in quotes"),
        )
    name = " ".join(clean_text(value).split())
    if not name:
        raise InvalidInput(
            _("{where}: a service has no name").format(where=where),
            hint=_("give every service a name"),
        )
    if len(name) > NAME_LIMIT:
        raise InvalidInput(
            _("{where}: the name is too long (at most {limit} characters)").format(
                where=where, limit=NAME_LIMIT
            )
        )
    return name


def service_from(data: Mapping[str, Any], where: str) -> Service:
    """One service from a mapping (a TOML table, an export), every field checked."""
    name = checked_name(data.get("name"), where)
    where = f"{where} ({name})"
    unknown = sorted(set(data) - {"name", *_TEXT_FIELDS, *_LIST_FIELDS})
    if unknown:
        raise InvalidInput(
            _("{where}: unknown field {field!r}").format(where=where, field=unknown[0]),
            hint=_("a service has: owner, oncall, tier, description, components, depends_on"),
        )
    values: dict[str, Any] = {}
    for key, limit in _TEXT_FIELDS.items():
        value = data.get(key, "")
        if isinstance(value, int) and not isinstance(value, bool) and key == "tier":
            value = str(value)
        if not isinstance(value, str):
            raise InvalidInput(
                _("{where}: {field} must be text").format(where=where, field=key),
                hint=_("write it in quotes"),
            )
        value = clean_text(value).strip()
        if len(value) > limit:
            raise InvalidInput(
                _("{where}: {field} is too long (at most {limit} characters)").format(
                    where=where, field=key, limit=limit
                )
            )
        values[key] = value
    for key in _LIST_FIELDS:
        items = data.get(key, [])
        if not isinstance(items, list):
            raise InvalidInput(
                _("{where}: {field} must be a list").format(where=where, field=key),
                hint=_('e.g. ["auth", "db"]'),
            )
        names = [checked_name(item, f"{where}, {key}") for item in items]
        values[key] = tuple(dict.fromkeys(n for n in names if n != name))
    return Service(name=name, **values)


@dataclass(frozen=True)
class Catalogue:
    services: tuple[Service, ...] = ()
    _by_name: dict[str, Service] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({s.name.casefold(): s for s in self.services})

    def get(self, name: str) -> Service | None:
        return self._by_name.get(name.casefold())

    def names(self) -> list[str]:
        return sorted((s.name for s in self.services), key=str.casefold)

    def unknown_dependencies(self) -> list[tuple[str, str]]:
        """(service, dependency) pairs naming a service the catalogue does not hold."""
        return [(s.name, d) for s in self.services for d in s.depends_on if self.get(d) is None]


def parse_toml(data: str, where: str = "the catalogue") -> Catalogue:
    try:
        document = tomllib.loads(data)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            _("{where} is not valid TOML: {reason}").format(where=where, reason=exc),
            hint=_("check the line named; nothing was changed"),
        ) from None
    unknown = sorted(set(document) - {"service"})
    if unknown:
        raise InvalidInput(
            _("{where}: unknown section {section!r}").format(where=where, section=unknown[0]),
            hint=_('each service is a [service."name"] table'),
        )
    tables = document.get("service", {})
    if not isinstance(tables, dict):
        raise InvalidInput(
            _("{where}: 'service' must be tables").format(where=where),
            hint=_('write [service."name"]'),
        )
    services: dict[str, Service] = {}
    for key, table in tables.items():
        if not isinstance(table, dict):
            raise InvalidInput(
                _("{where}: service {name!r} must be a table").format(where=where, name=key)
            )
        service = service_from(
            {"name": key, **table}, _("{where}, service {name!r}").format(where=where, name=key)
        )
        if service.name.casefold() in services:
            raise InvalidInput(
                _("{where}: the service {name!r} is there twice").format(
                    where=where, name=service.name
                )
            )
        services[service.name.casefold()] = service
    return Catalogue(tuple(sorted(services.values(), key=lambda s: s.name.casefold())))


def _toml_string(value: str) -> str:
    # JSON's escapes (\" \\ \n \t \uXXXX) are all valid in a TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def to_toml(catalogue: Catalogue) -> str:
    out = [_HEADER]
    for service in sorted(catalogue.services, key=lambda s: s.name.casefold()):
        out.append(f"\n[service.{_toml_string(service.name)}]\n")
        for key in _TEXT_FIELDS:
            value = getattr(service, key)
            if value:
                out.append(f"{key} = {_toml_string(value)}\n")
        for key in _LIST_FIELDS:
            items = getattr(service, key)
            if items:
                out.append(f"{key} = [{', '.join(_toml_string(i) for i in items)}]\n")
    return "".join(out)


# -- what depends on what ---------------------------------------------------------


def blast_radius(catalogue: Catalogue, affected: Iterable[str]) -> dict[str, int]:
    """Every service that depends on the affected ones, directly (1) or through others (2+).

    A breadth-first walk over the reversed edges that visits each service once,
    so a catalogue with a cycle (a -> b -> a) ends.
    """
    dependents: dict[str, list[str]] = {}
    for service in catalogue.services:
        for dependency in service.depends_on:
            dependents.setdefault(dependency.casefold(), []).append(service.name)
    start = {name.casefold() for name in affected}
    seen: dict[str, int] = {}
    queue = deque((name, 0) for name in start)
    while queue:
        name, depth = queue.popleft()
        for dependent in dependents.get(name, []):
            key = dependent.casefold()
            if key in start or key in seen:
                continue
            seen[key] = depth + 1
            queue.append((key, depth + 1))
    names = {s.name.casefold(): s.name for s in catalogue.services}
    return {names.get(key, key): depth for key, depth in sorted(seen.items(), key=lambda i: i[1])}


def edges_among(catalogue: Catalogue, names: Iterable[str]) -> list[tuple[str, str]]:
    """(dependent, dependency) edges between the given services, for drawing."""
    wanted = {n.casefold() for n in names}
    return [
        (s.name, d)
        for s in catalogue.services
        if s.name.casefold() in wanted
        for d in s.depends_on
        if d.casefold() in wanted
    ]


@dataclass(frozen=True)
class SameFix:
    """A service that may need the same fix, and why."""

    service: str
    reason: str


def same_fix_candidates(catalogue: Catalogue, affected: Iterable[str]) -> list[SameFix]:
    """Services outside the incident that share a component or a dependency with it (rule 7)."""
    affected_keys = {a.casefold() for a in affected}
    services = [s for s in (catalogue.get(a) for a in affected_keys) if s is not None]
    components = {c.casefold(): c for s in services for c in s.components}
    dependencies = {d.casefold(): d for s in services for d in s.depends_on}
    found: list[SameFix] = []
    for other in sorted(catalogue.services, key=lambda s: s.name.casefold()):
        if other.name.casefold() in affected_keys:
            continue
        shared = [components[c.casefold()] for c in other.components if c.casefold() in components]
        if shared:
            found.append(SameFix(other.name, f"also uses {', '.join(shared)}"))
            continue
        common = [
            dependencies[d.casefold()] for d in other.depends_on if d.casefold() in dependencies
        ]
        if common:
            found.append(SameFix(other.name, f"also depends on {', '.join(common)}"))
    return found
