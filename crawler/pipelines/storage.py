"""Persisting articles, comment threads, the fetch log and what the next run needs to know."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from scrapy import Spider
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response
from scrapy.utils.asyncio import sleep
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from twisted.python.failure import Failure

from crawler.items import ArticleItem, FetchItem, UrlValidators
from crawler.runtime import signals
from crawler.vocabulary import ErrorKind, Purpose, Stage, Stat, counter, may_pass, stage_error
from models.base import utcnow
from models.db import (
    DatabaseNotWritable,
    Sessions,
    database_problem,
    database_url,
    display_url,
    engine_for,
    prepare_for_writing,
    session_factory,
    transaction,
    transient_error,
)
from models.run_store import count_article
from models.store import (
    mark_checked,
    mark_fetch_failed,
    record_fetch,
    remember_lastmods,
    remember_refusal,
    remember_validators,
    save_article,
)

logger = logging.getLogger(__name__)

GONE = (404, 410)  # an article URL answering these is not asked again for a while
# What only discovery finds again: a run that failed one of these keeps no discovery validators.
DISCOVERED = frozenset({Purpose.ARTICLE, Purpose.FEED, Purpose.SITEMAP, Purpose.LISTING})
DATABASE_ERROR = "database-error"  # the finish reason of a crawl that could not store
_T = TypeVar("_T")
Write = Callable[[Session], None]


class StorageFailed(Exception):
    """An article could not be stored: the database refuses writes, or stayed away too long."""


class StoragePipeline:
    """Writes each ArticleItem in one transaction: a failure leaves the database as it was.

    A database that goes away (a restart, a lost connection, a lock held by another writer) is
    waited for, with the write retried, for up to DATABASE_RETRY_SECONDS; the fetch log is kept in
    memory meanwhile.  A database that takes no writes (read-only, disk full) stops the crawl with
    a clear reason, since nothing fetched could be kept.

    Discovery validators (feeds, sitemaps, listings) are written only when the run finishes with
    nothing left for later (an article or a discovery document that failed in a way that may
    pass, articles beyond a limit), so that the next run looks again instead of trusting a 304
    from a document that lists what was left."""

    def __init__(self, crawler: Crawler, url: str) -> None:
        self.crawler = crawler
        self.url = url
        self.retry_for = crawler.settings.getfloat("DATABASE_RETRY_SECONDS")
        self.engine: Engine | None = None
        self.sessions: Sessions | None = None
        self.started_at: datetime = utcnow()
        self.validators: dict[str, UrlValidators] = {}
        self.lastmods: dict[str, datetime] = {}
        self.pending: list[Write] = []  # fetch-log writes not yet stored, in order
        self.failed: str | None = None  # why nothing can be stored, once that is known
        self.outage = False  # writes are waiting for the database to come back
        self.left_for_later = False  # a fetch only discovery brings again failed in a way that may pass

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        pipeline = cls(crawler, database_url(crawler.settings.get("DATABASE_URL")))
        connect = crawler.signals.connect
        connect(pipeline.fetch_recorded, signal=signals.fetch_recorded)
        connect(pipeline.validators_seen, signal=signals.validators_seen)
        connect(pipeline.lastmod_seen, signal=signals.lastmod_seen)
        connect(pipeline.article_checked, signal=signals.article_checked)
        connect(pipeline.spider_error, signal=scrapy_signals.spider_error)
        connect(pipeline.item_error, signal=scrapy_signals.item_error)
        connect(pipeline.spider_closed, signal=scrapy_signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.engine = engine_for(self.url)
        try:
            if prepare_for_writing(self.engine):
                logger.info("database %s brought to the newest schema", display_url(self.url))
        except DatabaseNotWritable as error:
            self.failed = str(error)
            logger.error("cannot store anything in %s: %s", display_url(self.url), self.failed)
            raise CloseSpider(f"{DATABASE_ERROR}: {self.failed}") from error
        self.sessions = session_factory(self.engine)
        self.started_at = utcnow()

    # ------------------------------------------------------------------ articles
    async def process_item(self, item: object) -> object:
        if not isinstance(item, ArticleItem):
            return item
        if self.failed:
            raise StorageFailed(self.failed)
        run_id = self.crawler.stats.get_value(Stat.RUN_ID)

        def save(session: Session) -> tuple[Any, dict[str, int]]:
            result = save_article(session, item)
            return result, count_article(session, run_id, result) if run_id else {}

        result, counts = await self._write(save, f"article {item.url}")
        for name, value in counts.items():  # mirrored for the progress line
            self.crawler.stats.inc_value(counter(name), value)
        self.crawler.signals.send_catch_log(signal=signals.article_stored, item=item, result=result)
        return item

    async def _write(self, work: Callable[[Session], _T], what: str) -> _T:
        """``work`` in one transaction (after the fetch-log writes still pending), retried while
        the database is unavailable; StorageFailed when it refuses or stays away."""
        assert self.sessions is not None
        deadline, wait = time.monotonic() + self.retry_for, 0.5
        while True:
            try:
                result = self._transaction(work)
            except DBAPIError as error:
                problem = database_problem(error)
                if transient_error(error) and time.monotonic() + wait < deadline:
                    if not self.outage:
                        logger.warning("%s: writes wait and are retrying (for up to %.0f s)", problem, self.retry_for)
                    self.outage = True
                    logger.debug("%s not stored yet: retrying in %.1f s", what, wait)
                    await sleep(wait)
                    wait = min(wait * 2, 5.0)
                    continue
                self._give_up(problem)
                raise StorageFailed(problem) from error
            if self.outage:
                logger.warning("the database is back: writing again")
                self.outage = False
            return result

    def _transaction(self, work: Callable[[Session], _T]) -> _T:
        assert self.sessions is not None
        done = len(self.pending)
        with transaction(self.sessions) as session:
            for write in self.pending[:done]:
                try:
                    write(session)
                except DBAPIError:
                    raise
                except Exception:  # a bad log entry must not block every write after it
                    logger.exception("a fetch-log write failed and was dropped")
            result = work(session)
        del self.pending[:done]
        return result

    def _give_up(self, problem: str) -> None:
        """Nothing more can be stored: stop the crawl rather than fetch for nothing."""
        if self.failed is None:
            self.failed = problem
            logger.error("cannot store in %s: %s; stopping the crawl", display_url(self.url), problem)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=f"{DATABASE_ERROR}: {problem}"))

    # ------------------------------------------------------------------ the fetch log
    def _log(self, write: Write) -> None:
        """A fetch-log write: stored now if the database answers, else with the next write."""
        self.pending.append(write)
        if self.sessions is None or self.failed:
            return
        try:
            self._transaction(lambda session: None)
        except DBAPIError as error:
            if not transient_error(error):
                self._give_up(database_problem(error))
            elif len(self.pending) == 1:
                logger.warning("fetch log kept in memory until the database is back: %s", database_problem(error))

    def fetch_recorded(self, record: FetchItem) -> None:
        run_id = self.crawler.stats.get_value(Stat.RUN_ID)

        def write(session: Session) -> None:
            record_fetch(session, record, run_id)
            if record.purpose == Purpose.ARTICLE and (record.error_kind == ErrorKind.ROBOTS or record.status in GONE):
                remember_refusal(session, record.url)

        if record.purpose in DISCOVERED and may_pass(record.error_kind):
            self.left_for_later = True
        self._log(write)

    def article_checked(self, url: str) -> None:
        """A stored article answered 304: its thread counts as looked at now (rolling re-check)."""
        at = utcnow()
        self._log(lambda session: mark_checked(session, url, at))

    def _mark_failed(self, url: str, purpose: str | None, stage: Stage, failure: Failure) -> None:
        """A download that came back but could not be used: its fetch row says why.  One only
        discovery brings again leaves the discovery validators unkept, as a failed fetch does:
        the next run must find it again once the failure has passed (a fixed bug, say)."""
        run_id = self.crawler.stats.get_value(Stat.RUN_ID)
        name = failure.type.__name__ if failure.type else "error"
        kind, error = stage_error(stage, name), f"{name}: {failure.getErrorMessage()}"
        if purpose in DISCOVERED and may_pass(kind):
            self.left_for_later = True
        self._log(lambda session: mark_fetch_failed(session, url, run_id, kind, error))

    def spider_error(self, failure: Failure, response: Response) -> None:
        if response is not None:
            self._mark_failed(response.url, response.meta.get("purpose"), "parse", failure)

    def item_error(self, item: object, response: Response, failure: Failure) -> None:
        url = getattr(item, "fetched_url", None) or (response.url if response is not None else None)
        if url and not failure.check(StorageFailed):
            self._mark_failed(url, Purpose.ARTICLE, "store", failure)

    # ------------------------------------------------------------------ the end of the run
    def validators_seen(self, validators: UrlValidators) -> None:
        self.validators[validators.url] = validators

    def lastmod_seen(self, url: str, lastmod: datetime) -> None:
        if url not in self.lastmods or lastmod > self.lastmods[url]:
            self.lastmods[url] = lastmod

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.sessions is None:
            return
        keep_validators = reason == "finished" and not (self.left_for_later or self.crawler.stats.get_value(Stat.DISCOVERY_CUT))

        def finish(session: Session) -> None:
            # Safe whatever the reason: only articles stored during this run take the lastmod.
            remember_lastmods(session, self.lastmods, self.started_at)
            if keep_validators:
                remember_validators(session, list(self.validators.values()))

        deadline, wait = time.monotonic() + (0 if self.failed else self.retry_for), 0.5
        while True:
            try:
                self._transaction(finish)
                break
            except DBAPIError as error:
                if self.failed or not transient_error(error) or time.monotonic() + wait > deadline:
                    logger.error("the end of run #%s was not stored (%s): %d fetch-log rows lost",
                                 self.crawler.stats.get_value(Stat.RUN_ID), database_problem(error), len(self.pending))
                    break
                time.sleep(wait)  # the reactor is stopping: nothing else to wait for
                wait = min(wait * 2, 5.0)
        assert self.engine is not None
        self.engine.dispose()
