"""Blogger's threaded comments, which the page carries as a script (``var items = [...]``).

Classic Blogger templates print comments as a ``<dl id="comments-block">`` (read with the other
markups); threaded templates print an empty container and a script that lists every comment with
its id, parent id, author, time and HTML body.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from crawler.understand.comments.commenters import clean_author
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.fields import Context
from crawler.understand.comments.js_literal import read_literal
from crawler.understand.comments.text import html_to_text
from crawler.understand.dates.parsing import parse_datetime
from crawler.understand.page_records import Timestamp

_SCRIPTS = etree.XPath("descendant::script[contains(., 'displayTime') and contains(., 'items')]/text()")
_ITEMS = re.compile(r"\bvar\s+items\s*=\s*(?=\[)")


def read_blogger(tree: HtmlElement, ctx: Context) -> list[Draft]:
    """The comments listed by Blogger's threaded-comments script, in its order."""
    for script in _SCRIPTS(tree):
        start = _ITEMS.search(script)
        if start is None:
            continue
        items = read_literal(script, start.end())
        if isinstance(items, list):
            return [draft for item in items if isinstance(item, dict) for draft in [_draft(item, ctx)] if draft]
    return []


def _draft(item: dict[str, Any], ctx: Context) -> Draft | None:
    text = html_to_text(str(item.get("body") or ""))
    ident = str(item.get("id") or "").strip()
    if not text or not ident:
        return None
    author = item.get("author")
    if not isinstance(author, dict):
        author = {}
    parent = str(item.get("parentId") or "").strip()
    return Draft(
        text=text,
        site_id=ident,
        author=clean_author(str(author.get("name") or "")),
        author_url=str(author.get("profileUrl") or "") or None,
        posted_at=_posted(item, ctx),
        parent_key=parent or None,
    )


def _posted(item: dict[str, Any], ctx: Context) -> Timestamp | None:
    """The time from the item's epoch milliseconds, shown as the page shows it."""
    millis = str(item.get("timestamp") or "").strip()
    if not millis.isdigit():
        return None
    try:
        moment = datetime.fromtimestamp(int(millis) / 1000, tz=UTC)
    except (OverflowError, ValueError, OSError):  # beyond the calendar: not a time at all
        return None
    stamp = parse_datetime(moment.isoformat(), tz=ctx.tz, source="blogger")
    if stamp is None:
        return None
    shown = str(item.get("displayTime") or "").strip()
    return Timestamp(local=stamp.local, raw=shown or stamp.raw, source="blogger", has_time=True)
