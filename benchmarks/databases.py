"""A new, empty database for each benchmark run: a SQLite file in a temporary folder, or a
database created on a PostgreSQL server and dropped afterwards."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_numbers = count(1)


@contextmanager
def fresh_database(postgres: str | None = None) -> Iterator[str]:
    """The URL of an empty database: on the PostgreSQL server ``postgres`` names (a URL of any
    database there that the user may create databases from), else SQLite."""
    if not postgres:
        with tempfile.TemporaryDirectory(prefix="bench-db-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.db'}"
        return
    server = make_url(postgres)
    name = f"casualties_bench_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
