"""schema.org ``Comment`` in microdata: ``itemprop="comment"``, ``itemtype=".../Comment"``.

The comments themselves are found with the other candidates (see nodes.py); this module says
which elements are microdata comments and reads their properties.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement

_COMMENT_TYPES = ("comment", "usercomments", "answer")
_TEXT_PROPS = frozenset({"text", "commenttext", "description", "articlebody"})
_DATE_PROPS = frozenset({"datecreated", "datepublished", "commenttime", "uploaddate"})
_AUTHOR_PROPS = frozenset({"author", "creator", "commenter"})


def is_microdata_comment(el: HtmlElement) -> bool:
    itemtype = el.get("itemtype")
    if itemtype and itemtype.rstrip("/").rsplit("/", 1)[-1].lower() in _COMMENT_TYPES:
        return True
    itemprop = el.get("itemprop")
    return bool(itemprop) and el.get("itemscope") is not None and "comment" in itemprop.lower().split()


_NO_PROPS: frozenset[str] = frozenset()


def _props(el: HtmlElement) -> frozenset[str]:
    value = el.get("itemprop")
    return frozenset(value.lower().split()) if value else _NO_PROPS


def _value(el: HtmlElement) -> str:
    for attribute in ("content", "datetime"):
        value = el.get(attribute)
        if value:
            return value.strip()
    return " ".join(el.text_content().split())


def author(own: Iterable[HtmlElement]) -> tuple[str | None, str | None, HtmlElement | None]:
    """(name, url, element) of the ``author`` property among a comment's own elements."""
    for el in own:
        if _props(el) & _AUTHOR_PROPS:
            name, url = None, None
            for inner in el.iter():
                props = _props(inner)
                if "name" in props and name is None:
                    name = _value(inner)
                if "url" in props and url is None:
                    url = inner.get("href") or inner.get("content")
            if url is None and el.tag == "a":
                url = el.get("href")
            return (name or _value(el) or None), url, el
    return None, None, None


def date_text(own: Iterable[HtmlElement]) -> str | None:
    """The ``dateCreated``/``datePublished`` value among a comment's own elements."""
    for el in own:
        if _props(el) & _DATE_PROPS:
            return _value(el) or None
    return None


def text_element(own: Iterable[HtmlElement]) -> HtmlElement | None:
    """The element holding the ``text`` property of a comment."""
    for el in own:
        if _props(el) & _TEXT_PROPS:
            return el
    return None
