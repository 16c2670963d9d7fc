"""Minutes 27 to 62: the first customer update, two suspects ruled out, one failed fix.

The network is ruled out by what still works; the storage firmware update
becomes a suspect; cancelling the planning run (fix 1) tests and rules out H3.
"""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind, FixOutcome, HypothesisStatus, SpecDimension
from warroom.demo.cast import CUSTOMER_IT, DIAGNOSTICIAN, LEAD, STORAGE_ON_CALL
from warroom.demo.declaration import first_call_report
from warroom.demo.story import Story
from warroom.demo.timetable import (
    BLOCKER_CADENCE,
    CHANGE_LIST_REQUESTED,
    CUSTOMER_CALLS,
    FIRMWARE_UPDATE_ENDS,
    FIRMWARE_UPDATE_STARTS,
    FIRST_FAILED_SAVE,
    FIX_1_APPLIED,
    MONITORING_QUESTION,
    PLANNING_RUN_STARTS,
    SERVER_1_BACK,
    STORAGE_FIGURES_DUE,
)


def play(story: Story) -> None:
    request = ask_for_the_error(story)
    rule_out_the_network(story, request)
    suspect_our_changes(story)
    try_the_planning_run(story)


def ask_for_the_error(story: Story) -> str:
    """The first request to the customer, the first update, the lead's first doubt."""
    iid, t = story.incident_id, story.hhmm
    story.at(27)
    request = story.communicator.request_information(
        iid,
        to=CUSTOMER_IT.label,
        need="A screenshot of the message a user gets when saving, with the user ID and the "
        "exact time of the first failure you know of.",
        why="The minute and the message show where in the system a save stops and when the "
        "trouble began.",
        use="We look up that user at that minute in the application and database logs.",
        next_step="Within 20 minutes we tell you on the bridge what the logs show and which "
        "part we examine next.",
    )
    story.customer_update(
        28,
        "Kessler Pumpen ERP (PRD): we know that since about "
        f"{t(FIRST_FAILED_SAVE)} no data can be saved in your ERP system and that assembly line "
        "2 in Ulm has stopped because it receives no released production orders. The fault is "
        "ours to fix: we have declared it a Blocker, our highest priority, and staffed a war "
        f"room led by {LEAD.name}; {DIAGNOSTICIAN.name} is diagnosing. Log-on and displays "
        "still work; saving (order release, goods movements, confirmations) hangs. We have "
        f"asked {CUSTOMER_IT.name} for a screenshot of the error and the time of the first "
        "failure.",
        BLOCKER_CADENCE,
    )
    story.at(MONITORING_QUESTION)
    story.scribe.log(
        iid,
        f"{LEAD.first_name} asks: why did the customer have to tell us? Did our monitoring of "
        f"PRD raise nothing before {t(CUSTOMER_CALLS)}?",
        EntryKind.QUESTION,
    )
    return request


def rule_out_the_network(story: Story, request: str) -> None:
    """The customer's first guess fails against what still works: reads, and other plants."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    story.at(30)
    h1 = story.hypotheses["network"] = diag.add_hypothesis(
        iid,
        "The network link between plant Ulm and our data centre drops or delays the saves "
        "(the customer's first guess).",
    )
    story.at(33)
    diag.tick_checklist_item(
        iid,
        story.checklist["works"],
        "Log-on, displays and read-only reports are normal in Ulm, Graz and Brno. Every save "
        "hangs, in every plant.",
    )
    story.at(34)
    diag.add_evidence(
        iid, h1, "Users in Graz and Brno, on other links, cannot save either.", supports=False
    )
    diag.add_evidence(
        iid,
        h1,
        "Users in Ulm log on and display orders at normal speed over the same link.",
        supports=False,
    )
    story.at(35)
    diag.set_hypothesis_status(
        iid,
        h1,
        HypothesisStatus.RULED_OUT,
        "Graz and Brno fail the same way over other links, and reads over the Ulm link are normal.",
        explains_spec=False,
    )
    story.at(36)
    diag.set_spec_line(
        iid,
        SpecDimension.WHAT,
        is_text="Saving in ERP PRD: releasing production orders, goods movements, "
        "confirmations. Every save hangs and ends in a time-out after 10 minutes.",
        is_not_text="Log-on, displaying orders and stock, read-only reports: all at normal speed.",
        distinction="Saving writes to the database and its transaction log; reading does not.",
        change="Not known yet.",
    )
    story.at(37)
    story.communicator.answer_request(
        iid,
        request,
        "Screenshot sent by e-mail: 'Time limit exceeded while saving', no error number. "
        "First known failure: a planner in Ulm (user PLAN-U07) releasing an order at "
        f"{t(FIRST_FAILED_SAVE)}. Displays and reports still work.",
    )
    diag.tick_checklist_item(
        iid,
        story.checklist["error"],
        f"Time-out after 10 minutes, no error number; first failure at {t(FIRST_FAILED_SAVE)}, "
        "a planner in Ulm releasing an order. It matches the first hung session in the "
        "application log.",
    )


def suspect_our_changes(story: Story) -> None:
    """Our change list names the storage firmware update; the customer is asked for theirs."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    firmware_update = f"{t(FIRMWARE_UPDATE_STARTS)} to {t(FIRMWARE_UPDATE_ENDS)}"
    story.at(38)
    h2 = story.hypotheses["storage"] = diag.add_hypothesis(
        iid,
        "The firmware update of the storage array under the PRD database, a few hours before "
        "the outage, leaves writes hanging.",
    )
    diag.add_evidence(
        iid,
        h2,
        f"The update ran from {firmware_update}; it is the only change to that array in weeks.",
        supports=True,
    )
    story.at(40)
    diag.tick_checklist_item(
        iid,
        story.checklist["our_changes"],
        f"Storage array firmware update from {firmware_update}. Backup agent upgraded to version "
        "9.2 on the PRD database host erp-db-01 six days ago. ERP kernel patch three weeks ago.",
    )
    story.at(CHANGE_LIST_REQUESTED)
    story.communicator.request_information(
        iid,
        to=CUSTOMER_IT.label,
        need="Your list of changes since last Monday: network and firewall, PC roll-outs, "
        "the MES and the interfaces to the ERP.",
        why="A change on your side could block saving just as one on ours could; we want to "
        "rule it in or out rather than guess.",
        use="We compare each change with what works and what does not, as we do with our own.",
        next_step="If nothing on the list fits, we concentrate on our side and say so in the "
        "next update.",
    )
    story.customer_update(
        43,
        "ERP outage, update: saving is still not possible in any plant. We have ruled out the "
        "network link between Ulm and our data centre: Graz and Brno see the same behaviour, "
        "and displays work everywhere. We are now examining a storage maintenance on our side "
        "that ended a few hours before the outage, and the production planning run (MRP) that "
        f"started at {t(PLANNING_RUN_STARTS)}.",
        BLOCKER_CADENCE,
    )
    story.at(44)
    story.scribe.correct(
        iid,
        story.first_call,
        first_call_report(story, line=2),
        f"{CUSTOMER_IT.name} corrected us on the bridge: the stopped line is line 2; line 3 is "
        "in planned maintenance this week.",
    )


