"""Listing and archive pages: the links they hold, and the link to their next page."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from w3lib.url import canonicalize_url

from crawler.understand.html import ParsedPage

_NEXT_TEXT = re.compile(
    r"^\s*(?:next(?: page)?|older(?: posts| entries| articles)?|more (?:posts|stories|articles)|»|›|→|>)\s*(?:»|›|→|>)?\s*$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"(?:/page/|[?&](?:page|paged|p)=)(\d+)/?(?:$|[?&#])")


@dataclass(slots=True)
class Listing:
    links: list[str] = field(default_factory=list)  # absolute, on the page's host, in page order, once each
    next_page: str | None = None


def _page_number(url: str) -> int:
    found = _PAGE_NUMBER.search(url)
    return int(found.group(1)) if found else 1


def read_listing(page: ParsedPage) -> Listing:
    """Links to the page's own host, and its next page (``rel=next``, "Older posts", ``/page/N+1/``)."""
    host = urlsplit(page.url).hostname
    listing = Listing()
    seen: set[str] = set()
    current = _page_number(page.url)
    numbered: str | None = None
    for anchor in page.tree.iter("a", "link"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(page.url, href).split("#", 1)[0]
        if urlsplit(url).hostname != host:
            continue
        rel = (anchor.get("rel") or "").lower().split()
        text = anchor.text_content() if anchor.tag == "a" else ""
        if "next" in rel or (anchor.tag == "a" and _NEXT_TEXT.match(text)):
            listing.next_page = listing.next_page or url
        elif numbered is None and _page_number(url) == current + 1 and _PAGE_NUMBER.search(url):
            numbered = url
        if anchor.tag != "a":
            continue
        key = canonicalize_url(url)
        if key not in seen:
            seen.add(key)
            listing.links.append(url)
    listing.next_page = listing.next_page or numbered
    return listing


_COMMENT_PAGING = re.compile(r"comment-page-\d+/?$")
_NOT_ARTICLE = re.compile(
    r"/(?:category|tag|tags|author|page|feed|search|wp-admin|wp-json|wp-content|comments|attachment|topics?)(?:/|$)|\.(?:xml|rss|json|jpe?g|png|gif|pdf|zip|mp[34])$",
    re.IGNORECASE,
)
_DATED_PATH = re.compile(r"/(?:19|20)\d{2}/\d{1,2}/(?:\d{1,2}/)?[^/]+")
_SLUG = re.compile(r"/[^/]*[a-z0-9]+(?:-[a-z0-9]+){3,}[^/]*/?$", re.IGNORECASE)


def article_address(url: str) -> str:
    """The article's own URL for a link to one of its comment pages or anchors."""
    url = url.split("#", 1)[0]
    path_end = _COMMENT_PAGING.search(url)
    return url[: path_end.start()] if path_end else url


def looks_like_article(url: str) -> bool:
    """A guess for sites configured without article patterns: a dated path or a long slug."""
    path = urlsplit(url).path
    if _NOT_ARTICLE.search(path) or path in ("", "/"):
        return False
    return bool(_DATED_PATH.search(path) or _SLUG.search(path))
