"""Reading one comment of the page markup: its text, author, date, kind, id and parent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from lxml.html import HtmlElement

from crawler.understand.comments.commenters import author_url, find_author, name_in_bylines
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.identity import id_in_link, site_id
from crawler.understand.comments.markers import names
from crawler.understand.comments.nodes import Node
from crawler.understand.comments.own_words import comment_paragraphs, without_bylines
from crawler.understand.comments.posted import date_candidates, read_posted
from crawler.understand.comments.text import flat, join
from crawler.understand.comments.view import ItemView
from crawler.understand.dates.parsing import DateOrder
from crawler.understand.page_records import CommentKind
from crawler.understand.urls import absolute_url


@dataclass(frozen=True, slots=True)
class Context:
    """What every comment of one page is read with."""

    page_url: str
    tz: str | None
    base: datetime | None  # the fetch time, for "2 days ago"
    languages: list[str] | None
    order: DateOrder | None = None  # how the page writes numeric dates (day or month first)


_KIND_LABEL = re.compile(r"^\s*(pingback|trackback)\s*[:\-]?\s*", re.IGNORECASE)
# WordPress shows a pingback without a label as an excerpt of the linking post: "[…] words […]".
_EXCERPT = re.compile(r"^\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]$", re.DOTALL)
_REPLY_TO = re.compile(r"in-?reply|reply-?to|parent", re.IGNORECASE)
_REPLY_WORDS = re.compile(r"(?:in reply to|replying to|replied to|reply to|@)\s*$", re.IGNORECASE)


def read_item(node: Node, stops: set[HtmlElement], ctx: Context) -> Draft:
    """One comment, from its elements; ``stops`` are the elements of all comments of the page."""
    view = ItemView(node, stops)
    rendered: set[HtmlElement] = set()
    parts = comment_paragraphs(view, stops, rendered)
    name, url, author_el = find_author(view, [el for el in view.own if el not in rendered])
    parts, bylines = without_bylines(parts, ctx.languages)
    name = name or name_in_bylines(bylines)
    if name and parts and parts[0] == name:
        parts.pop(0)
    text = join(parts)
    kind = _kind(node, text)
    if kind != "comment":
        text = _KIND_LABEL.sub("", text)
        if name is None:  # a pingback's "author" is the linking post, named by its link
            author_el = next((el for el in view.tagged("a") if _links_elsewhere(el, ctx.page_url)), None)
            name = flat(author_el).strip(" |—–-") or None if author_el is not None else None
    ident = site_id(node.parts, view.labelled, view.tagged("a"))
    by = [flat(author_el)] if author_el is not None else []  # "written by Lev, October 24, 2012"
    return Draft(
        text=text,
        site_id=ident,
        author=name,
        author_url=absolute_url(url, ctx.page_url) if url else author_url(author_el, name, ctx.page_url),
        posted_at=read_posted(date_candidates(view, bylines + by), tz=ctx.tz, base=ctx.base, languages=ctx.languages, order=ctx.order),
        kind=kind,
        parent_key=node.parent_key or _replied_to(view.tagged("a"), ident),
        parent_index=node.parent,
        depth_hint=node.depth_hint,
    )


def _kind(node: Node, text: str) -> CommentKind:
    label = " ".join((part.get("class") or "").lower() for part in node.parts) + " " + node.evidence
    for kind in ("pingback", "trackback"):
        if kind in label:
            return kind
    match = _KIND_LABEL.match(text)
    if match:
        return "pingback" if match[1].lower() == "pingback" else "trackback"
    return "pingback" if _EXCERPT.match(text) else "comment"


def _links_elsewhere(el: HtmlElement, page_url: str) -> bool:
    """Whether a link with words leads away from the thread (not a permalink to a comment)."""
    href = el.get("href")
    return bool(flat(el)) and not id_in_link(href) and absolute_url(href, page_url) is not None


def _replied_to(links: list[HtmlElement], ident: str | None) -> str | None:
    """The parent named by an "in reply to" link, in threads shown flat."""
    for el in links:
        target = id_in_link(el.get("href"))
        if not target or target == ident:
            continue
        parent = el.getparent()
        previous = el.getprevious()
        before = previous.tail if previous is not None else (parent.text if parent is not None else None)
        context = names(el) + " " + (names(parent) if parent is not None else "")
        if _REPLY_TO.search(context) and "comment-reply-link" not in context:
            return target
        if _REPLY_WORDS.search(before or "") or flat(el).startswith("@"):
            return target
    return None
