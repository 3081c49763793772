"""Constructions of news and monitor English left unread by earlier rounds: a part of those an
active "shot" counts told "fatally", "the only fatality", the name "Said", first names sharing a
family name, a couple described in an aside, people of one family told one by one, fields of the
named, a country's people lost in an event, a part told by "among" before a total many times it;
and one already read (one more by rank in an aside), kept here as a check."""

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
    return sorted((t.count, t.outcome) for t in tallies(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen on motorbikes shot four people, two fatally, at a bus stop in Maiduguri.", [(2, "killed"), (2, "wounded")]),
        ("A gunman shot five worshippers, two of them fatally, outside a mosque in Kaduna on Friday.",
         [(2, "killed"), (3, "wounded")]),
        ("Police shot two protesters, both fatally, during the march in Nairobi.", [(2, "killed")]),
        ("Soldiers shot 12 villagers, three of whom fatally, near the border post.", [(3, "killed"), (9, "wounded")]),
        # held back while the rule was written
        ("An off-duty officer shot three teenagers, one fatally, after an argument in a car park.",
         [(1, "killed"), (2, "wounded")]),
    ],
)
def test_a_part_of_those_an_active_shot_counts_told_fatally_was_killed(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot four people, two in the legs, at a checkpoint.",
        "Gunmen shot four people, two seriously, in the market.",
        "The gunmen shot four people in the attack.",
    ],
)
def test_those_shot_with_no_part_told_fatally_give_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suicide bomber was the only fatality, police in Peshawar said.", [(1, "killed")]),
        ("The only person killed was a 52-year-old security guard at the gate.", [(1, "killed")]),
        ("A police officer was the only one injured in the raid.", [(1, "wounded")]),
        ("Two soldiers died at the checkpoint. A shepherd was the only other person killed.",
         [(2, "killed"), (1, "killed")]),
        # held back while the rule was written
        ("According to the coroner, the only death was that of the driver of the van.", [(1, "killed")]),
    ],
)
def test_the_only_one_of_an_outcome_is_one_person(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The bomber was not the only death that day.",
        "The only person not injured was the driver.",
        "It is the only death penalty case in the state this year.",
        "Drones are the only way to find the wounded in the mountains.",
    ],
)
def test_the_only_one_negated_or_of_no_casualty_gives_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahmed Hamdan and Said were killed when the shell hit their car.", [(1, "killed"), (1, "killed")]),
        ("Local sources said Ali Hassan and Mariam Said were killed in the strike.", [(1, "killed"), (1, "killed")]),
        ("Two people were killed, police said, and Said was injured.", [(2, "killed"), (1, "wounded")]),
        # held back while the rule was written
        ("Yusuf Mansour and Said were wounded by shrapnel near the market.", [(1, "wounded"), (1, "wounded")]),
    ],
)
def test_the_name_said_before_its_auxiliary_is_a_person(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were said killed in the clash.", [(2, "killed")]),
        ("Three people, officials said, were killed.", [(3, "killed")]),
    ],
)
def test_the_verb_said_stays_a_word_of_report(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


def _ones(n: int, outcome: str) -> list[tuple[int, str]]:
    return [(1, outcome)] * n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahmed, Mahmoud and Sara Yassin were killed when the house was struck.", _ones(3, "killed")),
        ("Relatives said Omar, Lina, Adam and Huda Nassar were killed in the strike.", _ones(4, "killed")),
        ("The shelling killed Khaled, Rami and Noor Darwish, medics said.", _ones(3, "killed")),
        # held back while the rule was written
        ("Hiba, Yara and Mona Khalil were injured by falling debris.", _ones(3, "wounded")),
    ],
)
def test_first_names_set_off_by_commas_before_a_pair_sharing_a_family_name_are_each_a_person(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday, Ali and Omar Saleh were killed.", _ones(2, "killed")),
        ("Meanwhile, Huda and Omar Nassar were wounded.", _ones(2, "wounded")),
        ("Three children, Ahmed, Mahmoud and Sara Yassin, were killed.", [(3, "killed")]),
        ("Strikes on Gaza, Rafah and Khan Younis killed 12 people.", [(12, "killed")]),
    ],
)
def test_an_opening_word_or_the_names_of_the_counted_are_no_more_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahmed and Fatima Hamdan, an elderly couple, were killed when their house collapsed.", _ones(2, "killed")),
        ("Ahmed Hamdan and his wife, an elderly couple, were killed in the strike.", _ones(2, "killed")),
        ("A farmer and his wife, a couple in their sixties, died in the blaze.", _ones(2, "killed")),
        # held back while the rule was written
        ("Nabil and Rania Haddad, a young couple from Beit Lahia, were wounded.", _ones(2, "wounded")),
    ],
)
def test_a_couple_described_after_two_people_is_those_two(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


def test_a_couple_of_is_still_a_number() -> None:
    assert counts("Three children, a couple of women and a man were killed.") == sorted(
        [(3, "killed"), (2, "killed"), (1, "killed")]
    )


def parts(text: str) -> list[tuple[int, str, int | None]]:
    return [(t.count, t.outcome, t.subset_of) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three civilians from one family, a father and his two sons, died in the shelling of Idlib.",
         [(3, "killed", None), (1, "killed", 0), (2, "killed", 0)]),
        ("Five people from one family, a mother and her four children, were killed.",
         [(5, "killed", None), (1, "killed", 0), (4, "killed", 0)]),
        ("Three villagers of one household, a shepherd and his two daughters, were wounded.",
         [(3, "wounded", None), (1, "wounded", 0), (2, "wounded", 0)]),
        # held back while the rule was written
        ("Two residents from one family, a woman and her son, were killed when the roof fell in.",
         [(2, "killed", None), (1, "killed", 0), (1, "killed", 0)]),
    ],
)
def test_counted_people_of_one_family_then_each_told_in_an_aside_are_those_counted(
    text: str, expected: list[tuple[int, str, int | None]]
) -> None:
    assert parts(text) == expected


