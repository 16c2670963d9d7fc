"""Minutes 63 to 118: the storage falls under doubt and the database is found waiting.

Meanwhile the service desk changes shift, the customer names the business
deadline (when the Graz line stops) and the two-hour escalation draws near.
"""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind, HypothesisStatus, Role, SpecDimension
from warroom.demo.cast import CUSTOMER_IT, DIAGNOSTICIAN, LEAD, NEXT_SCRIBE, SCRIBE, STORAGE_ON_CALL
from warroom.demo.story import Story
from warroom.demo.timetable import (
    BLOCKER_CADENCE,
    FAILED_PATH_BACK,
    FIRMWARE_UPDATE_ENDS,
    FIRMWARE_UPDATE_STARTS,
    FIRST_FAILED_SAVE,
    GRAZ_RUNS_OUT,
    LINE_2_STOPS,
    OUTAGE_BEGINS,
    PLANNING_RUN_STARTS,
    STORAGE_FIGURES_DUE,
    TWO_HOUR_MARK,
)


def play(story: Story) -> None:
    doubt_the_storage(story)
    find_the_database_waiting(story)
    change_shift_and_learn_the_deadline(story)
    approach_the_two_hour_mark(story)


def doubt_the_storage(story: Story) -> None:
    """The storage figures arrive and speak against H2; the lead stops the restarts."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    h2 = story.hypotheses["storage"]
    story.at(63)
    diag.set_spec_line(
        iid,
        SpecDimension.WHERE,
        is_text="ERP production system PRD of Kessler Pumpen, in all three plants (Ulm, "
        "Graz, Brno), on all three application servers.",
        is_not_text="Kessler's quality system QAS and other customers' databases on the same "
        "storage array; the network links (other plants fail the same way).",
        distinction="Only PRD's database runs on host erp-db-01; QAS and the other databases "
        "on the array run on other hosts.",
        change="On erp-db-01 alone: backup agent upgraded to 9.2 six days ago. On the whole "
        f"array: firmware update ending at {t(FIRMWARE_UPDATE_ENDS)}.",
    )
    story.at(STORAGE_FIGURES_DUE)
    diag.add_evidence(
        iid,
        h2,
        f"{STORAGE_ON_CALL.name}: the array log shows latency peaks of up to 80 ms during the "
        "update, and one path to erp-db-01 failed over.",
        supports=True,
    )
    story.at(66)
    diag.add_evidence(
        iid,
        h2,
        f"Latency has been below 2 ms since {t(FIRMWARE_UPDATE_ENDS)}, more than three hours "
        f"before the first failure; the failed path came back at {t(FAILED_PATH_BACK)}.",
        supports=False,
    )
    diag.set_hypothesis_status(
        iid,
        h2,
        HypothesisStatus.TESTING,
        "Waiting for the I/O figures of the database host itself.",
    )
    story.at(70)
    story.scribe.log(
        iid,
        f"{LEAD.first_name}: no more restarts. Every further change names the hypothesis it "
        f"tests. {DIAGNOSTICIAN.first_name} works the database side with the database on-call "
        f"engineer; storage stays with {STORAGE_ON_CALL.first_name}.",
        EntryKind.DECISION,
    )


def find_the_database_waiting(story: Story) -> None:
    """Every blocked session waits for the database, and the database host is idle."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    story.customer_update(
        73,
        "The restart did not help: the application server blocked again within four "
        "minutes, so the planning run is not the cause. Every blocked session waits for the "
        "database to confirm a save. We are now examining the database and the storage under "
        "it step by step, and we will make no further change without telling you what it "
        "tests.",
        BLOCKER_CADENCE,
    )
    story.at(75)
    diag.set_spec_line(
        iid,
        SpecDimension.WHEN,
        is_text=f"Continuously since {t(OUTAGE_BEGINS)}; first failed save at "
        f"{t(FIRST_FAILED_SAVE)}.",
        is_not_text="Not during the storage firmware update "
        f"({t(FIRMWARE_UPDATE_STARTS)} to {t(FIRMWARE_UPDATE_ENDS)}); not intermittent; not at "
        f"the start of the planning run ({t(PLANNING_RUN_STARTS)}).",
        distinction="The start falls more than three hours after the firmware update and 20 "
        "minutes after the planning run started.",
        change=f"No change was made at {t(OUTAGE_BEGINS)}: something reached a limit rather "
        "than being switched.",
    )
    story.at(80)
    diag.tick_checklist_item(
        iid,
        story.checklist["processes"],
        "All 40 dialog processes busy on each server; every one waits for the database to "
        "confirm a commit. CPU on the application servers below 10 %.",
    )
    story.at(82)
    story.scribe.log(
        iid,
        f"Database on-call engineer, relayed by {DIAGNOSTICIAN.first_name}: erp-db-01 at 3 % "
        "CPU and below 1 % I/O wait. The database is waiting, not working.",
    )
    story.at(85)
    diag.add_evidence(
        iid,
        story.hypotheses["storage"],
        "Other databases on the same array, Kessler's QAS among them, write normally; "
        "erp-db-01 shows I/O wait below 1 %.",
        supports=False,
    )
    story.customer_update(
        88,
        "We are still working on it. The database server is idle rather than overloaded, so "
        "this is not a slow system: something stops the database from completing saves. The "
        "earlier storage maintenance is still under examination.",
        BLOCKER_CADENCE,
    )


