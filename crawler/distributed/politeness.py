"""One pace per site for all workers together.

Each request reserves the next free moment of its host in Redis, ``gap`` seconds after the last
reservation, and waits for it; so N workers together send no more than one request per ``gap``
to a host, as one process would with Scrapy's ``DOWNLOAD_DELAY``.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from redis import Redis

# Atomically: the later of now and the host's next free moment is this request's; the moment
# after it becomes the next free one.  Returns how long the caller waits.
_RESERVE = """
local now = tonumber(ARGV[1])
local gap = tonumber(ARGV[2])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, free)
redis.call('SET', KEYS[1], tostring(at + gap), 'PX', math.ceil(gap * 1000) + 60000)
return tostring(at - now)
"""


class SharedPolitenessMiddleware:
    """Downloader middleware, on with ``SHARED_PACE``; the gap is ``SHARED_DOWNLOAD_DELAY``
    seconds (0 turns it off)."""

    def __init__(self, crawler: Crawler, server: Redis, gap: float) -> None:
        self.crawler = crawler
        self.gap = gap
        self.reserve = server.register_script(_RESERVE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPolitenessMiddleware:
        gap = crawler.settings.getfloat("SHARED_DOWNLOAD_DELAY")
        url = crawler.settings.get("REDIS_URL")
        if not crawler.settings.getbool("SHARED_PACE") or gap <= 0 or not url:
            raise NotConfigured
        from redis import Redis  # loaded only where the pace is shared (a crawl without it never needs it)

        return cls(crawler, Redis.from_url(url), gap)

    def _gap(self, request: Request) -> float:
        """The site's own delay when the spider knows it, else the setting."""
        spider = self.crawler.spider
        site = request.meta.get("site")
        visit = getattr(spider, "visit", None)
        if site is not None and visit is not None:
            delay = visit(site).config.download_delay
            if delay is not None:
                return float(delay)
        return self.gap

    async def process_request(self, request: Request) -> None:
        gap = self._gap(request)
        if gap <= 0:
            return
        host = urlsplit(request.url).hostname or ""
        wait = float(self.reserve(keys=[f"casualties:pace:{host}"], args=[time.time(), gap]))
        if wait > 0:
            await asyncio.sleep(wait)
