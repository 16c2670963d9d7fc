"""The sample customer's services and what depends on what, so the lead sees a blast radius.

Added once to the room's catalogue (a service the catalogue already holds is left as
the team wrote it): the catalogue is the team's reference data, not part of a record.
"""

from __future__ import annotations

from warroom.core.catalogue import Service
from warroom.demo.story import Story

DATABASE = "ERP PRD database (host erp-db-01)"
APPLICATION = "ERP production system PRD (application servers)"
INTERFACE = "ERP to MES order interface, plant Ulm"
DBA = "Kessler ERP database team"

SERVICES = (
    Service(
        "Storage array SAN-2",
        owner="Data centre operations",
        oncall="storage on-call",
        tier="1",
        description="The array under the ERP database hosts in the first data centre.",
    ),
    Service(
        DATABASE,
        owner=DBA,
        oncall="database on-call",
        tier="1",
        description="Oracle database of the ERP production system.",
        components=("Oracle 19c", "archive log area /arch"),
        depends_on=("Storage array SAN-2",),
    ),
    Service(
        "Standby database of PRD, second data centre",
        owner=DBA,
        tier="1",
        description="Kept in step by shipping the archived logs.",
        components=("Oracle 19c",),
        depends_on=(DATABASE,),
    ),
    Service(
        "Backup service (agent 9.2 on erp-db-01)",
        owner="Backup team",
        tier="2",
        components=("backup agent 9.2",),
        depends_on=(DATABASE,),
    ),
    Service(
        APPLICATION,
        owner="Kessler ERP application team",
        oncall="ERP on-call",
        tier="1",
        depends_on=(DATABASE,),
    ),
    Service(
        INTERFACE,
        owner="Kessler integration team",
        tier="1",
        depends_on=(APPLICATION,),
    ),
    Service(
        "MES plant Ulm",
        owner="Plant Ulm IT",
        tier="1",
        description="Releases production orders to the assembly lines.",
        depends_on=(INTERFACE,),
    ),
    Service(
        "Warehouse management Graz",
        owner="Plant Graz IT",
        tier="2",
        depends_on=(APPLICATION,),
    ),
    Service("Shipping Brno", owner="Plant Brno IT", tier="2", depends_on=(APPLICATION,)),
)


def play(story: Story) -> None:
    held = story.lead.catalogue()
    for service in SERVICES:
        if held.get(service.name) is None:
            story.lead.save_service(service)
