"""What a run did, gathered from the crawler's signals, for the summary printed at its end."""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy import signals as scrapy_signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler import signals
from crawler.items import ArticleItem, FetchItem
from models.store import SaveResult


@dataclass(slots=True)
class StoredArticle:
    url: str
    fetched_url: str
    title: str | None
    published_day: str | None
    comments: int
    threads: int
    widget: str | None
    article_id: int
    created: bool
    changed: bool
    comments_new: int


@dataclass(slots=True, weakref_slot=True)  # signal receivers are held by weak reference
class RunReport:
    """Connect with ``watch(crawler)`` before the crawl starts."""

    stored: list[StoredArticle] = field(default_factory=list)
    fetch_errors: dict[str, str] = field(default_factory=dict)  # url -> last error of an article page
    parse_errors: dict[str, str] = field(default_factory=dict)
    fetches: int = 0

    def watch(self, crawler: Crawler) -> None:
        crawler.signals.connect(self._stored, signal=signals.article_stored)
        crawler.signals.connect(self._fetched, signal=signals.fetch_recorded)
        crawler.signals.connect(self._spider_error, signal=scrapy_signals.spider_error)
        crawler.signals.connect(self._item_error, signal=scrapy_signals.item_error)

    def _stored(self, item: ArticleItem, result: SaveResult) -> None:
        readers = [c for c in item.comments if c.kind == "comment"]
        self.stored.append(
            StoredArticle(
                url=item.url,
                fetched_url=item.fetched_url,
                title=item.title,
                published_day=item.published_day,
                comments=len(readers),
                threads=sum(1 for c in readers if c.parent_id is None),
                widget=(item.comment_widget or {}).get("provider"),
                article_id=result.article_id,
                created=result.created,
                changed=result.changed,
                comments_new=result.comments_new,
            )
        )
        self.fetch_errors.pop(item.fetched_url, None)

    def _fetched(self, record: FetchItem) -> None:
        self.fetches += 1
        if record.purpose != "article":
            return
        if record.error_kind:
            self.fetch_errors[record.url] = record.error or record.error_kind
        else:
            self.fetch_errors.pop(record.url, None)

    def _spider_error(self, failure: Failure, response: Response) -> None:
        self.parse_errors[response.url] = failure.getErrorMessage()

    def _item_error(self, item: object, response: Response, failure: Failure) -> None:
        self.parse_errors[getattr(item, "fetched_url", response.url)] = f"not stored: {failure.getErrorMessage()}"

    @property
    def failed(self) -> dict[str, str]:
        return self.fetch_errors | self.parse_errors

    def lines(self, where: str) -> list[str]:
        out: list[str] = []
        for a in self.stored:
            state = "new" if a.created else ("updated" if a.changed else "unchanged")
            comments = f"{a.comments} comments in {a.threads} threads ({a.comments_new} new)"
            if a.widget:
                comments += f"; thread hosted by {a.widget}"
            out.append(f"OK    {a.title or '(no title)'}")
            out.append(f"      published {a.published_day or 'unknown'}; {comments}")
            out.append(f"      {a.url} -> article #{a.article_id} ({state}) in {where}")
        for url, error in self.failed.items():
            out.append(f"FAIL  {url}: {error}")
        out.append(f"{len(self.stored)} stored, {len(self.failed)} failed, {self.fetches} downloads")
        return out
