"""A ninth round of sentences from the world and national desks of 2008 and 2012 news and the reader
threads under them, read for whether a figure is a conflict's: the police dead a memorial or a
yearly count tells by their duty; the police hurt by the fans of a match; the players hurt when
their team's bus was attacked; the 2008 attacks on Mumbai told by their name; workers on strike
shot by the police; and a reader's toll set as the mark the world waits for."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from tests.extract.readings import events


def comment_events(text: str, title: str) -> list[tuple[int, str | None]]:
    """Each tally's count and event class, the text read as a reader's comment under ``title``."""
    return [(t.count, t.event) for t in extract_document(text, None, "en", "comment", title).tallies]


# The police dead a memorial or a yearly count tells by their duty, in a country at peace: their road
# crashes and arrests gone wrong, not a war's dead; where a war is named they stay its own.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Police deaths rise in 2011", "The memorial fund released its yearly figures. "
         "In 2011, 162 officers were killed in the line of duty across the country.", [(162, "other")]),
        ("Fallen officers remembered in Ottawa", "Wreaths were laid on Parliament Hill. "
         "The names of 9 officers who died on duty last year were added to the memorial.", [(9, "other")]),
        ("Police memorial day", "Since 1900, 310 police officers have been killed on duty in Scotland and England, "
         "the trust says.", [(310, "other")]),
        # near misses: a war named beside the duty, and the forces' dead told without it
        ("Khyber police mourn their dead", "More than 1,000 policemen have been killed in the line of duty in "
         "Khyber Pakhtunkhwa since 2001, most of them by Taliban militants.", [(1000, "conflict")]),
        ("Kandahar checkpoint attack", "Two policemen were killed in the line of duty when Taliban fighters "
         "attacked their checkpoint.", [(2, "conflict")]),
        ("Dagestan", "Gunmen fired on a patrol in Makhachkala overnight. Four policemen were killed.", [(4, "conflict")]),
    ],
)
def test_police_dead_told_by_their_duty(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The police and bystanders hurt when the fans of a match riot, told by the fans or by the sport's
# name for the riot: a crime, as a gang's is; a crowd of a cause clashing with police stays a conflict's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Policemen injured as fans clash after derby", "Fans of the two clubs fought running battles outside the "
         "stadium. Police said 14 officers were injured and 11 supporters arrested.", [(14, "crime")]),
        ("Canucks loss sparks hockey riot", "Cars were set on fire downtown after game 7. "
         "Police said 140 people were hurt, including 9 officers.", [(140, "crime"), (9, "crime")]),
        ("Cup final: rival fans riot in Marseille", "Bottles and chairs were thrown in the Old Port. "
         "Twelve police officers were injured, the prefecture said.", [(12, "crime")]),
        # near misses: opposition supporters, and rioters of a cause
        ("Kenya: police and protesters clash in Kisumu", "Opposition supporters clashed with police after the "
         "result was announced. Police said 14 officers were injured.", [(14, "conflict")]),
        ("Serbian police clash with hooligans after Pride cancelled", "Far-right groups rioted in central "
         "Belgrade. 57 policemen were injured.", [(57, "conflict")]),
    ],
)
def test_police_hurt_by_the_fans_of_a_match(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The players hurt when their team's bus or convoy was attacked, told in the sentence before or the
# title: an attack's wounded, not a match's; a bus that broke down or a side's attack is no attack.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Togo team bus attacked on way to Africa Cup", "Gunmen opened fire on the bus carrying the national "
         "football team as it entered Cabinda. At least nine people, including two players, were wounded.",
         [(9, "conflict"), (2, "conflict")]),
        ("Cricket: team bus attacked in Lahore", "Six policemen and a driver were killed in the attack on the "
         "visitors' convoy. Seven players and an assistant coach were injured, none seriously.",
         [(6, "conflict"), (1, "conflict"), (7, "conflict"), (1, "conflict")]),  # the assistant coach is one more hurt
        ("Separatists claim ambush", "Rebels ambushed the convoy carrying the players near the border. "
         "Two players were wounded, officials said.", [(2, "conflict")]),
        # near misses: a bus that broke down, a side's attack, and fans who stoned the bus
        ("Cup tie delayed", "The team bus broke down on the motorway and kick-off was delayed. "
         "Two players were hurt in the second half.", []),
        ("Arsenal 2-1 Stoke", "Arsenal's attack was blunt before the break. Three players were injured in the second half.", []),
        ("Bus stoned after defeat", "Fans attacked the team bus after the defeat in Cairo. "
         "Two players were hurt by flying glass.", [(2, "crime")]),
    ],
)
def test_players_hurt_when_their_bus_was_attacked(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The 2008 attacks on Mumbai told by their city or their date, as the news of the trial and the
# anniversaries recalls them; the city's other news keeps its own class.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("India: Kasab hanged in secret", "The Pakistani gunman was executed at Yerawada jail on Wednesday. "
         "He was the only one of the 10 attackers caught alive in the Mumbai siege, in which 166 people were killed.",
         [(166, "conflict")]),
        ("Handlers' trial stalls again", "The judge was changed for the seventh time. "
         "Four years after 26/11, in which 166 people died, the trial of seven men has stalled.", [(166, "conflict")]),
        ("Mumbai remembers", "Candles were lit at the Gateway of India. "
         "Relatives of the 166 people killed in the Mumbai attacks gathered outside the hotel.", [(166, "conflict")]),
        # near misses: a building's collapse and a robbery in the city
        ("Mumbai building collapse", "Rescuers searched the rubble overnight. "
         "Mumbai police said 3 people died when the building collapsed.", [(3, "accident")]),
        ("Jeweller shot in Mumbai robbery", "The gunman fled on a motorcycle. "
         "Police said 2 people were shot dead in the jewellery store.", [(2, "crime")]),
    ],
)
def test_the_mumbai_attacks_told_by_name(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# Workers on strike shot by the police, the fire told in the title or the sentence before: the
# miners counted are the strikers, not a mine's dead; a mine's mishap told beside a strike stays one.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("South Africa: Marikana shootings", "Police opened fire on striking miners armed with spears and clubs. "
         "Thirty-four miners were killed and 78 were wounded.", [(34, "conflict"), (78, "conflict")]),
        ("Mining: 34 killed as police open fire on strikers", "The shooting lasted less than a minute. "
         "Thirty-four miners were killed, the police commissioner said.", [(34, "conflict")]),
        ("Kazakhstan: oil town unrest", "Police fired on striking oil workers in the town square. "
         "Fourteen people were killed.", [(14, "conflict")]),
        # near misses: a strike beside a mine's own disaster
        ("Strike enters third week", "Striking miners marched to the company offices on Monday. "
         "Twelve miners were killed when a shaft collapsed at a nearby colliery.", [(12, "accident")]),
        ("Coal strike", "The strike by miners entered its third week. Six miners died in a gas explosion underground.",
         [(6, "accident")]),
    ],
)
def test_workers_on_strike_shot_by_the_police(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A reader's toll set as the mark the world waits for, asked or told with "when the toll hits": no
# event; a toll that reached a mark, and one stated as it is, are told of what happened.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where is the UN? When will the world act, when the toll is 100,000?", []),
        ("What is the West waiting for, 50,000 dead?", []),
        ("Does the toll have to reach 10,000 before NATO acts?", []),
        ("When the death toll hits 100,000, maybe someone in Washington will notice.", []),
        # near misses: the toll as it stands, and as it was
        ("The toll is 100,000, and the world still does nothing.", [(100000, "conflict")]),
        ("When the toll reached 5,000 in March, the UN sent observers.", [(5000, "conflict")]),
        ("Why did the army wait for 30 injured soldiers to die at the checkpoint?", [(30, "conflict")]),
    ],
)
def test_a_toll_set_as_the_mark_the_world_waits_for(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert comment_events(text, "Syria: activists say 250 killed in one of deadliest days.") == expected
