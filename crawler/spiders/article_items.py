"""The item of an article, built from its understood pages and its whole comment thread."""

from __future__ import annotations

from datetime import UTC, datetime

from crawler.items import ArticleItem, CommentItem, UrlValidators
from crawler.understand.article_page import ArticlePage
from crawler.understand.page_records import Comment


def comment_item(comment: Comment) -> CommentItem:
    posted = comment.posted_at
    return CommentItem(
        id=comment.id,
        parent_id=comment.parent_id,
        author=comment.author,
        author_url=comment.author_url,
        posted_at=posted.utc if posted else None,
        posted_raw=posted.raw if posted else None,
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
    published, modified = meta.published, meta.modified
    return ArticleItem(
        url=meta.canonical_url,
        fetched_url=fetched_url,
        fetched_at=fetched_at.astimezone(UTC),
        title=meta.title,
        published_at=published.utc if published else None,
        published_day=published.day if published else None,
        published_raw=published.raw if published else None,
        published_source=published.source if published else None,
        modified_at=modified.utc if modified else None,
        modified_raw=modified.raw if modified else None,
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
        comment_widget=section.widget,
        comments_declared=section.declared_count,
        comment_pages=comment_pages,
        thread_complete=thread_complete,
        site=site,
        validators=validators or [],
    )
