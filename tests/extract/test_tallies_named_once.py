"""Monitor reports that name their dead one by one, sentence by sentence, after a lead figure.

Civilian-harm monitors follow the lead ("at least two civilians were killed") with the dead by
name, a few to a sentence: "Rajab Hamdan (69) was killed and his son Shadi injured. Shadi's
wife, Hanan (37), was killed, along with their daughter Maria (6)."  The top of the monitor's
range is the number of distinct people named as dead when it exceeds the lead.  Each person
counts once: a kin word and the name after it are one person, a name told again or shortened
later ("Hanan", "Um Ahmad", "the boy") is the same person, a count beside names is those names;
the injured and the survivors named are not the dead, nor are people killed in an earlier
strike told as background.

Each report carries the top of the range an analyst would record.  ``HELD_BACK`` was
written with the others and not looked at while the rule was made: it is the check.
"""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


def killed(text: str) -> int:
    """The top of the killed toll, as the benchmark sums it."""
    return toll_top(text, "killed")


REPORTS = [
    # --- more people named as dead than the lead counted: the top is the named
    (
        "At least two civilians were killed when an alleged Israeli airstrike hit a house in the Tel al-Sultan "
        "area of Rafah on December 2nd 2023. Rajab Hamdan (69) was killed and his son Shadi was injured. "
        "Shadi's wife, Hanan Hamdan (37), was killed, along with their daughter Maria (6).",
        3,
    ),
    (
        "At least three people were killed in an alleged strike on the Saqr family home in Deir al-Balah. "
        "Salah Saqr (67) was killed with his wife, Souad (64), and son, Ayman (20). His grandson Karim (4) "
        "was also killed. Another son, Fadi, was injured.",
        4,
    ),
    (
        "At least four members of the Nofal family were killed in an alleged strike on their home in Jabalia. "
        "Ibrahim Nofal (52) and his wife Amal (48) were killed. Their sons, Yahya (19) and Anas (15), were "
        "killed as well. Relatives said Ibrahim had worked as a nurse. Amal's sister Rana (30) was also killed.",
        5,
    ),
    (
        "At least two people were killed in an alleged strike in Maghazi camp. Two brothers, Adel (17) and "
        "Sami (14) Hijazi, were killed. Their father, Mohammed Hijazi (44), was also killed.",
        3,
    ),
    (
        "At least four civilians were reportedly killed in an alleged airstrike on a house in Bureij. Among "
        "the dead were Fatima Awad (55), known as Um Ahmad, and her son Ahmad Awad (30). Ahmad's wife Rasha "
        "(26) and their children Hala (4) and Yousef (2) were also killed. Um Ahmad had fled from Gaza City "
        "a month earlier.",
        5,
    ),
    (
        "At least six civilians were killed when an alleged airstrike hit the Abu Shamala family home in Khan "
        "Yunis on October 18th 2023. Ziad Abu Shamala (58) was killed along with his wife, Nawal (52). Their "
        "sons Bilal (27) and Hamza (23) were also killed, as were Bilal's wife Dina (24) and their baby "
        "daughter Jana (1). Ziad's brother, Walid Abu Shamala (61), and Walid's son, Hisham (30), were killed "
        "as well.",
        8,
    ),
    (
        "At least one civilian was killed in an alleged drone strike on a group of people near the Kuwait "
        "roundabout in Gaza City. Anas Shurrab (21) was killed. His friend Mu'min Salha (22) was killed as "
        "well, according to his family.",
        2,
    ),
    (
        "At least four civilians were killed in an alleged strike on the Hammad home in Beit Lahia. Yousef "
        "Hammad (39) was killed along with his three children, Sara (10), Adam (7) and Lina (3). His wife "
        "Manal (36) was also killed.",
        5,
    ),
    (
        "At least three civilians were killed in an alleged strike on a car in Rafah. Dr. Akram Nasser (50) "
        "was killed along with his son Yazan (16). Akram's brother, Eyad Nasser (45), was also killed. The "
        "doctor's nephew, Tamer (18), died later of his wounds in Kuwaiti Hospital.",
        4,
    ),
    (
        "At least three civilians were killed in an alleged Russian airstrike on the village of Kafr Nabl in "
        "Idlib on May 5th 2019. The Syrian Network for Human Rights named the victims as Abdul Razzaq al-Ahmad "
        "and his two sons, Mohammed and Ali. A fourth victim, Hassan al-Khalaf, was killed when the strike "
        "hit his shop.",
        4,
    ),
    (
        "At least four civilians were killed when an alleged Coalition airstrike hit a house in the al-Zanjili "
        "neighbourhood of west Mosul. Local activists named Sami Younis (45) and his wife Bushra (40) among "
        "the dead. Their children Ahmed (12), Shaimaa (9) and Zainab (6) were also killed, said a relative.",
        5,
    ),
    (
        "At least three civilians were killed in an alleged strike on the al-Masri home in Beit Hanoun. Imad "
        "al-Masri (41) was killed. His wife Suha (38) and the couple's two daughters, Rahaf (11) and Ruba (8), "
        "were killed as well.",
        4,
    ),
    (
        "At least one civilian was killed in an alleged strike in Nuseirat. Hanan Yassin (37) was killed in "
        "her kitchen. Hanan's husband, Majed (40), died of his wounds the following day.",
        2,
    ),
    (
        "At least two people were killed when an alleged Israeli drone fired at a group of residents in Bani "
        "Suheila. Ashraf Rabie (34) died at the scene. His brother Ayman (31) died at Nasser Hospital. A "
        "third man, Fouad Rabie (52), also died of his wounds.",
        3,
    ),
    (
        "At least three civilians were killed in an alleged strike on a home in Deir al-Balah on April 8th "
        "2024. Shaher Baraka (47) was martyred along with his daughter Rahaf (15). His son Mustafa (12) and "
        "his mother Amina (74) were also martyred, relatives wrote.",
        4,
    ),
    # --- no more people than the lead: a person told twice, the injured, the dead of before
    (
        "At least two civilians were killed in an alleged airstrike on a car near Khan Yunis. Local sources "
        "said Mahmoud Abed (45) was killed along with his wife, Hind (40). Hind was a teacher at a local "
        "school.",
        2,
    ),
    (
        "Two civilians were reportedly killed in alleged shelling of the Shujaiya neighbourhood. Brothers Omar "
        "and Khaled Zaqout were killed when a shell hit their home. Their mother was injured.",
        2,
    ),
    (
        "At least one civilian was killed in an alleged strike on a motorcycle in Beit Hanoun. Yasser Kafarna "
        "(28) was killed. His cousins, Nabil Kafarna (25) and Samer Kafarna (22), were injured.",
        1,
    ),
    (
        "At least three civilians were killed in an alleged airstrike on the Daher home in Gaza City on "
        "November 20th 2023. Aisha Daher (61) was killed with her daughters, Lina (33) and Huda (29). Aisha's "
        "husband, Jamil, had been killed in an earlier strike on October 15th, and her son Tariq was killed "
        "in a strike a week before.",
        3,
    ),
    (
        "At least three civilians were killed in an alleged Israeli strike on the Salem family home in "
        "Nuseirat. Nidal Salem (40) was killed together with his wife Samar (35). Their son Majd (8) was "
        "killed too. Neighbours said the boy had been pulled from the rubble but died before reaching hospital.",
        3,
    ),
    (
        "At least two civilians were killed in an alleged strike on a tent in al-Mawasi. Khadija Barbakh (70) "
        "and her granddaughter Lama (9) were killed. Lama's brother Adam (12) survived with burns.",
        2,
    ),
    (
        "At least five members of the Ghoul family were killed in an alleged strike in Rafah. Names shared by "
        "relatives were Hassan Ghoul (63), his wife Zainab (59), their son Mahmoud (34), Mahmoud's wife Asmaa "
        "(30) and their son Omar (5).",
        5,
    ),
    (
        "Two civilians were killed in an alleged airstrike on an apartment in Khan Yunis. Journalist Muhammad "
        "Abu Hasira was killed along with his wife, Reem. Colleagues said Muhammad and Reem had married last "
        "year.",
        2,
    ),
    (
        "An alleged Israeli strike killed three civilians, Ahmad Salem (30), his brother Khalil (25) and their "
        "cousin Omar (20), in Beit Hanoun on December 1st 2023. The three were collecting firewood.",
        3,
    ),
    (
        "At least two people were killed in alleged shelling on the Al-Amal neighbourhood of Khan Yunis. Muna "
        "Qudra (44) was killed. Her son, Walid Qudra (20), was killed too, while her daughter Dalia (16) was "
        "injured. Muna's husband, Fathi, was seriously wounded.",
        2,
    ),
    (
        "At least two civilians were killed in an alleged drone strike on a car near Deir al-Balah on March "
        "3rd 2024. Rami Abu Sitta (29) and his cousin Bassam (31) were killed. Rami's father, Hussein Abu "
        "Sitta, had been killed in a strike on the family home in December 2023.",
        2,
    ),
    (
        "At least 12 civilians were killed in an alleged airstrike on a residential block in Jabalia camp. "
        "Among the dead were Basel Hamad (32) and his son Saleh (6). Basel's sister Ruba (28) was also killed.",
        12,
    ),
    (
        "At least two civilians were killed in an alleged strike on the Jundi home in Gaza City. Sameer Jundi "
        "(55) and his wife Wafaa (50) were killed, and their sons Ali and Mahdi were injured. Their neighbour "
        "Tawfiq Hassan (60) was injured too.",
        2,
    ),
]

