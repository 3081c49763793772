"""Forum threads: the opening post is the page's own text, every later post a reader's comment.

A thread page of forum software (phpBB, vBulletin, XenForo, Simple Machines, Discourse, Invision,
Reddit, Stack Exchange; see ``forum_platforms``) is a list of posts of one form.  On the thread's
first page the first post is the opening post: the page's body, its author the page's author and
its time the page's date (never the "Joined" line of the poster's profile).  Every later post is
a comment with its author, time and own words: quotes of other posts, signatures, edit notes and
profile blocks are left out.  Threading comes from the markup where it has it: a reply nested in
the post it answers, or the post a reply quotes.

On a later page of a thread (``?start=15``, ``/page-2``) every post is a reply.  An opening post
without words (a photo, a Reddit link) leaves the page without a body of its own; a page where
the platform's posts are not found is not read as a thread: the other readers read it as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.fields import Context
from crawler.understand.comments.forum_platforms import GATES, PLATFORMS, Platform
from crawler.understand.comments.posted import read_posted
from crawler.understand.comments.text import flat, join, paragraphs
from crawler.understand.html import ParsedPage
from crawler.understand.page_records import Timestamp
from crawler.understand.urls import absolute_url

# A later page of a thread: phpBB's ?start=15, SMF's topic=123.20, ?page=2, /page-2, /page/2/.
_LATER_PAGE = re.compile(
    r"[?&;](?:start|st)=0*[1-9]|[?&;]page=0*(?:[2-9]|[1-9]\d)|/page[-/]?0*(?:[2-9]|[1-9]\d)\b"
    r"|[?&;]topic=\d+\.0*[1-9]",
    re.IGNORECASE,
)
# The thread's next page, as forum software links it for browsers and search engines.
_NEXT_PAGE = etree.XPath("//head/link[@rel='next']/@href | //a[@rel='next']/@href")
_LAST_NUMBER = re.compile(r"(\d+)\D*$")
_NUMBERED = re.compile(r"^\D*(\d+)$")  # "p48100", "post-150000", "elComment_901"


@dataclass(slots=True)
class Post:
    """One post of a thread as read: its paragraphs and what is known of it."""

    paragraphs: list[str]
    author: str | None
    posted_at: Timestamp | None
    ident: str | None
    parent: int | None  # the index of the post it replies to, where the markup tells
    quoted: str | None  # the id of the post it quotes


@dataclass(slots=True)
class Thread:
    """A forum thread page: the platform, its opening post (None on a later page) and the replies."""

    platform: str
    opening: Post | None
    replies: list[Draft]


def read_thread(page: ParsedPage, ctx: Context) -> Thread | None:
    """The page read as a forum thread, or None when it is not one (or its posts are not found)."""
    found = _posts(page)
    if found is None:
        return None
    platform, elements = found
    order = {el: i for i, el in enumerate(elements)}
    posts = [_post(platform, el, order, ctx) for el in elements]
    later = _later_page(page)
    opening = None if later else posts[0]
    replies = posts if later else posts[1:]
    shift = 0 if later else 1
    by_ident = {post.ident: i for i, post in enumerate(posts) if post.ident}
    return Thread(platform.name, opening, [_draft(post, shift, by_ident) for post in replies])


def opening_post(
    page: ParsedPage, tz: str | None, fetched: datetime | None, languages: Sequence[str] | None
) -> Post | None:
    """The opening post of a forum thread page: a Post without paragraphs on a later page of the
    thread (the page has no text of its own); None when the page is not read as a thread."""
    found = _posts(page)
    if found is None:
        return None
    if _later_page(page):
        return Post([], None, None, None, None, None)
    platform, elements = found  # the first post alone: the replies are the comment reader's
    ctx = Context(page_url=page.url, tz=tz, base=fetched, languages=list(languages) if languages else None)
    return _post(platform, elements[0], {el: i for i, el in enumerate(elements)}, ctx)


def _later_page(page: ParsedPage) -> bool:
    """Whether the page is a later page of its thread, all of whose posts are replies."""
    return bool(_LATER_PAGE.search(page.url or ""))


def next_thread_page(page: ParsedPage) -> str | None:
    """The address of the thread's next page (its rel="next" link), for its further replies."""
    for href in _NEXT_PAGE(page.tree):
        address = absolute_url(str(href), page.url)
        if address and address.split("#")[0] != page.url:
            return address.split("#")[0]
    return None


_Found = tuple[Platform, list[HtmlElement]] | None
_last: list[tuple[HtmlElement | None, _Found]] = [(None, None)]


