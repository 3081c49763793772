"""The ``worker`` spider of the distributed mode: takes crawl jobs and requests from Redis.

    casualties enqueue --site NAME    (or URLs)   # seeds the shared queue
    casualties worker                             # on any number of machines

A job is a JSON message on ``worker:start_urls``: ``{"site": NAME, "round": ID}`` starts a round
of a configured site (the same discovery as ``scrapy crawl site``), ``{"url": URL}`` fetches one
article.  Every request then goes through the shared scheduler, so any worker may take it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy_redis.spiders import RedisMixin

from crawler.runtime.sites import SiteConfig, find_sites_file, load_sites
from crawler.spiders.site import SiteCrawling
from crawler.spiders.visits import SiteVisit
from crawler.vocabulary import Purpose

JOBS_KEY = "worker:start_urls"


class WorkerSpider(RedisMixin, SiteCrawling):
    name = "worker"
    redis_key = JOBS_KEY
    shared_dupefilter = True
    custom_settings = {
        "SCHEDULER": "crawler.distributed.scheduler.AckingScheduler",
        "DUPEFILTER_CLASS": "crawler.distributed.dupefilter.RoundDupeFilter",
        "SCHEDULER_PERSIST": True,
        # The pace per site is shared through Redis; Scrapy's own delays would be per process.
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "SHARED_PACE": True,
    }

    def __init__(self, sites_file: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sites_file = sites_file
        self._sites: dict[str, SiteConfig] | None = None
        self._visits: dict[str, SiteVisit] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> WorkerSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_redis(crawler)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        """Nothing at first: jobs arrive from Redis whenever the worker is idle."""
        for request in self.next_requests():
            yield request

    def _config(self, name: str) -> SiteConfig:
        if self._sites is None or name not in self._sites:
            self._sites = load_sites(find_sites_file(self.sites_file))
        return self._sites[name]

    def visit(self, name: str) -> SiteVisit:
        """The site's current round in this worker, opened from the database on first need."""
        if name not in self._visits:
            self._visits[name] = self.open_visit(self._config(name))
        return self._visits[name]

    def make_request_from_data(self, data: bytes) -> list[Request]:
        try:
            job = json.loads(data)
        except ValueError:
            self.logger.error("ignored a job that is not JSON: %r", data[:200])
            return []
        if "site" in job:
            # A new round: what the database knows now, de-duplication under the round's id.
            visit = self.open_visit(self._config(job["site"]), job.get("round"))
            self._visits[visit.name] = visit
            return list(self.site_requests(visit))
        if "url" in job:
            request = Request(job["url"], callback=self.parse_article, errback=self.discovery_failed,
                              meta={"purpose": Purpose.ARTICLE}, dont_filter=True)
            return [self.to_read(request, "article")]
        self.logger.error("ignored a job with neither site nor url: %r", job)
        return []
