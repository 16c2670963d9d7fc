"""Roles, statuses, states, audiences and priorities as people read them, in the current language.

The record stores identifiers (``ruled_out``, ``communicator``, ``Critical``);
these functions give their words. A value this version does not know (written
by a newer one, or a team's own audience) is shown as it is stored.
"""

from __future__ import annotations

from warroom.core.i18n import N_, _, current

ROLE_NAMES = {
    "lead": N_("Incident lead"),
    "diagnostician": N_("Diagnostician"),
    "communicator": N_("Communicator"),
    "scribe": N_("Scribe"),
}

STATUS_NAMES = {
    "declared": N_("declared"),
    "investigating": N_("investigating"),
    "identified": N_("identified"),
    "mitigating": N_("mitigating"),
    "monitoring": N_("monitoring"),
    "resolved": N_("resolved"),
    "closed": N_("closed"),
}

ENTRY_NAMES = {
    "note": N_("Note"),
    "decision": N_("Decision"),
    "action": N_("Action"),
    "question": N_("Question"),
}

# Hypotheses, fix outcomes, action items and remedies: the stored word, as people read it.
STATE_NAMES = {
    "open": N_("open"),
    "testing": N_("testing"),
    "ruled_out": N_("ruled out"),
    "confirmed": N_("confirmed"),
    "pending": N_("pending"),
    "worked": N_("worked"),
    "failed": N_("failed"),
    "partial": N_("partial"),
    "rolled_back": N_("rolled back"),
    "in_progress": N_("in progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
    "chosen": N_("chosen"),
    "rejected": N_("rejected"),
    "corrective": N_("corrective"),
    "preventive": N_("preventive"),
    "outage": N_("outage"),
    "degraded": N_("degraded"),
    "sent": N_("sent"),
    "on time": N_("on time"),
    "skipped": N_("skipped"),
    "performed": N_("performed"),
    "some challenges": N_("some challenges"),
    "major challenges": N_("major challenges"),
    "unable to perform": N_("unable to perform"),
    "primary": N_("primary"),
    "backup": N_("backup"),
    "kept": N_("kept"),
    "late": N_("late"),
    "missed": N_("missed"),
}

AUDIENCE_NAMES = {
    "customers": N_("customers"),
    "internal": N_("internal"),
    "executives": N_("executives"),
}

KEY_MOMENT_NAMES = {
    "started": N_("started"),
    "detected": N_("detected"),
    "declared": N_("declared"),
    "first_update": N_("first update"),
    "mitigated": N_("mitigated"),
    "resolved": N_("resolved"),
    "closed": N_("closed"),
}


def role_name(role: str) -> str:
    return _(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def status_name(status: str) -> str:
    """An incident status as people read it; a status from a newer version as it is stored."""
    return _(STATUS_NAMES[status]) if status in STATUS_NAMES else status.replace("_", " ")


def state_name(state: str) -> str:
    """A hypothesis, fix, action or remedy state in words (``ruled_out`` -> ruled out)."""
    return _(STATE_NAMES[state]) if state in STATE_NAMES else state.replace("_", " ")


def audience_name(audience: str) -> str:
    """Whom an update went to, in words (a team's own audience as it is stored)."""
    return _(AUDIENCE_NAMES[audience]) if audience in AUDIENCE_NAMES else audience


def priority_name(priority: str) -> str:
    """A priority's label in the current language, from the communication matrix."""
    from warroom.core.errors import InvalidInput
    from warroom.core.matrix import CommunicationMatrix

    try:
        return CommunicationMatrix.default().get(priority).text("label", current())
    except InvalidInput:  # a priority from another installation's matrix
        return priority


# The problem specification's dimensions (Kepner-Tregoe), written in capitals.
DIMENSION_NAMES = {
    "what": N_("WHAT"),
    "where": N_("WHERE"),
    "when": N_("WHEN"),
    "extent": N_("EXTENT"),
}


def dimension_name(dimension: str) -> str:
    """A specification dimension as the report heads its line (``what`` -> WHAT)."""
    key = dimension.strip().lower()
    return _(DIMENSION_NAMES[key]) if key in DIMENSION_NAMES else dimension.upper()


# The languages as a message in another language names them (core.language's errors).
LANGUAGE_WORDS = (N_("English"), N_("German"), N_("Japanese"))
