"""Making posts and comment threads from a seed, with WordPress-style ids and dates.

Every draw comes from its own ``Random`` named after the seed and what it is for, so that one
setting (say ``max_comments``) does not change unrelated content.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from random import Random
from zoneinfo import ZoneInfo

from tests.newssite import content
from tests.newssite.model import MAX_DEPTH, Comment, Post, ReadMore, Term, slugify

START = datetime(2024, 9, 2, 7, 0)  # the first post's day, in the site's zone
SPAN = timedelta(days=120)
AUTHORS = ("Nadia Haddad", "Tom Ellery", "Karim Saleh", "Anna Sorensen", "Yusuf Demir")
FIRST_POST_ID = 4100
FIRST_COMMENT_ID = 51200


def rng(seed: int, *purpose: object) -> Random:
    return Random(":".join(map(str, (seed, *purpose))))


@dataclass(slots=True)
class Corpus:
    posts: list[Post]  # public, oldest first
    private: list[Post]
    clock: datetime  # the site's "now" once these were published and commented
    last_post_id: int
    last_comment_id: int


def unique_slug(title: str, taken: Collection[str]) -> str:
    base = slugify(title)[:190]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def new_post(r: Random, post_id: int, published: datetime, taken: Collection[str], *, private: bool = False) -> Post:
    story = content.story(r, published)
    return Post(
        id=post_id,
        slug=unique_slug(story.title, taken),
        title=story.title,
        author=Term.named(r.choice(AUTHORS)),
        category=Term.named(story.place.country),
        tags=tuple(Term.named(tag) for tag in story.tags),
        published=published,
        modified=published,
        paragraphs=story.paragraphs,
        casualty_sentences=story.casualty_sentences,
        caption=story.caption,
        image=f"/wp-content/uploads/{published:%Y/%m}/{slugify(story.place.name)}-{post_id + 1}.jpg",
        place=story.place,
        event=story.event,
        toll=story.toll,
        embed="".join(r.choices("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-", k=11))
        if r.random() < 0.25
        else None,
        private=private,
    )


def with_read_more(r: Random, post: Post, older: Post) -> Post:
    """``post`` with a "Read more:" link to ``older`` before one of its paragraphs."""
    return replace(post, read_more=ReadMore(r.randint(2, len(post.paragraphs) - 1), older.path, older.title))


def reader_comment(
    r: Random, post: Post, parent: Comment | None
) -> tuple[str, str | None, tuple[str, ...], bool]:
    """Who writes a comment and what: (author, author URL, paragraphs, by the post's author)."""
    if parent is not None and r.random() < 0.07:
        author, url, by_author = post.author.name, None, True
    else:
        (author, url), by_author = content.reader(r), False
    paragraphs = content.comment_paragraphs(r, post.place, parent.author if parent else None)
    return author, url, paragraphs, by_author


def _publication_times(r: Random, count: int, zone: ZoneInfo) -> list[datetime]:
    times: set[datetime] = set()
    while len(times) < count:
        day = START + timedelta(days=r.randrange(SPAN.days))
        moment = day.replace(hour=r.randint(7, 22), minute=r.randrange(60), second=r.randrange(60))
        times.add(moment.replace(tzinfo=zone))
    return sorted(times)


def _comment_times(r: Random, count: int, start: datetime, end: datetime) -> list[datetime]:
    span = (end - start).total_seconds()
    times: list[datetime] = []
    for fraction in sorted(r.random() ** 2 for _ in range(count)):
        moment = start + timedelta(seconds=int(span * fraction))
        if times and moment <= times[-1]:
            moment = times[-1] + timedelta(seconds=1)
        times.append(moment)
    return times


def _thread(r: Random, post: Post, count: int, end: datetime) -> list[Comment]:
    """A thread of ``count`` comments with provisional ids (their order); real ids come later."""
    start = post.published + timedelta(minutes=r.randint(4, 90))
    end = min(post.published + timedelta(days=12), end)
    comments: list[Comment] = []
    depth: dict[int, int] = {}
    open_: list[Comment] = []  # comments that can still take a reply, oldest first
    for key, posted in enumerate(_comment_times(r, count, start, end)):
        recent = open_[-6:]
        parent = r.choice(recent) if recent and r.random() < 0.45 else None
        if parent is None and r.random() < 0.05:
            blog, link, excerpt = content.pingback(r, post.title, posted)
            comments.append(Comment(key, None, blog, link, posted, excerpt, kind="pingback"))
        else:
            author, url, paragraphs, by_author = reader_comment(r, post, parent)
            parent_id = parent.id if parent else None
            comments.append(Comment(key, parent_id, author, url, posted, paragraphs, by_post_author=by_author))
        depth[key] = depth[parent.id] + 1 if parent else 1
        if comments[-1].kind == "comment" and depth[key] < MAX_DEPTH:
            open_.append(comments[-1])
    return comments


def _comment_counts(r: Random, articles: int, max_comments: int) -> list[int]:
    """Mostly short threads, a quarter empty, one of ``max_comments``."""
    counts = [int(max_comments * r.random() ** 3) for _ in range(articles)]
    if articles > 1:
        longest, empty = r.sample(range(articles - 1), 2) if articles > 2 else (0, 1)
        counts[longest], counts[empty] = max_comments, 0
    return counts


def build(*, articles: int, private: int, seed: int, max_comments: int, zone: ZoneInfo) -> Corpus:
    r = rng(seed, "corpus")
    times = _publication_times(r, articles + private, zone)
    private_at = set(r.sample(range(len(times) - 1), private))
    posts: list[Post] = []
    hidden: list[Post] = []
    post_id = FIRST_POST_ID
    slugs: set[str] = set()
    for index, published in enumerate(times):
        post_id += r.randint(2, 9)  # attachments and revisions take ids too
        post = new_post(rng(seed, "post", index), post_id, published, slugs, private=index in private_at)
        slugs.add(post.slug)
        if post.private:
            hidden.append(post)
            continue
        if r.random() < 0.3:
            post = replace(post, modified=published + timedelta(minutes=r.randint(10, 20 * 60)))
        older = [p for p in posts if p.category == post.category]
        if older and r.random() < 0.35:
            post = with_read_more(r, post, older[-1])
        posts.append(post)
    clock = times[-1] + timedelta(days=1)
    posts = [replace(p, modified=min(p.modified, clock - timedelta(hours=1))) for p in posts]
    threads = [
        _thread(rng(seed, "thread", post.id), post, count, clock - timedelta(minutes=15))
        for post, count in zip(posts, _comment_counts(r, len(posts), max_comments), strict=True)
    ]
    # WordPress numbers comments site-wide in the order they arrive, with gaps left by spam.
    arrivals = sorted(((c.posted, i, c.id) for i, thread in enumerate(threads) for c in thread), key=lambda a: a[0])
    ids: dict[tuple[int, int], int] = {}
    comment_id = FIRST_COMMENT_ID
    for _, thread_index, key in arrivals:
        comment_id += r.randint(1, 6)
        ids[thread_index, key] = comment_id
    posts = [
        replace(
            post,
            comments=tuple(
                replace(c, id=ids[i, c.id], parent_id=None if c.parent_id is None else ids[i, c.parent_id])
                for c in thread
            ),
        )
        for i, (post, thread) in enumerate(zip(posts, threads, strict=True))
    ]
    return Corpus(posts, hidden, clock, post_id, comment_id)
