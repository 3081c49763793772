"""Who wrote a comment: the element named for the author, a "X says:" or "Posted by: X" line,
a link to the commenter's profile, and the author's website."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from lxml.html import HtmlElement

from crawler.understand.comments import microdata
from crawler.understand.comments.identity import id_in_link
from crawler.understand.comments.posted import is_date_line
from crawler.understand.comments.text import flat, paragraphs
from crawler.understand.comments.view import ItemView
from crawler.understand.urls import absolute_url

# Names of the element holding the author's name, strongest first.
_AUTHOR_NAMES = (
    re.compile(r"(?<![a-z])fn(?![a-z])"),
    re.compile(r"author|commenter|poster|(?<![a-z])nick|user-?name|user_name"),
    re.compile(r"(?<![a-z])(?:name|user)"),
)
_NOT_AUTHOR = re.compile(r"avatar|photo|picture|date|time|says|meta|reply|link-to|count|badge|rating")
# "Amir says:", "Emily said...", "Posted by: dearieme | August 08, 2012", "by bsosna on Aug 9".
BYLINE = re.compile(
    r"^(?:\+\s*)?(?:.{1,80}?\s)?(?:says|said|wrote)\s*[:.,…]*$"
    r"|^(?:posted|written|submitted|comment(?:ed)?)\s+(?:by|on)\b",
    re.IGNORECASE,
)
_SAYS = re.compile(
    r"\s*(?:says|said|wrote|writes|dit|a écrit|schreibt|dice|scrive|zegt)\s*(?:[:.,…]+|$).*$",
    re.IGNORECASE | re.DOTALL,
)
_SAID = re.compile(r"^(?:\+\s*)?(?P<name>.{1,80}?)\s+(?:says|said|wrote|reblogged this from)\b", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:\+\s*)?(?:(?:posted|written|submitted|comment(?:ed)?)\s+)?by:?\s+", re.IGNORECASE)
# What follows a name: a date after a separator (a comma inside brackets is no separator:
# "Karen (in Towson, MD) | November 8, 2012"), "(not verified)", stray separators.
_TRAILING = re.compile(
    r"\s*(?:(?:\s(?:on|at|@)\s|[|—–]|\s-\s|,\s(?![^()]*\))).*\d.*|\(not verified\)|\(guest\)|[|:,\-–—]+)\s*$",
    re.IGNORECASE,
)
_DATE_THEN_NAME = re.compile(r"^.*\d.*?\s[—–|]\s(?P<name>[^—–|\d]{2,60}?)\s*(?:\(not verified\))?$")
# WordPress prints the author's website as <a class="url" rel="external nofollow">.
_AUTHOR_LINK = re.compile(r"(?<![a-z])url(?![a-z])|external")
# A link to the commenter's page on the site: /users/malikai, /profile/123, /member/jo.
_PROFILE_LINK = re.compile(
    r"/(?:users?|profiles?|members?|people|author|contributor)/[^/?#]+/?$|[?&]user(?:id)?=", re.IGNORECASE
)
_EMPHASIS = frozenset({"strong", "b", "h2", "h3", "h4", "h5", "h6"})
_MAX_WORDS = 8
_MAX_BYLINE = 240


def clean_author(raw: str | None) -> str | None:
    """A display name without "says:", "Posted by", a trailing date or separators; None if implausible."""
    if not raw:
        return None
    name = " ".join(raw.split())
    name = _SAYS.sub("", name)
    name = _BY.sub("", name).lstrip("+|—–- ")
    for _ in range(2):
        name = _TRAILING.sub("", name).strip()
    if not name or len(name) > 80 or len(name.split()) > _MAX_WORDS:
        return None
    return name


def find_author(view: ItemView, outside: list[HtmlElement]) -> tuple[str | None, str | None, HtmlElement | None]:
    """(name, url, element) of the author, from the comment's elements outside its text."""
    outside_set = set(outside)
    name, url, el = microdata.author([el for el in view.props if el in outside_set])
    if name:
        return clean_author(name), url, el
    for found, el in _candidates(view, outside_set):
        name = clean_author(found)
        if name:
            return name, None, el
    return None, None, None


