"""What passes between a spider and the reading middleware through a request's ``meta``.

A spider marks each request whose answer it reads whole (an article page, a comment page) with a
``ReadAsk``: what reading it takes besides the bytes.  The reading middleware reads such an
answer in a worker process and attaches a ``PageRead``; the spider's callback takes it, or reads
the page itself when none is attached.  Neither side imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scrapy.http import Request, Response

from crawler.understand.encoding import content_type_text
from crawler.understand.page_records import CommentSection
from crawler.understand.pages import ArticleReading, Download, PagePurpose
from crawler.understand.site_rules import ReadingRules

READ_ASK = "casualties_read_ask"  # request meta: a ReadAsk, set by the spider
READ = "casualties_read"  # request meta: a PageRead, set by the reading middleware


@dataclass(frozen=True, slots=True)
class ReadAsk:
    """How the answer to a request is read: as an article page or a comment page, with the site's
    time zone and rules; a comment page is dated from its article's fetch time."""

    purpose: PagePurpose
    tz: str | None
    rules: ReadingRules | None = None
    fetched_at: datetime | None = None  # None: when the answer arrives


@dataclass(frozen=True, slots=True)
class PageRead:
    """A page as a worker process read it, and the fetch time it was read with."""

    fetched_at: datetime
    reading: ArticleReading | CommentSection


def ask_of(request: Request) -> ReadAsk | None:
    ask = request.meta.get(READ_ASK)
    return ask if isinstance(ask, ReadAsk) else None


def read_of(response: Response) -> PageRead | None:
    found = response.meta.get(READ)
    return found if isinstance(found, PageRead) else None


def content_type(response: Response) -> str | None:
    """The response's Content-Type as text, as the page readers and the fetch log take it."""
    return content_type_text(response.headers.get(b"Content-Type"))


def download_of(
    response: Response, purpose: PagePurpose, fetched_at: datetime, tz: str | None, rules: ReadingRules | None = None
) -> Download:
    """The response as ``read_download`` takes it."""
    return Download(response.body, response.url, content_type(response), fetched_at, tz, purpose, rules)
