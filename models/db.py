"""Engine, sessions and schema upgrades.

The database is SQLite ``casualties.db`` in the working directory unless ``DATABASE_URL`` names
another one (``postgresql+psycopg://user@host/db``).  Sessions are one per unit of work.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

import migrations

DEFAULT_URL = "sqlite:///casualties.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def database_url(explicit: str | None = None) -> str:
    """The database to use: an explicit URL, else ``DATABASE_URL``, else SQLite in the cwd."""
    url = explicit or os.environ.get("DATABASE_URL") or DEFAULT_URL
    # Plain "postgres://" / "postgresql://" URLs get the driver this project installs.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def display_url(url: str) -> str:
    """The URL with any password masked, for logs and summaries."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    url = database_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session


# ---------------------------------------------------------------------------- migrations
@functools.cache
def migrations_dir() -> Path:
    """The migration scripts as files, which Alembic needs: copied out of the package when it
    is installed zipped (a Scrapyd egg)."""
    here = Path(migrations.__file__).parent
    if here.is_dir():
        return here
    target = Path(tempfile.mkdtemp(prefix="casualties-migrations-"))
    atexit.register(shutil.rmtree, target, True)

    def copy(source: Traversable, destination: Path) -> None:
        destination.mkdir(exist_ok=True)
        for entry in source.iterdir():
            if entry.is_dir():
                copy(entry, destination / entry.name)
            elif entry.name.endswith((".py", ".mako")):
                (destination / entry.name).write_bytes(entry.read_bytes())

    copy(resources.files(migrations), target)
    return target


def alembic_config(engine: Engine | None = None) -> Config:
    """Alembic configured from the installed project, bound to ``engine`` when given."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def ensure_schema(engine: Engine) -> bool:
    """Bring the database to the newest schema; True when anything was applied."""
    if current_revision(engine) == head_revision():
        return False
    upgrade(engine)
    return True
