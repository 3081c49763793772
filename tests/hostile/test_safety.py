"""Safety: only http, https and named local files are read; no page leads the crawler to a local
file or off a site's domains; every download has a size limit; ``casualties sql`` cannot write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from crawler.cli import main
from crawler.spiders.ad_hoc import UnsupportedURL, as_fetchable_url
from models import Article, Comment, Fetch, Site
from models.db import ensure_schema, make_engine
from tests.crawl import crawl_site, fetch
from tests.hostile import corpus
from tests.hostile.server import HTML, Answer, HostileServer


@pytest.mark.parametrize(
    "target", ["ftp://example.org/story.html", "javascript:alert(1)", "data:text/html,<h1>x</h1>", "gopher://example.org/", "/dev/zero"]
)
def test_only_http_https_and_local_files_are_fetched(target: str) -> None:
    with pytest.raises(UnsupportedURL):
        as_fetchable_url(target)


def test_a_url_carrying_a_password_is_refused_without_repeating_it() -> None:
    with pytest.raises(UnsupportedURL, match="credentials come from the environment") as refused:
        as_fetchable_url("https://editor:Swordfish42@frontline.example.org/2024/05/idlib-market/")
    assert "Swordfish42" not in str(refused.value)


@pytest.mark.parametrize(
    ("command", "arguments"), [("sql", ["SELECT 1"]), ("runs", []), ("db upgrade", []), ("fetch", ["story.html"])]
)
def test_a_database_password_on_the_command_line_is_refused_without_repeating_it(
    command: str, arguments: list[str]
) -> None:
    url = "postgresql+psycopg://analyst:Swordfish42@127.0.0.1:9/casualties"
    result = CliRunner().invoke(main, [*command.split(), "--database", url, *arguments])
    assert result.exit_code == 2
    assert "PGPASSWORD" in result.output and "Swordfish42" not in result.output


def _fetches(database: str) -> list[Fetch]:
    engine = make_engine(database)
    with Session(engine) as session:
        found = list(session.scalars(select(Fetch).order_by(Fetch.id)))
    engine.dispose()
    return found


def _thread_links(page_url: str, elsewhere: str) -> str:
    """A comment navigation and REST API link pointing at ``elsewhere``, as a hostile page offers them."""
    return (
        f'<nav class="comment-navigation"><div class="nav-previous"><a href="{page_url}?cpage=2#comments">Older Comments</a></div>'
        f'<div class="nav-next"><a href="{elsewhere}?cpage=3">Newer Comments</a></div></nav>'
    )


@pytest.mark.slow
def test_a_page_never_leads_the_crawler_to_a_local_file(sqlite_url: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(corpus.article_page(slug="secret", title="Secret"), "utf-8")
    saved = tmp_path / "story" / "index.html"
    saved.parent.mkdir()
    saved_url = saved.as_uri()
    saved.write_text(
        corpus.article_page(
            slug="saved",
            head_extra=f'<link rel="https://api.w.org/" href="{secret.as_uri()}?rest_route=/"><link rel="shortlink" href="{saved_url}?p=42">',
            body_extra=_thread_links(saved_url, secret.as_uri()),
        ),
        "utf-8",
    )
    big = tmp_path / "big.html"
    big.write_text(corpus.article_page(slug="big", body_extra="<p>padding</p>" * 20_000), "utf-8")
    server = HostileServer()
    server.routes["/story/"] = Answer(corpus.article_page(
        slug="remote", body_extra=_thread_links("file://127.0.0.1/story/", secret.as_uri()),
        head_extra=f'<link rel="https://api.w.org/" href="{secret.as_uri()}">',
    ).encode())  # fmt: skip
    with server.serve() as base:
        result = fetch(
            str(saved), "file:///dev/zero", tmp_path.as_uri() + "/", str(big), base + "/story/",
            database=sqlite_url, extra=("-s", "DOWNLOAD_MAXSIZE=100000"),
        )  # fmt: skip
    fetched = {f.url: f for f in _fetches(sqlite_url)}
    assert not any(url.startswith(secret.as_uri()) for url in fetched)  # never read, never tried
    assert fetched[saved_url].status == 200 and fetched[saved_url].error_kind is None
    assert fetched["file:///dev/zero"].error_kind == "local-file"
    assert fetched[tmp_path.as_uri() + "/"].error_kind == "local-file"
    assert fetched[big.as_uri()].error_kind == "too-large"
    assert {url for url in fetched if url.startswith("file:")} == {saved_url, "file:///dev/zero", tmp_path.as_uri() + "/", big.as_uri()}
    assert "2 stored" in result.stdout and result.returncode == 1


def _site_toml(path: Path, base: str) -> Path:
    path.write_text(
        "[[site]]\nname = \"hostile\"\n"
        f'start_urls = ["{base}/"]\nsitemaps = ["{base}/sitemap.xml"]\n'
        "article_patterns = ['/\\d{4}/\\d{2}/[^/]+/$']\ncomment_refresh_days = 0\n",
        "utf-8",
    )
    return path


@pytest.mark.slow
def test_a_site_crawl_never_leaves_the_sites_domains(sqlite_url: str, tmp_path: Path) -> None:
    elsewhere = HostileServer({"/2024/05/offsite-story/": Answer(corpus.article_page(slug="offsite").encode())})
    site = HostileServer()
    with elsewhere.serve() as other, site.serve() as base:
        other = other.replace("127.0.0.1", "localhost")  # the same machine, another host name
        home = f"{base}/2024/05/home-story/"
        links = [home, f"{other}/2024/05/offsite-story/", "file:///var/2024/05/local-story/", f"{base}/2024/05/redirected/"]
        site.routes.update({
            "/robots.txt": Answer(b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}),
            "/": Answer(("<html><body><main>" + "".join(f'<article><h2><a href="{u}">Story</a></h2></article>' for u in links)
                         + "</main></body></html>").encode()),
            "/sitemap.xml": Answer(
                ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 + "".join(f"<url><loc>{u}</loc></url>" for u in links) + "</urlset>").encode(),
                headers={"Content-Type": "application/xml"},
            ),
            "/2024/05/home-story/": Answer(corpus.article_page(
                slug="home-story", body_extra=_thread_links(home, f"{other}/2024/05/home-story/"),
                head_extra=f'<link rel="https://api.w.org/" href="{other}/wp-json/"><link rel="shortlink" href="{base}/?p=7">',
            ).encode()),
            "/2024/05/redirected/": Answer(b"", status=302, headers={"Location": f"{other}/2024/05/offsite-story/", "Content-Type": HTML}),
        })  # fmt: skip
        result = crawl_site(_site_toml(tmp_path / "sites.toml", base), sqlite_url, tmp_path / "jobs")
    assert result.returncode == 0, result.stderr[-3000:]
    assert elsewhere.requests == []
    fetched = _fetches(sqlite_url)
    refused = {(f.url, f.error_kind) for f in fetched if f.error_kind}
    assert (f"{other}/2024/05/offsite-story/", "offsite") in refused
    assert not [f for f in fetched if f.url.startswith("file:") and f.error_kind != "local-file"]  # never read
    assert (f"{base}/2024/05/redirected/", None) in {(f.url, f.error_kind) for f in fetched}  # whose redirect was refused
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        assert list(session.scalars(select(Article.fetched_url))) == [home]
    engine.dispose()
    assert "failed or rejected" in result.stdout and "offsite" in result.stdout


# ---------------------------------------------------------------------------- casualties sql
WRITES = [
    "DELETE FROM sites",
    "  delete from sites  ",
    "/* harmless */ UPDATE sites SET name = 'x'",
    "SELECT 1; DROP TABLE sites",
    "WITH gone AS (DELETE FROM sites RETURNING id) SELECT * FROM gone",
    "EXPLAIN ANALYZE DELETE FROM sites",
    "CREATE TEMP TABLE t AS SELECT * FROM sites",
    "PRAGMA writable_schema = 1",
    "ATTACH DATABASE 'elsewhere.db' AS elsewhere",
    "VACUUM INTO 'copy.db'",
    "SELECT set_config('default_transaction_read_only', 'off', false), (SELECT count(*) FROM sites)",
    "COPY sites TO PROGRAM 'true'",
]


def test_casualties_sql_cannot_write_however_the_query_is_dressed(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    engine = make_engine(database_url)
    ensure_schema(engine)
    with Session(engine) as session, session.begin():
        session.add(Site(domain="frontline.example.org", name="Frontline Desk"))
    tables = sorted(inspect(engine).get_table_names())
    for query in WRITES:
        result = CliRunner().invoke(main, ["sql", "--database", database_url, query])
        if result.exit_code == 0:  # it ran: then it only read
            assert "frontline" in result.stdout or "1" in result.stdout, query
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Site)) == 1
        assert session.scalar(select(Site.name)) == "Frontline Desk"
    assert sorted(inspect(engine).get_table_names()) == tables
    assert not (tmp_path / "elsewhere.db").exists() and not (tmp_path / "copy.db").exists()
    engine.dispose()


def test_stored_comment_text_comes_back_from_casualties_sql_as_text(database_url: str) -> None:
    engine = make_engine(database_url)
    ensure_schema(engine)
    typed = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>"
    with Session(engine) as session, session.begin():
        site = Site(domain="frontline.example.org")
        article = Article(site=site, url="https://frontline.example.org/a/", fetched_url="https://frontline.example.org/a/", content_hash="x")
        session.add(Comment(article=article, external_id="1", text=typed, content_hash="y"))
    engine.dispose()
    result = CliRunner().invoke(main, ["sql", "--database", database_url, "--format", "json", "SELECT text FROM comments"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{"text": typed}]
