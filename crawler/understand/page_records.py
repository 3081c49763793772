"""The dataclasses that page understanding hands to the rest of the crawler."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

CommentKind = Literal["comment", "pingback", "trackback"]


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A point in time read from a page, with the words it was read from."""

    local: datetime  # timezone-aware, in the offset the page gave, else in the site's time zone
    raw: str  # the string as found on the page ("December 1, 2015 at 3:42 pm")
    source: str  # where it was found: "json-ld", "meta", "time", "byline", "url", "relative", ...
    has_time: bool = True  # False when only a day was given (local is then midnight)

    @property
    def utc(self) -> datetime:
        return self.local.astimezone(UTC)

    @property
    def day(self) -> date:
        """The calendar day where the page was published (its own offset or time zone)."""
        return self.local.date()


@dataclass(slots=True)
class PageMeta:
    """What a page says about itself."""

    url: str
    canonical_url: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    site_name: str | None = None
    description: str | None = None
    published: Timestamp | None = None
    modified: Timestamp | None = None


@dataclass(slots=True)
class ArticleBody:
    """The article's own prose, without boilerplate and without reader comments."""

    paragraphs: list[str]
    captions: list[str] = field(default_factory=list)
    method: str = ""  # how it was found: "json-ld", "structure", "fallback", ...

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True)
class Comment:
    """One reader comment.  ``id`` is the site's own id where it has one, else a content hash."""

    id: str
    text: str
    parent_id: str | None = None
    author: str | None = None
    author_url: str | None = None
    posted_at: Timestamp | None = None
    depth: int = 0  # 0 for a top-level comment
    position: int = 0  # order in the whole thread, from 0
    kind: CommentKind = "comment"


@dataclass(frozen=True, slots=True)
class CommentWidget:
    """A thread hosted by a third party (Disqus, Facebook, ...) that the page only embeds."""

    provider: str  # "disqus", "facebook", "viafoura", ...
    thread_id: str | None = None  # the provider's identifier of the thread, where the page gives it
    embed_url: str | None = None


@dataclass(slots=True)
class CommentSection:
    """The reader comments found on one page, and where the rest of the thread lives."""

    comments: list[Comment] = field(default_factory=list)
    markup: str = "none"  # "wordpress", "microdata", "json-ld", "generic", "wp-rest", "none"
    widget: CommentWidget | None = None
    next_pages: list[str] = field(default_factory=list)  # other pages of this thread, absolute URLs
    wp_post_id: int | None = None  # WordPress post id, when the page reveals it
    wp_rest_url: str | None = None  # the site's WordPress REST API root, when the page links it
    declared_count: int | None = None  # "23 Comments" as the page states it