HELD_BACK = [
    (
        "At least two civilians were killed in an alleged strike on the Ashour family home in Khan Yunis on "
        "January 10th 2024. Nasser Ashour (49) was killed with his wife, Ghada (45). Their son Mohammed (14) "
        "was also killed, and his sister Yara (11) was wounded.",
        3,
    ),
    (
        "At least three civilians were killed in an alleged Israeli airstrike on a house in the Zeitoun "
        "neighbourhood of Gaza City. Jamal Dalou (60) was killed along with his sons, Tareq (30) and Hussam "
        "(27). Tareq's wife Iman (25) and their son Jamal (2) were killed too.",
        5,
    ),
    (
        "At least one civilian was killed in an alleged drone strike near the Rafah crossing. Local media said "
        "Mahmoud Kaskeen (26) was killed with his brother, Ibrahim. Ibrahim was a paramedic with the "
        "Palestinian Red Crescent.",
        2,
    ),
    (
        "At least two civilians were killed in an alleged strike on a car in Deir al-Balah. Anwar Sharif (38) "
        "and Tamer Zidan (35) were killed. A passer-by, Sami Abu Odeh (19), was injured.",
        2,
    ),
    (
        "At least four civilians were killed in an alleged strike on the Abu Jarad home in Beit Lahia. Raed "
        "Abu Jarad (43) was killed along with his wife Hiba (37) and their sons Omar (12) and Ali (9). Raed's "
        "brother Nizar had been killed in an airstrike on the same street two weeks earlier.",
        4,
    ),
    (
        "At least three civilians were killed when an alleged airstrike hit the Sabbah family home in Jabalia. "
        "Ahmed Sabbah (70) was killed. Brothers Mahmoud and Hassan Sabbah were also killed, as was their "
        "cousin Nour (22).",
        4,
    ),
    (
        "At least two civilians were killed in alleged regime shelling on the town of Ariha, Idlib, on October "
        "3rd 2019. Khaled al-Hussein (40) was killed alongside his daughter Fatima (7). His wife, Amal, was "
        "killed too, according to the Idlib Health Directorate.",
        3,
    ),
    (
        "At least three civilians were killed in an alleged Coalition strike on a house in the Old City of "
        "Mosul. Ali Hazem (50), his son Younis (20) and his nephew Qasim (18) were killed, local sources said.",
        3,
    ),
    (
        "At least one civilian was killed in an alleged strike on the Qishta family home in Rafah. Maysa "
        "Qishta (33) was killed with her daughter Salma (5). Doctors at Abu Youssef al-Najjar Hospital said "
        "the girl died on arrival.",
        2,
    ),
    (
        "At least three civilians were killed in an alleged Israeli airstrike in the Nuseirat camp. Wael "
        "Tabash (36) was killed and his wife Rania (32) was injured. His father, Jaber Tabash (66), and his "
        "uncle, Fawzi (62), were killed.",
        3,
    ),
    (
        "At least four civilians were killed in an alleged airstrike on the Ghanem family home in Rafah on "
        "February 12th 2024. Yasser Ghanem (52) was killed with his wife Samira (48). Their daughters Aya (20), "
        "Alaa (17) and Asil (13) were also killed. Yasser's elderly mother, Fatima (80), died under the rubble.",
        6,
    ),
    (
        "At least two civilians were killed in an alleged strike on a tent in al-Mawasi. Suad Harb (50), known "
        "as Um Mohammed, was killed with her son Mohammed (25). Neighbours said Um Mohammed had been displaced "
        "five times.",
        2,
    ),
    (
        "At least one civilian was killed in an alleged drone strike on fishermen off the coast of Gaza City. "
        "Fisherman Zakaria Bakr (24) was killed. His cousin Ismail (20) survived, but another fisherman, Ahmad "
        "Bakr (30), died of his wounds later that day.",
        2,
    ),
    (
        "At least two civilians were killed in an alleged Saudi-led coalition airstrike on a farm in Saada "
        "governorate. Local sources named the dead as farmer Abdullah Hadi (45) and his son Saleh (15). A "
        "third victim, Ali Hadi (12), died in hospital.",
        3,
    ),
]


