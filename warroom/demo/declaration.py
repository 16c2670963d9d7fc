"""Minutes 22 to 25: the incident is declared, the war room staffed, the first call logged."""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind, Mode, Status
from warroom.demo.cast import COMMUNICATOR, CUSTOMER_IT, DIAGNOSTICIAN, LEAD, SCRIBE
from warroom.demo.story import Story
from warroom.demo.timetable import (
    BLOCKER_CADENCE,
    CUSTOMER_CALLS,
    DECLARED,
    FIRST_FAILED_SAVE,
    LINE_2_STOPS,
    OUTAGE_BEGINS,
)


def play(story: Story) -> None:
    declare(story)
    staff_the_room(story)
    log_the_first_call(story)


def declare(story: Story) -> None:
    t = story.hhmm
    story.at(DECLARED)
    story.incident_id = story.lead.declare(
        "Kessler Pumpen: ERP PRD cannot save, assembly line 2 in Ulm stopped",
        "Blocker",
        impact_what=(
            "Kessler Pumpen cannot release production orders or post any goods movement "
            "in its ERP system. Assembly line 2 in plant Ulm ran out of released orders at "
            f"{t(LINE_2_STOPS)} and has stopped."
        ),
        impact_who=(
            "Plant Ulm: assembly line 2 (140 workers on shift, idle). Planners, warehouse "
            "and shipping staff in Ulm, Graz and Brno who post in the ERP (about 320 users)."
        ),
        impact_count=460,
        impact_since=story.when(FIRST_FAILED_SAVE),
        services=[
            "ERP production system PRD (application servers)",
            "ERP PRD database (host erp-db-01)",
            "ERP to MES order interface, plant Ulm",
        ],
        summary=(
            "The ERP system we host for Kessler Pumpen hangs on every save; production in "
            "Ulm has stopped."
        ),
        # A sample must not count in the statistics of real incidents.
        mode=Mode.EXERCISE,
        started_at=story.when(OUTAGE_BEGINS),
        detected_at=story.when(CUSTOMER_CALLS),
    )


def staff_the_room(story: Story) -> None:
    iid = story.incident_id
    story.lead.assign_role(iid, LEAD.role, LEAD.name, LEAD.duty)
    story.at(23)
    for member in (DIAGNOSTICIAN, COMMUNICATOR, SCRIBE):
        story.lead.assign_role(iid, member.role, member.name, member.duty)
    story.at(24)
    story.lead.change_status(iid, Status.INVESTIGATING, "war room staffed, diagnosis started")


def first_call_report(story: Story, line: int) -> str:
    """The service desk's note of the customer's call; the first version names the wrong line."""
    t = story.hhmm
    return (
        f"Service desk took the call at {t(CUSTOMER_CALLS)}: {CUSTOMER_IT.label} reports that "
        "nobody in Ulm can release production orders; saving hangs and ends in a time-out. "
        f"Assembly line {line} in Ulm stopped at {t(LINE_2_STOPS)} when its buffer of released "
        "orders ran out."
    )


def log_the_first_call(story: Story) -> None:
    iid = story.incident_id
    story.first_call = story.scribe.log(iid, first_call_report(story, line=3)).number
    story.at(25)
    story.scribe.log(
        iid,
        f"{LEAD.first_name}: Blocker per the matrix (ERP down, production line stopped, no "
        f"workaround). {COMMUNICATOR.first_name} sends customer updates every {BLOCKER_CADENCE} "
        "minutes; a bridge call is open for Kessler IT.",
        EntryKind.DECISION,
    )
