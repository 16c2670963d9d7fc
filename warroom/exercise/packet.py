"""Handouts: the players' packet and the controller/evaluator handbook of a scenario.

The players' packet holds what every player may know before the start: the
situation as the players see it, the priority and its promises, and each role's
briefing. The handbook is the trainer's: the trainer's summary, the objectives,
every inject with its expected response, and the ground truth.
"""

from __future__ import annotations

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _, current, speaking
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
        return _("the exercise starts at the real time of day")
    declared = scenario.incident_started or scenario.story_start
    return _("the story starts at {0}; the incident was declared at {1}").format(
        f"{scenario.story_start:%H:%M}", f"{declared:%H:%M}"
    )


def _role(role: str) -> str:
    from warroom.report.describe import role_name

    return role_name(role)


def players_packet(scenario: Scenario, matrix: CommunicationMatrix | None = None) -> str:
    """What every player may read before the start, in the current language (``speaking``)."""
    priority = (matrix or CommunicationMatrix.default()).get(scenario.priority)
    label = priority.text("label", current())
    cadence = format_duration(priority.update_cadence)
    if priority.escalation_after:
        terms = _("updates every {0}, senior engineers after {1}").format(
            cadence, format_duration(priority.escalation_after)
        )
    else:
        terms = _("updates every {0}").format(cadence)
    lines = [
        "> **" + _("EXERCISE — players' packet. Read your own role's briefing.") + "**",
        "",
        f"# {_md(scenario.title)}",
        "",
        _md(scenario.summary),
        "",
        "- **" + _("Priority at the start:") + f"** {label} ({terms})",
        "- **"
        + _("Time:")
        + "** "
        + _("{0}; the exercise lasts {1}").format(
            _clock(scenario), format_duration(scenario.duration)
        ),
        "- **"
        + _("How it runs:")
        + "** "
        + _(
            "events (injects) arrive in your role's panel; some reach one role only. Work in "
            "the app as in a real incident: what you record is what is scored."
        ),
        "",
    ]
    for role in Role:
        heading = _("Briefing: {0}").format(_role(role.value))
        lines += [f"## {heading}", "", _md(scenario.briefing_for(role)), ""]
    return "\n".join(lines)


def controller_handbook(scenario: Scenario) -> str:
    """The trainer's handbook with the answer key, in the current language (``speaking``)."""
    truth = scenario.ground_truth
    lines = [
        "> **"
        + _(
            "EXERCISE — controller and evaluator handbook. Not for the players: "
            "it holds the answer key."
        )
        + "**",
        "",
        "# " + _("Handbook: {0}").format(_md(scenario.title)),
        "",
        "**"
        + _("What really goes on:")
        + f"** {_md(scenario.trainer_summary or scenario.summary)}",
        "",
        "- **"
        + _("Scenario:")
        + f"** {scenario.key} ({scenario.priority}, "
        + f"{format_duration(scenario.duration)}); {_clock(scenario)}",
        "- **" + _("Players' summary:") + f"** {_md(scenario.summary)}",
        "",
        "## " + _("Objectives"),
        "",
    ]
    for objective in scenario.objectives or ():
        rules = ", ".join(f"{n} {RULES[n]}" for n in objective.rules)
        lines.append(
            f"- **{objective.key}:** {_md(objective.text)} (" + _("rules: {0}").format(rules) + ")"
        )
    if not scenario.objectives:
        lines.append("- " + _("none written; the after-action report groups responses by rule"))
    lines += ["", "## " + _("Injects and expected responses"), ""]
    for inject in scenario.injects:
        to = _("everyone") if inject.to == "all" else _role(inject.to)
        condition = ""
        if inject.when:
            condition = " — " + _("only when {0}").format(inject.when.value)
        if inject.unless:
            condition = " — " + _("skipped when {0}").format(inject.unless.value)
        heading = _("Inject {0}: +{1} to {2}").format(inject.number, format_offset(inject.at), to)
        lines += [f"### {heading}{condition}", "", _md(inject.text), ""]
        if inject.data:
            lines += [_("Material:") + " " + _md(inject.data.splitlines()[0]) + " …", ""]
        if inject.expect is not None:
            e = inject.expect
            expected = _("{0} — {1}, within {2}").format(
                _role(e.role.value), e.what, format_duration(e.within)
            )
            lines += [
                "- **" + _("Expected:") + f"** {expected}",
                "- **" + _("A good response:") + f"** {_md(e.description)}",
                "",
            ]
    lines += [
        "## " + _("Ground truth"),
        "",
        "**" + _("Root cause:") + f"** {_md(truth.root_cause)}",
        "",
        "**" + _("Key facts a correct cause states:") + "**",
        "",
        *(f"- {_md(f.fact)}" for f in truth.key_facts),
        "",
        "**" + _("Red herrings:") + "**",
        "",
        *(f"- {_md(h)}" for h in truth.red_herrings),
        "",
        "**" + _("A good response:") + f"** {_md(truth.good_response)}",
        "",
        "## " + _("Rating the responses"),
        "",
        _(
            "Rate each expected response as HSEEP rates a capability, with notes: {0}. The "
            "console records each rating in the exercise's record; an override replaces the "
            "engine's on time / late / missed."
        ).format("; ".join(r.value for r in Rating)),
        "",
    ]
    return "\n".join(lines)


def packet_bytes(scenario: Scenario, audience: str, fmt: str, lang: str | None = None) -> bytes:
    """The handout with the scenario's texts in ``lang`` (the seat's language by default)."""
    if audience not in AUDIENCES:
        raise InvalidInput(f"unknown audience {audience!r}", hint="choose players or controllers")
    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r}", hint="choose md or pdf")
    lang = check_language(lang or current())
    scenario = scenario.in_language(lang)
    with speaking(lang):
        text = players_packet(scenario) if audience == "players" else controller_handbook(scenario)
        title = (_("Players' packet: {0}") if audience == "players" else _("Handbook: {0}")).format(
            scenario.title
        )
    if fmt == "md":
        return text.encode("utf-8")
    from warroom.report.briefing import markdown_to_html
    from warroom.report.pdf import html_to_pdf

    return html_to_pdf(
        markdown_to_html(title, text), title=title, fingerprint=scenario.key, exercise=True
    )
