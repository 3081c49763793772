"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the articles they list, and their comment counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from lxml import etree

from crawler.discover.xml import child_text, local_name, parse_xml
from crawler.understand.dates.parsing import parse_datetime

_SLASH = "http://purl.org/rss/1.0/modules/slash/"


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    comment_count: int | None = None  # slash:comments (WordPress)
    comments_feed: str | None = None  # wfw:commentRss (WordPress per-post comment feed)

    @property
    def lastmod(self) -> datetime | None:
        return self.updated or self.published


def _when(text: str | None) -> datetime | None:
    stamp = parse_datetime(text, source="feed") if text else None
    return stamp.utc if stamp else None


def _atom_link(entry: etree._Element) -> str | None:
    fallback = None
    for child in entry:
        if local_name(child) != "link" or not child.get("href"):
            continue
        rel = child.get("rel", "alternate")
        if rel == "alternate" and child.get("type", "text/html").startswith("text/html"):
            return child.get("href")
        fallback = fallback or (child.get("href") if rel == "alternate" else None)
    return fallback


def parse_feed(body: bytes, base_url: str) -> list[FeedEntry]:
    """The items of a feed, in feed order; an unreadable feed lists nothing."""
    root = parse_xml(body)
    if root is None:
        return []
    entries = []
    for node in root.iter():
        name = local_name(node)
        if name == "item":  # RSS 2.0 and RSS 1.0
            link = child_text(node, "link") or (node.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"))
            published = _when(child_text(node, "pubdate", "date"))
            updated = _when(child_text(node, "updated", "modified"))
        elif name == "entry":  # Atom
            link = _atom_link(node)
            published = _when(child_text(node, "published", "issued"))
            updated = _when(child_text(node, "updated", "modified"))
        else:
            continue
        if not link:
            continue
        entries.append(
            FeedEntry(
                url=urljoin(base_url, link.strip()),
                title=child_text(node, "title"),
                published=published,
                updated=updated,
                comment_count=_slash_comments(node),
                comments_feed=child_text(node, "commentrss"),
            )
        )
    return entries


def _slash_comments(node: etree._Element) -> int | None:
    """``slash:comments``, a count (RSS's own ``comments`` element is a URL)."""
    for child in node:
        if isinstance(child.tag, str) and etree.QName(child.tag).namespace == _SLASH:
            text = (child.text or "").strip()
            return int(text) if text.isdigit() else None
    return None

