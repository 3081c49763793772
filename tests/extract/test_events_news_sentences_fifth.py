"""A fifth round of sentences of 2008-2012 news, read for whether a figure is a conflict's: the toll
of a storm, a quake or a flood where soldiers, marines or the government only rescued or counted,
and a lone gunman's dead where the news names his ties to a jihadist group (terrorism is conflict)."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A disaster's toll beside the forces that rescued its survivors or told its dead.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Typhoon leaves hundreds dead in northern Luzon", "Soldiers dug survivors out of the mud in Baguio. "
         "The army said 412 people had died.", [(412, "disaster")]),
        ("Quake relief: marines land in Port-au-Prince", "US Marines handed out water at the airport. "
         "The government said 96,000 people had been killed.", [(96000, "disaster")]),
        ("Floods sweep Sindh", "Army helicopters lifted families from rooftops near Thatta. "
         "At least 230 people have died, the military said.", [(230, "disaster")]),
        ("Cyclone hits Orissa coast", "Troops cleared roads blocked by fallen trees. "
         "Forty-one people were killed, a government spokesman said.", [(41, "disaster")]),
        # near misses: a war or an act of war named around, the forces' own dead, and troops firing on a crowd
        ("Floods in Swat", "Soldiers rescued villagers from the floods. Militants ambushed an army convoy near Mingora. "
         "Nine soldiers were killed, the army said.", [(9, "conflict")]),
        ("Anger after the quake", "Troops fired on protesters demanding aid after the earthquake. "
         "Twelve people were killed, the army said.", [(12, "conflict")]),
        ("Unrest after typhoon", "Soldiers opened fire on a crowd queuing for food after the typhoon. "
         "Six people were killed, the army said.", [(6, "conflict")]),
        ("Army clears rebels from flooded valley", "Troops shelled rebel positions as the floods receded. "
         "The army said 30 rebels were killed.", [(30, "conflict")]),
    ],
)
def test_a_disaster_the_forces_only_rescued_or_counted(
    title: str, text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text, title) == expected


# A lone gunman's dead, where the news tells his ties to a jihadist group: an attack of terror.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Gunman kills three at school in Toulouse", "The gunman, who claimed links to al Qaeda, filmed the attack. "
         "A rabbi and three children were killed.", [(1, "conflict"), (3, "conflict")]),
        ("Gunman kills four at Kansas synagogue", "The gunman was linked to al-Qaeda, investigators said. "
         "Four worshippers were killed.", [(4, "conflict")]),
        ("Shooting at Frankfurt airport", "The gunman had ties to the Islamic State, police said. "
         "Two airmen were shot dead on a bus.", [(2, "conflict")]),
        # near misses: a gunman's ties to a gang or a cartel are a crime's
        ("Shooting at Ohio mall", "The gunman, a man with links to a local gang, fled on foot. "
         "Three shoppers were shot dead.", [(3, "crime")]),
        ("Drug killings in Sinaloa", "The gunmen had ties to the Sinaloa cartel. "
         "Six men were shot dead at a car wash.", [(6, "crime")]),
    ],
)
def test_a_gunman_tied_to_a_jihadist_group(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
