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
from crawler.spiders.threads import ArticlePagesSpider

ALLOWED_SCHEMES = ("http", "https", "file")


class UnsupportedURL(ValueError):
    pass


def as_fetchable_url(target: str) -> str:
    """An http(s) or file URL for a URL or a local path; other schemes are refused."""
    target = target.strip()
    scheme = urlsplit(target).scheme.lower()
    if scheme in ALLOWED_SCHEMES and urlsplit(target).password is not None:
        raise UnsupportedURL("a URL may not carry a password: credentials come from the environment")
    if scheme in ALLOWED_SCHEMES:
        return target
    if scheme and len(scheme) > 1:  # "C:" drive letters aside, a scheme we do not fetch
        raise UnsupportedURL(f"{target!r}: only http, https and file URLs or local paths are fetched")
    path = Path(target).expanduser()
    if not path.is_file():
        raise UnsupportedURL(f"{target!r}: no such file")
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
            yield Request(target, callback=self.parse_article, meta={"purpose": "article"}, dont_filter=True)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[ArticleItem | Request]:
        """The default callback (used by ``scrapy parse``): an article page."""
        return self.parse_article(response)
