"""What the extractor reads in a text, as the tests of event classes compare it."""

from __future__ import annotations

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    """Each tally's count and event class, the text read as an article body under ``title``."""
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]
