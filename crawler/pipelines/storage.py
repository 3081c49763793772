"""Persisting articles, comment threads and the fetch log, one transaction per page."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crawler import signals
from crawler.items import ArticleItem, FetchItem
from models.db import database_url, display_url, ensure_schema, make_engine, session_factory, transaction
from models.store import record_fetch, save_article

logger = logging.getLogger(__name__)


class StoragePipeline:
    """Writes each ArticleItem in one transaction: a failure leaves the database as it was."""

    def __init__(self, crawler: Crawler, url: str) -> None:
        self.crawler = crawler
        self.url = url
        self.engine: Engine | None = None
        self.sessions: sessionmaker[Session] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoragePipeline:
        pipeline = cls(crawler, database_url(crawler.settings.get("DATABASE_URL")))
        crawler.signals.connect(pipeline.fetch_recorded, signal=signals.fetch_recorded)
        return pipeline

    def open_spider(self) -> None:
        self.engine = make_engine(self.url)
        if ensure_schema(self.engine):
            logger.info("database %s brought to the newest schema", display_url(self.url))
        self.sessions = session_factory(self.engine)

    def close_spider(self) -> None:
        if self.engine is not None:
            self.engine.dispose()

    def process_item(self, item: object) -> object:
        if isinstance(item, ArticleItem):
            assert self.sessions is not None
            with transaction(self.sessions) as session:
                result = save_article(session, item)
            self.crawler.signals.send_catch_log(signal=signals.article_stored, item=item, result=result)
        return item

    def fetch_recorded(self, record: FetchItem) -> None:
        if self.sessions is None:  # a download before the spider opened (robots.txt): nowhere yet
            return
        with transaction(self.sessions) as session:
            record_fetch(session, record)
