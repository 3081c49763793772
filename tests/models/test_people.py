"""Named casualties are linked, as they are stored, to one person per name however it is spelt."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crawler.extract.records import Extraction, NamedCasualty, Sentence
from models import Article, Site
from models.db import upgrade
from models.extraction_store import replace_extraction
from models.findings import NamedCasualty as StoredCasualty
from models.persons import Person


def _article(session: Session, url: str) -> int:
    site = Site(domain=url.split("/")[2])
    session.add(site)
    session.flush()
    article = Article(site_id=site.id, url=url, fetched_url=url, content_hash=url)
    session.add(article)
    session.flush()
    return article.id


def _extraction(*names: str) -> Extraction:
    sentence = Sentence(0, 0, 10, "They were killed.")
    return Extraction(sentences=[sentence], people=[NamedCasualty(name, "killed") for name in names], version="t")


def _people(session: Session) -> dict[str, list[str]]:
    rows = session.execute(
        select(Person.name, StoredCasualty.name).join(Person, Person.id == StoredCasualty.person_id).order_by(StoredCasualty.id)
    ).all()
    linked: dict[str, list[str]] = {}
    for person, reported in rows:
        linked.setdefault(person, []).append(reported)
    return linked


def test_spellings_from_different_articles_are_one_person_and_other_names_are_not(engine: Engine) -> None:
    upgrade(engine)
    with Session(engine) as session, session.begin():
        first = _article(session, "https://one.example/a")
        second = _article(session, "https://two.example/b")
        replace_extraction(session, first, None, _extraction("Hossein Hamedani", "Abdolreza Majiri"))
        replace_extraction(session, second, None, _extraction("Hussein Hamadani", "Abdolreza Mojiri", "Hamid Rezaei"))
    with Session(engine) as session:
        assert _people(session) == {
            "Hossein Hamedani": ["Hossein Hamedani", "Hussein Hamadani"],
            "Abdolreza Majiri": ["Abdolreza Majiri", "Abdolreza Mojiri"],
            "Hamid Rezaei": ["Hamid Rezaei"],
        }


def test_storing_a_document_again_links_its_new_rows_to_the_same_person(engine: Engine) -> None:
    upgrade(engine)
    with Session(engine) as session, session.begin():
        article = _article(session, "https://one.example/a")
        replace_extraction(session, article, None, _extraction("Hossein Hamedani"))
        replace_extraction(session, article, None, _extraction("Gen. Hossein Hamedani"))
    with Session(engine) as session:
        assert session.scalar(select(Person.name)) == "Hossein Hamedani"
        assert _people(session) == {"Hossein Hamedani": ["Gen. Hossein Hamedani"]}
