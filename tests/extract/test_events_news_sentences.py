"""Sentences of 2008-2012 news and of its readers, read for whether a figure is a conflict's:
tolls whose people are told in a relative clause, killings told with an adverb of how, bodies
decapitated, houses of worship burned by crowds, warplanes told as jets, and the wounded a supply
is for."""

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


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


# "brings to N the number of X who have died": the toll's people told in a relative clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His death brings to 412 the number of British soldiers who have died in Afghanistan since 2001.",
         [(412, "killed")]),
        ("The deaths raised to 23 the number of demonstrators who have died in the valley this summer.", [(23, "killed")]),
        ("The number of pilgrims who have died on the road to the shrine this week rose to 31.", [(31, "killed")]),
        ("The latest deaths took to 58 the number of Canadian servicemen that have died in the south.", [(58, "killed")]),
        # near misses: no figure of the number, and the ordinary participle form, which stays as it was
        ("The number of people who died in the attack is still not known.", []),
        ("Officials would not say how many people died, only that the number of those who died was high.", []),
        ("The attack brought to 4,000 the number of US troops killed in Iraq.", [(4000, "killed")]),
    ],
)
def test_a_toll_whose_people_are_told_in_a_relative_clause(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_the_people_of_the_number_stop_before_their_relative_clause() -> None:
    (tally,) = tallies("His death brings to 412 the number of British soldiers who have died in Afghanistan since 2001.")
    assert tally.group is not None
    assert "who" not in tally.group.split()
    assert "soldiers" in tally.group


# An adverb of how the killing was done, between the auxiliary and the participle.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Activists said 17 young men were summarily executed after the army retook the district.", [(17, "killed")]),
        ("Nine villagers were brutally murdered by the militiamen, survivors said.", [(9, "killed")]),
        ("Four aid workers were savagely beaten to death at the checkpoint.", [(4, "killed")]),
        ("Twenty prisoners were mercilessly slaughtered in the camp, the report said.", [(20, "killed")]),
        # and no adverb at all, as before
        ("Twelve men were executed by the rebels.", [(12, "killed")]),
    ],
)
def test_an_adverb_of_how_between_were_and_the_killing(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fourteen men had been decapitated, police said after the bodies were found by the highway.", [(14, "killed")]),
        ("Twelve soldiers were decapitated by the insurgents after their capture.", [(12, "killed")]),
        ("The gunmen decapitated five policemen and left their bodies on the road.", [(5, "killed")]),
    ],
)
def test_decapitated_is_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# A headline's "N X among dead", its article left out, and a running count told by one death's noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Americans among dead in Kabul hotel attack", [(2, "killed")]),
        ("Four Italians among dead in Baghdad blasts", [(4, "killed")]),
        ("Three Britons were among the dead.", [(3, "killed")]),
        ("The rescuers searched among dead bodies for survivors.", []),
    ],
)
def test_a_headline_s_among_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His was the fourth death among protesters since Monday.", [(4, "killed")]),
        ("It was the 35th death since the uprising began in February.", [(35, "killed")]),
        ("The boy's was the 17th fatality in the valley since June.", [(17, "killed")]),
        # the death of an anniversary or a sentence is no one's
        ("Thousands marked the 10th death anniversary of the poet.", []),
        ("It was the second death sentence handed down this year.", []),
    ],
)
def test_an_ordinal_death_is_a_running_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
    assert all(t.cumulative for t in tallies(text))
