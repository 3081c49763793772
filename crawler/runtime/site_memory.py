"""Scrapy extension: a site crawl's lock, and what the database knows of its sites.

Built with the crawl, before anything is fetched: a spider that crawls configured sites
(``remember_with``) is handed a reader of the database's state of a site, bound to the crawl's
database, and a run of one site (``site_name``) takes that site's lock first, so that a second
run of it fails at once (``SiteLocked``) and the lock goes with the run.
"""

from __future__ import annotations

from functools import partial

from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from models.crawl_state import load_site_state
from models.db import database_url
from models.locks import SiteLock


class SiteMemory:
    def __init__(self, crawler: Crawler, lock: SiteLock | None) -> None:
        self.lock = lock
        crawler.signals.connect(self.spider_closed, signal=scrapy_signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteMemory:
        spider = crawler.spider
        remember_with = getattr(spider, "remember_with", None)
        if remember_with is None:
            raise NotConfigured
        database = database_url(crawler.settings.get("DATABASE_URL"))
        site = getattr(spider, "site_name", None)
        lock = None
        if site:
            lock = SiteLock(database, site)
            lock.acquire()  # SiteLocked: another run of this site is going on
        extension = cls(crawler, lock)
        try:
            remember_with(partial(load_site_state, database))
        except BaseException:
            extension.spider_closed()
            raise
        return extension

    def spider_closed(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

