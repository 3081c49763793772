"""Reading one comment's author, date, text and kind from its elements."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from lxml.html import HtmlElement

from crawler.understand.comments import microdata
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.identity import id_in_link, site_id
from crawler.understand.comments.items import Node
from crawler.understand.comments.markers import is_content, is_meta, names
from crawler.understand.comments.posted import is_date_line, read_posted
from crawler.understand.comments.text import flat, join, paragraphs
from crawler.understand.records import CommentKind


@dataclass(frozen=True, slots=True)
class Context:
    """What every comment of one page is read with."""

    page_url: str
    tz: str | None
    base: datetime | None  # the fetch time, for "2 days ago"
    languages: list[str] | None


# Names of the element holding the author's name, strongest first.
_AUTHOR_NAMES = (
    re.compile(r"(?<![a-z])fn(?![a-z])"),
    re.compile(r"author|commenter|poster|(?<![a-z])nick|user-?name|user_name"),
    re.compile(r"(?<![a-z])(?:name|user)"),
)
_NOT_AUTHOR = re.compile(r"avatar|photo|picture|date|time|says|meta|reply|link-to|count|badge|rating")
_DATE_NAMES = re.compile(r"date|time|posted|submitted|meta|permalink|byline|info|footer|header|signature|(?<![a-z])by(?![a-z])|commentby")
# "Amir says:", "Emily said...", "Posted by: dearieme | August 08, 2012", "by bsosna on Aug 9".
_SAYS = re.compile(
    r"\s*(?:says|said|wrote|writes|dit|a écrit|schreibt|dice|scrive|zegt)\s*(?:[:.,…]+|$).*$", re.IGNORECASE | re.DOTALL
)
_BY = re.compile(r"^\s*(?:\+\s*)?(?:(?:posted|written|submitted|comment(?:ed)?)\s+)?by:?\s+", re.IGNORECASE)
_TRAILING = re.compile(r"\s*(?:(?:\s(?:on|at|@)\s|[|—–]|\s-\s|,\s).*\d.*|\(not verified\)|\(guest\)|[|:,\-–—]+)\s*$", re.IGNORECASE)
_BYLINE_PARAGRAPH = re.compile(
    r"^(?:\+\s*)?(?:.{1,80}?\s)?(?:says|said|wrote)\s*[:.,…]*$|^(?:posted|written|submitted|comment(?:ed)?)\s+(?:by|on)\b",
    re.IGNORECASE,
)
_SAID = re.compile(r"^(?:\+\s*)?(?P<name>.{1,80}?)\s+(?:says|said|wrote)\b", re.IGNORECASE)
# WordPress prints the author's website as <a class="url" rel="external nofollow">.
_AUTHOR_LINK = re.compile(r"(?<![a-z])url(?![a-z])|external")
_EMPHASIS = frozenset({"strong", "b", "h2", "h3", "h4", "h5", "h6"})
# A link to the commenter's page on the site: /users/malikai, /profile/123, /member/jo.
_PROFILE_LINK = re.compile(r"/(?:users?|profiles?|members?|people|author|contributor)/[^/?#]+/?$|[?&]user(?:id)?=", re.I)
_DATE_THEN_NAME = re.compile(r"^.*\d.*?\s[—–|]\s(?P<name>[^—–|\d]{2,60}?)\s*(?:\(not verified\))?$")
_KIND_LABEL = re.compile(r"^\s*(pingback|trackback)\s*[:\-]?\s*", re.IGNORECASE)
_REPLY_TO = re.compile(r"in-?reply|reply-?to|parent", re.IGNORECASE)
_REPLY_WORDS = re.compile(r"(?:in reply to|replying to|reply to|@)\s*$", re.IGNORECASE)
_MAX_AUTHOR_WORDS = 8


def own_elements(parts: list[HtmlElement], stops: set[HtmlElement]) -> list[HtmlElement]:
    """The elements inside a comment, leaving out the comments nested in it."""
    out: list[HtmlElement] = []
    for part in parts:
        stack = [child for child in reversed(part)]
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el in stops:
                continue
            out.append(el)
            stack.extend(reversed(el))
    return out


def clean_author(raw: str | None) -> str | None:
    """A display name without "says:", "Posted by", a trailing date or separators; None if implausible."""
    if not raw:
        return None
    name = " ".join(raw.split())
    name = _SAYS.sub("", name)
    name = _BY.sub("", name).lstrip("+ ")
    for _ in range(2):
        name = _TRAILING.sub("", name).strip()
    if not name or len(name) > 80 or len(name.split()) > _MAX_AUTHOR_WORDS:
        return None
    return name


def read_item(node: Node, stops: set[HtmlElement], ctx: Context) -> Draft:
    own = own_elements(node.parts, stops)
    body, protected = _content(own)
    rendered: set[HtmlElement] = set()
    parts = _text(node, own, stops, body, protected, rendered)
    outside = [el for el in own if el not in rendered]
    name, url, author_el = _author(node, outside)
    parts, bylines = _without_bylines(parts, ctx.languages)
    if name is None:
        name = next((found for line in bylines if _BYLINE_PARAGRAPH.match(line) for found in [clean_author(line)] if found), None)
    if name and parts and parts[0] == name:
        parts.pop(0)
    text = join(parts)
    kind = _kind(node, text)
    if kind != "comment":
        text = _KIND_LABEL.sub("", text)
        if name is None:  # a pingback's "author" is the linking post, named by its link
            author_el = next((el for el in own if el.tag == "a" and _absolute(el.get("href"), ctx.page_url)), None)
            name = flat(author_el) or None if author_el is not None else None
    ident = site_id(node.parts, own)
    return Draft(
        text=text,
        site_id=ident,
        author=name,
        author_url=_absolute(url, ctx.page_url) if url else _author_url(author_el, name, ctx.page_url),
        posted_at=read_posted(_date_candidates(node, own, bylines), tz=ctx.tz, base=ctx.base, languages=ctx.languages),
        kind=kind,
        parent_key=node.parent_key or _replied_to(own, ident),
        parent_index=node.parent,
        depth_hint=node.depth_hint,
    )


def _text(
    node: Node,
    own: list[HtmlElement],
    stops: set[HtmlElement],
    body: list[HtmlElement] | None,
    protected: set[HtmlElement],
    rendered: set[HtmlElement],
) -> list[str]:
    """Paragraphs of the comment, from its text elements where some are named, else from all its
    parts.  The elements whose text was taken are added to ``rendered``."""
    if body is None:
        return paragraphs(node.parts, _skipper(stops, set(), own), rendered)
    parts = paragraphs(body, _skipper(stops, protected, None), rendered)
    if parts and _text_size(body) >= 0.3 * _text_size_own(own):
        return parts
    # A small element named "text" may be a counter or a label: keep it only if the rest is metadata.
    rest = paragraphs(node.parts, _skipper(stops, set(), None))
    if parts and sum(map(len, parts)) >= 0.5 * sum(map(len, rest)):
        return parts
    rendered.clear()
    return paragraphs(node.parts, _skipper(stops, set(), own), rendered)


def _without_bylines(parts: list[str], languages: list[str] | None) -> tuple[list[str], list[str]]:
    """The paragraphs without the author and date lines at their start and end, and those lines."""
    bylines: list[str] = []

    def is_byline(line: str) -> bool:
        return len(line) < 160 and (bool(_BYLINE_PARAGRAPH.match(line)) or is_date_line(line, languages))

    for edge in (0, -1):
        while parts:
            lines = parts[edge].split("\n")
            while lines and is_byline(lines[edge]):
                bylines.append(lines.pop(edge))
            if lines:
                parts[edge] = "\n".join(lines)
                break
            parts.pop(edge)
    return parts, bylines


def _author(node: Node, outside: list[HtmlElement]) -> tuple[str | None, str | None, HtmlElement | None]:
    """(name, url, element) of the author, from the comment's elements outside its text."""
    name, url, el = microdata.author(outside)
    if name:
        return clean_author(name), url, el
    for found, el in _author_candidates(node, outside):
        name = clean_author(found)
        if name:
            return name, None, el
    return None, None, None