@pytest.mark.parametrize(("text", "top"), REPORTS)
def test_the_distinct_named_dead_widen_the_lead(text: str, top: int) -> None:
    assert killed(text) == top


@pytest.mark.parametrize(("text", "top"), HELD_BACK)
def test_held_back_reports_count_each_named_dead_once(text: str, top: int) -> None:
    assert killed(text) == top


# Ages told before the name or after it in words, titles, and the tellers and the hurt named beside the dead
_AGES_AND_ROLES = [
    (  # "N-year-old" before the name, and after a kin word
        "At least two civilians were killed when an alleged airstrike hit a flat in Deir al-Balah. 52-year-old "
        "Khalil Odeh was killed with his 48-year-old wife, Samia Odeh, and their son, 15-year-old Fares Odeh.",
        3,
    ),
    (  # "Name , N years old": the monitors' spacing before the comma
        "At least one child was killed in the alleged shelling of Bani Suheila. Two brothers died: Karam Abu "
        "Daqqa , 9 years old, and Adham Abu Daqqa , two months old.",
        2,
    ),
    (  # a title before the name is no one else
        "At least two medics were killed in an alleged strike near al-Awda Hospital. Dr. Ayman Harb (44) and his "
        "colleague Dr. Sami Fayyad (39) were killed, as was their driver, Nabil Khudari (50).",
        3,
    ),
    (  # the one named after the dead has a verb of his own: he was hit, not killed
        "At least one civilian was killed in an alleged drone strike on a house in Bani Suheila. 66-year-old "
        "Aziza Qudaih was killed in the strike, while her husband Salem Qudaih, was hit by shrapnel.",
        1,
    ),
    (  # the teller of the deaths is not among them
        "At least two civilians were killed in an alleged strike on the Louh home in Gaza City. A relative spoke "
        "with Hammam’s sister Dr. Rawan Louh (41), who confirmed that Mahmoud (70) and Hammam (36) had all died.",
        2,
    ),
    (  # a speaker after the name
        "At least one civilian was killed in an alleged strike on a car in Rafah. His brother Yahya Hamad (30) said "
        "Osama Hamad (27) was killed instantly.",
        1,
    ),
]


@pytest.mark.parametrize(("text", "top"), _AGES_AND_ROLES)
def test_ages_titles_and_roles_of_the_named(text: str, top: int) -> None:
    assert killed(text) == top
