"""Family narratives of civilian-harm monitor reports, written fresh: a lead sentence with the toll,
then paragraphs that tell the dead family by family (kin plurals then names, possessive chains,
"along with", "as well as", ages in brackets and ranges, names in two spellings, a family "of
seven", "all but one of", "martyrs", bodies recovered), sources whose counts rise (8, then 11,
then "up to 14"), undivided "killed and injured", and the injured told as "several", "dozens", one
by one or "in critical condition".  Each report's killed and wounded are what an analyst records:
the top of a range, the lead's count raised by a later fuller count, and the named dead of the
lead told again not counted twice.  ``HELD_BACK`` was written with them and kept aside while the
rules were made: it checks them."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

import pytest

from crawler.extract.export import event_tallies_json
from crawler.extract.windows import find_time_phrases


class Report(NamedTuple):
    name: str
    text: str
    killed: int  # the top of the analyst's range
    wounded: int | None  # None: the report's wounded are not what it is about


def _toll(text: str, outcome: str) -> int:
    """The top of the toll of one outcome in a report published the week after it."""
    figures = event_tallies_json(text, "2024-03-15")
    return sum(f["count"] for f in figures if f["outcome"] == outcome and not f["cumulative"])


def _check(report: Report) -> None:
    assert (_toll(report.text, "killed"), _toll(report.text, "wounded") if report.wounded is not None else None) == (
        report.killed,
        report.wounded,
    )


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("His nephew Abdi and a labourer known as Gedi were killed in the strike.", 2),
        ("A shepherd known locally as Abu Ali was killed by the mine.", 1),
        ("Two farmers and a boy known as Hamoudi were killed near the well.", 3),
        # the name of a group, not of a person
        ("The group known as Islamic State was blamed; two people were killed.", 2),
    ],
)
def test_the_name_a_person_is_known_by_closes_the_person(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Al Jazeera said the strike resulted in the martyrdom of 4 people and the injury of 15 others.", 4),
        ("The Qudeih family announced the martyrdom of nine of its members on Sunday.", 9),
        ("Shelling of the school led to the martyrdom of two citizens, local sources said.", 2),
        # a mourning post for someone named counts no one by itself
        ("Relatives mourned the martyrdom of their son Ahmad in the bombing.", 0),
        ("We received the news of the martyrdom of my uncle Jamal with great sadness.", 0),
    ],
)
def test_the_martyrdom_of_counted_people_is_their_death(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On December 21st, 2023, at least 10 civilians were killed in a strike on a house in Rafah. "
            "Palestine Today added that a further victim, Sameh al-Hams (19), died of his wounds the next day.",
            11,
        ),
        ("Four people were killed in the shelling. A further victim died in hospital on Tuesday.", 5),
        ("Two men were shot dead at the checkpoint. A further man died later of his wounds.", 3),
        # "further" with no person after it
        ("Two people were killed in the raid. Police said there was no further damage.", 2),
    ],
)
def test_a_further_victim_is_one_more(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The strike killed a nurse, Sara al-Hajj, and four members of the Alloh family.", 5),
        ("The shelling killed a farmer, Omar el-Sayed, and two of his sons.", 3),
        ("The strike killed a teacher, Ahmad Abu-Zaid, and three children.", 4),
        # a list of people, no name set off after the first
        ("The strike killed a nurse, a paramedic and two children.", 4),
    ],
)
def test_a_name_with_a_joined_particle_after_one_person_is_that_person(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On November 3rd, 2023, an alleged strike killed 6 civilians in Maghazi. According to Jerusalem "
            "Today, a seventh person, a boy of 12, died in hospital.",
            7,
        ),
        (
            "On January 5th, 2024, an airstrike killed 4 people in Rafah. The Halab Today channel said that a "
            "fifth victim, a woman of 60, died of her wounds.",
            5,
        ),
    ],
)
def test_an_outlet_named_today_dates_nothing(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Palestine Today reported that 5 were killed.", []),
        ("According to Gaza Today, three died.", []),
        ("Today, five people died in the shelling.", ["Today"]),
        ("It was quiet on Monday. Today, five people died.", ["on Monday", "Today"]),
        ("Officials said today that five people died.", ["today"]),
    ],
)
def test_a_day_word_in_an_outlet_name_is_no_time_phrase(text: str, phrases: list[str]) -> None:
    assert [p.phrase for p in find_time_phrases(text, date(2024, 3, 15))] == phrases


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the people told besides are part of the toll given before: the same dead
        (
            "At least 7 people were killed in the strike on Gaza City on Monday. In addition to two doctors, "
            "the strike killed a nurse and four members of the Alloh family.",
            7,
        ),
        (
            "The Health Ministry said 9 people were killed in the raid on Sunday. In addition to the driver, "
            "the raid killed his wife and their six children.",
            9,
        ),
        # "In addition," alone still opens more dead
        (
            "Five people were killed in the strike on the market on Monday. In addition, the strike killed "
            "two children in the next street.",
            7,
        ),
    ],
)
def test_in_addition_to_some_of_the_dead_tells_the_rest_of_them(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On January 2nd, 2024, an airstrike killed a family of five and their neighbour in Rafah. The dead "
            "were named as Sami Abu Lebda (41), his wife Rawan (36) and their three children.",
            6,
        ),
        (
            "On May 4th, 2017, a strike killed eight members of the Hamid family and a shepherd near Mosul. "
            "Among the dead were Falah Hamid, his wife Suha and their six children.",
            9,
        ),
        # a part alone still goes to the latest figure that can hold it
        (
            "On May 4th, 2017, a strike killed four civilians and a shepherd near Mosul. Among the dead was "
            "a boy of ten.",
            5,
        ),
    ],
)
def test_a_list_of_the_named_dead_is_a_part_of_the_figure_that_holds_it_all(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On May 27th, 2017, an airstrike killed a family of seven in west Mosul. Nineveh Media Center "
            "reported that the house next door was also hit, killing a woman named Um Ali and her son.",
            9,
        ),
        (
            "On June 3rd, 2017, a strike killed 4 civilians in Raqqa. Local activists said a car nearby was "
            "also struck, killing its driver and a passenger.",
            6,
        ),
        # the same dead told again by a source
        (
            "On May 27th, 2017, an airstrike killed a family of seven in west Mosul. Nineveh Media Center "
            "reported that the strike killed the father, his wife and their five children.",
            7,
        ),
    ],
)
def test_the_dead_of_a_second_target_are_more_dead(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A boy of 14 was killed when the shell hit the courtyard.", 1),
        ("The shelling killed a man of 60 and his two sons.", 3),
        ("The strike killed a boy of 14 and his father in Jabalia.", 2),
        ("A girl of six and her grandmother were killed in the raid.", 2),
        # a number of people after "of", or the children of a parent: not an age
        ("A group of 14 was killed at the checkpoint.", 14),
        ("The shelling killed a father of five and his son.", 2),
    ],
)
def test_a_person_of_an_age_is_one_person(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


def test_survivors_of_an_age_told_again_in_an_aside_are_not_more() -> None:
    assert _toll("The two survivors, a boy of 14 and his mother, were injured.", "wounded") == 2


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("An airstrike on a building in al-Zawaida left 30 people killed and injured.", 0, 0),
        ("The blast at the market left 30 people dead and wounded, medics said.", 0, 0),
        ("The shelling left 14 killed and injured in Deir al-Balah.", 0, 0),
        # each outcome with its own number, or one outcome alone
        ("The blast at the market left 30 people dead and 12 injured.", 30, 12),
        ("The fire left 3 people dead and buried under the rubble.", 3, 0),
    ],
)
def test_people_left_killed_and_injured_are_of_neither_outcome_alone(text: str, killed: int, wounded: int) -> None:
    assert (_toll(text, "killed"), _toll(text, "wounded")) == (killed, wounded)


REPORTS: list[Any] = [
    Report(
        "f01",
        "On October 17th, 2023, at least 12 civilians, including five children, were killed in an alleged "
        "Israeli airstrike on the al-Najjar family home in the Bani Suheila area east of Khan Younis, "
        "according to local sources.\n\n"
        "Palestine Today reported that the dead included Mahmoud al-Najjar (52), his wife Samira (47) and "
        "his three sons, Karim (12), Nabil (9) and Omar (4). His brother Khaled (45), Khaled's wife Rania "
        "(39) and their children – Lina, 7, and Adam, 3 – were also killed, as were two neighbours whose "
        "names were not given.\n\n"
        "Shehab News Agency said several others were injured, among them a paramedic who arrived at the "
        "scene before the second strike. Images shared by the family showed the building reduced to rubble.",
        killed=12,
        wounded=2,
    ),
    Report(
        "f02",
        "On November 4th, 2023, an alleged Israeli strike hit a house in the Maghazi refugee camp in central "
        "Gaza. Early reports from WAFA said 8 civilians were killed. By the afternoon, Al Jazeera Arabic put "
        "the toll at 11, among them four women. A later post by the Maghazi municipality said that up to 14 "
        "people had been killed, with dozens injured.\n\n"
        "Among the dead were Fathi Abu Shamala (61), his wife Aisha (58) and their son Yasser (30), along "
        "with Yasser's wife Huda and their infant daughter Jana. Relatives said the bodies of Ibrahim and "
        "Sana Abu Shamala were recovered the following morning.",
        killed=14,
        wounded=24,
    ),
    Report(
        "f03",
        "On December 2nd, 2023, at least 7 civilians were killed when an alleged Israeli airstrike struck "
        "the al-Masri family home in Beit Lahia, in northern Gaza.\n\n"
        "According to Quds News Network, the dead were Shadi al-Masri (34), Shadi's wife Hanan (29) and "
        "their daughter Maria (6), along with Shadi's mother Umm Shadi (63). His brother Iyad (31) was "
        "killed in addition to Iyad's two sons, Hamza and Anas.\n\n"
        "A neighbour told Palestine TV that a man from the next house was injured and taken to the "
        "Indonesian Hospital in critical condition.",
        killed=7,
        wounded=1,
    ),
    Report(
        "f04",
        "On January 9th, 2024, an alleged Israeli strike on a flat in the Tal al-Sultan neighbourhood of "
        "Rafah killed all but one of a family of seven, according to the Palestinian Red Crescent.\n\n"
        "The Rafah Today page named the dead as Ayman Qishta (40), his wife Wafaa (35) and four of their "
        "children: Yousef (14), Malak (11), Ward (8) and Tasneem (2). Their eldest daughter, Rahaf (16), "
        "was pulled from the rubble alive and was being treated for burns. Three people in the flat next "
        "door were also hurt.",
        killed=6,
        wounded=4,
    ),
    Report(
        "f05",
        "On October 22nd, 2023, at least 9 civilians were killed in an alleged Israeli airstrike on the "
        "home of the Abu Daqqa family in Abasan al-Kabira, east of Khan Younis.\n\n"
        "Local journalist Hani Abu Rezeq reported that the entire family was killed except for the father, "
        "Nasser Abu Daqqa, who was at the mosque when the house was hit. His wife Amal (44), their sons "
        "Bilal (20), Mohammed (17) and Tamer (13) and their daughters Duaa (18) and Salma (10) were among "
        "the dead, as well as Nasser's elderly parents. The ninth victim, a cousin visiting the family, was "
        "named as Tareq Abu Daqqa (25).\n\n"
        "Doctors at the European Hospital said that several people from the surrounding houses were wounded.",
        killed=9,
        wounded=2,
    ),
    Report(
        "f06",
        "On November 19th, 2023, an alleged Israeli strike killed 5 civilians in the Jabalia refugee camp, "
        "according to the Gaza Now channel.\n\n"
        "The victims were named as Ahmad/Ahmed Hamdan (36-37), his wife Iman (33) and their three children, "
        "aged 4–9. Another source, the Palestinian Information Center, gave the father's name as Ahmed "
        "Hamdouna and said the children were Zain, Rayan and Sham.\n\n"
        "A relative told Anadolu that two other children of the family, Ahmad's nephews, were injured.",
        killed=5,
        wounded=2,
    ),
    Report(
        "f07",
        "On December 21st, 2023, at least 10 civilians were killed in an alleged Israeli airstrike on a "
        "house sheltering displaced people in the al-Shaboura area of Rafah.\n\n"
        "The family of the house owner posted the names of its martyrs: Jamal Zourob (58), his sons Ismail "
        "(26) and Wael (22), Ismail's wife Nour (24) and their baby Mohammed, who was one month old. The "
        "five other martyrs were displaced people from Gaza City, among them a mother and her two "
        "daughters.\n\n"
        "Palestine Today added that a further victim, Sameh al-Hams (19), died of his wounds the next day. "
        "Dozens of people were injured, according to the Kuwaiti Hospital.",
        killed=11,
        wounded=24,
    ),
    Report(
        "f08",
        "On February 12th, 2024, an alleged Israeli strike hit a car on the coastal road near Deir al-Balah, "
        "according to local sources.\n\n"
        "Mahmoud Abu Jarad (27), his cousin Ali Abu Jarad (24), Samer Hassouna (31) and Omar al-Louh (29) – "
        "all of them volunteers distributing flour to displaced families – were killed, the Deir al-Balah "
        "municipality said.\n\n"
        "A passer-by, Ziad Baraka, was injured by shrapnel, and his son was also hurt.",
        killed=4,
        wounded=2,
    ),
    Report(
        "f09",
        "On October 31st, 2023, 23 civilians were killed and injured in an alleged Israeli airstrike on a "
        "residential block in the Nuseirat refugee camp, according to WAFA.\n\n"
        "The Nuseirat Youth Committee later said that 9 people were killed and 14 wounded, most of them "
        "women and children. Among the dead were Suhail al-Tartouri (50), his daughter Ruba (21) and her "
        "son Karam (3).",
        killed=9,
        wounded=14,
    ),
    Report(
        "f10",
        "On January 24th, 2024, at least 6 civilians were killed in an alleged Israeli strike on a home in "
        "the Sheikh Nasser area of Khan Younis.\n\n"
        "Civil Defence crews reported that the bodies of Raed Sheikh al-Eid and his wife Ghada were "
        "recovered from the rubble on the day of the strike. The bodies of their four children – Hala, "
        "Yazan, Khalil and Jude – were recovered two days later, according to the family.\n\n"
        "A relative said that two more people, a grandmother and her grandson, were still missing, and "
        "several neighbours were injured.",
        killed=6,
        wounded=2,
    ),
    Report(
        "f11",
        "On November 11th, 2023, at least 4 civilians were killed in an alleged Israeli airstrike near the "
        "al-Rantisi children's hospital in the al-Nasr neighbourhood of Gaza City.\n\n"
        "The Gaza Health Ministry later said 7 people had been killed, among them two doctors. In addition "
        "to the two doctors, Dr. Hammam Alloh and Dr. Mahmoud Abu Nujaila, the strike killed a nurse, Sara "
        "al-Hajj, and four members of the Alloh family who were sheltering nearby.\n\n"
        "The Palestinian Red Crescent said 12 others were wounded.",
        killed=7,
        wounded=12,
    ),
    Report(
        "f12",
        "On March 3rd, 2017, at least 8 civilians, including three children, were killed in an alleged "
        "Russian airstrike on the town of Kafr Nabl, in southern Idlib.\n\n"
        "The Syrian Network for Human Rights named the dead as Abdul Rahman al-Khalil (45), alongside his "
        "wife Fatima al-Hassan (38) and their three children, Hiba, Ahmad and Rama. A farmer, Mustafa "
        "Jaber, was killed alongside his two sons, Walid and Saeed, in a field on the edge of the town.\n\n"
        "The Syrian Civil Defence said that more than 20 people were injured.",
        killed=8,
        wounded=20,
    ),
    Report(
        "f13",
        "On April 9th, 2017, between 6 and 9 civilians were reportedly killed when alleged Coalition "
        "airstrikes hit the village of Hunaida, west of Raqqa.\n\n"
        "Raqqa is Being Slaughtered Silently said that six members of the al-Ali family were killed: "
        "Hussein al-Ali, his wife and their four children. Smart News Agency reported that three members of "
        "a neighbouring family also died, naming them as Ghanem al-Ahmad, his brother Jassem and Jassem's "
        "son Firas, aged 10–12.\n\n"
        "A local activist said several people were injured and taken to Tabqa.",
        killed=9,
        wounded=2,
    ),
    pytest.param(
        Report(
            "f14",
            "On May 27th, 2017, an alleged Coalition airstrike on the al-Zanjili district of west Mosul killed "
            "a family of seven, according to Mosul Eye.\n\n"
            "The father, Younis Taha, his wife Nada and their five children – the eldest aged 15 and the "
            "youngest 2 – died when the house collapsed. Nineveh Media Center reported that the house next door "
            "was also hit, killing a woman named Um Ali and her son, Ali. A third person in that house, Ali's "
            "grandfather, was injured.\n\n"
            "A relative later told Rudaw that the bodies of all seven members of the Taha family had been "
            "buried together.",
            killed=9,
            wounded=1,
        ),
        marks=pytest.mark.xfail(
            reason="'A third person in that house, Ali's grandfather, was injured': the aside of kin stops the count",
            strict=True,
        ),
    ),
    Report(
        "f15",
        "On August 9th, 2018, an alleged Saudi-led Coalition airstrike hit a market in Dahyan, in the Saada "
        "governorate of Yemen, killing at least 40 children and 11 adults, according to the ICRC.\n\n"
        "Local health officials later raised the toll to 51 dead, and said 79 people were wounded, most "
        "of them children on a school bus. Among the dead were the driver, Ahmed Hussein, and the teacher, "
        "Abdullah Ali.",
        killed=51,
        wounded=79,
    ),
    Report(
        "f16",
        "On July 2nd, 2019, an alleged airstrike by forces loyal to Khalifa Haftar hit the Tajoura "
        "detention centre east of Tripoli. The UN mission said at least 44 migrants were killed and more "
        "than 130 injured. Médecins Sans Frontières later said up to 53 people had been killed.\n\n"
        "Among the dead were migrants from Sudan, Niger and Eritrea, including two brothers, Adam and Yusuf "
        "Idris, aged 19 and 22.",
        killed=53,
        wounded=130,
    ),
    Report(
        "f17",
        "On February 2nd, 2020, an alleged US airstrike hit the village of Jilib, in the Middle Juba region "
        "of Somalia, killing a 17-year-old girl, Nurto Kusow Omar Abukar, according to her family. Her "
        "younger sisters, Fatuma (12) and Aisha (9), and her grandmother, Khadija Mohamed, were wounded by "
        "shrapnel.\n\n"
        "AFRICOM said it was assessing the reports. A relative told Amnesty International that Nurto had "
        "been in the kitchen when the strike hit.",
        killed=1,
        wounded=3,
    ),
    Report(
        "f18",
        "On December 16th, 2023, at least 11 civilians were killed in an alleged Israeli airstrike on the "
        "home of the Abu Warda family in the Jabalia refugee camp.\n\n"
        "Among the dead were Hamdi Abu Warda (55), his wife Majida (50), his four daughters, Alaa, Heba, "
        "Islam and Nisreen, and two grandsons, Hamdi (8) and Muhammad (5). The remaining three victims were "
        "displaced relatives from Beit Hanoun: Rami Abu Warda, his wife and their son.\n\n"
        "Gaza Now reported that dozens were injured, some in critical condition.",
        killed=11,
        wounded=24,
    ),
    Report(
        "f19",
        "On October 12th, 2023, at least 5 civilians were killed when an alleged Israeli strike hit a "
        "street in the al-Rimal neighbourhood of Gaza City.\n\n"
        "The journalist Issam Faraj (30) was killed as well as his colleague Mohammed Sobh (28) and a "
        "driver, Hisham Nawaja. Two passers-by, a teenager named as Bakr Saleh and an elderly man, were "
        "also killed, according to the Palestinian Journalists Syndicate.\n\n"
        "Two other journalists, Haitham Abu Shaaban and Ibrahim Qanan, were injured.",
        killed=5,
        wounded=2,
    ),
    Report(
        "f20",
        "On January 2nd, 2024, an alleged Israeli airstrike killed a family of five and their neighbour in "
        "the Tal al-Sultan area of Rafah, according to the Rafah municipality.\n\n"
        "The dead were named as Sami Abu Lebda (41), his wife Rawan (36) and their three children: Ahmed, "
        "aged 10–11, Aya (7) and Mira (1). Their neighbour, Muin Ashour (67), was killed in the street "
        "outside. WAFA later said a seventh person, a boy from the same street, died in hospital.\n\n"
        "Several people were hurt.",
        killed=7,
        wounded=2,
    ),
    Report(
        "f21",
        "On February 20th, 2024, at least 3 civilians were killed in an alleged Israeli strike on a tent in "
        "al-Mawasi, west of Khan Younis, according to initial reports.\n\n"
        "The Palestinian Civil Defence later said that 5 members of the Shurrab family were killed: the "
        "mother, Reem (39), and her children Fares, Lujain, Adam and Tala, the youngest aged 18 months. The "
        "father, Ashraf Shurrab, was wounded along with his elderly mother.",
        killed=5,
        wounded=2,
    ),
    pytest.param(
        Report(
            "f22",
            "On March 13th, 2017, an alleged Coalition airstrike on a house in the al-Rifai neighbourhood of "
            "west Mosul killed and wounded 15 civilians, according to a local source quoted by Alsumaria.\n\n"
            "Iraqi News named five of the dead as Qusay Ahmed, his wife Shaima, their sons Hassan and Hussein, "
            "and Qusay's brother Laith. Nineveh Media Center said that 6 people were killed, and that 9 others "
            "were wounded, among them three children.",
            killed=6,
            wounded=9,
        ),
        marks=pytest.mark.xfail(
            reason="'killed and wounded 15 civilians' is read as 15 wounded (a rule for it cost half B, left out)",
            strict=True,
        ),
    ),
    Report(
        "f23",
        "On June 10th, 2017, at least 13 civilians were killed when alleged Coalition airstrikes hit the "
        "al-Badu neighbourhood of Raqqa.\n\n"
        "Among the dead were Muhammad al-Ibrahim, two of his sons, Ammar and Yaser, and his "
        "daughter-in-law Rasha. Euphrates Post named the other victims as members of the al-Jasim family, "
        "among them Abdullah al-Jasim (70), his wife, their daughter Hind and four grandchildren, as well "
        "as a shepherd, Fawaz al-Ali, and his 12-year-old son.\n\n"
        "Raqqa 24 said 20 people were injured.",
        killed=13,
        wounded=20,
    ),
    pytest.param(
        Report(
            "f24",
            "On January 21st, 2022, alleged Coalition airstrikes on a residential area of Sanaa killed a family "
            "of eight, according to the Houthi-run Saba news agency.\n\n"
            "Saba named the dead as Abdulrahman al-Mutawakel (45), his wife Nabiha and six of their children. "
            "Two other children of the family were taken to the al-Thawra hospital, one of them in critical "
            "condition.\n\n"
            "A neighbour, Saleh Ghaleb, was also injured.",
            killed=8,
            wounded=3,
        ),
        marks=pytest.mark.xfail(
            reason="'Two other children ... were taken to hospital, one of them in critical condition' gives 1, not 2",
            strict=True,
        ),
    ),
    Report(
        "f25",
        "On December 10th, 2023, at least 2 civilians were killed in an alleged Israeli strike on a house in "
        "Khan Younis, according to the Palestinian Red Crescent.\n\n"
        "The victims were Abdullah Shaath (17) and his cousin Mohammed Shaath (15). Abdullah, also named as "
        "Abdallah Shath by the Gaza Now page, had been helping his family collect water.\n\n"
        "Their grandmother, Fadwa Shaath, was injured, and a fourth relative, Mohammed's father Hazem, was "
        "in critical condition.",
        killed=2,
        wounded=2,
    ),
    Report(
        "f26",
        "On October 29th, 2023, an alleged Israeli airstrike destroyed the Qudeih family home in Khuza'a, "
        "east of Khan Younis.\n\n"
        "The family announced the martyrdom of nine of its members: the father Adel Qudeih (62), his sons "
        "Nidal (35) and Osama (31), Nidal's wife Sahar (30), and five grandchildren aged between 2 and 11. "
        "The Palestinian Information Center reported the martyrs as eight, and said a ninth body was still "
        "under the rubble.\n\n"
        "A number of neighbours were injured.",
        killed=9,
        wounded=2,
    ),
    Report(
        "f27",
        "On March 7th, 2019, an alleged US airstrike hit a vehicle near the village of Kunyo Barrow, in "
        "Lower Shabelle, according to the Somali news site Garowe Online.\n\n"
        "Local elders said that three men were killed: Abdirahman Mohamed (30), a banana farmer, his brother "
        "Ali Mohamed, and their driver. The bodies of Abdirahman and Ali were recovered by relatives on the "
        "following day; the driver's body was burned beyond recognition.\n\n"
        "No injuries were reported.",
        killed=3,
        wounded=0,
    ),
    Report(
        "f28",
        "On September 13th, 2019, an alleged airstrike by the Libyan National Army hit a farm in Murzuq, in "
        "southern Libya. The Murzuq municipal council said at least 10 people were killed and dozens "
        "wounded.\n\n"
        "Among the dead were five members of one family: Mohammed Ali Ahmed (51), his brother Issa, and "
        "Issa's three sons, aged 9 to 16. The others were farm workers from Chad and Niger. A local hospital "
        "later said the death toll had risen to 14.",
        killed=14,
        wounded=24,
    ),
]


HELD_BACK: list[Any] = [
    Report(
        "h01",
        "On November 8th, 2023, at least 6 civilians were killed in an alleged Israeli strike on a house in "
        "the al-Bureij camp.\n\n"
        "Ola Hamad (31) and her husband Rami Hamad (34) were killed along with their children – Yara, 9, "
        "Karam, 6, and Sila, 2 – Eye on Palestine reported. Rami's father, Hussein (66), was also killed.\n\n"
        "The Palestinian Red Crescent said two of Rami's brothers were injured.",
        killed=6,
        wounded=2,
    ),
    Report(
        "h02",
        "On December 5th, 2023, an alleged Israeli airstrike hit a school-turned-shelter in the Shujaiya "
        "neighbourhood of Gaza City. Initial reports said 5 people were killed. The Government Media Office "
        "later said 9 had died, and a local source told Al-Araby that up to 12 were killed.\n\n"
        "Among the dead were Nabil Harb (45) and his two daughters, Duha (12) and Rahma (8), as well as Abu "
        "Samir al-Dahdouh and his wife. Several people were wounded.",
        killed=12,
        wounded=2,
    ),
    Report(
        "h03",
        "On February 25th, 2018, an alleged Syrian regime airstrike on a basement shelter in Douma, Eastern "
        "Ghouta, killed all but two of the 11 people sheltering there, according to the Violations "
        "Documentation Center.\n\n"
        "The dead included Abu Khaled al-Rifai (60), his daughter Bushra (32) and her four children, aged "
        "3–10, and a neighbour's family of three. The two survivors, a boy of 14 and his mother, were "
        "injured and taken to a field hospital.",
        killed=9,
        wounded=2,
    ),
    Report(
        "h04",
        "On March 22nd, 2017, an alleged Coalition airstrike hit a house in the Mosul Jadida district of "
        "west Mosul.\n\n"
        "Falah Hamid, his wife Suha, their son Mustafa, their daughters Noor and Zahraa, and Falah's mother "
        "Sabiha were killed, according to a relative who spoke to Amnesty International. A neighbour, Yasir "
        "Fathi, was pulled from the rubble in critical condition.\n\n"
        "Iraqi Spring Media reported that eight people died in the house.",
        killed=8,
        wounded=1,
    ),
    Report(
        "h05",
        "On April 3rd, 2018, at least 14 civilians, including 7 children, were killed in an alleged "
        "Coalition airstrike on a house in al-Hodeidah, according to the Yemen Data Project.\n\n"
        "Local sources said the owner of the house, Ali Qasim (50), was killed along with his wife, his "
        "seven children aged 4–16 and five relatives who had fled fighting in al-Tuhayta. Al-Masirah later "
        "put the toll at 16, and said 9 people were injured.",
        killed=16,
        wounded=9,
    ),
    Report(
        "h06",
        "On January 18th, 2024, at least 8 civilians were killed in an alleged Israeli strike on the "
        "Shehada family home in the Nuseirat camp.\n\n"
        "The Al-Aqsa Martyrs Hospital named the dead as Hassan Shehada (44), Hassan's wife Reem and their "
        "sons Tamer and Wasim, in addition to Hassan's sister Huda and her three children. The hospital said "
        "13 people were being treated for injuries, several of them children.",
        killed=8,
        wounded=13,
    ),
    Report(
        "h07",
        "On October 25th, 2023, an alleged Israeli airstrike on a building in the al-Zawaida area left 30 "
        "people killed and injured, according to the Palestine Today channel.\n\n"
        "WAFA said that 12 of them were killed, including the family of journalist Mohammad Abu Hasira: his "
        "father, his mother and three of his brothers. Eighteen others were wounded.",
        killed=12,
        wounded=18,
    ),
    Report(
        "h08",
        "On July 22nd, 2019, an alleged Russian airstrike hit the vegetable market in Maarat al-Numan, "
        "killing at least 31 civilians, according to the Syrian Civil Defence.\n\n"
        "Among the dead were the grocer Abdulkarim Khalouf (Abd al-Karim Khaluf in some reports) and his son "
        "Mahmoud (14), as well as a family of four from Kafr Sajna: Ahmed Darwish, his wife and their two "
        "daughters. The Syrian Observatory for Human Rights later raised the toll to 39, and said dozens "
        "were injured.",
        killed=39,
        wounded=24,
    ),
    pytest.param(
        Report(
            "h09",
            "On January 19th, 2024, an alleged US airstrike hit a farm near Jamaame, in Lower Juba, according to "
            "the Somali Public Agenda.\n\n"
            "The farmer Hassan Adan Farah (55), his nephew Abdi (20) and a labourer known as Gedi were killed, "
            "relatives said. Hassan's wife, Halima, was also killed in the blast. Two of the farm's workers were "
            "wounded and taken to Kismayo.",
            killed=4,
            wounded=2,
        ),
        marks=pytest.mark.xfail(
            reason="held back: 'Hassan's wife, Halima, was also killed' after the named dead is read as one of them",
            strict=True,
        ),
    ),
    Report(
        "h10",
        "On February 8th, 2024, at least 4 civilians were killed in an alleged Israeli strike on a car in "
        "the Tal al-Hawa neighbourhood of Gaza City, according to the Palestinian Red Crescent.\n\n"
        "Among the dead were Lana Saqr (6), her uncle Bassam Saqr (44), his wife Anwar and their son Yahya. "
        "The bodies of Lana and of the two paramedics sent to rescue her, Yunis Zaqout and Ahmad al-Najjar, "
        "were recovered twelve days later.\n\n"
        "The PRCS later said 6 people had died in the incident.",
        killed=6,
        wounded=None,
    ),
    Report(
        "h11",
        "On June 28th, 2017, an alleged Coalition airstrike on a house in the Old City of Mosul killed at "
        "least 5 civilians, according to the Mosul Eye blog.\n\n"
        "The dead were named as Marwan/Marouan Younis (36-37), his wife Asmaa and their children Zahra, Ali "
        "and Abbas, aged 2–8. A later report by Nineveh Media Center put the number of the dead at 7, "
        "adding Marwan's parents. His brother Faris was injured.",
        killed=7,
        wounded=1,
    ),
    pytest.param(
        Report(
            "h12",
            "On December 30th, 2023, an alleged Israeli airstrike on a house in Deir al-Balah killed the entire "
            "Abu Jabal family except its youngest member, a girl of two, according to Palestine TV.\n\n"
            "The family named its martyrs as Fadi Abu Jabal (38), his wife Manal (35), their sons Samer and "
            "Ziad, and Fadi's mother Amina (70). The surviving girl, Lamar, was injured and is being treated at "
            "the Al-Aqsa hospital.",
            killed=5,
            wounded=1,
        ),
        marks=pytest.mark.xfail(
            reason="held back: 'killed the entire Abu Jabal family except its youngest member' counts one, its named martyrs none",
            strict=True,
        ),
    ),
    Report(
        "h13",
        "On November 18th, 2019, an alleged airstrike by forces of the Libyan National Army hit a biscuit "
        "factory in Wadi al-Rabie, south of Tripoli. The Government of National Accord's health ministry "
        "said 8 civilians were killed. A day later, the UN mission put the toll at 10, and local officials "
        "said up to 12 workers, most of them from Niger and Bangladesh, had died. Dozens were injured.",
        killed=12,
        wounded=24,
    ),
    Report(
        "h14",
        "On March 1st, 2024, at least 3 civilians were killed when an alleged Israeli strike hit a tent in "
        "the Rafah western camp, according to the Civil Defence.\n\n"
        "Samah Hijazi (28) and her two children, son Ibrahim (5) and daughter Reem (3), were killed in "
        "their sleep. Her husband, Wael, was injured, as were his brother Karim and Karim's wife Safaa.",
        killed=3,
        wounded=3,
    ),
]


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.name)
def test_the_toll_of_a_family_narrative(report: Report) -> None:
    _check(report)


@pytest.mark.parametrize("report", HELD_BACK, ids=lambda r: r.name)
def test_the_toll_of_a_held_back_family_narrative(report: Report) -> None:
    _check(report)
