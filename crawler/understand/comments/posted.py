"""When a comment was posted, from the date strings found around it.

Reading dates is the job of ``crawler.understand.dates``; this module decides which strings to
hand over.  Written dates are looked for with ``find_dates`` (fast, and it finds the date inside
a byline such as "Posted by Sabrina at October 11, 2012 7:45 AM"), ISO stamps from attributes go
to ``parse_datetime``, and a relative phrase ("2 days ago") is resolved only against a known fetch
time, never against the clock of the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.understand.comments import microdata
from crawler.understand.comments.identity import id_in_link
from crawler.understand.comments.text import flat
from crawler.understand.comments.view import ItemView
from crawler.understand.dates.parsing import DateOrder, find_dates, parse_datetime
from crawler.understand.page_records import Timestamp

_RELATIVE = re.compile(
    r"(?:about |over |almost |nearly )?(?:\d+|an?|one)\s+"
    r"(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago"
    r"|(?:yesterday|today)(?:,?\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)
_MAX_LENGTH = 200
_MAYBE_DATE = re.compile(r"\d|yesterday|today", re.IGNORECASE)
_DATE_NAMES = re.compile(
    r"date|time|posted|submitted|meta|permalink|byline|info|footer|header|signature|(?<![a-z])by(?![a-z])|commentby"
)


def known_zone(tz: str | None) -> str | None:
    """``tz`` if it names a time zone this machine knows, else None (times are then read as UTC)."""
    if not tz:
        return None
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return tz


def date_candidates(view: ItemView, bylines: list[str]) -> Iterator[tuple[str, str | None]]:
    """Strings that may hold a comment's posting time, most reliable first: (value, words shown)."""
    for el in view.tagged("time"):
        if el.get("datetime"):
            yield el.get("datetime", ""), flat(el)
    marked = microdata.date_text(view.props)
    if marked:
        yield marked, None
    for el in view.tagged("abbr"):
        if el.get("title"):
            yield el.get("title", ""), flat(el)
    for el in view.tagged("time"):
        yield flat(el), None
    content = set(view.content)
    for el in view.labelled:
        if _is_date_name(view.labels[el]) and el not in content:
            yield flat(el), None
    for el in view.tagged("a"):
        if id_in_link(el.get("href")):
            yield flat(el), None
    for part in view.node.parts:
        if part.tag == "dt" or (part.tag == "dd" and view.is_meta(part)):
            yield flat(part), None
    for line in bylines:
        yield line, None


@lru_cache(maxsize=4096)
def _is_date_name(label: str) -> bool:
    return bool(_DATE_NAMES.search(label))


def read_posted(
    candidates: Iterable[tuple[str, str | None]],
    *,
    tz: str | None,
    base: datetime | None,
    languages: list[str] | None,
    order: DateOrder | None = None,
) -> Timestamp | None:
    """The first candidate that holds a date.  A candidate is (string, words shown) where the
    string is an attribute value (an ISO stamp) and the words shown are the visible text."""
    for value, shown in candidates:
        stamp = _read(value, shown, tz=tz, base=base, languages=languages, order=order)
        if stamp is not None:
            return stamp
    return None


def _read(
    value: str,
    shown: str | None,
    *,
    tz: str | None,
    base: datetime | None,
    languages: list[str] | None,
    order: DateOrder | None = None,
) -> Timestamp | None:
    value = " ".join(value.split())
    if not value or len(value) > _MAX_LENGTH:
        return None
    if shown is not None:  # a machine-readable attribute, with the words the reader sees
        stamp = parse_datetime(value, tz=tz, languages=languages, source="comment")
        if stamp is None:
            return _read(shown, None, tz=tz, base=base, languages=languages, order=order) if shown.strip() else None
        shown = " ".join(shown.split())
        return Timestamp(local=stamp.local, raw=shown or value, source="time", has_time=stamp.has_time)
    found = next(find_dates(value, tz=tz, languages=languages, order=order), None)
    if found is not None:
        raw = value[found.start : found.end]
        return Timestamp(local=found.value, raw=raw, source="comment", has_time=found.has_time)
    relative = _RELATIVE.search(value)
    if relative and base is not None:
        return parse_datetime(relative[0], tz=tz, base=base, languages=languages, source="relative")
    return None


def is_date_line(line: str, languages: list[str] | None = None) -> bool:
    """Whether a short line is just a time stamp ("May 2, 2024 at 8:15 pm", "3 hours ago")."""
    line = line.strip()
    if not line or len(line) > 80 or not _MAYBE_DATE.search(line):
        return False
    relative = _RELATIVE.search(line)
    if relative and len(relative[0]) >= 0.6 * len(line):
        return True
    found = next(find_dates(line, languages=languages), None)
    return found is not None and (found.end - found.start) >= 0.6 * len(line)
