"""The extraction pipeline: the same claims and tallies whether it extracts in the crawl process
or in a worker process."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from crawler.items import ArticleItem, CommentItem
from crawler.pipelines.extraction import ExtractionPipeline, extract_article

BODY = (
    "At least 14 civilians were killed and 30 wounded when shelling hit a market in Idlib on Tuesday, "
    "the Syrian Civil Defence said."
)


def _comment(comment_id: str, text: str, kind: str = "comment") -> CommentItem:
    return CommentItem(comment_id, None, "Reader", None, datetime(2024, 3, 6, 10, tzinfo=UTC), None, text, 1, 0, kind)


def _article() -> ArticleItem:
    return ArticleItem(
        url="https://example.org/2024/03/idlib-market/", fetched_url="https://example.org/2024/03/idlib-market/",
        fetched_at=datetime(2024, 3, 6, 12, tzinfo=UTC), title="Shelling hits Idlib market",
        published_at=datetime(2024, 3, 5, 9, tzinfo=UTC), published_day=date(2024, 3, 5), published_raw=None,
        published_source=None, modified_at=None, modified_raw=None, authors=[], section=None, tags=[],
        language="en", site_name=None, description=None, body=BODY, captions=[], body_method="test",
        comments=[
            _comment("101", "My cousin says 20 people died there yesterday, not 14."),
            _comment("102", "Idlib market shelled - at least 14 dead (excerpt)", kind="pingback"),
        ],
        comment_markup="wordpress",
    )  # fmt: skip


def _extracted(processes: int) -> ArticleItem:
    pipeline = ExtractionPipeline(processes)
    pipeline.open_spider()
    try:
        item = asyncio.run(pipeline.process_item(_article()))
    finally:
        pipeline.close_spider()
    assert isinstance(item, ArticleItem)
    return item


def test_a_worker_process_extracts_what_the_crawl_process_would() -> None:
    inline, pooled = _extracted(0).extraction, _extracted(1).extraction
    assert inline is not None and pooled is not None
    assert pooled == inline
    assert [t.count for t in pooled.body.tallies] == [14, 30]


def test_readers_comments_are_extracted_and_pingbacks_are_not() -> None:
    extraction = _extracted(1).extraction
    assert extraction is not None
    assert list(extraction.comments) == ["101"]
    assert [t.count for t in extraction.comments["101"].tallies] == [20]


def test_a_comment_is_read_against_the_day_it_was_posted() -> None:
    found = extract_article(BODY, date(2024, 3, 5), "en", [("7", "Three more died in hospital today.", date(2024, 3, 6))])
    tally = found.comments["7"].tallies[0]
    assert tally.count == 3
    assert tally.window is not None and tally.window.start == date(2024, 3, 6)
