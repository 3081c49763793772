"""Page understanding in worker processes, so the crawl process keeps Scrapy and the writes.

``ReadingMiddleware`` (a downloader middleware, next to the engine so that it sees only final
answers) sends each downloaded article page and comment page its spider asked to read to
``UNDERSTANDING_PROCESSES`` worker processes and attaches what they read to the request
(``crawler.runtime.page_reads``); the spider's callbacks stay synchronous and read a page
themselves when nothing is attached (no workers, ``scrapy parse``, a page a worker failed on, a
page the crawl process takes while the workers start or are all busy: ``POOL_SHARE_WORK``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.runtime.page_reads import READ, PageRead, ask_of, download_of
from crawler.runtime.pool import WorkerPool
from crawler.understand.pages import read_download
from crawler.vocabulary import Stat

logger = logging.getLogger(__name__)


class ReadingMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.pool = WorkerPool(
            settings.getint("UNDERSTANDING_PROCESSES"), "understanding", settings.getbool("POOL_SHARE_WORK"), code=read_download.__module__
        )
        self.pool.start()  # now, not when the spider opens: the first page follows its opening at once
        crawler.signals.connect(self.pool.shutdown, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReadingMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response:
        ask = ask_of(request)
        if self.pool.processes <= 0 or not 200 <= response.status < 300 or ask is None:
            return response
        if self.pool.runs_here(read_download):
            return response  # the spider's callback reads it, here
        fetched_at = ask.fetched_at or datetime.now(UTC)
        download = download_of(response, ask.purpose, fetched_at, ask.tz, ask.rules)
        try:
            request.meta[READ] = PageRead(fetched_at, await self.pool.run(read_download, download))
            self.crawler.stats.inc_value(Stat.READ_IN_WORKERS)
        except Exception as error:  # the callback reads the page again, and fails as it always did
            logger.debug("a worker could not read %s: %r", response.url, error)
        return response
