"""Everything one page says about its reader comments, gathered into a CommentSection."""

from __future__ import annotations

from datetime import datetime

from lxml.html import HtmlElement

from crawler.understand.comments.drafts import Draft, settle
from crawler.understand.comments.fields import Context, read_item
from crawler.understand.comments.items import find_items
from crawler.understand.html import ParsedPage
from crawler.understand.records import CommentSection


def extract_comments(page: ParsedPage, fetched_at: datetime | None = None, tz: str | None = None) -> CommentSection:
    """The reader comments on a page, where the rest of the thread is, and who hosts it."""
    tree = page.tree
    ctx = Context(page_url=page.url, tz=tz, base=fetched_at, languages=_languages(tree))
    markup, drafts = _from_markup(tree, ctx)
    return CommentSection(comments=settle(drafts), markup=markup if drafts else "none")


def _from_markup(tree: HtmlElement, ctx: Context) -> tuple[str, list[Draft]]:
    nodes = find_items(tree)
    stops = {part for node in nodes for part in node.parts}
    drafts = [read_item(node, stops, ctx) for node in nodes]
    return "generic", drafts


def _languages(tree: HtmlElement) -> list[str] | None:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    return [lang.split("-")[0]] if lang[:2].isalpha() else None
