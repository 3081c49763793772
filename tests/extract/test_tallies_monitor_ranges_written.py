"""Monitor reports written to check the top of the range a civilian-harm monitor records.

Each report is one strike, told the way incident monitors tell it: a lead figure ("at least N"),
later sources with higher or lower tolls, the dead named with their ages, "N members of the X
family", children and women as parts of the dead, the injured told vaguely, often a closing
summary in the monitor's own words.  Each carries the killed and wounded a monitor would record
(the top of its range, under the project's decisions: "others" = 2, "several" = 3, "a number of"
= 2, "dozens" = 24), as the benchmark sums the figures that are not cumulative.

They lean both ways: reports where a reader would go over the monitor's top (parts summed as new
people, two sources' tolls added, a figure of another strike or of an earlier year, relatives
killed before) and under it (a later higher toll, more names than the lead, a victim who died
later in hospital).  ``HELD_BACK`` was written with the others and not looked at while rules
were made: it is the check.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from tests.extract.tolls import assert_report, toll_top


class Report(NamedTuple):
    name: str
    text: str
    killed: int  # the top of the monitor's range of the dead
    wounded: int | None  # None: the report tells its wounded too loosely to score
    # the bottom of the monitor's range of the dead, when below its top: recorded, not checked (where a
    # later source raised the toll, the extractor's bottom is the raised figure, not the first one)
    killed_low: int | None = None


def _check(report: Report) -> None:
    assert_report(report.text, report.killed, report.wounded)


REPORTS: list[Any] = [
    # --- a later source with a higher toll: the top is the higher toll
    Report(
        "r01",
        "On the morning of November 4th 2023, at least eight civilians were killed and others were wounded when an "
        "alleged Israeli airstrike hit the Abu Samra family home in the Sheikh Radwan neighbourhood of Gaza City.\n"
        "Quds News Network later reported that the death toll had risen to 12, most of them women and children.\n"
        "Where sources identified the belligerent, all attributed the strike to Israeli forces.",
        killed=12,
        killed_low=8,
        wounded=2,
    ),
    Report(
        "r02",
        "At least five civilians, including two children, were reportedly killed in an alleged Russian airstrike on "
        "a market in the town of Maarat al-Numan, Idlib, on July 22nd 2019.\n"
        "The Syrian Civil Defence said that seven people died and 14 were injured. Step News Agency put the number "
        "of dead at nine.",
        killed=9,
        killed_low=5,
        wounded=14,
    ),
    Report(
        "r03",
        "An alleged Coalition airstrike on the al-Thawra district of Raqqa killed at least four civilians on August "
        "9th 2017, according to local monitors.\n"
        "Raqqa is Being Slaughtered Silently later said the total rose to six after two bodies were pulled from the "
        "rubble.",
        killed=6,
        killed_low=4,
        wounded=None,
    ),
    # --- a later source with a lower toll: the top stays the lead
    Report(
        "r04",
        "Eleven civilians, among them four women, were killed when an alleged Saudi-led Coalition airstrike hit a "
        "wedding tent in the Sanhan district of Sana'a governorate on October 7th 2015, local sources said.\n"
        "The Houthi-run Saba news agency gave an initial toll of six dead. Dozens of guests were injured, "
        "according to a medic at the scene.",
        killed=11,
        killed_low=6,
        wounded=24,
    ),
    Report(
        "r05",
        "At least 14 people were killed and more than 30 injured when an alleged Israeli strike hit a crowd "
        "waiting for flour on Salah al-Din street in Deir al-Balah on March 3rd 2024.\n"
        "Al Jazeera first reported that nine people had been killed. The Ministry of Health later confirmed 14 "
        "deaths.",
        killed=14,
        killed_low=9,
        wounded=30,
    ),
    # --- named victims beyond the lead: the monitor counts each name
    Report(
        "r06",
        "On December 2nd 2023, at least three civilians were killed in an alleged Israeli airstrike on an "
        "apartment in the Hamad towers of Khan Younis.\n"
        "The victims were named as Yasser Abu Daqqa (52), his wife Suad (47), their son Karim (19) and their "
        "daughter Ruba (14).",
        killed=4,
        killed_low=3,
        wounded=None,
    ),
    Report(
        "r07",
        "Two civilians were killed in an alleged US drone strike on a car near the village of Qurunwadi in "
        "Lower Shabelle on June 5th 2020, according to residents.\n"
        "Radio Risaala named the dead as Hassan Abdi Warsame (41), his brother Mohamed (36) and their driver, "
        "Ahmed Yusuf Ali (29). A fourth passenger was injured.",
        killed=3,
        killed_low=2,
        wounded=1,
    ),
    # --- named victims short of the lead: the lead stands
    Report(
        "r08",
        "At least nine members of the Hijazi family were killed in an alleged Israeli strike on their home in "
        "Bureij camp on October 25th 2023.\n"
        "Relatives named Ibrahim Hijazi (60), his wife Amal (55) and their grandson Adam (4) among the dead. The "
        "remaining victims have not been identified.",
        killed=9,
        wounded=None,
    ),
    # --- "a fourth victim died in hospital": one more than the lead
    Report(
        "r09",
        "Three civilians were killed and five wounded when alleged Russian artillery struck a bus stop in the "
        "Kyivskyi district of Kharkiv on April 16th 2022.\n"
        "Regional governor Oleh Synehubov said the next day that a fourth victim had died in hospital.",
        killed=4,
        killed_low=3,
        wounded=5,
    ),
    Report(
        "r10",
        "On May 14th 2021, two children were killed in an alleged Israeli airstrike on a home in Beit Hanoun.\n"
        "WAFA reported that the children's grandfather, Saleh Nasser (68), later died of his wounds at the "
        "Indonesian Hospital.",
        killed=3,
        killed_low=2,
        wounded=None,
    ),
    # --- parts of the dead (children, women) are not new people
    Report(
        "r11",
        "At least ten civilians, including six children and three women, were killed in an alleged Israeli "
        "airstrike on the al-Hindi family home in the Nuseirat refugee camp on November 19th 2023.\n"
        "Six children and three women were among the dead, the Government Media Office said. Several others "
        "were injured.",
        killed=10,
        wounded=2,
    ),
    Report(
        "r12",
        "An alleged Coalition airstrike killed seven civilians in the al-Shifaa neighbourhood of west Mosul on "
        "May 27th 2017.\n"
        "Four of the dead were children, according to Mosul Eye. The monitor also reported that two women were "
        "among those killed.",
        killed=7,
        wounded=None,
    ),
    # --- two sources' tolls for one strike are not added
    Report(
        "r13",
        "Local sources reported that at least 13 civilians were killed in an alleged Russian strike on a "
        "residential building in Chasiv Yar on July 10th 2022.\n"
        "The State Emergency Service said 15 bodies had been recovered, while Donetsk governor Pavlo Kyrylenko "
        "put the number of dead at 13. Six people were rescued from the rubble alive.",
        killed=15,
        killed_low=13,
        wounded=None,
    ),
    Report(
        "r14",
        "On January 10th 2024, five civilians were reportedly killed in an alleged Israeli drone strike on a "
        "car in the Mawasi area of Khan Younis.\n"
        "Palestine TV said five people died. Shehab News Agency also reported five deaths, and said that two "
        "people were injured.",
        killed=5,
        wounded=2,
    ),
    # --- a figure of a different strike in the same report is left out
    Report(
        "r15",
        "At least four civilians were killed in an alleged Israeli airstrike on a house in the Shujaiya "
        "neighbourhood on December 11th 2023.\n"
        "In a separate strike in Rafah on the same day, 12 people were killed, according to the Ministry of "
        "Health. Airwars has recorded that incident separately.",
        killed=4,
        wounded=None,
    ),
    # --- historical context: an earlier year's toll is no part of the event
    Report(
        "r16",
        "Two civilians were killed and three others injured in an alleged Turkish drone strike on a vehicle near "
        "Qamishli on August 18th 2022.\n"
        "The area was previously struck in October 2019, when 21 civilians were killed during Operation Peace "
        "Spring.",
        killed=2,
        wounded=3,
    ),
    # --- relatives killed earlier are not the event's dead
    Report(
        "r17",
        "Fatima al-Najjar (34) and her daughter Lina (6) were killed in an alleged Israeli airstrike on their "
        "home in Khuza'a on October 30th 2023.\n"
        "Fatima's husband had been killed in a strike in 2014, her brother said.",
        killed=2,
        wounded=None,
    ),
    # --- "N members of the X family" told again after the lead
    Report(
        "r18",
        "At least 16 civilians were killed in an alleged Israeli strike on the Abu Nasr family home in Beit "
        "Lahia on October 31st 2023.\n"
        "Sixteen members of the Abu Nasr family were named by relatives on Facebook. Dozens were injured, "
        "according to WAFA.",
        killed=16,
        wounded=24,
    ),
    # --- the monitor's own closing summary
    Report(
        "r19",
        "On March 19th 2017, an alleged Coalition airstrike on a school sheltering displaced families in "
        "al-Mansoura, west of Raqqa, killed at least 20 civilians, local sources said.\n"
        "Other sources put the death toll as high as 33. Airwars assesses that between 20 and 33 civilians were "
        "killed in the incident.",
        killed=33,
        killed_low=20,
        wounded=None,
    ),
    Report(
        "r20",
        "Three civilians were killed and several injured in an alleged Saudi-led Coalition airstrike on a fuel "
        "station in Saada governorate on February 3rd 2018, according to local sources.\n"
        "In line with Airwars methodology, the references to injured civilians in the plural have been "
        "quantified as at least two.",
        killed=3,
        wounded=2,
    ),
    # --- "the total rose to"
    Report(
        "r21",
        "At least 18 people were killed when an alleged Israeli airstrike hit the Abu Hussein school in Jabalia "
        "camp on November 18th 2023.\n"
        "By the evening, the total rose to 24, the Civil Defence said, and more than 50 people were injured.",
        killed=24,
        killed_low=18,
        wounded=50,
    ),
    # --- a part told as another source's figure of children
    Report(
        "r22",
        "On April 1st 2024, an alleged Israeli airstrike on the Abu Lebda family home in Rafah killed at "
        "least nine people, WAFA reported.\n"
        "According to Al Jazeera, six of the dead were children. Three people were injured.",
        killed=9,
        wounded=3,
    ),
    # --- Libya, Iraq, Somalia: plain leads with vague injured
    Report(
        "r23",
        "Seven civilians were killed and a number of others injured when an alleged drone strike hit a farm "
        "near Wadi al-Rabie, south of Tripoli, on November 18th 2019, local officials said.\n"
        "The Government of National Accord blamed forces loyal to Khalifa Haftar for the strike.",
        killed=7,
        wounded=2,
    ),
    Report(
        "r24",
        "At least six civilians were killed and 11 wounded in an alleged Iraqi Air Force strike on the market "
        "in Hawija on March 8th 2016, according to residents.\n"
        "An activist in the town later named five of the dead, among them Ahmed Khalaf (40) and his son "
        "Mustafa (12).",
        killed=6,
        wounded=11,
    ),
    # --- a source's "at least" then higher names
    Report(
        "r25",
        "Local sources reported that at least two civilians were killed in an alleged Russian airstrike on the "
        "village of Kansafra in Jabal al-Zawiya on June 10th 2021.\n"
        "The dead were identified as: Mahmoud Qaddour (51), his wife Khadija (46) and their son Abdulrahman "
        "(17).",
        killed=3,
        killed_low=2,
        wounded=None,
    ),
    # --- a wounded victim who died days later is added to the dead and taken from the wounded
    Report(
        "r26",
        "Four civilians were killed and two others injured when an alleged Israeli drone fired on a group of "
        "people in the al-Amal neighbourhood of Khan Younis on January 5th 2024.\n"
        "One of the injured died of his wounds three days later, the Nasser Medical Complex said.",
        killed=5,
        killed_low=4,
        wounded=1,
    ),
    # --- vague injured "dozens" beside a numbered lead
    Report(
        "r27",
        "At least 22 people were killed and dozens wounded in an alleged Russian missile strike on a shopping "
        "centre in Kremenchuk on June 27th 2022.\n"
        "The regional governor said 20 bodies had been identified so far.",
        killed=22,
        killed_low=20,
        wounded=24,
    ),
    Report(
        "r28",
        "An alleged Coalition airstrike killed a man and his two sons in the village of Abu Kamal on September "
        "3rd 2017, according to Deir Ezzor 24.\n"
        "The monitor named them as Hamid al-Ali (45), Yasser (16) and Omar (12).",
        killed=3,
        wounded=None,
    ),
]

HELD_BACK: list[Any] = [
    Report(
        "h01",
        "At least six civilians were killed in an alleged Israeli airstrike on the Salem family home in Deir "
        "al-Balah on November 9th 2023.\n"
        "Palestine Today later reported that the death toll had risen to eight, including three children. "
        "Several others were injured.",
        killed=8,
        killed_low=6,
        wounded=2,
    ),
    Report(
        "h02",
        "Four civilians, including a woman and her baby, were reportedly killed when an alleged Russian airstrike "
        "hit a bakery in the town of Ariha, Idlib, on January 30th 2020.\n"
        "The Syrian Network for Human Rights said two children and one woman were among the dead.",
        killed=4,
        wounded=None,
    ),
    Report(
        "h03",
        "Two civilians were killed in an alleged US airstrike on a truck near the town of Sakow in Middle Juba on "
        "March 2nd 2021, residents said.\n"
        "A third man died of his injuries on the way to hospital in Kismayo, according to a relative.",
        killed=3,
        killed_low=2,
        wounded=None,
    ),
    Report(
        "h04",
        "At least 12 civilians were killed in an alleged Saudi-led Coalition airstrike on a house in the "
        "Hayfan district of Taiz on January 20th 2018.\n"
        "The Houthi-run health ministry said 12 people died. Earlier, in 2016, 17 civilians had been killed in a "
        "strike on the same village.",
        killed=12,
        wounded=None,
    ),
    Report(
        "h05",
        "On October 22nd 2023, at least five members of the Abu Ras family were killed in an alleged Israeli "
        "airstrike on their home in Rafah.\n"
        "The victims were named as Khalil Abu Ras (62), his sons Mohammed (30) and Ahmed (27), his daughter "
        "Nour (21), his daughter-in-law Hiba (25) and his grandson Yahya (3).",
        killed=6,
        killed_low=5,
        wounded=None,
    ),
    Report(
        "h06",
        "An alleged Israeli strike on a tent camp in al-Mawasi killed at least 11 people and injured 25 on "
        "June 21st 2024, the Palestinian Red Crescent said.\n"
        "WAFA later put the toll at 13.",
        killed=13,
        killed_low=11,
        wounded=25,
    ),
    Report(
        "h07",
        "Five civilians were killed and nine injured in an alleged Russian strike on a residential street in "
        "Kramatorsk on February 1st 2023.\n"
        "In a separate attack on Kostiantynivka the same evening, three people were killed, local officials said.",
        killed=5,
        wounded=9,
    ),
    Report(
        "h08",
        "At least seven civilians were killed when an alleged Coalition airstrike hit the al-Rifai mosque area "
        "of west Mosul on April 3rd 2017, according to Nineveh Media Center.\n"
        "Four of the victims were women. Airwars assesses that between seven and nine civilians were killed.",
        killed=9,
        killed_low=7,
        wounded=None,
    ),
    Report(
        "h09",
        "Three members of the Darwish family were killed and others were injured in an alleged Israeli airstrike "
        "on their apartment in Tel al-Sultan, Rafah, on February 12th 2024.\n"
        "Local journalists named them as Ali Darwish (39), his wife Reem (35) and their son Hamza (8).",
        killed=3,
        wounded=2,
    ),
    Report(
        "h10",
        "At least 30 people were killed in an alleged Russian missile strike on the railway station in "
        "Kramatorsk on April 8th 2022, regional officials said.\n"
        "The toll later rose to 61, including seven children, and more than 100 people were wounded.",
        killed=61,
        killed_low=30,
        wounded=100,
    ),
    Report(
        "h11",
        "Two civilians were killed in an alleged drone strike near the Mitiga airport in Tripoli on September "
        "1st 2019.\n"
        "Libya Observer named them as Abdulsalam al-Hadi (38) and Faraj Salem (44). Three people were wounded, "
        "among them a child.",
        killed=2,
        wounded=3,
    ),
    Report(
        "h12",
        "At least nine civilians were killed in an alleged Israeli airstrike on the Nassar family home in "
        "Jabalia on October 12th 2023.\n"
        "Shehab News Agency reported nine deaths, while Al Mayadeen said 11 people were killed.",
        killed=11,
        killed_low=9,
        wounded=None,
    ),
    Report(
        "h13",
        "On August 2nd 2016, two civilians were killed in an alleged Coalition airstrike on the village of "
        "al-Bukamal, local activists said.\n"
        "A third civilian, a 14-year-old boy, died of his wounds later that week.",
        killed=3,
        killed_low=2,
        wounded=None,
    ),
    Report(
        "h14",
        "At least four civilians were killed in an alleged Israeli strike on a car in Khan Younis on December "
        "19th 2023.\n"
        "The four were named as brothers Samer (24) and Fadi Hamdan (21), their cousin Nasser (30) and the "
        "driver, Ihab Qudra (45).",
        killed=4,
        wounded=None,
    ),
]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least four civilians were killed in an alleged airstrike on a market in Saraqib on February 4th 2020. "
         "The death toll may be significantly higher, as Step News wrote about dozens of martyrs.", 24),
        ("At least 15 civilians were killed in an alleged Israeli strike on the Shaheen family home in Jabalia. "
         "Local sources reported that the death toll may reach dozens, as families remained under the rubble.", 24),
        ("Nine people were killed when a shell hit the bus station in Donetsk. Officials said the toll could exceed "
         "12.", 12),
        # near misses: a vague figure with no word that the toll may be higher; a toll far above the figure
        ("Nine people were killed in an alleged strike on the Abu Jarad home in Rafah. Al Mayadeen reported dozens "
         "killed and injured.", 9),
        ("At least 11 people were killed in the strike on the Nasser family home. Shehab said a number of people "
         "died.", 11),
        ("Three people were killed in the strike on the bakery in Ariha. Rescuers said the toll may reach dozens.", 3),
    ],
)
def test_a_vague_toll_that_may_be_higher_widens_the_lead(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Six people were killed in the shelling of Orikhiv. A woman died of her injuries on Friday, bringing the "
         "toll to seven.", 7, 0),
        ("Two soldiers were killed in the ambush near Kidal. A third died of his wounds overnight, bringing the toll "
         "to three, the army said.", 3, 0),
        # near misses: a toll of the injured stays one of the injured
        ("Four people were killed in the blast in Mogadishu. Medics said the number of injured had risen to 20.",
         4, 20),
        ("Eight people were wounded in the shelling of Kherson; by the evening the toll of the injured rose to 11.",
         0, 11),
    ],
)
def test_injuries_someone_died_of_make_no_toll_of_the_wounded(text: str, killed: int, wounded: int) -> None:
    assert (_killed_top(text), toll_top(text, "wounded")) == (killed, wounded)


# An elder kin of the children counted before ("their mother", "the children's grandfather") is
# none of them; a kin of people of any age, or kin only wounded, are read as before.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Three children were killed when a shell hit their school bus in Kharkiv. Their mother died of her "
         "injuries in hospital the next day.", 4, 0),
        ("Two girls were killed in an alleged drone strike on a farm near Mir Ali.\nTheir grandmother, "
         "Bibi Hajra (70), later died of her wounds, a relative said.", 3, 0),
        # near misses
        ("Two children were killed in the strike on Jabalia. The children's father, Omar Khalil, was also "
         "wounded.", 2, 1),
        ("Four people were killed in the strike on Jabalia. Their grandfather, Ahmed, was among the dead.", 4, 0),
    ],
)
def test_an_elder_kin_of_the_children_is_none_of_them(text: str, killed: int, wounded: int) -> None:
    assert (_killed_top(text), toll_top(text, "wounded")) == (killed, wounded)


# One person told by a role and described between commas, the verb next: "A third civilian, a
# 14-year-old boy, died". Items of a list of people stay people of their own.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three soldiers were killed in the ambush near Gao. A fourth soldier, a 22-year-old corporal, died in "
         "hospital on Sunday.", 4),
        ("A police officer, a father of three, was shot dead at a checkpoint in Quetta on Tuesday.", 1),
        ("Two fishermen drowned off Cox's Bazar. A third fisherman, a teenager from Teknaf, died of his injuries "
         "the next day.", 3),
        ("One civilian, a 60-year-old shepherd, was killed when a mine exploded near Marib.", 1),
        # near misses: a list of people, each one a person of their own
        ("The shell killed a woman, a teenager, and a child in Kherson.", 3),
        ("A farmer, a boy, and a woman were killed by the landslide in Sindhupalchok.", 3),
    ],
)
def test_one_person_described_between_commas_is_one(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Four civilians were killed in an alleged Coalition airstrike on the al-Jadida district of Mosul. The same "
         "building had been struck a week earlier, killing 11 members of the Younis family.", 4),
        ("Two civilians were killed in an alleged strike on a tent in Rafah. Her husband and two sons were killed in "
         "an earlier strike on the camp, a cousin said.", 2),
        ("At least three people died when a shell hit the bus stop in Kherson. Two days before, a strike on the same "
         "street had killed five.", 3),
        # near misses: later or earlier accounts of the same strike still widen the lead
        ("Three civilians were killed in an alleged strike on a car near Hit. Two days later, the Ministry of Health "
         "said five people had died.", 5),
        ("At least four civilians were killed in the strike on the market in Idlib. Earlier reports said that seven "
         "people had died.", 7),
    ],
)
def test_the_dead_of_an_earlier_strike_widen_nothing(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three civilians were killed in an alleged Israeli strike on a house in Deir al-Balah on November 5th 2023. "
         "The Ministry of Health said 243 people were killed across Gaza in the previous 24 hours.", 3),
        ("Two civilians were killed in an alleged Israeli strike on a car in Rafah on March 2nd 2024. Ahmed, 30, had "
         "lost 12 relatives in the war, his brother said.", 2),
        ("Five civilians were killed in an alleged airstrike on a house in Ariha on January 15th 2020. Russian "
         "strikes killed 36 civilians in Idlib that week, according to the SNHR.", 5),
        # near misses: a higher toll of the strike itself, even many times the first, and a toll of the same order
        ("At least four civilians were killed in an alleged strike on the al-Rawda school in Raqqa on March 20th "
         "2017. Local activists later said 33 people had been killed in the strike.", 33),
        ("Six people were killed in an alleged strike on the market in Maarat al-Numan on July 22nd 2019. The SNHR "
         "said nine civilians died, one of the worst attacks of the year.", 9),
    ],
)
def test_a_toll_of_a_wider_area_or_time_widens_nothing(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On Monday, Khaled Awad (40), his wife Samah (35) and their four children were killed in an alleged strike "
         "on their home in Nuseirat.", 6),
        ("Ibrahim Haddad (71), his son Omar (44), and his grandson Adam (6) were killed when a shell hit their house "
         "in Aleppo.", 3),
        # near misses: one name with its age; a bracket after no name
        ("Khaled Awad (40) was killed in the strike on his car near Jenin.", 1),
        ("Residents of Block 5 (12), and two guards were killed in the blast.", 2),
    ],
)
def test_a_name_with_its_age_in_brackets_opens_a_list_of_the_dead(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.name)
def test_a_written_monitor_report_gives_the_top_of_its_range(report: Report) -> None:
    _check(report)


@pytest.mark.parametrize("report", HELD_BACK, ids=lambda r: r.name)
def test_a_held_back_monitor_report_gives_the_top_of_its_range(report: Report) -> None:
    _check(report)


def _killed_top(text: str) -> int:
    return toll_top(text, "killed")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least 18 people were killed in the strike on the school in Jabalia. By the evening, the total rose to "
         "24, the Civil Defence said.", 24),
        ("Four civilians died when shells hit the market in Avdiivka. The total climbed to seven overnight as "
         "rescuers searched the rubble.", 7),
        ("Two farmers were killed by a drone near Jilib, residents said. Later the total reached three, according to "
         "a local elder.", 3),
        # near misses: a total of something else, "a total of", no figure of the dead before
        ("Three people died in the fire in the warehouse. The total cost rose to 5 million dollars.", 3),
        ("The total rose to 12 after the storm passed through the valley.", 0),
        ("Five people were killed in the raid. A total of 300 homes were damaged in the district.", 5),
    ],
)
def test_the_total_rose_to_tells_the_dead_again(text: str, killed: int) -> None:
    assert _killed_top(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("At least three civilians were killed in an alleged airstrike on an apartment in Khan Younis. The victims "
         "were named as Walid Shurrab (50), his wife Hana (44), their son Yazan (17) and their daughter Maya (12).",
         4),
        ("Two civilians were killed in an alleged drone strike on a car near Baidoa. Radio Kulmiye named the dead as "
         "Abdullahi Omar Nur (39), his nephew Hassan (22) and their neighbour, Ali Mohamed Farah (31).", 3),
        ("Two civilians were killed in an alleged drone strike on a car near Baidoa. Radio Kulmiye named the dead "
         "as Abdullahi Omar Nur (39), his nephew Hassan (22) and the driver, Ali Mohamed Farah (31).", 3),
        ("Three soldiers were killed in the ambush near Bakhmut. The army named the dead as Serhiy Koval (24) and "
         "Andriy Melnyk (31).", 3),
        ("One man was killed in a strike on a farm near Idlib. Local activists identified the victims as Khaled "
         "al-Omar (33) and his brother Anas (27).", 2),
        ("Five civilians were killed in the shelling of the village of Kafr Zita. The dead were identified as "
         "15-year-old Rami Hamdo and his father Ahmad Hamdo.", 5),
        # near misses: a list of the injured, victims named as something other than names
        ("Two civilians were killed in the strike in Rafah. The injured were named as Samir Odeh (30), his brother "
         "Fadi (26) and their cousin Nasser (19).", 2),
        ("Two people were killed in the raid on the camp. The victims were identified as members of the Abu Amra "
         "family.", 2),
        ("Two people were killed in the raid on the camp. The victims were identified as civilians by the local "
         "council.", 2),
    ],
)
def test_a_list_of_the_dead_named_without_a_colon_widens_the_lead(text: str, killed: int) -> None:
    assert _killed_top(text) == killed