def name_in_bylines(lines: list[str]) -> str | None:
    """The author named in "X says:" or "Posted by X" lines taken off a comment's text."""
    return next((found for line in lines if BYLINE.match(line) for found in [clean_author(line)] if found), None)


def _candidates(view: ItemView, outside: set[HtmlElement]) -> Iterator[tuple[str, HtmlElement]]:
    """Strings that may be the author's name, most reliable first."""
    ranked = [(rank, el) for el in view.labelled if el in outside for rank in [_author_rank(view.labels[el])] if rank]
    for _, el in sorted(ranked, key=lambda pair: pair[0]):
        yield _name_in(el)
    links = [el for el in view.tagged("a") if el in outside]
    for el in view.tagged("cite", "a"):
        if el in outside and (el.tag == "cite" or _AUTHOR_LINK.search(f"{el.get('class')} {el.get('rel')}")):
            yield flat(el), el
    for el in links:
        if _PROFILE_LINK.search(el.get("href") or ""):
            yield flat(el), el
    first = view.node.parts[0]
    if first.tag == "dt":
        yield flat(first), first
    for el in view.tagged(*_EMPHASIS):  # a name set in bold or as a heading in the comment's metadata block
        if el in outside and len(el.text_content()) <= 60:
            if view.in_meta(el) and not is_date_line(flat(el)):
                yield flat(el), el
    taken = {el for el in view.own if el not in outside}  # the comment's text
    for el in view.own:  # bylines: "X says:", "Posted by: X | date", "date — X (not verified)"
        if el not in outside:
            continue
        text = flat(el, taken)  # a byline may hold the text ("X said: <span>...</span>") or a script
        if len(text) > _MAX_BYLINE:
            continue
        said = _SAID.match(text)
        if said:
            yield said["name"], el
        elif _BY.match(text):
            yield text, el
        elif view.is_meta(el):
            match = _DATE_THEN_NAME.match(text)
            if match:
                yield match["name"], el


@lru_cache(maxsize=4096)
def _author_rank(label: str) -> int:
    """How strongly an element's names say it holds the author's name: 1 strongest, 0 not at all."""
    if _NOT_AUTHOR.search(label.replace("author", "")):
        return 0
    return next((rank for rank, pattern in enumerate(_AUTHOR_NAMES, 1) if pattern.search(label)), 0)


def _name_in(el: HtmlElement) -> tuple[str, HtmlElement]:
    """The name an author element shows: the words of the author's website link inside it, else
    its first line ("Charise<br>Twitter: @charise" is Charise)."""
    for link in el.iter("a"):
        if _AUTHOR_LINK.search(f"{link.get('class')} {link.get('rel')}"):
            return flat(link), link
    whole = flat(el)
    for child in el.iterdescendants(*_NAME_TAGS):
        # "<strong>Jane</strong> <span>March 3, 2012</span>": the name beside the comment's date
        name = flat(child)
        if 0 < len(name) <= 60 and not is_date_line(name):
            rest = whole.replace(name, "", 1).strip(" ,|-–—·:")
            if rest and (is_date_line(rest) or clean_author(rest) is None or _SAYS.fullmatch(rest)):
                return name, child
            break
    if next(el.iter("br"), None) is not None:
        lines = paragraphs([el], _never)
        if lines:
            return lines[0].split("\n", 1)[0], el
    return flat(el), el


_NAME_TAGS = ("strong", "b", "a", "cite", "span", "em")


def _never(el: HtmlElement) -> bool:
    return False


def author_url(el: HtmlElement | None, name: str | None, page_url: str) -> str | None:
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
        url = absolute_url(link.get("href"), page_url)
        if url and not id_in_link(url) and (named or name in flat(link)):
            return url
    return None
