"""Incident reports in the style of a civilian-harm monitor: several local sources on one event,
named victims, family members, breakdowns by age and sex, later updates of the toll.  Each report
is read as the benchmark reads ``casualties extract --jsonl``: the sum of the figures that are not
flagged ``cumulative`` is the event's toll, a figure's ``count`` the top of its range and
``count_low`` its bottom.  Sources that disagree give one event a range, not a sum; a list of the
named dead after a toll repeats it; names without a toll are counted one by one."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.extract.tolls import toll_range


class Report(NamedTuple):
    structure: str
    text: str
    killed: int  # the event's toll, the top of its range
    killed_low: int  # the bottom of that range (the toll itself when the sources agree)
    wounded: int | None = None  # None: the report's wounded are not what the case is about


REPORTS = [
    Report(
        "sources_disagree_in_one_sentence",
        (
            "On March 3rd 2024, between seven and 11 civilians were reportedly killed when an alleged airstrike "
            "hit the Harun family home in the Qasr al-Tin area of Wadi Sela. Local outlet Sela Today reported "
            "seven killed, while the Civil Defence said 11 people had died. The bodies were taken to the Al-Noor "
            "hospital."
        ),
        killed=11,
        killed_low=7,
    ),
    Report(
        "sources_disagree_across_sentences",
        (
            "On the night of May 2nd 2024, at least five civilians were killed in an alleged strike on a house in"
            " the Bab Sharqi district of Marun. Nour News said five people were killed. A Facebook post by the "
            "local council put the toll at eight, including three children."
        ),
        killed=8,
        killed_low=5,
    ),
    Report(
        "one_source_said_while_another_said",
        (
            "On April 14th 2024, an alleged drone strike hit a gathering outside a bakery in Deir Sela. Al-Quds "
            "Radio reported that 14 people were killed, while the Health Ministry said 17 had died. Dozens more "
            "were injured, according to medics."
        ),
        killed=17,
        killed_low=14,
        wounded=24,
    ),
    Report(
        "toll_then_named_list",
        (
            "At least four members of the Kassab family were killed when their home in Tell Hamra was hit by an "
            "alleged airstrike on January 8th 2024. The victims were named as Yusuf Kassab (52), his wife Huda "
            "Kassab (47), and their sons Adel Kassab (19) and Fadi Kassab (15)."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "toll_then_list_after_colon",
        (
            "Six civilians were killed in an alleged strike on a residential building in the Nasr quarter of "
            "Marun on February 2nd 2024. The dead were identified as: Ali Sayegh (60), Mariam Sayegh (55), Hassan"
            " Sayegh (31), Rania Sayegh (29), Jud Sayegh (6) and Lama Sayegh (3)."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "named_dead_without_a_figure",
        (
            "On June 9th 2024, an alleged drone strike hit a car on the coastal road near Tell Hamra. Those "
            "killed were identified as Samir Odeh, his brother Nabil Odeh and their cousin Rami Haddad. A fourth "
            "man, Walid Jaber, was injured."
        ),
        killed=3,
        killed_low=3,
        wounded=1,
    ),
    Report(
        "named_dead_across_sentences",
        (
            "Adnan Farouk, 45, was killed in the alleged strike on his house in Wadi Sela on July 1st 2024. His "
            "son Tarek Farouk, 12, was also killed. Neighbours said Adnan's wife, Salma Farouk, was injured."
        ),
        killed=2,
        killed_low=2,
        wounded=1,
    ),
    Report(
        "family_relations",
        (
            "On August 19th 2024, Karim Abu Saleh was killed along with his wife and three children when an "
            "alleged airstrike hit their apartment in Bab Sharqi."
        ),
        killed=5,
        killed_low=5,
    ),
    Report(
        "killed_together_with_kin",
        (
            "A 68-year-old man, Juma Sirhan, was killed together with his two sons and a grandson in an alleged "
            "strike on the family farm east of Marun."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "alongside_wife_and_children",
        (
            "Teacher Nasser Hamdan was killed alongside his wife and their four children in an alleged bombing of"
            " their home in Deir Sela on March 30th 2024."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "a_number_of_injured",
        (
            "On May 5th 2024, two civilians were killed and a number of others were injured in an alleged "
            "airstrike on a motorbike in the Qasr al-Tin area."
        ),
        killed=2,
        killed_low=2,
        wounded=2,
    ),
    Report(
        "others_injured",
        (
            "Two civilians were reportedly killed and others were injured in an alleged strike near the Al-Noor "
            "hospital on October 9th 2023. A post from a local journalist said that two people had died."
        ),
        killed=2,
        killed_low=2,
        wounded=2,
    ),
    Report(
        "wounded_from_several_sources",
        (
            "On September 3rd 2024, three civilians were killed and at least 12 were injured when an alleged "
            "airstrike hit a market in Marun. The Red Crescent later said that 15 people had been wounded."
        ),
        killed=3,
        killed_low=3,
        wounded=15,
    ),
    Report(
        "later_deaths_of_the_wounded",
        (
            "Three people were killed and six others were injured in an alleged shelling of the Harun "
            "neighbourhood on December 1st 2023. Two of the injured later died in hospital."
        ),
        killed=5,
        killed_low=5,
    ),
    Report(
        "at_least_and_up_to",
        (
            "On the evening of June 2nd 2024, at least six and up to nine civilians were killed in an alleged "
            "strike on a school used as a shelter in Wadi Sela."
        ),
        killed=9,
        killed_low=6,
    ),
    Report(
        "up_to_wounded",
        (
            "The alleged attack on the Sela checkpoint on April 2nd 2024 killed at least three civilians and "
            "wounded up to ten others."
        ),
        killed=3,
        killed_low=3,
        wounded=10,
    ),
    Report(
        "earlier_strike_toll",
        (
            "On February 11th 2024, an alleged airstrike on the Qadri family home in Tell Hamra killed two "
            "civilians. The strike came three days after 11 people were killed in an airstrike on the same "
            "street."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "toll_rose_later",
        (
            "Initial reports said three people were killed in an alleged strike on a house in Marun on May 20th "
            "2024. The toll later rose to seven as bodies were recovered from the rubble."
        ),
        killed=7,
        killed_low=7,
    ),
    Report(
        "bodies_recovered_bringing_the_toll",
        (
            "Eight civilians were killed in an alleged bombing of the Sabri family home on January 21st 2024. "
            "Rescuers recovered two more bodies from the rubble the next day, bringing the toll to 10."
        ),
        killed=10,
        killed_low=10,
    ),
    Report(
        "children_women_breakdown",
        (
            "On October 22nd 2023, at least nine civilians, including four children and two women, were killed in"
            " an alleged airstrike on the Nassar family home in Bab Sharqi."
        ),
        killed=9,
        killed_low=9,
    ),
    Report(
        "breakdown_in_a_later_sentence",
        (
            "Twelve civilians were killed in an alleged strike on a residential block in Deir Sela on November "
            "14th 2023. Among the dead were five children and three women."
        ),
        killed=12,
        killed_low=12,
    ),
    Report(
        "among_them_a_family",
        (
            "Five people were killed, among them a mother and her three children, when an alleged shell hit their"
            " tent in the Mawasi camp of Wadi Sela."
        ),
        killed=5,
        killed_low=5,
    ),
    Report(
        "named_injured_list",
        (
            "Two civilians were killed in the alleged strike on the Sabri family home. Three children were "
            "injured: Lina Sabri (7), Omar Sabri (5) and Hala Sabri (2)."
        ),
        killed=2,
        killed_low=2,
        wounded=3,
    ),
    Report(
        "named_victim_after_the_toll",
        (
            "At least seven civilians were killed in an alleged airstrike on a crowd near the Al-Noor bakery in "
            "Marun. Among those killed was 15-year-old Rami Said, according to his school."
        ),
        killed=7,
        killed_low=7,
    ),
    Report(
        "running_total_of_a_profession",
        (
            "Journalist Hiba Mansour was killed in an alleged strike on her home in Tell Hamra on December 3rd "
            "2023. Sela Today said she was the 40th journalist killed since the start of the war."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "journalist_with_age_and_outlet",
        (
            "On October 25th 2023, 38-year-old journalist of Radio Sela Marwan Haddad was killed in an alleged "
            "airstrike on his home in Tell Hamra."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "outlet_before_the_role",
        (
            "Radio Sela journalist Marwan Haddad was killed in an alleged airstrike on his home in Tell Hamra on "
            "October 25th 2023."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "named_with_description_and_kin",
        (
            "On November 5th 2023, Hadi Salem, a photographer for Sela Today and his mother, were reportedly "
            "killed in an alleged bombing of their home in Deir Sela."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "figure_then_other_source_bodies",
        (
            "At least seven civilians were killed in an alleged strike on a car in the Qasr al-Tin area on July "
            "7th 2024. The Civil Defence said it had recovered the bodies of nine people from the site."
        ),
        killed=9,
        killed_low=7,
    ),
    Report(
        "named_killed_and_wounded_family",
        (
            "Mahmoud Zayed, his wife Rasha and their daughter Dana were killed in an alleged strike on their home"
            " in Marun on March 2nd 2024, while their son Karam was injured."
        ),
        killed=3,
        killed_low=3,
        wounded=1,
    ),
    Report(
        "names_identified_after_a_toll",
        (
            "Four people were killed in the alleged strike on the Odeh family car near Tell Hamra on June 9th "
            "2024. Those killed in the attack were identified as Samir Odeh, his brother Nabil Odeh, their cousin"
            " Rami Haddad and the driver, Walid Jaber."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "kin_named_between_commas",
        (
            "On March 12th 2024, Haitham Saleh was killed in an alleged airstrike on his home in Deir Sela. "
            "Haitham's son, 12-year-old Akram Saleh, and daughter Tala Saleh were also killed. His wife, Noor "
            "Fuad, was injured."
        ),
        killed=3,
        killed_low=3,
        wounded=1,
    ),
    Report(
        "named_wounded_who_later_died",
        (
            "On May 31st 2024, an alleged airstrike hit a car on Al-Helu Street in Marun. The attack resulted in "
            "the deaths of Tariq Darwish, Hamza Darwish and Omar Darwish. A fourth civilian, Nihad Auf, was "
            "seriously wounded and later died from his injuries."
        ),
        killed=4,
        killed_low=4,
        wounded=0,  # the hurt who died count as dead only
    ),
    Report(
        "vague_children_after_a_toll",
        (
            "At least 11 civilians were killed in an alleged strike on a school sheltering displaced families in "
            "Wadi Sela on August 3rd 2024. A number of children were reportedly among the dead, according to the "
            "Civil Defence."
        ),
        killed=11,
        killed_low=11,
    ),
    Report(
        "father_and_children_object",
        (
            "An alleged Israeli strike on a tent in the Mawasi area of Wadi Sela on July 12th 2024 killed a "
            "father and his three children."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "bodies_of_a_woman_and_daughters",
        (
            "On April 4th 2024, the Civil Defence recovered the bodies of a woman and her two daughters from the "
            "rubble of their home in Tell Hamra after an alleged airstrike."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "family_breakdown_between_dashes",
        (
            "Six members of one family – a couple, their three children and a grandmother – were killed in an "
            "alleged strike on their home in Marun on February 9th 2024."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "two_brothers_named_with_ages",
        (
            "Two brothers, Ahmed (14) and Yusuf (9), were killed when an alleged drone strike hit them near their"
            " school in Deir Sela on March 3rd 2024."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "according_to_one_while_another_put_the_toll",
        (
            "An alleged strike on a crowd in Tell Hamra on January 5th 2024 killed 12 civilians, according to "
            "Wafa, while Al Jazeera put the toll at 15."
        ),
        killed=15,
        killed_low=12,
    ),
    Report(
        "of_them_from_one_family",
        (
            "Eleven people were killed, eight of them from the Saleh family, when an alleged airstrike hit a "
            "residential building in Wadi Sela on December 12th 2023."
        ),
        killed=11,
        killed_low=11,
    ),
    Report(
        "elderly_man_and_grandson",
        (
            "An elderly man and his grandson were killed in an alleged airstrike on their farm east of Marun on "
            "August 8th 2024."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "killed_a_woman_injured_her_husband",
        (
            "On October 20th 2023, an alleged airstrike on a house in Tell Hamra killed a woman, identified as "
            "Huda Saleh, and injured her husband."
        ),
        killed=1,
        killed_low=1,
        wounded=1,
    ),
    Report(
        "more_died_of_wounds_next_day",
        (
            "At least three civilians were killed in an alleged shelling of the Harun neighbourhood on December "
            "1st 2023. Another two people died of their wounds the following day."
        ),
        killed=5,
        killed_low=5,
    ),
    Report(
        "toll_reached_after_injured_died",
        (
            "The alleged strike on the Sabri home on January 2nd 2024 killed five people. The Civil Defence later"
            " said the toll had reached eight, after three of the injured died in hospital."
        ),
        killed=8,
        killed_low=8,
    ),
    Report(
        "three_generations_after_a_colon",
        (
            "Three generations of the Khalil family were killed in an alleged strike on their home in Deir Sela "
            "on May 5th 2024: grandfather Omar Khalil, his son Adel Khalil and Adel's daughter Rana."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "child_identified_by_name",
        (
            "A child was killed in an alleged drone strike in Marun on June 30th 2024. The child, identified as "
            "6-year-old Lina Haddad, was playing outside her home."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "killed_and_injured_figures_then_named_injured",
        (
            "The Ministry of Health said nine people were killed and 22 injured in the alleged strike on the Sela"
            " bakery on March 9th 2024. Among the injured were five children."
        ),
        killed=9,
        killed_low=9,
        wounded=22,
    ),
    Report(
        "between_and_including_a_family_of_seven",
        (
            "Local sources reported that between 20 and 30 people were killed in an alleged strike on a school in"
            " Wadi Sela on July 16th 2024, including the Hamdan family of seven."
        ),
        killed=30,
        killed_low=20,
    ),
    Report(
        "killed_alongside_wife_and_named_children",
        (
            "Yasser Odeh was killed alongside his wife, Huda Odeh, and their children, Lina and Omar, in an "
            "alleged airstrike on their home in Marun on April 9th 2024."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "woman_and_her_child",
        (
            "On July 19th 2024, a woman and her child were reportedly killed when an alleged shell hit their tent"
            " in the Mawasi area of Wadi Sela."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "named_his_wife_and_their_children",
        (
            "Fadi Nassar, his wife, and their five children were killed in an alleged airstrike on their "
            "apartment in Bab Sharqi on November 11th 2023."
        ),
        killed=7,
        killed_low=7,
    ),
    Report(
        "named_along_with_members_of_his_family",
        (
            "The alleged strike on January 14th 2024 killed journalist Omar Saleh along with eight members of his"
            " family in their home in Deir Sela."
        ),
        killed=9,
        killed_low=9,
    ),
    Report(
        "deaths_of_two_named",
        (
            "Local sources reported the deaths of Tariq Mansour and Nabil Khoury in an alleged drone strike on a "
            "motorbike near Marun on May 2nd 2024."
        ),
        killed=2,
        killed_low=2,
    ),
    Report(
        "named_died_of_wounds",
        (
            "Ahmad Qasem, 19, died of his wounds in hospital on October 15th 2023, two days after an alleged "
            "airstrike on his street in Tell Hamra."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "first_name_described",
        (
            "Ahmed, a 12-year-old boy, was killed in an alleged drone strike near his school in Wadi Sela on "
            "March 21st 2024."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "described_then_named",
        (
            "A 3-year-old girl, Lina Haddad, was killed when an alleged shell hit her family's house in Marun on "
            "August 30th 2024."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "both_parents_and_children",
        (
            "Both parents and their four children were killed in an alleged airstrike on the Saleh family home in"
            " Tell Hamra on December 22nd 2023."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "children_with_the_youngest",
        (
            "Five children, the youngest aged two, were killed in an alleged strike on a playground in Deir Sela "
            "on September 1st 2024."
        ),
        killed=5,
        killed_low=5,
    ),
    Report(
        "from_two_families",
        (
            "An alleged airstrike on a building in Marun on October 30th 2023 killed six people from two "
            "families, the Saleh and Odeh families."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "according_to_one_source_semicolon_another",
        (
            "The alleged strike killed at least four people, including a child, according to Wafa; Shehab Agency "
            "reported five deaths."
        ),
        killed=5,
        killed_low=4,
    ),
    Report(
        "initially_one_then_rose",
        (
            "Initially one death was reported in the alleged strike on the Harun house, but the toll later rose "
            "to four as three more bodies were recovered."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "named_killed_said_relative",
        (
            "Mahmoud Darwish was killed in an alleged strike on his car in Tell Hamra on July 7th 2024, his "
            "brother said on Facebook."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "killing_one_injuring_named",
        (
            "On June 5th 2024, an alleged drone strike hit a motorbike in Deir Sela, killing Khaled Nasser and "
            "injuring his cousin Samer Nasser."
        ),
        killed=1,
        killed_low=1,
        wounded=1,
    ),
    Report(
        "martyred_named",
        (
            "Photojournalist Rami Khoury was martyred in an alleged airstrike on the press tent outside the "
            "Al-Noor hospital in Marun on January 20th 2024."
        ),
        killed=1,
        killed_low=1,
    ),
    Report(
        "lost_his_life_named",
        ("Hassan Odeh, 34, lost his life in an alleged strike on his workshop in Tell Hamra on February 15th 2024."),
        killed=1,
        killed_low=1,
    ),
    Report(
        "dead_named_as",
        (
            "An alleged strike hit the Nassar home in Bab Sharqi on March 8th 2024. The dead were named as Fadi "
            "Nassar, his mother Amal Nassar and his nephew Karim Nassar."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "toll_with_another_source_reporting",
        (
            "The alleged strike on the Marun bakery on April 1st 2024 killed at least seven people, with Wafa "
            "reporting nine deaths."
        ),
        killed=9,
        killed_low=7,
    ),
    Report(
        "toll_put_between",
        (
            "At least five people were killed in an alleged strike on a car in Tell Hamra on May 9th 2024. Local "
            "sources put the toll at between five and eight."
        ),
        killed=8,
        killed_low=5,
    ),
    Report(
        "bodies_recovered_including_named",
        (
            "The Civil Defence recovered the bodies of three people from the rubble of the Khalil home in Deir "
            "Sela on July 2nd 2024, including that of Omar Khalil."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "killed_and_injured_with_sources_on_wounded",
        (
            "Four civilians were killed and 11 others injured in an alleged strike on a market in Marun on August"
            " 12th 2024. Wafa reported that 14 people had been injured."
        ),
        killed=4,
        killed_low=4,
        wounded=14,
    ),
    Report(
        "named_killed_with_kin_in_object_list",
        (
            "The alleged strike on October 13th 2023 killed Abdulhadi Habib, his mother-in-law Buthina Tatar and "
            "her grandchild Amer Tatar."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "wounded_with_a_clause_of_children",
        (
            "On September 21st 2024, at least 20 people were killed in an alleged strike on a school in Wadi "
            "Sela. At least 29 others were injured in the incident, with dozens of children reportedly seriously "
            "injured."
        ),
        killed=20,
        killed_low=20,
        wounded=29,
    ),
    Report(
        "two_strikes_same_report_second_is_another_incident",
        (
            "On March 4th 2024, an alleged airstrike killed four civilians in the Saleh home in Marun. The "
            "incident is assessed separately from a strike an hour earlier in which nine people were killed."
        ),
        killed=4,
        killed_low=4,
    ),
    Report(
        "killed_as_was",
        ("Fifteen-year-old Sama Odeh was killed in the alleged strike, as was her brother Yahya Odeh."),
        killed=2,
        killed_low=2,
    ),
    Report(
        "killed_and_named_survivor",
        (
            "Six members of the Darwish family were killed in the alleged strike. The family is survived by Abeer"
            " Darwish, who was not at home."
        ),
        killed=6,
        killed_low=6,
    ),
    Report(
        "injured_list_with_ages_in_brackets",
        (
            "Two civilians were killed and three injured in an alleged strike on a car in Tell Hamra. The injured"
            " were named as Lina Sabri (7), Omar Sabri (5) and Hala Sabri (2)."
        ),
        killed=2,
        killed_low=2,
        wounded=3,
    ),
    Report(
        "killed_including_named_in_brackets",
        (
            "At least three people, including 12-year-old Adam Haddad (the son of a local doctor), were killed in"
            " an alleged shelling of Deir Sela on June 6th 2024."
        ),
        killed=3,
        killed_low=3,
    ),
    Report(
        "a_child_and_three_women_among",
        (
            "At least ten people were killed in the alleged strike on the Marun market on April 18th 2024, among "
            "them a child and three women."
        ),
        killed=10,
        killed_low=10,
    ),
]


@pytest.mark.parametrize("report", REPORTS, ids=[r.structure for r in REPORTS])
def test_the_toll_of_an_incident_report(report: Report) -> None:
    assert toll_range(report.text, "killed") == (report.killed_low, report.killed)
    if report.wounded is not None:
        assert toll_range(report.text, "wounded")[1] == report.wounded
