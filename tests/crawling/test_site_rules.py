"""A site's ``rules`` and ``language`` in the sites file change what a site crawl stores: the same
small French site crawled without and with them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Article, Comment
from models.db import make_engine
from tests.conftest import PAGES
from tests.crawl import crawl_site
from tests.webserver import Reply, Site, serve

ARTICLE = "/2016/03/frappes-idleb/"
RULES = """
[site.rules]
body_selector = ".texte"
comments_selector = "#reactions"
drop_selectors = [".encart-lettre"]
date_selector = ".mise-en-ligne"
"""


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Veilleur</title><link>{base}/</link>
<item><title>Frappes aériennes sur Idleb</title><link>{base}{ARTICLE}</link>
<pubDate>Fri, 04 Mar 2016 17:05:00 +0000</pubDate></item>
</channel></rss>""".encode()


def _sites_file(path: Path, base: str, with_rules: bool) -> Path:
    lines = [
        "[[site]]",
        'name = "veilleur"',
        f'feeds = ["{base}/feed/"]',
        r"article_patterns = ['/\d{4}/\d{2}/[^/]+/$']",
        'timezone = "Europe/Paris"',
    ]
    if with_rules:
        lines.append('language = "fr"')
    path.write_text("\n".join(lines) + "\n" + (RULES if with_rules else ""), "utf-8")
    return path


def _stored(database: str) -> tuple[Article, list[Comment]]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            article = session.scalars(select(Article)).one()
            comments = list(session.scalars(select(Comment).order_by(Comment.position)))
            session.expunge_all()
            return article, comments
    finally:
        engine.dispose()


def test_the_sites_file_rules_and_language_change_what_is_stored(tmp_path: Path) -> None:
    site = Site()
    site.routes[ARTICLE] = Reply((PAGES / "site-rules-article.html").read_bytes())
    stored = {}
    with serve(site):
        site.routes["/feed/"] = Reply(_feed(site.base_url), headers={"Content-Type": "application/rss+xml"})
        for with_rules in (False, True):
            database = f"sqlite:///{tmp_path / f'rules-{with_rules}.db'}"
            sites = _sites_file(tmp_path / f"sites-{with_rules}.toml", site.base_url, with_rules)
            result = crawl_site(sites, database, tmp_path / f"jobs-{with_rules}")
            assert result.returncode == 0, result.stdout + result.stderr
            stored[with_rules] = _stored(database)

    general, general_comments = stored[False]
    assert general.published_day == date(2014, 9, 1)  # the template's published_time
    assert "lettre d'information" in general.body
    assert [c.external_id for c in general_comments] == ["501", "502", "377", "381"]
    assert all(c.posted_at is None for c in general_comments)

    ruled, ruled_comments = stored[True]
    assert ruled.published_day == date(2016, 3, 4) and ruled.published_source == "site-rule"
    assert ruled.body_method == "site-rule"
    assert ruled.body.startswith("Au moins quatorze civils") and "lettre d'information" not in ruled.body
    assert ruled.language == "fr"
    assert [(c.external_id, c.author) for c in ruled_comments] == [("501", "Karim"), ("502", "Sophie L.")]
    assert all(c.posted_at is not None for c in ruled_comments)
