"""Where on a page the article is: the containers ("regions") whose blocks are its text.

Every block votes for the containers around it: plain prose for, link text and short lines a
little against, page furniture (navigation, share bars, comments, ...) strongly against.  The
container with the best total wins, unless containers that name themselves the article text
(``itemprop=articleBody``, ``.entry-content``, ...) hold a fair part of it: those are believed.
``Layout`` records, per block container, which furniture, caption or list of links it sits in.
"""

from __future__ import annotations

from crawler.understand.body.blocks import Block, Node, PageBlocks, kind_of
from crawler.understand.body.boilerplate import Role

_LIST_LINKS = 3  # a container with this many link blocks ...
_LIST_SHARE = 0.4  # ... making up this share of its blocks is a list of links
_WRAPPER_LINKS = 0.3  # the most link text (as a share) in the wrapper of a page's prose
_PARAGRAPH = 300  # characters of plain text that make a block a real paragraph
_BLOCK_COST = 15  # characters a block must carry before it adds to a container's worth
_LINK_COST = 1  # a character of link text counts against as this many plain ones count for
_MIN_ARTICLE = 150  # characters a self-named article container must hold to be believed
_ARTICLE_SHARE = 0.3  # ... and the share of the best container's worth it must reach
_NESTED_SHARE = 0.6  # a self-named container inside another is preferred if it holds this share


def _value(block: Block, tag: str) -> float:
    """How much a block speaks for the container holding it: plain prose up, links down, and
    short lines (bylines, labels) a little down; table cells are short by nature."""
    plain = len(block.text) - block.link_len
    cost = 0 if kind_of(tag) == "cell" else _BLOCK_COST
    return plain - _LINK_COST * block.link_len - cost


def _holds_the_prose(node: Node, prose: int) -> bool:
    """A furniture class on the wrapper of most of the page's prose is noise (a "sidebar-left"
    layout): the wrapper has more than half the text, and little of it in links."""
    return node.text_len > prose // 2 and node.link_len < _WRAPPER_LINKS * node.text_len


def _is_link_list(node: Node) -> bool:
    """Whether a container is a list of links (teasers, "more stories"), however it is named:
    many of its blocks are links, and none is a real paragraph."""
    return (
        node.link_blocks >= _LIST_LINKS
        and node.link_blocks >= _LIST_SHARE * node.blocks
        and node.longest < _PARAGRAPH
    )


class Layout:
    """Per-node facts derived from the blocks: which roles apply, which furniture is real."""

    def __init__(self, page: PageBlocks) -> None:
        nodes = page.nodes
        count = len(nodes)
        comment_text = 0
        in_comments = [False] * count
        articles: list[Node] = []  # outermost containers naming themselves the article text
        in_article = [False] * count
        for node in nodes:
            parent = node.parent
            inside = parent >= 0 and in_comments[parent]
            if node.role is Role.COMMENTS and not inside:
                comment_text += node.text_len
            in_comments[node.start] = inside or node.role is Role.COMMENTS
            nested = parent >= 0 and in_article[parent]
            if node.role is Role.ARTICLE and not inside and not nested:
                articles.append(node)
            in_article[node.start] = nested or node.role is Role.ARTICLE
        prose = max(nodes[0].text_len - comment_text, 1) if nodes else 1
        self.articles = _main_articles(nodes, articles)
        # Furniture and comment classes on the article's own wrappers are noise ("post
        # type-post author-jane", a page builder's "widget").
        protected = set()
        for article in self.articles:
            index = article.start
            while index >= 0 and index not in protected:
                protected.add(index)
                index = nodes[index].parent
        # nearest ancestor-or-self that is furniture / a caption, -1 if none
        self.flagged = [-1] * count
        self.caption = [-1] * count
        self.link_list = [-1] * count
        for node in nodes:
            parent = node.parent
            flagged = self.flagged[parent] if parent >= 0 else -1
            caption = self.caption[parent] if parent >= 0 else -1
            link_list = self.link_list[parent] if parent >= 0 else -1
            if _is_link_list(node):
                link_list = node.start
            self.link_list[node.start] = link_list
            role = node.role
            if node.start in protected:
                pass
            elif role is Role.COMMENTS or role is Role.PULL_QUOTE:
                flagged = node.start
            elif role is Role.FURNITURE:
                if not _holds_the_prose(node, prose):
                    flagged = node.start
            elif role is Role.CAPTION:
                caption = node.start
            if node.tag == "figure":
                caption = node.start
            self.flagged[node.start] = flagged
            self.caption[node.start] = caption


def _main_articles(nodes: list[Node], articles: list[Node]) -> list[Node]:
    """The self-named article containers to believe: the largest, with its look-alikes (an
    article split into chunks between ads), provided they hold enough text.  Of nested ones,
    the innermost that still holds most of the text ("article-content" > "article-body")."""
    if not articles:
        return []
    largest = max(articles, key=lambda node: node.text_len)
    if largest.text_len < _MIN_ARTICLE:
        return []
    look = (largest.tag, largest.el.get("class"))
    chosen = [
        node
        for node in articles
        if (node.tag, node.el.get("class")) == look and not _headline_between(nodes, largest, node)
    ]
    return [_innermost_article(nodes, node) for node in chosen]


def _headline_between(nodes: list[Node], one: Node, other: Node) -> bool:
    """Whether an ``<h1>`` (or a new ``<article>``) stands between two look-alike containers: the
    second is then another story (an infinite-scroll page appends the next articles, each with
    its headline, in the same template), not a chunk of the same text split by an ad."""
    if one is other:
        return False
    first, second = (one, other) if one.start < other.start else (other, one)
    between = nodes[first.end : second.start]
    return any(node.tag == "h1" for node in between) or (
        any(node.tag == "article" for node in between)
        and next(first.el.iterancestors("article"), None) is not next(second.el.iterancestors("article"), None)
    )


def _innermost_article(nodes: list[Node], outer: Node) -> Node:
    inner = outer
    for node in nodes[outer.start + 1 : outer.end]:
        if node.role is Role.ARTICLE and node.text_len >= _NESTED_SHARE * outer.text_len:
            inner = node
    return inner


def choose_regions(page: PageBlocks, layout: Layout) -> tuple[list[Node], str]:
    """The containers whose blocks are worth most, and how they were found: "structure" for
    containers that name themselves the article text (believed unless clearly worth less,
    counting only what would be kept of them: comments inside them do not count; or when they
    hold more text than the best container), "scoring" for the container with the best worth."""
    nodes = page.nodes
    worth = [0.0] * len(nodes)
    kept = [0.0] * len(nodes)
    for block in page.blocks:
        furniture = layout.flagged[block.node] >= 0
        value = -float(len(block.text)) if furniture else _value(block, nodes[block.node].tag)
        index = block.node
        while index >= 0:
            worth[index] += value
            if not furniture:
                kept[index] += value
            index = nodes[index].parent
    best = max(range(len(nodes)), key=lambda i: (worth[i], i), default=None)
    articles = layout.articles
    if best is None or worth[best] <= 0:
        return articles, "structure"
    if articles and (
        sum(kept[node.start] for node in articles) >= _ARTICLE_SHARE * worth[best]
        or sum(node.text_len for node in articles) >= nodes[best].text_len
    ):
        return articles, "structure"
    return [nodes[best]], "scoring"
