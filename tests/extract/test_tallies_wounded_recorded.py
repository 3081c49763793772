"""The wounded an analyst records from list entries and strike reports, told in the ways half of
such texts tell them: the active "hurt", "wounded scores", the stabbed who later died, and the
one companion hurt beside one dead."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None and t.restates is None]


def tolls(text: str) -> list[tuple[int, str]]:
    """The figures of the text's own toll, as the whole document is read (restatements and all)."""
    return [(t.count, t.outcome) for t in extract_document(text, None).tallies if t.figure == "toll"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A bomb in Kano killed three people and hurt 12.", [(3, "killed"), (12, "wounded")]),
        ("The blast killed two shoppers and hurt five others in Jos.", [(2, "killed"), (5, "wounded")]),
        ("A parcel bomb hurt four postal workers in Athens.", [(4, "wounded")]),
        ("A grenade attack on a rally in Kampala killed three people and hurt dozens.", [(3, "killed"), (24, "wounded")]),
        ("Militants hurt 14 villagers when they threw grenades into a market near Kokrajhar.", [(14, "wounded")]),
        # the participle and the noun of feeling stay what they were
        ("Two dead, 12 hurt in a bus blast in Quetta.", [(2, "killed"), (12, "wounded")]),
        ("Five people were killed and 12 hurt when a bomb exploded in Herat.", [(5, "killed"), (12, "wounded")]),
        ("Nine passengers hurt in the crash were taken to hospital.", [(9, "wounded")]),
        ("The sanctions hurt the economy of the province.", []),
        ("A friend who listened to my hurt came to the funeral.", []),
    ],
)
def test_the_active_hurt_of_a_list_entry(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A car bomb killed 8 people and wounded scores in Baghdad.", [(8, "killed"), (40, "wounded")]),
        ("Twin car bombs killed 11 and injured scores at a market in Kirkuk.", [(11, "killed"), (40, "wounded")]),
        ("Rockets killed two children and hurt scores in Aleppo.", [(2, "killed"), (40, "wounded")]),
        ("A car bomb killed 8 and injured scores of people in Baghdad.", [(8, "killed"), (40, "wounded")]),
        ("Scores were wounded when a car bomb exploded in Hilla.", [(40, "wounded")]),
        # "scores" as results of a game after the verb are no people
        ("The striker was injured and the team conceded scores of goals.", []),
    ],
)
def test_scores_right_after_a_verb_of_the_hurt(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A man was killed in Paris and his wife was injured.", [(1, "killed"), (1, "wounded")]),
        ("A man was stabbed to death in Lyon and his friend was injured.", [(1, "killed"), (1, "wounded")]),
        ("A shopkeeper was shot dead at Ramallah and his son was wounded.", [(1, "killed"), (1, "wounded")]),
        ("A man was killed in Nice and his girlfriend was injured.", [(1, "killed"), (1, "wounded")]),
        ("A settler was shot dead near Hebron and his stepson was wounded.", [(1, "killed"), (1, "wounded")]),
        ("Gunmen killed a trader and wounded his partner in Kano.", [(1, "killed"), (1, "wounded")]),
        # a name before "and her" is still one person with her kin
        ("Samah and her two children were injured in the strike.", [(1, "wounded"), (2, "wounded")]),
        ("A man and his girlfriend were injured in a stabbing in Leeds.", [(1, "wounded"), (1, "wounded")]),
    ],
)
def test_one_dead_in_a_place_and_his_kin_hurt(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Palestinian assailant stabbed five Israelis at a bus stop in Jerusalem, two of whom later died of their wounds.",
            [(3, "wounded"), (2, "killed")],
        ),
        ("An attacker stabbed four people in Kunming, one of whom died later in hospital.", [(3, "wounded"), (1, "killed")]),
        ("A man went on a rampage in Osaka, stabbing 19 people, two of whom died.", [(17, "wounded"), (2, "killed")]),
        # the stabbed who died, told as a part of the stabbed, stay as they were
        ("A knifeman stabbed six people at a festival in Solingen, three of them fatally.", [(3, "wounded"), (3, "killed")]),
        ("A man stabbed four people in Hamburg, two of whom were women.", [(4, "wounded")]),
    ],
)
def test_the_stabbed_of_whom_some_died(text: str, want: list[tuple[int, str]]) -> None:
    assert tolls(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A large number of injuries were also reported after the strike on the house.", [(24, "wounded")]),
        (
            "Local news sites reported that a large number of civilians were injured in the shelling of the camp.",
            [(24, "wounded")],
        ),
        ("The blast killed four people and injured a large number of others.", [(4, "killed"), (24, "wounded")]),
        # "a number of" stays 2, and a large number of things is no one
        ("A number of civilians were injured in the strike.", [(2, "wounded")]),
        ("The strike destroyed a large number of homes.", []),
    ],
)
def test_a_large_number_of_the_hurt(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Five were confirmed dead while 17 others were receiving treatment.", [(5, "killed"), (17, "wounded")]),
        ("Four people are still receiving medical treatment after the bombing in Jos.", [(4, "wounded")]),
        (
            "Two guards were killed in the blast at the gate. Six workers were receiving treatment in hospital on Monday.",
            [(2, "killed"), (6, "wounded")],
        ),
        # those in care stand in for the wounded only where no one is counted hurt otherwise
        (
            "Two were killed in the blast. Nine were injured. Four people were still receiving treatment on Monday.",
            [(2, "killed"), (9, "wounded")],
        ),
        ("Doctors said they were receiving treatment.", []),
        ("A clinic receiving treatment supplies was shelled, killing two nurses.", [(2, "killed")]),
    ],
)
def test_people_receiving_treatment(text: str, want: list[tuple[int, str]]) -> None:
    assert tolls(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The strike killed seven members of the Abu Amsha family; the father and a son survived but were badly injured.",
            [(7, "killed"), (1, "wounded"), (1, "wounded")],
        ),
        ("Two children survived but were seriously injured, relatives said.", [(2, "wounded")]),
        ("Five passengers escaped but were slightly hurt when the bus was hit.", [(5, "wounded")]),
        # survivors are not the hurt told after "but" with a subject of their own
        ("Three soldiers survived but two were wounded.", [(2, "wounded")]),
        ("Two children survived but their mother was killed.", [(1, "killed")]),
    ],
)
def test_survivors_told_hurt_after_but(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A bomb killed four people in Hilla and injured 23, including three who died on the way to hospital.",
            [(4, "killed"), (3, "killed"), (20, "wounded")],
        ),
        (
            "Four people died in the attack and 23 were injured, including three who later died.",
            [(4, "killed"), (3, "killed"), (20, "wounded")],
        ),
        (
            "Shelling wounded 15 villagers in Marinka, among them two who later died in hospital.",
            [(13, "wounded"), (2, "killed")],
        ),
        # a part that did not die, the dead's own part, and a guess of the hurt stay
        (
            "A bomb killed four people and injured 23, including three who are in critical condition.",
            [(4, "killed"), (23, "wounded")],
        ),
        (
            "A bomb killed four people, including two who died in hospital, and injured 23.",
            [(4, "killed"), (23, "wounded")],
        ),
        (
            "A bomb killed 12 people and injured dozens, including three who later died.",
            [(12, "killed"), (24, "wounded")],
        ),
    ],
)
def test_the_hurt_including_some_who_died(text: str, want: list[tuple[int, str]]) -> None:
    assert tolls(text) == want
