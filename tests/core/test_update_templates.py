from __future__ import annotations

from pathlib import Path

import pytest

from warroom.core.errors import InvalidInput
from warroom.core.update_templates import AUDIENCES, PHASES, load_templates

FIELDS = {
    "title": "ERP down",
    "priority": "Blocker",
    "status": "identified",
    "impact": "the plant cannot release orders",
    "who": "plant Ulm",
    "count": "460",
    "services": "ERP",
    "doing": "extending the archive volume",
    "since": "21:52 UTC",
}


def test_every_phase_and_audience_has_a_template_that_fills() -> None:
    templates = load_templates()
    for phase in PHASES:
        for audience in AUDIENCES:
            text = templates.render(phase, audience, FIELDS)
            assert text and "{" not in text


def test_statuses_map_to_phases_and_resolved_promises_the_report() -> None:
    templates = load_templates()
    assert "extending the archive volume" in templates.render("mitigating", "customers", FIELDS)
    final = templates.render("resolved", "customers", FIELDS)
    assert "report" in final and "cause" in final


def test_a_broken_template_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[investigating.customers]\ntext = "{nonsense}"\n')
    with pytest.raises(InvalidInput, match=r"missing|unknown placeholder"):
        load_templates(path)
