"""Time phrases resolved against the publication date, and the window that governs a figure."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.records import TimeWindow
from crawler.extract.sentences import split_sentences
from crawler.extract.windows import TimePhrase, find_time_phrases, pick_window
from tests.extract.seed_article import BODY, COMMENT_3, PUBLISHED

TUESDAY = date(2015, 12, 1)


def phrases(text: str, published: date | None = TUESDAY) -> list[tuple[str, date | None, date, str, bool]]:
    return [
        (p.phrase, p.window.start, p.window.end, p.window.precision, p.since)
        for p in find_time_phrases(text, published)
    ]


def only(text: str, published: date | None = TUESDAY) -> TimePhrase:
    found = find_time_phrases(text, published)
    assert len(found) == 1, [p.phrase for p in found]
    assert text[found[0].start : found[0].end] == found[0].phrase == found[0].window.phrase
    return found[0]


def window_of(text: str, figure: str, published: date | None = TUESDAY) -> TimeWindow | None:
    """The window pick_window gives the first occurrence of ``figure`` in ``text``."""
    start = text.index(figure)
    end = start + len(figure)
    sentence = next(s for s in split_sentences(text) if s.start <= start < s.end)
    return pick_window(find_time_phrases(text, published), start, end, sentence, published)


def span(window: TimeWindow | None) -> tuple[date | None, date, str] | None:
    return (window.start, window.end, window.precision) if window else None


# --- the seed article (published Tuesday 1 December 2015)


@pytest.mark.parametrize(
    ("figure", "phrase", "expected"),
    [
        ("deaths of 12 fighters", "in the last four days", (date(2015, 11, 27), date(2015, 12, 1), "days")),
        ("eighth Iranian commander killed", "since October 7", (date(2015, 10, 7), date(2015, 12, 1), "days")),
        ("at least 71", "since October 7", (date(2015, 10, 7), date(2015, 12, 1), "days")),
        ("seven Afghan", "last weekend", (date(2015, 11, 28), date(2015, 11, 29), "weekend")),
        ("four Pakistani fighters were buried", "last weekend", (date(2015, 11, 28), date(2015, 11, 29), "weekend")),
        # Hamedani died before the general "returned in October": open start, at the latest 31 October
        ("General Hossein Hamedani", "in October after", (None, date(2015, 10, 31), "open")),
        ("apparently killed", "in October after", (None, date(2015, 10, 31), "open")),
    ],
)
def test_seed_tallies_get_the_window_of_their_own_clause(figure: str, phrase: str, expected: tuple) -> None:
    window = window_of(BODY, figure, PUBLISHED)
    assert window is not None
    assert (window.phrase, window.assumed) == (phrase, False)
    assert span(window) == expected


def test_seed_comment_without_date_words_is_assumed_to_be_the_publication_day() -> None:
    window = window_of(COMMENT_3, "22 killed", PUBLISHED)
    assert window == TimeWindow(PUBLISHED, PUBLISHED, "day", None, assumed=True)


def test_every_time_phrase_of_the_seed_body() -> None:
    assert phrases(BODY, PUBLISHED) == [
        ("in the last four days", date(2015, 11, 27), date(2015, 12, 1), "days", False),
        ("since October 7", date(2015, 10, 7), date(2015, 12, 1), "days", True),
        ("since October 7", date(2015, 10, 7), date(2015, 12, 1), "days", True),
        ("last weekend", date(2015, 11, 28), date(2015, 11, 29), "weekend", False),
        ("for the third time this month", date(2015, 12, 1), date(2015, 12, 1), "month", False),
        ("in mid-November", date(2015, 11, 11), date(2015, 11, 20), "part_of_month", False),
        ("last week", date(2015, 11, 23), date(2015, 11, 29), "week", False),
        ("in late July", date(2015, 7, 21), date(2015, 7, 31), "part_of_month", False),
        ("in 2012", date(2012, 1, 1), date(2012, 12, 31), "year", False),
        ("in October", date(2015, 10, 1), date(2015, 10, 31), "month", False),
        ("This autumn", date(2015, 9, 1), date(2015, 11, 30), "days", False),
    ]


# --- relative phrases, read on Tuesday 1 December 2015 unless said otherwise


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end", "precision"),
    [
        ("Airstrikes killed 31 civilians in the past 24 hours, the monitor said.", "in the past 24 hours",
         date(2015, 11, 30), date(2015, 12, 1), "days"),
        ("Over the past two weeks, 40 soldiers have died.", "Over the past two weeks",
         date(2015, 11, 17), date(2015, 12, 1), "days"),
        ("Dozens were killed in the past few days.", "in the past few days", date(2015, 11, 29), date(2015, 12, 1), "days"),
        ("Seven fighters were buried last weekend.", "last weekend", date(2015, 11, 28), date(2015, 11, 29), "weekend"),
        ("Clashes over the weekend left 9 dead.", "over the weekend", date(2015, 11, 28), date(2015, 11, 29), "weekend"),
        ("A militant was killed last week in Idlib.", "last week", date(2015, 11, 23), date(2015, 11, 29), "week"),
        ("Three soldiers died earlier this week.", "earlier this week", date(2015, 11, 30), date(2015, 12, 1), "week"),
        ("Two children were killed yesterday.", "yesterday", date(2015, 11, 30), date(2015, 11, 30), "day"),
        ("The shelling resumed today.", "today", date(2015, 12, 1), date(2015, 12, 1), "day"),
        ("The shelling resumed this morning.", "this morning", date(2015, 12, 1), date(2015, 12, 1), "day"),
        ("A roadside bomb killed four policemen on Monday.", "on Monday", date(2015, 11, 30), date(2015, 11, 30), "day"),
        ("Gunmen stormed the hotel on Tuesday.", "on Tuesday", date(2015, 12, 1), date(2015, 12, 1), "day"),
        ("The convoy was hit last Tuesday.", "last Tuesday", date(2015, 11, 24), date(2015, 11, 24), "day"),
        ("Five people died in clashes on Friday night.", "on Friday night", date(2015, 11, 27), date(2015, 11, 28), "days"),
        ("Rockets fell on the town overnight.", "overnight", date(2015, 11, 30), date(2015, 12, 1), "days"),
        ("Fighting flared last night.", "last night", date(2015, 11, 30), date(2015, 12, 1), "days"),
        ("The bodies were found three days ago.", "three days ago", date(2015, 11, 28), date(2015, 11, 28), "day"),
        ("Rumors started in mid-November.", "in mid-November", date(2015, 11, 11), date(2015, 11, 20), "part_of_month"),
        ("Fighting escalated in early November.", "in early November", date(2015, 11, 1), date(2015, 11, 10), "part_of_month"),
        ("He was last seen in late December.", "in late December", date(2014, 12, 21), date(2014, 12, 31), "part_of_month"),
        ("The siege began at the end of November.", "at the end of November", date(2015, 11, 21), date(2015, 11, 30), "part_of_month"),
        ("Raids intensified late last month.", "late last month", date(2015, 11, 21), date(2015, 11, 30), "part_of_month"),
        ("The general returned in October.", "in October", date(2015, 10, 1), date(2015, 10, 31), "month"),
        ("At least 300 died last month.", "last month", date(2015, 11, 1), date(2015, 11, 30), "month"),
        ("It is the third attack this month.", "this month", date(2015, 12, 1), date(2015, 12, 1), "month"),
        ("More than 2,000 were killed earlier this year.", "earlier this year", date(2015, 1, 1), date(2015, 12, 1), "year"),
        ("The toll for last year was 1,200.", "for last year", date(2014, 1, 1), date(2014, 12, 31), "year"),
        ("The town fell last summer.", "last summer", date(2015, 6, 1), date(2015, 8, 31), "days"),
        ("The group was founded in 2012.", "in 2012", date(2012, 1, 1), date(2012, 12, 31), "year"),
        ("Violence surged in late 2014.", "in late 2014", date(2014, 9, 1), date(2014, 12, 31), "days"),
        # the period a report's total counts
        ("The UN said 1,462 civilians were killed in the first half of 2015.", "in the first half of 2015",
         date(2015, 1, 1), date(2015, 6, 30), "days"),
        ("The UN said 1,462 civilians were killed in the first six months of the year.",
         "in the first six months of the year", date(2015, 1, 1), date(2015, 6, 30), "days"),
        ("Some 300 people died in the fourth quarter of last year.", "in the fourth quarter of last year",
         date(2014, 10, 1), date(2014, 12, 31), "days"),
        ("In the second half of the year, 900 civilians were killed.", "In the second half of the year",
         date(2015, 7, 1), date(2015, 12, 1), "days"),
    ],
)  # fmt: skip
def test_relative_phrases_resolve_against_the_publication_date(
    sentence: str, phrase: str, start: date, end: date, precision: str
) -> None:
    found = only(sentence)
    assert (found.phrase, found.window.start, found.window.end, found.window.precision) == (phrase, start, end, precision)
    assert not found.since


def test_last_weekend_read_on_a_weekend_is_the_one_before() -> None:
    sunday = date(2015, 12, 6)
    assert span(only("Four were killed last weekend.", sunday).window) == (date(2015, 11, 28), date(2015, 11, 29), "weekend")
    assert span(only("Four were killed this weekend.", sunday).window) == (date(2015, 12, 5), date(2015, 12, 6), "weekend")


def test_this_weekend_read_on_a_monday_is_the_weekend_just_gone() -> None:
    monday = date(2015, 11, 30)
    assert span(only("Four were killed this weekend.", monday).window) == (date(2015, 11, 28), date(2015, 11, 29), "weekend")


def test_a_year_left_out_is_the_latest_one_not_after_publication() -> None:
    new_year = date(2016, 1, 3)
    assert span(only("The strike on December 28 killed 6.", new_year).window) == (date(2015, 12, 28), date(2015, 12, 28), "day")
    assert span(only("Rebels attacked in late November.", new_year).window) == (date(2015, 11, 21), date(2015, 11, 30), "part_of_month")


# --- running totals


@pytest.mark.parametrize(
    ("sentence", "phrase", "start"),
    [
        ("At least 71 Iranians have been killed since October 7.", "since October 7", date(2015, 10, 7)),
        ("The toll has risen to 250 since the start of the year.", "since the start of the year", date(2015, 1, 1)),
        ("More than 250,000 have died since the war began in 2011.", "since the war began in 2011", date(2011, 1, 1)),
        ("It has lost 120 fighters so far this year.", "so far this year", date(2015, 1, 1)),
        ("Since last week, 40 civilians have been killed.", "Since last week", date(2015, 11, 23)),
        ("Since 2012, the militia has lost 900 men.", "Since 2012", date(2012, 1, 1)),
    ],
)
def test_since_phrases_run_from_their_start_to_publication(sentence: str, phrase: str, start: date) -> None:
    found = only(sentence)
    assert (found.phrase, found.window.start, found.window.end, found.since) == (phrase, start, TUESDAY, True)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Twelve journalists have been killed so far.", "so far"),
        ("The coalition has carried out 9,000 strikes to date.", "to date"),
        ("More than 4,000 have died since the start of the war.", "since the start of the war"),
    ],
)
def test_totals_without_a_known_start_are_open(sentence: str, phrase: str) -> None:
    found = only(sentence)
    assert (found.phrase, found.window.start, found.window.end, found.window.precision, found.since) == (
        phrase, None, TUESDAY, "open", True,
    )  # fmt: skip


def test_before_until_and_after_bound_the_window() -> None:
    assert span(only("He died before October.").window) == (None, date(2015, 9, 30), "open")
    assert span(only("By late November, 80 had been killed.").window) == (None, date(2015, 11, 30), "open")
    assert span(only("Another 30 died after October 7.").window) == (date(2015, 10, 8), TUESDAY, "days")


def test_a_possessive_day_is_the_day_of_the_event_not_a_deadline() -> None:
    found = only("Six were killed by Tuesday's strike.")
    assert (found.phrase, found.window.start, found.window.end) == ("Tuesday", TUESDAY, TUESDAY)


# --- explicit dates and ranges


@pytest.mark.parametrize(
    ("sentence", "published", "phrase", "start", "end"),
    [
        ("The raid took place on October 12th 2023.", None, "on October 12th 2023", date(2023, 10, 12), date(2023, 10, 12)),
        ("The raid took place on 12 October.", date(2023, 11, 1), "on 12 October", date(2023, 10, 12), date(2023, 10, 12)),
        ("The raid took place on Oct. 12.", date(2023, 11, 1), "on Oct. 12", date(2023, 10, 12), date(2023, 10, 12)),
        ("The raid took place on the 7th of October.", date(2023, 11, 1), "on the 7th of October", date(2023, 10, 7), date(2023, 10, 7)),
        ("Friday, 13 November 2015 was the deadliest day.", None, "Friday, 13 November 2015", date(2015, 11, 13), date(2015, 11, 13)),
        ("The list was published on 2015-10-12.", None, "on 2015-10-12", date(2015, 10, 12), date(2015, 10, 12)),
        ("Shelling killed 40 between 5 and 9 October.", date(2023, 11, 1), "between 5 and 9 October", date(2023, 10, 5), date(2023, 10, 9)),
        ("Curfews were imposed from 1 to 3 November.", date(2023, 11, 20), "from 1 to 3 November", date(2023, 11, 1), date(2023, 11, 3)),
        ("Heavy fighting on October 5-9 left 60 dead.", date(2023, 11, 1), "on October 5-9", date(2023, 10, 5), date(2023, 10, 9)),
        ("The siege lasted from October 30 to November 2.", date(2023, 11, 20), "from October 30 to November 2", date(2023, 10, 30), date(2023, 11, 2)),
        ("The camp was shelled on the night of 12-13 October.", date(2023, 11, 1), "on the night of 12-13 October", date(2023, 10, 12), date(2023, 10, 13)),
        ("Between January and March, 1,200 civilians were killed.", date(2015, 12, 1), "Between January and March", date(2015, 1, 1), date(2015, 3, 31)),
        ("From November 2015 to February 2016, 300 died.", None, "From November 2015 to February 2016", date(2015, 11, 1), date(2016, 2, 29)),
        ("The toll for the January-March period was 40.", date(2015, 12, 1), "January-March", date(2015, 1, 1), date(2015, 3, 31)),
    ],
)  # fmt: skip
def test_explicit_dates_and_ranges(sentence: str, published: date | None, phrase: str, start: date, end: date) -> None:
    found = only(sentence, published)
    assert (found.phrase, found.window.start, found.window.end) == (phrase, start, end)


def test_an_ambiguous_numeric_date_takes_the_reading_nearest_before_publication() -> None:
    assert only("Killed on 10/12/2023.", date(2023, 10, 20)).window.start == date(2023, 10, 12)
    assert only("Killed on 10/12/2023.", date(2023, 12, 20)).window.start == date(2023, 12, 10)
    assert only("Killed on 25/10/2023.", date(2024, 1, 1)).window.start == date(2023, 10, 25)
    assert find_time_phrases("Killed on 10/12/2023.", None) == []


def test_without_a_publication_date_only_phrases_naming_their_year_resolve() -> None:
    assert phrases("On October 12th 2023 the camp was hit; last weekend 4 died; in 2012 it began.", None) == [
        ("On October 12th 2023", date(2023, 10, 12), date(2023, 10, 12), "day", False),
        ("in 2012", date(2012, 1, 1), date(2012, 12, 31), "year", False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran has allocated more than $2 billion and planned 34 projects.",
        "It may take 5 more years, officials may say.",
        "They held a March on Washington with 300 people.",
        "The soldier died the previous day.",
        "The troops were within 6km of Palmyra.",
        "The latest update on the war.",
        "A 24-hour curfew was imposed.",
    ],
)
def test_words_that_are_not_time_phrases(sentence: str) -> None:
    assert find_time_phrases(sentence, TUESDAY) == []


# --- which phrase governs a figure


def test_each_figure_takes_the_phrase_of_its_own_clause() -> None:
    text = "Five soldiers were killed on Monday; on Tuesday three more died."
    assert window_of(text, "Five soldiers").phrase == "on Monday"  # type: ignore[union-attr]
    assert window_of(text, "three more").phrase == "on Tuesday"  # type: ignore[union-attr]


def test_a_phrase_opening_the_sentence_governs_it_but_a_nearer_one_wins() -> None:
    text = "Since October 7, at least 71 Iranians have been killed, including 12 in the last four days."
    assert window_of(text, "at least 71").phrase == "Since October 7"  # type: ignore[union-attr]
    assert window_of(text, "12 in").phrase == "in the last four days"  # type: ignore[union-attr]


def test_a_phrase_in_a_relative_clause_after_the_figure_is_about_something_else() -> None:
    text = "Five people were killed in an airstrike on a market in Idlib, which had been hit twice since October."
    assert window_of(text, "Five people") == TimeWindow(TUESDAY, TUESDAY, "day", None, assumed=True)


def test_a_phrase_in_another_sentence_never_governs() -> None:
    text = "Fighting raged last weekend. Nine civilians were killed."
    assert window_of(text, "Nine civilians") == TimeWindow(TUESDAY, TUESDAY, "day", None, assumed=True)


def test_without_any_date_the_window_is_unknown() -> None:
    assert window_of("Nine civilians were killed.", "Nine civilians", None) is None


def test_a_figure_after_the_phrase_and_after_came_earlier() -> None:
    text = "The general returned in May after the death of two advisers in an ambush."
    window = window_of(text, "two advisers", date(2016, 6, 1))
    assert window == TimeWindow(None, date(2016, 5, 31), "open", "in May after")
