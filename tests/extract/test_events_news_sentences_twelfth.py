"""Sentences of whole news pages of 2008 and 2012 met the way a crawl meets them: the background
a report gives of a past war's toll, dated by a span of years before its verb or at the head of the sentence."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A war in Congo from 1998 to 2003 killed an estimated 5.4 million people, most from hunger.", 5_400_000),
        ("Lebanon's civil war from 1975 to 1990 killed about 150,000 people.", 150_000),
        ("Algeria's civil war between 1992 and 2002 killed up to 200,000 people.", 200_000),
        ("The Tamil insurgency from 1983 to 2009 killed between 80,000 and 100,000 people, the UN says.", 80_000),
        ("Fighting in Chechnya between 1994 and 1996 left some 50,000 civilians dead.", 50_000),
        ("Between 2003 and 2011, 4,487 US soldiers were killed in Iraq.", 4487),
        ("The war, from 1975 to 1990, killed 150,000 people.", 150_000),
    ],
)
def test_a_span_of_years_before_the_verb_dates_the_war_and_is_no_count(text: str, count: int) -> None:
    assert [c for c, outcome in counts(text) if outcome == "killed"] == [count]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war in 2003 killed 5,400 people.", [(5400, "killed")]),
        ("Between 20 and 30 soldiers were killed in the battle.", [(20, "killed")]),
        ("The 1975-1990 war killed 150,000 people.", [(150_000, "killed")]),
    ],
)
def test_a_single_year_or_a_range_of_people_is_read_as_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Congo wars killed 5 million people between 1996 and 2003, the aid group said.",
        "Government troops killed 3,000 rebels from 2004 to 2009 in the north.",
        "Fighting in Darfur killed some 300,000 people between 2003 and 2008.",
    ],
)
def test_a_span_of_years_after_the_people_keeps_the_war_s_toll(text: str) -> None:
    tallies = extract_document(text, None, "en", "body").tallies
    assert [t.event for t in tallies] == ["conflict"]


def ranges(text: str) -> list[tuple[int, int | None, str]]:
    return [(t.count, t.count_max, t.outcome) for t in find_tallies(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimates of civilian deaths in the war range from about 1,000 to 3,000.", (1000, 3000)),
        ("The death toll in the war ranged from about 2,000 to 5,000, depending on the source.", (2000, 5000)),
        ("Estimates of Iraqi civilian deaths range from roughly 90,000 to 600,000.", (90_000, 600_000)),
        ("The death toll of the siege ranges from some 400 to 700, rights groups say.", (400, 700)),
    ],
)
def test_an_estimate_of_deaths_ranging_from_about_n_to_m_is_the_range(text: str, expected: tuple[int, int]) -> None:
    assert ranges(text) == [(*expected, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airstrike killed from about 20 to 30 civilians.", [(20, 30, "killed")]),
        ("Estimates of civilian deaths in the war range from 1,000 to 3,000.", [(1000, 3000, "killed")]),
        ("About 1,000 to 3,000 civilians were killed in the war.", [(1000, 3000, "killed")]),
    ],
)
def test_a_range_without_from_before_its_qualifier_reads_as_before(
    text: str, expected: list[tuple[int, int | None, str]]
) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airstrike killed 1,500 to 2,000 civilians.", (1500, 2000)),
        ("Rebels said between 1,500 and 2,000 soldiers were killed in the battle.", (1500, 2000)),
        ("Between 1,800 and 2,000 people died in the fighting in Misrata, doctors said.", (1800, 2000)),
        ("Opposition groups say 1,600 to 1,900 protesters were shot dead during the crackdown.", (1600, 1900)),
    ],
)
def test_a_toll_range_written_with_thousands_commas_is_no_span_of_years(text: str, expected: tuple[int, int]) -> None:
    tallies = extract_document(text, None, "en", "body").tallies
    assert [(t.count, t.count_max, t.event) for t in tallies] == [(*expected, "conflict")]


@pytest.mark.parametrize(
    "text",
    [
        "Veterans laid wreaths for the 1914-1918 dead of the village.",
        "The memorial lists the dead of 1939 to 1945 from the parish.",
    ],
)
def test_a_span_of_years_read_as_the_dead_stays_no_count(text: str) -> None:
    assert extract_document(text, None, "en", "body").tallies == []
