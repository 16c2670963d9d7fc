"""The durable record on SQLite or PostgreSQL.

What lives here: the SQLAlchemy models (``models``), engine set-up and
time-outs (``engine``), Alembic migrations (``migrate``, ``migrations/``), the
repository that owns every transaction and serves the change feed
(``repository``), the projection that turns events into state rows
(``projection``), the integrity check behind ``warroom verify``
(``integrity``), the live feed's listener (``live``), a seat's offline outbox
(``outbox``), the search index and the service catalogue's tables.

May import: ``warroom.core``, SQLAlchemy, Alembic; never Qt.
Imported by: ``warroom.room`` and the layers above it.
"""
