"""A comment's id: the site's own (``comment-417735`` -> ``417735``), else a hash of its content.

Ids must be stable: the same comment read from another page of the thread, from a re-fetch or
from the site's API gets the same id, so that a reply can name a parent read elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from lxml.html import HtmlElement

# An element id naming one comment: comment-417735, div-comment-417735, li-comment-9954,
# Blog1_cmt-3027514677981726030, c155653086079776840, dsq-comment-7681, comment_item_111027512,
# comment-6a00d8341c57a853ef017ee3af2f7b970d (TypePad), com_37914, pc_47492.
ITEM_ID = re.compile(
    r"^(?P<prefix>(?:[a-z]+\d*_)?(?:li-|div-|dsq-|lf_|js-)?(?P<word>comment|cmt|com|pc|c|post)"
    r"(?:[-_]?(?:item|entry|body|inner))?[-_]?)(?P<key>\d+|[0-9a-f]{16,})$",
    re.IGNORECASE,
)
STRONG_WORDS = frozenset({"comment", "cmt"})
# Links and attributes that carry a comment's id: "#comment-417735", "#c155653086079776840",
# "?replytocom=417735", "?showComment=1351269485022#c1368053093029873036".
_FRAGMENT = re.compile(r"#(?:comment|cmt|c|li-comment|div-comment)[-_]?(\d+|[0-9a-f]{16,})$", re.IGNORECASE)
_REPLYTO = re.compile(r"[?&](?:replytocom|cid|comment_id|commentid)=(\d+|[0-9a-f]{16,})", re.IGNORECASE)
_ID_ATTRIBUTES = ("data-comment-id", "data-commentid", "comment_id", "data-id")


def id_in_name(name: str | None) -> str | None:
    """The comment id inside an element id or anchor name, if it is one."""
    if not name:
        return None
    match = ITEM_ID.match(name.strip())
    return match["key"] if match else None


def id_in_link(href: str | None) -> str | None:
    """The comment id a permalink or reply link points to."""
    if not href:
        return None
    match = _FRAGMENT.search(href) or _REPLYTO.search(href)
    return match[1] if match else None


def site_id(parts: list[HtmlElement], labelled: Iterable[HtmlElement], links: list[HtmlElement]) -> str | None:
    """The site's id of a comment: on its element, on an anchor just before it, or inside it
    (``labelled``: the elements in it with an id or class; ``links``: its links and anchors)."""
    for part in parts:
        found = id_in_name(part.get("id"))
        if found:
            return found
    for attribute in _ID_ATTRIBUTES:
        value = (parts[0].get(attribute) or "").strip()
        if value.isalnum():
            return value
    anchor = _anchor_before(parts[0])
    if anchor:
        return anchor
    for el in labelled:
        found = id_in_name(el.get("id"))
        if found:
            return found
    for el in links:
        found = id_in_name(el.get("name"))
        if found:
            return found
    return next((found for el in links if (found := id_in_link(el.get("href")))), None)


def _anchor_before(el: HtmlElement) -> str | None:
    """``<a id="comment-5"></a><div class="comment">``: the id on an empty anchor just before."""
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or previous.tag != "a" or (previous.text or "").strip():
        return None
    return id_in_name(previous.get("id")) or id_in_name(previous.get("name")) or _bare_number(previous.get("name"))


def _bare_number(name: str | None) -> str | None:
    return name if name and name.isdigit() else None


def content_id(author: str | None, text: str) -> str:
    """A stable id for a comment the site gives none: a hash of who wrote what."""
    digest = hashlib.sha1(f"{author or ''}\n{' '.join(text.split())}".encode()).hexdigest()
    return f"h{digest[:16]}"
