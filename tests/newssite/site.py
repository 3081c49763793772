"""A deterministic WordPress-like news site: its resources, the changes made to it between crawls,
and the truth that tests assert a crawl against.

Resources are rendered once and kept as bytes, like a page cache: a change re-renders only what
it invalidates (``add_article``: the post, every archive, the feeds and the sitemaps;
``edit_article``: the post's pages, the feeds and sitemaps; ``add_comment``: the post's pages and
its comments feed).  So sidebar widgets elsewhere stay as they were, and a page's bytes, ETag and
Last-Modified change only when its own content does.  What is re-rendered shows the site as it is
then: a feed re-rendered for an edit also shows comment counts that have grown since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from random import Random
from urllib.parse import parse_qs, quote, urlsplit
from zoneinfo import ZoneInfo

from tests.newssite import content, feeds, generate, pages, robots, server, sitemaps
from tests.newssite.content import CasualtySentence
from tests.newssite.model import (
    MAX_DEPTH,
    ORIGIN,
    Comment,
    CommentKind,
    CommentPaging,
    DefaultPage,
    Post,
    Term,
    thread_order,
)
from tests.newssite.padding import Filler
from tests.newssite.server import (
    Reply,
    Resource,
    conditional_reply,
    header_lines,
    is_conditional,
)

HTML = "text/html; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
TEXT = "text/plain; charset=utf-8"
NEWS_WINDOW = timedelta(days=2)  # Google News sitemaps list the last two days' posts


# What tests read.


@dataclass(frozen=True, slots=True)
class CommentTruth:
    id: str  # WordPress's comment id, as the page's "comment-ID" gives it
    parent_id: str | None
    author: str
    author_url: str | None
    posted: datetime  # aware, in the site's zone
    kind: CommentKind
    text: str  # paragraphs joined by blank lines; for a pingback, the excerpt (pages show only its link)
    url: str  # permalink on the comment page that shows it


@dataclass(frozen=True, slots=True)
class ArticleTruth:
    url: str  # canonical
    title: str
    published: datetime  # aware, in the site's zone
    modified: datetime
    author: str
    category: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]  # the body's paragraphs, as a reader sees them
    captions: tuple[str, ...]
    casualty_sentences: tuple[CasualtySentence, ...]  # each is verbatim inside one paragraph
    comments: tuple[CommentTruth, ...]  # in display order
    comment_pages: tuple[str, ...]  # every URL that shows part of the thread, oldest comments first
    comments_feed: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class SiteTruth:
    base_url: str
    articles: tuple[ArticleTruth, ...]  # oldest first
    disallowed: tuple[str, ...]  # pages the site links that robots.txt forbids (subscriber briefings)

    def allows(self, url: str) -> bool:
        """Whether robots.txt lets a crawler fetch ``url`` (absolute, or a path with query)."""
        parts = urlsplit(url)
        return robots.allowed((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))

    def article(self, url: str) -> ArticleTruth:
        return next(article for article in self.articles if article.url == url)


@dataclass(frozen=True, slots=True)
class RequestRecord:
    method: str
    path: str  # as requested, with its query
    status: int
    conditional: bool  # sent If-None-Match or If-Modified-Since


@dataclass(frozen=True, slots=True)
class Fault:
    """What a path does instead of answering normally."""

    status: int | None = None  # 404, 500, 503...; None: the normal reply, only ``delay`` late
    retry_after: int | None = None  # seconds, sent with the status
    delay: float = 0.0
    times: int | None = None  # how many requests it hits before the path recovers; None: all


# The site.


@dataclass(frozen=True, slots=True)
class _Page:
    body: bytes  # rendered against ORIGIN
    content_type: str
    modified: datetime


_Route = Callable[[pages.Chrome], _Page]


_ERROR_PAGE = b"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>"


def rebase(body: bytes, old: str, new: str) -> bytes:
    """``body`` with absolute URLs moved from base ``old`` to base ``new``, plain and percent-encoded."""
    if old == new:
        return body
    body = body.replace(old.encode(), new.encode())
    return body.replace(quote(old, safe="").encode(), quote(new, safe="").encode())


def _file_for(path: str) -> str:
    """Where ``write_static`` puts a path: directories get an index.html."""
    return path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/")


class NewsSite:
    """A WordPress news site about a war, ready to serve on 127.0.0.1.

    ``articles`` public posts (and ``private_articles`` subscriber briefings under /private/) are
    dated over four months in ``timezone``; comment threads run from none to ``max_comments``,
    ``comments_per_page`` to a comment page.  ``page_size_kb`` pads HTML pages with boilerplate to
    about that size (0: natural size, some 25-40 KB).
    """

    def __init__(
        self,
        articles: int = 48,
        seed: int = 7,
        comments_per_page: int = 10,
        page_size_kb: int = 0,
        *,
        max_comments: int = 60,
        private_articles: int = 3,
        timezone: str = "Asia/Tehran",
        posts_per_page: int = 10,
        sitemap_size: int = 20,
        feed_items: int = 10,
        default_comments_page: DefaultPage = "newest",
    ) -> None:
        if articles < 3:
            raise ValueError("a site needs at least 3 articles")
        self.seed = seed
        self.zone = ZoneInfo(timezone)
        corpus = generate.build(
            articles=articles, private=private_articles, seed=seed, max_comments=max_comments, zone=self.zone
        )
        self._posts, self._private = corpus.posts, corpus.private
        self.clock: datetime = corpus.clock  # the site's "now"; every change moves it on
        self._last_post_id, self._last_comment_id = corpus.last_post_id, corpus.last_comment_id
        self._paging = CommentPaging(comments_per_page, default_comments_page)
        self._posts_per_page, self._sitemap_size, self._feed_items = posts_per_page, sitemap_size, feed_items
        self._filler, self._target_bytes = Filler(seed), page_size_kb * 1024
        self._launched = self._posts[0].published - timedelta(days=30)
        self._changes = 0
        self._pages: dict[str, _Page] = {}
        self._served: dict[str, Resource] = {}
        self._faults: dict[str, Fault] = {}
        self.base_url = ORIGIN  # of every absolute URL in the pages: the last server's, once one has started
        self.requests: list[RequestRecord] = []  # every request served; clear() it between runs
        self._render(self._routes(), at=None)
        self._not_found = _Page(pages.not_found_page(self._chrome()).encode(), HTML, self._launched)
        self._not_found_resource = Resource.of(self._not_found.body, HTML, self._launched)

    # Reading the model.

    def paths(self) -> list[str]:
        """Every path the site serves with 200."""
        return list(self._pages)

    def _post(self, slug: str) -> Post:
        try:
            return next(post for post in self._posts if post.slug == slug)
        except StopIteration:
            raise KeyError(f"no article with slug {slug!r}") from None

    def _replace(self, post: Post) -> None:
        self._posts = [post if p.id == post.id else p for p in self._posts]

    def _newest(self) -> list[Post]:
        return self._posts[::-1]

    def _categories(self) -> list[Term]:
        present = {post.category for post in self._posts}
        return sorted(present, key=lambda term: content.COUNTRIES.index(term.name))

    # Rendering.

    def _chrome(self) -> pages.Chrome:
        newest = self._newest()
        comments = sorted(
            ((c, post) for post in self._posts for c in post.comments if c.kind == "comment"),
            key=lambda pair: pair[0].posted,
            reverse=True,
        )[:5]
        recent_comments = []
        for comment, post in comments:
            page = next(p.page for p in self._paging.placed(post) if p.comment.id == comment.id)
            link = pages.Link(f"{self._paging.page_path(post, page)}#comment-{comment.id}", post.title)
            recent_comments.append(pages.RecentComment(comment.author, comment.author_url, link))
        months = dict.fromkeys((p.published.year, p.published.month) for p in newest)
        return pages.chrome(
            categories=self._categories(),
            recent_posts=[pages.Link(p.path, p.title) for p in newest[:5]],
            recent_comments=recent_comments,
            months=[pages.Link(f"/{y}/{m:02d}/", f"{datetime(y, m, 1):%B %Y}") for y, m in months],
            briefings=[pages.Link(p.path, p.title) for p in reversed(self._private)],
            year=self.clock.year,
            filler=self._filler,
            target_bytes=self._target_bytes,
        )

    def _render(self, routes: Mapping[str, _Route], at: datetime | None) -> None:
        """Render ``routes``; a page whose bytes changed is Last-Modified ``at`` (None: as of its content)."""
        chrome = self._chrome()
        changed = []
        for path, route in routes.items():
            page = route(chrome)
            page = replace(page, body=rebase(page.body, ORIGIN, self.base_url))
            old = self._pages.get(path)
            if old is not None and old.body == page.body:
                continue
            self._pages[path] = page if at is None else replace(page, modified=at)
            changed.append(path)
        if self._served:
            served = dict(self._served)
            served.update((path, self._resource(self._pages[path])) for path in changed)
            self._served = served  # one swap, so the server never sees half a change

    @staticmethod
    def _resource(page: _Page) -> Resource:
        return Resource.of(page.body, page.content_type, page.modified)

    def _routes(self) -> dict[str, _Route]:
        routes: dict[str, _Route] = {"/robots.txt": self._robots}
        for post in self._posts:
            routes.update(self._post_routes(post))
        routes.update(self._archive_routes())
        routes.update(self._feed_routes())
        routes.update(self._sitemap_routes())
        for index, (path, title, paragraphs) in enumerate(content.STATIC_PAGES):
            routes[path] = partial(self._static, path, title, paragraphs, index + 2)
        for post in self._private:
            routes.update(self._post_routes(post))
        return routes

    def _robots(self, chrome: pages.Chrome) -> _Page:
        return _Page(robots.robots_txt(["/sitemap_index.xml", "/news-sitemap.xml"]).encode(), TEXT, self._launched)

    def _static(self, path: str, title: str, paragraphs: Sequence[str], page_id: int, chrome: pages.Chrome) -> _Page:
        return _Page(pages.static_page(chrome, path, title, paragraphs, page_id).encode(), HTML, self._launched)

    def _post_routes(self, post: Post) -> dict[str, _Route]:
        """The post's pages (one per comment page) and its comments feed."""
        thread = self._paging.placed(post)
        previous = following = None
        related: list[Post] = []
        if not post.private:
            index = next(i for i, p in enumerate(self._posts) if p.id == post.id)
            previous = self._posts[index - 1] if index else None
            following = self._posts[index + 1] if index + 1 < len(self._posts) else None
            related = sorted(self._posts[:index][::-1], key=lambda p: p.category != post.category)[:3]  # same section first

        def article(page: int, chrome: pages.Chrome) -> _Page:
            html = pages.article_page(
                chrome, post, self._paging, page, thread, previous=previous, following=following, related=related
            )
            return _Page(html.encode(), HTML, post.last_activity)

        routes: dict[str, _Route] = {
            self._paging.page_path(post, page): partial(article, page) for page in range(1, self._paging.count(post) + 1)
        }
        if not post.private:
            routes[post.feed_path] = partial(self._comments_feed, post)
        return routes

    def _comments_feed(self, post: Post, chrome: pages.Chrome) -> _Page:
        return _Page(feeds.comments_feed(post, self._paging, self._feed_items).encode(), RSS, post.last_activity)

    def _archives(self) -> list[pages.Archive]:
        newest = self._newest()
        archives = [pages.Archive("/", "", tuple(newest), "home blog")]
        for category in self._categories():
            archives.append(pages.Archive(
                f"/category/{category.slug}/", f"Category: {category.name}",
                tuple(p for p in newest if p.category == category), f"archive category category-{category.slug}",
                feed_path=f"/category/{category.slug}/feed/",
            ))  # fmt: skip
        for tag in dict.fromkeys(tag for post in newest for tag in post.tags):
            archives.append(pages.Archive(
                f"/tag/{tag.slug}/", f"Tag: {tag.name}", tuple(p for p in newest if tag in p.tags),
                f"archive tag tag-{tag.slug}",
            ))  # fmt: skip
        for author in dict.fromkeys(post.author for post in newest):
            archives.append(pages.Archive(
                f"/author/{author.slug}/", f"Author: {author.name}", tuple(p for p in newest if p.author == author),
                f"archive author author-{author.slug}",
            ))  # fmt: skip
        for year, month in dict.fromkeys((p.published.year, p.published.month) for p in newest):
            archives.append(pages.Archive(
                f"/{year}/{month:02d}/", f"Month: {datetime(year, month, 1):%B %Y}",
                tuple(p for p in newest if (p.published.year, p.published.month) == (year, month)), "archive date",
            ))  # fmt: skip
        return archives

    def _archive_routes(self) -> dict[str, _Route]:
        return {
            archive.page_path(page): partial(self._archive, archive, page)
            for archive in self._archives()
            for page in range(1, archive.page_count(self._posts_per_page) + 1)
        }

    def _archive(self, archive: pages.Archive, page: int, chrome: pages.Chrome) -> _Page:
        html = pages.archive_page(chrome, archive, page, self._posts_per_page)
        return _Page(html.encode(), HTML, max(p.published for p in archive.posts))

    def _feed_routes(self) -> dict[str, _Route]:
        newest = self._newest()[: self._feed_items]
        routes: dict[str, _Route] = {
            "/feed/": partial(
                self._feed, feeds.posts_feed(newest, self_path="/feed/", title=content.SITE_NAME), RSS, newest
            ),
            "/feed/atom/": partial(self._feed, feeds.atom_feed(newest, self_path="/feed/atom/"), ATOM, newest),
        }
        for category in self._categories():
            path = f"/category/{category.slug}/feed/"
            posts = [p for p in self._newest() if p.category == category][: self._feed_items]
            title = f"{content.SITE_NAME} » {category.name}"
            routes[path] = partial(self._feed, feeds.posts_feed(posts, self_path=path, title=title), RSS, posts)
        return routes

    @staticmethod
    def _feed(xml: str, content_type: str, posts: Sequence[Post], chrome: pages.Chrome) -> _Page:
        return _Page(xml.encode(), content_type, max(p.modified for p in posts))

    def _sitemap_routes(self) -> dict[str, _Route]:
        size = self._sitemap_size
        chunks = [self._posts[start : start + size] for start in range(0, len(self._posts), size)]
        files: dict[str, list[sitemaps.Entry]] = {}
        for n, chunk in enumerate(chunks, start=1):
            name = "/post-sitemap.xml" if n == 1 else f"/post-sitemap{n}.xml"
            files[name] = [sitemaps.Entry(p.path, p.modified, p.image) for p in chunk]
        newest = self._newest()
        files["/page-sitemap.xml"] = [
            sitemaps.Entry("/", newest[0].published),
            *(sitemaps.Entry(path, self._launched) for path, _, _ in content.STATIC_PAGES),
        ]
        files["/category-sitemap.xml"] = [
            sitemaps.Entry(f"/category/{c.slug}/", next(p.published for p in newest if p.category == c))
            for c in self._categories()
        ]
        routes: dict[str, _Route] = {
            path: partial(self._xml, sitemaps.url_set(entries), max(e.lastmod for e in entries))
            for path, entries in files.items()
        }
        index = [sitemaps.Entry(path, max(e.lastmod for e in entries)) for path, entries in files.items()]
        routes["/sitemap_index.xml"] = partial(self._xml, sitemaps.sitemap_index(index), max(e.lastmod for e in index))
        recent = [p for p in newest if p.published >= newest[0].published - NEWS_WINDOW]
        routes["/news-sitemap.xml"] = partial(self._xml, sitemaps.news_sitemap(recent), recent[0].published)
        return routes

    @staticmethod
    def _xml(xml: str, modified: datetime, chrome: pages.Chrome) -> _Page:
        return _Page(xml.encode(), XML, modified)

    # Changes between crawls.

    def _advance(self) -> Random:
        """Move the clock on and give the change its own random numbers."""
        self._changes += 1
        r = generate.rng(self.seed, "change", self._changes)
        self.clock += timedelta(minutes=r.randint(17, 173), seconds=r.randrange(60))
        return r

    def add_article(self, *, title: str | None = None, paragraphs: Sequence[str] | None = None) -> str:
        """Publish a new post now; returns its slug.  It appears on the home page and archives, in
        the feeds and in the sitemaps."""
        r = self._advance()
        self._last_post_id += r.randint(2, 9)
        taken = {p.slug for p in (*self._posts, *self._private)}
        post = generate.new_post(r, self._last_post_id, self.clock, taken)
        if title is not None:
            post = replace(post, title=title, slug=generate.unique_slug(title, taken))
        if paragraphs is not None:
            post = replace(post, paragraphs=tuple(paragraphs), casualty_sentences=())
        self._posts.append(post)
        self._render(
            {**self._post_routes(post), **self._archive_routes(), **self._feed_routes(), **self._sitemap_routes()},
            at=self.clock,
        )
        return post.slug

    def edit_article(self, slug: str, paragraph: str | None = None) -> None:
        """Append an update paragraph (by default one that raises the death toll) and set
        dateModified: the post's pages, the feeds it is in and its sitemap's lastmod change."""
        post = self._post(slug)
        r = self._advance()
        if paragraph is None:
            sentence, toll = content.update_paragraph(r, post.place, post.event, post.toll, self.clock)
            post = replace(post, paragraphs=(*post.paragraphs, sentence.text), toll=toll,
                           casualty_sentences=(*post.casualty_sentences, sentence))  # fmt: skip
        else:
            post = replace(post, paragraphs=(*post.paragraphs, paragraph))
        post = replace(post, modified=self.clock)
        self._replace(post)
        self._render({**self._post_routes(post), **self._feed_routes(), **self._sitemap_routes()}, at=self.clock)

    def add_comment(
        self, slug: str, parent_id: str | int | None = None, *, author: str | None = None, text: str | None = None
    ) -> str:
        """A reader comments now (replying to ``parent_id``, if given); returns the new comment's
        id.  Only the post's pages and its comments feed change."""
        post = self._post(slug)
        parent: Comment | None = None
        if parent_id is not None:
            depth = {comment.id: depth for comment, depth in thread_order(post.comments)}
            parent = next((c for c in post.comments if c.id == int(parent_id)), None)
            if parent is None or parent.kind != "comment":
                raise KeyError(f"no comment {parent_id} to reply to on {slug!r}")
            if depth[parent.id] >= MAX_DEPTH:
                raise ValueError(f"comment {parent_id} is {MAX_DEPTH} deep: WordPress offers no reply to it")
        r = self._advance()
        self._last_comment_id += r.randint(1, 6)
        name, url, paragraphs, by_author = generate.reader_comment(r, post, parent)
        comment = Comment(
            id=self._last_comment_id,
            parent_id=parent.id if parent else None,
            author=author or name,
            author_url=None if author else url,
            posted=self.clock,
            paragraphs=(text,) if text else paragraphs,
            by_post_author=by_author and author is None,
        )
        post = replace(post, comments=(*post.comments, comment))
        self._replace(post)
        self._render(self._post_routes(post), at=self.clock)
        return str(comment.id)

    # Ground truth.

    def truth(self) -> SiteTruth:
        """What a crawl should find, with URLs on ``base_url``."""
        base = self.base_url
        return SiteTruth(
            base_url=base,
            articles=tuple(self._article_truth(post, base) for post in self._posts),
            disallowed=tuple(base + post.path for post in self._private),
        )

    def _article_truth(self, post: Post, base: str) -> ArticleTruth:
        comments = tuple(
            CommentTruth(
                id=str(placed.comment.id),
                parent_id=None if placed.comment.parent_id is None else str(placed.comment.parent_id),
                author=placed.comment.author,
                author_url=placed.comment.author_url,
                posted=placed.comment.posted,
                kind=placed.comment.kind,
                text="\n\n".join(placed.comment.paragraphs),
                url=f"{base}{self._paging.page_path(post, placed.page)}#comment-{placed.comment.id}",
            )
            for placed in self._paging.placed(post)
        )
        return ArticleTruth(
            url=base + post.path,
            title=post.title,
            published=post.published,
            modified=post.modified,
            author=post.author.name,
            category=post.category.name,
            tags=tuple(tag.name for tag in post.tags),
            paragraphs=post.paragraphs,
            captions=(post.caption,),
            casualty_sentences=post.casualty_sentences,
            comments=comments,
            comment_pages=tuple(base + self._paging.page_path(post, n) for n in range(1, self._paging.count(post) + 1)),
            comments_feed=base + post.feed_path,
        )

    # Serving.

    def fault(
        self, path: str, *, status: int | None = None, retry_after: int | None = None, delay: float = 0.0,
        times: int | None = None,
    ) -> None:  # fmt: skip
        """Make ``path`` (a path or URL) fail with ``status`` or answer ``delay`` seconds late,
        for ``times`` requests (None: until ``clear_faults``)."""
        self._faults[urlsplit(path).path or "/"] = Fault(status, retry_after, delay, times)

    def clear_faults(self) -> None:
        self._faults.clear()

    def _take_fault(self, path: str) -> Fault | None:
        fault = self._faults.get(path)
        if fault is not None and fault.times is not None:
            if fault.times <= 1:
                self._faults.pop(path, None)
            else:
                self._faults[path] = replace(fault, times=fault.times - 1)
        return fault

    def _respond(self, method: str, target: str, headers: Mapping[str, str]) -> Reply:
        reply = self._reply(method, target, headers)
        self.requests.append(RequestRecord(method, target, reply.status, is_conditional(headers)))
        return reply

    def _reply(self, method: str, target: str, headers: Mapping[str, str]) -> Reply:
        path, _, query = target.partition("?")
        fault = self._take_fault(path)
        delay = fault.delay if fault else 0.0
        if fault is not None and fault.status is not None:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            body = self._not_found_resource.body if fault.status == 404 else _ERROR_PAGE
            return Reply(fault.status, header_lines({"Content-Type": HTML, **extra}), body, delay)
        if method not in ("GET", "HEAD"):
            return Reply(405, header_lines({"Allow": "GET, HEAD", "Content-Type": TEXT}), b"Method Not Allowed\n", delay)
        served = self._served
        resource = served.get(path)
        if path == "/" and "p" in (shortlink := parse_qs(query)):
            post = next((p for p in self._posts if str(p.id) == shortlink["p"][0]), None)
            resource, target = None, (post.path if post else "")
        elif resource is None and not path.endswith("/") and path + "/" in served:
            target = path + "/" + (f"?{query}" if query else "")
        else:
            target = ""
        if resource is None:
            if target:
                return Reply(301, header_lines({"Location": f"{self.base_url}{target}", "Content-Type": HTML}), b"", delay)
            return Reply(404, header_lines({"Content-Type": HTML}), self._not_found_resource.body, delay)
        reply = conditional_reply(resource, headers)
        return replace(reply, delay=delay) if delay else reply

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Serve the site on 127.0.0.1 (``port`` 0: a free one); yields the base URL, which every
        absolute URL in the pages then uses."""
        with server.serve(self._respond, port) as base_url:
            self._move_to(base_url)
            self._served = {path: self._resource(page) for path, page in self._pages.items()}
            self._not_found_resource = self._resource(self._not_found)
            try:
                yield base_url
            finally:
                self._served = {}

    def _move_to(self, base_url: str) -> None:
        """Put every stored page on ``base_url``: one copy of the bytes, which the server shares."""
        old, self.base_url = self.base_url, base_url
        for path, page in self._pages.items():
            self._pages[path] = replace(page, body=rebase(page.body, old, base_url))
        self._not_found = replace(self._not_found, body=rebase(self._not_found.body, old, base_url))

    def write_static(self, directory: Path | str, base_url: str) -> None:
        """Write every page as a file (``index.html`` for paths ending in ``/``, ``404.html`` for
        the error page), with absolute URLs on ``base_url``, for a static server to serve."""
        root = Path(directory)
        for path, page in [*self._pages.items(), ("/404.html", self._not_found)]:
            file = root / _file_for(path)
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(rebase(page.body, self.base_url, base_url))
