"""People named as killed, wounded, captured or missing."""

from __future__ import annotations

import pytest

from crawler.extract.people import find_named_casualties
from crawler.extract.records import NamedCasualty
from crawler.extract.sentences import split_sentences
from tests.extract.seed_article import BODY


def people(text: str) -> list[NamedCasualty]:
    return find_named_casualties(text, split_sentences(text))


def rows(text: str) -> list[tuple[str, str | None, str | None, str, str | None]]:
    return [(p.name, p.title, p.affiliation, p.outcome, p.hedge) for p in people(text)]


def test_seed_named_casualties() -> None:
    found = people(BODY)
    assert [(p.name, p.title, p.affiliation, p.outcome, p.hedge) for p in found] == [
        ("Abdolreza Majiri", "Brigadier General", "Iranian", "killed", None),
        ("Hossein Hamedani", "General", "Iranian", "killed", "apparently"),
    ]
    assert all(BODY[p.start : p.end] == p.name for p in found)


def test_seed_rumoured_detained_and_rescued_people_are_no_casualties() -> None:
    names = {p.name for p in people(BODY)}
    assert not names & {"Qassem Soleimani", "Soleimani", "Jason Rezaian", "Amir Hekmati", "Siamak Namazi", "Nazar Zaka"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hezbollah commander Ali Fayyad was killed in the strike on Tuesday.",
         [("Ali Fayyad", None, "Hezbollah", "killed", None)]),
        ("An Israeli airstrike killed senior Hamas commander Ahmed Ghandour, the group said.",
         [("Ahmed Ghandour", None, "Hamas", "killed", None)]),
        ("Rebels captured Lieutenant Ahmad Saleh near Idlib.", [("Ahmad Saleh", "Lieutenant", None, "captured", None)]),
        ("Journalist Maria Lopez was injured by shrapnel.", [("Maria Lopez", None, None, "wounded", None)]),
        ("Sheikh Nimr al-Nimr was executed on Saturday along with 46 others.",
         [("Nimr al-Nimr", "Sheikh", None, "killed", None)]),
        ("Among the dead were Dr. Adnan al-Bursh and two nurses.", [("Adnan al-Bursh", "Dr.", None, "killed", None)]),
        ("Abu Bakr al-Baghdadi died in a raid, officials said.", [("Abu Bakr al-Baghdadi", None, None, "killed", None)]),
        ("The funeral of Captain Mohammad Reza Ahmadi was held in Tehran.",
         [("Mohammad Reza Ahmadi", "Captain", None, "killed", None)]),
        ("A Russian officer, Colonel Ivan Petrov, was reportedly wounded in the shelling.",
         [("Ivan Petrov", "Colonel", "Russian", "wounded", "reportedly")]),
        ("Two soldiers, Sergeant Dan Cohen and Corporal Avi Levi, were killed in the ambush.",
         [("Dan Cohen", "Sergeant", None, "killed", None), ("Avi Levi", "Corporal", None, "killed", None)]),
        ("Aid worker Sara Haddad went missing near the border.", [("Sara Haddad", None, None, "missing", None)]),
        ("The army said it killed a senior Hamas commander, Ayman Nofal, in the raid.",
         [("Ayman Nofal", None, "Hamas", "killed", None)]),
        ("Rescuers recovered the bodies of 15 people, among them Father Jacques Haddad, from the rubble.",
         [("Jacques Haddad", "Father", None, "killed", None)]),
    ],
)  # fmt: skip
def test_named_casualties(sentence: str, expected: list[tuple]) -> None:
    assert rows(sentence) == expected


def test_a_list_of_named_victims() -> None:
    text = (
        "Father Mahmoud Abu Arram, and his wife, Doaa, and their son, Ahmad, were listed among the dead "
        "after the strike on the church compound."
    )
    assert rows(text) == [
        ("Mahmoud Abu Arram", "Father", None, "killed", None),
        ("Doaa", None, None, "killed", None),
        ("Ahmad", None, None, "killed", None),
    ]


def test_every_name_of_a_long_list_shares_its_fate() -> None:
    text = (
        "Hossein Badpa, Mostafa Sadrzadeh, Reza Khavari, Mohammad Jannati, Ali Amini, Hadi Kajbaf, "
        "Ruhollah Emadi, Mehdi Alidoost and Hamid Mokhtarband were also killed in the fighting near Aleppo."
    )
    assert [(p.name, p.outcome) for p in people(text)] == [
        (name, "killed")
        for name in (
            "Hossein Badpa", "Mostafa Sadrzadeh", "Reza Khavari", "Mohammad Jannati", "Ali Amini",
            "Hadi Kajbaf", "Ruhollah Emadi", "Mehdi Alidoost", "Hamid Mokhtarband",
        )
    ]  # fmt: skip


def test_ages_in_a_list_of_victims() -> None:
    text = "Father Mahmoud Abu Arram, 54, and his wife, Doaa (47), were listed among the dead."
    assert [(p.name, p.outcome) for p in people(text)] == [("Mahmoud Abu Arram", "killed"), ("Doaa", "killed")]


@pytest.mark.parametrize(
    "sentence",
    [
        "General Qassem Soleimani killed dozens of rebels in the offensive.",  # the killer
        "Colonel John Smith said 12 soldiers were killed.",  # the speaker
        "Washington Post correspondent Jason Rezaian was detained in July 2014.",
        "The Russian pilot Konstantin Murakhtin was rescued by special forces.",
        "The army denied that General Ahmed Karim had been killed.",
        "Rumours spread that General Qassem Soleimani had been wounded near Aleppo.",
        "Major General Hassan Ali was not hurt in the attack.",
        "The Islamic State claimed the attack that killed 12 people.",
        "The Pentagon has not confirmed the death of the commander, Abu Omar al-Shishani.",
    ],
)
def test_people_who_are_no_casualties(sentence: str) -> None:
    assert rows(sentence) == []
