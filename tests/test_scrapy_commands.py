"""Scrapy's own commands keep working on the project: parse, check, list, crawl site."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PAGES
from tests.crawl import FAST, scrapy, write_sites_file
from tests.crawling.test_faults import _count
from tests.newssite import NewsSite

SEED = PAGES / "seed-article.html"


def test_scrapy_parse_shows_the_article_item_of_a_page(sqlite_url: str) -> None:
    result = scrapy("parse", "--spider=article", "-c", "parse_article", SEED.as_uri(), "--nolog", database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Scraped Items" in result.stdout
    assert "'title': 'Iran Daily, Dec 1" in result.stdout
    assert "'parent_id': '417735'" in result.stdout


def test_scrapy_list_and_check_run(sqlite_url: str) -> None:
    listed = scrapy("list", database=sqlite_url)
    assert listed.stdout.split() == ["article", "site", "worker"]
    checked = scrapy("check", database=sqlite_url)
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert "Ran 3 contracts" in checked.stderr and "\nOK" in checked.stderr, checked.stderr[-2000:]


def test_scrapy_crawl_site_runs_a_site_of_the_sites_file(sqlite_url: str, tmp_path: Path) -> None:
    site = NewsSite(articles=4, seed=2, max_comments=2, private_articles=0)
    with site.serve() as base:
        sites = write_sites_file(tmp_path / "sites.toml", base)
        result = scrapy("crawl", "site", "-a", "site=fixture", "-a", f"sites_file={sites}", *FAST, database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    from models import Article

    assert _count(sqlite_url, Article) == 4
