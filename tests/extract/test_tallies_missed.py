"""Constructions whose figure was missed or counted twice: people burned alive, the same people
taken up again by "all three" or "both" in their own sentence, the dead named in an aside, kin
in the plural named one by one ("brothers Karim and Nabil Haddad"), "the rest" of a total,
"a third one" as the subject of an active verb, and a later toll of several attacks taken as the
range of one."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.restatements import event_tallies
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


def event_sum(text: str, outcome: str = "killed") -> int:
    found = event_tallies(extract_document(text, date(2024, 3, 2)).tallies)
    return sum(t.count for t in found if t.outcome == outcome and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The militants set fire to the chapel, burning at least 30 worshippers alive.", 30),
        ("Gunmen burned 12 villagers alive inside their homes near Kaduna.", 12),
        ("A mob burned two suspected thieves alive at the market in Goma on Sunday.", 2),
        ("Attackers barricaded the doors and burnt seven people alive, witnesses said.", 7),
        ("Rebels are accused of burning dozens of farmers alive.", 24),
    ],
)
def test_people_burned_alive_were_killed(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers burned 40 houses in the village of Dogo.",
        "The fire burned for hours, but all 12 miners were found alive.",
        "Arsonists burned three shops and left two guards alive but shaken.",
    ],
)
def test_burning_things_or_people_found_alive_is_no_death(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police found the bodies of three men near Juarez; all three had been executed.", 3),
        ("Villagers recovered the bodies of five shepherds, all five shot dead at close range.", 5),
        ("Two border guards were killed in Kunar province, and both were buried in their home villages.", 2),
    ],
)
def test_all_of_the_people_told_again_in_their_sentence_count_once(text: str, count: int) -> None:
    assert event_sum(text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen killed four soldiers, and all four attackers were killed in the firefight.", 8),
        ("Three policemen were killed in Mardan, and five were killed in Swat.", 8),
        ("Three policemen were killed in Mardan; all four wounded were taken to Peshawar.", 3),
    ],
)
def test_other_people_or_another_number_after_all_still_add_up(text: str, count: int) -> None:
    assert event_sum(text) == count


@pytest.mark.parametrize(
    ("text", "outcome", "count"),
    [
        ("The deceased, identified as Ali Hassan and Omar Farouk, were taken to the morgue in Sukkur.", "killed", 2),
        ("The dead, named as Ruslan Aliyev, 31, and Timur Aliyev, 28, were buried on Friday.", "killed", 2),
        ("The dead, identified as Tariq Mehmood, Imran Saleem and his son Bilal, were buried in Khost.", "killed", 3),
        ("The injured, identified as Grace Achieng and Peter Otieno, were taken to Kisumu hospital.", "wounded", 2),
        (
            "Two guards were killed at the gate. The deceased, identified as Ali Hassan and Omar Farouk, "
            "were taken to the morgue.",
            "killed",
            2,
        ),
    ],
)
def test_the_dead_named_in_an_aside_are_as_many_as_the_names(text: str, outcome: str, count: int) -> None:
    assert event_sum(text, outcome) == count


def test_the_dead_identified_by_someone_are_not_counted() -> None:
    assert event_sum("The dead, identified by relatives at the scene, were buried on Friday.") == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The strike killed 14-year-old twins Ahmed and Mohammed Saleh.", 2),
        ("The shelling in Idlib killed brothers Karim and Nabil Haddad.", 2),
        ("The raid killed cousins Tareq and Samir Abu Hamad.", 2),
        ("Twin sisters Lina and Maya Odeh, aged six, were killed when the shell hit.", 2),
        ("Brothers Yusuf, Omar and Ali Darwish were shot dead at a checkpoint near Jenin.", 3),
        ("Police said 14-year-old twins Ahmed and Mohammed Saleh were killed.", 2),
    ],
)
def test_kin_in_the_plural_then_their_names_are_as_many_as_the_names(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers, Karim and Nabil Haddad, were killed.", [(2, "killed")]),
        ("The two brothers Hatem and Samir were buried in Khan Younis.", [(2, "killed")]),
        ("The strike killed brothers in arms of the fallen commander.", []),
        ("Brothers Karim Haddad was killed.", [(1, "killed")]),
    ],
)
def test_counted_kin_or_one_name_keep_their_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 20 victims, nine died and the rest were wounded.", [(9, "killed"), (11, "wounded")]),
        ("Five of the 14 passengers were killed and the others injured.", [(5, "killed"), (9, "wounded")]),
        (
            "Of the 32 miners trapped underground, four died and the remainder were injured.",
            [(4, "killed"), (28, "wounded")],
        ),
    ],
)
def test_the_rest_of_a_total_told_before_are_the_total_less_those_counted(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 14 passengers, five were killed and the others escaped unhurt.", [(5, "killed")]),
        ("Three soldiers were killed and the rest were wounded.", [(3, "killed")]),
        ("Of the 5 victims, nine died and the rest were wounded.", [(9, "killed")]),
    ],
)
def test_the_rest_without_a_total_or_an_outcome_gives_nothing(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shot four gunmen, but a fifth one killed a family of six west of Ramadi.", [(6, "killed")]),
        ("Two rockets hit open fields, but a third one killed three farmers near the border.", [(3, "killed")]),
        ("The first drone missed; the second one killed two fighters on a motorbike.", [(2, "killed")]),
        ("One bomb went off near the gate; the other one injured 14 worshippers.", [(14, "wounded")]),
    ],
)
def test_one_after_an_ordinal_or_other_is_the_subject_of_the_verb_after_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were wounded and a third one killed in the blast.", [(2, "wounded"), (1, "killed")]),
        ("Two soldiers were wounded and a third one killed two days later.", [(2, "wounded"), (1, "killed")]),
        ("Two soldiers were killed and another one injured.", [(2, "killed"), (1, "wounded")]),
    ],
)
def test_one_more_person_with_no_people_after_the_verb_is_still_one_casualty(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


def extracted(text: str) -> list[Tally]:
    return extract_document(text, date(2024, 3, 2)).tallies


@pytest.mark.parametrize(
    "later",
    [
        "Funerals were held for the 29 people who had been killed across attacks in Jabalia that night.",
        "Health officials said 140 people had been killed in strikes across Gaza overnight.",
        "The ministry said 35 people were killed in a series of airstrikes on Rafah on Tuesday.",
    ],
)
def test_a_later_toll_of_several_attacks_does_not_widen_the_toll_of_one(later: str) -> None:
    found = extracted(f"At least 12 people were killed in the strike on the Nofal house. {later}")
    assert [(t.count, t.count_max) for t in found][0] == (12, None)
    assert event_sum(f"At least 12 people were killed in the strike on the Nofal house. {later}") == 12


def test_a_later_report_of_the_same_attack_still_widens_its_toll() -> None:
    found = extracted("At least 12 people were killed in the strike on the Nofal house. Later reports put the toll at 15.")
    assert [(t.count, t.count_max) for t in found][0] == (12, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An eight-year-old girl, a man and a woman were killed when the shell hit their house.", 3),
        ("The dead were a 60-year-old farmer, his wife and their grandson.", 3),
        ("The dead were a police officer and two civilians, the ministry said.", 3),
        ("Three people were killed in the raid. The dead were a farmer, his wife and their grandson.", 3),
    ],
)
def test_a_list_of_people_told_one_by_one_without_a_total_is_summed(text: str, expected: int) -> None:
    assert event_sum(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The dead were a mix of soldiers and civilians.", "The dead were a farmer."],
)
def test_the_dead_were_a_kind_or_one_person_alone_gives_no_figure(text: str) -> None:
    assert counts(text) == []
