"""The site's content as data: posts, their comments, and on which comment page each comment is shown.

Pages are rendered against ``ORIGIN``; the server swaps in its own base URL, so one rendering
serves any port.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from tests.newssite.content import CasualtySentence, Place

ORIGIN = "http://newssite.invalid"
MAX_DEPTH = 5  # WordPress's default thread_comments_depth

CommentKind = Literal["comment", "pingback"]
DefaultPage = Literal["newest", "oldest"]


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass(frozen=True, slots=True)
class Term:
    """Something with an archive of its own: a category, a tag or an author."""

    name: str
    slug: str

    @classmethod
    def named(cls, name: str) -> Term:
        return cls(name, slugify(name))


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    parent_id: int | None
    author: str
    author_url: str | None
    posted: datetime  # aware, in the site's zone
    paragraphs: tuple[str, ...]
    kind: CommentKind = "comment"
    by_post_author: bool = False


@dataclass(frozen=True, slots=True)
class ReadMore:
    """A "Read more:" link to an older post, shown before ``paragraphs[index]``; a promotion,
    so not part of the body's text."""

    index: int
    path: str
    title: str


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    slug: str
    title: str
    author: Term
    category: Term
    tags: tuple[Term, ...]
    published: datetime  # aware, in the site's zone
    modified: datetime
    paragraphs: tuple[str, ...]  # plain text, as a reader sees them
    casualty_sentences: tuple[CasualtySentence, ...]
    caption: str
    image: str  # a path under /wp-content/uploads/
    place: Place
    event: str
    toll: int
    embed: str | None = None  # a YouTube video id, shown after the second paragraph
    read_more: ReadMore | None = None
    comments: tuple[Comment, ...] = ()
    private: bool = False  # under /private/, which robots.txt disallows

    @property
    def path(self) -> str:
        prefix = "/private" if self.private else ""
        return f"{prefix}/{self.published:%Y/%m}/{self.slug}/"

    @property
    def feed_path(self) -> str:
        return self.path + "feed/"

    @property
    def shortlink(self) -> str:
        return f"/?p={self.id}"

    @property
    def last_activity(self) -> datetime:
        return max([self.modified, *(comment.posted for comment in self.comments)])


@dataclass(frozen=True, slots=True)
class Placed:
    """A comment where a page shows it."""

    comment: Comment
    depth: int  # 1 for a top-level comment, as WordPress counts
    page: int  # comment page, from 1 (the oldest)


def thread_order(comments: Sequence[Comment]) -> list[tuple[Comment, int]]:
    """Comments in display order (oldest thread first, replies under their parent), with depth."""
    children: dict[int | None, list[Comment]] = {}
    for comment in sorted(comments, key=lambda c: c.id):
        children.setdefault(comment.parent_id, []).append(comment)
    ordered: list[tuple[Comment, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for comment in children.get(parent, ()):
            ordered.append((comment, depth))
            walk(comment.id, depth + 1)

    walk(None, 1)
    return ordered


@dataclass(frozen=True, slots=True)
class CommentPaging:
    """How a thread is split into comment pages.

    Pages hold ``per_page`` comments each, counted in display order, so a long thread can be cut
    in the middle and a reply can sit on a later page than its parent (the theme then prints an
    "In reply to" link).  ``default`` is the page the post's own URL shows: WordPress's default,
    "newest", shows the last page there and links older pages as ``comment-page-N/``.
    """

    per_page: int
    default: DefaultPage = "newest"

    def placed(self, post: Post) -> list[Placed]:
        return [
            Placed(comment, depth, index // self.per_page + 1)
            for index, (comment, depth) in enumerate(thread_order(post.comments))
        ]

    def count(self, post: Post) -> int:
        return max(1, -(-len(post.comments) // self.per_page))

    def default_page(self, post: Post) -> int:
        return self.count(post) if self.default == "newest" else 1

    def page_path(self, post: Post, page: int) -> str:
        """The URL path of a comment page; the default page is the post itself."""
        return post.path if page == self.default_page(post) else f"{post.path}comment-page-{page}/"

    def extra_pages(self, post: Post) -> list[int]:
        """Comment pages that have a URL of their own."""
        default = self.default_page(post)
        return [page for page in range(1, self.count(post) + 1) if page != default]
