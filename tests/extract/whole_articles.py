"""Whole news articles written for the tests: the day's event amid background, running totals,
comparisons, quotes that tell the toll again and updates through the day.

Each gives what an analyst stores: the event's killed and wounded (top of range), the running
totals the text tells, and the figures that are no new death of the event.  ``held`` marks the
third kept aside while the rules were made."""

from __future__ import annotations

from typing import NamedTuple


class Article(NamedTuple):
    name: str
    text: str
    killed: int  # the day's event, top of range
    wounded: int
    running: tuple[int, ...]  # running totals the text gives (cumulative)
    background: tuple[int, ...]  # figures that are no new death of the event
    held: bool = False


ARTICLES = [
    Article(
        "kabul_wedding",
        "KABUL (Reuters) - A suicide bomber blew himself up at a crowded wedding hall in western Kabul on "
        "Saturday night, killing at least 63 people and wounding 182, officials said. Interior ministry "
        "spokesman Nasrat Rahimi said the bomber detonated his explosives near the stage where musicians were "
        "playing. \"We counted 63 bodies at the hospitals,\" a health ministry official told reporters. It was "
        "the deadliest attack in the Afghan capital since January, when an ambulance packed with explosives "
        "killed more than 100 people. Last month a similar bombing at a mosque in Nangarhar province killed "
        "62 worshippers. The United Nations said in July that more than 1,300 civilians had been killed in the "
        "first six months of the year. No group immediately claimed responsibility.",
        64, 182, (), (100, 62, 1300),
    ),
    Article(
        "aleppo_market",
        "BEIRUT (AP) - Government airstrikes on a crowded market in the rebel-held town of Atareb west of "
        "Aleppo killed 21 civilians on Monday, including five children, activists said. The Syrian Observatory "
        "for Human Rights said the death toll rose to 23 later in the day as two of the wounded died in "
        "hospital. Dozens more were wounded. The raid was the deadliest in the province since March, when "
        "air raids on a school killed 41. Syria's conflict has killed more than 500,000 people since it "
        "began in March 2011 and displaced half of the country's pre-war population.",
        23, 24, (500000,), (41,),
    ),
    Article(
        "baghdad_car_bombs",
        "BAGHDAD - A wave of car bombs tore through markets in Shiite neighbourhoods of Baghdad on Wednesday, "
        "killing at least 48 people and wounding more than 120, police and hospital officials said. The "
        "deadliest blast struck a vegetable market in Sadr City, where 19 people died. \"I saw women and "
        "children lying in the street,\" said Abu Ali, a shopkeeper. The attacks bring the number of people "
        "killed in violence across Iraq this month to more than 600, according to an AFP tally. In July, "
        "more than 1,000 Iraqis were killed, the United Nations said, the highest monthly toll since 2008.",
        48, 120, (600,), (1000,),
    ),
    Article(
        "borno_village",
        "MAIDUGURI, Nigeria - Boko Haram gunmen killed 37 villagers in an overnight raid on Kukawa in "
        "northeastern Borno state, residents and a local official said on Thursday. The attackers arrived on "
        "motorcycles, shot residents and burned homes. \"We buried 37 people this morning,\" said Babagana "
        "Umar, a vigilante leader. Another 11 people were wounded. In a separate attack in neighbouring Yobe "
        "state, four soldiers were killed when their convoy hit a landmine. The insurgency has killed more "
        "than 35,000 people and displaced about two million since 2009.",
        41, 11, (35000,), (),
    ),
    Article(
        "mogadishu_hotel",
        "MOGADISHU (Reuters) - Al Shabaab militants stormed a hotel in the Somali capital on Friday, killing at "
        "least 15 people in a siege that lasted more than eight hours, police said. Captain Mohamed Hussein "
        "said the toll rose to 19 after more bodies were found in the rubble, and later to 23. Security forces "
        "killed all five attackers, he said. Some 40 people were injured. In October 2017, a truck bomb in "
        "Mogadishu killed more than 500 people, the deadliest attack in the country's history.",
        28, 40, (), (500,),
    ),
    Article(
        "helmand_soldiers",
        "LASHKAR GAH, Afghanistan - Two British soldiers were killed by a roadside bomb in Helmand province on "
        "Tuesday, the Ministry of Defence said, bringing the number of British troops killed in Afghanistan "
        "since 2001 to 212. A third soldier was seriously wounded in the blast near Sangin. The deaths come a "
        "week after five soldiers died in a single attack in Nad Ali, the worst day for British forces in the "
        "province this year. Defence Secretary Liam Fox paid tribute to the men.",
        2, 1, (212,), (5,),
    ),
    Article(
        "quetta_hospital",
        "QUETTA, Pakistan - A suicide bomber struck a crowd of lawyers gathered at a hospital in Quetta on "
        "Monday, killing 70 people and wounding 112, officials said. The lawyers had come to mourn the "
        "president of the provincial bar association, who was shot dead earlier in the day. \"The death toll "
        "has reached 70 and may rise,\" provincial health minister Rehmat Saleh Baloch said. Two journalists "
        "were among the dead. It was the deadliest attack in Pakistan since March, when a bombing at a park "
        "in Lahore killed 75 people.",
        70, 112, (), (75,),
    ),
    Article(
        "donetsk_shelling",
        "KIEV (Reuters) - Shelling killed eight civilians in the rebel-held city of Donetsk on Sunday, local "
        "authorities said, as fighting intensified despite a ceasefire. Five more people were wounded when a "
        "shell hit a bus stop. Ukraine's military said three of its soldiers were killed and 12 wounded in "
        "the past 24 hours. The United Nations says the conflict in eastern Ukraine has killed more than "
        "6,000 people since April last year.",
        11, 17, (6000,), (),
    ),
    Article(
        "gaza_strike_family",
        "GAZA CITY - An Israeli airstrike on a house in the Shejaiya neighbourhood killed 11 members of one "
        "family on Tuesday, the Gaza health ministry said. Among the dead were six children and their mother. "
        "Health ministry spokesman Ashraf al-Qudra said the strike raised the Palestinian death toll since "
        "the start of the offensive to 1,814. A neighbour said rescuers were still searching for two "
        "missing relatives. In 2014, a similar strike on the same street killed 17 people.",
        11, 0, (1814,), (17,),
    ),
    Article(
        "yemen_funeral",
        "SANAA, Yemen - Air strikes by the Saudi-led coalition hit a funeral hall in Sanaa on Saturday, "
        "killing at least 140 people and wounding more than 525, the United Nations said. \"The hall was "
        "turned into a lake of blood,\" said a rescuer. The war in Yemen has killed more than 10,000 people "
        "since March 2015, according to the UN. The coalition had denied carrying out any strike in the "
        "area.",
        140, 525, (10000,), (),
    ),
    Article(
        "mexico_bar",
        "MEXICO CITY (AP) - Gunmen opened fire in a bar in the Gulf coast state of Veracruz late on Tuesday, "
        "killing 26 people and injuring 11, state prosecutors said. Authorities first said 23 had died, "
        "but three of the wounded died overnight. The attack was the worst in the state since 2011, when "
        "the bodies of 35 people were dumped on a highway in Boca del Rio. Mexico recorded more than "
        "34,000 homicides last year, a record.",
        26, 11, (), (35, 34000),
    ),
    Article(
        "myanmar_village",
        "YANGON - Myanmar's military killed at least 30 people, including women and children, in an attack on "
        "a village in Kayah state, a local rights group said on Saturday. Witnesses said the bodies had been "
        "burned. \"We found 30 bodies in the burned cars,\" said a member of a local militia. The Assistance "
        "Association for Political Prisoners says security forces have killed more than 1,375 people since "
        "the coup in February.",
        30, 0, (1375,), (),
    ),
    Article(
        "colombia_police",
        "BOGOTA - Eight police officers were killed when their patrol was ambushed with explosives in the "
        "southern department of Huila on Wednesday, Colombia's defence minister said. Two other officers were "
        "wounded. The attack was the deadliest against security forces since 2019, when a car bomb at a "
        "police academy in Bogota killed 22 cadets. President Gustavo Petro blamed dissidents of the former "
        "FARC rebel group.",
        8, 2, (), (22,),
    ),
    Article(
        "mali_army_camp",
        "BAMAKO (Reuters) - Suspected jihadists killed 53 soldiers and a civilian in an attack on a military "
        "post in Menaka region on Friday, Mali's government said. Ten survivors were found. The attack "
        "comes a month after 49 soldiers were killed in a raid on a camp in Boulkessy. Violence across the "
        "Sahel has killed thousands of people since 2012.",
        54, 0, (), (49,),
    ),
    Article(
        "peshawar_school",
        "PESHAWAR, Pakistan - Taliban gunmen stormed an army-run school in Peshawar on Tuesday, killing 141 "
        "people, 132 of them children, officials said. The death toll rose through the day: officials first "
        "said 20 had died, then 84, then 126. Seven attackers were killed by security forces. More than 120 "
        "people were wounded. It was the deadliest attack in Pakistan since 2007, when a bombing in Karachi "
        "killed 139 people.",
        148, 120, (), (139,),
    ),
    Article(
        "kirkuk_mosque",
        "KIRKUK, Iraq (AP) - A suicide bomber blew himself up inside a Sunni mosque in Kirkuk during Friday "
        "prayers, killing 12 worshippers and wounding 30, police said. Police Brig. Sarhad Qadir said the "
        "death toll could rise. Earlier this month a bombing near a Shiite shrine in the city killed 9. The "
        "United Nations says 712 Iraqis were killed in acts of violence in April.",
        13, 30, (), (9, 712),
        held=True,
    ),
    Article(
        "idlib_hospital",
        "BEIRUT (Reuters) - Air strikes hit a hospital in Maarat al-Numan in Idlib province on Sunday, killing "
        "at least nine people, including two nurses, a monitoring group said. The Syrian Observatory said "
        "the toll later rose to 12. \"We pulled 12 bodies from the rubble,\" a civil defence worker said. "
        "The hospital had been hit in an earlier strike in 2016, killing 25 people. The observatory says "
        "more than 1,000 civilians have been killed in the offensive since April.",
        12, 0, (1000,), (25,),
        held=True,
    ),
    Article(
        "kandahar_police",
        "KANDAHAR, Afghanistan - Taliban fighters attacked a police checkpoint in Kandahar province overnight, "
        "killing 14 policemen, a provincial spokesman said on Sunday. Four policemen were captured. Six "
        "attackers were also killed. The number of Afghan police killed this year has passed 2,000, "
        "according to officials. A similar attack last week in Zabul killed 10 officers.",
        20, 0, (2000,), (10,),
        held=True,
    ),
    Article(
        "lagos_church",
        "ABUJA, Nigeria - Gunmen attacked a Catholic church in Owo in southwestern Ondo state during Sunday "
        "mass, killing at least 40 people and wounding 61, the state governor said. \"We counted 40 "
        "bodies,\" said a doctor at the federal medical centre. It was one of the deadliest attacks on a "
        "church in Nigeria since 2011, when bombings on Christmas Day killed 44 people. Police later put "
        "the toll at 41.",
        41, 61, (), (44,),
        held=True,
    ),
    Article(
        "khan_younis",
        "GAZA (Reuters) - Israeli strikes on Khan Younis killed 34 Palestinians overnight, medics said on "
        "Wednesday. At least 50 people were wounded. The Gaza health ministry said the Palestinian death "
        "toll from the war had risen to 31,184 since October 7. In Rafah, three people were killed when a "
        "strike hit a car, medics said. The war began when Hamas-led militants attacked Israel, killing "
        "1,200 people, according to Israeli tallies.",
        37, 50, (31184,), (1200,),
        held=True,
    ),
    Article(
        "kharkiv_missile",
        "KYIV (AP) - A Russian missile struck an apartment block in Kharkiv on Thursday, killing seven people, "
        "including a 10-year-old boy, the regional governor said. At least 26 people were injured. "
        "\"Seven dead, 26 injured,\" Governor Oleh Syniehubov wrote on Telegram. It was the deadliest strike "
        "on the city since January, when 11 people died in a missile attack. The UN human rights mission "
        "has confirmed more than 10,000 civilian deaths in Ukraine since the full-scale invasion.",
        7, 26, (10000,), (11,),
        held=True,
    ),
    Article(
        "somalia_base",
        "NAIROBI - Al Shabaab militants overran an African Union base in southern Somalia on Friday, killing "
        "at least 54 Ugandan soldiers, Uganda's president said. The militants said they had killed 59. "
        "It was the deadliest attack on the AU force since January 2016, when more than 100 Kenyan soldiers "
        "were killed at El Adde. The AU mission has lost more than 3,500 soldiers since 2007, a study found.",
        59, 0, (3500,), (100,),
        held=True,
    ),
    Article(
        "burkina_convoy",
        "OUAGADOUGOU (Reuters) - Gunmen ambushed a convoy carrying mine workers in eastern Burkina Faso on "
        "Wednesday, killing 37 people and wounding 60, regional governor Saidou Sanou said. It was the "
        "deadliest attack in the West African country in five years. Attacks by Islamist militants "
        "killed nearly 1,800 people in Burkina Faso last year, according to ACLED.",
        37, 60, (), (1800,),
        held=True,
    ),
    Article(
        "karachi_shia",
        "KARACHI, Pakistan - Gunmen opened fire on a bus carrying Ismaili Muslims in Karachi on Wednesday, "
        "killing 45 people, police said. At least 13 were injured. The attackers, six men on motorcycles, "
        "fled after the shooting. Karachi police chief Ghulam Qadir Thebo said the death toll stood at 45, "
        "including 16 women. Sectarian violence has killed thousands of Shiites in Pakistan since 2001.",
        45, 13, (), (),
        held=True,
    ),
    Article(
        "mosul_ied",
        "MOSUL, Iraq - A roadside bomb killed four Iraqi soldiers and wounded six on a road west of Mosul "
        "on Sunday, an army officer said. The soldiers were clearing mines left by Islamic State fighters. "
        "Two days earlier, a suicide car bomb at a checkpoint south of the city killed 11 members of the "
        "Popular Mobilisation Forces. More than 8,000 Iraqi soldiers and police have been killed in the "
        "campaign against the group since 2014, officials say.",
        4, 6, (8000,), (11,),
    ),
    Article(
        "maiduguri_mosque",
        "MAIDUGURI, Nigeria (AP) - Two female suicide bombers blew themselves up at a mosque in Maiduguri "
        "during dawn prayers on Tuesday, killing 22 worshippers, a civilian militia leader said. \"We "
        "evacuated 22 corpses and 17 injured people,\" said Ahmed Satomi of the emergency agency. A "
        "similar attack on the same mosque in 2015 killed 30 people. Boko Haram's uprising has killed at "
        "least 20,000 people in Nigeria's northeast.",
        24, 17, (20000,), (30,),
        held=True,
    ),
]
