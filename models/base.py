"""The declarative base: a constraint naming convention and a UTC timestamp type."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import DateTime, MetaData, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator

# Named constraints let Alembic alter them later, which SQLite's batch mode needs.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; SQLite, which keeps no zone, gives it back as UTC too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: give a timezone-aware value")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


def utcnow() -> datetime:
    return datetime.now(UTC)


def table_of(model: type[Base]) -> Table:
    """The table a model maps (typed as a Table, for Core statements on it)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def insert_for(session: Session, model: type[Base] | Table) -> Any:
    """An INSERT that knows ON CONFLICT on both supported backends."""
    return dialect_insert(dialect_of(session), model)


def dialect_of(session: Session) -> str:
    """The name of the backend a session writes to: "sqlite" or "postgresql"."""
    return session.get_bind().dialect.name


def dialect_insert(dialect: str, model: type[Base] | Table) -> Any:
    """An INSERT that knows ON CONFLICT, for the backend named ``dialect``.

    The dialect's module is imported here, for the backend in use: importing SQLAlchemy's
    PostgreSQL dialect costs a SQLite run a noticeable share of its start-up."""
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model)


_KEYS = frozenset({"domain", "external_id", "parent_external_id"})  # columns that identify a row


def fitted(model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` for a row of ``model`` with every string cut to its column's length (``fit``)."""
    return {name: fit(model, name, value) for name, value in values.items()}


def fit(model: type[Base], name: str, value: Any) -> Any:
    """``value`` for column ``name`` of ``model``, a string cut to the column's length.

    PostgreSQL refuses a string longer than its ``VARCHAR(n)`` where SQLite stores it whole, and a
    page whose ``article:section`` lists 300 characters of keywords must not cost the page there.
    A cut value of a key column (``_KEYS``) ends with a hash of the whole value, so that two long
    ids that share their beginning stay two."""
    length = _lengths(model).get(name)
    if not isinstance(value, str) or not length or len(value) <= length:
        return value
    if name not in _KEYS:
        return value[:length]
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{value[: length - len(digest) - 1]}~{digest}"


@cache
def _lengths(model: type[Base]) -> dict[str, int]:
    """The length of each of a model's columns that has one (``VARCHAR(n)``)."""
    columns = model.__table__.columns
    return {column.name: length for column in columns if (length := getattr(column.type, "length", None))}
