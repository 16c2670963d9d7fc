"""The after-action report of an exercise, organised by objective as HSEEP does it.

For each objective: what was observed (each expected response beside what the
team actually did, the evaluator's rating and notes), the analysis (the rules
it is tagged with, as scored) and the recommendations (the improvement plan).
The improvement plan is the organisation's, kept apart from the actions the
team recorded during the game. This is the trainer's document: it holds the
ground truth and every private inject.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import datetime

from warroom.core.errors import InvalidInput
from warroom.core.i18n import _, current
from warroom.core.matrix import CommunicationMatrix
from warroom.core.names import role_name
from warroom.core.vocabulary import ActionKind, EventKind
from warroom.exercise.record import ExerciseRecord, Improvement, read_exercise
from warroom.exercise.scenario import Objective, Scenario
from warroom.exercise.scoring import ACTION_RULE, ExpectationResult, RuleResult, Score, score
from warroom.snapshot import IncidentSnapshot, load_snapshot
from warroom.store import scenarios
from warroom.store.repository import EventRecord, Store

FORMATS = ("md", "html", "pdf", "csv")

# What the after-action timeline shows: injects and what the team did about them.
SHOWN = {
    EventKind.INJECT,
    EventKind.UPDATE_POSTED,
    EventKind.HYPOTHESIS_ADDED,
    EventKind.HYPOTHESIS_STATUS,
    EventKind.FIX_ATTEMPTED,
    EventKind.FIX_OUTCOME,
    EventKind.REQUEST_SENT,
    EventKind.ESCALATED,
    EventKind.ONCALL_PAGED,
    EventKind.STATUS_CHANGED,
    EventKind.PRIORITY_CHANGED,
    EventKind.IMPACT_CHANGED,
    EventKind.ROLE_HANDED_OVER,
    EventKind.ROOT_CAUSE_SET,
    EventKind.RESOLVED,
    EventKind.CHECKLIST_TICKED,
    EventKind.ENTRY,
    EventKind.ACTION_ADDED,
    EventKind.EXERCISE_CONTROL,
}
UNTAGGED = "other"


@dataclass(frozen=True)
class ObjectiveSection:
    objective: Objective
    results: tuple[ExpectationResult, ...]
    rules: tuple[RuleResult, ...]
    plan: tuple[Improvement, ...]


@dataclass(frozen=True)
class AfterAction:
    scenario: Scenario
    record: ExerciseRecord
    incident: IncidentSnapshot
    started_at: datetime
    now: datetime
    score: Score
    timeline: tuple[EventRecord, ...]
    fingerprint: str

    @property
    def ended_at(self) -> datetime:
        end = min(self.now, self.started_at + self.scenario.duration)
        return min(end, self.record.ended_at) if self.record.ended_at else end

    def objective_of(self, result: ExpectationResult) -> str:
        expect = result.inject.expect
        assert expect is not None
        if expect.objective:
            return expect.objective
        rule = ACTION_RULE[expect.action]
        tagged = next((o for o in self.scenario.objectives if rule in o.rules), None)
        return tagged.key if tagged else UNTAGGED

    @property
    def sections(self) -> tuple[ObjectiveSection, ...]:
        objectives = list(self.scenario.objectives)
        results = self.score.results
        if any(self.objective_of(r) == UNTAGGED for r in results) or not objectives:
            objectives.append(
                Objective(UNTAGGED, _("Responses not tagged to an objective"), tuple(range(1, 8)))
            )
        return tuple(
            ObjectiveSection(
                o,
                tuple(r for r in results if self.objective_of(r) == o.key),
                tuple(r for r in self.score.rules if r.rule in o.rules and r.score is not None)
                if o.key != UNTAGGED
                else (),
                tuple(i for i in self.record.improvements if i.objective == o.key),
            )
            for o in objectives
        )

    @property
    def unassigned_plan(self) -> tuple[Improvement, ...]:
        keys = {o.key for o in self.scenario.objectives}
        return tuple(i for i in self.record.improvements if i.objective not in keys)


def build_after_action(
    store: Store,
    incident_id: int,
    now: datetime,
    matrix: CommunicationMatrix | None = None,
    lang: str | None = None,
) -> AfterAction:
    """The report with the scenario's texts in ``lang`` (the seat's language by default)."""
    events = store.events(incident_id)
    if not events:
        raise InvalidInput(_("incident #{id} has no record").format(id=incident_id))
    record = read_exercise(events, scenario_text=lambda sha: scenarios.text_of(store, sha))
    # The record is language-neutral (inject numbers, English texts): only its reading is not.
    record = replace(record, scenario=record.scenario.in_language(lang or current()))
    incident = load_snapshot(store, incident_id)
    return AfterAction(
        record.scenario,
        record,
        incident,
        record.started_at,
        now,
        score(record, events, incident, now, matrix),
        tuple(e for e in events if e.kind in SHOWN),
        events[-1].hash,
    )


def _team_response(result: ExpectationResult) -> str:
    from warroom.report.describe import describe

    if result.answer is None:
        return _("nothing that answers it")
    return describe(result.answer)


def _timeline_text(event: EventRecord, scenario: Scenario) -> str:
    """The trainer sees every inject in full, private ones included."""
    from warroom.report.describe import describe

    p = event.payload
    if event.kind == EventKind.INJECT:
        to = _("everyone") if p.get("to") == "all" else role_name(str(p.get("to")))
        number = str(p.get("number")) if p.get("number") else _("(ad hoc)")
        text, _data = scenario.shown_inject(p.get("number"), str(p.get("text", "")), None)
        return _("Inject {number} to {whom}: {text}").format(number=number, whom=to, text=text)
    if event.kind == EventKind.EXERCISE_CONTROL:
        reason = f" ({p['reason']})" if p.get("reason") else ""
        if p.get("number"):
            return (
                _("Trainer: {action} inject {number}").format(
                    action=p.get("action"), number=p.get("number")
                )
                + reason
            )
        return _("Trainer: {action}").format(action=p.get("action"))
    return describe(event)


def after_action_markdown(report: AfterAction) -> str:
    from warroom.report.render import render_template

    in_game = [a for a in report.incident.actions if a.kind == ActionKind.PREVENTIVE]
    return render_template(
        "after_action.md.j2",
        autoescape=False,
        r=report,
        scenario=report.scenario,
        s=report.incident,
        ran_for=report.ended_at - report.started_at,
        score=report.score,
        in_game=in_game,
        response=_team_response,
        line=lambda event: _timeline_text(event, report.scenario),
    )


def improvement_plan_csv(report: AfterAction) -> bytes:
    """The improvement plan as a spreadsheet: one row per item, owner and due date."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["exercise", "objective", "improvement", "owner", "due", "recorded"])
    titles = {o.key: o.text for o in report.scenario.objectives}
    for item in report.record.improvements:
        writer.writerow(
            [
                report.scenario.title,
                titles.get(item.objective, item.objective),
                item.text,
                item.owner,
                item.due.date().isoformat() if item.due else "",
                item.at.isoformat(timespec="minutes"),
            ]
        )
    return out.getvalue().encode("utf-8-sig")  # spreadsheet programs want the BOM


