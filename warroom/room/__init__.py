"""``WarRoom``: the one facade the UI, the command line and exercises call.

Every method that changes something is one transaction that writes the rows
and exactly one timeline event (``RoomBase._write`` and ``RoomBase._record``
in ``base.py``, the one place that opens it). Nothing here updates a view:
views learn of changes from the change feed like every other seat.

The methods live in one module per subject, in the users' words:

=================  ==========================================================
``incident``       declare, priority, status, business impact, key moments
``roles``          assign, hand over, release (rule 2)
``timeline``       the scribe's entries and corrections
``checklist``      the shared diagnostic-protocol checklist
``diagnosis``      problem specification, hypotheses, fix attempts (rule 4)
``communication``  customer requests, status updates, paging, escalation
``follow_up``      root cause and corrective/preventive actions (rules 6, 7)
``exercise``       the simulated clock and injects
``reading``        the incident list and summaries
``search``         search every incident; "seen this before?"
``catalogue``      the service catalogue, blast radius, who else needs the fix
=================  ==========================================================

Callers keep flat methods (``room.add_hypothesis(...)``), not sections
(``room.diagnosis.add_hypothesis(...)``). The reason is the design's second
rule: any person can take any role, and a role is not a slice of the API. The
lead records a fix attempt, the scribe marks a key moment, the communicator
pages the backup; a seat holds one handle and acts, and the subject a method
belongs to is for whoever changes the code, not for whoever calls it. The
sections are mixins over ``RoomBase`` so that each module stays small while
``WarRoom`` remains the one thing a seat holds and the one write path.

Layers: ``warroom.room`` imports ``warroom.core`` and ``warroom.store`` only;
the report, exchange, exercise, notify and UI layers sit above it.
"""

from __future__ import annotations

from warroom.room.base import default_seat
from warroom.room.catalogue import CatalogueActions
from warroom.room.checklist import ChecklistActions
from warroom.room.communication import CommunicationActions
from warroom.room.diagnosis import DiagnosisActions
from warroom.room.exercise import ExerciseActions
from warroom.room.follow_up import FollowUpActions
from warroom.room.incident import IncidentActions
from warroom.room.reading import IncidentSummary, ReadingActions
from warroom.room.roles import RoleActions
from warroom.room.search import SearchActions
from warroom.room.timeline import TimelineActions

__all__ = ["IncidentSummary", "WarRoom", "default_seat"]


class WarRoom(
    IncidentActions,
    RoleActions,
    TimelineActions,
    ChecklistActions,
    DiagnosisActions,
    CommunicationActions,
    FollowUpActions,
    ExerciseActions,
    ReadingActions,
    SearchActions,
    CatalogueActions,
):
    """One seat's handle on the room: who sits here, and every action they can take."""
