"""Finding the comments of a server-rendered thread in the page tree, and who replies to whom.

An element is a candidate comment when its id names one (``comment-417735``), when a class
token says so (``li.comment``, ``div.pingback``, ``dd.comment``, Tumblr's ``ol.notes > li.note``)
or when microdata types it as a ``Comment``.  Candidates wrapping several others of another kind
are containers, not comments.  The outermost candidates fix the kinds (tag and evidence) that
comments have on this page; every candidate of those kinds is a comment, and a comment nested in
another one replies to it.  Definition lists pair a ``<dt>`` (author line) with the ``<dd>``
elements after it.  In a list shown flat, depth classes, reply marks or left margins give each
comment's level, and a comment replies to the nearest earlier one a level up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.identity import ITEM_ID, STRONG_WORDS
from crawler.understand.comments.markers import is_excluded, is_zone, names
from crawler.understand.comments.microdata import is_microdata_comment
from crawler.understand.comments.text import flat

_ITEM_CLASS = re.compile(
    r"^(?:[a-z]+[-_])?(?:comment|pingback|trackback|citem)(?:[-_](?:item|entry|single|wrap|wrapper|container|block))?$"
)
_ITEM_TAGS = ("div", "li", "article", "section", "dd", "dt", "tr", "td", "table", "blockquote", "aside")
# Class names worth a closer look (see _ITEM_CLASS and _is_note).
_CLASS_HINT = re.compile(r"omment|ingback|rackback|citem|(?<![a-z])note(?![a-z])", re.IGNORECASE)
# A container just for the replies of the comment before it (Drupal's "div.indented").
_REPLIES_BOX = re.compile(r"indent|child|replies|repl|nested|thread|sub")
_DEPTH = re.compile(r"(?:depth|level|lvl|indent)[-_]?(\d{1,2})(?!\d)")
# A left margin set on each comment of a list shown flat: style="margin-left: 40px".
_INDENT = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(?:px|em|rem|%)", re.IGNORECASE)
# A comment marked as a reply in a list shown flat ("div.comment#reply", "li.comment.is-reply").
_REPLY_MARK = re.compile(r"^(?:is[-_])?(?:reply|child|sub)(?:[-_]?comment)?$|^comment[-_](?:reply|child)$")
_FORM_BOX_TEXT = 80  # a candidate holding a form needs this much text outside it to be a comment
_PARENT_ATTRIBUTES = ("data-parent-id", "data-parentid", "data-parent", "reply_parent", "data-reply-to")

Parents = dict[HtmlElement, HtmlElement | None]  # each candidate's nearest candidate ancestor


@dataclass(slots=True)
class Node:
    """One comment's elements, and what the markup says about its place in the thread."""

    parts: list[HtmlElement]  # its element, or a <dt> with the <dd> elements after it
    evidence: str  # why it is a comment: "md", "id:comment-", "class:comment", ...
    parent: int | None = None  # index of the comment it replies to, in the list find_items returns
    depth_hint: int | None = None  # "depth-2", "lf_level_2": depth in a flat list
    parent_key: str | None = None  # the site's id of the parent, where an attribute names it


def _candidates(tree: HtmlElement, html: str) -> list[HtmlElement]:
    """Elements whose id, class or microdata may make them comments, in page order.  ``html`` is
    the page source: without microdata in it, only the tags comments come in are looked at."""
    microdata = "itemprop" in html or "itemtype" in html
    found: list[HtmlElement] = []
    for el in tree.iter(etree.Element) if microdata else tree.iter(*_ITEM_TAGS):
        ident = el.get("id")
        classes = el.get("class")
        if (
            (ident and ITEM_ID.match(ident))
            or (classes and _CLASS_HINT.search(classes))
            or (microdata and (el.get("itemprop") or el.get("itemtype")))
        ):
            found.append(el)
    return found


class _Zones:
    """Whether elements sit in comment markup, remembering the answer for each ancestor."""

    def __init__(self) -> None:
        self.inside: dict[HtmlElement, bool] = {}  # the element is, or sits in, a comment zone

    def contains(self, el: HtmlElement) -> bool:
        """Whether an ancestor of ``el`` is a comment zone."""
        parent = el.getparent()
        return parent is not None and self._is_or_in(parent)

    def near(self, el: HtmlElement) -> bool:
        """Whether an element named ambiguously (``c109620``, ``div.comment``) sits in or holds
        comment markup."""
        return self.contains(el) or any(is_zone(node) for node in el.iterdescendants() if isinstance(node.tag, str))

    def _is_or_in(self, el: HtmlElement) -> bool:
        path: list[HtmlElement] = []
        answer = False
        node: HtmlElement | None = el
        while node is not None:
            if node in self.inside:
                answer = self.inside[node]
                break
            path.append(node)
            if is_zone(node):
                answer = True
                break
            node = node.getparent()
        for seen in path:
            self.inside[seen] = answer
        return answer