_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<(t[hd])>(.*?)</t[hd]>", re.S)
_TAG = re.compile(r"<[^>]+>")


def fit_columns(html: str) -> str:
    """Give each table column a width by its content: a number column stays narrow."""

    def fit(match: re.Match[str]) -> str:
        rows = [_CELL.findall(row) for row in _ROW.findall(match.group(1))]
        if not rows:
            return match.group(0)
        columns = max(len(r) for r in rows)
        # Characters a column needs: its longest cell, its longest word at least.
        need = [12] * columns
        for row in rows:
            for index, (_tag, text) in enumerate(row):
                plain = _TAG.sub("", text)
                longest_word = max((len(w) for w in plain.split()), default=0)
                need[index] = max(need[index], min(len(plain), 70), longest_word + 2)
        total = sum(need)
        widths = [round(100 * n / total) for n in need]
        head, *rest = _ROW.findall(match.group(1))
        cells = _CELL.findall(head)
        head = "".join(
            f'<{tag} width="{widths[i]}%">{text}</{tag}>' for i, (tag, text) in enumerate(cells)
        )
        body = "".join(f"<tr>{r}</tr>" for r in rest)
        return f'<table width="100%"><tr>{head}</tr>{body}</table>'

    return _TABLE.sub(fit, html)


def after_action_bytes(
    store: Store, incident_id: int, fmt: str, now: datetime, lang: str | None = None
) -> bytes:
    if fmt not in FORMATS:
        raise InvalidInput(
            _("unknown format {format!r}").format(format=fmt),
            hint=_("choose one of: {choices}").format(choices="md, html, pdf, csv"),
        )
    report = build_after_action(store, incident_id, now, lang=lang)
    if fmt == "csv":
        return improvement_plan_csv(report)
    text = after_action_markdown(report)
    if fmt == "md":
        return text.encode("utf-8")
    from warroom.report.briefing import markdown_to_html

    title = _("After-action report: {title}").format(title=report.scenario.title)
    html = fit_columns(markdown_to_html(title, text))
    if fmt == "html":
        return html.encode("utf-8")
    from warroom.report.pdf import html_to_pdf

    return html_to_pdf(html, title=title, fingerprint=report.fingerprint, exercise=True)
