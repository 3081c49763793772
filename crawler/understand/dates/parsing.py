"""Reading points in time from page strings: ISO stamps, written dates, "2 days ago".

Results keep the offset the string gave; a string without an offset is read in the site's time
zone (``tz``, an IANA name), and relative phrases are resolved against ``base`` (the fetch time).
A UTC stamp is shown in the site's time zone when that is known, so that its day is the site's.

Written dates are found by one regular expression per set of languages (fast, and it also finds a
date inside a longer text such as a byline); dateparser is called only for what that misses, such
as relative phrases.  Persian and Arabic-Indic digits, Jalali and Hijri month names are read.

A two-digit year is read as POSIX ``%y`` does (69-99 are 1969-1999, 00-68 are 2000-2068), and only
where it cannot be a count: after an apostrophe ("Aug 8 '12"), in an all-numeric date ("11.06.12")
or before a clock time ("4 Nov 12 at 11:22 pm").  A numeric date whose day and month could be
swapped is read in the locale's order: month first in American English, day first elsewhere
(with a four-digit year, dots and dashes always put the day first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crawler.understand.dates.calendars import calendar_of_year, to_gregorian
from crawler.understand.dates.month_names import MonthKey, fold, month_pattern, month_table
from crawler.understand.page_records import Timestamp

if TYPE_CHECKING:  # dateparser itself is imported on first use: it is slow to load
    from dateparser.date import DateDataParser

DateOrder = str  # "MDY" or "DMY": how to read an ambiguous 03/04/2015

# English-speaking regions that write the month first; every other locale writes the day first.
_MONTH_FIRST_REGIONS = {"us", "ph", "fm", "mh", "pw", "as", "gu", "mp", "pr", "vi", "um"}

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_HAS_CLOCK = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_ISO = re.compile(
    r"\d{4}-?\d{2}-?\d{2}(?P<clock>[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?\s?(?:Z|[+-]\d{2}(?::?\d{2})?)?"
)

# Zone abbreviations that name one offset (or one zone) unambiguously enough for news pages.
_ZONE_NAMES: dict[str, str | int] = {
    "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480,
    "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "wet": 0, "west": 60,
    "msk": 180, "irst": 210, "irdt": 270, "aest": 600, "aedt": 660, "pkt": 300, "trt": 180,
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}  # fmt: skip

_ZONE = (
    r"(?P<zone>(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    r"|(?:" + "|".join(sorted(_ZONE_NAMES, key=len, reverse=True)) + r")(?![^\W\d_]))"
)
_TIME = (
    r"(?:(?P<hour>[01]?\d|2[0-3])(?:(?::|h|\.(?=\d\d\s*[ap]\.?m))(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?)(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
    r"|(?P<hour12>1[0-2]|0?[1-9])\s*(?P<ampm12>[ap]\.?\s?m\b\.?))"
)
_TIME_AFTER = re.compile(
    r"(?:\s*(?:,|at|@|-|–|—|\||um|à|a las|às|ساعت|الساعة|،|T)?\s*)" + _TIME + r"(?:\s*\(?" + _ZONE + r"\)?)?",
    re.IGNORECASE,
)
_TIME_BEFORE = re.compile(
    _TIME + r"(?:\s*\(?" + _ZONE + r"\)?)?\s*(?:[,|\-–—]|on)?\s*(?:[^\W\d_]{3,9}\.?,?\s*)?$",
    re.IGNORECASE,
)
_HIJRI_MARK = re.compile(r"\s*(?:هـ|ه\.?ق|ق\b|AH\b)", re.IGNORECASE)
# Text that may hold a date: a four-digit year, or one of the two-digit-year forms read below.
# (The lookahead lets the search skip the characters that cannot start one quickly.)
_DATE_SHAPE = re.compile(
    r"(?=['’‘\d])(?:\d{4}|['’‘]\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)"
    r"|(?<!\d)\d{1,2}(?:st|nd|rd|th)?[\s./-]+[^\W\d_]{3,12}\.?[\s,/-]+\d\d(?!\d))"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text; ``start``/``end`` index that text."""

    start: int
    end: int
    value: datetime  # aware
    has_time: bool
    offset_given: bool  # the text itself named the offset or zone
    ambiguous: bool = False  # a numeric date whose day and month could be read the other way round