def _evidence(el: HtmlElement, zones: _Zones) -> str | None:
    if is_microdata_comment(el):
        return "md"
    if el.tag not in _ITEM_TAGS:
        return None
    if _is_note(el):
        return "class:note"
    match = ITEM_ID.match(el.get("id") or "")
    if match:
        word = match["word"].lower()
        if word in STRONG_WORDS or (zones.contains(el) if word == "post" else zones.near(el)):
            return "id:" + match["prefix"].lower()
    for token in (el.get("class") or "").lower().split():
        if _ITEM_CLASS.match(token) and zones.near(el):
            return "class:" + token
    return None


def _is_note(el: HtmlElement) -> bool:
    """A Tumblr note (``ol.notes > li.note``): a like, a reblog, or a reblog or reply with words;
    those without words come to nothing."""
    if el.tag != "li" or "note" not in (el.get("class") or "").lower().split():
        return False
    parent = el.getparent()
    return parent is not None and "notes" in (parent.get("class") or "").lower().split()


def _like_parents(likes: dict[HtmlElement, str]) -> Parents:
    """Each candidate's nearest candidate ancestor.  The answer for every element passed on the
    way up is remembered, so that no part of the tree is climbed twice."""
    nearest: dict[HtmlElement, HtmlElement | None] = {}  # element -> nearest candidate above or at it
    parents: Parents = {}
    for el in likes:
        path: list[HtmlElement] = []
        node = el.getparent()
        found: HtmlElement | None = None
        while node is not None:
            if node in likes:
                found = node
                break
            if node in nearest:
                found = nearest[node]
                break
            path.append(node)
            node = node.getparent()
        for seen in path:
            nearest[seen] = found
        parents[el] = found
    return parents


def _drop_containers(likes: dict[HtmlElement, str], parents: Parents) -> set[HtmlElement]:
    """Candidates that wrap two or more candidates of another kind: they are lists, not comments."""
    dropped: set[HtmlElement] = set()
    while True:
        foreign: dict[HtmlElement, int] = {}
        for el, kind in likes.items():
            if el in dropped:
                continue
            parent = _up(parents[el], parents, dropped)
            if parent is not None and likes[parent] != kind:
                foreign[parent] = foreign.get(parent, 0) + 1
        containers = {el for el, count in foreign.items() if count >= 2}
        if not containers:
            return dropped
        dropped |= containers


def _up(el: HtmlElement | None, parents: Parents, skipped: set[HtmlElement]) -> HtmlElement | None:
    """``el``, or its nearest candidate ancestor not in ``skipped``."""
    while el is not None and el in skipped:
        el = parents[el]
    return el


def _group_definition_lists(likes: dict[HtmlElement, str]) -> list[list[HtmlElement]]:
    """Each candidate as its own group, except <dt>/<dd> runs of one list, which pair up.  Groups
    come in page order, so that the replies in a ``<dl>`` nested in a ``<dd>`` follow their parent."""
    order = {el: i for i, el in enumerate(likes)}
    groups: list[list[HtmlElement]] = []
    grouped: set[HtmlElement] = set()
    for el in likes:
        if el in grouped:
            continue
        parent = el.getparent()
        if el.tag in ("dt", "dd") and parent is not None and parent.tag == "dl":
            for group in _dl_runs(parent):
                if any(part in likes for part in group):
                    groups.append(group)
                grouped.update(group)
            continue
        groups.append([el])
        grouped.add(el)
    groups.sort(key=lambda group: min(order[part] for part in group if part in order))
    return groups


def _dl_runs(dl: HtmlElement) -> list[list[HtmlElement]]:
    runs: list[list[HtmlElement]] = []
    for child in dl:
        if child.tag == "dt" or (child.tag == "dd" and not runs):
            runs.append([child])
        elif child.tag == "dd":
            runs[-1].append(child)
    return runs


