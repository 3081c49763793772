"""The migrations build exactly the schema the models describe, and run both ways."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from models import Base
from models.db import current_revision, downgrade, ensure_schema, head_revision, upgrade


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_upgrade_to_head_matches_the_models(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _differences(engine) == []


def test_downgrade_to_base_and_upgrade_again_round_trips(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert _differences(engine) == []


def test_ensure_schema_applies_migrations_once(engine: Engine) -> None:
    assert ensure_schema(engine) is True
    assert ensure_schema(engine) is False
