"""Every cookbook query gives the rows the cookbook promises, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from crawler.analysis.cookbook import Recipe, parse_recipes, recipes
from crawler.analysis.formats import plain_rows
from models.read_only import read_only_engine, run_query
from tests.analysis.conftest import LoadedDatabase
from tests.newssite import ArticleTruth, SiteTruth
from tests.newssite.content import SITE_NAME

Row = dict[str, Any]


def _outlet_coverage(site: SiteTruth, rows: list[Row]) -> list[Row]:
    days = [article.published.date().isoformat() for article in site.articles]
    ours = {
        "domain": "127.0.0.1",
        "articles": len(site.articles),
        "comments": sum(len(article.comments) for article in site.articles),
        "first_day": min(days),
        "last_day": max(days),
    }
    others = [row for row in rows if row["domain"] != ours["domain"]]
    return sorted([*others, ours], key=lambda row: (-row["articles"], row["domain"]))


def _threads(article: ArticleTruth) -> list[Row]:
    parents = {comment.id: comment.parent_id for comment in article.comments}
    authors = {comment.id: comment.author for comment in article.comments}

    def ancestry(comment_id: str) -> list[str]:
        chain = [comment_id]
        while (parent := parents.get(chain[-1])) is not None:
            chain.append(parent)
        return chain

    threads: dict[str, Row] = {}
    for comment in article.comments:
        chain = ancestry(comment.id)
        root = chain[-1]
        thread = threads.setdefault(
            root,
            {"site_name": SITE_NAME, "article_title": article.title, "first_comment": root,
             "started_by": authors[root], "depth": 0, "comments": 0},
        )  # fmt: skip
        thread["depth"] = max(thread["depth"], len(chain) - 1)
        thread["comments"] += 1
    return list(threads.values())


def _deepest_threads(site: SiteTruth, rows: list[Row]) -> list[Row]:
    others = [row for row in rows if row["site_name"] != SITE_NAME]
    threads = [*others, *(thread for article in site.articles for thread in _threads(article))]
    return sorted(threads, key=lambda row: (-row["depth"], -row["comments"], row["first_comment"]))[:5]


# Recipes whose rows include the fixture news site's: the cookbook's rows for the site must be
# what the site serves (the rest are the cookbook's own).
SITE_ROWS: dict[str, Callable[[SiteTruth, list[Row]], list[Row]]] = {
    "outlet-coverage": _outlet_coverage,
    "deepest-comment-threads": _deepest_threads,
}


@pytest.mark.slow
@pytest.mark.parametrize("entry", recipes(), ids=lambda entry: entry.name)
def test_cookbook_query_gives_the_expected_rows(loaded: LoadedDatabase, entry: Recipe) -> None:
    engine = read_only_engine(loaded.url)
    try:
        rows = plain_rows(run_query(engine, entry.sql))
    finally:
        engine.dispose()
    assert rows == entry.expected
    if entry.site_rows:
        assert entry.expected == SITE_ROWS[entry.name](loaded.site, entry.expected)


def test_the_cookbook_has_at_least_ten_recipes_each_with_rows() -> None:
    assert len(recipes()) >= 10
    assert all(entry.expected for entry in recipes())
    assert {entry.name for entry in recipes() if entry.site_rows} == set(SITE_ROWS)


def test_recipe_names_must_not_repeat() -> None:
    entry = '[[recipe]]\nname = "a"\ntitle = "t"\nquestion = "q"\nsql = "SELECT 1"\nexpected = "[]"\n'
    with pytest.raises(ValueError, match="repeat"):
        parse_recipes(entry + entry)
