"""The site lock: one run of a site at a time, released with the run, never left in the pool."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.db import dispose_engines, engine_for
from models.locks import SiteLock, SiteLocked


@pytest.fixture(autouse=True)
def _engines_closed() -> Iterator[None]:
    """The process's engines let go of each test's database."""
    yield
    dispose_engines()


def test_a_site_is_locked_once_and_free_again_when_released(database_url: str) -> None:
    first = SiteLock(database_url, "fixture")
    first.acquire()
    try:
        with pytest.raises(SiteLocked, match="another run of 'fixture' holds the lock"):
            SiteLock(database_url, "fixture").acquire()
        with SiteLock(database_url, "another site"):  # other sites are not held up
            pass
    finally:
        first.release()
    for _ in range(3):  # released for good, whichever pooled connection the next one gets
        with SiteLock(database_url, "fixture"):
            pass


def test_the_lock_shares_the_process_engine(database_url: str) -> None:
    engine = engine_for(database_url)
    with SiteLock(database_url, "fixture"):
        assert engine_for(database_url) is engine
        with engine.connect() as connection:  # the engine still serves other work meanwhile
            assert connection.exec_driver_sql("SELECT 1").scalar() == 1
