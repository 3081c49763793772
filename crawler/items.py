"""Items the spiders yield: plain dataclasses that export to JSON as they are.

Datetimes are ISO 8601 strings (UTC, with offset) so that ``-O items.jsonl`` is exact.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from crawler.extract.records import Extraction
from crawler.understand.page_records import Comment, Timestamp

if TYPE_CHECKING:
    from crawler.understand.article_page import ArticlePage


@dataclass(slots=True)
class CommentItem:
    id: str
    parent_id: str | None
    author: str | None
    author_url: str | None
    posted_at: str | None
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
    fetched_at: str
    title: str | None
    published_at: str | None
    published_day: str | None  # the publication day where the site is
    published_raw: str | None
    published_source: str | None
    modified_at: str | None
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
    comment_widget: dict[str, Any] | None = None
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
    fetched_at: str
    status: int | None = None
    bytes: int | None = None
    content_type: str | None = None
    content_hash: str | None = None
    error_kind: str | None = None
    error: str | None = None
    article_url: str | None = None  # canonical URL of the article this fetch served


def _iso(timestamp: Timestamp | None) -> str | None:
    return timestamp.utc.isoformat() if timestamp else None


def comment_item(comment: Comment) -> CommentItem:
    return CommentItem(
        id=comment.id,
        parent_id=comment.parent_id,
        author=comment.author,
        author_url=comment.author_url,
        posted_at=_iso(comment.posted_at),
        posted_raw=comment.posted_at.raw if comment.posted_at else None,
        text=comment.text,
        depth=comment.depth,
        position=comment.position,
        kind=comment.kind,
    )


def article_item(
    page: ArticlePage,
    comments: list[Comment],
    *,
    fetched_url: str,
    fetched_at: datetime,
    comment_pages: list[str],
    site: str | None = None,
    validators: list[UrlValidators] | None = None,
    thread_complete: bool = True,
) -> ArticleItem:
    """The item of one article, with the whole thread gathered from all its pages."""
    meta, body, section = page.meta, page.body, page.comments
    widget = section.widget
    return ArticleItem(
        url=meta.canonical_url,
        fetched_url=fetched_url,
        fetched_at=fetched_at.astimezone(UTC).isoformat(),
        title=meta.title,
        published_at=_iso(meta.published),
        published_day=meta.published.day.isoformat() if meta.published else None,
        published_raw=meta.published.raw if meta.published else None,
        published_source=meta.published.source if meta.published else None,
        modified_at=_iso(meta.modified),
        modified_raw=meta.modified.raw if meta.modified else None,
        authors=list(meta.authors),
        section=meta.section,
        tags=list(meta.tags),
        language=meta.language,
        site_name=meta.site_name,
        description=meta.description,
        body=body.text,
        captions=list(body.captions),
        body_method=body.method,
        comments=[comment_item(c) for c in comments],
        comment_markup=section.markup,
        comment_widget=asdict(widget) if widget else None,
        comments_declared=section.declared_count,
        comment_pages=comment_pages,
        thread_complete=thread_complete,
        site=site,
        validators=validators or [],
    )
