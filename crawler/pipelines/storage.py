"""Persisting articles, comment threads, the fetch log and what the next run needs to know."""

from __future__ import annotations

import logging
from datetime import datetime

from scrapy import Spider, signals as scrapy_signals
from scrapy.crawler import Crawler
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crawler import signals
from crawler.items import ArticleItem, FetchItem, UrlValidators
from crawler.middlewares import ROBOTS_REFUSAL
from crawler.runs import RUN_ID_STAT
from crawler.spiders.site import DISCOVERY_CUT
from models.base import utcnow
from models.db import database_url, display_url, ensure_schema, make_engine, session_factory, transaction
from models.run_store import count_article
from models.store import record_fetch, remember_lastmods, remember_refusal, remember_validators, save_article

logger = logging.getLogger(__name__)

GONE = (404, 410)  # an article URL answering these is not asked again for a while


class StoragePipeline:
    """Writes each ArticleItem in one transaction: a failure leaves the database as it was.

    Discovery validators (feeds, sitemaps, listings) are written only when the run finishes, so a
    run that died part-way leaves the next one to look again instead of trusting a 304."""

    def __init__(self, crawler: Crawler, url: str) -> None:
        self.crawler = crawler
        self.url = url
        self.engine: Engine | None = None
        self.sessions: sessionmaker[Session] | None = None
        self.started_at: datetime = utcnow()
        self.validators: dict[str, UrlValidators] = {}
        self.lastmods: dict[str, datetime] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        pipeline = cls(crawler, database_url(crawler.settings.get("DATABASE_URL")))
        crawler.signals.connect(pipeline.fetch_recorded, signal=signals.fetch_recorded)
        crawler.signals.connect(pipeline.validators_seen, signal=signals.validators_seen)
        crawler.signals.connect(pipeline.lastmod_seen, signal=signals.lastmod_seen)
        crawler.signals.connect(pipeline.spider_closed, signal=scrapy_signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        self.engine = make_engine(self.url)
        if ensure_schema(self.engine):
            logger.info("database %s brought to the newest schema", display_url(self.url))
        self.sessions = session_factory(self.engine)
        self.started_at = utcnow()

    def process_item(self, item: object) -> object:
        if isinstance(item, ArticleItem):
            assert self.sessions is not None
            run_id = self.crawler.stats.get_value(RUN_ID_STAT)
            with transaction(self.sessions) as session:
                result = save_article(session, item)
                counts = count_article(session, run_id, result) if run_id else {}
            for name, value in counts.items():  # mirrored for the progress line
                self.crawler.stats.inc_value(f"casualties/{name}", value)
            self.crawler.signals.send_catch_log(signal=signals.article_stored, item=item, result=result)
        return item

    def fetch_recorded(self, record: FetchItem) -> None:
        if self.sessions is None:  # a download before the spider opened (robots.txt): nowhere yet
            return
        with transaction(self.sessions) as session:
            record_fetch(session, record, self.crawler.stats.get_value(RUN_ID_STAT))
            if record.purpose == "article" and (record.error_kind == ROBOTS_REFUSAL or record.status in GONE):
                remember_refusal(session, record.url)

    def validators_seen(self, validators: UrlValidators) -> None:
        self.validators[validators.url] = validators

    def lastmod_seen(self, url: str, lastmod: datetime) -> None:
        if url not in self.lastmods or lastmod > self.lastmods[url]:
            self.lastmods[url] = lastmod

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.sessions is None:
            return
        with transaction(self.sessions) as session:
            # Safe whatever the reason: only articles stored during this run take the lastmod.
            remember_lastmods(session, self.lastmods, self.started_at)
            if reason == "finished" and not self.crawler.stats.get_value(DISCOVERY_CUT):
                remember_validators(session, list(self.validators.values()))
        assert self.engine is not None
        self.engine.dispose()