def _zone(tz: str | None) -> tzinfo:
    if tz:
        try:
            return ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return UTC


def _ordinal(pattern: str) -> str:
    return pattern + r"(?:(?:st|nd|rd|th|er|e|º)\.?|\.)?"


def may_hold_date(text: str) -> bool:
    """A quick test before ``find_dates``: whether ``text`` has the digits a date needs (in any
    script: Persian and Arabic-Indic digits are digits too)."""
    return _DATE_SHAPE.search(text) is not None


def date_order(locale: str | None) -> DateOrder | None:
    """How a locale writes numeric dates ("en-US", "en_GB", "fr"); None when it does not say."""
    parts = re.split(r"[-_]", (locale or "").strip().lower())
    if not parts[0].isalpha() or len(parts[0]) not in (2, 3):
        return None
    if parts[0] != "en":
        return "DMY"
    region = next((part for part in parts[1:] if len(part) == 2 and part.isalpha()), None)
    if region is None:
        return None
    return "MDY" if region in _MONTH_FIRST_REGIONS else "DMY"


def _default_order(languages: list[str] | tuple[str, ...] | None) -> DateOrder:
    """The order the first language that says one gives; month first for plain English."""
    for language in languages or ():
        order = date_order(language)
        if order is not None:
            return order
    return "MDY"


@lru_cache(maxsize=32)
def _date_regex(languages: tuple[str, ...]) -> re.Pattern[str]:
    month = r"(?<![^\W\d_])(?P<{name}>" + month_pattern(languages) + r")(?![^\W\d_])\.?"
    day = r"(?<!\d)(?P<{name}>[0-3]?\d)"
    year = r"(?P<{name}>\d{{4}})(?!\d)"
    short_year = r"(?P<{name}>\d\d)(?![\d:])"
    apostrophe = r"['’‘]"
    clock_or_end = r"(?=\s*(?:,|at|@|-|–|—|\|)?\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d|\s*$)"
    forms = [
        # December 1, 2015 / Dec. 1st 2015
        month.format(name="m1") + r"\s*" + _ordinal(day.format(name="d1")) + r",?\s*" + year.format(name="y1"),
        # 1 December 2015 / 1. Dezember 2015 / 1 de diciembre de 2015 / 10 آذر 1394 / 01-Dec-2015
        _ordinal(day.format(name="d2"))
        + r"(?:\s+of|\s+de)?[\s\-/]*"
        + month.format(name="m2")
        + r"(?:\s*de)?[,\s\-/]*"
        + year.format(name="y2"),
        # 2015-12-01 / 2015/12/01 / 1394/09/10
        r"(?<!\d)(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>[01]?\d)(?P=s3)(?P<d3>[0-3]?\d)(?!\d)",
        # 01.12.2015 / 12/01/2015
        r"(?<![\d.])(?P<a4>[0-3]?\d)(?P<s4>[-/.])(?P<b4>[0-3]?\d)(?P=s4)(?P<y4>\d{4})(?!\d)",
        # 2015年12月1日 / 2015년 12월 1일
        r"(?P<y5>\d{4})\s*[年년]\s*(?P<m5>[01]?\d)\s*[月월]\s*(?P<d5>[0-3]?\d)\s*[日일]?",
        # Aug 8 '12
        month.format(name="m6") + r"\s*" + _ordinal(day.format(name="d6")) + r",?\s*" + apostrophe
        + short_year.format(name="y6"),
        # 8 Aug '12 / 4 Nov 12 at 11:22 pm
        _ordinal(day.format(name="d7")) + r"[\s\-/]*" + month.format(name="m7") + r"[,\s\-/]*"
        + r"(?:" + apostrophe + short_year.format(name="y7") + "|" + short_year.format(name="z7") + clock_or_end + ")",
        # 11.06.12 / 06/11/12
        r"(?<![\d.,/-])(?P<a8>[0-3]?\d)(?P<s8>[-/.])(?P<b8>[0-3]?\d)(?P=s8)(?P<y8>\d\d)(?!\d|[.,/-]\d)",
    ]
    return re.compile("|".join(f"(?:{form})" for form in forms), re.IGNORECASE)


