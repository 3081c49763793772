"""Claims and casualty tallies for the body and every reader comment of an article."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from crawler.extract.document import extract_document
from crawler.items import ArticleExtraction, ArticleItem


def extract_article(
    body: str, published: date | None, language: str | None, comments: Iterable[tuple[str, str, date | None]]
) -> ArticleExtraction:
    """Extraction of an article body and its reader comments, given as (id, text, day posted).

    Relative dates in the body resolve against the publication day, in a comment against the
    day it was posted (else the publication day)."""
    language = language or "en"
    return ArticleExtraction(
        body=extract_document(body, published, language, "body"),
        comments={
            comment_id: extract_document(text, posted or published, language, "comment")
            for comment_id, text, posted in comments
        },
    )


def _day(iso: str | None) -> date | None:
    return datetime.fromisoformat(iso).date() if iso else None


class ExtractionPipeline:
    def process_item(self, item: object) -> object:
        if isinstance(item, ArticleItem):
            item.extraction = extract_article(
                item.body,
                _day(item.published_day),
                item.language,
                # Pingbacks and trackbacks are other sites' excerpts, not readers' words.
                ((c.id, c.text, _day(c.posted_at)) for c in item.comments if c.kind == "comment"),
            )
        return item