def change_shift_and_learn_the_deadline(story: Story) -> None:
    """The scribe hands over; Kessler says when the Graz line stops, and that is the deadline."""
    iid, t = story.incident_id, story.hhmm
    graz_stops = t(GRAZ_RUNS_OUT)
    story.at(90)
    story.scribe.hand_over(
        iid,
        Role.SCRIBE,
        SCRIBE.name,
        NEXT_SCRIBE.name,
        f"Service desk shift change. Briefed {NEXT_SCRIBE.first_name}: H2 under test, Kessler's "
        f"change list still outstanding, next customer update due at {story.next_update_due()}.",
    )
    story.at(93)
    story.next_scribe.log(
        iid,
        f"Kessler's Graz plant manager, via {CUSTOMER_IT.name}: Graz has released orders until "
        f"about {graz_stops}, then the Graz line stops too. Brno releases orders weekly and has "
        "enough for the rest of the week.",
    )
    story.diagnostician.tick_checklist_item(
        iid,
        story.checklist["scope"],
        f"Ulm line 2 stopped at {t(LINE_2_STOPS)}. Graz runs on released orders until about "
        f"{graz_stops}. Brno releases weekly, has enough for the week. Ulm line 3 is in planned "
        "maintenance.",
    )
    story.at(95)
    story.lead.update_impact(
        iid,
        impact_what="Kessler Pumpen cannot release production orders or post any goods "
        "movement in its ERP system. Assembly line 2 in plant Ulm has stood still since "
        f"{t(LINE_2_STOPS)}; the line in Graz stops at about {graz_stops} when its released "
        "orders run out.",
    )
    story.customer_update(
        103,
        "Thank you for telling us that the Graz line runs out of released orders at about "
        f"{graz_stops}: we treat that time as our deadline. Our service desk shift changed; "
        f"{NEXT_SCRIBE.name} now keeps the incident record, and the engineers on the problem "
        "stay the same.",
        BLOCKER_CADENCE,
    )


def approach_the_two_hour_mark(story: Story) -> None:
    """The extent is written down; the customer hears that the incident is about to escalate."""
    iid, t = story.incident_id, story.hhmm
    graz_stops = t(GRAZ_RUNS_OUT)
    story.at(110)
    story.diagnostician.set_spec_line(
        iid,
        SpecDimension.EXTENT,
        is_text="All of the about 320 users who save in PRD; assembly line 2 in Ulm (140 "
        f"workers) stopped since {t(LINE_2_STOPS)}. The failure is total, not a slowdown.",
        is_not_text=f"The Graz line (running on released orders until about {graz_stops}), "
        "Brno (weekly release), line 3 in Ulm (planned maintenance).",
        distinction="A line stops only when its buffer of released orders runs out: Ulm "
        "releases orders shift by shift, Graz a day ahead.",
        change=f"Growing: Graz stops at about {graz_stops} unless saving is back.",
    )
    story.customer_update(
        118,
        f"Saving in the ERP is not back yet. At {t(TWO_HOUR_MARK)} this incident reaches two "
        "hours, and under our procedure it then goes to our most senior database engineers, "
        "who receive the full record of what we have checked and ruled out.",
        BLOCKER_CADENCE,
    )
