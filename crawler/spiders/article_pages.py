"""Reading an article page and gathering its whole comment thread before the item leaves.

A thread may span several HTML pages ("Older comments", ``comment-page-N``, ``?cpage=N``) or be
available complete from the WordPress REST API.  The pages of one thread are fetched one after
the other, each request carrying the ``ThreadInProgress`` read so far (in ``cb_kwargs``), so no
state is shared between requests: a crawl persisted in a job directory and resumed after a stop
continues each thread where it stopped.  The callback that finds nothing left yields the item.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure
from w3lib.url import add_or_replace_parameters, canonicalize_url

from crawler.items import ArticleItem, UrlValidators
from crawler.runtime import signals
from crawler.runtime.page_reads import READ_ASK, ReadAsk, content_type, download_of, read_of
from crawler.spiders.article_items import article_item
from crawler.understand.article_page import ArticlePage
from crawler.understand.comments.merging import assemble_thread
from crawler.understand.html import ParsedPage, parse_page
from crawler.understand.page_records import Comment, CommentSection
from crawler.understand.pages import ArticleReading, PagePurpose, read_download
from crawler.understand.site_rules import ReadingRules
from crawler.vocabulary import Purpose

PageKind = Literal["html", "rest"]


def wp_rest_comments_url(api_root: str, post_id: int, page: int, per_page: int) -> str:
    """The REST URL of one page of a post's comments, for both pretty and ``?rest_route=`` roots."""
    params = {"post": str(post_id), "per_page": str(per_page), "page": str(page), "orderby": "date_gmt", "order": "asc"}
    if "rest_route=" in api_root:
        return add_or_replace_parameters(api_root, {"rest_route": "/wp/v2/comments", **params})
    return add_or_replace_parameters(api_root.rstrip("/") + "/wp/v2/comments", params)


def _json_list(body: bytes) -> bool:
    """Whether a REST API answer is what the API gives: a JSON list."""
    try:
        return isinstance(json.loads(body), list)
    except ValueError:
        return False


def parsed(response: Response) -> ParsedPage:
    return parse_page(response.body, response.url, content_type(response))


def page_validators(response: Response, kind: str) -> UrlValidators | None:
    """The response's ETag and Last-Modified, when the server sent either."""
    etag, modified = response.headers.get(b"ETag"), response.headers.get(b"Last-Modified")
    if not etag and not modified:
        return None
    return UrlValidators(
        url=response.url,
        kind=kind,
        etag=etag.decode("latin-1") if etag else None,
        last_modified=modified.decode("latin-1") if modified else None,
        content_hash=hashlib.sha256(response.body).hexdigest(),
    )


def same_site(article_url: str, url: str) -> bool:
    """Thread pages are followed only over http(s) and only on the article's own host."""
    article, target = urlsplit(article_url), urlsplit(url)
    return article.scheme in ("http", "https") and target.scheme in ("http", "https") and (
        article.hostname == target.hostname
    )


