"""Site crawls: one configured site crawled incrementally (the ``site`` spider), and the callbacks
it shares with the distributed ``worker`` spider.

    scrapy crawl site -a site=eaworldview [-a sites_file=sites.toml]

Discovery reads the site's feeds, sitemaps and listing pages (all fetched conditionally, so an
unchanged one costs a 304).  An article is fetched when it is new, when a sitemap lists it as
modified since it was stored, or, while its thread is live, when its comment feed (or its own
page, conditionally) shows a change.  Validators of discovery URLs are kept only when the run
finishes with nothing left for later (``crawler.pipelines.storage``), and those of article pages
only with the stored article, so a run killed part-way, or one in which an article failed in a way
that may pass, is re-done by the next one rather than skipped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.discover.feeds import parse_feed
from crawler.discover.listings import article_address, read_listing
from crawler.discover.sitemaps import parse_sitemap
from crawler.items import ArticleItem, UrlValidators
from crawler.runtime import signals
from crawler.runtime.sites import SiteConfig, find_sites_file, load_sites
from crawler.site_state import StateLoader
from crawler.spiders.article_pages import ArticlePagesSpider, page_validators, parsed
from crawler.spiders.visits import SiteVisit
from crawler.understand.pages import ArticleReading
from crawler.understand.site_rules import ReadingRules
from crawler.vocabulary import Purpose, Stat

NOT_MODIFIED = 304


class SiteCrawling(ArticlePagesSpider):
    """The callbacks of a site crawl; every request carries its site's name in ``meta["site"]``."""

    # True where several processes share one dupefilter (the worker): article requests of a
    # round are then left to it, besides each process's own memory of the round.
    shared_dupefilter = False
    local_files = False  # a site crawl never reads local files, whatever a page or a job names
    load_state: StateLoader | None = None  # reads a site's state from the crawl's database

    def remember_with(self, load: StateLoader) -> None:
        """How a round learns what the database knows of its site (given by the runtime's
        ``SiteMemory`` extension before the crawl opens)."""
        self.load_state = load

    def open_visit(self, config: SiteConfig, round_id: str | None = None) -> SiteVisit:
        """A new round of a site, with what the database knows of it now."""
        if self.load_state is None:
            raise RuntimeError("no site state to read: the SiteMemory extension is not enabled")
        return SiteVisit.open(config, self.load_state, round_id)

    def visit(self, name: str) -> SiteVisit:
        raise NotImplementedError

    def site_of(self, response: Request | Response) -> tuple[str | None, str | None]:
        name = response.meta.get("site")
        if name is None:
            return super().site_of(response)
        return name, self.visit(name).config.timezone

    def rules_of(self, response: Request | Response) -> ReadingRules | None:
        name = response.meta.get("site")
        return None if name is None else self.visit(name).config.reading_rules

    # ------------------------------------------------------------------ requests
    def _request(self, visit: SiteVisit, url: str, callback: Any, purpose: Purpose, **meta: Any) -> Request:
        """A conditional request of a discovery URL (a 304 reaches the callback)."""
        return Request(
            url,
            callback=callback,
            errback=self.discovery_failed,
            headers=visit.conditional_headers(url),
            meta={"purpose": purpose, "site": visit.name, "handle_httpstatus_list": [NOT_MODIFIED], **meta},
            dont_filter=True,
        )

    def _fetch_article(self, visit: SiteVisit, url: str, conditional: bool = False, **meta: Any) -> Request:
        request = Request(
            url,
            callback=self.parse_article,
            errback=self.discovery_failed,
            headers=visit.conditional_headers(url) if conditional else None,
            meta={
                "purpose": Purpose.ARTICLE,
                "site": visit.name,
                "round": visit.round,
                "handle_httpstatus_list": [NOT_MODIFIED] if conditional else [],
                **meta,
            },
            dont_filter=not self.shared_dupefilter,
        )
        return self.to_read(request, "article")

    def _articles(self, visit: SiteVisit, url: str, lastmod: Any = None, published: Any = None) -> Iterator[Request]:
        url = article_address(url)
        if lastmod is not None:
            self.crawler.signals.send_catch_log(signal=signals.lastmod_seen, url=url, lastmod=lastmod)
        if visit.needs_fetch(url, lastmod, published):
            visit.claim(url)
            yield self._fetch_article(visit, url)
        if visit.cut:
            # What was left out must be found again next run: discovery is not "seen".
            self.crawler.stats.set_value(Stat.DISCOVERY_CUT, True)

    def site_requests(self, visit: SiteVisit) -> Iterator[Request]:
        """A round of a site: its feeds, sitemaps, listings, and a look at each live thread."""
        for url in visit.config.feeds:
            yield self._request(visit, url, self.parse_feed, Purpose.FEED)
        for url in visit.config.sitemaps:
            yield self._request(visit, url, self.parse_sitemap, Purpose.SITEMAP)
        for url in visit.config.start_urls:
            visit.listing_pages[url] = 0
            yield self._request(visit, url, self.parse_listing, Purpose.LISTING, start=url)
        for known in visit.unfinished_threads():
            if visit.claim(known.url):  # read in full again, whatever its validators say
                yield self._fetch_article(visit, known.url)
        for known in visit.live_articles():
            feed = visit.known.comment_feed_of(known.article_id)
            if feed:
                yield self._request(visit, feed, self.parse_comment_feed, Purpose.COMMENT_FEED, article_url=known.url)
            elif visit.claim(known.url):
                yield self._fetch_article(visit, known.url, conditional=True)
        # The rolling re-check: older threads, a slice a run, so that a comment on an old article
        # (which no feed or sitemap shows) is found within the site's recheck_days.
        for known in visit.recheck(self.settings.getint("RECHECK_MAX_PER_RUN")):
            if visit.claim(known.url):
                self.crawler.stats.inc_value(Stat.RECHECKED)
                yield self._fetch_article(visit, known.url, conditional=True)

    def _remember(self, response: Response, kind: str) -> None:
        """Validators of a discovery URL, kept if the run finishes."""
        found = page_validators(response, kind)
        if found is not None:
            self.crawler.signals.send_catch_log(signal=signals.validators_seen, validators=found)

    # ------------------------------------------------------------------ callbacks
    def parse_feed(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        visit = self.visit(response.meta["site"])
        self._remember(response, "feed")
        for entry in parse_feed(response.body, response.url):
            # A feed's dates are publication dates, not modification dates: no lastmod.
            yield from self._articles(visit, entry.url, published=entry.published)
            grown = visit.feed_shows_more_comments(entry)
            if grown is not None and visit.claim(grown.url):
                yield self._fetch_article(visit, grown.url)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        visit = self.visit(response.meta["site"])
        self._remember(response, "sitemap")
        sitemap = parse_sitemap(response.body, response.url)
        if sitemap.kind == "index":
            for entry in sitemap.entries:
                yield self._request(visit, entry.url, self.parse_sitemap, Purpose.SITEMAP)
            return
        for entry in sitemap.entries:
            yield from self._articles(visit, entry.url, entry.lastmod or entry.published, entry.published)

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        visit = self.visit(response.meta["site"])
        self._remember(response, "listing")
        listing = read_listing(parsed(response))
        before = visit.new_articles
        for link in listing.links:
            yield from self._articles(visit, link)
        start = response.meta["start"]
        followed = visit.listing_pages.get(start, 0)
        # Follow older pages while they still bring new articles, up to the configured depth; after
        # a run that did not finish, to that depth whatever they bring: the articles it stored are
        # not new, and its requests of older pages went with it.
        deeper = visit.new_articles > before or visit.known.catching_up
        if listing.next_page and deeper and followed < (visit.config.listing_pages or 0):
            visit.listing_pages[start] = followed + 1
            yield self._request(visit, listing.next_page, self.parse_listing, Purpose.LISTING, start=start)

    def parse_comment_feed(self, response: Response) -> Iterator[Request]:
        if response.status == NOT_MODIFIED:
            return
        visit = self.visit(response.meta["site"])
        url = response.meta["article_url"]
        found = page_validators(response, "comment-feed")
        if not visit.thread_grew(url, parse_feed(response.body, response.url)):
            if found is not None:
                self.crawler.signals.send_catch_log(signal=signals.validators_seen, validators=found)
            return
        if visit.claim(url):
            # The feed's validators travel with the article: kept only once its thread is stored.
            yield self._fetch_article(visit, url, carry_validators=[found] if found else [])

    def parse_article(self, response: Response) -> Iterator[ArticleItem | Request]:
        if response.status == NOT_MODIFIED:  # its thread was looked at: unchanged
            self.crawler.signals.send_catch_log(signal=signals.article_checked, url=response.request.url if response.request else response.url)
            return iter(())
        return super().parse_article(response)

    def discovery_failed(self, failure: Failure) -> Iterator[Request]:
        """Logged (and counted in the run record by the fetch log); the next round tries again."""
        request = failure.request  # type: ignore[attr-defined]
        self.settle(request)
        self.logger.warning("%s failed: %s (%s)", request.meta.get("purpose"), request.url, failure.getErrorMessage())
        return iter(())

    def article_extras(self, reading: ArticleReading) -> list[UrlValidators]:
        feed = reading.comment_feed
        return [UrlValidators(feed, "comment-feed", None, None, None)] if feed else []


class SiteSpider(SiteCrawling):
    name = "site"
    current: SiteVisit  # this run's round, opened once the database can be read

    def __init__(self, site: str | None = None, sites_file: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if not site:
            raise ValueError("name the site to crawl: -a site=NAME (a [[site]] of the sites file)")
        sites = load_sites(find_sites_file(sites_file))
        if site not in sites:
            raise ValueError(f"no site {site!r} in the sites file (it has: {', '.join(sorted(sites)) or 'none'})")
        self.config = sites[site]
        self.site_name = site
        self.allowed_domains = list(self.config.domains)
        if self.config.download_delay is not None:
            self.download_delay = self.config.download_delay

    def remember_with(self, load: StateLoader) -> None:
        super().remember_with(load)
        self.current = self.open_visit(self.config)

    def visit(self, name: str) -> SiteVisit:
        return self.current

    async def start(self) -> AsyncIterator[Request]:
        for request in self.site_requests(self.current):
            yield request
