"""Write tests/fixtures/incidents/*.json: public postmortems as foreign incidents.

Usage (from the repository root):

    python tools/make_corpus.py          write the files
    python tools/make_corpus.py --check  exit 1 if a file is not what this tool writes

Each incident below is written down from its public postmortem, facts only and
in our own words: times, durations, what failed, the root cause and how it was
shown, what was considered and done, and the actions promised. Times are
written as the source gives them, in the source's zone (``zone``), and the
files carry them in UTC. A time the source does not give to the minute is
marked ``~`` and becomes ``approximate`` in the record, and the report prints
it as "about 14:20"; where a source gives a day but no hour, the hour put here
is marked ``~`` too, and the summary says so. The facts were first written
from memory and then re-read against each source: what could not be confirmed
to the minute (the S3 dashboard's return, the hours of Atlassian's
restorations, every Facebook time, which comes from outside observation) is
marked approximate rather than presented as exact. The files are foreign
incidents (format version 2, no hash chain, no state sections): ``warroom
import`` writes them with a fresh chain. Review the facts here, not in the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "incidents"
NAMESPACE = uuid.UUID("6f1c7d0e-6a55-4c62-9a53-0d8e3f5c2b11")
GENERATOR = "tools/make_corpus.py (public postmortems, written down by hand)"


@dataclass
class Incident:
    """One postmortem, told as events at the times (in ``zone``) the source gives."""

    slug: str
    zone: str
    author: str
    events: list[dict[str, Any]] = field(default_factory=list)
    status: str = "declared"
    levels: dict[str, str] = field(default_factory=dict)  # each phase's level, by key

    # -- times ----------------------------------------------------------------

    def time(self, text: str) -> tuple[str, bool]:
        """``"2017-02-28 09:37"`` in the source's zone as UTC; ``~`` first: approximate."""
        rough = text.startswith("~")
        local = datetime.strptime(text.lstrip("~"), "%Y-%m-%d %H:%M")
        instant = local.replace(tzinfo=ZoneInfo(self.zone)).astimezone(UTC)
        return instant.strftime("%Y-%m-%dT%H:%M:%SZ"), rough

    def uid(self, key: str) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.slug}/{key}"))

    def add(self, when: str, kind: str, payload: dict[str, Any]) -> None:
        at, rough = self.time(when)
        if rough:
            payload = {**payload, "approximate": True}
        self.events.append(
            {"at": at, "kind": kind, "author": self.author, "role": "", "payload": payload}
        )

    # -- what happened ----------------------------------------------------------

    def declare(
        self,
        when: str,
        title: str,
        *,
        what: str,
        who: str,
        started: str,
        detected: str | None = None,
        count: int | None = None,
        extent: str = "",
        services: tuple[str, ...] = (),
        summary: str = "",
    ) -> None:
        start, start_rough = self.time(started)
        found, found_rough = self.time(detected) if detected else (None, False)
        rough = [name for name, r in (("started", start_rough), ("detected", found_rough)) if r]
        self.add(
            when,
            "incident.declared",
            {
                "uid": self.uid("incident"),
                "title": title,
                "priority": "Blocker",
                "mode": "real",
                "summary": summary,
                "impact_what": what,
                "impact_who": who,
                "impact_count": count,
                "impact_extent": extent,
                "impact_since": start,
                "services": list(services),
                "started_at": start,
                "detected_at": found,
                "time_zone": self.zone,
                "approximate_times": rough,
            },
        )

    def note(self, when: str, text: str, entry: str = "note") -> None:
        self.add(when, "entry", {"entry": entry, "text": text})

    def status_to(self, when: str, status: str, note: str = "") -> None:
        self.add(when, "incident.status_changed", {"from": self.status, "to": status, "note": note})
        self.status = status

    def moment(self, when: str, moment: str, note: str = "") -> None:
        at, rough = self.time(when)
        self.add(
            when,
            "incident.key_moment",
            {"moment": moment, "at": at, "approximate": rough, "note": note},
        )

    def escalate(self, when: str, to: str, note: str = "") -> None:
        self.add(when, "incident.escalated", {"to": to, "note": note})

    def page(self, when: str, who: str) -> None:
        self.add(when, "oncall.paged", {"who": who, "level": "primary"})

    def phase(self, when: str, key: str, level: str, what: str, extent: str = "") -> None:
        at, rough = self.time(when)
        self.levels[key] = level
        self.add(
            when,
            "impact.phase_began",
            {
                "uid": self.uid(f"phase/{key}"),
                "level": level,
                "what": what,
                "extent": extent,
                "count": None,
                "at": at,
                "approximate": rough,
            },
        )

    def phase_end(self, when: str, key: str, note: str = "") -> None:
        at, rough = self.time(when)
        self.add(
            when,
            "impact.phase_ended",
            # The level, as the app writes it: "Outage ends", not a guess.
            {
                "uid": self.uid(f"phase/{key}"),
                "level": self.levels[key],
                "at": at,
                "approximate": rough,
                "note": note,
            },
        )

    def update(self, when: str, key: str, text: str, channel: str, final: bool = False) -> None:
        # No source below states when its next update would come: none is promised here.
        self.add(
            when,
            "update.posted",
            {
                "uid": self.uid(f"update/{key}"),
                "audience": "customers",
                "phase": self.status,
                "text": text,
                "channel": channel,
                "next_update_at": None,
                "final": final,
                "delivery": "sent",
            },
        )

    def remedy(self, when: str, key: str, description: str, decision: str, reason: str) -> None:
        self.add(
            when,
            "remedy.considered",
            {
                "uid": self.uid(f"remedy/{key}"),
                "description": description,
                "decision": decision,
                "reason": reason,
            },
        )

    def resolve(self, when: str, what_was_done: str) -> None:
        # Said as a note: a resolution's summary would replace the declaration's, which
        # says what the source does and does not give.
        self.note(when, what_was_done)
        self.add(when, "incident.resolved", {"from": self.status, "summary": ""})
        self.status = "resolved"

    def root_cause(
        self,
        when: str,
        cause: str,
        *,
        how_proven: str,
        category: str,
        assumptions: str = "",
        alternatives: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.add(
            when,
            "root_cause.set",
            {
                "cause": cause,
                "category": category,
                "how_proven": how_proven,
                "assumptions": assumptions,
                "alternatives": [{"cause": c, "why_rejected": w} for c, w in alternatives],
            },
        )

    def action(
        self, when: str, key: str, kind: str, text: str, other_systems: tuple[str, ...] = ()
    ) -> None:
        self.add(
            when,
            "action.added",
            {
                "uid": self.uid(f"action/{key}"),
                "kind": kind,
                "text": text,
                "owner": "",
                "due": None,
                "other_systems": list(other_systems),
            },
        )

    def source(self, when: str, key: str, title: str, url: str, note: str = "") -> None:
        self.add(
            when,
            "source.added",
            {"uid": self.uid(f"source/{key}"), "title": title, "url": url, "note": note},
        )

    def document(self) -> dict[str, Any]:
        return {
            "format": "warroom-incident",
            "version": 2,
            "generator": GENERATOR,
            "timeline": self.events,
        }


# -- Amazon S3, us-east-1, 2017-02-28 (times in PST) -------------------------------------


def aws_s3() -> Incident:
    i = Incident("2017-02-28-aws-s3-us-east-1", "America/Los_Angeles", "Amazon Web Services")
    i.declare(
        "~2017-02-28 09:37",
        "Amazon S3 disruption in US-EAST-1 (Northern Virginia)",
        what="S3 in US-EAST-1 could not serve GET, LIST, PUT or DELETE requests; AWS services "
        "in the region that depend on S3 were impaired",
        who="Customers of S3 in US-EAST-1, and of the services that use it there: the S3 "
        "console, new EC2 instance launches, EBS volumes that needed data from an S3 snapshot, "
        "AWS Lambda",
        extent="all S3 requests in one region (US-EAST-1)",
        services=("Amazon S3 (US-EAST-1)", "S3 console", "EC2 launches", "EBS", "AWS Lambda"),
        started="2017-02-28 09:37",
        summary="A mistyped input to an established playbook command removed far more servers "
        "than meant, among them the servers of S3's index and placement subsystems; both had "
        "to be restarted in full. The source gives no time of detection or declaration: the "
        "declaration is put at the start and marked approximate. Nor does it time the choice "
        "to restart, or the dashboard's return to per-service status: both are approximate.",
    )
    i.note(
        "2017-02-28 09:37",
        "An authorised S3 team member, following an established playbook, ran a command meant "
        "to remove a small number of servers from one of the S3 subsystems used by the billing "
        "process. One of its inputs was entered incorrectly, and a larger set of servers was "
        "removed.",
    )
    i.phase(
        "2017-02-28 09:37",
        "outage",
        "outage",
        "S3 cannot serve requests while its index and placement subsystems restart",
        "all S3 requests in US-EAST-1",
    )
    i.note(
        "2017-02-28 09:37",
        "The removed servers supported two other subsystems: the index subsystem (the metadata "
        "and location of every S3 object in the region, needed for GET, LIST, PUT and DELETE) "
        "and the placement subsystem (allocates storage for new objects, needed for PUT). Each "
        "needed a full restart, during which S3 could not serve requests.",
    )
    i.remedy(
        "~2017-02-28 09:37",
        "restart",
        "Restart the index and placement subsystems in full",
        "chosen",
        "with their servers removed, both subsystems needed a full restart (the summary gives "
        "no other way); it took longer than expected, as they had not been fully restarted in "
        "the larger regions for many years while S3 grew",
    )
    i.note(
        "~2017-02-28 11:37",
        "Until now the Service Health Dashboard could not show the individual services' "
        "status: its administration console depends on S3. Updates went out in a banner on "
        "the dashboard and on Twitter (@awscloud).",
    )
    i.update(
        "~2017-02-28 11:37",
        "dashboard",
        "The individual services' status is shown on the Service Health Dashboard again (in "
        "our words: the first per-service update of the dashboard during the event).",
        "status page",
    )
    i.phase_end("2017-02-28 12:26", "outage", "the index subsystem serves GET, LIST and DELETE")
    i.moment("2017-02-28 12:26", "mitigated", "the index subsystem serves GET, LIST and DELETE")
    i.phase(
        "2017-02-28 12:26",
        "reads",
        "degraded",
        "GET, LIST and DELETE served again as the index subsystem recovers; PUT still fails "
        "until the placement subsystem recovers",
    )
    i.phase_end("2017-02-28 13:18", "reads", "the index subsystem has fully recovered")
    i.phase(
        "2017-02-28 13:18",
        "writes",
        "degraded",
        "GET, LIST and DELETE work normally; PUT recovers as the placement subsystem does",
    )
    i.phase_end("2017-02-28 13:54", "writes", "the placement subsystem has recovered")
    i.resolve(
        "2017-02-28 13:54",
        "The placement subsystem finished recovering; S3 operated normally again.",
    )
    i.update(
        "~2017-03-02 09:00",
        "summary",
        "Published the summary of the S3 disruption: what happened, why, and the changes made.",
        "website",
        final=True,
    )
    i.root_cause(
        "~2017-03-02 09:00",
        "An input mistyped into an established playbook command removed far more capacity than "
        "intended, including servers of the index and placement subsystems; the tool let "
        "capacity be removed below what the subsystems need, and their full restart took hours.",
        how_proven="AWS's analysis of the command that was run and of the subsystems' restart, "
        "published in its summary",
        category="operational tooling: unsafe capacity removal",
    )
    i.action(
        "~2017-03-02 09:00",
        "tool",
        "corrective",
        "Change the capacity-removal tool to remove capacity more slowly and to refuse to take "
        "any subsystem below its minimum required capacity",
        ("other operational tools (audited for similar safety checks)",),
    )
    i.action(
        "~2017-03-02 09:00",
        "cells",
        "preventive",
        "Partition the index subsystem further into smaller cells, so that a restart takes "
        "less time (work planned for later in the year, brought forward)",
    )
    i.action(
        "~2017-03-02 09:00",
        "dashboard",
        "preventive",
        "Run the Service Health Dashboard's administration console across several AWS regions",
    )
    i.source(
        "~2017-03-02 09:00",
        "aws",
        "Summary of the Amazon S3 Service Disruption in the Northern Virginia (US-EAST-1) Region",
        "https://aws.amazon.com/message/41926/",
        "AWS's own summary; times in PST",
    )
    return i


# -- GitHub, 2018-10-21 (times in UTC) ----------------------------------------------------


def github() -> Incident:
    i = Incident("2018-10-21-github", "UTC", "GitHub")
    i.declare(
        "2018-10-21 23:09",
        "GitHub.com degraded for 24 hours: inconsistent data after a 43-second network partition",
        what="GitHub.com showed out-of-date and inconsistent data; webhooks and GitHub Pages "
        "builds were held back",
        who="Users of GitHub.com",
        extent="the whole site; about 5 million webhook events and 80,000 Pages builds queued",
        services=("GitHub.com", "webhooks", "GitHub Pages"),
        started="2018-10-21 22:52",
        detected="2018-10-21 22:54",
        summary="Maintenance cut the network between the US East Coast hub and the primary East "
        "Coast data center for 43 seconds; the MySQL topology manager promoted primaries in the "
        "West Coast, and both sites then held writes the other lacked. GitHub chose to restore "
        "from backups and keep every write, at the cost of 24 hours 11 minutes of degradation. "
        "The declaration is the site's status going yellow, which escalated automatically.",
    )
    i.note(
        "2018-10-21 22:52",
        "Routine maintenance to replace failing 100G optical equipment cut the connection "
        "between the US East Coast network hub and the primary US East Coast data center for "
        "43 seconds.",
    )
    i.phase(
        "2018-10-21 22:52",
        "inconsistent",
        "degraded",
        "The site serves out-of-date and inconsistent data; database primaries sit on the other "
        "coast; from 23:19 webhooks and Pages builds are paused",
    )
    i.note(
        "~2018-10-21 22:53",
        "Orchestrator, which manages the MySQL cluster topologies, promoted primaries in the US "
        "West Coast data center during the partition; when the network came back, the "
        "application tier wrote to them. Each site now held writes the other lacked.",
    )
    i.note("2018-10-21 22:54", "Internal monitoring began alerting on numerous faults.")
    i.note(
        "2018-10-21 23:02",
        "The first responders found the topologies of many database clusters in an unexpected "
        "state.",
    )
    i.note(
        "2018-10-21 23:07",
        "Lock the internal deployment tooling, so that no further changes are made.",
        "decision",
    )
    i.update("2018-10-21 23:09", "yellow", "Site status set to yellow (degraded).", "status page")
    i.status_to("2018-10-21 23:09", "investigating")
    i.escalate("2018-10-21 23:11", "the incident coordinator", "the incident coordinator joined")
    i.update("2018-10-21 23:13", "red", "Site status set to red.", "status page")
    i.page("2018-10-21 23:13", "GitHub database engineering team")
    i.note(
        "2018-10-21 23:19",
        "Stop the job processing that writes metadata (webhooks, GitHub Pages builds), to keep "
        "the data intact, knowingly degrading the site further.",
        "decision",
    )
    i.status_to("2018-10-22 00:05", "identified")
    i.remedy(
        "2018-10-22 00:05",
        "fail-back",
        "Fail the database primaries back to the US East Coast at once",
        "rejected",
        "the writes accepted by the West Coast primaries had not all reached the East Coast: "
        "they would have been lost",
    )
    i.remedy(
        "2018-10-22 00:05",
        "stay-west",
        "Keep the database primaries in the US West Coast",
        "rejected",
        "the applications in the East Coast data center could not work well with every write "
        "crossing the country",
    )
    i.remedy(
        "2018-10-22 00:05",
        "restore",
        "Restore the affected clusters from backups in the US East Coast, replicate the writes "
        "made in the West, fail back, then resume the queued jobs",
        "chosen",
        "keeps every user's data (data integrity before site usability and time to recovery)",
    )
    i.update(
        "2018-10-22 00:05",
        "failover",
        "A controlled failover of an internal data storage system will be carried out.",
        "status page",
    )
    i.note("2018-10-22 00:41", "Restoring the backups of all affected MySQL clusters began.")
    i.status_to("2018-10-22 00:41", "mitigating")
    i.note(
        "2018-10-22 06:51",
        "Several clusters had finished restoring in the US East Coast and began replicating the "
        "new data from the West Coast.",
    )
    i.update(
        "2018-10-22 07:46",
        "blog",
        "Blog post published with more about the incident and the recovery.",
        "blog",
    )
    i.note("2018-10-22 11:12", "All database primaries were in the US East Coast again.")
    i.note(
        "~2018-10-22 13:15",
        "Approaching the daily peak of traffic: read replicas added in a public cloud to carry "
        "the load while the replicas caught up.",
    )
    i.phase_end("2018-10-22 16:24", "inconsistent", "failover to the original topology")
    i.moment("2018-10-22 16:24", "mitigated", "failover to the original topology")
    i.phase(
        "2018-10-22 16:24",
        "backlog",
        "degraded",
        "The site is consistent again; webhooks and Pages builds still wait in the queue",
        "about 5 million webhook events and 80,000 Pages builds",
    )
    i.status_to("2018-10-22 16:45", "monitoring", "processing the backlog")
    i.note(
        "2018-10-22 16:45",
        "Processing of the backlog began: about 5 million webhook events and 80,000 Pages builds.",
    )
    i.phase_end("2018-10-22 23:03", "backlog", "all queued webhooks and Pages builds processed")
    i.resolve(
        "2018-10-22 23:03",
        "Every pending webhook and Pages build processed; the integrity and proper operation "
        "of all systems confirmed.",
    )
    i.update("2018-10-22 23:03", "green", "Site status set to green.", "status page", final=True)
    i.root_cause(
        "~2018-10-30 12:00",
        "A 43-second loss of connectivity during maintenance made Orchestrator promote database "
        "primaries in the US West Coast; writes then landed in both data centers, leaving each "
        "with writes the other lacked, and the application tier could not run well against "
        "primaries across the country.",
        how_proven="GitHub's post-incident analysis of the timeline, Orchestrator's decisions "
        "and the database topologies",
        category="automated failover across regions",
        assumptions="Orchestrator was configured to allow promotion across regions; the "
        "application tier had not been built for the latency of a cross-country primary.",
    )
    i.action(
        "~2018-10-30 12:00",
        "orchestrator",
        "corrective",
        "Configure Orchestrator so that it does not promote database primaries across regional "
        "boundaries",
    )
    i.action(
        "~2018-10-30 12:00",
        "status",
        "preventive",
        "Move to a status reporting that can say which components are affected, in more detail",
    )
    i.action(
        "~2018-10-30 12:00",
        "redundancy",
        "preventive",
        "Serve GitHub from several data centers at once, so that losing one does not degrade "
        "the site",
    )
    i.action(
        "~2018-10-30 12:00",
        "validate",
        "preventive",
        "Test failure scenarios systematically before they happen in production",
    )
    i.source(
        "~2018-10-30 12:00",
        "github",
        "October 21 post-incident analysis",
        "https://github.blog/2018-10-30-oct21-post-incident-analysis/",
        "GitHub's own analysis; times in UTC",
    )
    return i


# -- Fastly, 2021-06-08 (times in UTC) -----------------------------------------------------


def fastly() -> Incident:
    i = Incident("2021-06-08-fastly", "UTC", "Fastly")
    i.declare(
        "~2021-06-08 09:48",
        "Fastly's CDN returns errors worldwide after a valid customer configuration change",
        what="Sites and services served through Fastly's edge cloud returned errors",
        who="Fastly's customers and their users, worldwide",
        extent="85 % of Fastly's network returned errors",
        services=("Fastly edge cloud (CDN)",),
        started="2021-06-08 09:47",
        detected="2021-06-08 09:48",
        summary="A software deployment on 12 May had introduced a bug that a specific customer "
        "configuration could trigger under specific circumstances; a customer's valid change "
        "triggered it. The source gives no declaration time: put at detection, approximate.",
    )
    i.phase(
        "2021-06-08 09:47",
        "errors",
        "outage",
        "Requests through Fastly fail with errors",
        "85 % of the network",
    )
    i.note(
        "2021-06-08 09:47",
        "A customer pushed a valid configuration change that met the specific circumstances "
        "triggering a bug introduced with a software deployment on 12 May.",
    )
    i.note("2021-06-08 09:48", "Fastly's monitoring identified the global disruption.")
    i.status_to("2021-06-08 09:58", "investigating")
    i.update(
        "2021-06-08 09:58",
        "first",
        "Status post published: Fastly is investigating an issue with its services.",
        "status page",
    )
    i.note("2021-06-08 10:27", "Engineering identified the customer configuration.")
    i.status_to("2021-06-08 10:27", "identified")
    i.remedy(
        "2021-06-08 10:27",
        "disable",
        "Disable the customer configuration that triggers the bug",
        "chosen",
        "stops the errors at once; the fix of the bug itself was deployed later the same day",
    )
    i.phase_end("2021-06-08 10:36", "errors", "impacted services began to recover")
    i.phase(
        "2021-06-08 10:36",
        "recovery",
        "degraded",
        "Services recover; within 49 minutes of the onset 95 % of the network works normally",
    )
    i.status_to("2021-06-08 10:36", "mitigating")
    i.note("2021-06-08 11:00", "The majority of services had recovered.")
    i.phase_end("2021-06-08 12:35", "recovery", "incident mitigated")
    i.moment("2021-06-08 12:35", "mitigated")
    i.resolve("2021-06-08 12:44", "The configuration that triggered the bug was disabled.")
    i.update(
        "2021-06-08 12:44",
        "resolved",
        "Status post resolved.",
        "status page",
        final=True,
    )
    i.note("2021-06-08 17:25", "Deployment of the bug fix began.")
    i.root_cause(
        "~2021-06-08 20:00",
        "A bug introduced by a software deployment on 12 May, which a valid customer "
        "configuration could trigger under specific circumstances; a customer's change on "
        "8 June triggered it and 85 % of the network returned errors.",
        how_proven="Engineering traced the onset to the customer's configuration change; "
        "disabling that configuration ended the errors, and the bug it triggered was fixed",
        category="latent software bug",
    )
    i.action(
        "~2021-06-08 20:00",
        "fix",
        "corrective",
        "Deploy the bug fix across the whole network",
    )
    i.action(
        "~2021-06-08 20:00",
        "testing",
        "preventive",
        "Find out why the bug was not caught in testing before the May deployment",
    )
    i.action(
        "~2021-06-08 20:00",
        "remediation",
        "preventive",
        "Evaluate ways to shorten the time to remediate",
    )
    i.source(
        "~2021-06-08 20:00",
        "fastly",
        "Summary of June 8 outage",
        "https://www.fastly.com/blog/summary-of-june-8-outage",
        "Fastly's own summary, published the same day; times in UTC",
    )
    return i


# -- Facebook (Meta), 2021-10-04 (times in UTC, from outside observation) ------------------


def facebook() -> Incident:
    i = Incident("2021-10-04-facebook", "UTC", "Meta (Facebook)")
    i.declare(
        "~2021-10-04 15:40",
        "Facebook, Instagram, WhatsApp and Messenger unreachable: the backbone was disconnected",
        what="Facebook's apps and websites could not be reached, and neither could the "
        "company's internal tools",
        who="Everyone using Facebook, Instagram, WhatsApp or Messenger, and Facebook's own staff",
        extent="every Facebook app, worldwide",
        services=("Facebook", "Instagram", "WhatsApp", "Messenger", "internal tools"),
        started="~2021-10-04 15:40",
        summary="A command run during routine maintenance took down every connection of the "
        "backbone; Facebook's DNS servers then withdrew their routes and the apps vanished from "
        "the internet for about six hours. Facebook's posts give no minute times: the times "
        "here are those observed from outside (Cloudflare's routing data) and are approximate. "
        "Messages posted on social media during the outage are not recorded here.",
    )
    i.phase(
        "~2021-10-04 15:40",
        "unreachable",
        "outage",
        "The DNS servers are unreachable: no app and no internal tool can be reached",
        "every app, worldwide",
    )
    i.note(
        "~2021-10-04 15:40",
        "During routine maintenance, a command meant to assess the availability of global "
        "backbone capacity took down all connections of the backbone network, disconnecting "
        "Facebook's data centers from each other and from the internet. The audit tool meant to "
        "stop such commands had a bug and did not stop it.",
    )
    i.note(
        "~2021-10-04 15:40",
        "Facebook's DNS servers withdraw their BGP route advertisements when they cannot reach "
        "the data centers; they did, and the rest of the internet could no longer find "
        "Facebook's servers, although the DNS servers themselves were running.",
    )
    i.phase_end("~2021-10-04 21:00", "unreachable", "the backbone is restored; routes announced")
    i.moment("~2021-10-04 21:00", "mitigated", "routes announced again")
    i.phase(
        "~2021-10-04 21:00",
        "return",
        "degraded",
        "Services come back gradually while load is brought back in steps",
    )
    i.remedy(
        "~2021-10-04 21:00",
        "at-once",
        "Turn all services back on at once",
        "rejected",
        "a surge of traffic could crash systems again, and swings of power draw in the range of "
        "tens of megawatts put the data centers' electrical systems at risk",
    )
    i.remedy(
        "~2021-10-04 21:00",
        "gradual",
        "Bring the services back gradually",
        "chosen",
        "keeps the load and the power draw of the data centers under control; rehearsed in "
        "earlier 'storm' drills",
    )
    i.phase_end("~2021-10-04 21:40", "return", "services back")
    i.resolve("~2021-10-04 21:40", "The backbone was reconnected and services brought back.")
    i.update(
        "~2021-10-04 23:00",
        "update",
        "Update about the outage published on the engineering blog: a faulty configuration "
        "change was the cause.",
        "blog",
    )
    i.note(
        "~2021-10-05 16:00",
        "During the outage the engineers could not reach the data centers by the usual means: "
        "the network was down, and with it the internal tools. Engineers went on site, where "
        "the physical and system security of the hardware made it slow to work on.",
    )
    i.update(
        "~2021-10-05 16:00",
        "details",
        "More details about the outage published: what happened, and how services came back.",
        "blog",
        final=True,
    )
    i.root_cause(
        "~2021-10-05 16:00",
        "A command issued during routine maintenance to assess global backbone capacity took "
        "down every backbone connection; a bug in the audit tool let it through; the DNS "
        "servers, unable to reach the data centers, withdrew their BGP routes.",
        how_proven="Facebook's own analysis of the maintenance command, the audit tool and the "
        "DNS servers' behaviour, published the next day",
        category="configuration change: network",
        alternatives=(
            (
                "A malicious attack",
                "Facebook stated the cause was a faulty configuration change and that there "
                "was no malicious activity behind the outage",
            ),
        ),
    )
    i.action(
        "~2021-10-05 16:00",
        "review",
        "preventive",
        "Review the outage to make the systems more resilient, weighing the security that "
        "slowed the recovery against the speed of recovering",
    )
    i.source(
        "~2021-10-04 23:00",
        "update",
        "Update about the October 4th outage",
        "https://engineering.fb.com/2021/10/04/networking-traffic/outage/",
        "Facebook's first statement",
    )
    i.source(
        "~2021-10-05 16:00",
        "details",
        "More details about the October 4 outage",
        "https://engineering.fb.com/2021/10/05/networking-traffic/outage-details/",
        "Facebook's account of the cause and of the recovery",
    )
    i.source(
        "~2021-10-05 16:00",
        "cloudflare",
        "Understanding How Facebook Disappeared from the Internet",
        "https://blog.cloudflare.com/october-2021-facebook-outage/",
        "the times of the routes' withdrawal and return, observed from outside (UTC)",
    )
    return i


# -- Atlassian, April 2022 (times in UTC) ----------------------------------------------------


def atlassian() -> Incident:
    i = Incident("2022-04-05-atlassian", "UTC", "Atlassian")
    i.declare(
        "~2022-04-05 08:17",
        "Atlassian cloud sites deleted by a maintenance script: up to 14 days without access",
        what="The customers' Atlassian cloud sites (Jira, Confluence, Opsgenie and the other "
        "products) had been deleted: they could not use them at all",
        who="775 customers, with 883 sites",
        count=775,
        extent="775 customers (883 sites); a subset without access for up to 14 days",
        services=("Jira", "Confluence", "Jira Service Management", "Opsgenie"),
        started="2022-04-05 07:38",
        detected="~2022-04-05 08:17",
        summary="A script run to delete the data of a legacy app was given the IDs of whole "
        "sites and run in its permanent-deletion mode. Sites were restored from backups one by "
        "one: the first on 8 April, the last on 18 April. The times of detection, declaration "
        "and restoration are not given to the minute in the review and are approximate. The "
        "status-page updates posted during the outage are not recorded here: the review does "
        "not give their times. For the restorations the review gives days (8 and 18 April), "
        "not hours: noon UTC is put for each, marked approximate.",
    )
    i.phase(
        "2022-04-05 07:38",
        "deleted",
        "outage",
        "Deleted sites: no product of the site can be used",
        "883 sites of 775 customers",
    )
    i.note(
        "2022-04-05 07:38",
        "A maintenance script meant to delete the data of a legacy standalone app (Insight - "
        "Asset Management, by then built into Jira Service Management) was given the IDs of "
        "the customers' whole sites instead of the app's IDs, and run in the mode that deletes "
        "permanently rather than the recoverable one.",
    )
    i.note("~2022-04-05 08:01", "The script finished: 883 sites were deleted.")
    i.status_to("~2022-04-05 08:17", "investigating")
    i.remedy(
        "~2022-04-05 12:00",
        "rollback",
        "Roll the shared databases back to a backup taken before the deletion",
        "rejected",
        "the databases are shared by many customers: a rollback would have lost the data that "
        "customers not affected had written since",
    )
    i.remedy(
        "~2022-04-05 12:00",
        "per-site",
        "Restore the deleted sites from backups, site by site and in batches, into the live "
        "environment",
        "chosen",
        "keeps everyone else's data; slow, because each site's data is spread over many "
        "services (later sped up with automation)",
    )
    i.status_to("~2022-04-05 12:00", "mitigating")
    i.note(
        "~2022-04-29 12:00",
        "The deletion had also removed the contact details of the sites' administrators, so "
        "Atlassian could not reach many affected customers at first.",
    )
    i.phase_end("~2022-04-08 12:00", "deleted", "the first customers' sites restored")
    i.moment("~2022-04-08 12:00", "mitigated", "the first sites restored")
    i.phase(
        "~2022-04-08 12:00",
        "batches",
        "degraded",
        "Sites restored in batches: some customers have their sites back, the others still wait",
        "the remaining customers of the 775",
    )
    i.phase_end("~2022-04-18 12:00", "batches", "all sites restored")
    i.resolve("~2022-04-18 12:00", "All deleted sites restored from backups.")
    i.update(
        "~2022-04-29 12:00",
        "review",
        "Post-incident review published.",
        "blog",
        final=True,
    )
    i.root_cause(
        "~2022-04-29 12:00",
        "A script run to delete a legacy app's data was given site IDs instead of app IDs, and "
        "run in its permanent-deletion mode; nothing checked what the IDs named, and the "
        "deletion could not be undone.",
        how_proven="Atlassian's post-incident review of the request, of the script's run and "
        "of the data deleted",
        category="operational script: unsafe deletion",
        alternatives=(
            (
                "A cyberattack",
                "Atlassian stated that the outage was not the result of a cyberattack and that "
                "no customer data was accessed without authorisation",
            ),
        ),
    )
    i.action(
        "~2022-04-29 12:00",
        "soft-deletes",
        "preventive",
        "Make deletions recoverable everywhere (universal soft deletes) before data is removed "
        "for good",
        ("every Atlassian cloud system that deletes data",),
    )
    i.action(
        "~2022-04-29 12:00",
        "restoration",
        "corrective",
        "Automate restoring many sites and products at once, to restore large numbers of "
        "customers quickly",
        ("all cloud products",),
    )
    i.action(
        "~2022-04-29 12:00",
        "process",
        "preventive",
        "Improve the incident management process for large-scale incidents",
    )
    i.action(
        "~2022-04-29 12:00",
        "communication",
        "preventive",
        "Improve communication with customers during incidents, including when the "
        "administrators' contact details are lost",
    )
    i.source(
        "~2022-04-29 12:00",
        "atlassian",
        "Post-Incident Review on the Atlassian April 2022 outage",
        "https://www.atlassian.com/engineering/post-incident-review-april-2022-outage",
        "Atlassian's own review; times in UTC",
    )
    return i


CORPUS = (aws_s3, github, fastly, facebook, atlassian)


def render(incident: Incident) -> str:
    return json.dumps(incident.document(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = 0
    for build in CORPUS:
        incident = build()
        path = FOLDER / f"{incident.slug}.json"
        text = render(incident)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale += 1
        if args.check:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/make_corpus.py")
        else:
            FOLDER.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
