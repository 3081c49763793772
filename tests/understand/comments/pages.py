"""Reading the fixture pages of these tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page
from crawler.understand.page_records import CommentSection

FIXTURES = Path(__file__).parents[2] / "fixtures"
PAGES = FIXTURES / "pages"
WP_REST = FIXTURES / "wp-rest"


def section(name: str, url: str, *, fetched_at: datetime | None = None, tz: str | None = None) -> CommentSection:
    """The comment section of a fixture page, read as if fetched from ``url``."""
    return extract_comments(parse_page((PAGES / name).read_bytes(), url), fetched_at, tz)


def from_markup(markup: str, url: str = "https://news.example.org/2024/05/story/", **kwargs: Any) -> CommentSection:
    """The comment section of a page given inline."""
    return extract_comments(parse_page(markup, url), **kwargs)
