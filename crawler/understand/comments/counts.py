"""How many comments a page says it has: "5 thoughts on", "23 Comments", JSON-LD commentCount."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.markers import is_zone
from crawler.understand.comments.text import flat

_WORDS = {
    "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_WORDS) + r")"
_NOUNS = r"(?:thoughts?|comments?|responses?|replies|reactions?|opinions?|discussions?)"
_NOUN = re.compile(_NOUNS, re.IGNORECASE)
_NUMBER_FIRST = re.compile(r"(?<![\w.,])" + _NUMBER + r"\s+(?:reader\s+)?" + _NOUNS + r"(?!\w)", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"(?<!\w)" + _NOUNS + r"\s*[(\[]\s*(\d+)\s*[)\]]", re.IGNORECASE)
_INTERACTION = re.compile(r"(UserComments\s*:\s*)?(\d+)", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_COMMENT_LINKS = etree.XPath(
    "descendant::a[contains(@href, '#comments') or contains(@href, '#respond') or contains(@class, 'comments-link')]"
)
_MICRODATA = etree.XPath("descendant::*[@itemprop='commentCount' or @itemprop='interactionCount']")


def count_in(text: str) -> int | None:
    """The number of comments a short text states, if it states one."""
    match = _NUMBER_FIRST.search(text) or _NUMBER_AFTER.search(text)
    if not match:
        return None
    word = match[1].lower().replace(",", "")
    return _WORDS[word] if word in _WORDS else int(word)


def declared_count(tree: HtmlElement, html: str, jsonld: list[dict[str, Any]]) -> int | None:
    """The page's own statement of its number of comments, most explicit source first."""
    for obj in jsonld:
        value = obj.get("commentCount")
        if isinstance(value, (int, str)) and str(value).strip().isdigit():
            return int(value)
    for el in _MICRODATA(tree) if "commentCount" in html or "nteractionCount" in html else ():
        value = (el.get("content") or flat(el)).strip()
        match = _INTERACTION.fullmatch(value)
        if match and (el.get("itemprop") == "commentCount" or match[1]):
            return int(match[2])
    stated = [
        (el, count)
        for el in tree.iter(*_HEADINGS)
        if _NOUN.search(text := el.text_content()) and len(text) < 200
        for count in [count_in(flat(el))]
        if count is not None
    ]
    for el, count in stated:
        if is_zone(el) or any(is_zone(a) for a in el.iterancestors()):
            return count
    if stated:
        return stated[0][1]
    return next((count for el in _COMMENT_LINKS(tree) for count in [count_in(flat(el))] if count is not None), None)
