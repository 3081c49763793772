"""A page's text as blocks (paragraphs, headings, list items, ...) inside a tree of containers.

One read-only pass over the lxml tree: scripts, styles, forms' controls and hidden elements are
skipped, inline markup is flattened into the text of the block around it, and every block element
becomes a ``Node`` that knows its parent, its role (see ``boilerplate``) and how much text it holds.
Nodes are numbered in document order, so a node's descendants are the nodes ``start+1 .. end-1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from crawler.understand.body.boilerplate import Role, hiding_style, role_of_markup

BLOCK_TAGS = frozenset(
    {
        "html", "body", "main", "article", "section", "div", "p", "header", "footer", "aside",
        "nav", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre",
        "figure", "figcaption", "form", "fieldset", "legend", "address", "center", "details",
        "summary", "menu", "dialog", "hr", "noframes", "frameset", "frame",
    }
)  # fmt: skip
SKIP_TAGS = frozenset(
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "video", "audio", "canvas", "map", "button", "input", "select", "option",
        "textarea", "label", "link", "meta", "title", "base", "img", "picture", "source",
        "track", "param", "datalist", "output", "progress", "meter",
    }
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LIST_ITEM_TAGS = frozenset({"li", "dt", "dd"})
_CELL_TAGS = frozenset({"td", "th"})
LINK_BLOCK_SHARE = 0.6  # a block with this share of its text in links is a link
_LONG_INLINE = 200  # an inline element with more text than this is read whatever its class says
_MAX_DEPTH = 400  # deeper than this (broken nesting), a subtree is read as flat text
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")  # not ZWNJ/ZWJ: Persian and emoji need them


@dataclass(slots=True)
class Node:
    """A block element, with the text of all blocks below it counted up."""

    el: HtmlElement
    tag: str
    parent: int  # index of the parent node, -1 for the root
    role: Role | None
    start: int  # own index
    end: int = 0  # one past the index of the last descendant
    text_len: int = 0
    link_len: int = 0
    blocks: int = 0  # blocks below, and how many of them are mostly link text
    link_blocks: int = 0
    longest: int = 0  # the most plain (non-link) text in one block below


@dataclass(slots=True)
class Block:
    """The text of one block element that is not inside a nested block element."""

    node: int
    text: str
    link_len: int

    @property
    def link_density(self) -> float:
        return self.link_len / len(self.text) if self.text else 0.0

    @property
    def is_link(self) -> bool:
        """Whether the block is mostly a link (a headline in a list, "Print this page")."""
        return self.link_len >= LINK_BLOCK_SHARE * len(self.text)


@dataclass(slots=True)
class PageBlocks:
    nodes: list[Node] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def clean_text(raw: str) -> str:
    """Whitespace collapsed within lines; line breaks from ``<br>`` kept; blank lines dropped."""
    lines = (" ".join(line.split()) for line in _INVISIBLE.sub("", raw).split("\n"))
    return "\n".join(line for line in lines if line)


def kind_of(tag: str) -> str:
    """What a block is, by the tag of the element that holds its text."""
    if tag in HEADING_TAGS:
        return "heading"
    if tag in _LIST_ITEM_TAGS:
        return "item"
    if tag in _CELL_TAGS:
        return "cell"
    if tag in ("blockquote", "pre", "p"):
        return tag
    return "text"


def _shown(attributes: dict[str, str]) -> bool:
    """Whether an element with these attributes is shown (see ``boilerplate.is_hidden``)."""
    style = attributes.get("style")
    return "hidden" not in attributes and not (style and hiding_style(style))


class _Reader:
    def __init__(self) -> None:
        self.page = PageBlocks()
        self.parts: list[str] = []
        self.has_text = False
        self.link_chars = 0
        self.owner = -1
        self.captions = 0  # how many captions (or figures) the reader is inside
        self.after_break = False  # whether the last thing read was a <br>
        self.pre = 0  # how many <pre> (or <textarea>) elements the reader is inside

    def add(self, text: str, in_link: bool) -> None:
        if text.isspace():
            # the whitespace between tags: one space, as a line of blocks is read (outside <pre>)
            self.parts.append(text if self.pre else " ")
            return
        if "\n" in text and not self.pre:
            # a line break of the page's source is a space; only <br> breaks a line
            text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        self.parts.append(text)
        self.has_text = True
        self.after_break = False
        if in_link:
            self.link_chars += len(text.strip())

    def line_break(self) -> None:
        """A ``<br>`` breaks the line; a second one in a row ends the paragraph."""
        if self.after_break:
            self.flush()
        else:
            self.parts.append("\n")
            self.after_break = True

    def flush(self) -> None:
        if not self.has_text:
            if self.parts:
                self.parts = []
            return
        text = clean_text("".join(self.parts))
        link_len = min(self.link_chars, len(text))
        self.parts = []
        self.has_text = False
        self.link_chars = 0
        if text and self.owner >= 0:
            block = Block(self.owner, text, link_len)
            self.page.blocks.append(block)
            node = self.page.nodes[self.owner]
            node.text_len += len(text)
            node.link_len += link_len
            node.blocks += 1
            if block.is_link:
                node.link_blocks += 1
            node.longest = max(node.longest, len(text) - link_len)

    def read_children(self, el: HtmlElement, in_link: bool, depth: int) -> None:
        add = self.add
        text = el.text
        if text:
            add(text, in_link)
        for child in el:
            tag = child.tag
            if (
                tag.__class__ is str
                and tag not in SKIP_TAGS
                # all attributes in one call: one get() of lxml costs about as much
                and _shown(attributes := dict(child.items()))
            ):
                if depth > _MAX_DEPTH:
                    add(child.text_content(), in_link)
                elif tag in BLOCK_TAGS:
                    self.read_block(child, tag, attributes, in_link, depth + 1)
                elif tag == "br":
                    self.line_break()
                elif tag == "a":
                    self.read_inline(child, tag, attributes, True, depth + 1)
                else:
                    self.read_inline(child, tag, attributes, in_link, depth + 1)
            tail = child.tail
            if tail:
                add(tail, in_link)

    def read_inline(self, el: HtmlElement, tag: str, attributes: dict[str, str], in_link: bool, depth: int) -> None:
        if attributes.get("class") or attributes.get("id"):
            role = role_of_markup(tag, attributes)
            if role is Role.CAPTION and not self.captions:
                self.read_block(el, tag, attributes, in_link, depth)  # a caption is its own block
                return
            if (role is Role.COMMENTS or role is Role.FURNITURE) and len(
                el.text_content()
            ) < _LONG_INLINE:
                return  # a byline, a share link, a tag; not a wrapper of whole paragraphs
        self.read_children(el, in_link, depth)

    def read_block(self, el: HtmlElement, tag: str, attributes: dict[str, str], in_link: bool, depth: int) -> None:
        if self.has_text:
            self.flush()
        else:
            self.parts.clear()  # only the whitespace between tags
        nodes = self.page.nodes
        index = len(nodes)
        role = role_of_markup(tag, attributes) if index else None  # the root's classes are page-wide switches
        node = Node(el, tag, self.owner, role, index)
        nodes.append(node)
        outer, self.owner = self.owner, index
        caption = role is Role.CAPTION or tag == "figure"
        self.captions += caption
        pre = tag == "pre"
        self.pre += pre
        self.read_children(el, in_link, depth)
        self.pre -= pre
        if self.has_text:
            self.flush()
        else:
            self.parts.clear()
        self.captions -= caption
        self.owner = outer
        node.end = len(nodes)
        if outer >= 0:
            parent = nodes[outer]
            parent.text_len += node.text_len
            parent.link_len += node.link_len
            parent.blocks += node.blocks
            parent.link_blocks += node.link_blocks
            parent.longest = max(parent.longest, node.longest)


def read_blocks(root: HtmlElement) -> PageBlocks:
    """The blocks and block nodes of ``root`` (usually the page's ``<body>``)."""
    reader = _Reader()
    reader.read_block(root, root.tag if isinstance(root.tag, str) else "body", dict(root.items()), False, 0)
    return reader.page
