"""A sixth round of sentences of 2008-2012 news as pages give them, read for whether a figure is a
conflict's: a second blast that followed the first, told with no object; a toll a junta or a
regime only told after a storm or a quake; a blast at a refinery, a rig, a mill or a plant; the
Navy SEALs counted as people; the forces' fuel tankers attacked on the roads of Pakistan; and a
fire that broke out by itself in a war's city."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A blast that followed the first one, told with no object: its dead are this event's, not an
# earlier one's ("The attack followed the deaths of four soldiers" still tells an earlier event).
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Twin bombings in Damascus", "A car bomb exploded outside the intelligence building in Kafr Sousa. "
         "A second explosion followed seconds later, killing 14 people.", [(14, "conflict")]),
        ("Suicide attack on police recruits", "The attacker walked up to the gate of the training centre in Shabqadar. "
         "A second blast followed minutes later, and the death toll rose to 80, officials said.", [(80, "conflict")]),
        ("Bombs hit Kirkuk", "The first bomb went off outside a police station in the Rahimawa district. "
         "Another blast followed within minutes, killing nine people.", [(9, "conflict")]),
        ("Blast in Kirkuk", "A car bomb exploded near a Kurdish party office. "
         "A second blast followed, wounding 30 people who had rushed to help.", [(30, "conflict")]),
        ("Bombs in Jaipur", "The first bomb went off in the Johri Bazaar. "
         "More blasts followed in quick succession, killing at least 60 people.", [(60, "conflict")]),
        # near misses: what followed, or came after, told with its object is an earlier event
        ("Bombing in Damascus", "A car bomb exploded outside the intelligence building. "
         "The attack followed the deaths of 4 soldiers in a roadside bombing last week.", []),
        ("Bombing in Baquba", "A car bomb exploded near the provincial council. "
         "The bombing followed an attack on Monday in which 12 people were killed.", []),
        ("Clashes in Yala", "Insurgents fired on a patrol near Bannang Sata. "
         "The attack came two days after 4 militants were killed in the same village.", []),
    ],
)
def test_a_blast_that_followed_the_first_one(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A junta or a regime that only tells the toll of a storm, a quake or a flood: the ruler's word
# says who counted, not who killed ("the junta said" after Cyclone Nargis).
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Cyclone Nargis: toll rises", "The state newspaper said the Irrawaddy delta was worst hit. "
         "The junta said 22,464 people had died and 41,054 were missing.", [(22464, "disaster"), (41054, "disaster")]),
        ("Burma storm toll", "Relief flights were held up in Bangkok. "
         "The junta raised the death toll to 78,000 on Friday.", [(78000, "disaster")]),
        ("Quake in Yunnan", "Rescuers dug through collapsed houses in Yiliang county. "
         "The regime said 81 people had died.", [(81, "disaster")]),
        ("Floods in Myanmar", "Villages along the Sittaung river were under water. "
         "The junta said 21 people had drowned.", [(21, "accident")]),
        # near misses: the ruler's troops who fired, its killings, and its soldiers killed by an enemy
        ("Burma: troops fire on monks", "Soldiers fired into crowds of marching monks in Rangoon. "
         "The junta said nine people were killed.", [(9, "conflict")]),
        ("Syria: Aleppo", "Activists said warplanes bombed two bakeries. "
         "The regime killed 60 people in Aleppo on Tuesday, the Observatory said.", [(60, "conflict")]),
        ("Syria: army pounds Homs", "Tanks shelled the Baba Amr district for a sixth day. "
         "The regime said 20 soldiers were killed by armed terrorist gangs.", [(20, "conflict")]),
        ("Thailand: the junta and the protests", "Coup leaders took power in Bangkok in 2006. "
         "The junta's soldiers shot dead 12 protesters near Democracy Monument.", [(12, "conflict")]),
    ],
)
def test_a_toll_a_ruler_only_told(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A blast at the works where one is a mishap: a refinery, a rig, a mill, a furnace, a plant.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Gulf oil spill: well capped", "Engineers said the cap was holding pressure. "
         "The explosion on the Deepwater Horizon rig on April 20 killed 11 workers.", [(11, "accident")]),
        ("China: Blast at steel mill", "The explosion tore through the furnace area of the mill in Hebei before dawn. "
         "State media said 8 workers were killed and 14 injured.", [(8, "accident"), (14, "accident")]),
        ("Venezuela refinery blast", "The fire spread to two storage tanks at the Amuay refinery. "
         "The blast killed 42 people, most of them National Guard troops stationed at the site.", [(42, "accident")]),
        ("North Sea platform evacuated", "The explosion on the gas rig forced 60 workers to leave. "
         "Two workers died and three were injured, the operator said.", [(2, "accident"), (3, "accident")]),
        # near misses: a bomb, a raid or a shell that hit the works is told by it
        ("Iraq: Bomb hits refinery", "Insurgents planted the bomb near a pipeline at the Baiji refinery. "
         "The blast killed four guards, police said.", [(4, "conflict")]),
        ("Nigeria: Militants blow up oil platform", "MEND fighters attacked the Shell platform in the Niger Delta. "
         "Two soldiers were killed in the explosion, the army said.", [(2, "conflict")]),
        ("Syria: power plant shelled", "Rebels said government artillery hit the power plant in Aleppo. "
         "Five workers were killed and 10 wounded.", [(5, "conflict"), (10, "conflict")]),
        ("Blast in Hyderabad market", "The bomb was hidden on a bicycle near a cinema. "
         "The blast killed 16 people and injured 119.", [(16, "conflict"), (119, "conflict")]),
    ],
)
def test_a_blast_at_the_works(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The US Navy's commandos, counted by their name: people, not the animals of the same word.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Libya: Benghazi consulate attack", "Militants stormed the compound in Benghazi overnight. "
         "Three Americans, including two former Navy SEALs, were killed.", [(3, "conflict"), (2, "conflict")]),
        ("Chinook shot down in Wardak", "The Taliban said its fighters fired a rocket-propelled grenade at the helicopter. "
         "Thirty Americans, including 22 Navy SEALs, were killed.", [(30, "conflict"), (22, "conflict")]),
        ("Afghanistan: helicopter lost", "The helicopter came down in the Tangi valley during a night raid on insurgents. "
         "Seventeen Navy Seals died, U.S. officials said.", [(17, "conflict")]),
        # near misses: the animals
        ("Seal deaths on Cape Cod", "Wildlife officials are investigating. "
         "Twelve seals were found dead on the beach at Chatham.", []),
        ("Oil spill reaches coast", "The slick reached the coast on Friday. "
         "Hundreds of seals and seabirds died in the spill.", []),
    ],
)
def test_navy_seals_are_people(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The forces' supply line in Afghanistan, attacked on the roads of Pakistan: its tankers and trucks
# set on fire or bombed are the war's; one that overturned on its own is a road's mishap.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Kandahar: fuel tankers torched", "Taliban fighters set fire to a convoy of NATO fuel tankers. "
         "Two drivers were killed, police said.", [(2, "conflict")]),
        ("Pakistan: NATO tankers attacked in Shikarpur", "Gunmen opened fire on the tankers parked at a roadside hotel "
         "before setting them ablaze. One driver was killed and two others were injured.", [(1, "conflict"), (2, "conflict")]),
        ("Tanker blast in Nowshera", "A bomb planted under an oil tanker carrying fuel for NATO exploded at a depot. "
         "Four people were killed.", [(4, "conflict")]),
        # near misses: tankers that overturned or exploded by themselves
        ("Tanker crash on M1", "The fuel tanker overturned near junction 15. "
         "The driver was killed and the motorway closed for 10 hours.", [(1, "accident")]),
        ("Khyber: tanker overturns", "A tanker carrying fuel for NATO overturned on a bend near Landi Kotal. "
         "Two people were killed, the driver and his helper.", [(2, "accident")]),
        ("Tanker fire in Kenya", "Villagers had gathered to scoop fuel from the overturned tanker in Sachangwan. "
         "More than 100 people were burned to death when it exploded.", [(100, "accident")]),
    ],
)
def test_the_supply_tankers_of_a_war(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A fire told as breaking out by itself, in a war's city too: a wedding hall's kitchen, a bazaar's shop.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Kabul: Wedding hall fire", "The fire started in the kitchen during a wedding party in the west of the city. "
         "Twelve women and children died and 30 people were injured.", [(12, "accident"), (30, "accident")]),
        ("Fire in Peshawar market", "The blaze broke out in a cloth shop in Qissa Khwani bazaar before dawn. "
         "Five shopkeepers were killed and 11 injured, rescue officials said.", [(5, "accident"), (11, "accident")]),
        ("Fire in Kandahar city", "The fire began in a generator room behind the Eid Gah mosque. "
         "Four people were killed, officials said.", [(4, "accident")]),
        # near misses: a fire a shell, a mortar round or rioters started
        ("Homs: fuel depot hit", "A fire broke out after a shell hit the fuel depot. "
         "Six people were killed, activists said.", [(6, "conflict")]),
        ("Mogadishu: market burns", "A fire started when a mortar round landed in Bakara market. "
         "Eleven traders were killed.", [(11, "conflict")]),
        ("Karachi riots", "A fire broke out as rioters torched shops in Bolton Market. "
         "Police said 30 people were killed in the violence.", [(30, "conflict")]),
    ],
)
def test_a_fire_that_broke_out_in_a_war_s_city(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
