"""Other pages of a paginated thread: "Older comments" links, ``comment-page-2``, ``?cpage=2``.

A link counts when it leads to another comment page of this same post (its address, once the
comment-page part is taken off, is the page's own), or when it sits in the comment navigation of
the thread.  Links to comment pages of other posts ("Recent comments" widgets) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache
from urllib.parse import urldefrag, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.identity import id_in_link
from crawler.understand.comments.markers import is_zone, names
from crawler.understand.urls import absolute_url

# Links that may lead to another comment page: by their address or by their words.
_CANDIDATE_LINKS = etree.XPath(
    "descendant::a[@href][contains(@href, 'page') or contains(@href, 'Page')"
    " or text()[contains(., 'omments') or contains(., 'OMMENTS')]]"
)
# The part of an address that picks a page of comments.
_PAGE_PART = re.compile(
    r"/comment-page-\d+/?|[?&](?:cpage|comment-page|commentpage|comments_page|cp)=\d+", re.IGNORECASE
)
_PLAIN_PAGE = re.compile(r"(?<=[?&])page=\d+&?|[?&]page=\d+$")
_PAGE_WORDS = re.compile(
    r"^\W*(?:(?:older|newer|previous|next|earlier|later|more)\s+comments|load more comments|show more comments)\W*$",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(r"comment-?nav|comments-?nav|comment-?pag|nav-links|navigation|pagination|pager|page-numbers")


def next_pages(tree: HtmlElement, page_url: str, shown: Set[str] = frozenset()) -> list[str]:
    """Absolute addresses of the thread's other comment pages, in page order, without repeats.

    ``shown`` holds the ids of the comments on this page: a permalink to one of them on a
    comment page of this post is a link to this very page.
    """
    here = _without_page_part(page_url)
    current = urldefrag(page_url)[0]
    found: list[str] = []
    for link in _CANDIDATE_LINKS(tree):
        address = absolute_url(link.get("href"), page_url)
        if address is None:
            continue
        url, fragment = urldefrag(address)
        if url == current or url in found:
            continue
        if _is_thread_page(link, url, fragment, here, shown):
            found.append(url)
    return found


def _is_thread_page(link: HtmlElement, url: str, fragment: str, here: str, shown: Set[str]) -> bool:
    paged = bool(_PAGE_PART.search(url))
    same_post = bool(here) and _without_page_part(url) == here
    if paged and same_post:
        target = id_in_link("#" + fragment) if fragment else None
        return target is None or target not in shown  # a permalink to a comment shown here is this page
    if same_post and _PAGE_WORDS.match(link.text_content() or ""):
        return True
    if not _in_comment_navigation(link):
        return False
    # In the thread's own navigation a plain "?page=2" (Drupal and others) is a comment page too.
    return paged or same_post or (bool(here) and _without_page_part(_PLAIN_PAGE.sub("", url)) == here)


def _in_comment_navigation(link: HtmlElement) -> bool:
    return any(_is_comment_navigation(box) for box in link.iterancestors())


def _is_comment_navigation(box: HtmlElement) -> bool:
    """Whether a navigation bar belongs to the comments: it says so, or sits in a comment zone."""
    label = names(box)
    if not label or not _NAVIGATION.search(label):
        return False
    return "comment" in label or any(is_zone(node) for node in box.iterancestors())


@lru_cache(maxsize=1024)
def _without_page_part(url: str) -> str:
    """The address with its comment-page part, fragment, trailing slash and scheme removed."""
    if not url:
        return ""
    url = _PAGE_PART.sub("", urldefrag(url)[0])
    if "?" not in url and "&" in url:  # "?cpage=2&lang=en" lost its "?" with the page part
        url = url.replace("&", "?", 1)
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address ("http://[broken") is nobody's comment page
        return ""
    query = parts.query.lstrip("&")
    return f"{parts.netloc.lower()}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")
