"""Dates on pages of shapes the first dev sets lacked: a WordPress ``<time pubdate>`` beside a
dated link in the text, an embedded social post's own ``<time>``, a sentence stating the
publication in the page's language, and htmldate's reading where the page's own signals are mute."""

from __future__ import annotations

from datetime import date

from crawler.understand.html import parse_page
from crawler.understand.metadata.page_meta import extract_metadata

PROSE = "<p>" + "Shelling resumed on Monday near the crossing, residents said. " * 10 + "</p>"


def _day(markup: str, url: str = "https://example.org/story") -> date | None:
    published = extract_metadata(parse_page(markup, url)).published
    return published.day if published else None


def test_the_entry_date_time_with_pubdate_beats_a_dated_link_in_the_text() -> None:
    page = (
        "<html><head><title>Shelling resumes</title></head><body><div class='post'>"
        "<h1 class='entry-title'>Shelling resumes</h1><div class='entry-meta'><span class='posted-on'>Posted on "
        "<a href='/x' rel='bookmark'><time class='entry-date' datetime='2013-04-09T10:00:00+00:00' pubdate>"
        "April 9, 2013</time></a></span></div><div class='entry-content'><p>See our earlier report "
        "<a href='/2012/11/earlier/'>November 14, 2012: Clashes at the crossing</a>.</p>" + PROSE + "</div></div></body></html>"
    )
    assert _day(page) == date(2013, 4, 9)


def test_an_embedded_tweets_time_is_not_the_articles() -> None:
    page = (
        "<html><head><title>Shelling resumes</title></head><body><article><h1>Shelling resumes</h1>"
        "<div class='entry-content'><blockquote class='twitter-tweet'><p>Heavy shelling now</p>&mdash; Reporter "
        "(@rep) <a href='https://twitter.com/rep/status/1'><time datetime='2011-02-03'>February 3, 2011</time></a>"
        "</blockquote>" + PROSE + "<p class='posted'>Posted: 2013-04-09</p></div></article></body></html>"
    )
    assert _day(page) == date(2013, 4, 9)


def test_a_german_sentence_stating_the_publication_gives_the_day() -> None:
    page = (
        "<html lang='de'><head><title>Beschuss</title></head><body><article><h1>Beschuss</h1><p>"
        + "Der Beschuss wurde am Montag fortgesetzt. " * 10
        + "</p><p>Dieser Artikel wurde am 3. März 2015 veröffentlicht.</p></article></body></html>"
    )
    assert _day(page) == date(2015, 3, 3)


def test_a_french_publie_le_line_gives_the_day() -> None:
    page = (
        "<html lang='fr'><head><title>Bombardements</title></head><body><article><h1>Bombardements</h1><p>"
        + "Les bombardements ont repris lundi. " * 10
        + "</p><p class='x'>Publié le 12 mars 2015 à 10h30</p></article></body></html>"
    )
    assert _day(page) == date(2015, 3, 12)


def test_htmldate_reads_a_date_the_page_shows_nowhere_near_its_headline() -> None:
    para = "<p>" + "We work on open licences for everyone, in many countries. " * 10 + "</p>"
    page = (
        "<html><head><title>About us</title></head><body><div id='main'><h1>About us</h1>" + para + para
        + "<div class='x'><p>This page was last modified by staff: 2016-05-22</p></div></div>"
        "<div>© 2019 Example Org</div></body></html>"
    )
    published = extract_metadata(parse_page(page, "https://example.org/about/")).published
    assert published is not None and published.day == date(2016, 5, 22) and published.source == "htmldate"


def test_a_copyright_year_alone_is_no_publication_day() -> None:
    para = "<p>" + "We work on open licences for everyone, in many countries. " * 10 + "</p>"
    page = (
        "<html><head><title>About us</title></head><body><div id='main'><h1>About us</h1>" + para
        + "</div><div>© 2019 Example Org</div></body></html>"
    )
    assert _day(page, "https://example.org/about/") is None


def test_htmldate_reads_date_strings_in_the_page_s_languages_and_english_only() -> None:
    """Where no language it is told reads a string, dateparser would try each of its 200 locales
    and keep all their dictionaries: htmldate's parser is told the page's languages."""
    from htmldate.extractors import get_external_parser

    para = "<p>" + "Die Arbeit an offenen Lizenzen für alle geht weiter, sagte der Verein. " * 10 + "</p>"
    page = (
        "<html lang='de'><head><title>Über uns</title></head><body><div id='main'><h1>Über uns</h1>" + para
        + "<div class='x'><p>Zuletzt geändert: 22. Mai, 14:31</p></div></div></body></html>"
    )
    extract_metadata(parse_page(page, "https://example.de/ueber-uns/"))
    assert get_external_parser().languages == ["en", "de"]
