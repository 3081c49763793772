"""schema.org ``Comment`` objects in JSON-LD: an article's ``comment`` array, a forum posting's
replies, comments nested in comments, or ``@graph`` members that name their ``parentItem``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from crawler.understand.comments.commenters import clean_author
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.fields import Context
from crawler.understand.comments.identity import id_in_link
from crawler.understand.comments.posted import read_posted
from crawler.understand.comments.text import html_to_text
from crawler.understand.jsonld_objects import types_of

_COMMENT_TYPES = {"comment", "answer"}
_TEXT_KEYS = ("text", "commentText", "articleBody", "description")
_NOT_COMMENTS = ("author", "publisher", "image")  # properties never holding comments, not walked
_DATE_KEYS = ("dateCreated", "datePublished", "commentTime", "dateModified")


def read_jsonld(objects: list[dict[str, Any]], ctx: Context) -> list[Draft]:
    """Every Comment in the page's JSON-LD, in document order, replies after their parent."""
    drafts: list[Draft] = []
    index_of: dict[int, int] = {}  # id() of a comment object -> its draft's index
    for obj in objects:
        for comment, parent in _comments(obj, None):
            if id(comment) in index_of:
                continue
            draft = _draft(comment, ctx)
            if draft is None:
                continue
            if parent is not None and id(parent) in index_of:
                draft.parent_index = index_of[id(parent)]
            index_of[id(comment)] = len(drafts)
            drafts.append(draft)
    return drafts


def _comments(root: Any, parent: dict[str, Any] | None) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(comment, the comment it is nested in) for every Comment object under ``root``, in order."""
    stack: list[tuple[Any, dict[str, Any] | None]] = [(root, parent)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, list):
            stack.extend((item, parent) for item in reversed(node))
        elif isinstance(node, dict):
            is_comment = bool(types_of(node) & _COMMENT_TYPES)
            if is_comment:
                yield node, parent
            inner = node if is_comment else parent
            values = [v for k, v in node.items() if isinstance(v, (dict, list)) and k not in _NOT_COMMENTS]
            stack.extend((value, inner) for value in reversed(values))


def _draft(obj: dict[str, Any], ctx: Context) -> Draft | None:
    text = next((value for key in _TEXT_KEYS if isinstance(value := obj.get(key), str) and value.strip()), "")
    if "<" in text:
        text = html_to_text(text)
    else:
        text = "\n\n".join(" ".join(part.split()) for part in text.split("\n\n") if part.strip())
    if not text:
        return None
    name, url = _person(obj.get("author") or obj.get("creator"))
    date = next((str(obj[key]) for key in _DATE_KEYS if obj.get(key)), None)
    return Draft(
        text=text,
        site_id=_identity(obj),
        author=clean_author(name),
        author_url=url,
        posted_at=read_posted([(date, "")], tz=ctx.tz, base=ctx.base, languages=ctx.languages, order=ctx.order) if date else None,
        parent_key=_identity(obj.get("parentItem")) if obj.get("parentItem") else None,
    )


def _identity(ref: Any) -> str | None:
    """A comment's id from its ``@id``, ``url`` or ``identifier``, or from a reference to it."""
    if isinstance(ref, str):
        return id_in_link(ref) or ref.strip() or None
    if not isinstance(ref, dict):
        return None
    for key in ("@id", "url"):
        found = id_in_link(str(ref.get(key) or ""))
        if found:
            return found
    identifier = ref.get("identifier")
    if isinstance(identifier, (str, int)) and str(identifier).strip():
        return str(identifier).strip()
    return str(ref.get("@id") or "").strip() or None


def _person(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return value, None
    if isinstance(value, dict):
        url = value.get("url")
        name = str(value.get("name") or "") or None
        return name, (url if isinstance(url, str) and url.startswith("http") else None)
    return None, None
