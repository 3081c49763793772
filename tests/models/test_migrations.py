"""The migrations build exactly the schema the models describe, and run both ways."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from models import Base
from models.db import HEAD_REVISION, current_revision, downgrade, ensure_schema, head_revision, make_engine, upgrade


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


def test_the_head_known_without_alembic_is_the_head_of_the_migration_scripts() -> None:
    assert head_revision() == HEAD_REVISION


def test_a_database_at_the_head_is_checked_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    upgrade(make_engine(url))
    check = (
        "import sys; from models.db import ensure_schema, make_engine; "
        f"assert ensure_schema(make_engine({url!r})) is False; "
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_migration_that_stops_halfway_leaves_the_schema_as_it_was(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first start killed while it migrates must not leave half a schema (on SQLite, each
    CREATE TABLE used to commit at once, and the next start failed on "table already exists"):
    the views of 0004 fail here after the tables of 0001-0003 were made, as a kill would stop it."""
    import alembic.op

    def stopped(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("stopped halfway")

    monkeypatch.setattr(alembic.op, "execute", stopped)
    with pytest.raises(RuntimeError, match="stopped halfway"):
        upgrade(engine)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    assert current_revision(engine) is None
    monkeypatch.undo()
    upgrade(engine)
    assert _differences(engine) == []
