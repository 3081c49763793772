"""Comments from the WordPress REST API (``/wp-json/wp/v2/comments?post=ID``).

Each object has ``id``, ``parent`` (0 for none), ``author_name``, ``author_url``, ``date`` (site
time) and ``date_gmt``, ``content.rendered`` (HTML), ``type`` and ``link``.  The API lists newest
first by default; the comments come back as a thread (parents before replies, oldest first).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from crawler.understand.comments.commenters import clean_author
from crawler.understand.comments.drafts import Draft
from crawler.understand.comments.merging import assemble_thread
from crawler.understand.comments.posted import known_zone
from crawler.understand.comments.replies import settle
from crawler.understand.comments.text import html_to_text
from crawler.understand.dates.parsing import parse_datetime
from crawler.understand.page_records import Comment, CommentKind, Timestamp
from crawler.understand.urls import absolute_url

_KINDS: dict[str, CommentKind] = {"pingback": "pingback", "trackback": "trackback"}


def parse_wp_rest_comments(payload: str | bytes, page_url: str, tz: str | None = None) -> list[Comment]:
    """The comments of one page of REST API results.  Bad JSON or objects give no comments."""
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(data, list):
        return []
    tz = known_zone(tz)
    drafts = [draft for obj in data if isinstance(obj, dict) for draft in [_draft(obj, page_url, tz)] if draft]
    return assemble_thread([settle(drafts)])


def _draft(obj: dict[str, Any], page_url: str, tz: str | None) -> Draft | None:
    ident = obj.get("id")
    content = obj.get("content")
    rendered = content.get("rendered") if isinstance(content, dict) else content
    text = html_to_text(rendered) if isinstance(rendered, str) else ""
    if not isinstance(ident, int) or isinstance(ident, bool) or not text:
        return None
    parent = obj.get("parent")
    author_url = obj.get("author_url")
    return Draft(
        text=text,
        site_id=str(ident),
        author=clean_author(str(obj.get("author_name") or "")),
        author_url=absolute_url(author_url, page_url) if isinstance(author_url, str) else None,
        posted_at=_posted(obj.get("date"), obj.get("date_gmt"), tz),
        kind=_KINDS.get(str(obj.get("type") or ""), "comment"),
        parent_key=str(parent) if isinstance(parent, int) and parent > 0 else None,
    )


def _posted(local: Any, gmt: Any, tz: str | None) -> Timestamp | None:
    """The time from ``date_gmt`` (exact), shown in the site's zone or in the offset that ``date``
    and ``date_gmt`` imply; ``date`` alone is read in the site's zone."""
    if isinstance(gmt, str) and gmt.strip():
        stamp = parse_datetime(gmt.strip() + "+00:00", tz=tz, source="wp-rest")
        if stamp is not None:
            raw = local if isinstance(local, str) and local.strip() else gmt
            value = stamp.local if tz else stamp.local.astimezone(_offset(local, gmt))
            return Timestamp(local=value, raw=raw, source="wp-rest", has_time=True)
    if isinstance(local, str) and local.strip():
        return parse_datetime(local, tz=tz, source="wp-rest")
    return None


def _offset(local: Any, gmt: str) -> timezone:
    """The site's UTC offset at that moment, as the difference between its two stamps."""
    try:
        delta = datetime.fromisoformat(str(local)) - datetime.fromisoformat(gmt)
    except ValueError:
        return UTC
    if abs(delta) > timedelta(hours=14):
        return UTC
    return timezone(delta)
