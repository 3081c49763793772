"""Reading an article page and gathering its whole comment thread before the item leaves.

A thread may span several HTML pages ("Older comments", ``comment-page-N``, ``?cpage=N``) or be
available complete from the WordPress REST API.  A ``ThreadCollector`` holds what has been read
of one article while those requests are in flight; the callback that empties it yields the item.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure
from w3lib.url import add_or_replace_parameters, canonicalize_url

from crawler.items import ArticleItem, article_item
from crawler.understand.article import ArticlePage, understand_article
from crawler.understand.comments import extract_comments, parse_wp_rest_comments
from crawler.understand.html import ParsedPage, parse_page
from crawler.understand.records import Comment
from crawler.understand.threads import assemble_thread


def wp_rest_comments_url(api_root: str, post_id: int, page: int, per_page: int) -> str:
    """The REST URL of one page of a post's comments, for both pretty and ``?rest_route=`` roots."""
    params = {"post": str(post_id), "per_page": str(per_page), "page": str(page), "orderby": "date_gmt", "order": "asc"}
    if "rest_route=" in api_root:
        return add_or_replace_parameters(api_root, {"rest_route": "/wp/v2/comments", **params})
    return add_or_replace_parameters(api_root.rstrip("/") + "/wp/v2/comments", params)


def parsed(response: Response) -> ParsedPage:
    content_type = response.headers.get(b"Content-Type")
    return parse_page(response.body, response.url, content_type.decode("latin-1") if content_type else None)


@dataclass(slots=True)
class ThreadCollector:
    """One article and the comment pages read so far; ``pending`` holds requests in flight."""

    page: ArticlePage
    fetched_url: str
    fetched_at: datetime
    html_pages: list[list[Comment]] = field(default_factory=list)
    rest_pages: dict[int, list[Comment]] = field(default_factory=dict)
    seen_urls: set[str] = field(default_factory=set)
    pending: set[str] = field(default_factory=set)
    fetched_pages: list[str] = field(default_factory=list)
    rest_failed: bool = False

    def __post_init__(self) -> None:
        self.html_pages.append(self.page.comments.comments)
        self.seen_urls.add(canonicalize_url(self.fetched_url))

    @property
    def done(self) -> bool:
        return not self.pending

    def item(self) -> ArticleItem:
        if self.rest_pages and not self.rest_failed:
            pages = [self.rest_pages[n] for n in sorted(self.rest_pages)]
        else:
            pages = self.html_pages
        return article_item(
            self.page,
            assemble_thread(pages),
            fetched_url=self.fetched_url,
            fetched_at=self.fetched_at,
            comment_pages=self.fetched_pages,
        )


class ArticlePagesSpider(Spider):
    """Base of the spiders that read article pages: parsing, comment paging, the REST API."""

    tz: str | None = None  # the site's time zone (IANA name) for dates given without an offset

    def _may_follow(self, article_url: str, url: str) -> bool:
        """Thread pages are followed only over http(s) and only on the article's own host."""
        article, target = urlsplit(article_url), urlsplit(url)
        return article.scheme in ("http", "https") and target.scheme in ("http", "https") and (
            article.hostname == target.hostname
        )

    def _thread_request(self, url: str, collector: ThreadCollector, callback: Any, purpose: str, **kwargs: Any) -> Request:
        collector.pending.add(url)
        return Request(
            url,
            callback=callback,
            errback=self.thread_page_failed,
            cb_kwargs={"collector": collector, **kwargs},
            meta={"purpose": purpose},
            # The collector tracks what it has seen; a silently filtered request would stall it.
            dont_filter=True,
        )

    def parse_article(self, response: Response) -> Iterator[ArticleItem | Request]:
        """Parse an article page, then gather the rest of its comment thread."""
        fetched_at = datetime.now(timezone.utc)
        article = understand_article(parsed(response), fetched_at, self.tz)
        collector = ThreadCollector(page=article, fetched_url=response.url, fetched_at=fetched_at)
        section = article.comments
        if section.wp_rest_url and section.wp_post_id and self._may_follow(response.url, section.wp_rest_url):
            per_page = self.settings.getint("WP_REST_PER_PAGE")
            url = wp_rest_comments_url(section.wp_rest_url, section.wp_post_id, 1, per_page)
            yield self._thread_request(url, collector, self.parse_wp_rest, "wp-rest", page_number=1)
        else:
            yield from self._follow_html_pages(collector, section.next_pages)
        if collector.done:
            yield collector.item()

    def _follow_html_pages(self, collector: ThreadCollector, urls: list[str]) -> Iterator[Request]:
        limit = self.settings.getint("COMMENT_PAGES_MAX")
        for url in urls:
            key = canonicalize_url(url)
            if key in collector.seen_urls or not self._may_follow(collector.fetched_url, url):
                continue
            if len(collector.seen_urls) >= limit:
                self.logger.warning("comment pages of %s cut at %d", collector.fetched_url, limit)
                return
            collector.seen_urls.add(key)
            yield self._thread_request(url, collector, self.parse_comment_page, "comment-page")

    def parse_comment_page(self, response: Response, collector: ThreadCollector) -> Iterator[ArticleItem | Request]:
        collector.pending.discard(response.request.url if response.request else response.url)
        collector.fetched_pages.append(response.url)
        section = extract_comments(parsed(response), collector.fetched_at, self.tz)
        collector.html_pages.append(section.comments)
        yield from self._follow_html_pages(collector, section.next_pages)
        if collector.done:
            yield collector.item()

    def parse_wp_rest(
        self, response: Response, collector: ThreadCollector, page_number: int
    ) -> Iterator[ArticleItem | Request]:
        collector.pending.discard(response.request.url if response.request else response.url)
        try:
            comments = parse_wp_rest_comments(response.body, collector.fetched_url, self.tz)
        except (ValueError, json.JSONDecodeError) as error:
            self.logger.warning("WordPress REST comments unusable at %s (%s): using the HTML thread", response.url, error)
            yield from self._abandon_rest(collector)
        else:
            collector.fetched_pages.append(response.url)
            collector.rest_pages[page_number] = comments
            if page_number == 1:
                total = int(response.headers.get(b"X-WP-TotalPages", b"1") or 1)
                per_page = self.settings.getint("WP_REST_PER_PAGE")
                post_id = collector.page.comments.wp_post_id
                api_root = collector.page.comments.wp_rest_url
                assert post_id is not None and api_root is not None
                for number in range(2, min(total, self.settings.getint("COMMENT_PAGES_MAX")) + 1):
                    url = wp_rest_comments_url(api_root, post_id, number, per_page)
                    yield self._thread_request(url, collector, self.parse_wp_rest, "wp-rest", page_number=number)
        if collector.done:
            yield collector.item()

    def _abandon_rest(self, collector: ThreadCollector) -> Iterator[Request]:
        if not collector.rest_failed:
            collector.rest_failed = True
            yield from self._follow_html_pages(collector, collector.page.comments.next_pages)

    def thread_page_failed(self, failure: Failure) -> Iterator[ArticleItem | Request]:
        request = failure.request  # type: ignore[attr-defined]
        collector: ThreadCollector = request.cb_kwargs["collector"]
        collector.pending.discard(request.url)
        self.logger.warning("comment page failed: %s (%s)", request.url, failure.getErrorMessage())
        if request.meta.get("purpose") == "wp-rest":
            yield from self._abandon_rest(collector)
        if collector.done:
            yield collector.item()
