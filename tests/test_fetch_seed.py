"""Acceptance: the seed article fetched from a saved WordPress page into the database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Article, Comment
from models.db import make_engine
from tests.conftest import PAGES
from tests.crawl import FAST, fetch, scrapy

SEED = PAGES / "seed-article.html"
TITLE = "Iran Daily, Dec 1: Surge in Iranian Deaths in Syria — But Where’s General Soleimani?"


def _thread(database: str) -> tuple[list[Article], list[Comment]]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            articles = list(session.scalars(select(Article)))
            comments = list(session.scalars(select(Comment).order_by(Comment.position)))
            return articles, comments
    finally:
        engine.dispose()


def test_fetching_the_seed_twice_stores_one_article_and_five_comments_with_their_parents(database_url: str) -> None:
    first = fetch(str(SEED), database=database_url)
    assert first.returncode == 0, first.stderr
    second = fetch(str(SEED), database=database_url)
    assert second.returncode == 0, second.stderr
    assert "(unchanged)" in second.stdout and "(0 new)" in second.stdout

    articles, comments = _thread(database_url)
    assert len(articles) == 1
    article = articles[0]
    assert article.title == TITLE
    assert article.url == "https://eaworldview.com/2015/12/iran-daily-dec-1-surge-in-iranian-deaths-in-syria-but-wheres-general-soleimani/"
    assert article.published_day == date(2015, 12, 1)
    assert article.body.startswith("The deaths of Iranian troops in Syria’s conflict have surged again")
    assert article.body.endswith("Nazar Zaka have been detained.")
    assert article.captions == ["PHOTO: The image of General Qassem Soleimani in Revolutionary Guards outlet Fars News"]
    for boilerplate in ("Related Posts", "Leave a Comment", "Share this", "countless enemies"):
        assert boilerplate not in article.body

    assert len(comments) == 5
    by_id = {c.external_id: c for c in comments}
    assert {c.external_id: c.parent_external_id for c in comments} == {
        "417735": None,
        "417802": "417735",
        "417756": None,
        "417790": "417756",
        "417911": None,
    }
    assert by_id["417802"].parent_id == by_id["417735"].id
    assert by_id["417790"].parent_id == by_id["417756"].id
    assert by_id["417790"].text.endswith("Don’t forget that.")
    assert by_id["417911"].text.startswith("Suleimanis work:")
    assert "22 killed shia islamist" in by_id["417911"].text


def test_the_run_summary_names_the_page_its_date_and_its_thread(sqlite_url: str) -> None:
    result = fetch(str(SEED), database=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert TITLE in result.stdout
    assert "published 2015-12-01; 5 comments in 3 threads (5 new)" in result.stdout
    assert "1 stored, 0 failed" in result.stdout


def _export(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_export_has_one_object_per_article_with_its_comment_thread(sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "items.jsonl"
    result = fetch(str(SEED), database=sqlite_url, extra=("-O", str(out)))
    assert result.returncode == 0, result.stderr
    [item] = _export(out)
    assert item["title"] == TITLE
    assert item["published_at"] == "2015-12-01T08:45:12+00:00"
    assert item["authors"] == ["Scott Lucas"]
    assert isinstance(item["body"], str) and item["body"].startswith("The deaths of Iranian troops")
    comments = item["comments"]
    assert isinstance(comments, list) and len(comments) == 5
    assert {key for key in comments[0]} >= {"id", "parent_id", "author", "posted_at", "text"}
    reply = next(c for c in comments if c["id"] == "417802")
    assert reply["parent_id"] == "417735"
    assert reply["author"] == "PersianWatcher"
    assert reply["posted_at"] == "2015-12-01T13:02:09+00:00"


def test_scrapy_crawl_article_exports_what_casualties_fetch_exports(sqlite_url: str, tmp_path: Path) -> None:
    ours, theirs = tmp_path / "fetch.jsonl", tmp_path / "crawl.jsonl"
    assert fetch(str(SEED), database=sqlite_url, extra=("-O", str(ours))).returncode == 0
    result = scrapy("crawl", "article", "-a", f"url={SEED}", *FAST, "-O", str(theirs), database=sqlite_url)
    assert result.returncode == 0, result.stderr
    [a], [b] = _export(ours), _export(theirs)
    a.pop("fetched_at"), b.pop("fetched_at")
    assert a == b
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1
    engine.dispose()


CLASSIC = PAGES / "seed-wordpress-classic.html"


def test_the_seed_in_a_classic_wordpress_theme_gives_the_bare_title_the_body_and_the_thread(sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "items.jsonl"
    result = fetch(str(CLASSIC), database=sqlite_url, extra=("-O", str(out)))
    assert result.returncode == 0, result.stderr
    [item] = _export(out)
    assert item["title"] == TITLE
    assert item["url"] == "https://eaworldview.com/2015/12/iran-daily-dec-1-surge-in-iranian-deaths-in-syria-but-wheres-general-soleimani/"
    assert item["authors"] == ["Scott Lucas"]
    assert isinstance(item["body"], str) and item["body"].startswith("The deaths of Iranian troops")
    assert item["body"].endswith("Nazar Zaka have been detained.")
    comments = item["comments"]
    assert isinstance(comments, list)
    assert [(c["id"], c["parent_id"], c["author"]) for c in comments] == [
        ("417735", None, "Amir K."),
        ("417802", "417735", "PersianWatcher"),
        ("417756", None, "Sam"),
        ("417790", "417756", "Klaus Weber"),
        ("417911", None, "Fritz"),
    ]
