"""Alembic environment: the project's metadata, batch mode for SQLite, the project's URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

# Imported for their side effect: every table must be on Base.metadata for autogenerate.
import models.articles
import models.findings
import models.persons
import models.runs  # noqa: F401
from models import Base
from models.db import database_url, make_engine

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # all the steps of an upgrade in one transaction, SQLite's too (Alembic's SQLite default
        # commits after each step; the project's migration engine makes SQLite's DDL transactional)
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=database_url(),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # The project passes its engine in; the plain `alembic` command uses DATABASE_URL.
    engine = config.attributes.get("engine") or make_engine()
    with engine.connect() as connection:
        _configure(connection)
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
