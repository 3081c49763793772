"""Items the spiders yield: typed records handed from one layer to the next.

Times are timezone-aware ``datetime`` values in UTC, days are ``date`` values and a hosted comment
widget is its own dataclass; they become text only at the edges that need text.  In feed exports
(``-O items.jsonl``) the ``serializer`` in a field's metadata, which Scrapy's exporters apply to an
item's own fields, writes it as ISO 8601 (a time with its offset) and the widget as an object of
its fields; the comments nested in an item go through Scrapy's JSON encoder, which writes times as
ISO 8601 too.  The module imports records only: no HTML stack, no Scrapy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from crawler.extract.records import Extraction
from crawler.understand.page_records import CommentWidget


def _iso(value: date | None) -> str | None:
    """A time or a day as ISO 8601 text (a time with its offset), as feeds write it."""
    return value.isoformat() if value is not None else None


def _widget_fields(widget: CommentWidget | None) -> dict[str, Any] | None:
    """The widget as feeds write it: an object of its fields."""
    return asdict(widget) if widget is not None else None


_ISO: dict[str, Any] = {"serializer": _iso}


@dataclass(slots=True)
class CommentItem:
    id: str
    parent_id: str | None
    author: str | None
    author_url: str | None
    posted_at: datetime | None = field(metadata=_ISO)
    posted_raw: str | None
    text: str
    depth: int
    position: int
    kind: str


@dataclass(frozen=True, slots=True)
class UrlValidators:
    """What a server said about a URL's version (ETag, Last-Modified), for conditional requests."""

    url: str
    kind: str  # "article", "feed", "sitemap", "listing", "comment-feed"
    etag: str | None
    last_modified: str | None
    content_hash: str | None


@dataclass(slots=True)
class ArticleExtraction:
    """Claims and tallies of an article's body and of each reader comment (by comment id)."""

    body: Extraction
    comments: dict[str, Extraction] = field(default_factory=dict)


@dataclass(slots=True)
class ArticleItem:
    """One article page with its whole comment thread, as understood from the fetched pages."""

    url: str  # canonical URL: the article's identity
    fetched_url: str
    fetched_at: datetime = field(metadata=_ISO)
    title: str | None
    published_at: datetime | None = field(metadata=_ISO)
    published_day: date | None = field(metadata=_ISO)  # the publication day where the site is
    published_raw: str | None
    published_source: str | None
    modified_at: datetime | None = field(metadata=_ISO)
    modified_raw: str | None
    authors: list[str]
    section: str | None
    tags: list[str]
    language: str | None
    site_name: str | None
    description: str | None
    body: str
    captions: list[str]
    body_method: str
    comments: list[CommentItem]
    comment_markup: str
    comment_widget: CommentWidget | None = field(default=None, metadata={"serializer": _widget_fields})
    comments_declared: int | None = None
    comment_pages: list[str] = field(default_factory=list)  # thread pages fetched besides this one
    thread_complete: bool = True  # False when a page of the thread could not be read
    extraction: ArticleExtraction | None = None  # claims and tallies, by the extraction pipeline
    site: str | None = None  # the sites-file name of the site crawled, when crawled as a site
    validators: list[UrlValidators] = field(default_factory=list)  # stored with the article


@dataclass(slots=True)
class FetchItem:
    """One download attempt, successful or not, for the fetch log."""

    url: str
    purpose: str  # "article", "comment-page", "wp-rest"
    fetched_at: datetime = field(metadata=_ISO)
    status: int | None = None
    bytes: int | None = None
    content_type: str | None = None
    content_hash: str | None = None
    error_kind: str | None = None
    error: str | None = None
    article_url: str | None = None  # canonical URL of the article this fetch served
