"""What each figure is within its article is stored with it, so that an analyst's sum of an
article's ``toll`` figures is the toll the article reports, as ``casualties extract --jsonl``
gives it: running totals, restatements, parts and another incident's dead stay out of it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from crawler.extract.document import extract_document
from models import Article, Site
from models.db import upgrade
from models.extraction_store import replace_extraction

REPORT = (
    "An airstrike on a house in Maarat al-Numan killed nine civilians on Tuesday, including four children, "
    "the Syrian Civil Defence said. Six other people were wounded. "
    "In a separate strike on the village of Kafr Nabl, 14 people were killed. "
    "The strikes brought to 212 the number of civilians killed in the province since January."
)


def test_an_articles_toll_figures_add_up_to_its_toll_and_the_others_say_what_they_are(engine: Engine) -> None:
    upgrade(engine)
    extraction = extract_document(REPORT, date(2019, 5, 15))
    with Session(engine) as session, session.begin():
        site = Site(domain="monitor.example")
        session.add(site)
        session.flush()
        article = Article(site_id=site.id, url="https://monitor.example/a", fetched_url="https://monitor.example/a", content_hash="a")
        session.add(article)
        session.flush()
        replace_extraction(session, article.id, None, extraction)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT count, outcome, figure FROM tally_reports ORDER BY tally_id")).all()
        toll = connection.execute(
            text("SELECT SUM(COALESCE(count_max, count)) FROM tally_reports WHERE figure = 'toll' AND outcome = 'killed'")
        ).scalar()
    assert [tuple(row) for row in rows] == [
        (9, "killed", "toll"),
        (4, "killed", "subset"),
        (6, "wounded", "toll"),
        (14, "killed", "background"),
        (212, "killed", "running_total"),
    ]
    assert toll == 9
