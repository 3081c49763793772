"""Comment threads over several pages and through the WordPress REST API, fetched from a local
server; and more page structures fetched into the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Article, Comment
from models.db import make_engine
from tests.conftest import FIXTURES, PAGES
from tests.crawl import fetch
from tests.webserver import Reply, Site, serve

ORIGIN = "https://www.frontlinedesk.org"
POST = "/2014/03/02/shelling-resumes-on-the-eastern-front-as-talks-stall/"
REST = "/wp-json/wp/v2/comments?post=1187&per_page=100&page={}&orderby=date_gmt&order=asc"


def _page(name: str, base: str) -> Reply:
    return Reply((PAGES / name).read_text("utf-8").replace(ORIGIN, base).encode())


def _json(name: str, base: str, pages: int) -> Reply:
    body = (FIXTURES / "wp-rest" / name).read_text("utf-8").replace(ORIGIN.replace("/", "\\/"), base.replace("/", "\\/"))
    return Reply(body.replace(ORIGIN, base).encode(), headers={"Content-Type": "application/json", "X-WP-TotalPages": str(pages)})


def _theme_site(site: Site, with_rest: bool) -> None:
    base = site.base_url
    site.routes.update({
        POST: _page("comments-twentyten-page-3.html", base),
        POST + "comment-page-3/": _page("comments-twentyten-page-3.html", base),
        POST + "comment-page-2/": _page("comments-twentyten-page-2.html", base),
        POST + "comment-page-1/": _page("comments-twentyten-page-1.html", base),
    })
    if with_rest:
        site.routes[REST.format(1)] = _json("comments-post-1187-page-1.json", base, 2)
        site.routes[REST.format(2)] = _json("comments-post-1187-page-2.json", base, 2)


def _comments(database: str) -> dict[str, Comment]:
    engine = make_engine(database)
    with Session(engine) as session:
        found = {c.external_id: c for c in session.scalars(select(Comment))}
    engine.dispose()
    return found


def _articles(database: str) -> dict[str, Article]:
    engine = make_engine(database)
    with Session(engine) as session:
        found = {a.url: a for a in session.scalars(select(Article))}
    engine.dispose()
    return found


def test_a_thread_over_three_comment_pages_is_stored_whole(sqlite_url: str) -> None:
    site = Site()
    with serve(site):
        _theme_site(site, with_rest=False)  # the REST API answers 404: the HTML pages are read
        result = fetch(site.url(POST), database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert {POST + "comment-page-1/", POST + "comment-page-2/"} <= set(site.requests)
    comments = _comments(sqlite_url)
    assert len(comments) == 13
    assert comments["2043"].parent_external_id == "2041"
    assert comments["2072"].parent_external_id == "2052"  # a reply whose parent is on another page
    assert comments["2072"].parent_id == comments["2052"].id
    assert sum(c.kind == "pingback" for c in comments.values()) == 1


def test_the_rest_api_gives_the_whole_thread_without_the_comment_pages(sqlite_url: str) -> None:
    site = Site()
    with serve(site):
        _theme_site(site, with_rest=True)
        result = fetch(site.url(POST), database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert REST.format(2) in site.requests
    assert not [path for path in site.requests if "comment-page-" in path]
    comments = _comments(sqlite_url)
    assert len(comments) == 13
    assert comments["2072"].parent_external_id == "2052"
    siobhan = next(c for c in comments.values() if c.author == "Siobhan Reilly")
    assert siobhan.posted_at is not None and siobhan.posted_at.isoformat() == "2014-03-03T01:20:12+00:00"


def test_a_broken_rest_api_falls_back_to_the_comment_pages(sqlite_url: str) -> None:
    site = Site()
    with serve(site):
        _theme_site(site, with_rest=True)
        site.routes[REST.format(2)] = Reply(b"<html>Fatal error</html>", headers={"Content-Type": "application/json"})
        result = fetch(site.url(POST), database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert POST + "comment-page-1/" in site.requests
    assert len(_comments(sqlite_url)) == 13


def test_other_structures_are_stored_with_what_they_hold(database_url: str) -> None:
    pages = {
        "disqus": PAGES / "comments-disqus.html",
        "microdata": PAGES / "comments-microdata.html",
        "newsarticle": PAGES / "meta-newsarticle-graph.html",
        "persian": PAGES / "meta-persian-cp1256.html",
    }
    result = fetch(*(str(p) for p in pages.values()), database=database_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "4 stored, 0 failed" in result.stdout
    articles = {a.fetched_url.rsplit("/", 1)[-1]: a for a in _articles(database_url).values()}
    disqus = articles[pages["disqus"].name]
    assert (disqus.comment_provider, disqus.comment_thread_id) == ("disqus", "article-88213")
    assert articles[pages["microdata"].name].comment_markup == "microdata"
    newsarticle = articles[pages["newsarticle"].name]
    assert newsarticle.comment_markup == "none" and len(newsarticle.authors) >= 2
    persian = articles[pages["persian"].name]
    assert persian.language == "fa" and persian.published_day is not None and persian.body
    assert any("\u0600" <= ch <= "\u06ff" for ch in persian.title or "")


def test_a_missing_page_fails_the_run_and_is_logged(sqlite_url: str, tmp_path: Path) -> None:
    site = Site()
    with serve(site):
        result = fetch(site.url("/2015/12/gone/"), str(PAGES / "seed-article.html"), database=sqlite_url)
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "/2015/12/gone/" in result.stdout
    assert "1 stored, 1 failed" in result.stdout
    from models import Fetch

    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        statuses = {f.url.rsplit("/", 2)[-2]: f.status for f in session.scalars(select(Fetch))}
    engine.dispose()
    assert statuses["gone"] == 404


def test_from_file_reports_each_line_that_cannot_be_fetched_and_fetches_the_others(sqlite_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "not-saved.html"
    listing = tmp_path / "pages.txt"
    listing.write_text(
        "\n".join([str(missing), "http://[::1/broken", "ftp://example.org/story.html", str(PAGES / "seed-article.html"),
                   "http:///no-host/", str(PAGES / "comments-disqus.html")]) + "\n",
        "utf-8",
    )  # fmt: skip
    result = fetch("--from-file", str(listing), database=sqlite_url)
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Usage" not in result.stdout + result.stderr
    failures = {line.split(": ", 1)[0].removeprefix("FAIL  "): line.split(": ", 1)[1] for line in result.stdout.splitlines() if line.startswith("FAIL")}
    assert failures == {
        str(missing): "no such file",
        "http://[::1/broken": failures["http://[::1/broken"],
        "ftp://example.org/story.html": "only http, https and file URLs or local paths are fetched",
        "http:///no-host/": "a URL without a host",
    }
    assert failures["http://[::1/broken"].startswith("not a valid URL")
    assert "2 stored, 4 failed" in result.stdout
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 2
    engine.dispose()


def test_a_relative_rest_api_link_is_resolved_against_the_site_root_not_the_page_folder(sqlite_url: str) -> None:
    site = Site()
    with serve(site):
        _theme_site(site, with_rest=True)
        route = site.routes[POST]
        assert isinstance(route, Reply)
        page = route.body.decode()
        relative = page.replace(f'href="{site.base_url}/wp-json/"', 'href="../../../wp-json/index.json"')
        assert relative != page
        site.routes[POST] = Reply(relative.encode())
        result = fetch(site.url(POST), database=sqlite_url)
    assert result.returncode == 0, result.stderr[-2000:]
    assert REST.format(1) in site.requests and REST.format(2) in site.requests
    assert not [path for path in site.requests if "index.json" in path or (path.startswith("/2014/") and "wp-json" in path)]
    assert len(_comments(sqlite_url)) == 13
