"""Shared fixtures: databases on both backends, paths of the fixture pages, a temp folder for the processes tests start."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from models.db import make_engine

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"
POSTGRES_ENV = "CASUALTIES_TEST_POSTGRES_URL"


@pytest.fixture(scope="session", autouse=True)
def _subprocess_temp_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point the temp folder of every process a test starts into the test run's own folder.

    Several tests kill a crawl with SIGKILL on purpose; whatever such a process had in the temp
    folder (multiprocessing's listener folders) then stays behind, and would pile up in the
    machine's temp folder run after run."""
    folder = tmp_path_factory.mktemp("tmp")
    previous = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(folder)
    yield
    if previous is None:
        del os.environ["TMPDIR"]
    else:
        os.environ["TMPDIR"] = previous


def _postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'casualties.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    server = _postgres_server_url()
    if not server:
        pytest.skip(f"{POSTGRES_ENV} is not set (.ci/run sets it)")
    name = f"casualties_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """An empty database URL, once per backend."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()
