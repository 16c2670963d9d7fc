"""Minutes 139 to 232: saving comes back, then production, then the standby database.

Space for /arch brings saving back (fix 2), re-sent order messages bring line 2
back (fix 3), and the incident stays open at Critical until the standby and the
log backlog have caught up.
"""

from __future__ import annotations

from warroom.core.vocabulary import EntryKind, FixOutcome, KeyMoment, Status
from warroom.demo.cast import COMMUNICATOR, CUSTOMER_IT, LEAD, SENIOR
from warroom.demo.story import Story
from warroom.demo.timetable import (
    ALL_NORMAL,
    BACKLOG_BACKUP_STARTS,
    BACKLOG_CLEARED_BY,
    BLOCKER_CADENCE,
    CHANGE_LIST_REQUESTED,
    CRITICAL_CADENCE,
    DATABASE_RESUMES,
    FIRST_ALERT,
    FIRST_FAILED_SAVE,
    FIRST_PUMP,
    LINE_2_STARTS,
    LOG_SHIPPING_RESUMES,
    MONITORING_QUESTION,
    ORDERS_RELEASED_AGAIN,
    SECOND_EXECUTIVE_BRIEFING,
    STANDBY_CAUGHT_UP,
)


def play(story: Story) -> None:
    add_space_to_the_archive(story)
    resend_the_order_messages(story)
    run_without_a_standby(story)
    clear_the_backlog(story)


def add_space_to_the_archive(story: Story) -> None:
    """Fix 2: the database resumes and saving works, but line 2 still gets no orders."""
    iid, t = story.incident_id, story.hhmm
    story.at(139)
    story.next_scribe.log(
        iid,
        f"{COMMUNICATOR.first_name} told {CUSTOMER_IT.name} that Kessler's change list (asked "
        f"for at {t(CHANGE_LIST_REQUESTED)}) is no longer needed: the cause is on our side.",
    )
    story.at(140)
    story.next_scribe.log(
        iid,
        f"{LEAD.first_name} approves fix 2: add 200 GB to /arch now. The old archived logs are "
        "removed only after a verified backup, so no log is lost.",
        EntryKind.DECISION,
    )
    fix2 = story.senior.record_fix_attempt(
        iid,
        "Extend /arch on erp-db-01 online by 200 GB from the storage pool, so the archiver "
        "can write again.",
        hypothesis_uid=story.hypotheses["archive"],
        expected_result="The archiver resumes within a minute; waiting saves complete and new "
        "saves take their normal time.",
        rollback_plan="None needed: the extension adds space and removes nothing. If the "
        "database does not resume, restart only the archiver process.",
        approved_by=LEAD.name,
    )
    story.lead.change_status(iid, Status.MITIGATING, "fix 2 under way")
    story.at(146)
    story.senior.record_fix_outcome(
        iid,
        fix2,
        FixOutcome.PARTIAL,
        f"The database resumed at {t(DATABASE_RESUMES)} and released every waiting save; saving "
        "works again in all plants. Production is not back: the order messages to the MES of "
        "line 2 that failed during the outage stay in error and are not retried by themselves.",
    )
    story.at(147)
    story.next_scribe.log(
        iid,
        f"{CUSTOMER_IT.name} confirms: planners in Ulm released 14 production orders at "
        f"{t(ORDERS_RELEASED_AGAIN)} without error. The MES of line 2 still shows no new orders.",
    )
    story.customer_update(
        148,
        f"Saving works again in your ERP since {t(DATABASE_RESUMES)}: we added disk space and "
        "the database released all waiting saves, so Ulm can release production orders again. "
        "Assembly line 2 is not running yet: the order messages to its manufacturing execution "
        "system (MES) that failed during the outage are stuck, and we are clearing them with "
        "your MES team. The Graz line kept running and now receives new orders again.",
        BLOCKER_CADENCE,
    )


def resend_the_order_messages(story: Story) -> None:
    """Fix 3: the stuck order messages go to the MES in order, and the line starts."""
    iid, t = story.incident_id, story.hhmm
    diag = story.diagnostician
    story.at(150)
    diag.tick_checklist_item(
        iid,
        story.checklist["mes_queue"],
        f"212 order messages from {t(FIRST_FAILED_SAVE)} to {t(DATABASE_RESUMES)} in error "
        "status 'database not available'. The interface does not retry this error by itself.",
    )
    story.at(155)
    fix3 = diag.record_fix_attempt(
        iid,
        "Re-send the 212 failed order messages to the MES of line 2 in their original order, "
        "in batches of 50, after Kessler's MES team confirmed that none of them had arrived.",
        hypothesis_uid=story.hypotheses["archive"],
        expected_result="The MES shows the released orders and line 2 can start.",
        rollback_plan="Stop after any batch; if an order arrives twice, Kessler's MES team "
        "deletes the duplicate before it is started.",
        approved_by=LEAD.name,
    )
    story.customer_update(
        163,
        "We are re-sending the 212 stuck order messages to the MES of assembly line 2 in "
        "their original order, one batch at a time, after checking with your MES team that no "
        "order can reach the line twice. The first orders have arrived on the line terminals.",
        BLOCKER_CADENCE,
    )
    story.at(FIRST_PUMP)
    diag.record_fix_outcome(
        iid,
        fix3,
        FixOutcome.WORKED,
        "All 212 messages delivered, no duplicates. Line 2 started its first order at "
        f"{t(LINE_2_STARTS)}, and the first pump left the line at {t(FIRST_PUMP)}.",
    )


