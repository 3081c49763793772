"""The sites file: the shipped example is valid, and a wrong entry is named before any fetch."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.runtime.sites import EXAMPLE, SitesFileError, load_sites
from tests.crawl import casualties


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, "utf-8")
    return path


def test_the_shipped_example_describes_a_wordpress_news_site() -> None:
    site = load_sites(EXAMPLE)["eaworldview"]
    assert site.feeds == ("https://eaworldview.com/feed/",)
    assert site.sitemaps == ("https://eaworldview.com/sitemap_index.xml",)
    assert site.domains == ("eaworldview.com",)
    assert site.timezone == "Europe/London"


def test_defaults_fill_what_a_site_leaves_out(tmp_path: Path) -> None:
    sites = load_sites(_write(tmp_path, """
[defaults]
comment_refresh_days = 3
max_articles = 200
[[site]]
name = "monitor"
feeds = ["https://monitor.example/feed/"]
[[site]]
name = "daily"
feeds = ["https://daily.example/rss"]
comment_refresh_days = 30
"""))
    assert (sites["monitor"].comment_refresh_days, sites["monitor"].max_articles) == (3, 200)
    assert sites["daily"].comment_refresh_days == 30
    assert sites["monitor"].domains == ("monitor.example",)


def test_every_wrong_field_is_reported_with_its_site_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, """
[[site]]
name = "monitor"
feeds = ["ftp://monitor.example/feed"]
timezone = "Asia/Tehrn"
[[site]]
name = "daily"
feeds = ["https://daily.example/rss"]
article_patterns = ["/news/(["]
[site.rules]
body_selector = "div..story"
""")
    with pytest.raises(SitesFileError) as raised:
        load_sites(path)
    message = str(raised.value)
    assert 'site "monitor", field feeds' in message and "not an http(s) URL" in message
    assert 'site "monitor", field timezone: unknown time zone' in message
    assert 'site "daily", field article_patterns: bad regular expression' in message
    assert 'site "daily", field rules.body_selector: bad CSS selector' in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[site]]\nname = "x"\n', "give at least one of start_urls, feeds, sitemaps"),
        ('[[site]]\nname = "x"\nfeeds = ["https://x.example/feed/"]\nfeed = ["typo"]\n', "field feed: Extra inputs"),
        ('[[site]]\nname = "x"\nfeeds = ["https://a.example/"]\n[[site]]\nname = "x"\nfeeds = ["https://b.example/"]\n',
         "repeated: x"),
        ('[[site]\nname = "x"\n', "not valid TOML"),
    ],
)
def test_structural_mistakes_are_explained(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(SitesFileError, match=expected.replace("(", r"\(").replace("[", r"\[")):
        load_sites(_write(tmp_path, text))


def test_crawl_refuses_a_wrong_sites_file_before_fetching_anything(tmp_path: Path, sqlite_url: str) -> None:
    path = _write(tmp_path, '[[site]]\nname = "monitor"\nfeeds = ["https://monitor.example/feed/"]\nlanguage = 7\n')
    result = casualties("crawl", "--sites-file", str(path), database=sqlite_url)
    assert result.returncode != 0
    assert 'site "monitor", field language' in result.stderr
    assert "Scrapy" not in result.stderr  # stopped before any crawler started


@pytest.mark.parametrize("command", ["crawl", "enqueue"])
def test_a_site_name_not_in_the_sites_file_is_refused_with_the_names_it_has(command: str, tmp_path: Path) -> None:
    path = _write(tmp_path, '[[site]]\nname = "monitor"\nfeeds = ["https://monitor.example/feed/"]\n')
    result = CliRunner().invoke(main, [command, "--site", "montior", "--sites-file", str(path)])
    assert result.exit_code == 1
    assert "no site named montior (it has: monitor)" in result.output
