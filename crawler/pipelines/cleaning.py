"""The first pipeline: every text of an article item made storable and safe to show.

Text that comes from JSON (JSON-LD, the WordPress REST API, script literals) has not been through
the HTML parser, which drops control characters; a NUL would make PostgreSQL refuse the whole
article, and an escape sequence would reach the terminal of whoever prints it.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from crawler.items import ArticleItem, CommentItem
from crawler.understand.html import clean_text
from crawler.understand.page_records import CommentWidget

_NOT_TEXT = frozenset({"extraction", "validators"})  # computed later, or server headers


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, CommentItem):
        clean_fields(value)
    if isinstance(value, CommentWidget):  # frozen: a cleaned copy
        return replace(value, **{f.name: _clean(getattr(value, f.name)) for f in fields(value)})
    return value


def clean_fields(item: ArticleItem | CommentItem) -> None:
    """Every string of the item (comments included) through ``clean_text``, in place."""
    for field in fields(item):
        if field.name not in _NOT_TEXT:
            setattr(item, field.name, _clean(getattr(item, field.name)))


class CleanTextPipeline:
    def process_item(self, item: object) -> object:
        if isinstance(item, ArticleItem):
            clean_fields(item)
        return item
