"""Reading what the database knows of a site before a crawl (``crawler.site_state``'s records)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from crawler.items import UrlValidators
from crawler.site_state import KnownArticle, SiteState
from models.articles import Article, Comment, Site
from models.db import engine_for, ensure_schema
from models.runs import CrawlRun, UrlState

REFUSAL_KEPT = timedelta(days=30)  # a refused URL is tried again after this long


def load_site_state(url: str | None, domains: tuple[str, ...], live_since: datetime, site: str | None = None) -> SiteState:
    """Articles stored for these domains, the validators of their URLs, and the comment ids of
    threads live since ``live_since`` (the database is brought to the newest schema first: a
    site's first crawl may be the database's first use)."""
    engine = engine_for(url)
    ensure_schema(engine)
    return _read_state(engine, domains, live_since, site)


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
        for found in session.scalars(select(UrlState).where(on_site)):
            if found.kind == "refused":
                if found.checked_at >= live_since - REFUSAL_KEPT:
                    state.refused.add(found.url)
                continue
            state.validators[found.url] = UrlValidators(found.url, found.kind, found.etag, found.last_modified, found.content_hash)
            if found.kind == "comment-feed" and found.article_id is not None:
                state.comment_feeds.setdefault(found.article_id, found.url)
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
            latest = select(CrawlRun.status).where(CrawlRun.site == site).order_by(CrawlRun.id.desc()).limit(1)
            state.catching_up = session.scalar(latest) not in (None, "finished")
    return state
