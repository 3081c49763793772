"""Reading how-many phrases: digits, words, ranges, qualifiers, and numbers that measure things."""

from __future__ import annotations

import pytest

from crawler.extract.numbers import Quantity, find_quantities, normalize_digits, parse_number


def _only(text: str) -> Quantity:
    quantities = find_quantities(text)
    assert len(quantities) == 1, quantities
    return quantities[0]


def _counts(text: str) -> list[tuple[str, int]]:
    return [(text[q.start : q.end], q.value) for q in find_quantities(text) if q.is_count]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1,200", 1200),
        ("1 200", 1200),
        ("seven", 7),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("three hundred", 300),
        ("three hundred and twenty-five", 325),
        ("a hundred", 100),
        ("two thousand five hundred", 2500),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two dozen", 24),
        ("eighth", 8),
        ("21st", 21),
        ("4.5 million", 4_500_000),
    ],
)
def test_number_phrases_read_as_one_value(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


def test_arabic_indic_and_persian_digits_read_as_western_digits_at_the_same_offsets() -> None:
    text = "قتل ١٢ شخصا و ۱۵ آخرون"
    assert len(normalize_digits(text)) == len(text)
    assert [q.value for q in find_quantities(text)] == [12, 15]


def test_a_run_of_number_words_splits_where_the_grammar_breaks() -> None:
    assert _counts("between one and two civilians, seven Afghan and four Pakistani") == [
        ("between one and two", 1),
        ("seven", 7),
        ("four", 4),
    ]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("10 to 15 people", 10, 15),
        ("10-15 people", 10, 15),
        ("3 – 7 civilians", 3, 7),
        ("between 20 and 30 soldiers", 20, 30),
        ("two or three bodies", 2, 3),
        ("at least 11 and up to 15 members", 11, 15),
        ("at least 10, and possibly 15, civilians", 10, 15),
        ("at least 10 and perhaps 15 civilians", 10, 15),
        # a top hedged on its own, as estimates of a war's dead are told
        ("range from about 90,000 to more than 600,000", 90000, 600000),
        ("from 12,000 to nearly 20,000 civilians", 12000, 20000),
        ("estimates run from 300 to well over 1,000", 300, 1000),
    ],
)
def test_ranges_give_lower_and_upper_bound(text: str, low: int, high: int) -> None:
    quantity = find_quantities(text)[0]
    assert (quantity.value, quantity.value_max) == (low, high)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 71", "at_least"),
        ("no fewer than 40", "at_least"),
        ("50 or more", "at_least"),
        ("more than 20", "more_than"),
        ("over 40", "more_than"),
        ("upwards of 300", "more_than"),
        ("above 5,000", "more_than"),
        ("well above 200", "more_than"),
        ("up to 50", "up_to"),
        ("as many as 60", "up_to"),
        ("less than 10", "less_than"),
        ("fewer than 10", "less_than"),
        ("about 100", "about"),
        ("around 30", "about"),
        ("nearly 60", "about"),
        ("almost 90", "about"),
        ("roughly 15", "about"),
        ("some 20", "about"),
        ("approximately 300", "about"),
        ("an estimated 400", "about"),
        ("about a dozen", "about"),
        ("a dozen", "exact"),
        ("two dozen", "exact"),
    ],
)
def test_qualifiers_in_front_or_behind_are_read(text: str, qualifier: str) -> None:
    assert _only(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a few", 2),
        ("a couple of", 2),
        ("a number of", 2),
        ("an unknown number of", 2),
        ("an unspecified number of", 2),
        ("an undisclosed number of", 2),
        ("several", 2),
        ("dozens", 24),
        ("scores of", 40),
        ("hundreds", 200),
        ("thousands", 2000),
        ("tens of thousands", 20_000),
        ("hundreds of thousands", 200_000),
        ("several dozen", 24),
        ("a few dozen", 24),
        ("several hundred", 200),
        ("a few thousand", 2000),
    ],
)
def test_vague_amounts_count_the_least_they_imply(text: str, value: int) -> None:
    quantity = _only(f"{text} people")
    assert (quantity.value, quantity.qualifier) == (value, "vague")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("a $200 million operation", "money"),
        ("more than $2 billion for overthrowing", "money"),
        ("paid 5,000 dollars", "money"),
        ("within 6km of Palmyra", "distance"),
        ("12 kilometres north of the city", "distance"),
        ("for three hours", "duration"),
        ("over the past 24 hours", "duration"),
        ("a 6-year-old girl", "age"),
        ("Jana, aged 12, was", "age"),
        ("the father, 38 years old, was", "age"),
        ("a 9 month old infant", "age"),
        ("a man, 45, and his son", "age"),
        ("and his daughter (6) were", "age"),
        ("since 2012", "year"),
        ("the 1990s", "year"),
        ("at 6:28 PM", "time"),
        ("at 5 p.m.", "time"),
        ("on 10/8/2012", "date"),
        ("since October 7", "date"),
        ("on 12 October", "date"),
        ("40 percent", "percent"),
        ("40%", "percent"),
        ("No. 5 checkpoint", "label"),
        ("Camp 2 in Nuseirat", "label"),
        ("pupils in Year 10 were", "label"),
        ("a six-front offensive", "compound"),
        ("for the third time", None),
    ],
)
def test_numbers_that_measure_things_are_not_counts(text: str, measure: str | None) -> None:
    quantity = find_quantities(text)[0]
    assert quantity.measure == measure
    assert not quantity.is_count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year 3,400 civilians were killed in Afghanistan", [("3,400", 3400)]),
        ("this year 120 soldiers have died in Helmand", [("120", 120)]),
        ("every year 40 children are hurt by mines", [("40", 40)]),
    ],
)
def test_a_year_told_as_a_time_before_a_figure_is_no_label(text: str, expected: list[tuple[str, int]]) -> None:
    assert _counts(text) == expected


