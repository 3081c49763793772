"""What the database knows of a site before a crawl: its articles, and validators of its URLs.

Loaded once when a site crawl opens, as plain data, so the spider decides what to fetch without
querying the database per URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from models.articles import Article, Comment, Site
from models.db import database_url, ensure_schema, make_engine
from models.runs import CrawlRun, UrlState

REFUSAL_KEPT = timedelta(days=30)  # a refused URL is tried again after this long


@dataclass(frozen=True, slots=True)
class KnownArticle:
    article_id: int
    url: str
    published_at: datetime | None
    listed_lastmod: datetime | None
    last_fetched_at: datetime
    last_comment_at: datetime | None
    comments: int  # comments stored, pingbacks included (as WordPress counts them in feeds)
    thread_complete: bool  # False: a comment page failed when it was last read
    comments_checked_at: datetime | None = None  # when its thread was last looked at (read or a 304)

    def live(self, since: datetime) -> bool:
        """Whether its thread may still grow: published, or last commented on, since ``since``."""
        latest = max((d for d in (self.published_at, self.last_comment_at) if d), default=None)
        return latest is not None and latest >= since


@dataclass(frozen=True, slots=True)
class Validators:
    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    article_id: int | None


@dataclass(slots=True)
class SiteState:
    articles: dict[str, KnownArticle] = field(default_factory=dict)  # by canonical URL
    validators: dict[str, Validators] = field(default_factory=dict)  # by URL
    comment_ids: dict[int, set[str]] = field(default_factory=dict)  # of live articles, by article id
    refused: set[str] = field(default_factory=set)  # article URLs the site refused (robots.txt, 4xx)
    previous_run_at: datetime | None = None  # when the site's latest earlier run started

    def comment_feed_of(self, article_id: int) -> str | None:
        return next(
            (v.url for v in self.validators.values() if v.kind == "comment-feed" and v.article_id == article_id),
            None,
        )


def load_site_state(url: str | None, domains: tuple[str, ...], live_since: datetime, site: str | None = None) -> SiteState:
    """Articles stored for these domains, the validators of their URLs, and the comment ids of
    threads live since ``live_since`` (the database is brought to the newest schema first: a
    site's first crawl may be the database's first use)."""
    engine = make_engine(database_url(url))
    try:
        ensure_schema(engine)
        return _read_state(engine, domains, live_since, site)
    finally:
        engine.dispose()


def _read_state(engine: Engine, domains: tuple[str, ...], live_since: datetime, site: str | None = None) -> SiteState:
    bare = [d.lower().removeprefix("www.") for d in domains]
    state = SiteState()
    with Session(engine) as session:
        comments = select(Comment.article_id, func.count().label("n")).group_by(Comment.article_id).subquery()
        rows = session.execute(
            select(
                Article.id.label("article_id"),
                Article.url,
                Article.published_at,
                Article.listed_lastmod,
                Article.last_fetched_at,
                Article.last_comment_at,
                func.coalesce(comments.c.n, 0).label("comments"),
                Article.thread_complete,
                Article.comments_checked_at,
            )
            .join(Site, Site.id == Article.site_id)
            .outerjoin(comments, comments.c.article_id == Article.id)
            .where(Site.domain.in_(bare))
        )
        for row in rows.mappings():  # columns named as KnownArticle's fields
            state.articles[row["url"]] = KnownArticle(**row)
        hosts = [host for d in bare for host in (d, f"www.{d}")]
        on_site = or_(*(UrlState.url.like(f"%://{host}{end}%") for host in hosts for end in ("/", ":")))
        for row in session.scalars(select(UrlState).where(on_site)):
            if row.kind == "refused":
                if row.checked_at >= live_since - REFUSAL_KEPT:
                    state.refused.add(row.url)
            else:
                state.validators[row.url] = Validators(row.url, row.kind, row.etag, row.last_modified, row.article_id)
        live = [a.article_id for a in state.articles.values() if a.live(live_since)]
        for article_id, external_id in session.execute(
            select(Comment.article_id, Comment.external_id).where(Comment.article_id.in_(live))
        ):
            state.comment_ids.setdefault(article_id, set()).add(external_id)
        if site is not None:
            # Runs that started a minute ago or more: not this run's own row (a worker writes it first).
            earlier = datetime.now(UTC) - timedelta(minutes=1)
            state.previous_run_at = session.scalar(
                select(func.max(CrawlRun.started_at)).where(CrawlRun.site == site, CrawlRun.started_at < earlier)
            )
    return state