def _author_candidates(node: Node, outside: list[HtmlElement]) -> Iterator[tuple[str, HtmlElement]]:
    """Strings that may be the author's name, most reliable first."""
    for pattern in _AUTHOR_NAMES:
        for el in outside:
            label = names(el)
            if label and pattern.search(label) and not _NOT_AUTHOR.search(label.replace("author", "")):
                yield flat(el), el
    for el in outside:
        if el.tag == "cite" or (el.tag == "a" and _AUTHOR_LINK.search(f"{el.get('class')} {el.get('rel')}")):
            yield flat(el), el
    for el in outside:
        if el.tag == "a" and _PROFILE_LINK.search(el.get("href") or ""):
            yield flat(el), el
    first = node.parts[0]
    if first.tag == "dt":
        yield flat(first), first
    for el in outside:  # a name set in bold or as a heading in the comment's metadata block
        if el.tag in _EMPHASIS and len(el.text_content()) <= 60:
            parent = el.getparent()
            if parent is not None and (is_meta(parent) or is_meta(el)) and not is_date_line(flat(el)):
                yield flat(el), el
    for el in outside:  # bylines: "X says:", "Posted by: X | date", "date — X (not verified)"
        if len(el.text_content()) > 240:
            continue
        text = flat(el)
        said = _SAID.match(text)
        if said:
            yield said["name"], el
        elif _BY.match(text):
            yield text, el
        else:
            match = _DATE_THEN_NAME.match(text)
            if match and is_meta(el):
                yield match["name"], el