def try_the_planning_run(story: Story) -> None:
    """H3 looks likely; fix 1 tests it, fails, and the evidence rules it out."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    story.at(45)
    h3 = story.hypotheses["mrp"] = diag.add_hypothesis(
        iid,
        f"The production planning run (MRP) started at {t(PLANNING_RUN_STARTS)} holds locks "
        "and occupies every work process, so saves queue behind it.",
    )
    story.at(46)
    diag.add_evidence(
        iid,
        h3,
        "All 40 dialog work processes on each application server are busy, and the run "
        "started 20 minutes before the first failure.",
        supports=True,
    )
    story.at(48)
    story.scribe.log(
        iid,
        f"{DIAGNOSTICIAN.first_name} asked {STORAGE_ON_CALL.label} for the array's latency and "
        "error statistics from the start of the firmware update until now; due "
        f"{t(STORAGE_FIGURES_DUE)}.",
        EntryKind.ACTION,
    )
    story.at(51)
    story.scribe.log(
        iid,
        f"{LEAD.first_name} approves fix 1 (cancel the planning run, restart application server "
        f"1) as a test of H3. {CUSTOMER_IT.name} agrees; the planning run can be repeated later.",
        EntryKind.DECISION,
    )
    story.at(FIX_1_APPLIED)
    fix1 = diag.record_fix_attempt(
        iid,
        "Cancel the MRP planning run and restart application server 1.",
        hypothesis_uid=h3,
        expected_result="Work processes on server 1 free up and saves go through within "
        "five minutes.",
        rollback_plan="Nothing to undo: the planning run is restarted for Kessler once the "
        "system is healthy; no planning data is lost.",
        approved_by=LEAD.name,
    )
    story.customer_update(
        58,
        "Saving in the ERP still does not work. To test whether the production planning run "
        f"is blocking the system, we cancelled it at {t(FIX_1_APPLIED)} and restarted one "
        "application server; the next update gives the result. We will restart the planning "
        "run for you once the system is healthy; no planning data is lost.",
        BLOCKER_CADENCE,
    )
    story.at(60)
    diag.record_fix_outcome(
        iid,
        fix1,
        FixOutcome.FAILED,
        f"Server 1 was back at {t(SERVER_1_BACK)}; within four minutes all its work processes "
        "hung again on saves.",
    )
    story.at(61)
    diag.add_evidence(
        iid,
        h3,
        "With the run cancelled and server 1 restarted, its work processes blocked again "
        "within four minutes.",
        supports=False,
    )
    diag.add_evidence(
        iid,
        h3,
        "The blocked processes hold none of the planning run's locks; all wait for the "
        "database to confirm a commit.",
        supports=False,
    )
    story.at(62)
    diag.set_hypothesis_status(
        iid,
        h3,
        HypothesisStatus.RULED_OUT,
        "Cancelling the planning run and restarting the server changed nothing; the "
        "processes wait for the database, not for the run.",
        explains_spec=False,
    )
