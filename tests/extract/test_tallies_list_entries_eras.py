"""Entries of lists of attacks of every era and list family ("List of terrorist incidents in
1985", lists of massacres, of bombings, of assassinations): titles with no verb, several
attacks told in one entry, and the tolls the editors' Dead and Injured columns record."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Massacre of 34 villagers at Dizangué by Boko Haram fighters.", [(34, "killed")]),
        ("1996 Kibeho attack: Massacre of 41 displaced people by militiamen.", [(41, "killed")]),
        ("Assassination of a judge in Tizi Ouzou by GIA gunmen.", [(1, "killed")]),
        ("Assassination of Rafael Ordóñez, a councillor of San Sebastián, by ETA gunmen in a bar.",
         [(1, "killed")]),
        ("The assassination of two magistrates in Palermo by a Mafia car bomb.", [(2, "killed")]),
    ],
)
def test_an_entry_titled_by_a_noun_of_killing_counts_its_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Massacre of El Mozote by the Atlacatl Battalion.",  # a massacre's name after "of": its place
        "Massacres of civilians were reported across the province.",
        "The attempted assassination of a judge in Tizi Ouzou by GIA gunmen.",
        "The attempted murder of a shopkeeper in Mardan by extortionists.",
        "An assassination attempt on the governor of Kandahar failed.",
        "Police uncovered a massacre plot against villagers in Gwoza.",
    ],
)
def test_a_massacre_by_name_or_an_attempt_counts_no_dead(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb in Shaab killed nine and a suicide bomber in Kadhimiya killed seven.",
         [(9, "killed"), (7, "killed")]),
        ("A roadside bomb killed three and a gunman wounded two.", [(3, "killed"), (2, "wounded")]),
        ("The first blast killed 11 worshippers and a second bomber at the gate killed four guards.",
         [(11, "killed"), (4, "killed")]),
    ],
)
def test_an_entry_telling_a_second_attack_after_and_counts_each_attack_once(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two policemen and a soldier in Tikrit.", [(2, "killed"), (1, "killed")]),
        ("Gunmen killed two policemen and a soldier, wounding four.", [(2, "killed"), (1, "killed"), (4, "wounded")]),
        ("A bomb killed five soldiers and a suicide bomber at a checkpoint in Baiji.", [(5, "killed"), (1, "killed")]),
    ],
)
def test_one_more_person_after_and_stays_among_the_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terrorists abducted a 17-year-old shepherd and later shot him dead near Shopian.",
         [(1, "captured"), (1, "killed")]),
        ("Militants kidnapped a Coptic doctor in Arish and beheaded him.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted a nurse in Kidal and later killed her.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted two engineers in Niger Delta and later killed them.", [(2, "captured"), (2, "killed")]),
    ],
)
def test_one_taken_and_later_killed_is_counted_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted a nurse in Kidal and later killed her husband.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted a nurse and a driver in Kidal and later killed him.", [(1, "captured"), (1, "captured")]),
        ("Gunmen abducted a nurse in Kidal; soldiers later shot him dead.", [(1, "captured")]),
        ("Gunmen abducted a nurse in Kidal and later released her.", [(1, "captured")]),
        ("Police arrested a suspect in Mardan and later shot him dead.", []),
        ("Gunmen shot a policeman in Quetta and later killed him.", []),
        ("Gunmen abducted a nurse in Kidal and then killed", [(1, "captured")]),
    ],
)
def test_a_pronoun_without_one_taken_before_it_counts_no_one(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire at a nightclub in Orlando, killing 49 people, before turning the gun on himself.",
         [(49, "killed"), (1, "killed")]),
        ("A student killed 15 people at a school in Winnenden and later turned his weapon on himself.",
         [(15, "killed"), (1, "killed")]),
        ("The gunman shot 12 worshippers and then turned the gun on himself.", [(1, "killed")]),
        ("The gunman turned the gun on the crowd, killing 12 people.", [(12, "killed")]),
        ("The gunman turned his rifle on two officers, wounding both.", [(2, "wounded")]),
    ],
)
def test_a_killer_turning_the_gun_on_himself_is_one_dead_more(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a lawyer in Quetta, resulting in his death.", [(1, "killed")]),
        ("Militants attacked a checkpoint guard near Arish, causing her death.", [(1, "killed")]),
        ("Gunmen shot dead a lawyer in Quetta, and his death sparked protests.", [(1, "killed")]),
        ("Gunmen shot a lawyer in Quetta, months after his death threats were reported.", []),
        ("Gunmen shot two lawyers in Quetta, resulting in his death.", []),
        ("His death was confirmed by police in Baqubah.", []),
    ],
)
def test_his_death_after_one_shot_or_attacked_counts_that_one(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def total_killed(text: str) -> int:
    return sum(t.count for t in tallies(text) if t.outcome == "killed" and t.subset_of is None)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The attacker was among the 14 dead after a suicide blast at a mosque in Zahedan.", 14),
        ("Both bombers were among the 31 dead after a suicide bombing at a market in Maiduguri.", 31),
        ("Twelve people were killed in a suicide bombing in Zahedan.", 13),  # the bomber on top, as lists count him
    ],
)
def test_a_bomber_said_to_be_among_the_dead_is_not_added_again(text: str, killed: int) -> None:
    assert total_killed(text) == killed


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded the figures of the text's own event sum to, as a list's columns."""
    figures = [f for f in event_tallies_json(text, "2016-03-01") if not f["cumulative"]]
    return tuple(sum(f["count"] for f in figures if f["outcome"] == outcome) for outcome in ("killed", "wounded"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb exploded at a market in Hilla; the toll was 12 dead and 35 injured.", (12, 35)),
        ("A grenade was thrown into a bar in Bujumbura. The death toll was four.", (4, 0)),
        ("A car bomb went off outside a court in Mogadishu, with a toll of 19 dead and 30 injured.", (19, 30)),
        ("A bomb killed four people in Hilla. The death toll was 6.", (6, 0)),
        ("The death toll in the war since 2011 was 400,000.", (0, 0)),  # a wider span: a running total
        ("A bomb killed four people in Hilla; the toll of the insurgency this year is 900.", (4, 0)),
    ],
)
def test_a_toll_told_as_what_it_was_is_the_entrys_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber struck a rally in Mastung; initial reports said 20 were killed, but the death toll "
         "eventually reached 149.", (149, 0)),
        ("A truck bomb exploded at a junction in Mogadishu, killing 50 people. The final death toll was 587.", (587, 0)),
        ("A bomb killed 20 people in Mastung; the toll of the insurgency eventually reached 5,000 this year.", (20, 0)),
        ("A bomb killed 20 people in Mastung. Police said the toll of such attacks stood at 300.", (20, 0)),
    ],
)
def test_a_final_toll_far_above_the_first_reports_is_the_entrys_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
