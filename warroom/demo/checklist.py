"""Minute 26: the diagnostician's checklist of what to find out, and why.

Later phases tick the items by their key (``story.checklist["scope"]``).
"""

from __future__ import annotations

from dataclasses import dataclass

from warroom.demo.story import Story


@dataclass(frozen=True)
class Item:
    key: str
    section: str
    title: str
    need: str
    why: str
    use: str
    next_step: str


ITEMS = (
    Item(
        key="error",
        section="Symptoms",
        title="Exact error message and time of the first failed save",
        need="A screenshot of the message a user sees on saving, the user ID and the time of the "
        "first failure.",
        why="The message and the minute show in which layer a save stops and when the trouble "
        "began.",
        use="We look up that user at that minute in the application and database logs.",
        next_step="We report on the bridge within 20 minutes what the logs show.",
    ),
    Item(
        key="works",
        section="Symptoms",
        title="What still works: log-on, display, reports, printing, saving",
        need="Three users in different plants log on, display an order, run a report and save "
        "one change.",
        why="What still works separates the broken part from the healthy ones.",
        use="It fills the IS and IS NOT columns of the problem specification.",
        next_step="We narrow the hypotheses to the parts that only the failing functions use.",
    ),
    Item(
        key="scope",
        section="Scope",
        title="Plants and lines affected, and how long each can keep producing",
        need="Per plant: is production running, and until when do the released orders last?",
        why="It gives the business deadline, not only the technical state.",
        use="It sets the priority, the update cadence and the order of recovery.",
        next_step="The deadlines go into the record and into every customer update.",
    ),
    Item(
        key="our_changes",
        section="Changes",
        title="Our changes in the last 7 days: hosting, database, storage, backup, ERP",
        need="Every change ticket for the PRD hosts and the shared infrastructure since last week.",
        why="Most outages follow a change; a change near the start is the first suspect.",
        use="Each change is held against the problem specification before anyone acts on it.",
        next_step="Changes that fit the specification become hypotheses with a test.",
    ),
    Item(
        key="their_changes",
        section="Changes",
        title="Kessler's changes in the last 7 days: network, clients, MES, interfaces",
        need="Kessler's change list since last Monday.",
        why="A change on the customer's side could block saving as well as one on ours.",
        use="We compare it with the problem specification, as we do our own.",
        next_step="If nothing fits, we concentrate on our side and say so.",
    ),
    Item(
        key="processes",
        section="System",
        title="Application server work processes: how many are busy, what they wait for",
        need="A snapshot of all work processes on the three application servers.",
        why="It shows whether the system is overloaded or waiting for something.",
        use="It decides whether we look at the application or at the database.",
        next_step="We tell Kessler which layer we examine next.",
    ),
    Item(
        key="database",
        section="System",
        title="Database alert log, wait events and free space of every database file system",
        need="The alert log of the last 24 hours, the current wait events and a file-system "
        "listing of erp-db-01.",
        why="A database that accepts reads but holds writes says why in these three places.",
        use="It confirms or rules out the database hypotheses.",
        next_step="A confirmed cause gets a fix with a rollback plan, approved by the lead.",
    ),
    Item(
        key="mes_queue",
        section="System",
        title="Order messages from the ERP to the MES of line 2: queue and errors",
        need="The state of every order message sent to the line 2 MES since the outage began.",
        why="The line only runs on orders that reach its MES, whatever the ERP shows.",
        use="Failed messages are re-sent in order once the ERP saves again.",
        next_step="Kessler's MES team confirms on the line terminals what arrived.",
    ),
    Item(
        key="standby",
        section="System",
        title="Standby database in the second data centre: replication lag",
        need="The replication lag of the PRD standby database.",
        why="While the standby lags, PRD has no protection against a second failure.",
        use="It decides when the incident can be resolved.",
        next_step="We watch it until the lag is zero.",
    ),
)


def play(story: Story) -> None:
    story.at(26)
    for item in ITEMS:
        story.checklist[item.key] = story.diagnostician.add_checklist_item(
            story.incident_id,
            item.title,
            section=item.section,
            need=item.need,
            why=item.why,
            use=item.use,
            next_step=item.next_step,
        )