def test_counted_people_of_one_family_then_others_are_more_people() -> None:
    assert counts("Four children from one family, two women and a man were killed.") == sorted(
        [(4, "killed"), (2, "killed"), (1, "killed")]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Killed: Ahmad Saleh (30); Reem Saleh (25); Omar Saleh (3).", _ones(3, "killed")),
        ("Wounded: Omar Haddad, 19, and Lina Haddad, 7.", _ones(2, "wounded")),
        ("Killed: Ahmad Saleh (30); wounded: Reem Saleh (25).", [(1, "killed"), (1, "wounded")]),
        # held back while the rule was written
        ("Missing: Yusuf Ali, 40; Hassan Ali, 12.", _ones(2, "missing")),
    ],
)
def test_a_field_labelled_by_an_outcome_may_hold_names(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Killed: The Untold Story of the Siege.",
        "Dead: Sea Scrolls exhibit opens in Jerusalem.",
    ],
)
def test_a_label_before_no_names_gives_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran, which lost 464 citizens in the stampede, demanded an inquiry.", [(464, "killed")]),
        ("The country lost 300 pilgrims in the crush at the Jamarat bridge.", [(300, "killed")]),
        ("The village lost 14 civilians during the air raid, the council said.", [(14, "killed")]),
        # held back while the rule was written
        ("Nepal lost 12 nationals when gunmen stormed the resort.", [(12, "killed")]),
    ],
)
def test_a_country_s_people_lost_in_an_event_were_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The town lost 2,000 citizens to emigration last year.",
        "Labour lost 40 seats in the election.",
        "The firm lost 200 employees in the restructuring.",
    ],
)
def test_people_lost_to_no_event_give_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was wounded in the shooting. A second, a woman, was wounded as she fled.", _ones(2, "wounded")),
        ("One soldier was killed at the checkpoint. A second, a corporal, died in hospital.", _ones(2, "killed")),
        ("Two men were killed. A third, a teenage boy, was wounded.", [(2, "killed"), (1, "wounded")]),
    ],
)
def test_one_more_by_rank_in_an_aside_is_one_person(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == sorted(expected)


def _event_sum(text: str, outcome: str) -> int:
    found = extract_document(text, date(2023, 10, 13)).tallies
    return sum(t.count for t in event_tallies(found) if t.outcome == outcome and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "outcome", "total"),
    [
        ("Among those killed were 3 children; in total 10 people died.", "killed", 10),
        ("Among the dead were four women. In all, 15 people were killed in the raid.", "killed", 15),
        ("Among the wounded were two journalists. A total of 30 people were injured.", "wounded", 30),
        # held back while the rule was written
        ("Among those hurt were two medics. In all, 25 people were wounded in the clashes.", "wounded", 25),
    ],
)
def test_a_part_told_by_among_before_a_total_is_a_part_of_it(text: str, outcome: str, total: int) -> None:
    assert _event_sum(text, outcome) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Two policemen were killed at the gate. In total 10 people died.", 2),
        ("Among the dead were 3 children. The toll since the war began has reached 4,000.", 3),
    ],
)
def test_a_total_many_times_a_figure_not_told_as_a_part_or_of_a_wider_span_is_no_event_toll(
    text: str, total: int
) -> None:
    assert _event_sum(text, "killed") == total
