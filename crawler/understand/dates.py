"""Reading points in time from page strings: ISO stamps, written dates, "2 days ago".

Results keep the offset the string gave; a string without an offset is read in the site's time
zone (``tz``, an IANA name), and relative phrases are resolved against ``base`` (the fetch time).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import dateparser

from crawler.understand.records import Timestamp

_HAS_CLOCK = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _zone(tz: str | None) -> ZoneInfo:
    return ZoneInfo(tz) if tz else ZoneInfo("UTC")


def _from_iso(raw: str, tz: str | None) -> tuple[datetime, bool] | None:
    text = raw.strip()
    if not _ISO.match(text):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=_zone(tz))
    return value, len(text) > 10


def parse_datetime(
    raw: str | None,
    *,
    tz: str | None = None,
    base: datetime | None = None,
    languages: list[str] | None = None,
    source: str = "text",
) -> Timestamp | None:
    """Parse one date string.  Returns None when the string holds no date."""
    if not raw or not raw.strip():
        return None
    raw = " ".join(raw.split())
    iso = _from_iso(raw, tz)
    if iso is not None:
        value, has_time = iso
    else:
        settings: dict[str, object] = {
            "TIMEZONE": tz or "UTC",
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "past",
        }
        if base is not None:
            settings["RELATIVE_BASE"] = base.astimezone(_zone(tz)).replace(tzinfo=None)
        parsed = dateparser.parse(raw, languages=languages, settings=settings)  # type: ignore[arg-type]
        if parsed is None:
            return None
        value = parsed
        has_time = bool(_HAS_CLOCK.search(raw)) or "ago" in raw.lower()
    return Timestamp(local=value, raw=raw, source=source, has_time=has_time)
