"""Everything page understanding knows about one article page, from a single parse.

The readers load with the first page read, not with ``ArticlePage``: the crawl process takes the
record back from a worker process without loading them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from crawler.understand.html import ParsedPage
from crawler.understand.page_records import ArticleBody, CommentSection, PageMeta
from crawler.understand.site_rules import (
    ReadingRules,
    body_by_rule,
    date_by_rule,
    scoped,
    with_rule_comments,
    without_dropped,
)

NO_RULES = ReadingRules()
_T = TypeVar("_T")


@dataclass(slots=True)
class ArticlePage:
    meta: PageMeta
    body: ArticleBody
    comments: CommentSection
    problems: list[str] = field(default_factory=list)  # readers that failed: "comments: KeyError: ..."


def understand_article(
    page: ParsedPage, fetched_at: datetime, tz: str | None = None, rules: ReadingRules | None = None
) -> ArticlePage:
    """Metadata, body and the comments found on this page (other thread pages come separately);
    ``rules`` are the site's own overrides, where it has any.

    A reader that raises on the page leaves its own part empty (and says so in ``problems``):
    a bug in the comment reader must not cost the article, nor one in the date reader its body."""
    rules = rules or NO_RULES
    page = without_dropped(page, rules.drop_selectors)
    problems: list[str] = []

    def read(part: str, reader: Callable[[], _T], fallback: Callable[[], _T]) -> _T:
        try:
            return reader()
        except Exception as error:
            problems.append(f"{part}: {type(error).__name__}: {error}"[:500])
            return fallback()

    meta = read("metadata", lambda: _metadata(page, fetched_at, tz, rules), lambda: PageMeta(page.url, page.url))
    body = read("body", lambda: _body(page, rules), lambda: ArticleBody(paragraphs=[]))
    comments = read("comments", lambda: _comments_inside(page, fetched_at, tz, rules), CommentSection)
    return ArticlePage(meta=meta, body=body, comments=comments, problems=problems)


def _metadata(page: ParsedPage, fetched_at: datetime, tz: str | None, rules: ReadingRules) -> PageMeta:
    from crawler.understand.metadata.page_meta import extract_metadata

    meta = extract_metadata(page, tz, fetched=fetched_at, language=rules.language)
    if rules.date_selector and (published := date_by_rule(page, rules.date_selector, tz, fetched_at, meta.language)):
        meta.published = published
    return meta


def _body(page: ParsedPage, rules: ReadingRules) -> ArticleBody:
    from crawler.understand.body.article_text import extract_body

    return rules.body_selector and body_by_rule(page, rules.body_selector) or extract_body(page)


def comments_by_rules(page: ParsedPage, fetched_at: datetime | None, tz: str | None, rules: ReadingRules) -> CommentSection:
    """``extract_comments`` with the site's overrides: its dropped elements gone, and its
    comments read only inside its comment element where that is on the page."""
    return _comments_inside(without_dropped(page, rules.drop_selectors), fetched_at, tz, rules)


def _comments_inside(page: ParsedPage, fetched_at: datetime | None, tz: str | None, rules: ReadingRules) -> CommentSection:
    from crawler.understand.comments.section import extract_comments

    section = extract_comments(page, fetched_at, tz, rules.language)
    inside = scoped(page, rules.comments_selector) if rules.comments_selector else None
    if inside is None:
        return section
    return with_rule_comments(section, extract_comments(inside, fetched_at, tz, rules.language))
