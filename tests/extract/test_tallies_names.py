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
