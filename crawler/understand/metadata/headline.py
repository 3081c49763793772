"""The element that carries the page's title: the byline and its date stand right below it."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.metadata.meta_tags import comparable

# Where older and non-Western templates put a title that is not a heading:
# <p class="titulo">, <dt>, <td class="title">, <font size="5"><b>...
_TITLE_TAGS = ("p", "div", "span", "td", "dt", "dd", "strong", "b", "font", "a", "h4", "h5", "h6")
_MAX_TITLE_CHILDREN = 3
_MIN_TITLE = 12  # comparable characters a title needs before it can be found outside headings
_WORD = re.compile(r"\w+")
_HOLDING = etree.XPath("//body//*[text()[contains(., $word)]]")


def _matches(text: str, wanted: str) -> bool:
    return bool(wanted and text) and (text == wanted or (len(text) > 20 and text in wanted))


def find_headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The ``<h1>``-``<h3>`` whose text is the title, else another small element whose text is
    the title, else the first ``<h1>``."""
    wanted = comparable(title or "")
    first_h1 = None
    for heading in tree.iter("h1", "h2", "h3"):
        if _matches(comparable(heading.text_content()), wanted):
            return heading
        if first_h1 is None and heading.tag == "h1":
            first_h1 = heading
    found = _title_element(tree, wanted, title or "")
    return found if found is not None else first_h1


def _title_element(tree: HtmlElement, wanted: str, title: str) -> HtmlElement | None:
    """The first small element of the body whose text is the title, a link (as in breadcrumbs)
    only when nothing else is.  Only elements whose own text holds the title's longest opening
    word are read in full."""
    if len(wanted) < _MIN_TITLE:
        return None
    words = _WORD.findall(title)[:3]
    if not words:
        return None
    link = None
    for element in _HOLDING(tree, word=max(words, key=len)):
        if element.tag in _TITLE_TAGS and len(element) <= _MAX_TITLE_CHILDREN:
            if _matches(comparable(element.text_content()), wanted):
                if element.tag != "a":
                    return element
                link = link if link is not None else element
    return link
