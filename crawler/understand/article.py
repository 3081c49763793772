"""Everything page understanding knows about one article page, from a single parse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from crawler.understand.body import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.html import ParsedPage
from crawler.understand.metadata import extract_metadata
from crawler.understand.records import ArticleBody, CommentSection, PageMeta
from crawler.understand.site_rules import (
    ReadingRules,
    body_by_rule,
    date_by_rule,
    scoped,
    with_rule_comments,
    without_dropped,
)


@dataclass(slots=True)
class ArticlePage:
    meta: PageMeta
    body: ArticleBody
    comments: CommentSection


def understand_article(
    page: ParsedPage, fetched_at: datetime, tz: str | None = None, rules: ReadingRules | None = None
) -> ArticlePage:
    """Metadata, body and the comments found on this page (other thread pages come separately);
    ``rules`` are the site's own overrides, where it has any."""
    if not rules:
        return ArticlePage(
            meta=extract_metadata(page, tz, fetched=fetched_at),
            body=extract_body(page),
            comments=extract_comments(page, fetched_at, tz),
        )
    page = without_dropped(page, rules.drop_selectors)
    meta = extract_metadata(page, tz, fetched=fetched_at, language=rules.language)
    if rules.date_selector and (published := date_by_rule(page, rules.date_selector, tz, fetched_at, meta.language)):
        meta.published = published
    body = rules.body_selector and body_by_rule(page, rules.body_selector) or extract_body(page)
    return ArticlePage(meta=meta, body=body, comments=_comments_inside(page, fetched_at, tz, rules))


def comments_by_rules(page: ParsedPage, fetched_at: datetime | None, tz: str | None, rules: ReadingRules) -> CommentSection:
    """``extract_comments`` with the site's overrides: its dropped elements gone, and its
    comments read only inside its comment element where that is on the page."""
    return _comments_inside(without_dropped(page, rules.drop_selectors), fetched_at, tz, rules)


def _comments_inside(page: ParsedPage, fetched_at: datetime | None, tz: str | None, rules: ReadingRules) -> CommentSection:
    section = extract_comments(page, fetched_at, tz, rules.language)
    inside = scoped(page, rules.comments_selector) if rules.comments_selector else None
    if inside is None:
        return section
    return with_rule_comments(section, extract_comments(inside, fetched_at, tz, rules.language))