def _posts(page: ParsedPage) -> _Found:
    """The platform of the page and its posts in page order (kept for the page last asked about:
    its body, date and comments are read in turn; one read of the entry, for threads)."""
    tree = page.tree
    seen, found = _last[0]
    if seen is tree:
        return found
    found = _find(page)
    _last[0] = (tree, found)
    return found


def _find(page: ParsedPage) -> _Found:
    gates = GATES(page.tree)
    present = {el.get("id") for el in gates} if isinstance(gates, list) and gates else None
    if not present:
        return None
    for platform in PLATFORMS:
        if platform.gate in present:
            posts = platform.posts(page.tree)
            if isinstance(posts, list) and posts:
                return platform, [el for el in posts if isinstance(el, HtmlElement)]
    return None


def _element(result: Any) -> Any:
    """The element of an XPath result: itself, or the element an attribute was read from."""
    return cast(Any, result).getparent() if isinstance(result, str) else result


def _owner(el: Any, posts: dict[HtmlElement, int]) -> HtmlElement | None:
    """The post an element (or an attribute's element) belongs to: its nearest post ancestor."""
    node = _element(el)
    while node is not None and node not in posts:
        node = node.getparent()
    return node


def _own(results: Any, post: HtmlElement, posts: dict[HtmlElement, int]) -> list[Any]:
    """The results of an XPath that belong to this post, not to a post nested in it."""
    if not isinstance(results, list):
        return []
    return [r for r in results if _element(r) is post or _owner(r, posts) is post]


def _post(platform: Platform, el: HtmlElement, posts: dict[HtmlElement, int], ctx: Context) -> Post:
    """One post; ``posts`` are all posts of the page with their index in page order."""
    message = next(iter(_own(platform.message(el), el, posts)), None)
    parent = _owner(el.getparent(), posts) if platform.nested and el.getparent() is not None else None
    quoted = next(iter(_own(platform.quoted(el), el, posts)), None) if platform.quoted is not None else None
    ident = next(iter(_own(platform.ident(el), el, posts)), None)
    return Post(
        paragraphs=_words(platform, message) if message is not None else [],
        author=_author(_own(platform.author(el), el, posts)),
        posted_at=_time(_own(platform.time(el), el, posts), ctx),
        ident=_ident(_text(ident)) if ident is not None else None,
        parent=posts[parent] if parent is not None else None,
        quoted=_digits(str(quoted)) if quoted is not None else None,
    )


def _words(platform: Platform, message: HtmlElement) -> list[str]:
    """The paragraphs of a message less the quotes of other posts and the software's notes."""
    left_out: set[HtmlElement] = set()
    for path in (platform.quotes, platform.notes):
        if path is not None:
            left_out.update(el for el in path(message) if isinstance(el, HtmlElement))
    return paragraphs([message], left_out.__contains__)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else flat(value)


def _author(found: list[Any]) -> str | None:
    for value in found:
        name = " ".join(_text(value).split())
        if name:
            return name
    return None


def _time(found: list[Any], ctx: Context) -> Timestamp | None:
    """The first time read from the attributes found (an ISO stamp, a title), then from the words
    of the elements found (``<time title=...>``, "by Sam » Sun Oct 10, 2010 1:00 pm")."""
    values: list[tuple[str, str | None]] = [(str(v), str(v)) for v in found if isinstance(v, str)]
    for el in found:
        if not isinstance(el, str):
            values += [(el.get(name, ""), flat(el)) for name in ("datetime", "title") if el.get(name)]
            values.append((flat(el), None))
    return read_posted(values, tz=ctx.tz, base=ctx.base, languages=ctx.languages, order=ctx.order)


def _ident(value: str) -> str | None:
    """A post's id on the site: the number of "p48100" or "post-150000", else the id as given."""
    match = _NUMBERED.match(value.strip())
    return match[1] if match else (value.strip() or None)


def _digits(value: str) -> str | None:
    """The post number of a link to a post or a quote's source ("showthread.php?p=77#post77")."""
    match = _LAST_NUMBER.search(value)
    return match[1] if match else None


def _draft(post: Post, shift: int, by_ident: dict[str, int]) -> Draft:
    """A reply as a comment: its parent the post it is nested in, else the post of this page it
    quotes (``by_ident``: the index of each post by its id); none when that is the opening post
    (a reply to the thread itself)."""
    parent_index = post.parent - shift if post.parent is not None and post.parent >= shift else None
    parent_key = None
    if parent_index is None and post.parent is None and post.quoted and by_ident.get(post.quoted, -1) >= shift:
        parent_key = post.quoted
    return Draft(
        text=join(post.paragraphs),
        site_id=post.ident,
        author=post.author,
        posted_at=post.posted_at,
        parent_key=parent_key,
        parent_index=parent_index,
    )
