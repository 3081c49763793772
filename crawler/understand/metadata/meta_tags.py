"""The ``<meta>`` tags of a page, indexed once by name, property, itemprop and http-equiv.

Microdata properties count only where they describe the page itself: a ``<meta itemprop>`` inside
the item of a reader comment, a review or a video says nothing about the page's own article.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from lxml.html import HtmlElement

from crawler.understand.html import per_tree

_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


def clean_text(value: str | None) -> str | None:
    """Entities decoded (some sites escape twice), whitespace collapsed; None when empty."""
    if value is None:
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


TITLE_MAX = 300  # characters: a headline, not a paragraph
# A tag, a comment, a doctype or a CDATA marker: what a title's text never holds.
_MARKUP = re.compile(
    r"<(?P<tag>/?[a-zA-Z][\w:-]*)(?:\s[^<>]*)?/?>|<!--.*?(?:-->|$)|<!\[CDATA\[|\]\]>|<![a-zA-Z][^<>]*>",
    re.DOTALL,
)
# Tags that may stand inside a headline's own text ("A <b>bold</b> claim"): dropped, the words
# kept, as comments and CDATA markers are.  Any other tag (or a doctype) means the title took in
# the page after it (an unclosed <title> reads to the end of the document): the title ends there.
_PHRASING = frozenset(
    "a abbr b bdi bdo big br cite code del dfn em font i ins kbd mark nobr q s samp small span strike"
    " strong sub sup time tt u var wbr".split()
)


def plain_title(value: str | None) -> str | None:
    """A title as plain text: markup that a ``<title>``, ``og:title`` or JSON-LD headline
    carries (escaped or not) removed, the text cut where a page's markup begins; None when no
    text is left.  (Length is for the caller, which may have a shorter candidate.)"""
    text = clean_text(value)
    if text is None or "<" not in text:
        return text
    end = len(text)
    for match in _MARKUP.finditer(text):
        tag = match.group("tag")
        if match.group().startswith(("<!--", "<![", "]]>")):
            continue  # a comment or a CDATA marker: dropped below
        if tag is None or tag.lstrip("/").lower() not in _PHRASING:
            end = match.start()
            break
    words = text[:end]
    while (stripped := _MARKUP.sub(_word_break, words)) != words:  # each round shortens: "<<b>b>"
        words = stripped
    return clean_text(words)


def _word_break(match: re.Match[str]) -> str:
    return " " if (match.group("tag") or "").lower() in ("br", "/br", "wbr") else ""


def shortened(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-") + "…"


def comparable(text: str) -> str:
    """Text reduced to its lower-cased letters and digits, to compare titles and headlines."""
    return re.sub(r"\W+", "", text.casefold())


def about_the_page(element: HtmlElement) -> bool:
    """Whether microdata on ``element`` is about the page: it is in no item, or in an article's
    or a web page's (``NewsArticle``, ``BlogPosting``, ``WebPage``, ...)."""
    scope = next((node for node in element.iterancestors() if node.get("itemscope") is not None), None)
    if scope is None:
        return True
    kind = (scope.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1].lower()
    return not kind or any(word in kind for word in ("article", "posting", "report", "page"))


class MetaTags:
    """Meta tag contents by lower-cased key, in page order."""

    def __init__(self, tree: HtmlElement) -> None:
        self._values: dict[str, list[str]] = defaultdict(list)
        for meta in tree.iter("meta"):
            content = clean_text(meta.get("content") or meta.get("value"))
            if content is None:
                continue
            for attribute in _KEY_ATTRIBUTES:
                key = meta.get(attribute)
                if key and (attribute != "itemprop" or about_the_page(meta)):
                    for part in key.lower().split():  # property="og:title twitter:title"
                        self._values[part].append(content)

    def first(self, *keys: str) -> str | None:
        """The first value of the first key that has one."""
        for key in keys:
            values = self._values.get(key)
            if values:
                return values[0]
        return None

    def all(self, *keys: str) -> list[str]:
        return [value for key in keys for value in self._values.get(key, ())]

    def items(self) -> list[tuple[str, str]]:
        return [(key, value) for key, values in self._values.items() for value in values]


@per_tree
def meta_tags(tree: HtmlElement) -> MetaTags:
    """The page's ``MetaTags``, read once per tree (the dates and the comments both ask)."""
    return MetaTags(tree)