def run_without_a_standby(story: Story) -> None:
    """Production is back; until the standby catches up the incident stays open, at Critical."""
    iid, t = story.incident_id, story.hhmm
    story.at(171)
    story.lead.mark(iid, KeyMoment.MITIGATED, at=story.when(FIRST_PUMP))
    story.at(172)
    story.lead.change_status(iid, Status.MONITORING, "line 2 running; standby database catching up")
    story.at(175)
    story.lead.change_priority(
        iid,
        "Critical",
        "Production runs again in all plants and saving works. PRD runs without its standby "
        "database until the standby has caught up (about an hour): Critical, updates every "
        f"{CRITICAL_CADENCE} minutes.",
    )
    story.at(176)
    story.lead.update_impact(
        iid,
        impact_what="Production runs again in all plants. Until the standby database has "
        "caught up, Kessler's ERP has no standby: a second failure now would stop all three "
        "plants.",
        services=[
            "ERP PRD database (host erp-db-01)",
            "Standby database of PRD, second data centre",
            "Backup service (agent 9.2 on erp-db-01)",
        ],
    )
    story.customer_update(
        178,
        f"Assembly line 2 in Ulm is running again: the first pump left the line at "
        f"{t(FIRST_PUMP)}, and all plants can save in the ERP. We keep the incident open at "
        "Critical priority because the standby database in our second data centre is still "
        "catching up on the hours it missed; until it has, your ERP has no standby. Updates now "
        f"come every {CRITICAL_CADENCE} minutes.",
        CRITICAL_CADENCE,
    )
    lag_checked = 180
    story.at(lag_checked)
    story.senior.tick_checklist_item(
        iid,
        story.checklist["standby"],
        f"Lag 2 h 55 min at {t(lag_checked)}; log shipping resumed at "
        f"{t(LOG_SHIPPING_RESUMES)}, catching up at about four times real time.",
    )
    story.executive_briefing(
        SECOND_EXECUTIVE_BRIEFING,
        "Kessler Pumpen: production restored. Saving in the ERP works since "
        f"{t(DATABASE_RESUMES)}, and assembly line 2 in Ulm has been running again since "
        f"{t(FIRST_PUMP)}; Graz never stopped. Priority lowered to Critical while the standby "
        "database catches up. Cause: after our backup agent upgrade six days ago, archived "
        "database logs were no longer cleaned up, and the disk filled. The same agent version "
        "runs on other hosted databases; we are checking them now.",
    )


def clear_the_backlog(story: Story) -> None:
    """The archived-log backlog goes, the lead's question is answered, the standby catches up."""
    iid, t = story.incident_id, story.hhmm
    story.at(BACKLOG_BACKUP_STARTS)
    story.next_scribe.log(
        iid,
        f"{SENIOR.first_name} runs the archived-log backup by hand with the clean-up set under "
        f"its new name; expected to free about 260 GB by {t(BACKLOG_CLEARED_BY)}.",
        EntryKind.ACTION,
    )
    story.customer_update(
        208,
        "The ERP runs normally in all plants. The standby database has caught up to within "
        "35 minutes and is gaining. We are also removing the backlog of archived logs so that "
        "the disk area cannot fill up again.",
        CRITICAL_CADENCE,
    )
    story.at(215)
    story.next_scribe.log(
        iid,
        f"Answer to the question at {t(MONITORING_QUESTION)}: the response-time alert for PRD "
        f"fired at {t(FIRST_ALERT)}, and the disk-space warnings for /arch at 90 % and 95 % "
        "fired on the two days before. All went to the mailbox of the former database team, "
        "which nobody has read since the team merged into operations. Detection time set to "
        f"{t(FIRST_ALERT)}.",
    )
    story.lead.mark(iid, KeyMoment.DETECTED, at=story.when(FIRST_ALERT))
    story.diagnostician.add_evidence(
        iid,
        story.hypotheses["archive"],
        "The disk-space warnings for /arch did fire, at 90 % and 95 % on the two days before "
        "the outage, into an unread mailbox: the missing alert was a routing fault, not a gap "
        "in H4.",
        supports=True,
    )
    story.at(ALL_NORMAL)
    story.next_scribe.log(
        iid,
        f"The standby database has caught up (lag 0 s at {t(STANDBY_CAUGHT_UP)}). The "
        "archived-log backup with clean-up has finished; /arch is at 22 %.",
    )
