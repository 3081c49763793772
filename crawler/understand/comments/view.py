"""One comment's own elements, with what their names say worked out once."""

from __future__ import annotations

from collections.abc import Iterator

from lxml.etree import Element
from lxml.html import HtmlElement

from crawler.understand.comments.markers import META_TAGS, is_meta, label_role, names
from crawler.understand.comments.nodes import Node

# Tags that readers of a comment look up directly (links, times, names set in bold, ...).
_INDEXED = frozenset({"a", "time", "abbr", "cite", "strong", "b", "h2", "h3", "h4", "h5", "h6"})


class ItemView:
    """The elements inside one comment (the comments nested in it left out), in page order: for
    each its class-and-id label, whether it is metadata or named as text, and lists by tag."""

    __slots__ = ("node", "own", "labels", "labelled", "props", "meta", "content", "tags")

    def __init__(self, node: Node, stops: set[HtmlElement]) -> None:
        self.node = node
        self.own: list[HtmlElement] = []
        self.labels: dict[HtmlElement, str] = {}
        self.labelled: list[HtmlElement] = []  # own elements with a class or an id
        self.props: list[HtmlElement] = []  # own elements with a microdata property
        self.meta: set[HtmlElement] = set()
        self.content: list[HtmlElement] = []
        self.tags: dict[str, list[HtmlElement]] = {}
        own, labels, labelled, props, meta, content, tags = (
            self.own, self.labels, self.labelled, self.props, self.meta, self.content, self.tags
        )
        for part in node.parts:
            stack = list(part.iterchildren(Element, reversed=True))
            while stack:
                el = stack.pop()
                if el in stops:
                    continue
                tag = el.tag
                own.append(el)
                if len(el):  # a leaf needs no iterator (creating one costs more than the test)
                    stack.extend(el.iterchildren(Element, reversed=True))
                if tag in _INDEXED:
                    tags.setdefault(tag, []).append(el)
                classes, ident = el.get("class"), el.get("id")
                if classes is None and ident is None:
                    labels[el] = ""
                    kind = "meta" if tag in META_TAGS else None
                else:
                    label = labels[el] = f"{classes or ''} {ident or ''}".lower()  # as markers.names gives it
                    labelled.append(el)
                    kind = label_role(label, tag)
                if el.get("itemprop") is not None:
                    props.append(el)
                if kind == "meta":
                    meta.add(el)
                elif kind == "content":
                    content.append(el)

    def label(self, el: HtmlElement) -> str:
        found = self.labels.get(el)
        return names(el) if found is None else found

    def is_meta(self, el: HtmlElement) -> bool:
        return el in self.meta if el in self.labels else is_meta(el)

    def in_meta(self, el: HtmlElement) -> bool:
        """Whether the element, or one of its ancestors inside the comment, is metadata."""
        return el in self.meta or any(node in self.meta for node in self.ancestors(el))

    def ancestors(self, el: HtmlElement) -> Iterator[HtmlElement]:
        """The element's ancestors inside the comment, nearest first."""
        node = el.getparent()
        while node is not None and node in self.labels:
            yield node
            node = node.getparent()

    def tagged(self, *tags: str) -> list[HtmlElement]:
        """Own elements with one of these tags, in page order."""
        if len(tags) == 1:
            return self.tags.get(tags[0], [])
        wanted = set(tags)
        return [el for el in self.own if el.tag in wanted]
