"""A fourth round of sentences of 2008-2012 news and of its readers, read for whether a figure is a
conflict's: proportions ("nine in ten wounded soldiers survive"), the one generic wounded or dead
person a compensation rule is about, deaths a source puts at a figure, gangs' feuds and rivalries
as local crime news names them, mass poisonings by a metal, a gas or a drink, and the real toll
a film's write-up cites in the past with its year."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A proportion: its part and its whole count nobody, whatever war it is told of.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourniquets have changed the odds in Helmand. Nine in ten wounded soldiers now survive their injuries.", []),
        ("One in four British soldiers wounded in Helmand lost a limb, the study found.", []),
        ("The Roman punishment meant killing one legionary in ten.", []),
        ("One in three Afghan civilians killed last year died in a roadside bombing, the UN said.", []),
        ("Two in five children wounded in the shelling of Misrata needed surgery.", []),
        # near misses: people counted across attacks, days or places, and a part of a counted whole
        ("Two soldiers were killed in one attack near Kandahar.", [(2, "conflict")]),
        ("One soldier was killed in two attacks on Sunday in Helmand.", [(1, "conflict")]),
        ("Three civilians were killed in four days of shelling in Homs, activists said.", [(3, "conflict")]),
        ("Three in ten of the 40 wounded in the Kabul bombing were children.", [(40, "conflict")]),
        ("Insurgents killed 85 people in 2009 in Diyala province, the report said.", [(85, "conflict")]),
        ("Fighting in Swat killed 12 civilians in 100 days, the provincial government said.", [(12, "conflict")]),
    ],
)
def test_a_share_is_no_count(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# One generic wounded or dead person, and what a rule lets them or their family receive or claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The armed forces scheme was reviewed. A seriously wounded soldier can now receive up to £570,000.", []),
        ("The family of a soldier killed in Afghanistan can claim up to £500,000 under the new rules.", []),
        ("An injured reservist is entitled to full pay for two years, the MoD said.", []),
        ("Under the 2011 act, any wounded veteran may apply for a grant of $25,000.", []),
        # near misses: one soldier wounded or killed in an event told, and counted soldiers
        ("A wounded soldier was flown to Camp Bastion after the ambush in Sangin.", [(1, "conflict")]),
        ("A soldier was killed in Helmand on Sunday and cannot yet be named, the MoD said.", [(1, "conflict")]),
        ("Two soldiers killed in Helmand last year will receive the George Cross.", [(2, "conflict")]),
    ],
)
def test_one_person_of_a_rule_is_no_event(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# Deaths a source puts at a figure, whatever words of when or where stand before "at".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the safe zone again. A UN document seen by reporters puts civilian deaths since January at 6,432.",
         [(6432, "conflict")]),
        ("Human Rights Watch puts civilian deaths in the Gaza offensive at 1,200.", [(1200, "conflict")]),
        ("Monitors put rebel fatalities in the Swat offensive at 300.", [(300, "conflict")]),
        # near misses: a rate a report puts, and a toll told by its rise
        ("The report puts deaths from malaria at 600,000 a year.", []),
        ("Civilian deaths in the Swat offensive rose to 250, officials said.", [(250, "conflict")]),
    ],
)
def test_deaths_put_at_a_figure_are_a_toll(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# Gangs' feuds and rivalries, and the massacres local crime news lays on them: a crime.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Honduras: massacre at football pitch", "Hooded men sprayed the players with bullets. "
         "Police said 14 young men died, and the attack was linked to gang rivalry.", [(14, "crime")]),
        ("Jamaica: gang feud in Spanish Town", "Police set up roadblocks after a string of reprisal killings. "
         "Five men were shot dead in the past week.", [(5, "crime")]),
        ("Shootout in Tijuana", "Gunmen killed 12 people in a gang feud, police said.", [(12, "crime")]),
        ("Guatemala prison", "Nine inmates were killed when rival gangs fought with knives, officials said.", [(9, "crime")]),
        # near misses: an armed group's fighters, and a war's place, are the war's
        ("Helmand clashes", "The army said 20 Taliban were killed in clashes with rival militants in Helmand.",
         [(20, "conflict")]),
    ],
)
def test_gang_feuds_are_crime(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A mass poisoning by a metal, a gas or a drink is nobody's weapon.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Nigeria: lead poisoning in Zamfara", "Villagers processed ore inside their homes. "
         "At least 400 children died in the poisoning.", [(400, "disease")]),
        ("Czech spirits ban", "Methanol poisoning has killed 19 people in Moravia since September.", [(19, "disease")]),
        # near misses: a mine's fire, whose own words say it, and a poisoning done by someone
        ("Coal mine in Henan", "Carbon monoxide poisoning killed 21 miners after the fire, state media said.", [(21, "accident")]),
        ("Murder trial in Leeds", "The nurse poisoned two patients with insulin, the jury heard.", []),
    ],
)
def test_mass_poisonings_are_no_war(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The real toll a film's or a book's write-up cites, told in the past with its year: the war's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Review: 'Korengal'", "The film follows a platoon of US troops in the Korengal valley over fifteen months. "
         "Fifty American soldiers died in the valley before the army pulled out in 2010.", [(50, "conflict")]),
        ("Review: The Siege", "The film follows three families in Sarajevo. "
         "Some 11,000 people were killed in the siege of the city between 1992 and 1996.", [(11000, "conflict")]),
        # near misses: a plot told in the present, a figure the sentence itself sets in the film, a plot's
        # deaths told in the past with no year
        ("Review: Last Ridge", "The film dramatises a Seal mission in Kunar. "
         "Three of the four Seals are killed on the mountainside, and only one makes it home.", []),
        ("Review: Hue 1968", "The film follows a company of Marines. In the film, 20 Marines died at Hue in 1968.", []),
        ("Review: 'Outpost Nine'", "The film follows a platoon in Kunar. Eight of the men died defending the outpost.", []),
    ],
)
def test_a_real_toll_under_a_story_s_title_is_the_war_s(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
