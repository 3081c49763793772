"""The ``site`` spider: one site of the sites file, crawled incrementally.

    scrapy crawl site -a site=eaworldview [-a sites_file=sites.toml]

Discovery reads the site's feeds, sitemaps and listing pages (all fetched conditionally, so an
unchanged one costs a 304).  An article is fetched when it is new, when a sitemap or feed lists
it as modified since it was stored, or, while its thread is live, when its comment feed (or its
own page, conditionally) shows a change.  Validators of discovery URLs are kept only when the run
finishes, and those of article pages only with the stored article, so a run killed part-way is
re-done by the next one rather than skipped.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from w3lib.url import canonicalize_url

from crawler import signals
from crawler.discover.feeds import FeedEntry, comment_feed_link, parse_feed
from crawler.discover.listings import article_address, looks_like_article, read_listing
from crawler.discover.sitemaps import parse_sitemap
from crawler.items import ArticleItem, UrlValidators
from crawler.sites import SiteConfig, find_sites_file, load_sites
from crawler.spiders.threads import ArticlePagesSpider, page_validators, parsed
from crawler.locking import SiteLock
from crawler.state import SiteState, load_site_state
from crawler.understand.html import ParsedPage
from models.db import database_url

NOT_MODIFIED = 304
DISCOVERY_CUT = "casualties/discovery_cut"  # a stat: the run left discovered articles for later
_COMMENT_ANCHOR = re.compile(r"#comment-(\d+)$")


def conditional_headers(state: SiteState, url: str) -> dict[str, str]:
    known = state.validators.get(url)
    headers: dict[str, str] = {}
    if known and known.etag:
        headers["If-None-Match"] = known.etag
    if known and known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers


class SiteSpider(ArticlePagesSpider):
    name = "site"

    def __init__(self, site: str | None = None, sites_file: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not site:
            raise ValueError("name the site to crawl: -a site=NAME (a [[site]] of the sites file)")
        sites = load_sites(find_sites_file(sites_file))
        if site not in sites:
            raise ValueError(f"no site {site!r} in the sites file (it has: {', '.join(sorted(sites)) or 'none'})")
        self.config: SiteConfig = sites[site]
        self.site_name = site
        self.tz = self.config.timezone
        self.allowed_domains = list(self.config.domains)
        if self.config.download_delay is not None:
            self.download_delay = self.config.download_delay
        self._articles = [re.compile(p) for p in self.config.article_patterns]
        self._excluded = [re.compile(p) for p in self.config.exclude_patterns]
        self.known = SiteState()  # not "state": Scrapy keeps its own spider.state in a job directory
        self._requested: set[str] = set()
        self.live_since = datetime.now(timezone.utc) - timedelta(days=self.config.comment_refresh_days or 0)
        self.new_articles = 0
        self._listing_pages: dict[str, int] = {}  # start URL -> pages of it followed

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        database = database_url(crawler.settings.get("DATABASE_URL"))
        spider.lock = SiteLock(database, spider.site_name)
        spider.lock.acquire()  # SiteLocked: another run of this site is going on
        spider.known = load_site_state(database, spider.config.domains, spider.live_since)
        return spider

    def closed(self, reason: str) -> None:
        self.lock.release()

    # ------------------------------------------------------------------ what to fetch
    def _wanted(self, url: str) -> bool:
        if any(p.search(url) for p in self._excluded):
            return False
        if self._articles:
            return any(p.search(url) for p in self._articles)
        return looks_like_article(url)

    def _request(self, url: str, callback: Any, purpose: str, conditional: bool = True, **meta: Any) -> Request:
        return Request(
            url,
            callback=callback,
            headers=conditional_headers(self.known, url) if conditional else None,
            meta={"purpose": purpose, "handle_httpstatus_list": [NOT_MODIFIED], **meta},
            dont_filter=True,
        )

    def _remember(self, response: Response, kind: str) -> None:
        """Validators of a discovery URL, kept if the run finishes."""
        found = page_validators(response, kind)
        if found is not None:
            self.crawler.signals.send_catch_log(signal=signals.validators_seen, validators=found)

    def _article(self, url: str, lastmod: datetime | None = None, published: datetime | None = None) -> Iterator[Request]:
        """Request an article if it is new, or listed as modified since it was stored."""
        url = article_address(url)
        if not self._wanted(url) or url in self.known.refused:
            return
        if published and self.config.since and published.date() < self.config.since:
            return
        if lastmod is not None:
            self.crawler.signals.send_catch_log(signal=signals.lastmod_seen, url=url, lastmod=lastmod)
        if canonicalize_url(url) in self._requested:
            return
        known = self.known.articles.get(url)
        if known is None:
            limit = self.config.max_articles or 0
            if limit and self.new_articles >= limit:
                # What was left out must be found again next run: discovery is not "seen".
                self.crawler.stats.set_value(DISCOVERY_CUT, True)
                return
            self.new_articles += 1
        elif lastmod is None or (known.listed_lastmod is not None and lastmod <= known.listed_lastmod):
            return
        yield from self._fetch_article(url)

    def _fetch_article(self, url: str, **meta: Any) -> Iterator[Request]:
        """One request per article and run, though a feed, a sitemap and a listing may all name it.

        The spider keeps count itself rather than trust the dupefilter, whose memory persists in a
        job directory from one run to the next."""
        key = canonicalize_url(url)
        if key in self._requested:
            return
        self._requested.add(key)
        yield Request(url, callback=self.parse_article, meta={"purpose": "article", **meta}, dont_filter=True)

    # ------------------------------------------------------------------ the run
    async def start(self) -> AsyncIterator[Request]:
        for url in self.config.feeds:
            yield self._request(url, self.parse_feed, "feed")
        for url in self.config.sitemaps:
            yield self._request(url, self.parse_sitemap, "sitemap")
        for url in self.config.start_urls:
            self._listing_pages[url] = 0
            yield self._request(url, self.parse_listing, "listing", start=url)
        for known in self.known.articles.values():
            if known.live(self.live_since):
                for request in self._probe(known.article_id, known.url):
                    yield request

    def _probe(self, article_id: int, url: str) -> Iterator[Request]:
        """Has a live thread grown?  Its comment feed says, else its own page, conditionally."""
        feed = self.known.comment_feed_of(article_id)
        if feed:
            yield self._request(feed, self.parse_comment_feed, "comment-feed", article_url=url)
        elif canonicalize_url(url) not in self._requested:
            self._requested.add(canonicalize_url(url))
            yield self._request(url, self.parse_article, "article")

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        self._remember(response, "feed")
        for entry in parse_feed(response.body, response.url):
            # A feed's dates are publication dates, not modification dates: no lastmod.
            yield from self._article(entry.url, published=entry.published)
            yield from self._grown_thread(entry)

    def _grown_thread(self, entry: FeedEntry) -> Iterator[Request]:
        """A feed's comment count above what is stored: fetch the thread again."""
        known = self.known.articles.get(article_address(entry.url))
        if known and entry.comment_count is not None and entry.comment_count > known.comments:
            yield from self._fetch_article(known.url)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        self._remember(response, "sitemap")
        sitemap = parse_sitemap(response.body, response.url)
        if sitemap.kind == "index":
            for entry in sitemap.entries:
                yield self._request(entry.url, self.parse_sitemap, "sitemap")
            return
        for entry in sitemap.entries:
            yield from self._article(entry.url, entry.lastmod, entry.published)

    def parse_listing(self, response: Response, **_: Any) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        self._remember(response, "listing")
        listing = read_listing(parsed(response))
        before = self.new_articles
        for link in listing.links:
            yield from self._article(link)
        start = response.meta["start"]
        # Follow older pages while they still bring new articles, up to the configured depth.
        if listing.next_page and self.new_articles > before and self._listing_pages[start] < (self.config.listing_pages or 0):
            self._listing_pages[start] += 1
            yield self._request(listing.next_page, self.parse_listing, "listing", start=start)

    def parse_comment_feed(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        url = response.meta["article_url"]
        known = self.known.articles.get(url)
        entries = parse_feed(response.body, response.url)
        ids = {found.group(1) for e in entries if (found := _COMMENT_ANCHOR.search(e.url))}
        if known is None:
            grown = True
        elif ids:  # WordPress links each comment as #comment-ID: any unknown one is new
            grown = not ids <= self.known.comment_ids.get(known.article_id, set())
        else:
            newest = max((e.published for e in entries if e.published), default=None)
            grown = newest is not None and (known.last_comment_at is None or newest > known.last_comment_at)
        found = page_validators(response, "comment-feed")
        if not grown:
            if found is not None:
                self.crawler.signals.send_catch_log(signal=signals.validators_seen, validators=found)
            return
        # The feed's validators travel with the article: kept only once its thread is stored.
        yield from self._fetch_article(url, carry_validators=[found] if found else [])

    def parse_article(self, response: Response) -> Iterator[ArticleItem | Request]:
        if response.status == NOT_MODIFIED:
            return iter(())
        return super().parse_article(response)

    def article_extras(self, page: ParsedPage) -> list[UrlValidators]:
        feed = comment_feed_link(page)
        return [UrlValidators(feed, "comment-feed", None, None, None)] if feed else []
