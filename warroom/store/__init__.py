"""The durable record: SQLAlchemy models, engine set-up, migrations, the repository."""
