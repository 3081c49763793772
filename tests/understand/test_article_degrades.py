"""A reader that raises on a page costs only its own part of the page, never the page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.understand import article_page as article
from crawler.understand.article_page import understand_article
from crawler.understand.comments import section
from crawler.understand.html import parse_page
from crawler.understand.metadata import page_meta
from tests.conftest import PAGES

SEED = PAGES / "seed-article.html"
FETCHED = datetime(2015, 12, 2, tzinfo=UTC)


def _seed() -> article.ArticlePage:
    return understand_article(parse_page(SEED.read_bytes(), "https://eaworldview.com/", "text/html"), FETCHED)


def test_a_comment_reader_that_raises_leaves_the_article_with_no_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise KeyError("parent")

    monkeypatch.setattr(section, "extract_comments", broken)  # loaded by article_page when it reads
    page = _seed()
    assert page.body.text.startswith("The deaths of Iranian troops")
    assert page.meta.title and page.meta.published is not None
    assert page.comments.comments == []
    assert page.problems == ["comments: KeyError: 'parent'"]


def test_a_metadata_reader_that_raises_keeps_body_and_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("malformed JSON-LD")

    monkeypatch.setattr(page_meta, "extract_metadata", broken)
    page = _seed()
    assert page.meta.title is None and page.meta.published is None
    assert page.body.text.startswith("The deaths of Iranian troops")
    assert len(page.comments.comments) == 5
    assert page.problems == ["metadata: ValueError: malformed JSON-LD"]


def test_a_page_every_reader_reads_has_no_problems() -> None:
    assert _seed().problems == []
