"""Everyday news of conflict deaths that gave no tally, or a wrong one: a source named after the
people, the dead told in a fronted "Of the dead,", bodies with an adjective of what was done to
them, "scores" alone, "the massacre of", headlines in the present tense, "the dead numbered"; and,
read through the whole extraction, threats to behead or execute, a killing told beside a threat
of more, and the near misses that stay no dead (sport, idiom, hypotheticals, lives saved)."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


def reported(text: str) -> list[tuple[int, str]]:
    """The figures the whole extraction keeps: those that are no event are dropped."""
    return [(t.count, t.outcome) for t in extract_document(text, None).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb killed 23 people near a market in Mosul, a police officer said.", [(23, "killed")]),
        ("Gunmen killed 8 people at a party in Torreon, an official told AFP.", [(8, "killed")]),
        ("Troops killed 14 militants in Khyber, a spokesman told reporters on Monday.", [(14, "killed")]),
        ("The shelling of Misrata killed at least 18 people, a doctor said.", [(18, "killed")]),
        ("Rockets killed two Israelis in Ashdod, a police spokesman said.", [(2, "killed")]),
        ("Clashes in Abyan killed 11 soldiers, a military official reported.", [(11, "killed")]),
        ('"We buried 23 martyrs today," an activist told Reuters by phone.', [(23, "killed")]),
    ],
)
def test_a_source_closing_the_sentence_after_the_people_is_none_of_them(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed a soldier, a policeman and two civilians.", [(1, "killed"), (1, "killed"), (2, "killed")]),
        ("Gunmen killed a judge, a teacher and a lawyer, police said.", [(1, "killed"), (1, "killed"), (1, "killed")]),
    ],
)
def test_a_list_of_people_with_a_and_an_is_still_read_whole(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Of the dead, 11 were children, the health ministry said.", 11),
        ("Of those killed, 23 were women.", 23),
        ("Of the dead, nine were police officers.", 9),
        ("Of those who died, 4 were journalists.", 4),
    ],
)
def test_a_fronted_of_the_dead_tells_a_part_of_the_dead(text: str, count: int) -> None:
    found = tallies(text)
    assert [(t.count, t.outcome, t.qualifier) for t in found] == [(count, "killed", "at_least")]


def test_a_fronted_of_the_dead_after_a_toll_is_a_part_of_it() -> None:
    text = "Twenty people were killed in the airstrike in Idlib. Of the dead, 11 were children."
    found = tallies(text)
    assert [(t.count, t.subset_of) for t in found] == [(20, None), (11, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Of the dead, the youngest was three.",
        "Of those, 12 were arrested.",
        "Of the dead soldiers' families, many refused to speak.",
    ],
)
def test_of_the_dead_without_a_count_after_its_comma_tells_no_part(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Twelve decapitated bodies were discovered in Chilpancingo.", 12),
        ("Police found 49 mutilated bodies on a highway near Monterrey.", 49),
        ("Soldiers found seven charred bodies in a burned-out truck.", 7),
        ("The dismembered bodies of 6 men were left in coolers in Guadalajara.", 6),
        ("Nine blindfolded bodies were found in a ditch in east Baghdad.", 9),
    ],
)
def test_bodies_with_an_adjective_of_what_was_done_to_them_are_dead(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left scores dead.", [(40, "killed")]),
        ("Scores dead in Baghdad bombings", [(40, "killed")]),
        ("Scores killed as shells hit Homs", [(40, "killed")]),
        ("Scores were killed in the fighting.", [(40, "killed")]),
    ],
)
def test_scores_alone_before_an_outcome_is_forty(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She scores dead-ball goals for fun.",
        "Ronaldo scores twice as Madrid win.",
    ],
)
def test_scores_as_a_verb_counts_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The massacre of 16 villagers in Kandahar sparked outrage.", 16),
        ("Witnesses described the massacre of 108 people in Houla.", 108),
        ("A massacre of at least 30 worshippers shocked Jos.", 30),
    ],
)
def test_the_massacre_of_counted_people_kills_them(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two massacres in March killed 40 people.", [(40, "killed")]),
        ("Rebels accused the army of 12 massacres.", []),
    ],
)
def test_massacres_counted_are_no_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The bombing claimed 17 lives.", 17),
        ("Drug violence has cost 47,000 lives since 2006.", 47000),
        ("40 lives were lost in the attack.", 40),
    ],
)
def test_lives_lost_are_still_dead(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shoot dead 12 in Ciudad Juarez", 12),
        ("Militant shoots dead 3 policemen in Peshawar", 3),
        ("Mob stabs to death 2 Buddhist monks in Pattani", 2),
        ("Machete gang hacks to death 12 villagers near Jos", 12),
        ("Mob burns alive 30 in Kenya church", 30),
        ("Troops slay 30 Boko Haram fighters in Maiduguri", 30),
        ("Gunmen mow down 17 at birthday party", 17),
    ],
)
def test_a_headline_in_the_present_tense_kills_its_object(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels stab 3 guards at a checkpoint", [(3, "wounded")]),
        ("He mows down the lawn every Sunday, all 3 acres.", []),
    ],
)
def test_a_present_tense_verb_without_its_death_keeps_its_reading(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Army shells Homs, killing scores", [(40, "killed")]),
        ("Troops opened fire on the march, killing scores and wounding hundreds.", [(40, "killed"), (200, "wounded")]),
    ],
)
def test_scores_after_killing_is_forty(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead numbered at least 60, a hospital official said.", [(60, "killed")]),
        ("The dead number more than 200 after a week of shelling.", [(200, "killed")]),
        ("The wounded totalled 300.", [(300, "wounded")]),
        ("The dead numbered about 40, the wounded over 100.", [(40, "killed"), (100, "wounded")]),
        ("The dead numbered 12 soldiers and 3 civilians.", [(12, "killed"), (3, "killed")]),
    ],
)
def test_the_dead_numbered_a_figure(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "By Friday the dead numbered in the hundreds.",
        "The dead were numbered and photographed for identification.",
    ],
)
def test_the_dead_numbered_without_a_figure_gives_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabab threatened to behead 2 aid workers held since March.",
        "The kidnappers threaten to execute 4 engineers unless a ransom is paid.",
        "The Taliban vowed to shoot dead 3 informers in Helmand.",
        "Insurgents have threatened to slaughter 20 captured policemen.",
    ],
)
def test_a_threat_to_behead_or_execute_is_no_casualty(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants beheaded 2 aid workers and threatened to behead more.", [(2, "killed")]),
        ("Gunmen killed 3 soldiers in Mosul and vowed to kill more.", [(3, "killed")]),
        ("The group executed 4 hostages on Sunday, and said it would kill the rest.", [(4, "killed")]),
    ],
)
def test_a_killing_told_before_a_threat_of_more_still_counts(text: str, expected: list[tuple[int, str]]) -> None:
    assert reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers killed the Celtics 110-89 on Sunday.",
        "He shot 20 three-pointers in the game.",
        "The photographer shot hundreds of pictures of the parade.",
        "The new field hospital could save 2,000 lives a year.",
        "Army medics saved 30 lives after the bombing.",
        "A car bomb was defused in Kirkuk before it could kill dozens of people.",
        "Had the truck bomb gone off, it would have killed 100 people, police said.",
        "Should the ceasefire fail, hundreds could be killed.",
        "Twelve soldiers survived the ambush unharmed.",
    ],
)
def test_near_misses_report_no_dead(text: str) -> None:
    assert reported(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shot nine people at a drug rehabilitation centre in Chihuahua, killing all of them.", 9),
        ("Masked men shot 6 villagers in Narathiwat, killing them all.", 6),
    ],
)
def test_all_of_those_shot_before_are_killed(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot nine people at a bar in Monterrey, killing four.", [(5, "wounded"), (4, "killed")]),
        ("Gunmen shot nine people at a bar in Tijuana, wounding all of them.", [(9, "wounded")]),
        ("Gunmen shot at 9 police officers in Ciudad Juarez but missed all of them.", []),
    ],
)
def test_an_outcome_after_a_shooting_counts_its_own_object(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The eight-day conflict claimed 162 Palestinian and six Israeli lives.", [(162, "killed"), (6, "killed")]),
        (
            "The five-day war cost 2,000 Georgian and 64 Russian lives, officials said.",
            [(2000, "killed"), (64, "killed")],
        ),
        ("Monitors recorded 40 civilian and 12 military deaths in Homs.", [(40, "killed"), (12, "killed")]),
    ],
)
def test_two_sides_counted_before_one_noun_are_both_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clashes caused 12 deaths and 40 injuries.", [(12, "killed"), (40, "wounded")]),
        ("Between 40 and 50 civilian deaths were reported in Aleppo.", [(40, "killed")]),
    ],
)
def test_a_range_or_a_second_noun_is_no_second_side(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
