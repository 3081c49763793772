"""Sentences of 2008-2012 news and of its readers, read for whether a figure is a conflict's:
tolls whose people are told in a relative clause, killings told with an adverb of how, bodies
decapitated, houses of worship burned by crowds, warplanes told as jets, and the wounded a supply
is for."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies
from tests.extract.readings import events


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


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


@pytest.mark.parametrize(
    "text", ["Vandals decapitated two statues in the park overnight.", "Vandals beheaded three statues of saints in the cathedral."]
)
def test_statues_decapitated_are_no_one(text: str) -> None:
    assert events(text) == []


# The event of a figure: houses of worship burned by crowds, and warplanes told as jets.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gangs armed with machetes torched a church outside Eldoret. About 35 people sheltering inside were burned to death.",
         "Kenya after the vote"),
        ("A crowd set fire to two mosques in the old town. Nine people were burned to death, residents said.", None),
        ("Youths burned down a temple in the village. Police said six worshippers were burnt to death.", None),
        ("Russian jets struck the port of Poti on Saturday. Two people died in the raid, officials said.", None),
        ("Government jets pounded villages in the hills. Seven civilians died, residents said.", None),
        ("Jets bombed the town before dawn. Officials said five people were killed.", None),
        ("Mobs roamed the streets of the town after the results. At least 35 people were killed.", None),
        ("Mobs went on the rampage in the old city overnight. Police said 14 people died.", None),
        ("Police patrolled the town on Tuesday. At least 35 people were killed.", "Dozens burned alive in church"),
    ],
)
def test_burned_houses_of_worship_and_jets_name_a_conflict(text: str, title: str | None) -> None:
    assert [event for _, event in events(text, title)] == ["conflict"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a fire that broke out by itself in a church is the fire's
        ("A fire broke out at a church in Lagos during a service. Twelve worshippers died in the fire.", "accident"),
        # jets hit by delays, and the New York Jets, strike no one
        ("Jets hit by delays at Heathrow. Four passengers were hurt when a trolley collapsed.", "accident"),
        # a crowd of fans roaming is no mob of a war
        ("Crowds of fans roamed the streets after the final. Two people were hurt in a car crash.", "accident"),
    ],
)
def test_near_misses_keep_their_event(text: str, event: str) -> None:
    assert [e for _, e in events(text)] == [event]


def test_a_football_team_called_the_jets_makes_no_war() -> None:
    assert events("The Jets pounded the Patriots' defence all afternoon. Two players were hurt in the first quarter.") == []


# The wounded a supply or a ward is for, not wounded in anything told.
@pytest.mark.parametrize(
    "text",
    [
        "The aid ship docked at the port. It carried medical supplies for 3,000 wounded people.",
        "The field hospital opened near the crossing. It has beds for 40 injured patients.",
        "The convoy brought enough blood for up to 200 wounded fighters.",
    ],
)
def test_the_wounded_a_supply_is_for_are_no_figure(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The field hospital opened near the crossing. Its surgeons have treated 40 injured patients since Sunday.", 40),
        ("Doctors said they had blood for 20 wounded, and 140 wounded were brought in overnight after the shelling.", 140),
    ],
)
def test_the_wounded_treated_or_brought_in_stay(text: str, count: int) -> None:
    assert [c for c, _ in events(text)] == [count]


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


# "the Nth X to die": the casualty reports' way of counting on from the others, as "killed" is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corporal Lee was the 452nd British serviceman to die in Afghanistan.", [(452, "killed")]),
        ("The sergeant became the 4,000th American soldier to die in Iraq, the Pentagon said.", [(4000, "killed")]),
        ("She is the second journalist to die in Syria this month.", [(2, "killed")]),
        ("He was the 19th officer killed in the line of duty since 2000.", [(19, "killed")]),
        # no people, or no dying
        ("It is the third time to die down this week, the fire brigade said.", []),
        ("She was the first woman to fly the route.", []),
    ],
)
def test_the_nth_person_to_die_is_a_running_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
    assert all(t.cumulative for t in tallies(text))


# Mishaps that war words surround: an arms depot that blew up, a grenade that went off by accident.
@pytest.mark.parametrize(
    "text",
    [
        "An ammunition depot blew up in the capital on Sunday. The explosions killed 200 people.",
        "The arms dump caught fire overnight. Twelve people living nearby died in the blasts.",
        "The soldiers were cleaning their weapons. One soldier was killed when a grenade accidentally exploded.",
        "A mortar round accidentally went off during training, killing two recruits.",
    ],
)
def test_an_arms_depot_that_blew_up_and_an_accidental_blast_are_accidents(text: str) -> None:
    lead = text.split(". ")[0]  # the page's first line, as its title
    assert [e for _, e in events(text, lead)] == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled an army ammunition depot near the city. The explosions killed 20 soldiers, activists said.",
        "A roadside bomb exploded under a patrol. Three soldiers were killed.",
    ],
)
def test_a_depot_shelled_and_a_bomb_stay_the_war_s(text: str) -> None:
    assert [e for _, e in events(text)] == ["conflict"]


# Mob justice on suspects of a crime: who the crowd took them for outweighs the lynching.
@pytest.mark.parametrize(
    "text",
    [
        "Residents caught the men breaking into a shop. Villagers lynched two suspected thieves, police said.",
        "Rumours of child abductions spread in the town. Two men were lynched by a crowd who took them for suspected kidnappers.",
        "The men were accused of stealing a motorbike. A crowd beat to death three alleged robbers on Sunday.",
    ],
)
def test_a_crowd_s_killing_of_suspected_thieves_is_a_crime(text: str) -> None:
    assert [e for _, e in events(text)] == ["crime"]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out between Hindus and Muslims. Two men were lynched by a mob in the district.",
        "Protesters attacked the police station. A crowd lynched two suspected police informers.",
        "The army launched an operation in the valley. Troops killed three suspected militants.",
    ],
)
def test_a_sectarian_lynching_and_suspected_militants_stay_the_war_s(text: str) -> None:
    assert [e for _, e in events(text)] == ["conflict"]


# A structure's collapse told by its noun is a mishap; a building a strike hit stays the strike's.
@pytest.mark.parametrize(
    "text",
    [
        "A mine collapse hit the province on Monday. The collapse killed 27 people.",
        "Rescuers searched the site after the collapse of a gold mine. Officials said 40 miners died.",
        "The bridge collapse happened during the festival. Eleven people died.",
    ],
)
def test_a_collapse_told_by_its_noun_is_an_accident(text: str) -> None:
    assert [e for _, e in events(text)] == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets bombed a building in Gaza City. The collapse of the building killed 12 people.",
        "An airstrike hit the block before dawn. The collapse of the block killed 14 people, activists said.",
    ],
)
def test_a_building_a_strike_hit_stays_the_war_s(text: str) -> None:
    assert [e for _, e in events(text)] == ["conflict"]
