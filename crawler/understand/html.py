"""Decoding and parsing a page once, so every extractor reads the same tree."""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import TypeVar

import lxml.etree
import lxml.html
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

from crawler.understand.encoding import decode_html

__all__ = ["ParsedPage", "UnreadablePage", "clean_text", "decode_html", "parse_page", "per_tree"]

# Characters no stored text keeps: C0 controls but tab, newline and carriage return (XML, and
# so lxml, refuses them; PostgreSQL refuses NUL), DEL, and the noncharacters U+FFFE and U+FFFF;
# and C1 controls, which a page meant as windows-1252 characters (&#150; and the like).  One
# expression for both: a page's text is scanned once.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# An XML declaration (XHTML pages), which lxml refuses in a decoded string: with what may precede
# it once the page is decoded (spaces, a second BOM), and unclosed ("<?xml ... >", a cut page).
_XML_DECLARATION = re.compile(r"^[\s\ufeff]*<\?xml(?![\w-])[^>]*>?", re.IGNORECASE)

# A <title> is read as text up to its end tag: one never closed takes in the whole page (body,
# comments and all) as its "text".  Its text then holds the page's own markup.
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.IGNORECASE)
_PAGE_MARKUP = re.compile(r"</head\s*>|<(?:body|meta|link|script|style|div|table|p|h[1-6])\b", re.IGNORECASE)
_TAG_START = re.compile(r"<[a-zA-Z/!]")


def _element_classes() -> lxml.etree.ElementNamespaceClassLookup:
    """lxml.html's element classes (forms, their fields and labels have their own), found in C:
    lxml.html's own lookup runs a Python method for every element the code touches, a tenth of
    the CPU of reading a page.  The HTML parser lower-cases tag names, so a name is its key."""
    default = lxml.etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
    lookup = lxml.etree.ElementNamespaceClassLookup(default)
    by_tag = lookup.get_namespace(None)
    for tag, element_class in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = element_class
    return lookup


_ELEMENT_CLASSES = _element_classes()


class UnreadablePage(ValueError):
    """The parser could not read the whole page (markup nested deeper than it goes)."""


@dataclass(slots=True)
class ParsedPage:
    """A page decoded to text and parsed to an lxml tree.  Extractors must not mutate ``tree``."""

    url: str
    html: str
    tree: HtmlElement
    encoding: str


def _replacement(match: re.Match[str]) -> str:
    """Nothing for a C0 control, DEL or a noncharacter; a C1 control's windows-1252 character."""
    char = match.group()
    if not "\x80" <= char <= "\x9f":
        return ""
    try:
        return char.encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:  # the five bytes windows-1252 leaves undefined
        return ""


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept), C1 controls read as
    windows-1252: what every stored text may contain."""
    return _CONTROLS.sub(_replacement, text)


def parse_page(body: bytes | str, url: str, content_type: str | None = None) -> ParsedPage:
    """Decode (if needed) and parse a page.  Malformed markup is read as browsers read it, but
    for a ``<title>`` never closed, which is ended where the page's markup begins (a browser
    shows a blank page; the page's text is still there to read); an XML declaration (XHTML) is
    dropped, the encoding it names having been read from the bytes.
    UnreadablePage when the parser would have to stop part-way (nesting over 2,000 deep), so
    that no page is read in part."""
    if isinstance(body, bytes):
        encoding, text = decode_html(body, content_type)
    else:
        encoding, text = "utf-8", body
    # Control characters go first: a NUL before the declaration must not keep it in.
    text = _XML_DECLARATION.sub("", clean_text(text), count=1)
    tree = _parse(text)
    if _title_took_the_page(tree):
        text = _title_closed(text)
        tree = _parse(text)
    return ParsedPage(url=url, html=text, tree=tree, encoding=encoding)


def _parse(text: str) -> HtmlElement:
    # huge_tree lifts libxml2's limits of 256 levels of nesting and 10 MB text nodes: downloads
    # are bounded in size (DOWNLOAD_MAXSIZE), and HTML has no entities to expand.
    parser = lxml.etree.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(_ELEMENT_CLASSES)
    try:
        tree = lxml.html.document_fromstring(text or "<html></html>", parser=parser)
    except lxml.etree.ParserError:  # only whitespace or comments: an empty document
        tree = lxml.html.document_fromstring("<html></html>", parser=parser)
    limits = [entry.message for entry in parser.error_log if entry.type_name == "ERR_RESOURCE_LIMIT"]
    if limits:
        raise UnreadablePage(f"the page is beyond what the HTML parser reads whole: {limits[0].strip()}")
    return tree


def _title_took_the_page(tree: HtmlElement) -> bool:
    title = tree.find(".//title")
    return title is not None and bool(title.text) and _PAGE_MARKUP.search(title.text) is not None


def _title_closed(text: str) -> str:
    """The page with its unclosed ``<title>`` ended where the markup after it begins (a stray
    ``</title>`` further on is ignored by the parser)."""
    opening = _TITLE_OPEN.search(text)
    if opening is None:
        return text
    tag = _TAG_START.search(text, opening.end())
    if tag is None:
        return text
    return text[: tag.start()] + "</title>" + text[tag.start() :]


_T = TypeVar("_T")


def per_tree(read: Callable[[HtmlElement], _T]) -> Callable[[HtmlElement], _T]:
    """``read``, answering again for the same tree with its first answer: the metadata, body and
    comment readers each ask for a page's JSON-LD, dates and comments for its meta tags.  Only
    the last tree's answer is kept, the tree itself only weakly.  The answer is shared: callers
    must not change it, as they must not change the tree."""
    last: list[tuple[weakref.ref[HtmlElement], _T] | None] = [None]

    @wraps(read)
    def answer(tree: HtmlElement) -> _T:
        entry = last[0]
        if entry is not None and entry[0]() is tree:
            return entry[1]
        found = read(tree)
        last[0] = (weakref.ref(tree), found)
        return found

    return answer
