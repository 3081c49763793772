"""A site's overrides of page understanding (``rules`` and ``language`` in the sites file), on a
French news page whose template misleads the general rules: a template-wide published_time, a
newsletter box inside the text, an editorial note and a byline in the text column, a sidebar
"latest comments" widget in the same markup as the thread, and no declared language."""

from __future__ import annotations

from datetime import UTC, date, datetime

from crawler.understand.article_page import ArticlePage, understand_article
from crawler.understand.html import parse_page
from crawler.understand.page_records import CommentSection
from crawler.understand.pages import Download, read_download
from crawler.understand.site_rules import ReadingRules
from tests.conftest import PAGES

URL = "https://veilleur.example/2016/03/frappes-idleb/"
FETCHED = datetime(2016, 3, 7, 12, 0, tzinfo=UTC)
HTML = (PAGES / "site-rules-article.html").read_bytes()


def _read(rules: ReadingRules | None) -> ArticlePage:
    return understand_article(parse_page(HTML, URL, "text/html"), FETCHED, "Europe/Paris", rules)


def test_without_rules_the_general_reading_is_misled_by_this_template() -> None:
    page = _read(None)
    assert page.meta.published is not None and page.meta.published.day == date(2014, 9, 1)
    assert any(p.startswith("Chaque matin, recevez") for p in page.body.paragraphs)
    assert [c.id for c in page.comments.comments] == ["501", "502", "377", "381"]


def test_a_body_selector_takes_exactly_the_text_container() -> None:
    page = _read(ReadingRules(body_selector=".texte"))
    assert page.body.method == "site-rule"
    assert page.body.paragraphs[0].startswith("Au moins quatorze civils ont été tués")
    assert page.body.paragraphs[-1].startswith("La ville d'Idleb est contrôlée")
    assert not any(p.startswith(("Par Claire Martin", "Cet article a été rédigé")) for p in page.body.paragraphs)


def test_drop_selectors_remove_elements_from_every_reading() -> None:
    page = _read(ReadingRules(body_selector=".texte", drop_selectors=(".encart-lettre", ".colonne-laterale")))
    assert len(page.body.paragraphs) == 4
    assert not any("lettre d'information" in p for p in page.body.paragraphs)
    assert [c.id for c in page.comments.comments] == ["501", "502"]  # the sidebar widget is gone too


def test_a_comments_selector_reads_the_thread_and_not_the_sidebar_widget() -> None:
    page = _read(ReadingRules(comments_selector="#reactions"))
    assert [(c.id, c.author) for c in page.comments.comments] == [("501", "Karim"), ("502", "Sophie L.")]
    assert page.comments.markup != "none"


def test_a_date_selector_overrides_a_template_wide_published_time() -> None:
    page = _read(ReadingRules(date_selector=".mise-en-ligne", language="fr"))
    assert page.meta.published is not None
    assert page.meta.published.day == date(2016, 3, 4)  # day first, as French writes it
    assert page.meta.published.source == "site-rule"


def test_the_site_language_reads_dates_of_a_page_that_declares_none() -> None:
    assert all(c.posted_at is None for c in _read(None).comments.comments)
    page = _read(ReadingRules(language="fr"))
    assert page.meta.language == "fr"
    posted = [c.posted_at.local.replace(tzinfo=None) for c in page.comments.comments if c.posted_at]
    assert posted[:2] == [datetime(2016, 3, 4, 19, 12), datetime(2016, 3, 4, 20, 40)]


def test_a_page_that_declares_its_language_keeps_it_over_the_site_language() -> None:
    html = HTML.replace(b"<html>", b'<html lang="en">', 1)
    page = understand_article(parse_page(html, URL, "text/html"), FETCHED, None, ReadingRules(language="de"))
    assert page.meta.language != "de"


def test_a_selector_that_matches_nothing_leaves_the_general_reading() -> None:
    rules = ReadingRules(body_selector=".story-body", comments_selector="#disqus_thread", date_selector="time.published")
    assert _read(rules).body == _read(None).body
    assert [c.id for c in _read(rules).comments.comments] == ["501", "502", "377", "381"]


def test_rules_travel_to_a_worker_with_the_download_and_apply_to_further_comment_pages() -> None:
    rules = ReadingRules(comments_selector="#reactions")
    section = read_download(Download(HTML, URL + "comment-page-2/", "text/html", FETCHED, None, "comment-page", rules))
    assert isinstance(section, CommentSection)
    assert [c.id for c in section.comments] == ["501", "502"]


def test_the_shared_tree_is_not_changed_by_dropping_elements() -> None:
    page = parse_page(HTML, URL, "text/html")
    understand_article(page, FETCHED, None, ReadingRules(drop_selectors=(".encart-lettre",)))
    assert page.tree.cssselect(".encart-lettre")
