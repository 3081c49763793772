"""The analysts' test data, loaded once per backend as a user loads it: the seed page, the
analysis-* pages from two more outlets, and the fixture news site, each fetched with
``casualties fetch``.  Tests only read it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PAGES, POSTGRES_ENV, _postgres_server_url
from tests.crawl import fetch
from tests.newssite import NewsSite, SiteTruth

# Fetched one by one, in this order, so that ids and "first reported" spellings do not depend on
# which download finishes first.
PAGES_2015 = (
    PAGES / "seed-article.html",
    PAGES / "analysis-syriadesk-hamadani-killed.html",
    PAGES / "analysis-gulfmonitor-mojiri-killed.html",
    PAGES / "analysis-gulfmonitor-afghans-buried.html",
)
SITE_ARTICLES = 24
SITE_SEED = 7


@dataclass(frozen=True, slots=True)
class LoadedDatabase:
    url: str
    backend: str
    site: SiteTruth


def _load(url: str) -> SiteTruth:
    for page in PAGES_2015:
        result = fetch(str(page), database=url)
        assert result.returncode == 0, result.stderr
    site = NewsSite(articles=SITE_ARTICLES, seed=SITE_SEED)
    with site.serve():
        truth = site.truth()
        result = fetch(*(article.url for article in truth.articles), database=url)
        assert result.returncode == 0, result.stderr
    return truth


@pytest.fixture(scope="session")
def sqlite_loaded(tmp_path_factory: pytest.TempPathFactory) -> LoadedDatabase:
    url = f"sqlite:///{tmp_path_factory.mktemp('analysis') / 'casualties.db'}"
    return LoadedDatabase(url, "sqlite", _load(url))


@pytest.fixture(scope="session")
def postgres_loaded() -> Iterator[LoadedDatabase]:
    server = _postgres_server_url()
    if not server:
        pytest.skip(f"{POSTGRES_ENV} is not set (.ci/run sets it)")
    name = f"casualties_analysis_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        yield LoadedDatabase(url, "postgresql", _load(url))
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def loaded(request: pytest.FixtureRequest) -> LoadedDatabase:
    """The loaded test data, once per backend."""
    fixture = "sqlite_loaded" if request.param == "sqlite" else "postgres_loaded"
    database: LoadedDatabase = request.getfixturevalue(fixture)
    return database


def database_file(loaded: LoadedDatabase) -> Path:
    database = make_url(loaded.url).database
    assert database is not None
    return Path(database)