def test_ages_in_a_list_of_named_victims_are_not_counts() -> None:
    text = "his son Ahmed Hussein Al-Astal, 12 years old; Jana Abo Zayed (12) and Omar Wahba, 11, and"
    assert _counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an age known only within a year or two, in brackets after a name
        "Mahmoud Atiya Kashko (56-64) and his son Moatasem (29) were reportedly killed",
        # an age in brackets after a name and its comma
        "Ahmed Hashem, also known as Abu Suhaib, (32) was killed",
    ],
)
def test_ages_in_brackets_after_a_name_are_not_counts(text: str) -> None:
    assert _counts(text) == []


def test_counts_of_people_stay_counts_next_to_measures() -> None:
    text = "On 12 October 2023, 12 people were killed within 6km of the border in 2 hours."
    assert _counts(text) == [("12", 12)]


def test_four_digit_number_before_people_is_a_count_not_a_year() -> None:
    assert _counts("1500 people were killed") == [("1500", 1500)]


@pytest.mark.parametrize(
    "text",
    [
        "The attack on April 2nd 2024 killed three civilians.",
        "The strike on 2 April 2024 killed three civilians.",
        "The strike on the 2nd of April 2024 killed three civilians.",
        "The attack on October 7, 2023 killed three people.",
    ],
)
def test_a_year_after_a_day_of_a_month_dates_the_verb_after_it(text: str) -> None:
    assert _counts(text) == [("three", 3)]


def test_a_figure_of_people_after_a_day_of_a_month_stays_a_count() -> None:
    assert _counts("On April 2, 2000 people were killed.") == [("2000", 2000)]


def test_a_figure_after_a_word_ending_in_rs_is_no_money() -> None:
    text = "Gunmen stormed the police headquarters. 5 people were killed."
    assert [q.measure for q in find_quantities(text)] == [None]
    assert [q.measure for q in find_quantities("He was fined Rs. 500 by the court.")] == ["money"]


def test_may_is_a_month_only_with_its_capital() -> None:
    assert _only("Clashes resumed on 20 May in the old city.").measure == "date"
    assert _counts("As many as 20 may have been wounded, medics said.") == [("As many as 20", 20)]


@pytest.mark.parametrize(("text", "value"), [("scores were hurt", 40), ("scores more", 40), ("the match scores", None)])
def test_scores_alone_count_only_before_a_verb_or_more(text: str, value: int | None) -> None:
    found = find_quantities(text, 0, len(text))
    assert [q.value for q in found] == ([] if value is None else [value])


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Twenty-One soldiers and SEVEN police officers were killed.", [("Twenty-One", 21), ("SEVEN", 7)]),
        ("In İzmir, FIVE people and A FEW others were wounded.", [("FIVE", 5), ("A FEW", 2)]),
        ("The \u212aabul blast killed ELEVEN guards and Numerous civilians.", [("ELEVEN", 11), ("Numerous", 2)]),
        ("\u017feven people were killed and FİVE were hurt.", []),  # no number word is spelt so
    ],
)
def test_number_words_read_in_any_case(text: str, counts: list[tuple[str, int]]) -> None:
    """Number words and vague amounts are read in capitals too, also in a sentence holding a
    letter that case-insensitive matching folds to an ASCII one ("ſ", "İ", the kelvin sign)."""
    assert _counts(text) == counts


def test_a_passage_read_alone_keeps_the_word_it_starts_inside() -> None:
    """A passage starting inside a word ("...seventeen" cut after "seven") reads no number at its start."""
    text = "Fourteen were hurt and seventeen were killed."
    cut = text.index("teen were killed")
    assert [(q.value, q.start) for q in find_quantities(text, cut, len(text))] == []
    assert [q.value for q in find_quantities(text, text.index("seventeen"), len(text))] == [17]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("5 killed,2 injured in the blast", [5, 2]),  # a space left out after the comma
        ("1,200 people fled", [1200]),
        ("the ratio was 3,5 to one", [3, 1]),  # digits after a digit and a comma are the same figure's
    ],
)
def test_digits_after_a_comma_without_a_space(text: str, found: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The war has killed 60k people", [("60k", 60_000)]),
        ("Over 1m Iraqis died because of the invasion", [("Over 1m", 1_000_000)]),
        ("More than 100k+ civilians were killed", [("More than 100k+", 100_000)]),
        ("3.5m dead in Congo, the aid group says", [("3.5m", 3_500_000)]),
        ("Russia has lost 300k soldiers", [("300k", 300_000)]),
    ],
)
def test_a_short_scale_written_onto_digits_before_people(text: str, found: list[tuple[str, int]]) -> None:
    """Headlines and readers' comments write thousands and millions as "60k" and "1m"."""
    assert _counts(text) == found


@pytest.mark.parametrize(
    "text", ["A sniper shot him 50m from the gate", "Builders put up a 2m wall", "She ran the 5k race in May"]
)
def test_before_anything_but_people_they_are_metres_and_races(text: str) -> None:
    assert all(q.value < 1000 for q in find_quantities(text))
