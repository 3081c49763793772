"""Everything page understanding knows about one article page, from a single parse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crawler.understand.body import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.html import ParsedPage
from crawler.understand.metadata import extract_metadata
from crawler.understand.records import ArticleBody, CommentSection, PageMeta


@dataclass(slots=True)
class ArticlePage:
    meta: PageMeta
    body: ArticleBody
    comments: CommentSection


def understand_article(page: ParsedPage, fetched_at: datetime, tz: str | None = None) -> ArticlePage:
    """Metadata, body and the comments found on this page (other thread pages come separately)."""
    return ArticlePage(
        meta=extract_metadata(page, tz, fetched=fetched_at),
        body=extract_body(page),
        comments=extract_comments(page, fetched_at, tz),
    )
