"""Turning the markup of one comment into plain text: paragraphs apart, buttons and labels out."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from crawler.understand.comments.markers import SKIP_TAGS, skips_text

_BLOCK = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4",
     "h5", "h6", "table", "tr", "td", "th", "section", "article", "header", "footer", "aside",
     "figure", "figcaption", "address", "hr", "main", "nav", "details", "summary", "center"}
)
# Whole lines that are buttons or labels of the comment widget ("Reply", "Like · Share",
# "Show more notesLoading..."), not words of the reader.
_CONTROL = (
    r"(?:reply(?: to this(?: comment)?)?|report(?: abuse| comment)?"
    r"|(?:log ?in|sign ?in)(?: or (?:register|sign ?up))? to (?:reply|post comments|comment)"
    r"|flag|like|unlike|quote|edit|delete(?: comment)?|permalink|link|share|cancel reply|top|back to top"
    r"|collapse|expand|(?:show|load|view) more(?: notes| comments| replies)?|loading(?:\.\.\.|…)?)"
)
_CONTROL_SEPARATORS = r"[\s\[\]()|·•↓↑»«#-]*"
_CONTROL_LINE = re.compile(
    rf"^{_CONTROL_SEPARATORS}(?:{_CONTROL}(?:{_CONTROL_SEPARATORS}{_CONTROL})*)?{_CONTROL_SEPARATORS}\d*$",
    re.IGNORECASE,
)


class _Writer:
    """Collects text runs into lines and lines into paragraphs."""

    def __init__(self) -> None:
        self.paragraphs: list[list[str]] = []
        self.lines: list[str] = []
        self.run: list[str] = []

    def add(self, text: str) -> None:
        self.run.append(text)

    def _end_line(self) -> bool:
        line = " ".join("".join(self.run).split())
        self.run = []
        if line:
            self.lines.append(line)
        return bool(line)

    def line_break(self) -> None:
        if not self._end_line() and self.lines:  # an empty line ("<br><br>") ends the paragraph
            self.paragraph_break()

    def paragraph_break(self) -> None:
        self._end_line()
        if self.lines:
            self.paragraphs.append(self.lines)
        self.lines = []


def paragraphs(
    roots: Iterable[HtmlElement], skip: Callable[[HtmlElement], bool], rendered: set[HtmlElement] | None = None
) -> list[str]:
    """The text under ``roots`` as paragraphs; elements for which ``skip`` is true are left out.
    The elements whose text was taken are added to ``rendered`` when it is given."""
    out = _Writer()
    for root in roots:
        stack: list[tuple[int, HtmlElement]] = [(0, root)]  # 0 open, 1 close, 2 tail
        while stack:
            action, el = stack.pop()
            if action == 2:
                if el.tail:
                    out.add(el.tail)
                continue
            if action == 1:
                out.paragraph_break()
                continue
            tag = el.tag
            if el is not root:
                stack.append((2, el))
                if not isinstance(tag, str) or skips_text(el) or skip(el):
                    continue
            if rendered is not None:
                rendered.add(el)
            if tag == "br":
                out.line_break()
                continue
            block = tag in _BLOCK
            if block:
                out.paragraph_break()
                stack.append((1, el))
            if el.text:
                out.add(el.text)
            if len(el):
                stack.extend((0, child) for child in reversed(el))
        out.paragraph_break()
    kept = ([line for line in lines if not _CONTROL_LINE.match(line)] for lines in out.paragraphs)
    return ["\n".join(lines) for lines in kept if lines]


# The tags whose words ``skips_text`` leaves out, less those that never hold words.
_HOLDERS_OF_SKIPPED_TEXT = tuple(sorted(SKIP_TAGS - {"img", "input", "meta", "link", "embed"}))


def join(parts: list[str]) -> str:
    """Paragraphs as one text, a blank line between them."""
    return "\n\n".join(parts)


def flat(el: HtmlElement, leave_out: Set[HtmlElement] = frozenset()) -> str:
    """All text of an element on one line, a space between the texts of its children, scripts
    and the elements in ``leave_out`` left out (for short parts: names, dates, headings)."""
    if not len(el):  # a leaf: its own text
        return " ".join((el.text or "").split())
    if not leave_out and next(el.iterdescendants(*_HOLDERS_OF_SKIPPED_TEXT), None) is None:
        return " ".join(" ".join(el.itertext()).split())  # the same pieces, read by lxml
    pieces: list[str] = [el.text or ""]
    stack: list[tuple[bool, HtmlElement]] = [(False, child) for child in reversed(el)]
    while stack:
        tail_only, node = stack.pop()
        if not tail_only and isinstance(node.tag, str) and not skips_text(node) and node not in leave_out:
            pieces.append(node.text or "")
            stack.append((True, node))
            stack.extend((False, child) for child in reversed(node))
        else:
            pieces.append(node.tail or "")
    return " ".join(" ".join(pieces).split())


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a comment body delivered as HTML in JSON or a script)."""
    if not fragment or not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return " ".join(fragment.split())
    return join(paragraphs([root], lambda el: False))
