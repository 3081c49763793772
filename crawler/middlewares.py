"""Downloader middleware that reports every download attempt for the fetch log."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler import signals
from crawler.items import FetchItem

ROBOTS_REFUSAL = "robots.txt"  # the error kind of a request robots.txt forbids


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


class FetchLogMiddleware:
    """Sits next to the downloader, so it sees each attempt (retries and errors included)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchLogMiddleware:
        return cls(crawler)

    def _send(self, record: FetchItem) -> None:
        self.crawler.signals.send_catch_log(signal=signals.fetch_recorded, record=record)

    def process_response(self, request: Request, response: Response) -> Response:
        content_type = response.headers.get(b"Content-Type")
        self._send(
            FetchItem(
                url=request.url,
                purpose=request.meta.get("purpose", "article"),
                fetched_at=_now(),
                status=response.status,
                bytes=len(response.body),
                content_type=content_type.decode("latin-1") if content_type else None,
                content_hash=hashlib.sha256(response.body).hexdigest(),
                error_kind=None if response.status < 400 else f"http-{response.status}",
            )
        )
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        message = str(exception)[:2000] or type(exception).__name__
        robots = isinstance(exception, IgnoreRequest) and "robots.txt" in message
        self._send(
            FetchItem(
                url=request.url,
                purpose=request.meta.get("purpose", "article"),
                fetched_at=_now(),
                error_kind=ROBOTS_REFUSAL if robots else type(exception).__name__,
                error=message,
            )
        )
