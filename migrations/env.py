"""Alembic environment: the project's metadata, batch mode for SQLite, the project's URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
        # all the steps of a run in one transaction, SQLite's too (Alembic's default for SQLite
        # commits after each step; ``_one_sqlite_transaction`` makes its DDL transactional)
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


@contextmanager
def _one_sqlite_transaction(connection: Connection) -> Iterator[None]:
    """On SQLite, a transaction that holds every step of the run, its DDL too.

    Python's sqlite3 driver opens a transaction only before INSERT, UPDATE and DELETE, so each
    CREATE TABLE committed at once: a crawl killed while its first start migrated left half a
    schema, on which every later start failed ("table crawl_runs already exists").  For the run,
    the driver leaves transactions alone and one BEGIN opens it (then the isolation level the
    connection had is given back)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None  # a live connection's
    previous = driver.isolation_level
    driver.isolation_level = None
    try:
        connection.exec_driver_sql("BEGIN")
        yield
    finally:
        driver.isolation_level = previous


def run_migrations_online() -> None:
    # The project passes its engine in; the plain `alembic` command uses DATABASE_URL.
    engine = config.attributes.get("engine") or make_engine()
    with engine.connect() as connection, _one_sqlite_transaction(connection):
        _configure(connection)
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
