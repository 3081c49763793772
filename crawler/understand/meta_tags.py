"""The ``<meta>`` tags of a page, indexed once by name, property, itemprop and http-equiv.

Microdata properties count only where they describe the page itself: a ``<meta itemprop>`` inside
the item of a reader comment, a review or a video says nothing about the page's own article.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict

from lxml.html import HtmlElement

_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


def clean_text(value: str | None) -> str | None:
    """Entities decoded (some sites escape twice), whitespace collapsed; None when empty."""
    if value is None:
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


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
