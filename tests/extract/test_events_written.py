"""Conflict figures told the way general news, blogs and reader comments tell them, and near misses
that share their words (issue 14): a protest march fired on, a drug war as a whole, a war's toll
dated by its year ("the war in 2008 killed 850"), the fires a building names, one of kin after
"whose", a nationality before "who", "nobody" before a verb of its own, officers killed at the
police's daily work, a hazard of nature that killed beside a war, a plot to kidnap, the towns
and armed groups of the wars of 2014-2023, and a vehicle rammed into a crowd.

Every sentence here is written for the test; ``CONFLICT`` and ``NEAR_MISSES`` are a written set
whose conflict recall and precision must stay high (a sentence is read as conflict when one of its
figures is)."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body").tallies]


def is_conflict(text: str) -> bool:
    return "conflict" in events(text)


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


# A year after "in", "since", "during" or "until", or after an event's noun and "of", dates the
# subject before the verb: the figure is the one after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia's war with Russia in 2008 killed about 850 people.", [(850, "killed")]),
        ("The floods in 2010 killed 1,700 people across the province.", [(1700, "killed")]),
        ("The Israeli offensive in 2014 killed 2,200 Palestinians, most of them civilians.", [(2200, "killed")]),
        ("The uprising during 2011 killed at least 9,000 people, the UN said.", [(9000, "killed")]),
        # an event named by its year after "of"
        ("The war of 2003 killed 5,400 people, according to the ministry's report.", [(5400, "killed")]),
        ("The riots of 1984 killed about 3,000 Sikhs in Delhi alone.", [(3000, "killed")]),
        ("The floods of 2010 killed 1,700 across the province.", [(1700, "killed")]),
        # a count after a preposition that is no time's stays a count
        ("The battle ended with 2000 dead and many more wounded.", [(2000, "killed")]),
        ("The siege left a total of 2000 killed and 500 wounded.", [(2000, "killed"), (500, "wounded")]),
        ("A convoy of 2000 soldiers was ambushed and 40 were killed.", [(40, "killed")]),
    ],
)
def test_a_year_after_a_time_preposition_dates_the_subject(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# Estimates of a war's dead given as a range whose top is hedged on its own: one figure, its low
# and high; not nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimates of Iraqi deaths range from about 90,000 to more than 600,000, depending on who counts.", [(90000, 600000)]),
        ("Estimates of civilian deaths in the war range from 12,000 to more than 30,000.", [(12000, 30000)]),
        ("Between 2,000 and nearly 4,000 people were killed in the massacre, historians say.", [(2000, 4000)]),
        # near misses: a sentence, a toll raised to a hedged figure
        ("He was sentenced to five to more than ten years for the attack.", []),
    ],
)
def test_a_range_with_a_hedged_top_is_one_figure(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(t.count, t.count_max) for t in find_tallies(text, split_sentences(text))] == expected


# One of kin after "whose", as after "his": "the minister, whose son was killed"; not a thing of
# theirs, nor kin in the plural with no number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister, whose son was killed by a roadside bomb in 2006, resigned on Tuesday.", [(1, "killed")]),
        ("The singer, whose brother was shot dead by soldiers in 2011, sang at the rally.", [(1, "killed")]),
        ("Ahmed Saleh, whose wife was wounded in the airstrike, spoke to reporters.", [(1, "wounded")]),
        ("The family, whose home was destroyed by shelling, fled to the coast.", []),
        ("The villagers, whose children were killed in the raid, buried them at dawn.", []),
    ],
)
def test_one_of_kin_after_whose_is_one_person(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# A people by its nationality before "who": "the 2,000 Palestinians who died", as "14 people who".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 900 Palestinians who died in 2014 are forgotten.", [(900, "killed")]),
        ("Remember the 2,500 Afghans who died in Kunduz.", [(2500, "killed")]),
        ("The 14 Americans who were wounded in the attack were flown to Germany.", [(14, "wounded")]),
        ("Everyone talks about the 4,000 Iraqis who were killed that year.", [(4000, "killed")]),
    ],
)
def test_a_nationality_before_who_is_the_relative_clause_s_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# "Nobody" before a verb of its own denies that verb, not the deaths: a reader's "Nobody mentions
# the 2,000 who died"; "nobody in the convoy of 30 soldiers was hurt" still denies the harm.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody mentions the 2,000 Palestinians who died in 2014.", [(2000, "killed")]),
        ("Nobody cares about the 500 Yemenis killed by Saudi bombs.", [(500, "killed")]),
        ("Nobody remembers the 900 soldiers who died.", [(900, "killed")]),
        ("Nobody in the convoy of 30 soldiers was hurt.", []),
        ("Nobody among the 40 passengers was injured.", []),
        ("Nobody was killed in the blast.", []),
    ],
)
def test_nobody_before_a_verb_of_its_own_denies_the_verb(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# A march or a rally told by what it demands is a protest: its dead are the crackdown's.
@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead three young men during a march against the fuel price hike in Khartoum, a doctors' committee said.",
        "Two students were killed when riot police broke up a rally demanding the release of political prisoners.",
        "Four people died when mounted police charged an opposition march in the capital.",
        "A woman was shot dead at a rally against the military government in Yangon.",
        "Two marchers were killed when soldiers fired at an anti-government march in Conakry.",
    ],
)
def test_a_protest_march_s_dead_are_conflict(text: str) -> None:
    assert is_conflict(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A man died of a heart attack during a march against the new pension law.", "disease"),
        ("Two soldiers died of heat stroke during a march in the Brecon Beacons.", "disease"),
        ("Five people died in a crush at an election rally in Chennai.", "accident"),
        ("Three party workers died in a road accident on their way back from the rally.", "accident"),
    ],
)
def test_a_march_or_a_rally_with_a_mishap_keeps_its_class(text: str, event: str) -> None:
    assert set(events(text)) == {event}


def test_a_charity_march_against_an_illness_is_no_protest() -> None:
    assert not is_conflict("Two walkers died of heat exhaustion on a charity march against cancer.")


# A drug war as a whole, the state's against the cartels, is conflict; one cartel's killing a crime.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Mexico's war on the cartels has left more than 100,000 people dead since 2006.", "conflict"),
        ("Calderon's war against drug cartels cost 60,000 lives.", "conflict"),
        ("Cartel gunmen killed 12 people at a bar in Monterrey.", "crime"),
        ("The gang war claimed 30 lives in the city.", "crime"),
    ],
)
def test_a_drug_war_as_a_whole_is_conflict(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# A fire named by the building it broke out in is a mishap, in a war's city too.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The hospital fire killed 82 patients in Baghdad, most of them on ventilators.", "accident"),
        ("A nightclub fire in Perm killed 156 people.", "accident"),
        ("A hotel fire in Harbin killed 19 guests.", "accident"),
        ("An airstrike set the hospital on fire, killing 12 patients in Aleppo.", "conflict"),
    ],
)
def test_a_fire_named_by_its_building_is_an_accident(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# Officers killed at the police's daily work are a crime's dead, not the forces' in a war.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two officers were shot dead while responding to a domestic call in Dallas.", "crime"),
        ("A deputy was killed while serving an arrest warrant in rural Georgia.", "crime"),
        ("A trooper was shot dead during a traffic stop on the interstate.", "crime"),
        ("Two policemen were killed when militants attacked their patrol in Quetta.", "conflict"),
        ("16 policemen were killed in an attack on a checkpoint.", "conflict"),
    ],
)
def test_officers_killed_at_routine_police_work_are_a_crime(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# A hazard of nature told as what killed outweighs a war it is compared with or named beside.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The tsunami killed 230,000 people in 2004, more than any war that decade.", "disaster"),
        ("The earthquake killed 300 people in the rebel-held north of Syria.", "disaster"),
        ("Cyclone Idai killed 600 people in Mozambique.", "disaster"),
        ("Airstrikes killed 40 people in the flooded town.", "conflict"),
        ("Shelling killed 12 people as floods hit the front line.", "conflict"),
    ],
)
def test_a_hazard_that_killed_outweighs_a_war_named_beside_it(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# A plot to kidnap is no capture; a kidnapping told as done is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militia members from Michigan were convicted of plotting to kidnap the governor.", []),
        ("The gang plotted to kidnap two businessmen outside the bank.", []),
        ("Rebels abducted 30 schoolgirls in Kankara.", [(30, "captured")]),
    ],
)
def test_a_plot_to_kidnap_is_no_capture(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(t.count, t.outcome) for t in extract_document(text, None, "en", "body").tallies] == expected


# The wars of 2014-2023 by their towns, regions and armed groups, named without the country or a
# war word; and a vehicle rammed into a crowd.
@pytest.mark.parametrize(
    "text",
    [
        "Eight people died in Donetsk overnight, local officials said.",
        "Ethiopian federal forces killed 50 people in Mekelle.",
        "Unknown assailants killed two village chiefs in Burkina Faso.",
        "The RSF killed 40 people in the market.",
        "ADF attackers killed 41 people at a school in western Uganda.",
        "Al-Shabab killed 20 people in the town.",
        "At least 12 people were killed when a truck rammed into a crowd celebrating Bastille Day.",
        "An attacker rammed his car into a crowd of pedestrians on the bridge, killing four.",
    ],
)
def test_recent_wars_places_and_groups_are_conflict(text: str) -> None:
    assert is_conflict(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A flood in Marib killed 12 people.", "disaster"),
        ("A man was stabbed to death in Kharkiv, police said.", "crime"),
        ("RSF said 50 journalists were killed worldwide in 2022.", "other"),
        ("A drunk driver ploughed into a crowd at a Christmas market, killing two.", "accident"),
    ],
)
def test_near_misses_of_recent_wars_keep_their_class(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# Conflict figures in the phrasing of general news, blogs and reader comments, 2007-2023.
CONFLICT = [
    "Security forces opened fire on demonstrators in the capital on Friday, killing at least 14 people, witnesses said.",
    "Troops fired live rounds into a crowd of mourners in Deraa, killing six, activists said.",
    "At least 30 protesters have been killed since the unrest began last month, according to Amnesty International.",
    "Police shot dead three young men during a march against the fuel price hike in Khartoum, a doctors' committee said.",
    "22 protesters have been killed by security forces since Sunday, according to a rights group.",
    "Riot police killed two students when they fired on a rally outside the university.",
    "The crackdown on the opposition has claimed more than 300 lives, human rights groups say.",
    "More than 100 people have died in the crackdown on anti-government demonstrations, the UN said.",
    "Soldiers fired on crowds in Mandalay, killing at least 12 anti-coup protesters.",
    "Iranian security forces have killed at least 448 people in the protests, a Norway-based group said.",
    "Snipers on rooftops shot into the square, killing 18 people, witnesses told reporters.",
    "Four people were killed when police opened fire on villagers protesting against a land grab.",
    "The government's crackdown in Bahrain left 35 people dead.",
    "Dozens of opposition supporters were killed by security forces in the weeks after the election.",
    "Egyptian forces killed more than 800 people when they cleared the two sit-ins in Cairo in August 2013.",
    "Sectarian clashes between Sunni and Alawite gunmen in Tripoli have left 17 people dead this week.",
    "Fighting between Christians and Muslims in Jos killed at least 200 people over the weekend.",
    "At least 40 people died when rival ethnic groups clashed in the Rift Valley.",
    "Clashes between Buddhists and Rohingya Muslims in Rakhine state have killed 78 people, officials said.",
    "Communal clashes in Assam have left 45 dead and 400,000 displaced.",
    "Militiamen raided the village at dawn and killed 23 people, including nine children.",
    "Gunmen from a rival militia stormed the compound and killed 11 guards.",
    "Janjaweed fighters on horseback attacked the camp, killing at least 50 displaced people.",
    "Armed men believed to be Fulani herders killed 38 villagers in an overnight raid in Plateau state.",
    "A Boko Haram raid on a school in Yobe state left 29 pupils dead.",
    "Al-Shabab fighters killed 12 people in a raid on a village near the Kenyan border.",
    "The cleric, who survived a drone strike that killed four of his guards in 2011, gave a speech on Friday.",
    "A US drone strike killed five suspected militants in North Waziristan on Tuesday, officials said.",
    "Last year's drone strikes in Pakistan killed at least 300 people, according to a London-based research group.",
    "Since 2004, American drones have killed between 2,000 and 3,000 people in Pakistan, the bureau estimates.",
    "The vehicle was hit by a missile from an unmanned aircraft, killing three men inside.",
    "The opposition leader was shot dead outside his home in Tunis, the second political assassination this year.",
    "Gunmen assassinated the provincial governor and two of his bodyguards on Monday.",
    "A car bomb killed the intelligence chief and eight others in central Beirut.",
    "The former prime minister was killed along with 20 others when a suicide bomber struck her rally.",
    "A magnetic bomb stuck to his car killed the deputy governor and two of his aides in Kandahar.",
    "Hundreds attended the funeral of the three soldiers killed in Helmand last week.",
    "The bodies of four marines killed in Afghanistan were flown home on Tuesday.",
    "Flags flew at half mast as the town buried the two paratroopers killed by a roadside bomb.",
    "The regiment has lost 12 men since its deployment to the front in April.",
    "The attack led to the deaths of seven members of the security forces.",
    "The ministry confirmed the deaths of 14 members of the security forces in the ambush.",
    "The deaths of 23 policemen in the attack shocked the country.",
    "The ambush caused the deaths of nine soldiers and two civilians.",
    "At least 60 protesters have been killed, according to the Central Committee of Sudan Doctors.",
    "Some 12 demonstrators have been killed, according to local activists.",
    "Nine people were shot dead at the protest, according to hospital sources.",
    "The Iraq war cost the lives of more than 4,400 American soldiers and many times as many Iraqis.",
    "When the war ended in 1975, some 58,000 Americans had died in Vietnam.",
    "The Soviet war in Afghanistan killed around a million Afghans and 15,000 Soviet troops.",
    "The civil war in Lebanon claimed some 150,000 lives over fifteen years.",
    "Colombia's half-century of conflict has killed more than 220,000 people.",
    "In the 1994 genocide, about 800,000 Tutsis and moderate Hutus were slaughtered in 100 days.",
    "More than 60,000 people were killed in the Mexican drug war under Calderon.",
    "Bush's war killed over a million Iraqis and nobody was ever held to account.",
    "Your precious NATO bombed Libya and killed thousands of civilians, so spare me the lecture.",
    "Assad has slaughtered 200,000 of his own people and the west did nothing.",
    "Israel killed 2,200 people in Gaza in 2014, most of them civilians, look it up.",
    "The Taliban murdered 30 people in Kabul yesterday and you want to negotiate with them?",
    "Russia has lost over 100,000 soldiers in Ukraine, whatever the Kremlin says.",
    "Syria death toll tops 100,000",
    "Car bomb kills 25 in Baghdad market",
    "Suicide attack on police academy kills 42",
    "Airstrikes kill 30 in Yemen's Saada",
    "Dozens dead as army clears protest camps",
    "Nigeria: Gunmen kill 40 in Zamfara village",
    "12 killed in Kashmir gunfight",
    "Mali: 16 soldiers killed in jihadist ambush",
    "Shelling kills 8 in Donetsk",
    "The war in Syria has killed more than 350,000 people, the UN said.",
    "Libya's 2011 uprising and the NATO campaign left an estimated 25,000 people dead.",
    "The war in Yemen has killed more than 150,000 people since 2015.",
    "Ukraine says 9,000 civilians have been killed since the Russian invasion.",
    "Fighting between the army and the RSF has killed at least 5,000 people in Sudan since April.",
    "The junta's forces have killed more than 3,000 civilians since the coup in Myanmar.",
    "Drug-related violence claimed 15,000 lives in Mexico last year.",
    "More than 1,400 Palestinians were killed during the three-week Israeli offensive.",
    "In 2007, around 24,000 Iraqi civilians were killed, according to Iraq Body Count.",
    "2,500 Afghan civilians died in the conflict last year, the UN mission said.",
    "Militant violence killed 3,000 people in Pakistan in 2009.",
    "Boko Haram's insurgency has killed 20,000 people and displaced 2 million.",
    "Al-Shabaab attacks killed more than 500 people in Mogadishu in 2017.",
    "The FARC conflict has left 260,000 dead and millions displaced.",
    "Over 40,000 people have died in the Kashmir insurgency since 1989.",
    "The second Chechen war killed at least 25,000 civilians.",
    "The war in Tigray may have killed as many as 600,000 people.",
    "At least 1,200 Israelis were killed in the Hamas attack of October 7.",
    "Gaza's health ministry says 10,000 people have been killed in the strip.",
    "The conflict in eastern Ukraine had killed 13,000 people before the full-scale invasion.",
    "Fighting in Darfur has killed 300,000 people, according to UN estimates.",
    "Three policemen were killed in a shootout with insurgents in Dagestan on Saturday.",
    "A suicide bomber killed 12 people at a police station in Nazran.",
    "Rebels ambushed a convoy in Ingushetia, killing five Interior Ministry troops.",
    "Georgia's war with Russia in 2008 killed about 850 people.",
    "FARC rebels killed 10 soldiers in an attack on a base in Cauca.",
    "Paramilitaries massacred 15 peasants in a remote village in Antioquia.",
    "Soldiers killed 22 suspected gunmen in a shootout in Tlatlaya.",
    "Mexico's war on the cartels has left more than 100,000 people dead since 2006.",
    "Myanmar army airstrikes on a village in Sagaing killed more than 100 people, including children.",
    "The junta's troops burned the village and killed 11 people, residents said.",
    "An al-Shabab truck bomb killed 500 people in Mogadishu in October 2017.",
    "African Union troops killed 30 militants in fighting outside Mogadishu.",
    "A Saudi-led coalition airstrike on a school bus killed 40 children.",
    "Houthi shelling killed seven civilians in Taiz.",
    "Gaddafi's forces shelled Misrata for weeks, killing hundreds.",
    "Clashes between rival militias in Tripoli have left 47 dead.",
    "The Taliban stormed a police checkpoint in Kunduz, killing nine officers.",
    "A NATO air strike killed 14 civilians in Helmand, provincial officials said.",
    "Eight Afghan soldiers died when insurgents overran their outpost.",
    "A wave of bombings across Baghdad killed at least 57 people on Tuesday.",
    "ISIS fighters executed 1,700 captured air force cadets at Camp Speicher.",
    "U.S. forces killed 12 insurgents in a raid near Baquba.",
    "A suicide attack on a Shia procession in Karachi killed 43 people.",
    "The Army Public School massacre in Peshawar left 141 dead, most of them children.",
    "Taliban gunmen shot dead six polio workers in Karachi.",
    "An Israeli airstrike on a house in Rafah killed a family of nine.",
    "Rockets fired from Gaza killed two people in Ashkelon.",
    "Israeli troops shot dead 60 Palestinians at the border fence on Monday.",
    "Government forces bombed a bakery in Halfaya, killing more than 90 people queueing for bread.",
    "The chemical attack on Ghouta killed hundreds of people in their sleep.",
    "Regime helicopters dropped barrel bombs on Aleppo, killing 35.",
    "Soldiers killed 348 members of a Shia movement in Zaria in December 2015.",
    "Herders attacked three villages in Benue, killing 73 people.",
    "Indian troops killed four militants in an encounter in Pulwama.",
    "Seventeen protesters were killed by police firing in the valley this summer.",
    "Five paramilitary soldiers died in a militant attack on their camp in Uri.",
    "RSF fighters killed hundreds of Masalit civilians in El Geneina, survivors said.",
    "A Russian missile hit a crowded railway station in Kramatorsk, killing 57.",
    "Ukraine's military said 30 of its soldiers died defending the town.",
    "Russian shelling of Kharkiv killed 11 civilians overnight.",
    "My cousin was one of the 18 soldiers killed in that ambush, so don't tell me it was a peaceful protest.",
    "They say 500 people died in Hama in one week and still no one talks about it.",
    "I was in Kabul when the truck bomb went off and killed 150 people near the German embassy.",
    "Another week, another 30 dead in Syria and the world yawns.",
    "The insurgents killed my brother and four of his friends at the checkpoint.",
    "The war has already killed more people than the 2004 tsunami, some 250,000 by one count.",
    "Anyone who thinks the surge worked should count the 900 American soldiers who died in 2007.",
    "Ten years of war, 2,000 dead British and American soldiers, and for what?",
    "The town, where 14 people were killed in an airstrike last spring, is now quiet.",
    "The minister, whose son was killed by a roadside bomb in 2006, resigned on Tuesday.",
    "The deal comes a week after an attack on a mall in Nairobi that left 67 dead.",
    "The museum remembers the 14 people killed when paratroopers fired on the march in 1972.",
    "Unknown gunmen shot dead a prominent human rights lawyer and his driver in Benghazi on Thursday.",
    "Two members of parliament were killed in a bombing at the parliament cafeteria.",
    "The insurgents killed 16 members of the security forces in an attack on a checkpoint in Sinai.",
    "Seven police officers and three attackers died in the gunfight at the ministry.",
    "The rebels claimed to have killed 25 government soldiers in fighting near the airport.",
    "Maoist rebels ambushed a paramilitary patrol in Dantewada, killing 76 policemen.",
    "Nine Turkish soldiers were killed in clashes with PKK fighters near the Iraqi border.",
    "The ambush in the Niger desert killed four US special forces soldiers.",
    "Islamist gunmen killed 38 tourists on a beach in Sousse.",
    "The siege of the Westgate mall left 67 dead.",
]

# Near misses with the same words: crime, disasters, disease, accidents, sport, metaphors,
# history polemic, games and films, hypotheticals, rates.
NEAR_MISSES = [
    "Police shot dead a man who attacked officers with a knife outside the station.",
    "A gunman killed 12 people at a cinema in Aurora, Colorado.",
    "Three people were shot dead in a drive-by in south Chicago on Saturday night.",
    "The gang murdered four rivals and dumped their bodies in a canal, prosecutors said.",
    "Homicides in the city rose to 650 last year, police figures show.",
    "Two men were stabbed to death in a fight outside a nightclub.",
    "The robbers killed a security guard during the raid on the jewellery store.",
    "A man killed his wife and three children before turning the gun on himself.",
    "Police found the bodies of two women in a flat in Leeds.",
    "Riot police arrested 200 fans after clashes at the derby.",
    "The serial killer is believed to have murdered 49 women.",
    "Five inmates died in a riot at the prison over conditions.",
    "The armed robbery at the bank left two cashiers dead.",
    "A teenager was shot dead by police during a traffic stop in Minneapolis.",
    "The earthquake killed more than 2,000 people in Haiti's capital.",
    "Floods have killed 120 people across the province this week.",
    "Typhoon Haiyan left more than 6,000 dead in the central Philippines.",
    "The cyclone killed 138,000 people in Myanmar in 2008.",
    "Landslides triggered by heavy rain killed 18 villagers in Kashmir.",
    "The heat wave killed 70,000 people across Europe in 2003.",
    "A flood swept through a camp for displaced people in Darfur, killing 12.",
    "The earthquake in Syria and Turkey killed more than 50,000 people.",
    "Wildfires killed 85 people in the town of Paradise.",
    "An avalanche buried a village in northern Afghanistan, killing 40.",
    "Cholera has killed 3,000 people in Yemen since the outbreak began.",
    "Ebola killed more than 11,000 people in West Africa.",
    "The virus has killed 12 people in the refugee camp.",
    "Covid killed more than 1,000 people a day at the peak of the wave.",
    "Measles has claimed 4,000 lives in Congo this year.",
    "Flu killed 600 people in the province this winter.",
    "A military helicopter crashed during a training flight, killing all 11 soldiers on board.",
    "Twenty people died when a bus plunged into a gorge in the Swat valley.",
    "A boat carrying migrants capsized off the coast of Somalia, killing 30.",
    "An explosion at a fireworks factory killed 19 workers.",
    "A gas explosion in a Baghdad restaurant killed seven people.",
    "The plane crash killed all 152 people on board.",
    "A stampede at a football stadium killed 125 fans.",
    "Two soldiers drowned during a river crossing exercise.",
    "A train derailed near the capital, killing 40 passengers.",
    "A fire at an army ammunition depot killed nine soldiers.",
    "Five miners died in a coal mine explosion in Balochistan.",
    "The striker killed off the game with two goals in the last 10 minutes.",
    "United were massacred 6-1 by City at Old Trafford.",
    "The Yankees slaughtered the Red Sox 14-2 on Sunday.",
    "The boxer has knocked out 20 opponents in 25 fights.",
    "The new tax will kill 10,000 jobs, the employers' federation warned.",
    "The price war has killed three airlines in two years.",
    "The supermarket killed off 40 small shops in the town.",
    "The drought has killed 3,000 cattle in the north.",
    "Bird flu forced farmers to kill 2 million chickens.",
    "Our three candidates were slaughtered in the debate.",
    "Communism killed 100 million people in the twentieth century.",
    "Mao's Great Leap Forward killed 45 million people.",
    "Columbus and the conquistadors who followed him killed millions of natives.",
    "Napoleon sent 400,000 men to die in Russia for his vanity.",
    "In the film, the marines kill 200 insurgents in a single battle.",
    "The game lets you kill 50 Taliban fighters in the first mission.",
    "In the latest Call of Duty, players shoot dead 30 enemy soldiers in a bombed-out city.",
    "The novel follows a sniper who killed 160 men in Iraq.",
    "In the series finale, the dragon burns 10,000 soldiers alive.",
    "A nuclear strike on a city of that size could kill 500,000 people within hours.",
    "If the dam breaks, as many as 20,000 people could die.",
    "A war with Iran would kill tens of thousands, analysts warn.",
    "Experts fear a pandemic could kill 50 million people worldwide.",
    "Without the ceasefire, thousands more would have been killed.",
    "The murder rate is 30 per 100,000 inhabitants.",
    "Road accidents kill 1.3 million people a year worldwide.",
    "In Honduras, 86 people per 100,000 are murdered every year.",
    "Suicides among veterans run at 22 a day.",
    "Smoking kills 480,000 Americans each year.",
    "The army's new intake includes 300 women.",
    "The police commissioner said 40 officers were hurt in the clashes with football fans.",
    "Two soldiers died of heat stroke during a march in the Brecon Beacons.",
    "A soldier was killed in a training accident at the base in Texas.",
    "The fire killed 11 firefighters battling the blaze.",
    "Gang violence killed 25 people in the city last month.",
    "An armed robber killed two hostages before police stormed the bank.",
    "A man was shot dead by a farmer who mistook him for a burglar.",
    "Poachers killed 30 elephants in the park last month.",
    "The veteran died peacefully at home aged 98.",
    "Three veterans of the Iraq war died in a car crash on the motorway.",
    "Four teenagers drowned in the lake over the weekend.",
    "15 people died after drinking bootleg liquor in Gujarat.",
    "Lightning struck a football pitch, killing 11 players.",
    "Carbon monoxide poisoning killed a family of five in their home.",
    "The death toll from the heatwave in Pakistan rose to 1,200.",
    "The state executed three men convicted of murder on Thursday.",
    "An elderly couple were found dead in their home in what police called a murder-suicide.",
    "The regiment's football team lost 4-0 in the army cup final.",
    "Four hikers died in a blizzard on Mount Kenya.",
    "Panic at a Hindu festival caused a stampede that killed 115 pilgrims.",
    "A police officer was killed while trying to stop a robbery at a petrol station.",
    "The boat carrying Rohingya refugees sank, drowning 60.",
    "Flash floods swept away 23 people in Kabul.",
    "Hunters killed 200 wolves in the state this season.",
    "A woman and her two daughters were killed when a drunk driver ran a red light.",
    "The death toll in the Rana Plaza factory collapse rose to 1,100.",
    "Three workers were killed when a crane collapsed on a building site in Doha.",
    "A cluster of suicides killed 14 workers at the electronics plant.",
    "The hospital fire killed 82 patients in Baghdad, most of them on ventilators.",
    "The Hillsborough disaster killed 97 Liverpool fans.",
    "Heroin overdoses killed 70 people in the county last year.",
]


def test_written_conflict_sentences_are_found() -> None:
    found = sum(is_conflict(text) for text in CONFLICT)
    assert found / len(CONFLICT) >= 0.95


def test_written_near_misses_stay_apart() -> None:
    wrong = [text for text in NEAR_MISSES if is_conflict(text)]
    found = sum(is_conflict(text) for text in CONFLICT)
    assert found / (found + len(wrong)) >= 0.97
