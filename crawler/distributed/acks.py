"""Telling the scheduler when a worker is done with a request it took from the shared queue.

A request is done when its callback has produced everything and every request it produced has
reached the scheduler (queued in Redis, or dropped as already seen), and, if it produced
articles, when they are stored.  Scrapy may run a callback to its end before it schedules what
the callback produced: a worker killed in between had said it was done with a page whose links
were never queued, and those pages were lost to the round.  A callback that raises is done too:
the page is broken, and taking it again would not mend it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from scrapy import Request, Spider
from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.items import ArticleItem
from crawler.runtime import signals

# The meta key of a produced request that names the in-flight request it came from.
PARENT = "inflight_parent"


@dataclass
class _Held:
    """What a request still waits for before it is done."""

    waiting: int = 0  # requests not yet handed to the scheduler, articles not yet stored
    finished: bool = False  # its callback has produced everything


class AckMiddleware:
    """Spider middleware of the distributed worker."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.pending: dict[int, str] = {}  # id(article item) -> token of the request that made it
        self.held: dict[str, _Held] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckMiddleware:
        middleware = cls(crawler)
        crawler.signals.connect(middleware.article_stored, signal=signals.article_stored)
        crawler.signals.connect(middleware.handed_on, signal=signals.request_handed_on)
        crawler.signals.connect(middleware.item_failed, signal=scrapy_signals.item_error)
        crawler.signals.connect(middleware.item_failed, signal=scrapy_signals.item_dropped)
        return middleware

    def _done(self, token: str | None) -> None:
        if token:
            self.crawler.signals.send_catch_log(signal=signals.request_done, token=token)

    def _watch(self, token: str | None, output: Any) -> None:
        """Hold back the acknowledgement of a request until what it produced is handed on."""
        if not token:
            return
        if isinstance(output, ArticleItem):
            self.pending[id(output)] = token
        elif isinstance(output, Request):
            output.meta[PARENT] = token
        else:
            return
        self.held.setdefault(token, _Held()).waiting += 1

    def _release(self, token: str, finished: bool = False) -> None:
        """One thing the request waited for is done (or its callback finished): acknowledge it
        when nothing is left."""
        held = self.held.get(token)
        if held is None:
            return
        if finished:
            held.finished = True
        else:
            held.waiting -= 1
        if held.finished and held.waiting <= 0:
            del self.held[token]
            self._done(token)

    def _finished(self, token: str | None) -> None:
        if not token:
            return
        if token in self.held:
            self._release(token, finished=True)
        else:
            self._done(token)  # it produced nothing to wait for

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        token = response.meta.get("inflight")
        for output in result:
            self._watch(token, output)
            yield output
        self._finished(token)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        token = response.meta.get("inflight")
        async for output in result:
            self._watch(token, output)
            yield output
        self._finished(token)

    def process_spider_exception(self, response: Response, exception: Exception) -> None:
        token = response.meta.get("inflight")
        if token:
            self.held.pop(token, None)
        self._done(token)

    def handed_on(self, token: str) -> None:
        """The scheduler took a request that the request of ``token`` produced."""
        self._release(token)

    def article_stored(self, item: Any, result: Any) -> None:
        token = self.pending.pop(id(item), None)
        if token:
            self._release(token)

    def item_failed(self, item: Any, response: Response, spider: Spider, **_: Any) -> None:
        # Not acknowledged: the request goes back to the queue if this worker dies, and is tried
        # again by the next round otherwise.  Forget the item and the request's wait.
        token = self.pending.pop(id(item), None)
        if token:
            self.held.pop(token, None)
