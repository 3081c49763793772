"""Fields longer than their column: PostgreSQL refuses a string over its VARCHAR length where
SQLite keeps it whole, so values are cut to the column before they are written, and a page whose
metadata overflows is stored on both backends alike."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Article, Comment, Site
from models.db import make_engine
from tests.crawl import fetch

KEYWORDS = ", ".join(["Calendario Stock Car", "Slideshow Página Inicial", "Stock Car", "Corrida do Milhão"] * 6)
LONG_ID = "comment-" + "7f3a9c" * 30  # two ids that share their first 150 characters
PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Shelling hits the old town - The Evening Ledger</title>
<meta property="og:site_name" content="{"The Evening Ledger, news of the valley and beyond " * 6}">
<meta property="article:section" content="{KEYWORDS}">
<meta property="article:published_time" content="2012-05-04T08:00:00+00:00">
<link rel="canonical" href="https://ledger.example.org/2012/05/shelling-hits-the-old-town/">
</head><body><article><h1>Shelling hits the old town</h1>
<p>Four civilians were killed and eleven wounded when shells hit the old town on Thursday, the
provincial health office said.</p>
<p>Residents said the shelling began at dusk and went on for two hours.</p></article>
<section id="comments"><h2>2 comments</h2><ol class="commentlist">
<li class="comment" id="{LONG_ID}a"><div class="comment-author vcard"><cite class="fn">Samir</cite></div>
<div class="comment-meta"><a href="#{LONG_ID}a">May 4, 2012 at 10:12 am</a></div>
<p>My uncle lives two streets from the square. Nobody has heard from him since the evening.</p></li>
<li class="comment" id="{LONG_ID}b"><div class="comment-author vcard"><cite class="fn">Lena</cite></div>
<div class="comment-meta"><a href="#{LONG_ID}b">May 4, 2012 at 11:40 am</a></div>
<p>The council had asked for the market to be closed for days before this happened.</p></li>
</ol></section></body></html>
"""


def test_a_page_whose_metadata_overflows_its_columns_is_stored_on_every_backend(database_url: str, tmp_path: Path) -> None:
    page = tmp_path / "shelling.html"
    page.write_text(PAGE, encoding="utf-8")
    result = fetch(str(page), database=database_url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 stored, 0 failed" in result.stdout
    engine = make_engine(database_url)
    with Session(engine) as session:
        article = session.scalars(select(Article)).one()
        comments = list(session.scalars(select(Comment).order_by(Comment.position)))
        site = session.scalars(select(Site)).one()
    engine.dispose()
    assert article.section is not None and KEYWORDS.startswith(article.section) and len(article.section) == 255
    assert site.name is not None and len(site.name) <= 255
    assert len(comments) == 2
    ids = [comment.external_id for comment in comments]
    assert len(set(ids)) == 2 and all(len(i) <= 128 for i in ids)
    assert "uncle" in comments[0].text
