"""Who is named in wire copy: "US" in capitals is the country, not the pronoun ("two US soldiers"
are counted, and American); a title before a single name makes it one person ("Sheikh Ahmed")."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two US soldiers were killed by a roadside bomb in Diyala province.", 2),
        ("A US Marine was killed in Helmand on Saturday, the military said.", 1),
        ("A roadside bomb killed three US soldiers north of Baghdad.", 3),
    ],
)
def test_us_soldiers_are_american_soldiers(text: str, count: int) -> None:
    found = find_tallies(text, split_sentences(text))
    assert [(t.count, t.nationality, t.role) for t in found] == [(count, "American", "soldiers")]


def test_us_the_pronoun_names_nobody() -> None:
    text = "They told us that 3 were killed."
    assert [(t.count, t.nationality) for t in find_tallies(text, split_sentences(text))] == [(3, None)]


@pytest.mark.parametrize(
    "text",
    ["The airstrike killed Sheikh Ahmed and his two sons.", "A drone strike killed Commander Hakimullah and 2 guards."],
)
def test_a_title_and_one_name_is_one_person(text: str) -> None:
    found = find_tallies(text, split_sentences(text))
    assert [t.count for t in found] == [1, 2]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On Saturday, journalist Ahmed Nasr was killed along with 11 members of his family in an airstrike.", 12),
        ("On Saturday, paramedic Ahmed Nasr was killed when the ambulance was hit.", 1),
        ("The strike killed doctor Hammam Alloh and his father.", 2),
    ],
)
def test_an_occupation_in_lower_case_before_a_name_is_one_person(text: str, count: int) -> None:
    assert sum(t.count for t in find_tallies(text, split_sentences(text))) == count

@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Journalists Marie Colvin and Remi Ochlik were killed when shelling hit a media centre in Homs.", 2),
        ("Photographers Anton Hammerl and Tim Hetherington were killed by mortar fire in Misrata.", 2),
        ("Activists Omar Khalil, Rami Haddad and Samer Issa were shot dead by security forces in Deraa.", 3),
        ("Security forces killed protesters Ali Hassan and Hussein Karim near the Pearl roundabout.", 2),
        ("Reporters Yusuf Bakri and Omar Khaled were wounded in the shelling of the district.", 2),
    ],
)
def test_a_plural_trade_before_a_list_of_names_is_the_title_of_each(text: str, count: int) -> None:
    """ "Journalists Marie Colvin and Remi Ochlik": the trade heads the list, and its first name
    is one person like the others."""
    found = find_tallies(text, split_sentences(text))
    assert sum(t.count for t in found if t.subset_of is None) == count


@pytest.mark.parametrize(
    "text",
    [
        "Officials Ali Ahmed and John Smith said 12 people were killed in the attack.",
        "Government spokesman Ali Ahmed and Interior Minister John Smith said the raid killed 12 people.",
        "Police killed protesters Friday in Cairo, and 12 people were killed in Alexandria.",
    ],
)
def test_names_of_those_who_speak_are_no_victims(text: str) -> None:
    found = find_tallies(text, split_sentences(text))
    assert [t.count for t in found] == [12]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("An elderly couple was killed when the shell hit their house.", 2),
        ("The strike killed an elderly couple and their grandson.", 3),
        ("The airstrike killed the Abu Nasr couple and their three children.", 5),
        ("A couple of days later, three soldiers were killed.", 3),
    ],
)
def test_a_couple_is_two_people(text: str, count: int) -> None:
    assert sum(t.count for t in find_tallies(text, split_sentences(text))) == count


def test_ranks_shortened_with_a_dot_stay_inside_the_list_of_names() -> None:
    text = "Gunmen stormed the base, killing Brigadier Ali Abboud, Lt. Col. Farhan Ibrahim and four other soldiers."
    assert sum(t.count for t in find_tallies(text, split_sentences(text))) == 6
    text = "Maj. Gen. Hossein Hamedani was killed near Aleppo."
    assert [t.count for t in find_tallies(text, split_sentences(text))] == [1]


def test_a_named_person_takes_who_they_are_from_their_own_words() -> None:
    text = "Ahmed Saleh, a policeman, and a child were killed."
    assert [(t.count, t.role) for t in find_tallies(text, split_sentences(text))] == [(1, "police"), (1, "children")]
    text = "The strike killed doctor Hammam Alloh and his father."
    assert [t.role for t in find_tallies(text, split_sentences(text))][0] == "medics"


def test_a_nationality_before_a_titled_name_keeps_it_a_name() -> None:
    text = "On Friday, Iranian General Hossein Hamedani was killed near Aleppo."
    assert [(t.count, t.nationality) for t in find_tallies(text, split_sentences(text))] == [(1, "Iranian")]


def test_a_titled_name_after_its_body_and_role_is_one_person() -> None:
    text = "The Revolutionary Guards commander Brig. Gen. Abdolreza Mojiri was killed in fighting on Sunday."
    assert [t.count for t in find_tallies(text, split_sentences(text))] == [1]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ahmad Yusuf, 45, and his son Bilal, 12, were killed when a shell hit their house in Deir Ezzor.", 2),
        ("Mohammed Saleh, 19, Khaled Aziz, 22, and Omar Nasser, 17, were shot dead by troops at the fence.", 3),
        ("Bashir Ali, a 45-year-old farmer, and his son Bilal were killed by a sniper in Homs.", 2),
        ("Bashir Ali, a farmer, and his two sons were killed by a sniper in Homs.", 3),
        ("Bashir Ali, a farmer and a child were killed by a sniper in Homs.", 3),
    ],
)
def test_names_with_ages_or_a_description_count_one_person_each(text: str, count: int) -> None:
    """An age or "a farmer" between commas after a name says who that person is; it is no one
    more, and it does not end the list."""
    found = find_tallies(text, split_sentences(text))
    assert sum(t.count for t in found if t.subset_of is None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sgt. John Miller, Cpl. David Ross and Pte. Liam Hart were killed in the ambush near the pass.", 3),
        ("Capt. Mark Jones and Sgt. Paul Carter were killed when a roadside bomb hit their patrol.", 2),
        ("Lt. Col. Ahmed Saleh was killed in the rocket attack on the base.", 1),
        ("The Quds Force commander Brig. Gen. Hassan Shateri was killed near the border on Tuesday.", 1),
    ],
)
def test_a_rank_written_short_with_a_dot_stays_with_its_name(text: str, count: int) -> None:
    found = find_tallies(text, split_sentences(text))
    assert sum(t.count for t in found if t.subset_of is None) == count


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed two civilians, Dr. Anwar Khalil, a lecturer at the Open University and former head"
        " of its law faculty, and his son, Omar, an engineer, in the old city.",
        "The strike killed two fighters, Abu Omar and Abu Khaled, near the border crossing.",
    ],
)
def test_names_after_a_counted_figure_are_those_people(text: str) -> None:
    """ "killed two civilians, Dr. Anwar Khalil, ... and his son": the names say who the two are."""
    found = find_tallies(text, split_sentences(text))
    assert sum(t.count for t in found if t.subset_of is None) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A man, 45, and his son, 12, were killed when the shell hit their car.",
        "A man, 45, and his son were killed when the shell hit their car.",
        "The strike killed a man, 45, and his son, 12, near the bakery.",
    ],
)
def test_ages_after_people_named_by_a_noun_are_no_figures(text: str) -> None:
    found = find_tallies(text, split_sentences(text))
    assert sum(t.count for t in found) == 2
