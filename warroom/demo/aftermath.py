"""Minutes 233 to 275: the incident is closed, its root cause proven, its actions planned.

The impact is written as it was, the customers and the executives get their
final updates, the root cause names the alternatives it beat, and every
follow-up action names the other systems it covers.
"""

from __future__ import annotations

from warroom.core.vocabulary import ActionKind, ActionStatus, Audience
from warroom.demo.cast import (
    CHANGE_OWNER,
    CUSTOMER_IT,
    DIAGNOSTICIAN,
    LEAD,
    MONITORING_OWNER,
    SENIOR,
)
from warroom.demo.story import Story, duration
from warroom.demo.timetable import (
    ALL_NORMAL,
    BACKLOG_BACKUP_STARTS,
    DATABASE_RESUMES,
    DAY,
    FIRST_PUMP,
    LINE_2_STOPS,
    OUTAGE_BEGINS,
    RESOLVED,
)


def play(story: Story) -> None:
    close_the_incident(story)
    record_the_root_cause(story)
    plan_the_follow_up(story)


def close_the_incident(story: Story) -> None:
    iid, t = story.incident_id, story.hhmm
    saving_down = f"{t(OUTAGE_BEGINS)} to {t(DATABASE_RESUMES)}"
    line_stood = f"{t(LINE_2_STOPS)} to {t(FIRST_PUMP)}"
    # The record keeps the impact as it was, not the calm after it.
    story.at(233)
    story.lead.update_impact(
        iid,
        impact_what=f"From {saving_down} Kessler Pumpen could not release production orders or "
        "post any goods movement in its ERP system. Assembly line 2 in plant Ulm stood still "
        f"from {line_stood} with 140 workers idle; Graz and Brno kept producing.",
    )
    story.at(RESOLVED)
    story.lead.resolve(
        iid,
        f"Kessler's ERP PRD could not save from {saving_down} because /arch, the database's "
        "archive area, was full: since a backup agent upgrade six days earlier, archived logs "
        f"had not been cleaned up. Assembly line 2 in Ulm stood still from {line_stood}. Space "
        "added, stuck MES order messages re-sent, clean-up restored, standby caught up.",
    )
    story.at(236)
    story.communicator.post_update(
        iid,
        f"Resolved: your ERP system is fully back to normal since {t(ALL_NORMAL)}, including "
        f"the standby database in our second data centre. Saving was not possible from "
        f"{saving_down}, and assembly line 2 in Ulm stood still from {line_stood}. The cause "
        "was on our side: after an upgrade of our backup software six days ago, archived "
        "database logs were no longer deleted after backup, the disk area filled, and the "
        "database stopped accepting saves. We apologise for the lost production. Within three "
        "working days you will receive our cause-and-corrective-action report: how we proved "
        "the cause, and what we change to prevent a recurrence on your system and on every "
        "other system with the same setup.",
        next_update_at=None,
        audience=Audience.CUSTOMERS,
        channel="e-mail",
        final=True,
    )
    story.at(237)
    story.lead.post_update(
        iid,
        f"Kessler Pumpen incident resolved at {t(RESOLVED)}. Saving in the ERP was down for "
        f"{duration(DATABASE_RESUMES - OUTAGE_BEGINS)}; line 2 in Ulm stood still for "
        f"{duration(FIRST_PUMP - LINE_2_STOPS)}. The cause-and-corrective-action report goes "
        "to the customer within three working days. The check of every other host on the same "
        f"backup agent version is running (owner: {SENIOR.name}).",
        next_update_at=None,
        audience=Audience.EXECUTIVES,
        channel="e-mail",
        final=True,
    )


