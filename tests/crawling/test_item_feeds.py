"""Items hold times, days and the comment widget as typed values; feeds write them as text:
ISO 8601 with the offset, the widget as an object of its fields."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta, timezone

from scrapy.exporters import CsvItemExporter, JsonItemExporter, JsonLinesItemExporter

from crawler.items import ArticleItem, CommentItem, FetchItem
from crawler.understand.page_records import CommentWidget

FETCHED = datetime(2024, 3, 6, 12, 0, 5, 123456, tzinfo=UTC)


def _item() -> ArticleItem:
    reply = CommentItem("c2", "c1", "Reader", None, datetime(2024, 3, 6, 9, 30, tzinfo=UTC), "9:30", "Same here.", 1, 1, "comment")
    return ArticleItem(
        url="https://example.org/a/", fetched_url="https://example.org/a/?utm=x", fetched_at=FETCHED,
        title="A", published_at=datetime(2024, 3, 5, 21, 0, tzinfo=UTC), published_day=date(2024, 3, 6),
        published_raw="6 March 2024, 00:00", published_source="meta", modified_at=None, modified_raw=None,
        authors=[], section=None, tags=[], language="en", site_name=None, description=None, body="Text.",
        captions=[], body_method="test", comments=[reply], comment_markup="widget",
        comment_widget=CommentWidget("disqus", "thread-7", None),
    )  # fmt: skip


def _exported(exporter_class: type[JsonLinesItemExporter | JsonItemExporter | CsvItemExporter], item: object) -> bytes:
    out = io.BytesIO()
    exporter = exporter_class(out, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item(item)
    exporter.finish_exporting()
    return out.getvalue()


def _jsonl(item: object) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(_exported(JsonLinesItemExporter, item))
    return loaded


def test_json_lines_write_times_and_days_in_iso_8601_and_the_widget_as_an_object() -> None:
    data = _jsonl(_item())
    assert data["fetched_at"] == "2024-03-06T12:00:05.123456+00:00"
    assert data["published_at"] == "2024-03-05T21:00:00+00:00"
    assert data["published_day"] == "2024-03-06"
    assert data["modified_at"] is None
    assert data["comment_widget"] == {"provider": "disqus", "thread_id": "thread-7", "embed_url": None}
    assert data["comments"] == [{
        "id": "c2", "parent_id": "c1", "author": "Reader", "author_url": None, "posted_at": "2024-03-06T09:30:00+00:00",
        "posted_raw": "9:30", "text": "Same here.", "depth": 1, "position": 1, "kind": "comment",
    }]  # fmt: skip


def test_a_time_keeps_its_offset_in_the_feed() -> None:
    record = FetchItem("https://example.org/a/", "article", datetime(2024, 3, 6, 14, 0, tzinfo=timezone(timedelta(hours=2))))
    assert _jsonl(record)["fetched_at"] == "2024-03-06T14:00:00+02:00"


def test_json_and_csv_feeds_write_the_same_text_for_the_item_s_own_fields() -> None:
    assert json.loads(_exported(JsonItemExporter, _item()))[0]["fetched_at"] == "2024-03-06T12:00:05.123456+00:00"
    row = next(csv.DictReader(io.StringIO(_exported(CsvItemExporter, _item()).decode("utf-8"))))
    assert (row["fetched_at"], row["published_day"]) == ("2024-03-06T12:00:05.123456+00:00", "2024-03-06")
    assert row["comment_widget"] == "{'provider': 'disqus', 'thread_id': 'thread-7', 'embed_url': None}"
