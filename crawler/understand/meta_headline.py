"""The heading that carries the page's title: the byline and its date stand right below it."""

from __future__ import annotations

import re

from lxml.html import HtmlElement


def _comparable(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def find_headline(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The ``<h1>``-``<h3>`` whose text is the title, else the first ``<h1>``."""
    wanted = _comparable(title or "")
    first_h1 = None
    for heading in tree.iter("h1", "h2", "h3"):
        text = _comparable(heading.text_content())
        if wanted and text and (text == wanted or (len(text) > 20 and text in wanted)):
            return heading
        if first_h1 is None and heading.tag == "h1":
            first_h1 = heading
    return first_h1
