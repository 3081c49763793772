"""A crawl killed part-way, and two crawls of one site at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Article, CrawlRun
from models.db import make_engine
from tests.crawl import FAST, REPO, crawl_site, write_sites_file
from tests.crawling.test_site_crawl import _assert_matches, _stored
from tests.newssite import NewsSite

SLOW = ("-s", "CONCURRENT_REQUESTS=2", "-s", "DOWNLOAD_DELAY=0.05")


def _start(sites: Path, database: str, jobs: Path, *extra: str) -> subprocess.Popen[str]:
    """A slow background crawl, as cron would start it."""
    command = [sys.executable, "-m", "crawler", "crawl", "--sites-file", str(sites), "--jobdir", str(jobs), *FAST, *SLOW, *extra]
    return subprocess.Popen(
        command, cwd=REPO, env=os.environ | {"DATABASE_URL": database},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for(condition: object, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def _count(database: str, model: type) -> int:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    except Exception:  # the schema may not exist yet while the crawl starts
        return 0
    finally:
        engine.dispose()


def test_a_run_killed_part_way_is_completed_by_the_next_with_nothing_lost_or_doubled(
    database_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=40, seed=13)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        jobs = tmp_path / "jobs"
        crawl = _start(sites, database_url, jobs)
        _wait_for(lambda: _count(database_url, Article) >= 8)
        crawl.send_signal(signal.SIGKILL)
        crawl.communicate()
        assert 8 <= _count(database_url, Article) < 40
        assert (jobs / "fixture").exists()  # the queue it leaves is where the next run resumes

        resumed = crawl_site(sites, database_url, jobs)
        assert resumed.returncode == 0, resumed.stderr[-3000:]
        truth = site.truth()
    _assert_matches(truth, database_url)
    runs = _stored(database_url)[2]
    assert [r.status for r in runs] == ["killed", "finished"]
    assert runs[0].articles_new + runs[1].articles_new == len(truth.articles)


def test_a_second_run_of_the_same_site_is_refused_while_the_first_runs(database_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=20, seed=21)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        # Slow enough to be still running while the second starts up.
        first = _start(sites, database_url, tmp_path / "jobs-a", "-s", "DOWNLOAD_DELAY=0.3")
        _wait_for(lambda: _count(database_url, CrawlRun) >= 1)
        second = crawl_site(sites, database_url, tmp_path / "jobs-b")
        out, err = first.communicate(timeout=300)
    assert second.returncode != 0
    assert "another run of 'fixture' holds the lock" in second.stdout
    assert first.returncode == 0, err[-3000:]
    assert _count(database_url, CrawlRun) == 1
