"""``casualties fetch`` against a hostile server: every input stored right or refused with its
reason in ``fetches`` and in the run record; no crash, no partial article, a summary that says
what happened to each."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.understand.html import clean_text
from models import Article, Comment, CrawlRun, Fetch
from models.db import make_engine
from tests.crawl import fetch
from tests.hostile.server import HostileServer
from tests.hostile.sites import hostile_routes

pytestmark = pytest.mark.slow

# Short limits, so that the stalling server costs seconds, not minutes.
LIMITS = ("-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_AFTER_MAX=5")


def _stored(database: str) -> tuple[dict[str, Article], dict[int, list[Comment]], list[Fetch], list[CrawlRun]]:
    engine = make_engine(database)
    with Session(engine) as session:
        articles = {a.fetched_url: a for a in session.scalars(select(Article))}
        comments: dict[int, list[Comment]] = {}
        for comment in session.scalars(select(Comment).order_by(Comment.position)):
            comments.setdefault(comment.article_id, []).append(comment)
        fetches = list(session.scalars(select(Fetch).order_by(Fetch.id)))
        runs = list(session.scalars(select(CrawlRun)))
    engine.dispose()
    return articles, comments, fetches, runs


def test_every_hostile_input_is_stored_right_or_refused_with_its_reason(database_url: str) -> None:
    routes, outcomes = hostile_routes()
    server = HostileServer(routes)
    with server.serve() as base:
        result = fetch(*(base + path for path in outcomes), database=database_url, extra=LIMITS)
    articles, comments, fetches, runs = _stored(database_url)

    assert result.returncode == 1, result.stderr[-3000:]  # some pages failed: said by the exit code
    assert "Traceback" not in result.stdout
    by_url = {f.url: f for f in fetches}  # the last attempt at each URL
    for path, outcome in outcomes.items():
        url = base + path
        if outcome.kind is None:
            article = articles.get(url)
            assert article is not None, (path, by_url.get(url) and by_url[url].error)
            assert outcome.title is None or article.title == outcome.title, path
            assert outcome.comments is None or len(comments.get(article.id, [])) == outcome.comments, path
            assert f"FAIL  {url}" not in result.stdout
        else:
            assert url not in articles, path  # never a partial article
            logged = by_url.get(base + (outcome.at or path))
            assert logged is not None and logged.error_kind == outcome.kind and logged.error, (path, logged and logged.error_kind)
            shown = "SKIP" if outcome.kind == "robots.txt" else "FAIL"
            assert f"{shown}  {base}{outcome.at or path}: " in result.stdout, path

    # The run record counts every refusal by its kind, as the fetch log has them.
    (run,) = runs
    counted = Counter(f.error_kind for f in fetches if f.error_kind and not f.error_kind.startswith("parse:"))
    counted["skipped:robots.txt"] = counted.pop("robots.txt")
    assert run.errors_by_kind == {**dict(counted), "parse:UnreadablePage": 1}
    assert run.articles_new == sum(1 for o in outcomes.values() if o.kind is None)
    stored, failed = result.stdout.splitlines()[-1].split(", ")[0], result.stdout.splitlines()[-1]
    assert stored == f"{run.articles_new} stored"
    assert "1 skipped" in failed and "why: " in result.stdout

    # What was stored is text, and only text.
    for article in articles.values():
        for text in (article.title or "", article.body, *article.authors, *(c.text for c in comments.get(article.id, []))):
            assert clean_text(text) == text
    injected = [c.text for c in comments[articles[base + "/script-injection/"].id]]
    assert injected == ["Nice try <script>alert(document.cookie)</script> <img src=x onerror=alert(1)>", "Got through: bold words."]
    chain = comments[articles[base + "/reply-chain/"].id]
    assert max(c.depth for c in chain) == 999
    assert sum(1 for c in chain if c.parent_id is not None) == 999
    assert str(articles[base + "/persian-digits/"].published_day) == "2024-05-07"
    assert articles[base + "/no-date/"].published_at is None
    future = articles[base + "/future-date/"].published_at
    assert future is None or future.year < 2031  # a date after the fetch is not the page's
    assert "\x1b" not in result.stdout  # no escape sequence reaches the terminal
    assert "/private/briefing/" not in server.requests  # robots.txt obeyed
    assert not any(path.startswith(("/etc", "data:")) for path in server.requests)


def test_a_thread_of_ten_thousand_comments_is_stored_whole(database_url: str, tmp_path: Path) -> None:
    from tests.hostile import corpus
    from tests.hostile.server import Answer

    thread = corpus.long_thread(10_000)
    server = HostileServer({"/long-thread/": Answer(corpus.article_page(slug="long-thread", thread=thread).encode())})
    with server.serve() as base:
        result = fetch(base + "/long-thread/", database=database_url)
    assert result.returncode == 0, result.stderr[-3000:]
    articles, comments, _, _ = _stored(database_url)
    (article,) = articles.values()
    stored = comments[article.id]
    assert len(stored) == 10_000
    assert {(c.external_id, c.parent_external_id) for c in stored} == {
        (str(r.id), str(r.parent) if r.parent else None) for r in thread
    }
    assert "10000 comments" in result.stdout
