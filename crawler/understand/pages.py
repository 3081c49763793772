"""A downloaded article or comment page read whole: bytes in, dataclasses out.

``read_download`` is pure and its argument and result are plain picklable data (no lxml tree),
so a worker process can run it for the crawl (``crawler.runtime.reading``) and return what it read.
The readers load with the first page read: the crawl process takes the records without them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from crawler.understand.article_page import ArticlePage, comments_by_rules, understand_article
from crawler.understand.html import parse_page
from crawler.understand.page_records import CommentSection
from crawler.understand.site_rules import ReadingRules

PagePurpose = Literal["article", "comment-page"]


@dataclass(slots=True, frozen=True)
class Download:
    """A page as downloaded, with what reading it needs."""

    body: bytes
    url: str
    content_type: str | None  # the Content-Type header, for the encoding
    fetched_at: datetime  # the article's fetch time: "2 days ago" is counted from it
    tz: str | None  # the site's time zone (IANA name) for dates given without an offset
    purpose: PagePurpose  # an article page, or a further page of its comment thread
    rules: ReadingRules | None = None  # the site's overrides of page understanding


@dataclass(slots=True)
class ArticleReading:
    """An article page, and the link to its own comment feed (WordPress) if it has one."""

    article: ArticlePage
    comment_feed: str | None


def read_download(download: Download) -> ArticleReading | CommentSection:
    """An article page's metadata, body, comments and comment feed; a comment page's comments."""
    from crawler.understand.comments.section import extract_comments
    from crawler.understand.comments.wordpress import comment_feed_link

    page = parse_page(download.body, download.url, download.content_type)
    rules = download.rules
    if download.purpose == "article":
        article = understand_article(page, download.fetched_at, download.tz, rules)
        return ArticleReading(article, comment_feed_link(page))
    if rules:
        return comments_by_rules(page, download.fetched_at, download.tz, rules)
    return extract_comments(page, download.fetched_at, download.tz)
