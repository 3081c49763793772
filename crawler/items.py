"""Items the spiders yield: plain dataclasses that export to JSON as they are.

Datetimes are ISO 8601 strings (UTC, with offset) so that ``-O items.jsonl`` is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    extraction: dict[str, Any] | None = None  # claims and tallies, filled by the extraction pipeline


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
