"""Engine, sessions and schema upgrades: where the database is opened.

The database is SQLite ``casualties.db`` in the working directory unless ``DATABASE_URL`` names
another one (``postgresql+psycopg://user@host/db``).  A process has one engine per database
(``engine_for``), shared by everything it does there; sessions are one per unit of work.
"""

from __future__ import annotations

import atexit
import fcntl
import functools
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

import migrations

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration (migrations/versions/), known without loading Alembic: a database at this
# revision needs nothing, which every command checks with one query before it starts.  A test
# checks that it names the head of the migration scripts; a new migration changes it.
HEAD_REVISION = "0008"

DEFAULT_URL = "sqlite:///casualties.db"
_MIGRATION_LOCK = 0x6361737561  # the advisory-lock key that serializes migrations on PostgreSQL
SQLITE_BUSY_TIMEOUT_MS = 30_000
POSTGRES_CONNECT_TIMEOUT = 10  # seconds


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
    """A new engine of its own (a command, a test); the crawl shares ``engine_for``'s."""
    url = database_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # pool_pre_ping: a connection the server dropped (a restart) is replaced before use.  No cap on
    # connections beyond the pool's: each site crawled in a process holds one for its lock.
    return create_engine(
        url, pool_pre_ping=True, max_overflow=-1, connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT}
    )


_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def engine_for(url: str | None = None) -> Engine:
    """This process's engine for a database (``database_url(url)``): made on first use, then
    shared by the crawl's parts (site state, lock, run record, storage, report)."""
    url = database_url(url)
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


def dispose_engines() -> None:
    """Close every pooled connection of this process's engines (at exit)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def _forget_engines_in_child() -> None:
    """A forked child must not use its parent's connections: it starts with engines of its own."""
    global _engines_lock
    _engines_lock = threading.Lock()
    for engine in _engines.values():
        engine.dispose(close=False)
    _engines.clear()


atexit.register(dispose_engines)
os.register_at_fork(after_in_child=_forget_engines_in_child)


Sessions = sessionmaker[Session]  # what makes one session per unit of work


def session_factory(engine: Engine) -> Sessions:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: Sessions) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session


# ---------------------------------------------------------------------------- failures
# What the drivers say when waiting may help (a server restarting, a lost connection, a lock)...
_TRANSIENT = (
    "database is locked", "database table is locked", "server closed the connection", "connection refused",
    "could not connect", "terminating connection", "the database system is", "connection timeout",
    "timeout expired", "connection reset", "connection is closed", "connection is lost", "consuming input failed",
    "no connection to the server", "server conn crashed", "broken pipe",
)  # fmt: skip
# ... and when it cannot: nothing can be written.
_READ_ONLY = ("readonly database", "read-only transaction", "read-only file system", "permission denied")
_FULL = ("database or disk is full", "no space left on device", "could not extend file", "disk quota exceeded")
_IO = ("disk i/o error", "input/output error")


class DatabaseNotWritable(RuntimeError):
    """The database takes no writes (read-only, full): the crawl cannot store anything."""


def _message(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


def transient_error(error: BaseException) -> bool:
    """A database failure that waiting may cure: the server restarting, a lost connection, a lock."""
    if getattr(error, "connection_invalidated", False):
        return True
    message = _message(error).lower()
    return any(marker in message for marker in _TRANSIENT)


def database_problem(error: BaseException) -> str:
    """What went wrong with the database, in words for whoever runs the crawl."""
    message = _message(error)
    lower = message.lower()
    if any(marker in lower for marker in _READ_ONLY):
        return f"the database is read-only ({message})"
    if any(marker in lower for marker in _FULL):
        return f"the disk is full ({message})"
    if any(marker in lower for marker in _IO):
        return f"the disk refused the write, full or failing ({message})"
    if transient_error(error):
        return f"the database is unavailable ({message})"
    return message


def check_writable(engine: Engine) -> None:
    """DatabaseNotWritable unless the database takes writes (asked without writing anything)."""
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                # A table created and rolled back: refused at once by a read-only database.
                connection.exec_driver_sql("BEGIN")
                connection.exec_driver_sql("CREATE TABLE _casualties_write_check (x INTEGER)")
                connection.exec_driver_sql("ROLLBACK")
            elif connection.exec_driver_sql("SHOW transaction_read_only").scalar() == "on":
                where = display_url(engine.url.render_as_string(hide_password=False))
                raise DatabaseNotWritable(f"the database is read-only (transactions are read-only on {where})")
    except DBAPIError as error:
        if "locked" in _message(error):  # busy with another writer, which is no refusal: writes wait
            return
        raise DatabaseNotWritable(database_problem(error)) from error


def prepare_for_writing(engine: Engine) -> bool:
    """Bring the database to the newest schema and check that it takes writes (True when
    migrations were applied); DatabaseNotWritable, with the reason, when it cannot be used."""
    try:
        applied = ensure_schema(engine)
    except DBAPIError as error:
        raise DatabaseNotWritable(database_problem(error)) from error
    check_writable(engine)
    return applied


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
    from alembic.config import Config  # Alembic loads only when a migration is looked at

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    """The head of the migration scripts, as Alembic finds it (HEAD_REVISION without Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The revision the database records, read with one query (None: no single revision recorded,
    or no ``alembic_version`` table yet)."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate up to ``revision``, all steps or none (``migrations/env.py`` runs them in one
    transaction, SQLite's DDL included: a process killed halfway leaves the schema as it was)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """One process at a time migrates a database (several workers may start together)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                connection.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate-lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_schema(engine: Engine) -> bool:
    """Bring the database to the newest schema; True when anything was applied."""
    if stored_revision(engine) == HEAD_REVISION:  # the common case, without loading Alembic
        return False
    with _migration_lock(engine):
        if current_revision(engine) == head_revision():  # another process did it meanwhile
            return False
        upgrade(engine)
    return True