def record_the_root_cause(story: Story) -> None:
    t = story.hhmm
    story.at(250)
    story.senior.set_root_cause(
        story.incident_id,
        "After the backup agent on the PRD database host was upgraded to version 9.2, six "
        "days before the outage, archived transaction logs were no longer deleted after each "
        "successful backup: version 9.2 renamed the clean-up setting and silently ignored the "
        "old name in our configuration. /arch filled by about 45 GB a day and reached 100 % "
        f"at {t(OUTAGE_BEGINS)}; the database then held every commit until it could archive "
        "again, so no data could be saved in the ERP. The disk-space warnings at 90 % and 95 % "
        "fired, but into a mailbox nobody reads, so nobody acted before the customer called.",
        how_proven=(
            "The database alert log reports the archiver stuck for lack of space at "
            f"{t(OUTAGE_BEGINS)}, one minute before the first failed save. The backup agent log "
            "shows 'unknown parameter, ignored' for the clean-up setting at every run since "
            "the upgrade, and /arch grows by the same amount every day from that date. Adding "
            "space to /arch (fix 2) released all waiting saves within a minute, and a backup "
            "run with the setting under its new name removed the backlog. Reproduced on a "
            "test system: with the old setting name archived logs stay after backup, with the "
            "new one they are deleted."
        ),
        assumptions=(
            "We assume the upgrade changed nothing else in the agent's configuration; the "
            "full comparison of the configuration before and after is still to be done "
            "(preventive action). We assume the 212 order messages to line 2 are the only "
            "interface messages lost; Kessler's MES team checked line 2, the other interfaces "
            "are still to be checked."
        ),
        alternatives=[
            (
                "The storage firmware update a few hours earlier left writes hanging.",
                "Latency was normal for more than three hours before the first failure, "
                "other databases on the same array wrote normally, and the database host "
                "showed almost no I/O wait.",
            ),
            (
                "The production planning run (MRP) occupied every work process.",
                "Cancelling it and restarting an application server changed nothing; the "
                "work processes waited for the database, not for the run's locks.",
            ),
            (
                "The network link between plant Ulm and the data centre.",
                "Graz and Brno failed the same way over other links, and reads over the Ulm "
                "link were normal.",
            ),
        ],
        category="Change: configuration side effect of a software upgrade",
    )


def plan_the_follow_up(story: Story) -> None:
    """Corrective and preventive actions, each naming the other systems it covers."""
    iid, t = story.incident_id, story.hhmm
    lead = story.lead
    story.at(255)
    cleanup = lead.add_action(
        iid,
        ActionKind.CORRECTIVE,
        "Set the archived-log clean-up under its new name in the backup agent configuration "
        "of erp-db-01, and remove the backlog with a verified backup run.",
        owner=SENIOR.name,
        due=story.when(DAY),
        other_systems=["Kessler Pumpen quality system QAS (also on agent 9.2)"],
    )
    sweep = lead.add_action(
        iid,
        ActionKind.PREVENTIVE,
        "Check every host upgraded to backup agent 9.2 for the renamed clean-up setting, fix "
        "it where needed, and confirm that archive usage falls after the next backup.",
        owner=SENIOR.name,
        due=story.when(2 * DAY),
        other_systems=[
            "ERP database hosts of three other hosted customers on agent 9.2",
            "Internal billing database",
            "Monitoring database",
        ],
    )
    story.at(257)
    lead.add_action(
        iid,
        ActionKind.PREVENTIVE,
        "Route the disk-space and response-time alerts of all hosted databases to the on-call "
        "queue, retire the former database team's mailbox as an alert target, and prove every "
        "route with a test alert.",
        owner=MONITORING_OWNER.label,
        due=story.when(7 * DAY),
        other_systems=["All 46 hosted databases", "Storage arrays", "Backup servers"],
    )
    lead.add_action(
        iid,
        ActionKind.PREVENTIVE,
        "Add to the upgrade procedure for agents (backup, monitoring, antivirus): compare the "
        "effective configuration before and after on a test system first, and watch disk "
        "usage for two days after the upgrade.",
        owner=CHANGE_OWNER.label,
        due=story.when(14 * DAY),
        other_systems=["Monitoring agent roll-out", "Antivirus agent roll-out"],
    )
    story.at(260)
    lead.add_action(
        iid,
        ActionKind.CORRECTIVE,
        "Agree with Kessler's MES team on an automatic retry for order messages that fail "
        "because the ERP database is unavailable.",
        owner=f"{DIAGNOSTICIAN.name}, with {CUSTOMER_IT.name} (Kessler IT)",
        due=story.when(21 * DAY),
        other_systems=["ERP to warehouse interface, Graz", "ERP to EDI interface, suppliers"],
    )
    lead.add_action(
        iid,
        ActionKind.CORRECTIVE,
        "Send the cause-and-corrective-action report to Kessler Pumpen.",
        owner=LEAD.name,
        due=story.when(3 * DAY),
        other_systems=["none: a report, not a system change"],
    )
    story.at(262)
    story.senior.set_action_status(
        iid, sweep, ActionStatus.IN_PROGRESS, "list of hosts on agent 9.2 pulled: 17 hosts"
    )
    story.at(275)
    story.senior.set_action_status(
        iid,
        cleanup,
        ActionStatus.DONE,
        f"Clean-up set under the new name; the backup run started at {t(BACKLOG_BACKUP_STARTS)} "
        "removed the backlog and /arch is at 22 %.",
    )
