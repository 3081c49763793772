"""Page URLs: made absolute, normalised for comparison, and read for the day they spell out."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.understand.urls import absolute_url, date_in_url, normalize_url


def test_normalised_url_drops_tracking_parameters_port_and_fragment_but_keeps_the_rest() -> None:
    url = "HTTPS://News.Example:443/world/story?id=52391&utm_source=twitter&page=2&fbclid=abc#comments"
    assert normalize_url(url) == "https://news.example/world/story?id=52391&page=2"


def test_normalised_url_keeps_a_non_default_port_and_the_trailing_slash() -> None:
    assert normalize_url("http://news.example:8080/2015/12/story/") == "http://news.example:8080/2015/12/story/"


def test_relative_links_are_resolved_and_script_links_refused() -> None:
    assert absolute_url("/world/story", "https://news.example/a/b") == "https://news.example/world/story"
    assert absolute_url("javascript:void(0)", "https://news.example/") is None
    assert absolute_url("  ", "https://news.example/") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://eaworldview.com/2015/12/01/iran-daily/", date(2015, 12, 1)),
        ("https://news.example/politics/story/2020/07/08/c3d22ec8_story.html", date(2020, 7, 8)),
        ("https://news.example/news/20151201/aleppo-ceasefire", date(2015, 12, 1)),
        ("https://news.example/world/2016-03-14-ceasefire-holds.html", date(2016, 3, 14)),
        ("https://news.example/2015/1/5/story", date(2015, 1, 5)),
    ],
)
def test_day_spelled_out_in_the_path(url: str, expected: date) -> None:
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://eaworldview.com/2015/12/iran-daily-dec-1/",  # a month, not a day
        "https://news.example/story/20201234567",  # an id, not a date
        "https://news.example/story?date=2015-12-01",  # the query is not the path
        None,
    ],
)
def test_no_day_in_the_path(url: str | None) -> None:
    assert date_in_url(url) is None
