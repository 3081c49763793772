"""When a worker says it is done with a request it took from the shared queue: only once what
its callback produced is in the scheduler's hands (and its articles are stored), not when the
callback's output has merely been read, which Scrapy may do before it schedules any of it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.signalmanager import SignalManager

from crawler.distributed.acks import PARENT, AckMiddleware
from crawler.items import ArticleItem
from crawler.runtime import signals


def _middleware() -> tuple[AckMiddleware, list[str]]:
    crawler: Any = SimpleNamespace(signals=SignalManager())
    done: list[str] = []
    crawler.signals.connect(lambda token: done.append(token), signal=signals.request_done, weak=False)
    return AckMiddleware.from_crawler(crawler), done


def _article() -> ArticleItem:
    """An article item as the spider yields it (its fields do not matter here, only its identity)."""
    return ArticleItem.__new__(ArticleItem)


def _listing(token: str) -> HtmlResponse:
    request = Request("http://127.0.0.1/page/2/", meta={"inflight": token})
    return HtmlResponse(request.url, body=b"<html></html>", request=request)


def test_a_listing_is_done_only_when_every_link_it_gave_is_handed_on() -> None:
    middleware, done = _middleware()
    links = [Request(f"http://127.0.0.1/2024/0{n}/story/") for n in range(1, 4)]
    produced = list(middleware.process_spider_output(_listing("t1"), links))  # read to its end first
    assert done == []  # a worker killed now still holds the listing: its links are not yet queued
    assert all(request.meta[PARENT] == "t1" for request in produced)
    for request in produced[:-1]:
        middleware.handed_on(request.meta.pop(PARENT))
    assert done == []
    middleware.handed_on(produced[-1].meta.pop(PARENT))
    assert done == ["t1"]


def test_a_page_that_gave_an_article_and_a_comment_page_waits_for_both() -> None:
    middleware, done = _middleware()
    article, comments = _article(), Request("http://127.0.0.1/2024/01/story/comment-page-2/")
    list(middleware.process_spider_output(_listing("t2"), [article, comments]))
    middleware.article_stored(item=article, result=None)
    assert done == []
    middleware.handed_on("t2")
    assert done == ["t2"]


def test_a_page_that_gave_nothing_is_done_at_once() -> None:
    middleware, done = _middleware()
    list(middleware.process_spider_output(_listing("t3"), []))
    assert done == ["t3"]


def test_an_article_that_failed_to_store_keeps_its_request_held() -> None:
    middleware, done = _middleware()
    article = _article()
    list(middleware.process_spider_output(_listing("t4"), [article]))
    middleware.item_failed(item=article, response=_listing("t4"), spider=Spider("worker"))
    middleware.handed_on("t4")  # a stray signal changes nothing
    assert done == []


def test_a_callback_that_raised_is_done() -> None:
    middleware, done = _middleware()
    middleware.process_spider_exception(_listing("t5"), ValueError("broken page"))
    assert done == ["t5"]
