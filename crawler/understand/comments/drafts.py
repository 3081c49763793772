"""A comment as one source reads it, before it takes its place in a thread (see ``replies``)."""

from __future__ import annotations

from dataclasses import dataclass

from crawler.understand.page_records import CommentKind, Timestamp


@dataclass(slots=True)
class Draft:
    """A comment as read, before its id, parent, depth and position are settled."""

    text: str
    site_id: str | None = None
    author: str | None = None
    author_url: str | None = None
    posted_at: Timestamp | None = None
    kind: CommentKind = "comment"
    parent_key: str | None = None  # the site's id of the comment replied to, where the source names it
    parent_index: int | None = None  # the draft replied to, where nesting shows it
    depth_hint: int | None = None  # "depth-2" on a comment of a list shown flat

