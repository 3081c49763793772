"""Faults: a crawl killed again and again, two writers on one SQLite file, PostgreSQL restarted
under a running crawl, a database that is read-only or full.  Nothing is lost, nothing is stored
twice, no article is stored in part, and what cannot work says so and exits non-zero."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from models import Article, Comment, CrawlRun
from models.db import DatabaseNotWritable, check_writable, ensure_schema, make_engine
from tests.crawl import FAST, REPO, crawl_site, fetch, write_sites_file
from tests.hostile import corpus
from tests.hostile.postgres import postgres_binaries, throwaway_cluster
from tests.hostile.server import Answer, HostileServer
from tests.newssite import NewsSite, SiteTruth

pytestmark = pytest.mark.slow

SLOW = ("-s", "CONCURRENT_REQUESTS=2", "-s", "DOWNLOAD_DELAY=0.02")
KILLS = 10


def _command(sites: Path, jobs: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler", "crawl", "--sites-file", str(sites), "--jobdir", str(jobs), *FAST, *SLOW, *extra]


@dataclass(slots=True)
class Background:
    """A crawl running in its own process group, its output in files (not pipes: a process it
    started may outlive it and hold a pipe open)."""

    process: subprocess.Popen[bytes]
    output: Path

    def finish(self, timeout: float = 300) -> tuple[int, str]:
        code = self.process.wait(timeout)
        self._end_group()
        return code, self.output.read_text("utf-8", "replace")

    def kill(self) -> None:
        """SIGKILL to the crawl's own process, as the OOM killer or ``kill -9 PID`` sends it."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self._end_group()

    def survivors(self) -> list[str]:
        found = subprocess.run(["pgrep", "-g", str(self.process.pid)], capture_output=True, text=True)
        return found.stdout.split()

    def _end_group(self) -> None:
        """Whatever the crawl started and left behind (the test started them: it ends them)."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _start(command: list[str], database: str, output: Path) -> Background:
    with output.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=REPO, env=os.environ | {"DATABASE_URL": database},
            stdout=sink, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    return Background(process, output)


def _wait_for(condition: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _articles(database: str) -> dict[str, tuple[str, Counter[str], dict[str, str | None]]]:
    """url -> (body, comment ids counted, comment parents) of what is stored."""
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            found: dict[str, tuple[str, Counter[str], dict[str, str | None]]] = {
                url: (body, Counter[str](), {}) for url, body in session.execute(select(Article.url, Article.body))
            }
            # The crawl goes on writing between the two queries (each sees the newest commits on
            # PostgreSQL): comments of an article stored since the first are left for the next look.
            for url, external_id, parent in session.execute(
                select(Article.url, Comment.external_id, Comment.parent_external_id).join_from(
                    Comment, Article, Comment.article_id == Article.id
                )
            ):
                if url in found:
                    found[url][1][external_id] += 1
                    found[url][2][external_id] = parent
            return found
    except (OperationalError, ProgrammingError) as error:  # the schema may not exist yet while the first crawl starts
        if "no such table" in str(error) or "does not exist" in str(error):
            return {}
        raise
    finally:
        engine.dispose()


def _assert_whole(truth: SiteTruth, stored: dict[str, tuple[str, Counter[str], dict[str, str | None]]]) -> None:
    """Each stored article of the site is stored whole: its body, every comment once, its parents."""
    for url, (body, ids, parents) in stored.items():
        if not url.startswith(truth.base_url):
            continue
        expected = truth.article(url)
        assert body.endswith(expected.paragraphs[-1]), url
        assert ids == Counter(c.id for c in expected.comments), url
        assert parents == {c.id: c.parent_id for c in expected.comments}, url


def _assert_complete(truth: SiteTruth, database: str) -> None:
    stored = _articles(database)
    assert sorted(url for url in stored if url.startswith(truth.base_url)) == sorted(a.url for a in truth.articles)
    _assert_whole(truth, stored)


def _runs(database: str) -> list[CrawlRun]:
    engine = make_engine(database)
    with Session(engine) as session:
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    engine.dispose()
    return runs


# ---------------------------------------------------------------------------- SIGKILL
def test_a_crawl_killed_ten_times_at_random_moments_ends_with_everything_stored_exactly_once(
    database_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=30, seed=31, max_comments=24)
    rng = random.Random(8)
    with site.serve() as base:
        sites, jobs = write_sites_file(tmp_path / "sites.toml", base), tmp_path / "jobs"
        moments = []
        for kill in range(KILLS):
            crawl = _start(_command(sites, jobs), database_url, tmp_path / f"kill-{kill}.log")
            if kill % 3 == 0:  # while it starts: imports, migrations, the lock, the job directory
                moment = rng.uniform(0.3, 3.0)
                time.sleep(moment)
                moments.append(f"{moment:.1f}s")
            elif kill % 3 == 1:  # while it discovers and fetches: after a random number of answers
                served = len(site.requests) + rng.randint(1, 20)
                def answered(served: int = served, crawl: Background = crawl) -> bool:
                    return len(site.requests) >= served or crawl.process.poll() is not None

                _wait_for(answered)
                moments.append(f"{served} answers")
            else:  # while it stores: once another article is in
                stored = len(_articles(database_url)) + 1
                def stored_more(stored: int = stored, crawl: Background = crawl) -> bool:
                    return len(_articles(database_url)) >= stored or crawl.process.poll() is not None

                _wait_for(stored_more)
                moments.append(f"{stored} articles")
            time.sleep(rng.uniform(0, 0.2))
            assert crawl.process.poll() is None, f"the crawl ended before kill {kill + 1} ({moments})"
            crawl.kill()
            _assert_whole(site.truth(), _articles(database_url))  # no half-written article, ever
        resumed = crawl_site(sites, database_url, jobs)
        assert resumed.returncode == 0, (moments, resumed.stdout, resumed.stderr[-3000:])
        assert f"stored {len(site.truth().articles)} articles" in resumed.stdout or _articles(database_url), resumed.stdout
        _assert_complete(site.truth(), database_url)
    runs = _runs(database_url)
    assert runs[-1].status == "finished"
    assert all(run.status == "killed" for run in runs[:-1])
    assert sum(run.articles_new for run in runs) == len(site.truth().articles)  # each stored once


def test_a_crawl_killed_with_sigkill_leaves_no_process_behind(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=12, seed=37)
    with site.serve() as base:
        command = _command(write_sites_file(tmp_path / "sites.toml", base), tmp_path / "jobs", "-s", "EXTRACTION_PROCESSES=1")
        crawl = _start(command, sqlite_url, tmp_path / "crawl.log")
        _wait_for(lambda: len(_articles(sqlite_url)) >= 1)
        crawl.process.send_signal(signal.SIGKILL)
        crawl.process.wait()
        time.sleep(3)
        survivors = crawl.survivors()
        crawl.kill()
    assert survivors == []


# ---------------------------------------------------------------------------- two writers
def test_two_crawls_writing_one_sqlite_file_at_once_lose_nothing(sqlite_url: str, tmp_path: Path) -> None:
    first, second = NewsSite(articles=20, seed=41), NewsSite(articles=20, seed=43)
    with first.serve() as one, second.serve() as two:
        crawls = [
            _start(_command(write_sites_file(tmp_path / f"{name}.toml", base, name=name), tmp_path / "jobs", "-s", "CONCURRENT_REQUESTS=8"),
                   sqlite_url, tmp_path / f"{name}.log")
            for name, base in (("alpha", one), ("beta", two))
        ]  # fmt: skip
        for crawl in crawls:
            code, output = crawl.finish()
            assert code == 0, output[-3000:]
            assert "database is locked" not in output
        _assert_complete(first.truth(), sqlite_url)
        _assert_complete(second.truth(), sqlite_url)
    assert [run.status for run in _runs(sqlite_url)] == ["finished", "finished"]


# ---------------------------------------------------------------------------- PostgreSQL restart
def test_a_crawl_outlives_a_postgresql_restart_and_loses_nothing(tmp_path: Path) -> None:
    binaries = postgres_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) installed to run a throwaway cluster")
    site = NewsSite(articles=30, seed=53, max_comments=20)
    with throwaway_cluster(binaries) as cluster, site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        crawl = _start(_command(sites, tmp_path / "jobs"), cluster.url, tmp_path / "crawl.log")
        _wait_for(lambda: len(_articles(cluster.url)) >= 4)
        cluster.stop("fast")  # every connection of the crawl is cut
        time.sleep(3)  # the crawl goes on fetching meanwhile, and cannot write
        cluster.start()
        code, output = crawl.finish()
        assert code == 0, output[-4000:]
        assert "writes wait and are retrying" in output and "the database is back" in output
        _assert_complete(site.truth(), cluster.url)
        (run,) = _runs(cluster.url)
        assert run.articles_new == len(site.truth().articles)
        engine = make_engine(cluster.url)
        with engine.connect() as connection:  # the fetch log kept through the outage
            logged = connection.execute(text("SELECT count(DISTINCT article_id) FROM fetches")).scalar()
        engine.dispose()
        assert logged == len(site.truth().articles)
        assert "rows lost" not in output


# ---------------------------------------------------------------------------- read-only, full
def _read_only(database: str) -> str:
    """The same database, as one that takes no writes."""
    url = make_url(database)
    if url.get_backend_name() == "sqlite":
        return f"sqlite:///file:{url.database}?mode=ro&uri=true"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{url.database}" SET default_transaction_read_only = on'))
    admin.dispose()
    return database


def test_a_read_only_database_stops_fetch_and_crawl_with_a_clear_error(database_url: str, tmp_path: Path) -> None:
    engine = make_engine(database_url)
    ensure_schema(engine)
    engine.dispose()
    read_only = _read_only(database_url)
    site = NewsSite(articles=4, seed=61, max_comments=2, private_articles=0)
    with site.serve() as base:
        fetched = fetch(base + "/", database=read_only)
        crawled = crawl_site(write_sites_file(tmp_path / "sites.toml", base), read_only, tmp_path / "jobs")
        assert not site.requests  # refused before a single page was fetched for nothing
    for result in (fetched, crawled):
        assert result.returncode == 1
        assert "cannot store in" in result.stderr and "the database is read-only" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_database_busy_with_another_writer_is_not_taken_for_a_read_only_one(tmp_path: Path) -> None:
    path = tmp_path / "casualties.db"
    ensure_schema(make_engine(f"sqlite:///{path}"))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another crawl in the middle of storing an article
    impatient = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
    try:
        check_writable(impatient)  # no DatabaseNotWritable: its writes will wait their turn
    finally:
        writer.execute("ROLLBACK")
        impatient.dispose()
    with pytest.raises(DatabaseNotWritable, match="read-only"):
        check_writable(create_engine(f"sqlite:///file:{path}?mode=ro&uri=true"))


def test_a_full_disk_stops_the_crawl_with_a_clear_error_and_a_non_zero_exit(sqlite_url: str, tmp_path: Path) -> None:
    """The database file may not grow past a limit (RLIMIT_FSIZE, as a full disk does to it)."""
    site = NewsSite(articles=30, seed=67, max_comments=30, private_articles=0)
    engine = make_engine(sqlite_url)
    ensure_schema(engine)
    engine.dispose()
    size = Path(make_url(sqlite_url).database or "").stat().st_size
    limit = size + 640 * 1024  # room for an article or two, then the write-ahead log cannot grow
    with site.serve() as base:
        command = _command(write_sites_file(tmp_path / "sites.toml", base), tmp_path / "jobs")
        wrapper = (
            "import os, resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); os.execv(sys.argv[1], sys.argv[1:])"
        )
        result = subprocess.run(
            [sys.executable, "-c", wrapper, *command], cwd=REPO, env=os.environ | {"DATABASE_URL": sqlite_url},
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert result.returncode == 1, result.stderr[-3000:]
    assert "fixture: database-error: the disk refused the write, full or failing (disk I/O error)" in result.stdout
    assert "cannot store in" in result.stderr
    assert len(site.requests) < len(site.paths())  # it stopped, rather than fetch for nothing
    stored = _articles(sqlite_url)
    assert stored  # what was written before is kept, each article whole
    _assert_whole(site.truth(), stored)


def test_an_unreachable_database_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    server = HostileServer({"/a/": Answer(corpus.article_page().encode())})
    with server.serve() as base:
        result = fetch(base + "/a/", database="postgresql+psycopg://crawler:S3cretPassw0rd@127.0.0.1:9/casualties")
    assert result.returncode == 1
    assert "cannot store in postgresql+psycopg://crawler:***@127.0.0.1:9/casualties" in result.stderr
    assert "S3cretPassw0rd" not in result.stdout + result.stderr
    assert not server.requests


def test_the_database_password_never_reaches_logs_output_or_records(postgres_url: str, tmp_path: Path) -> None:
    """The test server trusts 127.0.0.1, so any password is accepted and must then stay secret."""
    secret = "Hunter2-Not-In-Logs"
    with_password = make_url(postgres_url).set(password=secret).render_as_string(hide_password=False)
    site = NewsSite(articles=4, seed=71, max_comments=3, private_articles=1)
    with site.serve() as base:
        crawled = crawl_site(write_sites_file(tmp_path / "sites.toml", base), with_password, tmp_path / "jobs", "--loglevel", "DEBUG")
        fetched = fetch(site.truth().articles[0].url, database=with_password, extra=("--loglevel", "DEBUG"))
    assert crawled.returncode == 0 and fetched.returncode == 0, crawled.stderr[-3000:]
    for result in (crawled, fetched):
        assert secret not in result.stdout + result.stderr
        assert "Telnet Password" not in result.stderr and "Remote control HTTP server" not in result.stderr  # no way in
    engine = make_engine(postgres_url)
    with engine.connect() as connection:
        tables = [t for (t,) in connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
        for table in tables:
            dumped = connection.execute(text(f'SELECT count(*) FROM "{table}" t WHERE t::text LIKE :s'), {"s": f"%{secret}%"}).scalar()
            assert dumped == 0, table
    engine.dispose()
