"""Writing crawl-run records as a run goes, and reading them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Update, bindparam, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.articles import Fetch
from models.base import table_of, utcnow
from models.db import database_problem, engine_for, ensure_schema, session_factory, transaction
from models.runs import CrawlRun
from models.store import SaveResult

STALE_AFTER = timedelta(minutes=10)  # a "running" run without a heartbeat this long has died


def start_run(session: Session, site: str | None, spider: str, worker: str, settings: dict[str, Any]) -> int:
    """Record a new run; earlier runs of the site still marked running have died (the caller
    holds the site's lock), and so have any others whose heartbeat stopped long ago."""
    now = utcnow()
    dead = CrawlRun.status == "running"
    dead &= (CrawlRun.site == site) if site is not None else (CrawlRun.heartbeat_at < now - STALE_AFTER)
    session.execute(
        update(CrawlRun).where(dead).values(status="killed", finish_reason="the process stopped without closing the run")
    )
    run = CrawlRun(site=site, spider=spider, worker=worker, settings=settings, started_at=now, heartbeat_at=now)
    session.add(run)
    session.flush()
    return run.id


def open_run(database: str | None, site: str | None, spider: str, worker: str, settings: dict[str, Any]) -> int:
    """A new run's record (``start_run``) in its own transaction; its id."""
    with transaction(session_factory(engine_for(database))) as session:
        return start_run(session, site, spider, worker, settings)


def update_run(database: str | None, run_id: int, counters: dict[str, Any], status: str | None = None,
               finish_reason: str | None = None) -> None:
    """A run's figures so far (``save_progress``), in their own transaction; with ``status``, its end."""
    with transaction(session_factory(engine_for(database))) as session:
        save_progress(session, run_id, counters, status, finish_reason)


def release_connections(database: str | None) -> None:
    """Close the idle connections to the database (a run closing); the next use opens new ones."""
    engine_for(database).dispose()


def save_progress(session: Session, run_id: int, counters: dict[str, Any], status: str | None = None,
                  finish_reason: str | None = None) -> None:
    values: dict[str, Any] = counters | {"heartbeat_at": utcnow()}
    if status is not None:
        values |= {"status": status, "finish_reason": finish_reason, "finished_at": utcnow()}
    session.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(**values))


def count_article(session: Session, run_id: int, result: SaveResult) -> dict[str, int]:
    """Add a stored article to its run's record, in the transaction that stored it."""
    key = "articles_new" if result.created else "articles_updated" if result.changed else "articles_unchanged"
    counts = {key: 1, "comments_new": result.comments_new}
    if result.extraction_failures:
        counts["extraction_failures"] = result.extraction_failures
    added = {f"add_{name}": value for name, value in counts.items()}
    session.execute(_add_to_run(tuple(counts)), {"run": run_id} | added)
    return counts


@cache
def _add_to_run(names: tuple[str, ...]) -> Update:
    """The statement adding to a run's counters ``names``: built once for each set of them."""
    runs = table_of(CrawlRun)
    added = {runs.c[name]: runs.c[name] + bindparam(f"add_{name}") for name in names}
    return update(runs).where(runs.c.id == bindparam("run")).values(added)


def recent_runs(database: str | None, limit: int, site: str | None = None) -> list[CrawlRun]:
    """The latest runs, newest first (the database brought to the newest schema first)."""
    engine = engine_for(database)
    ensure_schema(engine)
    with session_factory(engine)() as session:
        return _recent_runs(session, limit, site)


def _recent_runs(session: Session, limit: int, site: str | None = None) -> list[CrawlRun]:
    query = select(CrawlRun).order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc()).limit(limit)
    if site:
        query = query.where(CrawlRun.site == site)
    return list(session.scalars(query))


class RunUnreadable(RuntimeError):
    """A run's record could not be read; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """A run's record, with its fetches' errors counted by kind (``fetches.error_kind``)."""

    articles_new: int
    articles_updated: int
    articles_unchanged: int
    comments_new: int
    requests: int
    not_modified: int
    extraction_failures: int
    error_kinds: dict[str, int]


def run_outcome(database: str | None, run_id: int) -> RunOutcome | None:
    """What a run did, read back (None: no such run); RunUnreadable when the database fails."""
    try:
        with Session(engine_for(database)) as session:
            run = session.get(CrawlRun, run_id)
            kinds = session.execute(
                select(Fetch.error_kind, func.count()).where(Fetch.run_id == run_id, Fetch.error_kind.is_not(None))
                .group_by(Fetch.error_kind)
            ).tuples().all()  # fmt: skip
    except DBAPIError as error:
        raise RunUnreadable(database_problem(error)) from error
    if run is None:
        return None
    return RunOutcome(
        articles_new=run.articles_new,
        articles_updated=run.articles_updated,
        articles_unchanged=run.articles_unchanged,
        comments_new=run.comments_new,
        requests=run.requests,
        not_modified=run.not_modified,
        extraction_failures=run.extraction_failures,
        error_kinds={kind: n for kind, n in kinds if kind is not None},
    )


def looks_dead(run: CrawlRun, now: datetime | None = None) -> bool:
    """A run still marked running whose heartbeat stopped: killed without a chance to say so."""
    return run.status == "running" and (now or utcnow()) - run.heartbeat_at > STALE_AFTER


def fleets(runs: list[CrawlRun]) -> list[list[CrawlRun]]:
    """Worker runs grouped by overlapping time: the processes that crawled together.  A run that
    never closed (a worker killed) leaves its group open to the next worker started, however
    late: that worker takes back the requests the killed one held and finishes its share, even
    when the others went idle and stopped in between."""
    workers = sorted((r for r in runs if r.spider == "worker"), key=lambda r: r.started_at)
    groups: list[list[CrawlRun]] = []
    end: datetime | None = None
    unclosed = False  # the group holds a killed run that no later start has taken up yet
    for run in workers:
        finished = run.finished_at or run.heartbeat_at
        if groups and end is not None and (run.started_at <= end or unclosed):
            groups[-1].append(run)
            unclosed = (unclosed and run.started_at <= end) or run.finished_at is None
            end = max(end, finished)
        else:
            groups.append([run])
            end, unclosed = finished, run.finished_at is None
    return [group for group in groups if len(group) > 1]
