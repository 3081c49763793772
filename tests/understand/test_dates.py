"""Reading points in time from the strings pages print: stamps, bylines, comment dates, calendars."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from crawler.understand.dates.calendars import hijri_to_gregorian, jalali_to_gregorian
from crawler.understand.dates.parsing import date_order, find_dates, parse_datetime

FETCHED = datetime(2015, 12, 3, 12, 0, tzinfo=UTC)


def _local(raw: str, **kwargs: Any) -> datetime:
    stamp = parse_datetime(raw, **kwargs)
    assert stamp is not None, raw
    return stamp.local


# --- ISO stamps, as in meta tags and JSON-LD


def test_iso_stamp_keeps_the_offset_the_page_gave() -> None:
    stamp = parse_datetime("2015-12-01T08:45:12+03:30", tz="Europe/London", source="meta")
    assert stamp is not None
    assert stamp.local.utcoffset() == timedelta(hours=3, minutes=30)
    assert (stamp.raw, stamp.source, stamp.has_time) == ("2015-12-01T08:45:12+03:30", "meta", True)


def test_utc_stamp_is_shown_in_the_site_time_zone_so_the_day_is_the_sites() -> None:
    stamp = parse_datetime("2020-05-02T02:54:29.000Z", tz="America/New_York")
    assert stamp is not None
    assert stamp.day == date(2020, 5, 1)
    assert stamp.utc == datetime(2020, 5, 2, 2, 54, 29, tzinfo=UTC)


def test_stamp_without_offset_is_read_in_the_site_time_zone() -> None:
    assert _local("2015-12-01 23:30:00", tz="Asia/Tehran").utcoffset() == timedelta(hours=3, minutes=30)


def test_stamp_without_offset_or_site_zone_is_utc() -> None:
    assert _local("2015-12-01T08:45").tzinfo == UTC


def test_day_only_stamp_has_no_time() -> None:
    stamp = parse_datetime("2015-12-01")
    assert stamp is not None and not stamp.has_time and stamp.day == date(2015, 12, 1)


# --- written dates, as in bylines and comment headers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("December 1, 2015 at 3:42 pm", datetime(2015, 12, 1, 15, 42)),
        ("Dec. 1st, 2015 3 p.m.", datetime(2015, 12, 1, 15, 0)),
        ("Posted on December 1, 2015", datetime(2015, 12, 1)),
        ("Tuesday 1 December 2015 08:45", datetime(2015, 12, 1, 8, 45)),
        ("10:54 PM, May 1, 2020", datetime(2020, 5, 1, 22, 54)),
        ("Updated Mar 12, 2020 @ 10:42 am", datetime(2020, 3, 12, 10, 42)),
        ("01.12.2015 14:05", datetime(2015, 12, 1, 14, 5)),
        ("2015/12/01", datetime(2015, 12, 1)),
        ("2015年12月1日", datetime(2015, 12, 1)),
    ],
)
def test_written_dates_are_read_without_dateparser(raw: str, expected: datetime) -> None:
    assert _local(raw).replace(tzinfo=None) == expected


def test_zone_named_after_the_clock_gives_the_offset() -> None:
    assert _local("13 Jan 2020, 22:11 GMT+10").utcoffset() == timedelta(hours=10)
    assert _local("Tue, 01 Dec 2015 08:45:12 -0500").utcoffset() == timedelta(hours=-5)
    assert _local("May 1, 2020 10:54 PM ET").utcoffset() == timedelta(hours=-4)  # daylight time


def test_slashed_dates_read_month_first_in_english_and_day_first_elsewhere() -> None:
    assert _local("12/01/2015").date() == date(2015, 12, 1)
    assert _local("01/12/2015", languages=["fr"]).date() == date(2015, 12, 1)
    assert _local("25/12/2015").date() == date(2015, 12, 25)  # no month 25: day first


def test_month_names_of_other_languages_come_from_dateparser() -> None:
    assert _local("1. Dezember 2015", languages=["de"]).date() == date(2015, 12, 1)
    assert _local("1 de diciembre de 2015", languages=["es"]).date() == date(2015, 12, 1)


def test_relative_comment_dates_are_resolved_against_the_fetch_time() -> None:
    assert _local("2 days ago", base=FETCHED).date() == date(2015, 12, 1)
    assert _local("yesterday", base=FETCHED).date() == date(2015, 12, 2)


def test_relative_dates_are_read_in_the_page_s_languages_and_in_english_where_none_is_known() -> None:
    assert _local("vor 2 Tagen", base=FETCHED, languages=["de"]).date() == date(2015, 12, 1)
    assert _local("2 days ago", base=FETCHED, languages=None).date() == date(2015, 12, 1)
    # dateparser does not try its 200 locales one by one on a page that names no language
    assert parse_datetime("vor 2 Tagen", base=FETCHED) is None


def test_text_without_a_date_gives_none() -> None:
    assert parse_datetime("Reply") is None
    assert parse_datetime("") is None
    assert parse_datetime(None) is None
    assert parse_datetime("Version 3.2.1 of the plugin") is None


# --- Persian and Arabic pages


def test_jalali_date_with_persian_digits() -> None:
    assert _local("۱۰ آذر ۱۳۹۴").date() == date(2015, 12, 1)


def test_jalali_byline_with_weekday_and_clock_in_tehran_time() -> None:
    stamp = parse_datetime("سه‌شنبه ۱۰ آذر ۱۳۹۴ - ۱۲:۳۰", tz="Asia/Tehran")
    assert stamp is not None and stamp.has_time
    assert stamp.local == datetime(2015, 12, 1, 9, 0, tzinfo=UTC)


def test_numeric_jalali_date_with_persian_digits() -> None:
    assert _local("۱۳۹۴/۰۹/۱۰").date() == date(2015, 12, 1)


def test_hijri_date_with_arabic_indic_digits() -> None:
    assert _local("١٩ صفر ١٤٣٧ هـ").date() == date(2015, 12, 1)


def test_gregorian_month_names_in_arabic_levantine_and_persian() -> None:
    assert _local("1 ديسمبر 2015").date() == date(2015, 12, 1)
    assert _local("01 كانون الأول 2015").date() == date(2015, 12, 1)
    assert _local("۱ دسامبر ۲۰۱۵").date() == date(2015, 12, 1)


def test_numeric_hijri_year_on_an_arabic_page() -> None:
    assert _local("1437/02/19", languages=["ar"]).date() == date(2015, 12, 1)


def test_jalali_arithmetic_across_leap_years() -> None:
    assert jalali_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert jalali_to_gregorian(1399, 12, 30) == date(2021, 3, 20)  # 1399 is a leap year
    assert jalali_to_gregorian(1394, 12, 30) is None  # 1394 is not
    assert jalali_to_gregorian(1357, 11, 22) == date(1979, 2, 11)


def test_hijri_outside_the_umm_al_qura_table_gives_none() -> None:
    assert hijri_to_gregorian(1200, 1, 1) is None


# --- finding dates inside longer text


def test_find_dates_gives_spans_in_the_original_text() -> None:
    text = "Last updated: 3 December 2015, 18:10 | First published: 1 December 2015, 09:05"
    found = list(find_dates(text))
    assert [text[m.start : m.end] for m in found] == ["3 December 2015, 18:10", "1 December 2015, 09:05"]
    assert not found[0].offset_given


def test_find_dates_spans_map_back_through_persian_digits() -> None:
    text = "تاریخ انتشار: ۱۰ آذر ۱۳۹۴"
    (match,) = find_dates(text)
    assert text[match.start : match.end] == "۱۰ آذر ۱۳۹۴"


def test_years_before_the_web_are_not_read_as_gregorian_days() -> None:
    assert list(find_dates("He served from 12 May 1394 onwards")) == []


# --- two-digit years, as comment headers and old blog themes print them


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Aug 8 '12", datetime(2012, 8, 8)),
        ("Posted 3rd March ’98 by the editor", datetime(1998, 3, 3)),
        ("4 Nov 12 at 11:22 pm", datetime(2012, 11, 4, 23, 22)),
        ("27 Feb 09 - 14:05", datetime(2009, 2, 27, 14, 5)),
        ("25.12.19", datetime(2019, 12, 25)),
    ],
)
def test_two_digit_years_in_comment_headers_and_bylines(raw: str, expected: datetime) -> None:
    (match,) = find_dates(raw)
    assert match.value.replace(tzinfo=None) == expected


def test_two_digit_year_after_a_month_name_needs_an_apostrophe_or_a_clock() -> None:
    assert list(find_dates("On 4 May 12 people were killed in the shelling")) == []
    assert list(find_dates("Talks resume on 4 Nov 12:30 local time")) == []


def test_version_numbers_and_addresses_are_not_two_digit_year_dates() -> None:
    for text in ("Updated to version 1.2.12", "WordPress 3.4.12.1", "served from 10.11.12.13"):
        assert list(find_dates(text)) == [], text


def test_dotted_two_digit_year_is_read_in_the_locales_order() -> None:
    # WordPress themes print comment times as m.d.y in the US; European sites write d.m.y
    (american,) = find_dates("11.06.12 at 11:06 am")
    (british,) = find_dates("11.06.12 at 11:06 am", languages=["en-GB"])
    (german,) = find_dates("11.06.12 um 11:06", languages=["de"])
    assert american.value.replace(tzinfo=None) == datetime(2012, 11, 6, 11, 6)
    assert british.value.date() == german.value.date() == date(2012, 6, 11)
    assert american.ambiguous


def test_dotted_four_digit_year_is_day_first_even_in_english() -> None:
    (match,) = find_dates("11.06.2012")
    assert match.value.date() == date(2012, 6, 11) and not match.ambiguous


def test_slashed_two_digit_year_is_read_in_the_locales_order() -> None:
    (american,) = find_dates("06/11/12 at 9:15 pm")
    (british,) = find_dates("06/11/12 at 9:15 pm", languages=["en-GB"])
    (french,) = find_dates("06/11/12 à 21:15", languages=["fr"])
    assert american.value.date() == date(2012, 6, 11)
    assert british.value.date() == french.value.date() == date(2012, 11, 6)
    assert american.ambiguous and british.ambiguous


def test_an_explicit_order_overrules_the_language() -> None:
    (match,) = find_dates("03/04/2015", languages=["en"], order="DMY")
    assert match.value.date() == date(2015, 4, 3)


def test_only_swappable_numeric_dates_are_ambiguous() -> None:
    assert [m.ambiguous for m in find_dates("03/04/2015, 25/12/2015, 01.12.2015, 1 May 2015")] == [
        True, False, False, False
    ]


@pytest.mark.parametrize(
    ("locale", "order"),
    [("en-US", "MDY"), ("en_us", "MDY"), ("en-GB", "DMY"), ("en_AU", "DMY"), ("en-IN", "DMY"), ("fr-CA", "DMY"),
     ("de", "DMY"), ("en", None), ("", None), (None, None), ("??", None)],
)
def test_date_order_of_a_locale(locale: str | None, order: str | None) -> None:
    assert date_order(locale) == order


def test_ordinal_followed_by_a_full_stop() -> None:
    assert _local("November 7th. 2012, 9:39pm").replace(tzinfo=None) == datetime(2012, 11, 7, 21, 39)


@pytest.mark.parametrize("text", ["31/02/12 at 10:00", "00.00.00", "99/99/99", "Feb 30 '12", "'" * 500, "9" * 5000])
def test_impossible_dates_give_nothing_and_never_raise(text: str) -> None:
    assert list(find_dates(text)) == []
    assert parse_datetime(text) is None
