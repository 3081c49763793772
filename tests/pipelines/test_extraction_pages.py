"""Whole pages through page understanding and extraction: a match report whose headline says a side
"ran riot" holds no riot's dead, and a reader who repeats the article's toll with no word of its
event ("38 dead and the state government slept through it") speaks of the article's event."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from crawler.items import ArticleExtraction
from crawler.pipelines.extraction import extract_article
from crawler.understand.article_page import understand_article
from crawler.understand.html import parse_page

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
FETCHED = datetime(2026, 1, 5, 12, tzinfo=UTC)


def _extract(name: str, url: str) -> tuple[ArticleExtraction, dict[str, str]]:
    page = understand_article(parse_page((PAGES / name).read_bytes(), url), FETCHED)
    comments = [(c.id, c.text, None) for c in page.comments.comments]
    extraction = extract_article(page.body.text, None, "en", comments, page.meta.title)
    return extraction, {c.id: c.text for c in page.comments.comments}


def test_a_match_report_that_ran_riot_holds_no_conflict() -> None:
    extraction, _ = _extract("extraction-sport-run-riot.html", "https://www.kenteveningstar.example/sport/football/2018/10/06/x")
    found = [*extraction.body.tallies, *(t for c in extraction.comments.values() for t in c.tallies)]
    assert all(t.event != "conflict" for t in found)


def test_a_reader_repeating_the_article_s_toll_takes_its_event() -> None:
    extraction, texts = _extract("extraction-riots-readers-restate.html", "https://northerncourier.example/india/2013/09/11/x")
    assert [(t.count, t.event) for t in extraction.body.tallies if t.count == 38] == [(38, "conflict")]
    by_text = {texts[cid][:12]: [(t.count, t.outcome, t.event) for t in found.tallies] for cid, found in extraction.comments.items()}
    assert by_text["38 dead and "] == [(38, "killed", "conflict")]
    # a figure the article does not give, and another event's figure, keep their own class
    assert all(event != "conflict" for _, _, event in by_text["12 dead in m"])
    assert all(event != "conflict" for _, _, event in by_text["Unrelated, b"])