@dataclass(slots=True)
class ThreadInProgress:
    """One article and the comment pages read so far, with the pages still to read."""

    page: ArticlePage
    fetched_url: str
    fetched_at: datetime
    html_pages: list[list[Comment]] = field(default_factory=list)
    rest_pages: list[list[Comment]] = field(default_factory=list)
    queue: list[tuple[PageKind, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    fetched_pages: list[str] = field(default_factory=list)
    use_rest: bool = False
    complete: bool = True  # False once a comment page failed: the item then holds part of the thread
    site: str | None = None
    validators: list[UrlValidators] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.html_pages.append(self.page.comments.comments)
        self.seen.add(canonicalize_url(self.fetched_url))

    def enqueue_html(self, urls: list[str], limit: int) -> None:
        for url in urls:
            key = canonicalize_url(url)
            if key not in self.seen and same_site(self.fetched_url, url) and len(self.seen) < limit:
                self.seen.add(key)
                self.queue.append(("html", url))

    def give_up_rest(self, limit: int) -> None:
        """The REST API failed part-way: forget what it gave, read the HTML pages instead."""
        self.use_rest = False
        self.rest_pages.clear()
        self.queue = [entry for entry in self.queue if entry[0] != "rest"]
        self.enqueue_html(self.page.comments.next_pages, limit)

    def item(self) -> ArticleItem:
        pages = self.rest_pages if self.use_rest else self.html_pages
        return article_item(
            self.page,
            assemble_thread(pages),
            fetched_url=self.fetched_url,
            fetched_at=self.fetched_at,
            comment_pages=self.fetched_pages,
            thread_complete=self.complete,
            site=self.site,
            validators=self.validators,
        )


class ArticlePagesSpider(Spider):
    """Base of the spiders that read article pages: parsing, comment paging, the REST API."""

    tz: str | None = None  # the site's time zone (IANA name) for dates given without an offset

    @property
    def _page_limit(self) -> int:
        return self.settings.getint("COMMENT_PAGES_MAX")

    def to_read(self, request: Request, purpose: PagePurpose, fetched_at: datetime | None = None) -> Request:
        """The request, marked as one whose answer this spider reads whole (``ReadAsk``), so the
        reading middleware may read it in a worker process."""
        request.meta[READ_ASK] = ReadAsk(purpose, self.site_of(request)[1], self.rules_of(request), fetched_at)
        return request

    def read(self, response: Response, purpose: PagePurpose, fetched_at: datetime) -> tuple[datetime, ArticleReading | CommentSection]:
        """The fetch time and what ``read_download`` gives for the page: as a worker process read
        it (``crawler.runtime.reading``), else read here."""
        found = read_of(response)
        if found is not None:
            return found.fetched_at, found.reading
        page = download_of(response, purpose, fetched_at, self.site_of(response)[1], self.rules_of(response))
        return fetched_at, read_download(page)

    def parse_article(self, response: Response) -> Iterator[ArticleItem | Request]:
        """Read an article page, then gather the rest of its comment thread."""
        fetched_at, reading = self.read(response, "article", datetime.now(UTC))
        assert isinstance(reading, ArticleReading)
        article = reading.article
        for problem in article.problems:
            self.logger.warning("%s: part of the page could not be read, stored without it: %s", response.url, problem)
        site = self.site_of(response)[0]
        carried: list[UrlValidators] = response.meta.get("carry_validators", [])
        own = page_validators(response, "article")
        thread = ThreadInProgress(
            page=article,
            fetched_url=response.url,
            fetched_at=fetched_at,
            site=site,
            validators=[v for v in (own, *self.article_extras(reading), *carried) if v is not None],
        )
        section = article.comments
        if section.wp_rest_url and section.wp_post_id and same_site(response.url, section.wp_rest_url):
            thread.use_rest = True
            per_page = self.settings.getint("WP_REST_PER_PAGE")
            thread.queue.append(("rest", wp_rest_comments_url(section.wp_rest_url, section.wp_post_id, 1, per_page)))
        else:
            thread.enqueue_html(section.next_pages, self._page_limit)
        yield from self._continue(thread)

    def site_of(self, response: Request | Response) -> tuple[str | None, str | None]:
        """The sites-file name of the site a request (or its response) belongs to, and its time zone."""
        return None, self.tz

    def rules_of(self, response: Request | Response) -> ReadingRules | None:
        """The site's own overrides of page understanding (the site spider reads them from the
        sites file); None: the general rules alone."""
        return None

    def article_extras(self, reading: ArticleReading) -> list[UrlValidators]:
        """Further URLs to remember with the article (the site spider adds its comment feed)."""
        return []

    def _continue(self, thread: ThreadInProgress) -> Iterator[ArticleItem | Request]:
        """Request the next page of the thread, or yield the article when none is left."""
        if not thread.queue:
            yield thread.item()
            return
        kind, url = thread.queue.pop(0)
        meta: dict[str, object] = {"purpose": Purpose.WP_REST if kind == "rest" else Purpose.COMMENT_PAGE}
        if thread.site is not None:
            meta["site"] = thread.site
        request = Request(
            url,
            callback=self.parse_wp_rest if kind == "rest" else self.parse_comment_page,
            errback=self.thread_page_failed,
            cb_kwargs={"thread": thread},
            meta=meta,
            # The thread tracks what it has seen; a silently filtered request would lose the item.
            dont_filter=True,
        )
        yield request if kind == "rest" else self.to_read(request, "comment-page", thread.fetched_at)

    def parse_comment_page(self, response: Response, thread: ThreadInProgress) -> Iterator[ArticleItem | Request]:
        thread.fetched_pages.append(response.url)
        section = self.read(response, "comment-page", thread.fetched_at)[1]
        assert isinstance(section, CommentSection)
        thread.html_pages.append(section.comments)
        thread.enqueue_html(section.next_pages, self._page_limit)
        yield from self._continue(thread)

    def parse_wp_rest(self, response: Response, thread: ThreadInProgress) -> Iterator[ArticleItem | Request]:
        if not _json_list(response.body):
            # An error page, a login wall, a plugin's HTML: the API cannot be trusted for this thread.
            self.logger.warning("WordPress REST comments unusable at %s: reading the HTML thread", response.url)
            thread.give_up_rest(self._page_limit)
        else:
            from crawler.understand.comments import parse_wp_rest_comments  # threads on http(s) sites only

            comments = parse_wp_rest_comments(response.body, thread.fetched_url, self.site_of(response)[1])
            thread.fetched_pages.append(response.url)
            thread.rest_pages.append(comments)
            if len(thread.rest_pages) == 1:
                self._queue_rest_pages(response, thread)
        yield from self._continue(thread)

    def _queue_rest_pages(self, first: Response, thread: ThreadInProgress) -> None:
        section = thread.page.comments
        assert section.wp_rest_url is not None and section.wp_post_id is not None
        try:
            total = int(first.headers.get(b"X-WP-TotalPages") or b"1")
        except ValueError:
            total = 1
        per_page = self.settings.getint("WP_REST_PER_PAGE")
        for number in range(2, min(total, self._page_limit) + 1):
            thread.queue.append(("rest", wp_rest_comments_url(section.wp_rest_url, section.wp_post_id, number, per_page)))

    def settle(self, request: Request) -> None:
        """A request that failed is done with: say so, for the distributed worker's bookkeeping
        (errback output does not pass through the spider middlewares that do it otherwise)."""
        token = request.meta.get("inflight")
        if token:
            self.crawler.signals.send_catch_log(signal=signals.request_done, token=token)

    def thread_page_failed(self, failure: Failure) -> Iterator[ArticleItem | Request]:
        request = failure.request  # type: ignore[attr-defined]
        self.settle(request)
        thread: ThreadInProgress = request.cb_kwargs["thread"]
        self.logger.warning("comment page failed: %s (%s)", request.url, failure.getErrorMessage())
        if request.meta.get("purpose") == Purpose.WP_REST and thread.use_rest:
            thread.give_up_rest(self._page_limit)  # the HTML pages still give the whole thread
        else:
            thread.complete = False
        yield from self._continue(thread)
