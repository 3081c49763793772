"""A live status line for crawls run at a terminal (under cron, the plain log says it all)."""

from __future__ import annotations

import sys
import time

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

from crawler.vocabulary import counter

COUNTERS = ("pages", "not_modified", "articles_new", "articles_updated", "comments_new", "errors")


class ProgressLine:
    """Scrapy extension, on when ``PROGRESS_LINE`` is true and stderr is a terminal."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.show)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        if not crawler.settings.getbool("PROGRESS_LINE") or not sys.stderr.isatty():
            raise NotConfigured
        extension = cls(crawler)
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, spider: Spider) -> None:
        self.name = getattr(spider, "site_name", None) or spider.name
        self.loop.start(1.0)

    def show(self) -> None:
        stats = self.crawler.stats
        count = {name: stats.get_value(counter(name), 0) for name in COUNTERS}
        elapsed = int(time.monotonic() - self.started)
        sys.stderr.write(
            f"\r{self.name}: {count['pages']} pages ({count['not_modified']} unchanged), "
            f"{count['articles_new']} new + {count['articles_updated']} updated articles, "
            f"{count['comments_new']} new comments, {count['errors']} errors  [{elapsed}s] "
        )
        sys.stderr.flush()

    def closed(self, spider: Spider) -> None:
        if self.loop.running:
            self.loop.stop()
        self.show()
        sys.stderr.write("\n")
