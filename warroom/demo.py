"""A sample incident: a hosted ERP stops saving and a customer's production line stops.

The record is written through the public ``WarRoom`` methods, as the people in
the war room would have written it, so it exercises every part of the record:
roles and a handover, the problem specification, hypotheses with evidence, fix
attempts, questions to the customer, status updates on the Blocker cadence, an
escalation, a correction, the root cause and the follow-up actions.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from warroom.core.clock import SimulatedClock, utc
from warroom.core.vocabulary import (
    ActionKind,
    ActionStatus,
    Audience,
    EntryKind,
    FixOutcome,
    HypothesisStatus,
    KeyMoment,
    Mode,
    Role,
    SpecDimension,
    Status,
)
from warroom.room import WarRoom

LEAD = "Miriam Kovač"
DIAGNOSTICIAN = "Tobias Lindqvist"
COMMUNICATOR = "Aylin Demir"
SCRIBE = "Jonas Reiter"
NEXT_SCRIBE = "Priya Nair"
SENIOR = "Helena Brandt"
CUSTOMER_IT = "Stefan Albers (IT operations, Kessler Pumpen)"

# The outage starts this long before ``now``; the story ends well before ``now``.
LOOKBACK = timedelta(hours=5)


def _hm(moment: datetime) -> str:
    return utc(moment).strftime("%H:%M UTC")


class _Story:
    """The war room of one outage, told minute by minute from the outage's start."""

    def __init__(self, room: WarRoom, start: datetime, stop: float | None = None) -> None:
        self.t0 = start
        self.stop = stop
        self.clock = SimulatedClock(start)
        seat = room.with_clock(self.clock)
        self.lead = seat.as_person(LEAD, Role.LEAD)
        self.diag = seat.as_person(DIAGNOSTICIAN, Role.DIAGNOSTICIAN)
        self.comm = seat.as_person(COMMUNICATOR, Role.COMMUNICATOR)
        self.scribe = seat.as_person(SCRIBE, Role.SCRIBE)
        self.next_scribe = seat.as_person(NEXT_SCRIBE, Role.SCRIBE)
        self.senior = seat.as_person(SENIOR, Role.DIAGNOSTICIAN)
        self.id = 0
        self.first_call = 0
        self.items: dict[str, str] = {}
        self.hyp: dict[str, str] = {}

    def at(self, minute: float) -> None:
        """Move story time to ``minute`` after the outage began; it never runs backwards."""
        if self.stop is not None and minute > self.stop:
            raise _StoryPaused
        delta = self.t0 + timedelta(minutes=minute) - self.clock.now()
        if delta < timedelta(0):
            raise RuntimeError(f"the story went back in time at minute {minute}")
        self.clock.advance(delta)

    def t(self, minute: float) -> str:
        return _hm(self.t0 + timedelta(minutes=minute))

    def when(self, minute: float) -> datetime:
        return self.t0 + timedelta(minutes=minute)

    def update(self, minute: float, text: str, next_in: int) -> None:
        """A customer update that promises the next one ``next_in`` minutes later."""
        self.at(minute)
        nxt = minute + next_in
        self.comm.post_update(
            self.id,
            f"{text} Next update at {self.t(nxt)}, or sooner if anything changes.",
            next_update_at=self.when(nxt),
            audience=Audience.CUSTOMERS,
            channel="e-mail",
        )

    # -- the story ---------------------------------------------------------

    def tell(self) -> int:
        try:
            self.declare()
            self.first_hour()
            self.second_hour()
            self.escalation_and_cause()
            self.restoration()
            self.aftermath()
        except _StoryPaused:
            pass
        return self.id

    def declare(self) -> None:
        t = self.t
        self.at(22)
        self.id = self.lead.declare(
            "Kessler Pumpen: ERP PRD cannot save, assembly line 2 in Ulm stopped",
            "Blocker",
            impact_what=(
                "Kessler Pumpen cannot release production orders or post any goods movement "
                "in its ERP system. Assembly line 2 in plant Ulm ran out of released orders at "
                f"{t(20)} and has stopped."
            ),
            impact_who=(
                "Plant Ulm: assembly line 2 (140 workers on shift, idle). Planners, warehouse "
                "and shipping staff in Ulm, Graz and Brno who post in the ERP (about 320 users)."
            ),
            impact_count=460,
            impact_since=self.when(1),
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
            started_at=self.t0,
            detected_at=self.when(14),
        )
        iid = self.id
        self.lead.assign_role(iid, Role.LEAD, LEAD, "duty incident lead")
        self.at(23)
        self.lead.assign_role(iid, Role.DIAGNOSTICIAN, DIAGNOSTICIAN, "ERP basis engineer on call")
        self.lead.assign_role(iid, Role.COMMUNICATOR, COMMUNICATOR, "service delivery manager")
        self.lead.assign_role(iid, Role.SCRIBE, SCRIBE, "service desk agent on shift")
        self.at(24)
        self.lead.change_status(iid, Status.INVESTIGATING, "war room staffed, diagnosis started")
        self.first_call = self.scribe.log(
            iid,
            f"Service desk took the call at {t(14)}: {CUSTOMER_IT} reports that nobody in Ulm can "
            "release production orders; saving hangs and ends in a time-out. Assembly line 3 in "
            f"Ulm stopped at {t(20)} when its buffer of released orders ran out.",
        ).number
        self.at(25)
        self.scribe.log(
            iid,
            "Miriam: Blocker per the matrix (ERP down, production line stopped, no workaround). "
            "Aylin sends customer updates every 15 minutes; a bridge call is open for Kessler IT.",
            EntryKind.DECISION,
        )

    def checklist(self) -> None:
        self.at(26)
        items: list[tuple[str, dict[str, str]]] = [
            (
                "error",
                {
                    "section": "Symptoms",
                    "title": "Exact error message and time of the first failed save",
                    "need": "A screenshot of the message a user sees on saving, the user ID and "
                    "the time of the first failure.",
                    "why": "The message and the minute show in which layer a save stops and "
                    "when the trouble began.",
                    "use": "We look up that user at that minute in the application and database "
                    "logs.",
                    "next_step": "We report on the bridge within 20 minutes what the logs show.",
                },
            ),
            (
                "works",
                {
                    "section": "Symptoms",
                    "title": "What still works: log-on, display, reports, printing, saving",
                    "need": "Three users in different plants log on, display an order, run a "
                    "report and save one change.",
                    "why": "What still works separates the broken part from the healthy ones.",
                    "use": "It fills the IS and IS NOT columns of the problem specification.",
                    "next_step": "We narrow the hypotheses to the parts that only the failing "
                    "functions use.",
                },
            ),
            (
                "scope",
                {
                    "section": "Scope",
                    "title": "Plants and lines affected, and how long each can keep producing",
                    "need": "Per plant: is production running, and until when do the released "
                    "orders last?",
                    "why": "It gives the business deadline, not only the technical state.",
                    "use": "It sets the priority, the update cadence and the order of recovery.",
                    "next_step": "The deadlines go into the record and into every customer update.",
                },
            ),
            (
                "our_changes",
                {
                    "section": "Changes",
                    "title": "Our changes in the last 7 days: hosting, database, storage, backup, "
                    "ERP",
                    "need": "Every change ticket for the PRD hosts and the shared infrastructure "
                    "since last week.",
                    "why": "Most outages follow a change; a change near the start is the first "
                    "suspect.",
                    "use": "Each change is held against the problem specification before anyone "
                    "acts on it.",
                    "next_step": "Changes that fit the specification become hypotheses with a "
                    "test.",
                },
            ),
            (
                "their_changes",
                {
                    "section": "Changes",
                    "title": "Kessler's changes in the last 7 days: network, clients, MES, "
                    "interfaces",
                    "need": "Kessler's change list since last Monday.",
                    "why": "A change on the customer's side could block saving as well as one on "
                    "ours.",
                    "use": "We compare it with the problem specification, as we do our own.",
                    "next_step": "If nothing fits, we concentrate on our side and say so.",
                },
            ),
            (
                "processes",
                {
                    "section": "System",
                    "title": "Application server work processes: how many are busy, what they "
                    "wait for",
                    "need": "A snapshot of all work processes on the three application servers.",
                    "why": "It shows whether the system is overloaded or waiting for something.",
                    "use": "It decides whether we look at the application or at the database.",
                    "next_step": "We tell Kessler which layer we examine next.",
                },
            ),
            (
                "database",
                {
                    "section": "System",
                    "title": "Database alert log, wait events and free space of every database "
                    "file system",
                    "need": "The alert log of the last 24 hours, the current wait events and a "
                    "file-system listing of erp-db-01.",
                    "why": "A database that accepts reads but holds writes says why in these "
                    "three places.",
                    "use": "It confirms or rules out the database hypotheses.",
                    "next_step": "A confirmed cause gets a fix with a rollback plan, approved by "
                    "the lead.",
                },
            ),
            (
                "mes_queue",
                {
                    "section": "System",
                    "title": "Order messages from the ERP to the MES of line 2: queue and errors",
                    "need": "The state of every order message sent to the line 2 MES since the "
                    "outage began.",
                    "why": "The line only runs on orders that reach its MES, whatever the ERP "
                    "shows.",
                    "use": "Failed messages are re-sent in order once the ERP saves again.",
                    "next_step": "Kessler's MES team confirms on the line terminals what arrived.",
                },
            ),
            (
                "standby",
                {
                    "section": "System",
                    "title": "Standby database in the second data centre: replication lag",
                    "need": "The replication lag of the PRD standby database.",
                    "why": "While the standby lags, PRD has no protection against a second "
                    "failure.",
                    "use": "It decides when the incident can be resolved.",
                    "next_step": "We watch it until the lag is zero.",
                },
            ),
        ]
        for key, fields in items:
            self.items[key] = self.diag.add_checklist_item(self.id, **fields)

    def first_hour(self) -> None:
        iid, t = self.id, self.t
        self.checklist()
        self.at(27)
        request = self.comm.request_information(
            iid,
            to=CUSTOMER_IT,
            need="A screenshot of the message a user gets when saving, with the user ID and the "
            "exact time of the first failure you know of.",
            why="The minute and the message show where in the system a save stops and when the "
            "trouble began.",
            use="We look up that user at that minute in the application and database logs.",
            next_step="Within 20 minutes we tell you on the bridge what the logs show and which "
            "part we examine next.",
        )
        self.update(
            28,
            f"Kessler Pumpen ERP (PRD): we know that since about {t(1)} no data can be saved in "
            "your ERP system and that assembly line 2 in Ulm has stopped because it receives no "
            "released production orders. The fault is ours to fix: we have declared it a Blocker, "
            f"our highest priority, and staffed a war room led by {LEAD}; {DIAGNOSTICIAN} is "
            "diagnosing. Log-on and displays still work; saving (order release, goods movements, "
            "confirmations) hangs. We have asked Stefan Albers for a screenshot of the error and "
            "the time of the first failure.",
            15,
        )
        self.at(29)
        self.scribe.log(
            iid,
            f"Miriam asks: why did the customer have to tell us? Did our monitoring of PRD raise "
            f"nothing before {t(14)}?",
            EntryKind.QUESTION,
        )

        self.at(30)
        h1 = self.hyp["network"] = self.diag.add_hypothesis(
            iid,
            "The network link between plant Ulm and our data centre drops or delays the saves "
            "(the customer's first guess).",
        )
        self.at(33)
        self.diag.tick_checklist_item(
            iid,
            self.items["works"],
            "Log-on, displays and read-only reports are normal in Ulm, Graz and Brno. Every save "
            "hangs, in every plant.",
        )
        self.at(34)
        self.diag.add_evidence(
            iid, h1, "Users in Graz and Brno, on other links, cannot save either.", supports=False
        )
        self.diag.add_evidence(
            iid,
            h1,
            "Users in Ulm log on and display orders at normal speed over the same link.",
            supports=False,
        )
        self.at(35)
        self.diag.set_hypothesis_status(
            iid,
            h1,
            HypothesisStatus.RULED_OUT,
            "Graz and Brno fail the same way over other links, and reads over the Ulm link are "
            "normal.",
            explains_spec=False,
        )
        self.at(36)
        self.diag.set_spec_line(
            iid,
            SpecDimension.WHAT,
            is_text="Saving in ERP PRD: releasing production orders, goods movements, "
            "confirmations. Every save hangs and ends in a time-out after 10 minutes.",
            is_not_text="Log-on, displaying orders and stock, read-only reports: all at normal "
            "speed.",
            distinction="Saving writes to the database and its transaction log; reading does not.",
            change="Not known yet.",
        )
        self.at(37)
        self.comm.answer_request(
            iid,
            request,
            "Screenshot sent by e-mail: 'Time limit exceeded while saving', no error number. "
            f"First known failure: a planner in Ulm (user PLAN-U07) releasing an order at {t(1)}. "
            "Displays and reports still work.",
        )
        self.diag.tick_checklist_item(
            iid,
            self.items["error"],
            f"Time-out after 10 minutes, no error number; first failure at {t(1)}, a planner in "
            "Ulm releasing an order. It matches the first hung session in the application log.",
        )

        self.at(38)
        h2 = self.hyp["storage"] = self.diag.add_hypothesis(
            iid,
            "The firmware update of the storage array under the PRD database, a few hours before "
            "the outage, leaves writes hanging.",
        )
        self.diag.add_evidence(
            iid,
            h2,
            f"The update ran from {t(-220)} to {t(-195)}; it is the only change to that array in "
            "weeks.",
            supports=True,
        )
        self.at(40)
        self.diag.tick_checklist_item(
            iid,
            self.items["our_changes"],
            f"Storage array firmware update from {t(-220)} to {t(-195)}. Backup agent "
            "upgraded to version 9.2 on the PRD database host erp-db-01 six days ago. ERP kernel "
            "patch three weeks ago.",
        )
        self.at(41)
        self.comm.request_information(
            iid,
            to=CUSTOMER_IT,
            need="Your list of changes since last Monday: network and firewall, PC roll-outs, "
            "the MES and the interfaces to the ERP.",
            why="A change on your side could block saving just as one on ours could; we want to "
            "rule it in or out rather than guess.",
            use="We compare each change with what works and what does not, as we do with our own.",
            next_step="If nothing on the list fits, we concentrate on our side and say so in the "
            "next update.",
        )
        self.update(
            43,
            "ERP outage, update: saving is still not possible in any plant. We have ruled out the "
            "network link between Ulm and our data centre: Graz and Brno see the same behaviour, "
            "and displays work everywhere. We are now examining a storage maintenance on our side "
            "that ended a few hours before the outage, and the production planning run (MRP) that "
            f"started at {t(-20)}.",
            15,
        )
        self.at(44)
        self.scribe.correct(
            iid,
            self.first_call,
            f"Service desk took the call at {t(14)}: {CUSTOMER_IT} reports that nobody in Ulm can "
            "release production orders; saving hangs and ends in a time-out. Assembly line 2 in "
            f"Ulm stopped at {t(20)} when its buffer of released orders ran out.",
            "Stefan Albers corrected us on the bridge: the stopped line is line 2; line 3 is in "
            "planned maintenance this week.",
        )

        self.at(45)
        h3 = self.hyp["mrp"] = self.diag.add_hypothesis(
            iid,
            f"The production planning run (MRP) started at {t(-20)} holds locks and occupies "
            "every work process, so saves queue behind it.",
        )
        self.at(46)
        self.diag.add_evidence(
            iid,
            h3,
            "All 40 dialog work processes on each application server are busy, and the run "
            "started 20 minutes before the first failure.",
            supports=True,
        )
        self.at(48)
        self.scribe.log(
            iid,
            "Tobias asked Rafael Ortiz (storage on call) for the array's latency and error "
            f"statistics from the start of the firmware update until now; due {t(65)}.",
            EntryKind.ACTION,
        )
        self.at(51)
        self.scribe.log(
            iid,
            "Miriam approves fix 1 (cancel the planning run, restart application server 1) as a "
            "test of H3. Stefan Albers agrees; the planning run can be repeated later.",
            EntryKind.DECISION,
        )
        self.at(52)
        fix1 = self.diag.record_fix_attempt(
            iid,
            "Cancel the MRP planning run and restart application server 1.",
            hypothesis_uid=h3,
            expected_result="Work processes on server 1 free up and saves go through within "
            "five minutes.",
            rollback_plan="Nothing to undo: the planning run is restarted for Kessler once the "
            "system is healthy; no planning data is lost.",
            approved_by=LEAD,
        )
        self.update(
            58,
            "Saving in the ERP still does not work. To test whether the production planning run "
            f"is blocking the system, we cancelled it at {t(52)} and restarted one application "
            "server; the next update gives the result. We will restart the planning run for you "
            "once the system is healthy; no planning data is lost.",
            15,
        )
        self.at(60)
        self.diag.record_fix_outcome(
            iid,
            fix1,
            FixOutcome.FAILED,
            f"Server 1 was back at {t(56)}; within four minutes all its work processes hung "
            "again on saves.",
        )
        self.at(61)
        self.diag.add_evidence(
            iid,
            h3,
            "With the run cancelled and server 1 restarted, its work processes blocked again "
            "within four minutes.",
            supports=False,
        )
        self.diag.add_evidence(
            iid,
            h3,
            "The blocked processes hold none of the planning run's locks; all wait for the "
            "database to confirm a commit.",
            supports=False,
        )
        self.at(62)
        self.diag.set_hypothesis_status(
            iid,
            h3,
            HypothesisStatus.RULED_OUT,
            "Cancelling the planning run and restarting the server changed nothing; the "
            "processes wait for the database, not for the run.",
            explains_spec=False,
        )

    def second_hour(self) -> None:
        iid, t = self.id, self.t
        h2 = self.hyp["storage"]
        self.at(63)
        self.diag.set_spec_line(
            iid,
            SpecDimension.WHERE,
            is_text="ERP production system PRD of Kessler Pumpen, in all three plants (Ulm, "
            "Graz, Brno), on all three application servers.",
            is_not_text="Kessler's quality system QAS and other customers' databases on the same "
            "storage array; the network links (other plants fail the same way).",
            distinction="Only PRD's database runs on host erp-db-01; QAS and the other databases "
            "on the array run on other hosts.",
            change="On erp-db-01 alone: backup agent upgraded to 9.2 six days ago. On the whole "
            f"array: firmware update ending at {t(-195)}.",
        )
        self.at(65)
        self.diag.add_evidence(
            iid,
            h2,
            "Rafael Ortiz: the array log shows latency peaks of up to 80 ms during the update, and "
            "one path to erp-db-01 failed over.",
            supports=True,
        )
        self.at(66)
        self.diag.add_evidence(
            iid,
            h2,
            f"Latency has been below 2 ms since {t(-195)}, more than three hours before the first "
            f"failure; the failed path came back at {t(-193)}.",
            supports=False,
        )
        self.diag.set_hypothesis_status(
            iid,
            h2,
            HypothesisStatus.TESTING,
            "Waiting for the I/O figures of the database host itself.",
        )
        self.at(70)
        self.scribe.log(
            iid,
            "Miriam: no more restarts. Every further change names the hypothesis it tests. Tobias "
            "works the database side with the database on-call engineer; storage stays with "
            "Rafael.",
            EntryKind.DECISION,
        )
        self.update(
            73,
            "The restart did not help: the application server blocked again within four "
            "minutes, so the planning run is not the cause. Every blocked session waits for the "
            "database to confirm a save. We are now examining the database and the storage under "
            "it step by step, and we will make no further change without telling you what it "
            "tests.",
            15,
        )
        self.at(75)
        self.diag.set_spec_line(
            iid,
            SpecDimension.WHEN,
            is_text=f"Continuously since {t(0)}; first failed save at {t(1)}.",
            is_not_text=f"Not during the storage firmware update ({t(-220)} to {t(-195)}); not "
            f"intermittent; not at the start of the planning run ({t(-20)}).",
            distinction="The start falls more than three hours after the firmware update and 20 "
            "minutes after the planning run started.",
            change=f"No change was made at {t(0)}: something reached a limit rather than being "
            "switched.",
        )
        self.at(80)
        self.diag.tick_checklist_item(
            iid,
            self.items["processes"],
            "All 40 dialog processes busy on each server; every one waits for the database to "
            "confirm a commit. CPU on the application servers below 10 %.",
        )
        self.at(82)
        self.scribe.log(
            iid,
            "Database on-call engineer, relayed by Tobias: erp-db-01 at 3 % CPU and below 1 % I/O "
            "wait. The database is waiting, not working.",
        )
        self.at(85)
        self.diag.add_evidence(
            iid,
            h2,
            "Other databases on the same array, Kessler's QAS among them, write normally; "
            "erp-db-01 shows I/O wait below 1 %.",
            supports=False,
        )
        self.update(
            88,
            "We are still working on it. The database server is idle rather than overloaded, so "
            "this is not a slow system: something stops the database from completing saves. The "
            "earlier storage maintenance is still under examination.",
            15,
        )
        self.at(90)
        self.scribe.hand_over(
            iid,
            Role.SCRIBE,
            SCRIBE,
            NEXT_SCRIBE,
            "Service desk shift change. Briefed Priya: H2 under test, Kessler's change list still "
            f"outstanding, next customer update due at {t(103)}.",
        )
        self.at(93)
        self.next_scribe.log(
            iid,
            f"Kessler's Graz plant manager, via Stefan Albers: Graz has released orders until "
            f"about {t(180)}, then the Graz line stops too. Brno releases orders weekly and "
            "has enough for the rest of the week.",
        )
        self.diag.tick_checklist_item(
            iid,
            self.items["scope"],
            f"Ulm line 2 stopped at {t(20)}. Graz runs on released orders until about {t(180)}. "
            "Brno releases weekly, has enough for the week. Ulm line 3 is in planned maintenance.",
        )
        self.at(95)
        self.lead.update_impact(
            iid,
            impact_what="Kessler Pumpen cannot release production orders or post any goods "
            f"movement in its ERP system. Assembly line 2 in plant Ulm has stood still since "
            f"{t(20)}; the line in Graz stops at about {t(180)} when its released orders run out.",
        )
        self.update(
            103,
            f"Thank you for telling us that the Graz line runs out of released orders at about "
            f"{t(180)}: we treat that time as our deadline. Our service desk shift changed; "
            f"{NEXT_SCRIBE} now keeps the incident record, and the engineers on the problem stay "
            "the same.",
            15,
        )
        self.at(110)
        self.diag.set_spec_line(
            iid,
            SpecDimension.EXTENT,
            is_text=f"All of the about 320 users who save in PRD; assembly line 2 in Ulm (140 "
            f"workers) stopped since {t(20)}. The failure is total, not a slowdown.",
            is_not_text=f"The Graz line (running on released orders until about {t(180)}), Brno "
            "(weekly release), line 3 in Ulm (planned maintenance).",
            distinction="A line stops only when its buffer of released orders runs out: Ulm "
            "releases orders shift by shift, Graz a day ahead.",
            change=f"Growing: Graz stops at about {t(180)} unless saving is back.",
        )
        self.update(
            118,
            f"Saving in the ERP is not back yet. At {t(120)} this incident reaches two hours, "
            "and under our procedure it then goes to our most senior database engineers, who "
            "receive the full record of what we have checked and ruled out.",
            15,
        )

    def escalation_and_cause(self) -> None:
        iid, t = self.id, self.t
        h2 = self.hyp["storage"]
        self.at(120)
        self.lead.escalate(
            iid,
            f"{SENIOR}, senior database engineering (third level)",
            "Two-hour rule for a Blocker. Handed over the standard problem set: the problem "
            "specification, hypotheses H1 to H3 with their evidence, the fix log (one failed "
            f"attempt), the application and database logs, and the deadline (Graz stops at about "
            f"{t(180)}).",
        )
        self.at(121)
        self.next_scribe.log(
            iid,
            f"Miriam escalated to {SENIOR} at the two-hour mark. Helena joins as a second "
            "diagnostician for the database; Tobias stays on the application side.",
            EntryKind.DECISION,
        )
        self.at(122)
        self.lead.assign_role(
            iid, Role.DIAGNOSTICIAN, SENIOR, "senior database engineer, joined by escalation"
        )
        self.at(123)
        self.lead.post_update(
            iid,
            "Blocker at Kessler Pumpen, a key manufacturing account: the ERP system we host for "
            f"them has saved no data since {t(0)}. Assembly line 2 in Ulm has stood still since "
            f"{t(20)} with about 140 workers idle, and the Graz line stops at about {t(180)} "
            "unless saving is back before. Cause not yet known: the network and the planning run "
            "are ruled out, the storage maintenance before the outage is under review. Escalated "
            f"at {t(120)} to {SENIOR} under the two-hour rule. Kessler hears from us every 15 "
            "minutes, and their IT lead is on our bridge call. Next executive update at "
            f"{t(183)}.",
            next_update_at=self.when(183),
            audience=Audience.EXECUTIVES,
            channel="e-mail and phone",
        )
        self.at(125)
        self.senior.tick_checklist_item(
            iid,
            self.items["database"],
            f"Archiver stuck since {t(0)}: /arch is 100 % full, and every writing session waits "
            "for a log archive slot. All other file systems below 60 %.",
        )
        self.at(127)
        h4 = self.hyp["archive"] = self.senior.add_hypothesis(
            iid,
            "The file system /arch, which receives the database's archived transaction logs, is "
            "full; the database holds every commit until it can archive again.",
        )
        self.at(128)
        self.senior.add_evidence(
            iid,
            h4,
            f"The database alert log reports 'archiver stuck, no space left on /arch' at {t(0)}, a "
            "minute before the first failed save; /arch is at 100 %.",
            supports=True,
        )
        self.at(131)
        self.senior.add_evidence(
            iid,
            h4,
            "/arch has grown by about 45 GB a day for six days; before that it was emptied after "
            "every nightly backup. The backup agent was upgraded to 9.2 six days ago, and at every "
            "run since, its log says 'unknown parameter, ignored' for the clean-up setting.",
            supports=True,
        )
        self.at(132)
        self.diag.add_evidence(
            iid,
            h4,
            "The disk-space alert for /arch should have fired at 90 % and 95 %, and nobody saw "
            "one.",
            supports=False,
        )
        self.update(
            133,
            f"{SENIOR}, our senior database engineer, has found the most likely cause: the disk "
            "area where the database keeps its archived transaction logs is full, and the "
            "database holds every save until it can write there again. We are preparing to add "
            "space; this change needs no downtime.",
            15,
        )
        self.at(135)
        self.senior.set_hypothesis_status(
            iid,
            h2,
            HypothesisStatus.RULED_OUT,
            "The storage is healthy: latency normal since the update, other databases on the array "
            "write normally, and the database waits for free space in /arch, not for I/O. The "
            "update was a coincidence in time, not a cause.",
            explains_spec=False,
        )
        self.at(137)
        self.senior.set_hypothesis_status(
            iid,
            h4,
            HypothesisStatus.CONFIRMED,
            f"The alert log entry at {t(0)}, the full /arch and the backup agent log explain every "
            "line of the specification: only writes need the log archive (what), only PRD "
            "archives to /arch on erp-db-01 (where), the area ran full without any change at that "
            "minute (when), and every writer is affected whatever the plant (extent). The missing "
            "disk-space alert does not contradict it; the alert routing is checked separately.",
            explains_spec=True,
        )
        self.lead.change_status(iid, Status.IDENTIFIED, "H4 confirmed: /arch full")
        self.at(138)
        self.senior.set_spec_line(
            iid,
            SpecDimension.WHAT,
            is_text="Saving in ERP PRD: releasing production orders, goods movements, "
            "confirmations. Every save hangs and ends in a time-out after 10 minutes.",
            is_not_text="Log-on, displaying orders and stock, read-only reports: all at normal "
            "speed.",
            distinction="Saving writes to the database and its transaction log; reading does not.",
            change=f"/arch, where the database archives its transaction logs, reached 100 % at "
            f"{t(0)}. Since the backup agent upgrade six days ago, archived logs are no longer "
            "deleted after backup.",
        )
        self.lead.update_impact(
            iid,
            services=[
                "ERP production system PRD (application servers)",
                "ERP PRD database (host erp-db-01)",
                "ERP to MES order interface, plant Ulm",
                "Backup service (agent 9.2 on erp-db-01)",
            ],
        )

    def restoration(self) -> None:
        iid, t = self.id, self.t
        h4 = self.hyp["archive"]
        self.at(139)
        self.next_scribe.log(
            iid,
            f"Aylin told Stefan Albers that Kessler's change list (asked for at {t(41)}) is no "
            "longer needed: the cause is on our side.",
        )
        self.at(140)
        self.next_scribe.log(
            iid,
            "Miriam approves fix 2: add 200 GB to /arch now. The old archived logs are removed "
            "only after a verified backup, so no log is lost.",
            EntryKind.DECISION,
        )
        fix2 = self.senior.record_fix_attempt(
            iid,
            "Extend /arch on erp-db-01 online by 200 GB from the storage pool, so the archiver "
            "can write again.",
            hypothesis_uid=h4,
            expected_result="The archiver resumes within a minute; waiting saves complete and new "
            "saves take their normal time.",
            rollback_plan="None needed: the extension adds space and removes nothing. If the "
            "database does not resume, restart only the archiver process.",
            approved_by=LEAD,
        )
        self.lead.change_status(iid, Status.MITIGATING, "fix 2 under way")
        self.at(146)
        self.senior.record_fix_outcome(
            iid,
            fix2,
            FixOutcome.PARTIAL,
            f"The database resumed at {t(145)} and released every waiting save; saving works "
            "again in all plants. Production is not back: the order messages to the MES of line 2 "
            "that failed during the outage stay in error and are not retried by themselves.",
        )
        self.at(147)
        self.next_scribe.log(
            iid,
            f"Stefan Albers confirms: planners in Ulm released 14 production orders at {t(146)} "
            "without error. The MES of line 2 still shows no new orders.",
        )
        self.update(
            148,
            f"Saving works again in your ERP since {t(145)}: we added disk space and the database "
            "released all waiting saves, so Ulm can release production orders again. Assembly "
            "line 2 is not running yet: the order messages to its manufacturing execution system "
            "(MES) that failed during the outage are stuck, and we are clearing them with your "
            "MES team. The Graz line kept running and now receives new orders again.",
            15,
        )
        self.at(150)
        self.diag.tick_checklist_item(
            iid,
            self.items["mes_queue"],
            f"212 order messages from {t(1)} to {t(145)} in error status 'database not "
            "available'. The interface does not retry this error by itself.",
        )
        self.at(155)
        fix3 = self.diag.record_fix_attempt(
            iid,
            "Re-send the 212 failed order messages to the MES of line 2 in their original order, "
            "in batches of 50, after Kessler's MES team confirmed that none of them had arrived.",
            hypothesis_uid=h4,
            expected_result="The MES shows the released orders and line 2 can start.",
            rollback_plan="Stop after any batch; if an order arrives twice, Kessler's MES team "
            "deletes the duplicate before it is started.",
            approved_by=LEAD,
        )
        self.update(
            163,
            "We are re-sending the 212 stuck order messages to the MES of assembly line 2 in "
            "their original order, one batch at a time, after checking with your MES team that no "
            "order can reach the line twice. The first orders have arrived on the line terminals.",
            15,
        )
        self.at(170)
        self.diag.record_fix_outcome(
            iid,
            fix3,
            FixOutcome.WORKED,
            f"All 212 messages delivered, no duplicates. Line 2 started its first order at "
            f"{t(166)}, and the first pump left the line at {t(170)}.",
        )
        self.at(171)
        self.lead.mark(iid, KeyMoment.MITIGATED, at=self.when(170))
        self.at(172)
        self.lead.change_status(
            iid, Status.MONITORING, "line 2 running; standby database catching up"
        )
        self.at(175)
        self.lead.change_priority(
            iid,
            "Critical",
            "Production runs again in all plants and saving works. PRD runs without its standby "
            "database until the standby has caught up (about an hour): Critical, updates every "
            "30 minutes.",
        )
        self.at(176)
        self.lead.update_impact(
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
        self.update(
            178,
            f"Assembly line 2 in Ulm is running again: the first pump left the line at {t(170)}, "
            "and all plants can save in the ERP. We keep the incident open at Critical priority "
            "because the standby database in our second data centre is still catching up on the "
            "hours it missed; until it has, your ERP has no standby. Updates now come every 30 "
            "minutes.",
            30,
        )
        self.at(180)
        self.senior.tick_checklist_item(
            iid,
            self.items["standby"],
            f"Lag 2 h 55 min at {t(180)}; log shipping resumed at {t(146)}, catching up at about "
            "four times real time.",
        )
        self.at(183)
        self.lead.post_update(
            iid,
            f"Kessler Pumpen: production restored. Saving in the ERP works since {t(145)}, and "
            f"assembly line 2 in Ulm has been running again since {t(170)}; Graz never stopped. "
            "Priority lowered to Critical while the standby database catches up. Cause: after "
            "our backup agent upgrade six days ago, archived database logs were no longer cleaned "
            "up, and the disk filled. The same agent version runs on other hosted databases; we "
            f"are checking them now. Next executive update at {t(243)}.",
            next_update_at=self.when(243),
            audience=Audience.EXECUTIVES,
            channel="e-mail and phone",
        )
        self.at(190)
        self.next_scribe.log(
            iid,
            "Helena runs the archived-log backup by hand with the clean-up set under its new name; "
            f"expected to free about 260 GB by {t(225)}.",
            EntryKind.ACTION,
        )
        self.update(
            208,
            "The ERP runs normally in all plants. The standby database has caught up to within "
            "35 minutes and is gaining. We are also removing the backlog of archived logs so that "
            "the disk area cannot fill up again.",
            30,
        )
        self.at(215)
        self.next_scribe.log(
            iid,
            f"Answer to the question at {t(29)}: the response-time alert for PRD fired at {t(4)}, "
            "and the disk-space warnings for /arch at 90 % and 95 % fired on the two days before. "
            "All went to the mailbox of the former database team, which nobody has read since the "
            f"team merged into operations. Detection time set to {t(4)}.",
        )
        self.lead.mark(iid, KeyMoment.DETECTED, at=self.when(4))
        self.diag.add_evidence(
            iid,
            self.hyp["archive"],
            "The disk-space warnings for /arch did fire, at 90 % and 95 % on the two days before "
            "the outage, into an unread mailbox: the missing alert was a routing fault, not a gap "
            "in H4.",
            supports=True,
        )
        self.at(232)
        self.next_scribe.log(
            iid,
            f"The standby database has caught up (lag 0 s at {t(231)}). The archived-log backup "
            "with clean-up has finished; /arch is at 22 %.",
        )

    def aftermath(self) -> None:
        iid, t = self.id, self.t
        # The record keeps the impact as it was, not the calm after it.
        self.at(233)
        self.lead.update_impact(
            iid,
            impact_what=f"From {t(0)} to {t(145)} Kessler Pumpen could not release production "
            "orders or post any goods movement in its ERP system. Assembly line 2 in plant Ulm "
            f"stood still from {t(20)} to {t(170)} with 140 workers idle; Graz and Brno kept "
            "producing.",
        )
        self.at(235)
        self.lead.resolve(
            iid,
            f"Kessler's ERP PRD could not save from {t(0)} to {t(145)} because /arch, the "
            "database's archive area, was full: since a backup agent upgrade six days earlier, "
            "archived logs had not been cleaned up. Assembly line 2 in Ulm stood still from "
            f"{t(20)} to {t(170)}. Space added, stuck MES order messages re-sent, clean-up "
            "restored, standby caught up.",
        )
        self.at(236)
        self.comm.post_update(
            iid,
            f"Resolved: your ERP system is fully back to normal since {t(232)}, including the "
            f"standby database in our second data centre. Saving was not possible from {t(0)} to "
            f"{t(145)}, and assembly line 2 in Ulm stood still from {t(20)} to {t(170)}. The "
            "cause was on our side: after an upgrade of our backup software six days ago, "
            "archived database logs were no longer deleted after backup, the disk area filled, "
            "and the database stopped accepting saves. We apologise for the lost production. "
            "Within three working days you will receive our cause-and-corrective-action report: "
            "how we proved the cause, and what we change to prevent a recurrence on your system "
            "and on every other system with the same setup.",
            next_update_at=None,
            audience=Audience.CUSTOMERS,
            channel="e-mail",
            final=True,
        )
        self.at(237)
        self.lead.post_update(
            iid,
            f"Kessler Pumpen incident resolved at {t(235)}. Saving in the ERP was down for 2 h "
            "25 min; line 2 in Ulm stood still for 2 h 30 min. The cause-and-corrective-action "
            "report goes to the customer within three working days. The check of every other "
            f"host on the same backup agent version is running (owner: {SENIOR}).",
            next_update_at=None,
            audience=Audience.EXECUTIVES,
            channel="e-mail",
            final=True,
        )
        self.at(250)
        self.senior.set_root_cause(
            iid,
            "After the backup agent on the PRD database host was upgraded to version 9.2, six "
            "days before the outage, archived transaction logs were no longer deleted after each "
            "successful backup: version 9.2 renamed the clean-up setting and silently ignored the "
            "old name in our configuration. /arch filled by about 45 GB a day and reached 100 % "
            f"at {t(0)}; the database then held every commit until it could archive again, so no "
            "data could be saved in the ERP. The disk-space warnings at 90 % and 95 % fired, but "
            "into a mailbox nobody reads, so nobody acted before the customer called.",
            how_proven=(
                "The database alert log reports the archiver stuck for lack of space at "
                f"{t(0)}, one minute before the first failed save. The backup agent log shows "
                "'unknown parameter, ignored' for the clean-up setting at every run since the "
                "upgrade, and /arch grows by the same amount every day from that date. Adding "
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
        self.at(255)
        cleanup = self.lead.add_action(
            iid,
            ActionKind.CORRECTIVE,
            "Set the archived-log clean-up under its new name in the backup agent configuration "
            "of erp-db-01, and remove the backlog with a verified backup run.",
            owner=SENIOR,
            due=self.when(24 * 60),
            other_systems=["Kessler Pumpen quality system QAS (also on agent 9.2)"],
        )
        sweep = self.lead.add_action(
            iid,
            ActionKind.PREVENTIVE,
            "Check every host upgraded to backup agent 9.2 for the renamed clean-up setting, fix "
            "it where needed, and confirm that archive usage falls after the next backup.",
            owner=SENIOR,
            due=self.when(2 * 24 * 60),
            other_systems=[
                "ERP database hosts of three other hosted customers on agent 9.2",
                "Internal billing database",
                "Monitoring database",
            ],
        )
        self.at(257)
        self.lead.add_action(
            iid,
            ActionKind.PREVENTIVE,
            "Route the disk-space and response-time alerts of all hosted databases to the on-call "
            "queue, retire the former database team's mailbox as an alert target, and prove every "
            "route with a test alert.",
            owner="Jan Hoffmann (monitoring team)",
            due=self.when(7 * 24 * 60),
            other_systems=["All 46 hosted databases", "Storage arrays", "Backup servers"],
        )
        self.lead.add_action(
            iid,
            ActionKind.PREVENTIVE,
            "Add to the upgrade procedure for agents (backup, monitoring, antivirus): compare the "
            "effective configuration before and after on a test system first, and watch disk "
            "usage for two days after the upgrade.",
            owner="Sabine Roth (change management)",
            due=self.when(14 * 24 * 60),
            other_systems=["Monitoring agent roll-out", "Antivirus agent roll-out"],
        )
        self.at(260)
        self.lead.add_action(
            iid,
            ActionKind.CORRECTIVE,
            "Agree with Kessler's MES team on an automatic retry for order messages that fail "
            "because the ERP database is unavailable.",
            owner=f"{DIAGNOSTICIAN}, with Stefan Albers (Kessler IT)",
            due=self.when(21 * 24 * 60),
            other_systems=["ERP to warehouse interface, Graz", "ERP to EDI interface, suppliers"],
        )
        self.lead.add_action(
            iid,
            ActionKind.CORRECTIVE,
            "Send the cause-and-corrective-action report to Kessler Pumpen.",
            owner=LEAD,
            due=self.when(3 * 24 * 60),
            other_systems=["none: a report, not a system change"],
        )
        self.at(262)
        self.senior.set_action_status(
            iid, sweep, ActionStatus.IN_PROGRESS, "list of hosts on agent 9.2 pulled: 17 hosts"
        )
        self.at(275)
        self.senior.set_action_status(
            iid,
            cleanup,
            ActionStatus.DONE,
            f"Clean-up set under the new name; the backup run started at {t(190)} removed the "
            "backlog and /arch is at 22 %.",
        )


def create_demo_incident(
    room: WarRoom, *, now: datetime | None = None, live_at_minute: float | None = None
) -> int:
    """Create a realistic sample incident; return its id.

    By default the story is told to the end: a resolved, fully filled record.
    With ``live_at_minute`` it stops that many minutes after the outage began,
    and that moment is ``now``: a live incident, mid-diagnosis, to work on.
    """
    end = utc(now) if now is not None else datetime.now(UTC)
    if live_at_minute is None:
        return _Story(room, end - LOOKBACK).tell()
    return _Story(room, end - timedelta(minutes=live_at_minute), stop=live_at_minute).tell()


class _StoryPaused(Exception):
    """The live demo has reached ``now``."""
