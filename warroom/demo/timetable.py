"""When things happen in the sample incident, in minutes after the outage began.

Only the moments that more than one entry refers to are named here: a time
that a text quotes, or a promise that a later entry keeps. Minutes that only
pace the story (when someone writes the next entry) stay where they are used.
"""

from __future__ import annotations

from datetime import timedelta

# The outage starts this long before ``now``; the story ends well before ``now``.
LOOKBACK = timedelta(hours=5)

DAY = 24 * 60

# The customer update cadences of the default matrix (resources/matrix.toml), written out
# so that the sample reads the same whatever matrix a site has configured.
BLOCKER_CADENCE = 15
CRITICAL_CADENCE = 30
# The executives are briefed hourly while the customer's production is at stake.
EXECUTIVE_CADENCE = 60

# -- before the outage -----------------------------------------------------

FIRMWARE_UPDATE_STARTS = -220
FIRMWARE_UPDATE_ENDS = -195
FAILED_PATH_BACK = -193
PLANNING_RUN_STARTS = -20

# -- the outage and its discovery ------------------------------------------

# /arch is full and the archiver stops: nothing changed at this minute.
OUTAGE_BEGINS = 0
FIRST_FAILED_SAVE = 1
# The response-time alert that went to an unread mailbox: the true detection time.
FIRST_ALERT = 4
CUSTOMER_CALLS = 14
LINE_2_STOPS = 20
DECLARED = 22

# -- diagnosis -------------------------------------------------------------

MONITORING_QUESTION = 29
CHANGE_LIST_REQUESTED = 41
FIX_1_APPLIED = 52
SERVER_1_BACK = 56
STORAGE_FIGURES_DUE = 65
# Under the two-hour rule a Blocker still open goes to the senior engineers.
TWO_HOUR_MARK = 120
EXECUTIVE_BRIEFING = 123
GRAZ_RUNS_OUT = 180

# -- restoration -----------------------------------------------------------

DATABASE_RESUMES = 145
ORDERS_RELEASED_AGAIN = 146
LOG_SHIPPING_RESUMES = 146
LINE_2_STARTS = 166
FIRST_PUMP = 170
# The briefing promised at the first one, kept on time.
SECOND_EXECUTIVE_BRIEFING = EXECUTIVE_BRIEFING + EXECUTIVE_CADENCE
BACKLOG_BACKUP_STARTS = 190
BACKLOG_CLEARED_BY = 225
STANDBY_CAUGHT_UP = 231
ALL_NORMAL = 232
RESOLVED = 235
