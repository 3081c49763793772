"""More sentences of 2008-2012 news and of its readers, read for whether a figure is a conflict's:
feelings one "died of", what a war "could leave" dead, deaths told by how often they happen, the
forces' dead of a mishap or a disaster the sentence before tells, lone attackers told by a blade,
and an episode's plot."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# A feeling one "died of", and what one "would die for": idioms, no death.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My uncle nearly died of boredom in the navy, he used to say.", []),
        ("Half the audience must have died of embarrassment when the minister spoke.", []),
        ("Two of the guests almost died laughing, and one died of laughter when the groom fell over.", []),
        ("After three days in the trenches of the exam hall I'd die for a cold beer.", []),
        # near misses: a death of an illness or of the cold stays one
        ("Two refugees died of cold in the camp near the border, the UN said.", [(2, "disaster")]),
        ("Three soldiers were killed in an ambush in Kunar province, the army said.", [(3, "conflict")]),
    ],
)
def test_a_feeling_one_died_of_is_no_death(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# What a war, a strike or a blast "could leave" dead or hurt: a forecast, nothing happened.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts say a war on the peninsula could leave a million people dead.", []),
        ("A strike on the reactor would leave thousands of civilians dead or injured, experts warned.", []),
        ("Planners fear a quake on the fault might leave 1,800 people dead in the city.", []),
        ("A pull-out now would see thousands of Afghans killed, the generals told MPs.", []),
        ("Critics say the offensive could see hundreds of civilians die in the old city.", []),
        # near misses: a real toll told with "leave" and a modal of another clause
        ("The airstrike left 14 civilians dead in the village of Kafr Nabl, activists said.", [(14, "conflict")]),
        ("Troops will leave the town next week; 5 soldiers were killed there in an ambush on Monday.", [(5, "conflict")]),
    ],
)
def test_what_a_war_could_leave_dead_is_a_forecast(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bring the troops home before another 1,000 die for nothing.", []),
        ("Pull out of Helmand now, before another 500 soldiers are killed for a corrupt government.", []),
        ("How many weeks until 20 more children are killed in these airstrikes?", []),
        ("Somebody has to stop this before another child is shot at a checkpoint.", []),
        # near misses: what happened before more died, told in the past
        ("The siege of the city lasted until more than 300 people had died, the UN said.", [(300, "conflict")]),
        ("Fighting in Donetsk went on until another 40 soldiers were killed.", [(40, "conflict")]),
        ("The troops left Kunduz before another attack killed 20 people.", [(20, "conflict")]),
    ],
)
def test_more_dead_a_clause_of_time_foresees_are_no_event(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# A death told by how often it happens, every few minutes or hours, in an article about a country at war.
@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("The report looked at maternal health in Afghanistan. One woman dies in childbirth every 30 minutes.",
         "Afghan mothers at risk", []),
        ("Malnutrition is rife in the camps of Somalia. A child dies there every six minutes, aid agencies say.",
         "Somalia famine", []),
        ("Road safety in Iraq is poor. Someone is killed on the roads every two hours, the ministry said.", "Iraq roads", []),
        ("The ministry published the figures. A person is killed on Afghan roads every three hours.", "Afghan road safety", []),
        # near misses: a war's rate named in its own sentence stays the war's; a toll with no rate stays
        ("In Aleppo one civilian is killed by shelling every hour, activists say.", "Syria", [(1, "conflict")]),
        ("The report looked at Afghanistan. Four soldiers were killed in Helmand on Monday.", "Afghanistan", [(4, "conflict")]),
    ],
)
def test_a_death_told_by_how_often_it_happens_is_a_rate(text: str, title: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The forces' dead, or a camp's, of a mishap or a disaster the sentence before tells.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two army trucks collided on a mountain road in Chiapas. Ten soldiers were killed and 20 injured, "
         "the defence ministry said.", [(10, "accident"), (20, "accident")]),
        ("The helicopter went down in fog near Kunduz. Six soldiers died, an army spokesman said.", [(6, "accident")]),
        ("The accident happened near Kandahar. Four soldiers were killed in the accident, officials said.", [(4, "accident")]),
        ("An avalanche hit the battalion's camp in the Siachen sector. More than 130 soldiers and civilian workers "
         "were buried under the snow.", [(130, "disaster")]),
        ("Flash floods swept through an army post in the Swat valley. Nine soldiers died, the military said.",
         [(9, "disaster")]),
        ("Floodwaters swept away a checkpoint in North Waziristan. Eleven soldiers drowned.", [(11, "disaster")]),
        ("The blast happened during a training exercise in Nevada. Seven Marines were killed when a mortar round "
         "exploded in its tube.", [(7, "accident")]),
        ("The recruits were on a training exercise near Fort Bragg. Two soldiers died when a grenade went off.",
         [(2, "accident")]),
        # near misses: an act of war in either sentence keeps the toll the war's
        ("Two army trucks collided after a roadside bomb exploded in Kunar. Ten soldiers were killed.",
         [(10, "conflict")]),
        ("A military helicopter crashed in Helmand. Four soldiers were killed, a NATO spokesman said.", [(4, "conflict")]),
        ("Heavy snow fell on the front line. Nine soldiers were killed in an ambush by Taliban fighters.", [(9, "conflict")]),
        ("Gunmen ambushed a police convoy in Dagestan. Seven officers were killed, the interior ministry said.",
         [(7, "conflict")]),
    ],
)
def test_the_dead_of_a_mishap_told_the_sentence_before(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# A lone attacker told by a blade or a tool: a crime, not an attack of a war.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man with a knife attacked pupils at the gate of a primary school in Nanping. Eight children died.",
         [(8, "crime")]),
        ("A woman armed with a cleaver attacked shoppers in a market in Kunming. Three people were wounded.",
         [(3, "crime")]),
        ("Police shot a knifeman who had stabbed four commuters at the station.", [(4, "crime")]),
        ("A knife-wielding man attacked a kindergarten in Shaanxi. Seven children and two adults were killed.",
         [(7, "crime"), (2, "crime")]),
        # near misses: militants with blades and the war's place stay the war's
        ("Militants armed with knives and rifles attacked a police post in Xinjiang, killing 16 officers.", [(16, "conflict")]),
        ("Gunmen attacked a checkpoint near Baquba, killing five soldiers.", [(5, "conflict")]),
    ],
)
def test_a_lone_attacker_told_by_a_blade_is_a_crime(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# An episode's or a chapter's plot told the sentence before: no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Episode seven follows Easy Company at Foy. Several men are killed in the shelling of the woods.", []),
        ("The third chapter follows a platoon of Marines through the valley. By its end, nine of the 14 men are dead.", []),
        ("Episode four centres on the siege of the embassy. Twelve hostages are killed in the final raid.", []),
        ("Ridley Scott's film follows a company of Rangers through one night in Mogadishu. Eighteen Americans are killed "
         "before the convoy reaches them.", []),
        ("The play follows a Scottish regiment in Iraq. Three soldiers are killed by a suicide bomber at a checkpoint.", []),
        ("Her debut novel tells the story of two brothers in Grozny. The elder dies in the first winter of the war.", []),
        ("The opening 20 minutes recreate the landing at Omaha Beach. Hundreds of soldiers die in the surf.", []),
        # near misses: news of the same war with no plot around it, and a documentary's toll told in the past
        ("The company was shelled near Foy. Several men were killed in the shelling of the woods.", [(2, "conflict")]),
        ("The documentary follows a platoon in the Korengal valley for a year. Three soldiers of the platoon were killed "
         "during the deployment.", [(3, "conflict")]),
        ("The first 20 minutes of the meeting were spent on the bombing. Four soldiers are killed each month in Helmand, "
         "the minister said.", [(4, "conflict")]),
    ],
)
def test_an_episodes_plot_is_no_event(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected


# Mob justice told by its name: the crowd's killings of those it took for criminals are crimes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mob justice is common in rural Kenya. Villagers lynched two suspected thieves, police said.", [(2, "crime")]),
        ("Jungle justice claims many lives in Lagos. A crowd beat three young men to death at a market, police said.",
         [(3, "crime")]),
        ("Vigilante justice is on the rise in the slums of Kampala. A crowd stoned four suspected robbers to death.",
         [(4, "crime")]),
        # near misses: a sectarian mob, and a mob of the war's place, stay the war's
        ("A Buddhist mob attacked a mosque in Meiktila. At least 20 Muslims were killed.", [(20, "conflict")]),
        ("Mobs roamed the streets of Jos after the clashes. At least 35 people were killed.", [(35, "conflict")]),
    ],
)
def test_mob_justice_told_by_its_name_is_a_crime(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text) == expected
