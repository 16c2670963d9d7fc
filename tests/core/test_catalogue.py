"""The service catalogue in plain Python: its TOML file, the blast radius, who else needs a fix."""

from __future__ import annotations

import pytest

from warroom.core.catalogue import (
    Catalogue,
    SameFix,
    Service,
    blast_radius,
    edges_among,
    parse_toml,
    same_fix_candidates,
    to_toml,
)
from warroom.core.errors import InvalidInput

FILE = """
[service."payments-api"]
owner = "Payments team"
oncall = "+49 30 1234 567"
tier = 1
components = ["postgresql-14", "java-17"]
depends_on = ["payments-db", "auth"]

[service.auth]
owner = "Identity"
depends_on = ["ldap"]

[service."payments-db"]
components = ["postgresql-14"]

[service.ldap]

[service.shop]
depends_on = ["payments-api"]

[service."Lagerverwaltung 倉庫"]
description = "Zeile 1\\nZeile \\"2\\""
depends_on = ["auth"]
"""


def test_a_catalogue_file_reads_back_as_it_was_written() -> None:
    catalogue = parse_toml(FILE)
    assert catalogue.names() == [
        "auth",
        "Lagerverwaltung 倉庫",
        "ldap",
        "payments-api",
        "payments-db",
        "shop",
    ]
    api = catalogue.get("PAYMENTS-API")
    assert api is not None
    assert api.tier == "1" and api.depends_on == ("payments-db", "auth")
    again = parse_toml(to_toml(catalogue))
    assert again == catalogue
    assert to_toml(again) == to_toml(catalogue)
    assert catalogue.get("Lagerverwaltung 倉庫") == Service(
        name="Lagerverwaltung 倉庫", description='Zeile 1\nZeile "2"', depends_on=("auth",)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[service.a\n", "not valid TOML"),
        ("[services.a]\n", "unknown section 'services'"),
        ("service = 3\n", "'service' must be tables"),
        ("[service.a]\nowner = 3\n", r"service 'a' \(a\): owner must be text"),
        ("[service.a]\nowners = 'x'\n", "unknown field 'owners'"),
        ("[service.a]\ndepends_on = 'b'\n", "depends_on must be a list"),
        ("[service.a]\ndepends_on = [1]\n", "a service name must be text"),
        ('[service." "]\n', "a service has no name"),
        ('[service.A]\n[service." a "]\n', "the service 'a' is there twice"),
        (f"[service.{'x' * 201}]\n", "the name is too long"),
    ],
)
def test_a_bad_file_is_refused_naming_the_place(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_toml(text, "cat.toml")


def test_control_characters_become_visible_and_a_self_dependency_is_dropped() -> None:
    catalogue = parse_toml('[service.a]\nowner = "x\\u001b[31m"\ndepends_on = ["a", "b", "b"]\n')
    service = catalogue.get("a")
    assert service is not None
    assert service.owner == "x␛[31m"
    assert service.depends_on == ("b",)
    assert catalogue.unknown_dependencies() == [("a", "b")]


def test_the_blast_radius_follows_dependents_directly_and_transitively() -> None:
    catalogue = parse_toml(FILE)
    assert blast_radius(catalogue, ["ldap"]) == {
        "auth": 1,
        "Lagerverwaltung 倉庫": 2,
        "payments-api": 2,
        "shop": 3,
    }
    assert blast_radius(catalogue, ["shop"]) == {}
    assert blast_radius(catalogue, ["PAYMENTS-DB"]) == {"payments-api": 1, "shop": 2}


def test_the_blast_radius_of_a_catalogue_with_cycles_ends() -> None:
    ring = Catalogue(
        (
            Service("a", depends_on=("c",)),
            Service("b", depends_on=("a",)),
            Service("c", depends_on=("b", "c")),
            Service("d", depends_on=("d", "a")),
        )
    )
    assert blast_radius(ring, ["a"]) == {"b": 1, "d": 1, "c": 2}
    assert blast_radius(ring, ["a", "b"]) == {"d": 1, "c": 1}
    assert sorted(edges_among(ring, ["a", "b", "c"])) == [
        ("a", "c"),
        ("b", "a"),
        ("c", "b"),
        ("c", "c"),
    ]


def test_services_sharing_a_component_or_dependency_may_need_the_same_fix() -> None:
    catalogue = parse_toml(FILE)
    assert same_fix_candidates(catalogue, ["payments-api"]) == [
        SameFix("Lagerverwaltung 倉庫", "also depends on auth"),
        SameFix("payments-db", "also uses postgresql-14"),
    ]
    assert same_fix_candidates(catalogue, ["not in the catalogue"]) == []
