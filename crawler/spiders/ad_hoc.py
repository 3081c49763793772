"""The ``article`` spider: one or more article URLs, fetched ad hoc with their comment threads.

    scrapy crawl article -a url=https://example.com/2015/12/some-article/
    scrapy crawl article -a urls=saved-page.html,https://example.com/other/ -O items.jsonl

A URL may be http(s), ``file://`` or a local file path (a saved page).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response

from crawler.items import ArticleItem
from crawler.spiders.article_pages import ArticlePagesSpider
from crawler.vocabulary import Purpose

ALLOWED_SCHEMES = ("http", "https", "file")


class UnsupportedURL(ValueError):
    """A target that is not fetched; ``reason`` says why without repeating the target."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message


def as_fetchable_url(target: str) -> str:
    """An http(s) or file URL for a URL or a local path; other schemes, malformed URLs and
    missing files are refused."""
    target = target.strip()
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError as error:
        raise UnsupportedURL(f"{target!r}: not a valid URL ({error})", f"not a valid URL ({error})") from None
    scheme = parts.scheme.lower()
    if scheme in ALLOWED_SCHEMES and parts.password is not None:
        raise UnsupportedURL("a URL may not carry a password: credentials come from the environment")
    if scheme in ("http", "https") and not parts.hostname:
        raise UnsupportedURL(f"{target!r}: a URL without a host", "a URL without a host")
    if scheme in ALLOWED_SCHEMES:
        return target
    if scheme and len(scheme) > 1:  # "C:" drive letters aside, a scheme we do not fetch
        reason = "only http, https and file URLs or local paths are fetched"
        raise UnsupportedURL(f"{target!r}: {reason}", reason)
    path = Path(target).expanduser()
    if not path.is_file():
        reason = "no such file" if not path.exists() else "not a regular file"
        raise UnsupportedURL(f"{target!r}: {reason}", reason)
    return path.resolve().as_uri()


def split_targets(url: str | None, urls: str | Iterable[str] | None) -> list[str]:
    """Targets given as ``url=`` and ``urls=`` (comma-separated or a list), in order, once each."""
    given: list[str] = [url] if url else []
    if isinstance(urls, str):
        given.extend(part for part in urls.split(",") if part.strip())
    elif urls:
        given.extend(urls)
    return list(dict.fromkeys(as_fetchable_url(u) for u in given))


class ArticleSpider(ArticlePagesSpider):
    name = "article"

    def __init__(self, url: str | None = None, urls: str | Iterable[str] | None = None, tz: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets = split_targets(url, urls)
        self.tz = tz

    async def start(self) -> AsyncIterator[Request]:
        if not self.targets:
            self.logger.warning("nothing to fetch: give -a url=URL or -a urls=URL,URL,...")
        for target in self.targets:
            yield self.to_read(Request(target, callback=self.parse_article, meta={"purpose": Purpose.ARTICLE}, dont_filter=True), "article")

    def parse(self, response: Response, **kwargs: Any) -> Iterator[ArticleItem | Request]:
        """The default callback (used by ``scrapy parse``): an article page.

        @page tests/fixtures/pages/seed-article.html
        @returns items 1 1
        @returns requests 0 0
        @filled url title published_at published_day authors body comments
        """
        return self.parse_article(response)
