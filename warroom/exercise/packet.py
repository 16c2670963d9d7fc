"""Handouts: the players' packet and the controller/evaluator handbook of a scenario.

The players' packet holds what every player may know before the start: the
situation as the players see it, the priority and its promises, and each role's
briefing. The handbook is the trainer's: the trainer's summary, the objectives,
every inject with its expected response, and the ground truth.
"""

from __future__ import annotations

from warroom.core.errors import InvalidInput
from warroom.core.i18n import current
from warroom.core.language import check_language
from warroom.core.matrix import CommunicationMatrix
from warroom.core.timing import format_duration
from warroom.core.vocabulary import Rating, Role
from warroom.exercise.scenario import RULES, Scenario, format_offset

AUDIENCES = ("players", "controllers")
FORMATS = ("md", "pdf")


def _md(text: str) -> str:
    from warroom.report.markdown import md_text

    return md_text(text)


def _clock(scenario: Scenario) -> str:
    if scenario.story_start is None:
        return "the exercise starts at the real time of day"
    declared = scenario.incident_started or scenario.story_start
    return (
        f"the story starts at {scenario.story_start:%H:%M}; "
        f"the incident was declared at {declared:%H:%M}"
    )


def players_packet(scenario: Scenario, matrix: CommunicationMatrix | None = None) -> str:
    priority = (matrix or CommunicationMatrix.default()).get(scenario.priority)
    escalation = (
        f", senior engineers after {format_duration(priority.escalation_after)}"
        if priority.escalation_after
        else ""
    )
    lines = [
        "> **EXERCISE — players' packet. Read your own role's briefing.**",
        "",
        f"# {_md(scenario.title)}",
        "",
        _md(scenario.summary),
        "",
        f"- **Priority at the start:** {scenario.priority} (updates every "
        f"{format_duration(priority.update_cadence)}{escalation})",
        f"- **Time:** {_clock(scenario)}; the exercise lasts {format_duration(scenario.duration)}",
        "- **How it runs:** events (injects) arrive in your role's panel; some reach one role "
        "only. Work in the app as in a real incident: what you record is what is scored.",
        "",
    ]
    for role in Role:
        lines += [f"## Briefing: {role.value}", "", _md(scenario.briefing_for(role)), ""]
    return "\n".join(lines)


def controller_handbook(scenario: Scenario) -> str:
    truth = scenario.ground_truth
    lines = [
        "> **EXERCISE — controller and evaluator handbook. Not for the players: "
        "it holds the answer key.**",
        "",
        f"# Handbook: {_md(scenario.title)}",
        "",
        f"**What really goes on:** {_md(scenario.trainer_summary or scenario.summary)}",
        "",
        f"- **Scenario:** {scenario.key} ({scenario.priority}, "
        f"{format_duration(scenario.duration)}); {_clock(scenario)}",
        f"- **Players' summary:** {_md(scenario.summary)}",
        "",
        "## Objectives",
        "",
    ]
    for objective in scenario.objectives or ():
        rules = ", ".join(f"{n} {RULES[n]}" for n in objective.rules)
        lines.append(f"- **{objective.key}:** {_md(objective.text)} (rules: {rules})")
    if not scenario.objectives:
        lines.append("- none written; the after-action report groups responses by rule")
    lines += ["", "## Injects and expected responses", ""]
    for inject in scenario.injects:
        to = "everyone" if inject.to == "all" else inject.to
        condition = ""
        if inject.when:
            condition = f" — only when {inject.when.value}"
        if inject.unless:
            condition = f" — skipped when {inject.unless.value}"
        lines += [
            f"### Inject {inject.number}: +{format_offset(inject.at)} to {to}{condition}",
            "",
            _md(inject.text),
            "",
        ]
        if inject.data:
            lines += ["Material: " + _md(inject.data.splitlines()[0]) + " …", ""]
        if inject.expect is not None:
            e = inject.expect
            lines += [
                f"- **Expected:** {e.role.value} — {e.what}, within {format_duration(e.within)}",
                f"- **A good response:** {_md(e.description)}",
                "",
            ]
    lines += [
        "## Ground truth",
        "",
        f"**Root cause:** {_md(truth.root_cause)}",
        "",
        "**Key facts a correct cause states:**",
        "",
        *(f"- {_md(f.fact)}" for f in truth.key_facts),
        "",
        "**Red herrings:**",
        "",
        *(f"- {_md(h)}" for h in truth.red_herrings),
        "",
        f"**A good response:** {_md(truth.good_response)}",
        "",
        "## Rating the responses",
        "",
        "Rate each expected response as HSEEP rates a capability, with notes: "
        + "; ".join(r.value for r in Rating)
        + ". The console records each rating in the exercise's record; an override "
        "replaces the engine's on time / late / missed.",
        "",
    ]
    return "\n".join(lines)


def packet_bytes(scenario: Scenario, audience: str, fmt: str, lang: str | None = None) -> bytes:
    """The handout with the scenario's texts in ``lang`` (the seat's language by default)."""
    if audience not in AUDIENCES:
        raise InvalidInput(f"unknown audience {audience!r}", hint="choose players or controllers")
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}", hint="choose md or pdf")
    scenario = scenario.in_language(check_language(lang or current()))
    text = players_packet(scenario) if audience == "players" else controller_handbook(scenario)
    if fmt == "md":
        return text.encode("utf-8")
    from warroom.report.briefing import markdown_to_html
    from warroom.report.pdf import html_to_pdf

    title = ("Players' packet: " if audience == "players" else "Handbook: ") + scenario.title
    return html_to_pdf(
        markdown_to_html(title, text), title=title, fingerprint=scenario.key, exercise=True
    )
