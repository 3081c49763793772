"""Which runs keep the validators of feeds, sitemaps and listings: a run that failed to read or
store a page only discovery brings again keeps none, so the next run is not answered 304 by every
document that lists it."""

from __future__ import annotations

import pytest
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from sqlalchemy import select
from sqlalchemy.orm import Session
from twisted.python.failure import Failure

from crawler.items import UrlValidators
from crawler.pipelines.storage import StoragePipeline
from crawler.understand.html import UnreadablePage
from crawler.vocabulary import Purpose, Stage
from models.db import make_engine
from models.runs import UrlState

FEED = UrlValidators(url="http://127.0.0.1:8000/feed/", kind="feed", etag='"v41"', last_modified=None, content_hash=None)
ARTICLE = "http://127.0.0.1:8000/2023/03/04/shelling-of-the-market/"


def _failure(error: Exception) -> Failure:
    try:
        raise error
    except type(error):
        return Failure()


def _page(url: str, purpose: Purpose) -> HtmlResponse:
    request = Request(url, meta={"purpose": purpose})
    return HtmlResponse(url, body=b"<html><body><p>...</p></body></html>", request=request)


Failing = tuple[Stage, str, Purpose, Exception]  # where, on which page, for what, what was raised


def _run(sqlite_url: str, failing: Failing | None) -> set[str]:
    """One run that saw the feed's validators, with one page failing as given; the URLs whose
    validators the database keeps afterwards."""
    crawler = get_crawler(Spider, {"DATABASE_URL": sqlite_url})
    pipeline = StoragePipeline.from_crawler(crawler)
    pipeline.open_spider()
    pipeline.validators_seen(FEED)
    if failing is not None:
        stage, url, purpose, error = failing
        if stage == "store":
            pipeline.item_error(object(), _page(url, purpose), _failure(error))
        else:
            pipeline.spider_error(_failure(error), _page(url, purpose))
    pipeline.spider_closed(Spider("site"), "finished")
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        kept = set(session.scalars(select(UrlState.url).where(UrlState.etag.is_not(None))))
    engine.dispose()
    return kept


def test_a_run_without_failures_keeps_the_validators(sqlite_url: str) -> None:
    assert _run(sqlite_url, None) == {FEED.url}


@pytest.mark.parametrize(
    "failing",
    [
        ("store", ARTICLE, Purpose.ARTICLE, KeyError("byline")),  # an article our pipelines could not store
        ("parse", ARTICLE, Purpose.ARTICLE, ValueError("no date")),  # ... or our spider could not read
        ("parse", "http://127.0.0.1:8000/category/world/page/2/", Purpose.LISTING, AttributeError("next")),
    ],
)
def test_a_page_that_failed_to_read_or_store_leaves_the_validators_unkept(sqlite_url: str, failing: Failing) -> None:
    assert _run(sqlite_url, failing) == set()


def test_a_failure_that_a_later_run_meets_again_keeps_them(sqlite_url: str) -> None:
    """HTML nested beyond what the parser reads fails on every run: no reason to read every
    feed and listing in full again."""
    unreadable = UnreadablePage("the page is beyond what the HTML parser reads whole")
    assert _run(sqlite_url, ("parse", ARTICLE, Purpose.ARTICLE, unreadable)) == {FEED.url}


def test_a_comment_page_that_failed_keeps_them(sqlite_url: str) -> None:
    """A thread's further page is asked again through its article, not through discovery."""
    failing: Failing = ("parse", ARTICLE + "comment-page-2/", Purpose.COMMENT_PAGE, KeyError("author"))
    assert _run(sqlite_url, failing) == {FEED.url}
