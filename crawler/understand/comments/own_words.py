"""The words of one comment: its text element where the markup names one, else everything in it
but the metadata; author and date lines at the edges taken off."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from lxml.html import HtmlElement

from crawler.understand.comments import microdata
from crawler.understand.comments.commenters import BYLINE
from crawler.understand.comments.markers import is_text_name, is_title_name
from crawler.understand.comments.posted import is_date_line
from crawler.understand.comments.text import paragraphs
from crawler.understand.comments.view import ItemView

_MAX_BYLINE = 160


def comment_paragraphs(view: ItemView, stops: set[HtmlElement], rendered: set[HtmlElement]) -> list[str]:
    """Paragraphs of the comment.  The elements whose text was taken are added to ``rendered``."""
    body, named = _text_elements(view)
    parts = view.node.parts
    if not body:
        return paragraphs(parts, _skipper(view, stops, guard=True), rendered)
    body = _titles(view, body) + body
    found = paragraphs(body, _skipper(view, stops, guard=False), rendered)
    if found and (named or _size(body) >= 0.3 * _own_size(view)):
        return found
    # A small element named only "text" or "content" may be a counter or a label: keep it only if
    # the rest is metadata.
    rest = paragraphs(parts, _skipper(view, stops, guard=False))
    if found and sum(map(len, found)) >= 0.5 * sum(map(len, rest)):
        return found
    rendered.clear()
    return paragraphs(parts, _skipper(view, stops, guard=True), rendered)


def without_bylines(parts: list[str], languages: list[str] | None) -> tuple[list[str], list[str]]:
    """The paragraphs without the author and date lines at their start and end, and those lines."""
    bylines: list[str] = []

    @cache  # a one-line comment is both edges
    def is_byline(line: str) -> bool:
        return len(line) < _MAX_BYLINE and (bool(BYLINE.match(line)) or is_date_line(line, languages))

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


def _text_elements(view: ItemView) -> tuple[list[HtmlElement], bool]:
    """The outermost elements named as the comment's text (microdata's ``text`` first), and whether
    the names are unmistakable (``itemprop="text"``, ``comment-body``) rather than just "content"."""
    marked = microdata.text_element(view.props)
    if marked is not None:
        return [marked], True
    chosen = set(view.content)
    outermost = [el for el in view.content if not any(a in chosen for a in view.ancestors(el))]
    return outermost, any(is_text_name(view.labels[el]) for el in outermost)


def _titles(view: ItemView, body: list[HtmlElement]) -> list[HtmlElement]:
    """Elements named as the comment's title before its text element, outside its metadata: the
    subject line a reader wrote is part of what they wrote."""
    first = view.own.index(body[0]) if body[0] in view.labels else 0
    titles: list[HtmlElement] = []
    for el in view.own[:first]:
        if not is_title_name(view.labels[el]) or view.is_meta(el):
            continue
        if not any(a in titles or view.is_meta(a) for a in view.ancestors(el)):
            titles.append(el)
    return titles


def _size(elements: list[HtmlElement]) -> int:
    return sum(len(el.text_content().strip()) for el in elements)


def _own_size(view: ItemView) -> int:
    return sum(len((el.text or "").strip()) + len((el.tail or "").strip()) for el in view.own)


def _skipper(view: ItemView, stops: set[HtmlElement], *, guard: bool) -> Callable[[HtmlElement], bool]:
    """What the text leaves out: nested comments and metadata.  With ``guard`` (no element is
    named as the text), a metadata-named element that wraps paragraphs is taken to hold the text."""

    def skip(el: HtmlElement) -> bool:
        if el in stops:
            return True
        if not view.is_meta(el):
            return False
        return not guard or not _holds_paragraphs(view, el)

    return skip


def _holds_paragraphs(view: ItemView, el: HtmlElement) -> bool:
    return any(len(p.text_content()) >= 20 and not view.is_meta(p) for p in el.iter("p", "blockquote"))
