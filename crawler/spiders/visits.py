"""One site's crawl round: its configuration, what the database knows, and the round's bookkeeping.

The decisions of a site crawl live here (which URLs are articles, whether an article needs
fetching, whether a live thread grew), apart from the spiders that make the requests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url

from crawler.discover.feeds import FeedEntry
from crawler.discover.listings import article_address, looks_like_article
from crawler.runtime.sites import SiteConfig
from crawler.site_state import KnownArticle, SiteState, StateLoader

_COMMENT_ANCHOR = re.compile(r"#comment-(\d+)$")


@dataclass(slots=True)
class SiteVisit:
    config: SiteConfig
    known: SiteState
    round: str  # identifies this round of the site: requests of one round are de-duplicated
    live_since: datetime  # threads active since then are "live"
    requested: set[str] = field(default_factory=set)  # canonical URLs of articles requested this round
    new_articles: int = 0
    listing_pages: dict[str, int] = field(default_factory=dict)  # start URL -> older pages followed
    cut: bool = False  # max_articles left discovered articles for a later round

    @classmethod
    def open(cls, config: SiteConfig, load: StateLoader, round_id: str | None = None) -> SiteVisit:
        """A new round of the site, with what ``load`` reads of it from the database now."""
        now = datetime.now(UTC)
        live_since = now - timedelta(days=config.comment_refresh_days or 0)
        return cls(
            config=config,
            known=load(config.domains, live_since, config.name),
            round=round_id or now.strftime("%Y%m%dT%H%M%S.%f"),
            live_since=live_since,
        )

    @property
    def name(self) -> str:
        return self.config.name

    def on_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith(f".{d}") for d in self.config.domains)

    def is_article(self, url: str) -> bool:
        if not self.on_site(url) or any(re.search(p, url) for p in self.config.exclude_patterns):
            return False
        if self.config.article_patterns:
            return any(re.search(p, url) for p in self.config.article_patterns)
        return looks_like_article(url)

    def conditional_headers(self, url: str) -> dict[str, str]:
        known = self.known.validators.get(url)
        headers: dict[str, str] = {}
        if known and known.etag:
            headers["If-None-Match"] = known.etag
        if known and known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        return headers

    def claim(self, url: str) -> bool:
        """Mark an article as requested this round; False if it already was."""
        key = canonicalize_url(url)
        if key in self.requested:
            return False
        self.requested.add(key)
        return True

    def needs_fetch(self, url: str, lastmod: datetime | None = None, published: datetime | None = None) -> bool:
        """Whether a discovered article URL should be fetched: new (within the round's limit), or
        listed with a lastmod newer than the one stored with it."""
        if not self.is_article(url) or url in self.known.refused or canonicalize_url(url) in self.requested:
            return False
        if published and self.config.since and published.date() < self.config.since:
            return False
        known = self.known.articles.get(url)
        if known is None:
            limit = self.config.max_articles or 0
            if limit and self.new_articles >= limit:
                self.cut = True
                return False
            self.new_articles += 1
            return True
        return lastmod is not None and (known.listed_lastmod is None or lastmod > known.listed_lastmod)

    def unfinished_threads(self) -> Iterable[KnownArticle]:
        """Stored articles whose thread was left short by a failed comment page."""
        return (a for a in self.known.articles.values() if not a.thread_complete)

    def live_articles(self) -> Iterable[KnownArticle]:
        return (a for a in self.known.articles.values() if a.live(self.live_since))

    def recheck(self, most: int, now: datetime | None = None) -> list[KnownArticle]:
        """This run's slice of the rolling re-check: stored articles whose threads are no longer
        live, the ones looked at longest ago first, so that each is looked at again (conditionally)
        within the site's ``recheck_days``.  The slice holds every thread not looked at for that
        long, and at least the share of the others that the time since the site's previous run
        is of the period (none when no earlier run is known), but never more than ``most``."""
        period = self.config.recheck_days or 0
        if period <= 0 or most <= 0:
            return []
        now = now or datetime.now(UTC)
        older = [
            a for a in self.known.articles.values()
            if not a.live(self.live_since) and a.thread_complete and canonicalize_url(a.url) not in self.requested
        ]  # fmt: skip
        if not older:
            return []
        never = datetime.min.replace(tzinfo=UTC)
        older.sort(key=lambda a: (a.comments_checked_at or a.last_fetched_at or never, a.article_id))
        due = now - timedelta(days=period)
        overdue = len([a for a in older if (a.comments_checked_at or a.last_fetched_at or never) <= due])
        since = now - self.known.previous_run_at if self.known.previous_run_at else timedelta(0)
        share = min(1.0, max(since.total_seconds(), 0) / timedelta(days=period).total_seconds())
        return older[: min(most, max(overdue, math.ceil(len(older) * share)))]

    def feed_shows_more_comments(self, entry: FeedEntry) -> KnownArticle | None:
        """The stored article a site feed lists with more comments than are stored, if any."""
        known = self.known.articles.get(article_address(entry.url))
        if known and entry.comment_count is not None and entry.comment_count > known.comments:
            return known
        return None

    def thread_grew(self, article_url: str, entries: list[FeedEntry]) -> bool:
        """Whether an article's comment feed lists comments that are not stored."""
        known = self.known.articles.get(article_url)
        if known is None:
            return True
        ids = {found.group(1) for e in entries if (found := _COMMENT_ANCHOR.search(e.url))}
        if ids:  # WordPress links each comment as #comment-ID: any unknown one is new
            return not ids <= self.known.comment_ids.get(known.article_id, set())
        newest = max((e.published for e in entries if e.published), default=None)
        return newest is not None and (known.last_comment_at is None or newest > known.last_comment_at)
