"""Minutes 120 to 138: the two-hour escalation, and the senior engineer finds the cause.

Third level takes the problem set, finds the full archive area (H4), rules out
the storage (H2) and confirms H4 against every line of the specification.
"""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind, HypothesisStatus, SpecDimension, Status
from warroom.demo.cast import DIAGNOSTICIAN, LEAD, SENIOR
from warroom.demo.story import Story
from warroom.demo.timetable import (
    BLOCKER_CADENCE,
    EXECUTIVE_BRIEFING,
    GRAZ_RUNS_OUT,
    LINE_2_STOPS,
    OUTAGE_BEGINS,
    TWO_HOUR_MARK,
)


def play(story: Story) -> None:
    escalate(story)
    find_the_cause(story)
    confirm_the_cause(story)


def escalate(story: Story) -> None:
    """The two-hour rule: third level takes the problem set, the executives are briefed."""
    iid, t = story.incident_id, story.hhmm
    story.at(TWO_HOUR_MARK)
    story.lead.escalate(
        iid,
        f"{SENIOR.name}, senior database engineering (third level)",
        "Two-hour rule for a Blocker. Handed over the standard problem set: the problem "
        "specification, hypotheses H1 to H3 with their evidence, the fix log (one failed "
        "attempt), the application and database logs, and the deadline (Graz stops at about "
        f"{t(GRAZ_RUNS_OUT)}).",
    )
    story.at(121)
    story.next_scribe.log(
        iid,
        f"{LEAD.first_name} escalated to {SENIOR.name} at the two-hour mark. "
        f"{SENIOR.first_name} joins as a second diagnostician for the database; "
        f"{DIAGNOSTICIAN.first_name} stays on the application side.",
        EntryKind.DECISION,
    )
    story.at(122)
    story.lead.assign_role(iid, SENIOR.role, SENIOR.name, SENIOR.duty)
    story.executive_briefing(
        EXECUTIVE_BRIEFING,
        "Blocker at Kessler Pumpen, a key manufacturing account: the ERP system we host for "
        f"them has saved no data since {t(OUTAGE_BEGINS)}. Assembly line 2 in Ulm has stood "
        f"still since {t(LINE_2_STOPS)} with about 140 workers idle, and the Graz line stops at "
        f"about {t(GRAZ_RUNS_OUT)} unless saving is back before. Cause not yet known: the "
        "network and the planning run are ruled out, the storage maintenance before the outage "
        f"is under review. Escalated at {t(TWO_HOUR_MARK)} to {SENIOR.name} under the two-hour "
        f"rule. Kessler hears from us every {BLOCKER_CADENCE} minutes, and their IT lead is on "
        "our bridge call.",
    )


def find_the_cause(story: Story) -> None:
    """The database's own logs point at /arch, and the backup agent explains why it filled."""
    iid, t = story.incident_id, story.hhmm
    senior = story.senior
    story.at(125)
    senior.tick_checklist_item(
        iid,
        story.checklist["database"],
        f"Archiver stuck since {t(OUTAGE_BEGINS)}: /arch is 100 % full, and every writing "
        "session waits for a log archive slot. All other file systems below 60 %.",
    )
    story.at(127)
    h4 = story.hypotheses["archive"] = senior.add_hypothesis(
        iid,
        "The file system /arch, which receives the database's archived transaction logs, is "
        "full; the database holds every commit until it can archive again.",
    )
    story.at(128)
    senior.add_evidence(
        iid,
        h4,
        "The database alert log reports 'archiver stuck, no space left on /arch' at "
        f"{t(OUTAGE_BEGINS)}, a minute before the first failed save; /arch is at 100 %.",
        supports=True,
    )
    story.at(131)
    senior.add_evidence(
        iid,
        h4,
        "/arch has grown by about 45 GB a day for six days; before that it was emptied after "
        "every nightly backup. The backup agent was upgraded to 9.2 six days ago, and at every "
        "run since, its log says 'unknown parameter, ignored' for the clean-up setting.",
        supports=True,
    )
    story.at(132)
    story.diagnostician.add_evidence(
        iid,
        h4,
        "The disk-space alert for /arch should have fired at 90 % and 95 %, and nobody saw one.",
        supports=False,
    )
    story.customer_update(
        133,
        f"{SENIOR.name}, our senior database engineer, has found the most likely cause: the "
        "disk area where the database keeps its archived transaction logs is full, and the "
        "database holds every save until it can write there again. We are preparing to add "
        "space; this change needs no downtime.",
        BLOCKER_CADENCE,
    )


def confirm_the_cause(story: Story) -> None:
    """H2 is ruled out, H4 explains every line of the specification; the cause is identified."""
    iid, t = story.incident_id, story.hhmm
    senior = story.senior
    story.at(135)
    senior.set_hypothesis_status(
        iid,
        story.hypotheses["storage"],
        HypothesisStatus.RULED_OUT,
        "The storage is healthy: latency normal since the update, other databases on the array "
        "write normally, and the database waits for free space in /arch, not for I/O. The "
        "update was a coincidence in time, not a cause.",
        explains_spec=False,
    )
    story.at(137)
    senior.set_hypothesis_status(
        iid,
        story.hypotheses["archive"],
        HypothesisStatus.CONFIRMED,
        f"The alert log entry at {t(OUTAGE_BEGINS)}, the full /arch and the backup agent log "
        "explain every line of the specification: only writes need the log archive (what), "
        "only PRD archives to /arch on erp-db-01 (where), the area ran full without any change "
        "at that minute (when), and every writer is affected whatever the plant (extent). The "
        "missing disk-space alert does not contradict it; the alert routing is checked "
        "separately.",
        explains_spec=True,
    )
    story.lead.change_status(iid, Status.IDENTIFIED, "H4 confirmed: /arch full")
    story.at(138)
    senior.set_spec_line(
        iid,
        SpecDimension.WHAT,
        is_text="Saving in ERP PRD: releasing production orders, goods movements, "
        "confirmations. Every save hangs and ends in a time-out after 10 minutes.",
        is_not_text="Log-on, displaying orders and stock, read-only reports: all at normal speed.",
        distinction="Saving writes to the database and its transaction log; reading does not.",
        change="/arch, where the database archives its transaction logs, reached 100 % at "
        f"{t(OUTAGE_BEGINS)}. Since the backup agent upgrade six days ago, archived logs are no "
        "longer deleted after backup.",
    )
    story.lead.update_impact(
        iid,
        services=[
            "ERP production system PRD (application servers)",
            "ERP PRD database (host erp-db-01)",
            "ERP to MES order interface, plant Ulm",
            "Backup service (agent 9.2 on erp-db-01)",
        ],
    )
