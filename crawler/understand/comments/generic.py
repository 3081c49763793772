"""The fallback for comment lists no known markup names: repeated sibling blocks in a container
whose id or class mentions comments (or blocks that are themselves so named).

The blocks must look alike (same tag and classes), hold some prose each, and not be mostly links,
which keeps out menus, "related posts" lists and pagination.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.markers import is_excluded, is_zone, skips_text
from crawler.understand.comments.nodes import Node

# In any case of ASCII letters only: "Comments" and "COMMENTS", not a Unicode look-alike.
_ZONE_NAMES = re.compile("comment|respons|discussion|replies", re.IGNORECASE | re.ASCII)


def _zones(tree: HtmlElement) -> list[HtmlElement]:
    """The elements below ``tree`` whose class or id names comments, responses, a discussion or
    replies (a walk in Python: an XPath lower-casing every element's names costs several times
    more)."""
    found = []
    named = _ZONE_NAMES.search
    for el in tree.iterdescendants(etree.Element):
        classes = el.get("class")
        if classes is not None and named(classes):
            found.append(el)
            continue
        ident = el.get("id")
        if ident is not None and named(ident):
            found.append(el)
    return found


_MIN_TEXT = 15
_MAX_LINK_SHARE = 0.6


def find_repeated(tree: HtmlElement) -> list[Node]:
    """Blocks of the best-looking repeated group in the page's comment containers, as comments."""
    known: dict[HtmlElement, bool] = {}
    zones = [el for el in _zones(tree) if is_zone(el) and not skips_text(el) and not is_excluded(el, known)]
    if not zones:  # most pages: no need for the page's whole text
        return []
    best: list[HtmlElement] = []
    best_size = 0
    page_text = len(tree.text_content())
    for parent, named_only in _parents(zones):
        if _in_a_form(parent, page_text):
            continue
        for group in _groups(parent, named_only):
            size = sum(len(member.text_content().strip()) for member in group)
            if size > best_size:
                best, best_size = group, size
    return [Node(parts=[member], evidence="repeated") for member in best]


def _in_a_form(el: HtmlElement, page_text: int) -> bool:
    """Whether the element is part of a form to write with (the comment form's fields, labels
    "Name (required)" and formatting tips): inside a ``<form>`` with a text area or a text field.
    A form that wraps most of the page (ASP.NET pages) does not count."""
    for form in el.iterancestors("form"):
        if next(form.iter("textarea", "input"), None) is not None:
            return len(form.text_content()) < 0.5 * page_text
    return False


def _parents(zones: list[HtmlElement]) -> list[tuple[HtmlElement, bool]]:
    """Elements whose children may be the comments: the zones and what they hold, and the parents
    of zones (whose children count only if they are zones themselves)."""
    seen: set[HtmlElement] = set()
    found: list[tuple[HtmlElement, bool]] = []
    for zone in zones:
        for el in zone.iter():
            if isinstance(el.tag, str) and el not in seen and len(el) >= 2:
                seen.add(el)
                found.append((el, False))
        parent = zone.getparent()
        if parent is not None and parent not in seen:
            seen.add(parent)
            found.append((parent, True))
    return found


def _signature(el: HtmlElement) -> tuple[str, str]:
    classes = sorted(token for token in (el.get("class") or "").lower().split() if not re.search(r"\d", token))
    return el.tag, " ".join(classes)


def _groups(parent: HtmlElement, named_only: bool) -> list[list[HtmlElement]]:
    groups: dict[tuple[str, str], list[HtmlElement]] = {}
    for child in parent:
        if not isinstance(child.tag, str) or skips_text(child) or child.tag in ("a", "br", "span", "img"):
            continue
        if named_only and not is_zone(child):
            continue
        if _is_prose(child) and next(child.iter("input", "textarea", "select", "label"), None) is None:
            groups.setdefault(_signature(child), []).append(child)
    return [group for group in groups.values() if len(group) >= 2]


def _is_prose(el: HtmlElement) -> bool:
    text = len(el.text_content().strip())
    if text < _MIN_TEXT:
        return False
    linked = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return linked <= _MAX_LINK_SHARE * text