def _languages(text: str, languages: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    chosen = ["en", *(languages or ())]
    if _ARABIC_SCRIPT.search(text):
        chosen += ["fa", "ar"]
    return tuple(dict.fromkeys(re.split(r"[-_]", lang)[0].lower() for lang in chosen))


def _offset(zone: str) -> tzinfo | None:
    text = re.sub(r"\s+", "", zone.lower())
    named = _ZONE_NAMES.get(text)
    if isinstance(named, str):
        return ZoneInfo(named)
    if named is not None:
        return timezone(timedelta(minutes=named))
    match = re.fullmatch(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?", text)
    if not match:
        return None
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    if minutes > 14 * 60:
        return None
    return timezone(timedelta(minutes=minutes if match[1] == "+" else -minutes))


def _clock(match: re.Match[str]) -> time | None:
    if match["hour12"]:
        hour, minute, second, ampm = int(match["hour12"]), 0, 0, match["ampm12"]
    else:
        hour, minute, second, ampm = int(match["hour"]), int(match["minute"]), int(match["second"] or 0), match["ampm"]
    if ampm:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    return time(hour, minute, second)


def _full_year(short: str) -> int:
    return int(short) + (1900 if int(short) >= 69 else 2000)


def _day_of(
    match: re.Match[str], table: dict[str, MonthKey], text: str, order: DateOrder, language: str | None
) -> tuple[date | None, bool]:
    """The day a match names, and whether its day and month could be read the other way round."""
    groups = match.groupdict()
    named = next((n for n in "1267" if groups[f"m{n}"]), None)
    if named is not None:
        calendar, month = table.get(re.sub(r"\s+", " ", groups[f"m{named}"].lower()), ("gregorian", 0))
        written = groups[f"y{named}"] or groups["z7"]
        short = named in "67"
        year = _full_year(written) if short else int(written)
        if (calendar == "gregorian" and year < 1600) or (short and calendar != "gregorian"):
            return None, False
        return to_gregorian(calendar, year, month, int(groups[f"d{named}"])), False
    if groups["y3"] or groups["y5"]:
        n = "3" if groups["y3"] else "5"
        year, month, day = int(groups[f"y{n}"]), int(groups[f"m{n}"]), int(groups[f"d{n}"])
        hijri_marked = bool(_HIJRI_MARK.match(text, match.end()))
        return to_gregorian(calendar_of_year(year, language, hijri_marked), year, month, day), False
    n = "4" if groups["y4"] else "8"
    first_text, second_text, separator = groups[f"a{n}"], groups[f"b{n}"], groups[f"s{n}"]
    first, second = int(first_text), int(second_text)
    year = int(groups["y4"]) if n == "4" else _full_year(groups["y8"])
    if year < 1900 or (n == "8" and separator == "." and (len(first_text) < 2 or len(second_text) < 2)):
        return None, False  # 1.2.12 is more likely a version number than a day
    # 01.12.2015 is day first everywhere; a two-digit year is written both ways (11.06.12 is
    # 6 November in the American m.d.y of many blog themes, 11 June in Europe)
    day_first = order == "DMY" or (n == "4" and separator != "/")
    ambiguous = first <= 12 and second <= 12 and first != second and (n == "8" or separator != ".")
    if first > 12 or (second <= 12 and day_first):
        first, second = second, first  # now month, day
    return to_gregorian("gregorian", year, first, second), ambiguous


def find_dates(
    text: str,
    *,
    tz: str | None = None,
    languages: list[str] | tuple[str, ...] | None = None,
    order: DateOrder | None = None,
) -> Iterator[DateMatch]:
    """Every written or numeric date in ``text``, with the clock time next to it when there is one.

    ``languages`` are the page's languages or locales ("en-GB"); ``order`` overrules the order
    they give for ambiguous numeric dates."""
    folded = fold(text)
    langs = _languages(folded, languages)
    order = order or (_default_order(languages) if langs[1:2] in ((), ("en",)) else "DMY")
    table = month_table(langs)
    language = next((lang for lang in langs if lang != "en"), None)
    for match in _date_regex(langs).finditer(folded):
        day, ambiguous = _day_of(match, table, folded, order, language)
        if day is None:
            continue
        start, end, clock, zone_text = match.start(), match.end(), None, None
        after = _TIME_AFTER.match(folded, end)
        before = None if after else _TIME_BEFORE.search(folded, max(0, start - 40), start)
        found = after or before
        if found is not None:
            clock = _clock(found)
        if clock is not None and found is not None:
            zone_text = found["zone"]
            start, end = (start, found.end()) if found is after else (found.start(), end)
        zone = _offset(zone_text) if zone_text else None
        value = datetime.combine(day, clock or time(), zone or _zone(tz))
        yield DateMatch(
            start, end, _in_site_zone(value, zone is not None, tz), clock is not None, zone is not None, ambiguous
        )


def _in_site_zone(value: datetime, offset_given: bool, tz: str | None) -> datetime:
    """A UTC stamp moved to the site's zone: the day must be the site's, not Greenwich's."""
    if offset_given and tz and value.utcoffset() == timedelta(0):
        return value.astimezone(_zone(tz))
    return value


def _from_iso(text: str, tz: str | None) -> DateMatch | None:
    match = _ISO.fullmatch(text)
    if not match:
        return None
    try:
        value = datetime.fromisoformat(text.replace(" Z", "Z").replace(",", "."))
    except ValueError:
        return None
    offset_given = value.tzinfo is not None
    if not offset_given:
        value = value.replace(tzinfo=_zone(tz))
    return DateMatch(0, len(text), _in_site_zone(value, offset_given, tz), bool(match["clock"]), offset_given)


def read_datetime(
    raw: str,
    *,
    tz: str | None = None,
    languages: list[str] | tuple[str, ...] | None = None,
    order: DateOrder | None = None,
) -> DateMatch | None:
    """An ISO stamp, else the first written or numeric date in ``raw``; no relative phrases."""
    text = " ".join(fold(raw).split())
    return _from_iso(text, tz) or next(find_dates(text, tz=tz, languages=languages, order=order), None)


@lru_cache(maxsize=32)
def _dateparser(languages: tuple[str, ...], tz: str | None, base: datetime | None) -> DateDataParser:
    """dateparser in ``languages``.  (Told none, it would try each of its 200 locales on a string
    none of them reads, building every one's dictionaries: about 50 MB, held for the life of the
    process.)"""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "TIMEZONE": tz or "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base.astimezone(_zone(tz)).replace(tzinfo=None)
    return DateDataParser(languages=list(languages), settings=settings)


def _with_dateparser(text: str, tz: str | None, base: datetime | None, languages: list[str] | None) -> datetime | None:
    """dateparser's reading of ``text`` in ``languages``, English where none is known."""
    parser = _dateparser(tuple(languages) if languages else ("en",), tz, base)
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None
    value: datetime | None = data.date_obj if data else None
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=_zone(tz))
    return value


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
    found = read_datetime(raw, tz=tz, languages=languages)
    if found is not None:
        return Timestamp(local=found.value, raw=raw, source=source, has_time=found.has_time)
    if len(raw) > 80:
        return None
    value = _with_dateparser(raw, tz, base, languages)
    if value is None:
        return None
    has_time = bool(_HAS_CLOCK.search(raw)) or "ago" in raw.lower()
    return Timestamp(local=value, raw=raw, source=source, has_time=has_time)