def find_items(tree: HtmlElement, html: str) -> list[Node]:
    """The comments of the page's server-rendered thread, in page order, with reply links.
    ``html`` is the page source the tree was parsed from."""
    likes: dict[HtmlElement, str] = {}
    known: dict[HtmlElement, bool] = {}
    zones = _Zones()
    for el in _candidates(tree, html):
        kind = _evidence(el, zones)
        if kind is not None and not is_excluded(el, known):
            likes[el] = el.tag + " " + kind
    if not likes:
        return []
    parents = _like_parents(likes)
    dropped = _drop_containers(likes, parents)
    likes = {el: kind for el, kind in likes.items() if el not in dropped}
    groups = _group_definition_lists(likes)
    part_kinds = [{likes[part] for part in group if part in likes} for group in groups]
    every = {part: i for i, group in enumerate(groups) for part in group}
    outer_kinds: set[str] = set()
    for i, group in enumerate(groups):
        if _enclosing(group[0], parents, every) is None:
            outer_kinds |= part_kinds[i]
    form_holders = {a for form in tree.iter("form", "textarea") for a in form.iterancestors()}
    chosen = [i for i, kinds in enumerate(part_kinds) if kinds & outer_kinds and _has_text(groups[i], form_holders)]
    owner = {part: new for new, i in enumerate(chosen) for part in groups[i]}
    hints = _depth_hints([groups[i][0] for i in chosen])
    nodes: list[Node] = []
    for i, hint in zip(chosen, hints):
        first = groups[i][0]
        parent = _enclosing(first, parents, owner)
        nodes.append(
            Node(
                parts=groups[i],
                evidence=min(part_kinds[i]).split(" ", 1)[1],
                parent=parent if parent is not None else _replied_before(first, owner),
                depth_hint=hint,
                parent_key=next((first.get(a) for a in _PARENT_ATTRIBUTES if first.get(a)), None),
            )
        )
    return nodes


def _enclosing(el: HtmlElement, parents: Parents, owner: dict[HtmlElement, int]) -> int | None:
    """The comment whose element (nearest first among the candidates above ``el``) is kept."""
    node = parents.get(el)
    while node is not None:
        if node in owner:
            return owner[node]
        node = parents[node]
    return None


def _has_text(group: list[HtmlElement], form_holders: set[HtmlElement]) -> bool:
    """Whether a candidate holds words; a box around the comment form needs some outside it."""
    for part in group:
        if not any(text.strip() for text in part.itertext()):
            continue
        if part not in form_holders or len(flat(part)) >= _FORM_BOX_TEXT:
            return True
    return False


def _replied_before(el: HtmlElement, owner: dict[HtmlElement, int]) -> int | None:
    """A comment in a replies box that follows its parent: ``div.comment + div.indented > div.comment``."""
    for box in el.iterancestors():
        if box.tag in ("body", "html"):
            return None
        if not _REPLIES_BOX.search(names(box)):
            continue
        previous = box.getprevious()
        while previous is not None and (not isinstance(previous.tag, str) or previous.tag == "a"):
            previous = previous.getprevious()
        if previous is not None and previous in owner:
            return owner[previous]
        if previous is not None and previous.tag not in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return None
    return None


def _depth_hints(items: list[HtmlElement]) -> list[int | None]:
    """Each comment's depth (1 for the top level) as its classes state it ("depth-2", "level-0");
    without such classes, a list that marks some comments as replies puts them a level below the
    others, and one that indents its comments by their margins has a level for each margin."""
    hints = [_depth_hint(el) for el in items]
    if any(hint is not None for hint in hints):
        if 0 in hints:  # counted from 0
            return [None if hint is None else hint + 1 for hint in hints]
        return hints
    marked = [_is_marked_reply(el) for el in items]
    if any(marked):
        return [2 if mark else 1 for mark in marked]
    margins = [_margin(el) for el in items]
    levels = sorted(set(margins))
    if len(levels) < 2:
        return hints
    return [levels.index(margin) + 1 for margin in margins]


def _margin(el: HtmlElement) -> float:
    match = _INDENT.search(el.get("style") or "")
    return float(match[1]) if match else 0.0


def _depth_hint(el: HtmlElement) -> int | None:
    match = _DEPTH.search((el.get("class") or "").lower())
    return int(match[1]) if match else None


def _is_marked_reply(el: HtmlElement) -> bool:
    if _is_note(el):  # "li.note.reply" answers the post, not the note before it
        return False
    tokens = (el.get("class") or "").lower().split() + [(el.get("id") or "").lower()]
    return any(_REPLY_MARK.match(token) for token in tokens)
