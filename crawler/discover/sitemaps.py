"""XML sitemaps: indexes, URL sets (with ``lastmod``) and Google News sitemaps."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from urllib.parse import urljoin

from crawler.discover.xml import MAX_XML_BYTES, child_text, local_name, parse_xml
from crawler.understand.dates.parsing import parse_datetime


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    published: datetime | None = None  # news:publication_date


@dataclass(slots=True)
class Sitemap:
    kind: Literal["index", "urlset", "unknown"]
    entries: list[SitemapEntry] = field(default_factory=list)


def _when(text: str | None) -> datetime | None:
    stamp = parse_datetime(text, source="sitemap") if text else None
    return stamp.utc if stamp else None


def _ungzip(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    # Read at most the XML limit: a small gzip can unpack to gigabytes.
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
        return stream.read(MAX_XML_BYTES)


def parse_sitemap(body: bytes, base_url: str) -> Sitemap:
    """A sitemap or sitemap index (gzipped or not); anything else gives kind "unknown"."""
    root = parse_xml(_ungzip(body))
    if root is None:
        return Sitemap("unknown")
    kind = local_name(root)
    if kind not in ("sitemapindex", "urlset"):
        return Sitemap("unknown")
    entries = []
    for node in root:
        if local_name(node) not in ("sitemap", "url"):
            continue
        loc = child_text(node, "loc")
        if not loc:
            continue
        published = None
        for child in node:
            if local_name(child) == "news":
                published = _when(child_text(child, "publication_date"))
        entries.append(SitemapEntry(urljoin(base_url, loc), _when(child_text(node, "lastmod")), published))
    return Sitemap("index" if kind == "sitemapindex" else "urlset", entries)
