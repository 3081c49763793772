"""The article body of a page: its own paragraphs, its photo captions apart, no boilerplate."""

from __future__ import annotations

import re

from crawler.understand.body_blocks import HEADING_TAGS, Block, Node, PageBlocks, kind_of, read_blocks
from crawler.understand.boilerplate import Role, is_furniture_text
from crawler.understand.html import ParsedPage
from crawler.understand.records import ArticleBody

_PHOTO_LINE = re.compile(
    r"^(?:photo|image|picture|pictured|file photo|top photo|above|photograph|foto|video)\s*:",
    re.IGNORECASE,
)
_CELL_TAGS = frozenset({"td", "th"})
_LIST_LINKS = 3  # a container with this many link blocks ...
_LIST_SHARE = 0.4  # ... making up this share of its blocks is a list of links
_WRAPPER_LINKS = 0.3  # the most link text (as a share) in the wrapper of a page's prose
_PARAGRAPH = 300  # characters of plain text that make a block a real paragraph
_BLOCK_COST = 15  # characters a block must carry before it adds to a container's worth
_LINK_COST = 1  # a character of link text outweighs this many characters of plain text
_MIN_ARTICLE = 150  # characters a self-named article container must hold to be believed
_ARTICLE_SHARE = 0.3  # ... and the share of the best container's worth it must reach
_NESTED_SHARE = 0.6  # a self-named container inside another is preferred if it holds this share


def _value(block: Block, tag: str) -> float:
    """How much a block speaks for the container holding it: plain prose up, links down, and
    short lines (bylines, labels) a little down; table cells are short by nature."""
    plain = len(block.text) - block.link_len
    cost = 0 if tag in _CELL_TAGS else _BLOCK_COST
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


class _Layout:
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
    chosen = [node for node in articles if (node.tag, node.el.get("class")) == look]
    return [_innermost_article(nodes, node) for node in chosen]


def _innermost_article(nodes: list[Node], outer: Node) -> Node:
    inner = outer
    for node in nodes[outer.start + 1 : outer.end]:
        if node.role is Role.ARTICLE and node.text_len >= _NESTED_SHARE * outer.text_len:
            inner = node
    return inner


def _choose(page: PageBlocks, layout: _Layout) -> list[Node]:
    """The containers whose blocks are worth most: prose counts for, furniture against.  The
    containers that name themselves the article text win unless they are clearly worth less
    (counting only what would be kept of them: comments inside them do not count)."""
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
        return articles
    if articles and sum(kept[node.start] for node in articles) >= _ARTICLE_SHARE * worth[best]:
        return articles
    return [nodes[best]]


def _title_words(page: ParsedPage) -> str:
    head = page.tree.find("head")
    if head is None:
        return ""
    titles = [head.findtext("title") or ""]
    titles += [meta.get("content") or "" for meta in head.iterfind("meta[@property='og:title']")]
    return " ".join(" ".join(title.split()) for title in titles).lower()


def extract_body(page: ParsedPage) -> ArticleBody:
    """The page's article body; an empty body when no article text can be found."""
    root = page.tree.find("body")
    if root is None:
        root = page.tree
    blocks = read_blocks(root)
    if not blocks.nodes:
        return ArticleBody(paragraphs=[])
    layout = _Layout(blocks)
    regions = _choose(blocks, layout)
    title = _title_words(page)
    paragraphs: list[str] = []
    captions: list[str] = []
    for region in regions:
        for block in blocks.blocks:
            index = block.node
            if not region.start <= index < region.end or layout.flagged[index] > region.start:
                continue
            link_list = layout.link_list[index]
            if link_list > region.start and blocks.nodes[link_list].text_len < region.text_len // 2:
                continue
            node = blocks.nodes[index]
            if is_furniture_text(block.text, block.link_density):
                continue
            if layout.caption[index] > region.start or (
                len(block.text) < 300 and _PHOTO_LINE.match(block.text)
            ):
                captions.append(block.text)
            elif node.tag not in HEADING_TAGS or (
                node.tag != "h1" and block.text.lower() not in title
            ):
                paragraphs.extend(_split_paragraphs(block.text, kind_of(node.tag)))
    return ArticleBody(paragraphs=paragraphs, captions=captions, method="structure")


def _split_paragraphs(text: str, kind: str) -> list[str]:
    if kind in ("text", "cell") and "\n" in text:
        return [part for part in text.split("\n") if part]
    return [text]
