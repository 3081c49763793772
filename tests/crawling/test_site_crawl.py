"""Acceptance: scheduled crawls of a local news site stay current with little traffic.

The fixture site (tests/newssite) has 48 articles over listing pages, a feed, a sitemap index,
comment threads (paginated ones among them), robots.txt rules, and validators on everything.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Article, Comment, CrawlRun
from models.db import make_engine
from tests.crawl import crawl_site, write_sites_file
from tests.newssite import NewsSite, SiteTruth

LIVE_THREADS = 3


def _slug(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


def _live_days(truth: SiteTruth) -> float:
    """A refresh window that keeps the newest few threads live, measured from now."""
    newest = sorted(a.published for a in truth.articles)[-LIVE_THREADS]
    return (datetime.now(UTC) - newest).total_seconds() / 86400 + 0.01


def _stored(database: str) -> tuple[dict[str, Article], dict[str, list[Comment]], list[CrawlRun]]:
    engine = make_engine(database)
    with Session(engine) as session:
        articles = {a.url: a for a in session.scalars(select(Article))}
        by_id = {a.id: url for url, a in articles.items()}
        comments: dict[str, list[Comment]] = {}
        for comment in session.scalars(select(Comment).order_by(Comment.position)):
            comments.setdefault(by_id[comment.article_id], []).append(comment)
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    engine.dispose()
    return articles, comments, runs


def _assert_matches(truth: SiteTruth, database: str) -> None:
    """Every article and comment of the site stored once, with the right parents."""
    articles, comments, _ = _stored(database)
    assert sorted(articles) == sorted(a.url for a in truth.articles)
    for expected in truth.articles:
        stored = comments.get(expected.url, [])
        assert Counter(c.external_id for c in stored) == Counter(c.id for c in expected.comments), expected.url
        parents = {c.external_id: c.parent_external_id for c in stored}
        assert parents == {c.id: c.parent_id for c in expected.comments}, expected.url


def test_first_run_stores_the_site_the_second_costs_little_the_third_takes_exactly_the_changes(
    database_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=48, seed=7)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base, live_days=_live_days(site.truth()))
        jobs = tmp_path / "jobs"

        first = crawl_site(sites, database_url, jobs)
        assert first.returncode == 0, first.stderr[-3000:]
        first_requests = len(site.requests)
        truth = site.truth()
        assert len(truth.articles) >= 40
        _assert_matches(truth, database_url)
        assert not [r.path for r in site.requests if r.path.startswith("/private/")]  # robots.txt obeyed
        assert any("/comment-page-" in r.path for r in site.requests)  # paginated threads were followed

        site.requests.clear()
        second = crawl_site(sites, database_url, jobs)
        assert second.returncode == 0, second.stderr[-3000:]
        assert len(site.requests) <= 0.10 * first_requests, [r.path for r in site.requests]

        live = sorted(truth.articles, key=lambda a: a.published)[-1]
        edited = sorted(truth.articles, key=lambda a: a.published)[5]
        new_slug = site.add_article()
        site.edit_article(_slug(edited.url))
        new_comment = site.add_comment(_slug(live.url))
        site.requests.clear()
        third = crawl_site(sites, database_url, jobs)
        assert third.returncode == 0, third.stderr[-3000:]

    changed = site.truth()
    _assert_matches(changed, database_url)
    articles, comments, runs = _stored(database_url)
    assert any(_slug(url) == new_slug for url in articles)
    assert articles[edited.url].body.endswith(changed.article(edited.url).paragraphs[-1])
    assert new_comment in {c.external_id for c in comments[live.url]}
    assert [r.status for r in runs] == ["finished"] * 3
    assert (runs[0].articles_new, runs[1].articles_new + runs[1].articles_updated) == (len(truth.articles), 0)
    assert (runs[2].articles_new, runs[2].articles_updated, runs[2].comments_new) == (1, 1, 1)
    assert runs[1].requests <= 0.10 * runs[0].requests


def test_a_site_with_nothing_stored_is_limited_by_count_and_the_next_run_continues(
    sqlite_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=24, seed=3, max_comments=5, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base, max_articles=10)
        counts = []
        for _ in range(3):
            assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
            counts.append(len(_stored(sqlite_url)[0]))
    assert counts == [10, 20, 24]


def test_the_runs_command_lists_the_runs_with_their_figures(sqlite_url: str, tmp_path: Path) -> None:
    from tests.crawl import casualties

    site = NewsSite(articles=6, seed=5, max_comments=4, private_articles=1)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
    listing = casualties("runs", database=sqlite_url)
    assert listing.returncode == 0
    header, row, *rest = listing.stdout.splitlines()
    assert "status" in header and "fixture" in row and "finished" in row
    assert any("skipped:robots.txt 1" in line for line in rest)


def test_crawl_of_one_site_leaves_no_job_directory_behind_when_it_finishes(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=4, seed=9, max_comments=2, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
    assert not (tmp_path / "jobs" / "fixture").exists()
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 4
    engine.dispose()


def test_a_thread_left_incomplete_by_a_failed_comment_page_is_read_again_next_run(
    sqlite_url: str, tmp_path: Path
) -> None:
    site = NewsSite(articles=8, seed=11, private_articles=0)
    with site.serve() as base:
        truth = site.truth()
        paged = max(truth.articles, key=lambda a: len(a.comment_pages))
        article_path = urlsplit(paged.url).path
        older_page = paged.comment_pages[0]  # the oldest comments, linked from the article page
        assert len(paged.comment_pages) > 1 and older_page != paged.url
        sites = write_sites_file(tmp_path / "sites.toml", base)
        site.fault(older_page, status=500)
        crawl_site(sites, sqlite_url, tmp_path / "jobs")
        articles, comments, _ = _stored(sqlite_url)
        assert len(comments[paged.url]) < len(paged.comments)  # what the failure cost
        assert articles[paged.url].thread_complete is False

        site.clear_faults()
        site.requests.clear()
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
        second_run = [r.path for r in site.requests]
        site.requests.clear()
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
        third_run = [r.path for r in site.requests]

    _assert_matches(truth, sqlite_url)
    assert article_path in second_run, "the incomplete thread's article was not read again"
    assert _stored(sqlite_url)[0][paged.url].thread_complete is True
    assert article_path not in third_run  # complete now: left alone


def test_an_article_whose_fetch_failed_is_fetched_by_the_next_run(sqlite_url: str, tmp_path: Path) -> None:
    """The feed, sitemaps and listings that list it answer the next run 304 if their validators
    were kept: they are not, after a failure that may pass."""
    site = NewsSite(articles=8, seed=11, private_articles=0)
    with site.serve() as base:
        truth = site.truth()
        failing = truth.articles[0].url
        sites = write_sites_file(tmp_path / "sites.toml", base)
        site.fault(failing, status=503)
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
        assert failing not in _stored(sqlite_url)[0]

        site.clear_faults()
        assert crawl_site(sites, sqlite_url, tmp_path / "jobs").returncode == 0
    _assert_matches(truth, sqlite_url)
