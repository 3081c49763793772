"""The rolling re-check: each run asks again for a slice of the older threads, oldest check first,
so that every thread is looked at within the site's recheck_days at a bounded cost per run."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crawler.runtime.sites import SiteConfig
from crawler.site_state import KnownArticle, SiteState
from crawler.spiders.visits import SiteVisit
from models import Article, Comment, CrawlRun
from models.db import make_engine
from tests.crawl import crawl_site, write_sites_file
from tests.newssite import NewsSite

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _visit(checked_days_ago: list[float | None], previous_run: timedelta | None, recheck_days: float = 30) -> SiteVisit:
    state = SiteState(previous_run_at=NOW - previous_run if previous_run is not None else None)
    for number, ago in enumerate(checked_days_ago):
        url = f"https://news.example.org/2025/01/story-{number}/"
        state.articles[url] = KnownArticle(
            article_id=number + 1, url=url, published_at=NOW - timedelta(days=400), listed_lastmod=None,
            last_fetched_at=NOW - timedelta(days=400), last_comment_at=None, comments=3, thread_complete=True,
            comments_checked_at=NOW - timedelta(days=ago) if ago is not None else None,
        )  # fmt: skip
    config = SiteConfig(name="news", feeds=("https://news.example.org/feed/",), recheck_days=recheck_days)
    return SiteVisit(config=config, known=state, round="r", live_since=NOW - timedelta(days=7))


def test_a_daily_run_rechecks_a_thirtieth_of_the_older_threads_oldest_check_first() -> None:
    visit = _visit([float(day % 29) for day in range(300)], previous_run=timedelta(days=1))
    chosen = visit.recheck(most=500, now=NOW)
    assert len(chosen) == 10  # 300 threads over 30 days, a day since the previous run
    assert all(a.comments_checked_at == NOW - timedelta(days=28) for a in chosen)


def test_threads_not_checked_for_the_whole_period_are_all_due_up_to_the_bound() -> None:
    visit = _visit([40.0] * 25 + [None] * 5 + [1.0] * 70, previous_run=timedelta(hours=1))
    chosen = visit.recheck(most=500, now=NOW)
    assert len(chosen) == 30 and {a.article_id for a in chosen} == set(range(1, 31))
    assert len(visit.recheck(most=12, now=NOW)) == 12


def test_every_thread_is_rechecked_within_the_period_by_daily_runs() -> None:
    visit = _visit([float(day % 30) for day in range(200)], previous_run=timedelta(days=1))
    checked_on: dict[int, datetime] = {}
    for day in range(31):
        now = NOW + timedelta(days=day)
        for known in visit.recheck(most=500, now=now):
            checked_on[known.article_id] = now
            visit.known.articles[known.url] = replace(known, comments_checked_at=now)
        visit.known.previous_run_at = now
    assert len(checked_on) == 200
    assert max(checked_on.values()) - NOW <= timedelta(days=30)


def test_no_recheck_when_turned_off_or_without_an_earlier_run_and_nothing_due() -> None:
    assert _visit([1.0] * 50, previous_run=timedelta(days=1), recheck_days=0).recheck(most=500, now=NOW) == []
    assert _visit([1.0] * 50, previous_run=None).recheck(most=500, now=NOW) == []


def test_a_new_comment_on_an_old_thread_is_stored_by_the_recheck_and_unchanged_threads_cost_a_304(
    sqlite_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=12, seed=29, max_comments=8)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base, live_days=0, recheck_days=30)
        first = crawl_site(sites, sqlite_url, tmp_path / "jobs")
        assert first.returncode == 0, first.stderr[-3000:]
        old = sorted(site.truth().articles, key=lambda a: a.published)[0]
        new_comment = site.add_comment(old.url.rstrip("/").rsplit("/", 1)[-1])
        long_ago = datetime.now(UTC) - timedelta(days=31)  # as if the last look were a month ago
        engine = make_engine(sqlite_url)
        with Session(engine) as session, session.begin():
            session.execute(update(Article).values(comments_checked_at=long_ago))
            session.execute(update(CrawlRun).values(started_at=long_ago))
        site.requests.clear()
        second = crawl_site(sites, sqlite_url, tmp_path / "jobs")
        assert second.returncode == 0, second.stderr[-3000:]
        with Session(engine) as session:
            articles = {a.url: a for a in session.scalars(select(Article))}
            stored = set(session.scalars(select(Comment.external_id).where(Comment.article_id == articles[old.url].id)))
            rechecked = [a for a in articles.values() if a.comments_checked_at and a.comments_checked_at > long_ago]
        engine.dispose()
    assert new_comment in stored
    assert len(rechecked) == len(articles)  # each thread looked at: read again, or a 304
    article_requests = [r for r in site.requests if urlsplit(r.path).path in {urlsplit(u).path for u in articles}]
    assert len(article_requests) == len(articles)  # one conditional request each, no more
