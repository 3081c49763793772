"""The project's extractors in the call shapes of the public extraction benchmarks.

Each benchmark's scorer imports one of these with ``--callable benchmarks.adapters:NAME``
(run it with the repository root on ``PYTHONPATH``):

* ``body(html, url) -> str``: the article body as plain text;
* ``page(html, url) -> {"body", "comments": [{"author", "text", "parent"}]}``: body and reader
  comments, ``parent`` being the list index of the comment replied to;
* ``published(html, url) -> date | None``: the publication day;
* ``tallies(text, pub_date) -> [dict]``: casualty tallies of a text, those of its own event.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crawler.extract.export import event_tallies_json
from crawler.understand.body.article_text import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page
from crawler.understand.metadata.page_meta import extract_metadata


def body(html: str, url: str | None) -> str:
    return extract_body(parse_page(html, url or "")).text


def page(html: str, url: str | None) -> dict[str, Any]:
    parsed = parse_page(html, url or "")
    section = extract_comments(parsed)
    index = {comment.id: i for i, comment in enumerate(section.comments)}
    return {
        "body": extract_body(parsed).text,
        "comments": [
            {
                "author": comment.author,
                "text": comment.text,
                "parent": index.get(comment.parent_id) if comment.parent_id else None,
            }
            for comment in section.comments
        ],
    }


def published(html: str, url: str | None) -> date | None:
    meta = extract_metadata(parse_page(html, url or ""))
    return meta.published.day if meta.published else None


def tallies(text: str, pub_date: str | None = None) -> list[dict[str, Any]]:
    return event_tallies_json(text, pub_date)
