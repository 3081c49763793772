"""What the database knows of a site before a crawl, as plain data: its articles, the validators
of its URLs, the comment ids of its live threads.

Loaded once when a site's round opens (``models.crawl_state``), so the spider decides what to
fetch without querying the database per URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from crawler.items import UrlValidators


@dataclass(frozen=True, slots=True)
class KnownArticle:
    article_id: int
    url: str
    published_at: datetime | None
    listed_lastmod: datetime | None
    last_fetched_at: datetime
    last_comment_at: datetime | None
    comments: int  # comments stored, pingbacks included (as WordPress counts them in feeds)
    thread_complete: bool  # False: a comment page failed when it was last read
    comments_checked_at: datetime | None = None  # when its thread was last looked at (read or a 304)

    def live(self, since: datetime) -> bool:
        """Whether its thread may still grow: published, or last commented on, since ``since``."""
        latest = max((d for d in (self.published_at, self.last_comment_at) if d), default=None)
        return latest is not None and latest >= since


@dataclass(slots=True)
class SiteState:
    articles: dict[str, KnownArticle] = field(default_factory=dict)  # by canonical URL
    validators: dict[str, UrlValidators] = field(default_factory=dict)  # by URL
    comment_feeds: dict[int, str] = field(default_factory=dict)  # an article's comment feed, by article id
    comment_ids: dict[int, set[str]] = field(default_factory=dict)  # of live articles, by article id
    refused: set[str] = field(default_factory=set)  # article URLs the site refused (robots.txt, 4xx)
    previous_run_at: datetime | None = None  # when the site's latest earlier run started
    # The site's latest run did not finish: what it had queued (listing pages among it) went with it.
    catching_up: bool = False

    def comment_feed_of(self, article_id: int) -> str | None:
        return self.comment_feeds.get(article_id)


# Reads a site's state: its domains, since when a thread counts as live, its sites-file name.
StateLoader = Callable[[tuple[str, ...], datetime, str | None], SiteState]