def _author_url(el: HtmlElement | None, name: str | None, page_url: str) -> str | None:
    """The author's website or profile: a link around or inside the author's name.  Links to a
    comment (permalinks, reply buttons) never count, and in a longer byline only the link whose
    words are the name does."""
    if el is None or not name:
        return None
    parent = el.getparent()
    links = [el] if el.tag == "a" else list(el.iter("a"))
    if not links and parent is not None and parent.tag == "a":
        links = [parent]
    named = len(flat(el)) <= len(name) + 12  # the element holds little besides the name
    for link in links:
        url = _absolute(link.get("href"), page_url)
        if url and not id_in_link(url) and (named or name in flat(link)):
            return url
    return None


def _absolute(href: str | None, page_url: str) -> str | None:
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    url = urljoin(page_url, href.strip())
    return url if url.startswith(("http://", "https://")) else None


def _content(own: list[HtmlElement]) -> tuple[list[HtmlElement] | None, set[HtmlElement]]:
    """The outermost elements named as the comment's text, and their ancestors (never skipped)."""
    marked = microdata.text_element(own)
    found = [marked] if marked is not None else [el for el in own if is_content(el)]
    if not found:
        return None, set()
    chosen = set(found)
    outermost = [el for el in found if not any(a in chosen for a in el.iterancestors())]
    return outermost, {a for el in outermost for a in el.iterancestors()}


def _text_size(elements: list[HtmlElement]) -> int:
    return sum(len(el.text_content().strip()) for el in elements)


def _text_size_own(own: list[HtmlElement]) -> int:
    return sum(len((el.text or "").strip()) + len((el.tail or "").strip()) for el in own)


def _skipper(
    stops: set[HtmlElement], protected: set[HtmlElement], own: list[HtmlElement] | None
) -> Callable[[HtmlElement], bool]:
    """What the text leaves out: nested comments and metadata, but never what holds the text.
    Without a named text element (``own`` given), a metadata-named element that wraps paragraphs
    is taken to hold the text."""

    def skip(el: HtmlElement) -> bool:
        if el in stops:
            return True
        if el in protected or not is_meta(el):
            return False
        return own is None or not _holds_paragraphs(el)

    return skip


def _holds_paragraphs(el: HtmlElement) -> bool:
    return any(len(p.text_content()) >= 20 and not is_meta(p) for p in el.iter("p", "blockquote"))


def _kind(node: Node, text: str) -> CommentKind:
    label = " ".join((part.get("class") or "").lower() for part in node.parts) + " " + node.evidence
    for kind in ("pingback", "trackback"):
        if kind in label:
            return kind  # type: ignore[return-value]
    match = _KIND_LABEL.match(text)
    return match[1].lower() if match else "comment"  # type: ignore[return-value]


def _date_candidates(node: Node, own: list[HtmlElement], bylines: list[str]) -> Iterator[tuple[str, str | None]]:
    """Strings that may hold the posting time, most reliable first: (value, words shown)."""
    for el in own:
        if el.tag == "time" and el.get("datetime"):
            yield el.get("datetime", ""), flat(el)
    marked = microdata.date_text(own)
    if marked:
        yield marked, None
    for el in own:
        if el.tag == "abbr" and el.get("title"):
            yield el.get("title", ""), flat(el)
    for el in own:
        if el.tag == "time" or (_DATE_NAMES.search(names(el)) and not is_content(el)):
            yield flat(el), None
    for el in own:
        if el.tag == "a" and id_in_link(el.get("href")):
            yield flat(el), None
    for part in node.parts:
        if part.tag == "dt" or (part.tag == "dd" and is_meta(part)):
            yield flat(part), None
    for line in bylines:
        yield line, None


def _replied_to(own: list[HtmlElement], ident: str | None) -> str | None:
    """The parent named by an "in reply to" link, in threads shown flat."""
    for el in own:
        if el.tag != "a":
            continue
        target = id_in_link(el.get("href"))
        if not target or target == ident:
            continue
        parent = el.getparent()
        before = el.getprevious().tail if el.getprevious() is not None else (parent.text if parent is not None else None)
        context = names(el) + " " + (names(parent) if parent is not None else "")
        if _REPLY_TO.search(context) and "comment-reply-link" not in context:
            return target
        if _REPLY_WORDS.search(before or "") or flat(el).startswith("@"):
            return target
    return None
