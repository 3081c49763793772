"""Telling the scheduler when a worker is done with a request it took from the shared queue.

A request is done when its callback has produced everything (its follow-up requests are then in
the queue), or, if the callback produced an article, when that article is stored.  A callback
that raises is done too: the page is broken, and taking it again would not mend it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy import Spider
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.items import ArticleItem
from crawler.runtime import signals


class AckMiddleware:
    """Spider middleware of the distributed worker."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pending: dict[int, str] = {}  # id(article item) -> token of the request that made it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.article_stored, signal=signals.article_stored)
        crawler.signals.connect(middleware.item_failed, signal=scrapy_signals.item_error)
        crawler.signals.connect(middleware.item_failed, signal=scrapy_signals.item_dropped)
        return middleware

    def _done(self, token: str | None) -> None:
        if token:
            self.crawler.signals.send_catch_log(signal=signals.request_done, token=token)

    def _watch(self, token: str | None, output: Any) -> bool:
        """Hold back the acknowledgement of a request whose output is an article until it is stored."""
        if token and isinstance(output, ArticleItem):
            self.pending[id(output)] = token
            return True
        return False

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        token = response.meta.get("inflight")
        holds = False
        for output in result:
            holds = self._watch(token, output) or holds
            yield output
        if not holds:
            self._done(token)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        token = response.meta.get("inflight")
        holds = False
        async for output in result:
            holds = self._watch(token, output) or holds
            yield output
        if not holds:
            self._done(token)

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        self._done(response.meta.get("inflight"))

    def article_stored(self, item: Any, result: Any) -> None:
        self._done(self.pending.pop(id(item), None))

    def item_failed(self, item: Any, response: Response, spider: Spider, **_: Any) -> None:
        # Not acknowledged: the request goes back to the queue if this worker dies, and is tried
        # again by the next round otherwise.  Forget the item so the map does not grow.
        self.pending.pop(id(item), None)
