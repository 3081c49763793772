"""Running one analyst query against the database without any way to change it.

SQLite is opened read-only (``mode=ro``, and ``PRAGMA query_only``); PostgreSQL runs the query in a
READ ONLY transaction on a session whose transactions default to read-only.  A query that would
write is refused before it is sent when its first word says so, and the database refuses the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

READ_ONLY = "casualties sql only reads: "
_READING_WORDS = frozenset({"select", "with", "values", "table", "explain", "show"})
# Comments, and quoted text or names, in which a semicolon or a keyword means nothing.
_QUOTED_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.DOTALL)
_WRITE_ERRORS = ("readonly database", "read-only transaction", "query_only", "attempt to write")


class QueryError(Exception):
    """A query that cannot run: a write, several statements, or the database's own error."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def _bare(sql: str) -> str:
    """The query with comments and quoted parts blanked, to look at its words and semicolons."""
    return _QUOTED_OR_COMMENT.sub(lambda m: " " if m.group().startswith(("-", "/")) else "''", sql)


def check_read_only(sql: str) -> str:
    """The query as it will run (one statement, no trailing semicolon), or QueryError for anything else."""
    statement = sql.strip().rstrip(";").strip()
    bare = _bare(statement).strip()
    if not bare:
        raise QueryError("no query given")
    if ";" in bare:
        raise QueryError("give one statement at a time (found a ';' between statements)")
    first = bare.split(None, 1)[0].lower().lstrip("(")
    if first not in _READING_WORDS:
        raise QueryError(f"{READ_ONLY}{first.upper()} is not a query; use SELECT (or WITH ... SELECT)")
    return statement


def _sqlite_read_only(url: str) -> str:
    parsed = make_url(url)
    path = parsed.database
    if path and path.startswith("file:") and parsed.query.get("uri") == "true":
        path = path.removeprefix("file:")  # a SQLite URI filename, file:PATH?mode=...&uri=true
    if not path or path == ":memory:":
        raise QueryError("give a SQLite database file")
    if not Path(path).exists():
        raise QueryError(f"no database at {path}")
    return f"sqlite:///file:{Path(path).resolve()}?mode=ro&uri=true"


def read_only_engine(url: str) -> Engine:
    """An engine that can only read the database at ``url``."""
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(_sqlite_read_only(url))

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA query_only = ON")

        return engine
    return create_engine(url, connect_args={"options": "-c default_transaction_read_only=on"})


def run_query(engine: Engine, sql: str) -> QueryResult:
    """Run one read-only query; QueryError says why it could not run."""
    statement = check_read_only(sql)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SET TRANSACTION READ ONLY"))
            cursor = connection.connection.cursor()  # the driver's own: the query runs as written, % and : included
            cursor.execute(statement)
            columns = [column[0] for column in cursor.description or ()]
            rows = [tuple(row) for row in cursor.fetchall()] if cursor.description else []
            cursor.close()
            connection.rollback()
    except (DBAPIError, engine.dialect.loaded_dbapi.Error) as error:
        original = error.orig if isinstance(error, DBAPIError) else error
        message = (str(original).strip().splitlines() or [type(original).__name__])[0]
        if any(marker in message.lower() for marker in _WRITE_ERRORS):
            raise QueryError(f"{READ_ONLY}the database refused a write ({message})") from None
        raise QueryError(message) from None
    return QueryResult(columns, rows)
