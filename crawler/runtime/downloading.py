"""Scrapy's HTTP download handler, built when the first http(s) request needs it.

Scrapy builds its HTTP/1.1 handler when the crawl starts, and loading it loads the TLS stack
(pyOpenSSL, cryptography): time that ``casualties fetch`` of saved pages spends for nothing before
its first page.  This stand-in module imports nothing of it until a request goes out over http(s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class HTTPDownloadHandler:
    """Scrapy's ``HTTP11DownloadHandler``, built on first use."""

    lazy = True

    def __init__(self, crawler: Crawler) -> None:
        from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
        from scrapy.utils.misc import build_from_crawler

        self.handler: Any = build_from_crawler(HTTP11DownloadHandler, crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HTTPDownloadHandler:
        return cls(crawler)

    async def download_request(self, request: Request) -> Response:
        return await self.handler.download_request(request)

    async def close(self) -> None:
        await self.handler.close()
