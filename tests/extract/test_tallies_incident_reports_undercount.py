"""Strike reports of Gaza, the West Bank, south Lebanon, Syria and Yemen (2023-2024), written fresh
in the ways a civilian-harm monitor tells victims that a plain toll reader misses: a list of the dead
by name under an opening of its own, one more who died later (by rank, as kin not told before), a
described victim inside a list, the names of a family's members, others or kin beside one victim,
the dead of a second strike, kin a survivor lost, one more of the hurt "also" injured; and what
adds nothing (another strike on another day, fighters the strike killed, a list of some of the
dead).  Each case is the top of the range a monitor would record (the figure the benchmark
scores); near misses that must not change stand beside them.  The written reports close the file."""

from __future__ import annotations

import pytest

from tests.extract.tolls import assert_report, toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "identified the victims as:", a colon after "as"
        (
            "An alleged Israeli airstrike hit the Hamdouna home in Shujaiya on 3 December 2023. "
            "Relatives identified the victims as: Salem Hamdouna; Afaf Hamdouna; Yazan Hamdouna; Lujain Hamdouna.",
            4,
        ),
        # one of the list told by age, unnamed
        (
            "A strike hit a house in Beit Lahia on 2 November 2023. The civil defence identified the victims as: "
            "Hatem Abu Rabie, Samia Abu Rabie and a 3-year-old boy whose name was not released.",
            3,
        ),
        # "the victims identified by ... were:"
        (
            "An alleged Israeli strike hit a flat in the Nasr neighbourhood on 8 January 2024. The victims "
            "identified by neighbours were: Kamal Sarsour, 52, his wife Najwa, 47, their son Bilal, and their "
            "granddaughter Tala, 5.",
            4,
        ),
        # "the victims, according to a cousin, were:", opening on a kin word
        (
            "An alleged Israeli airstrike destroyed the Abu Ziyada home in Bureij on 28 December 2023. The "
            "victims, according to a cousin, were: the grandfather, Rashad, 71; his son Iyad, 39; Iyad's wife "
            "Manar, 35; and their daughters Haya, 9, and Rital, 6.",
            5,
        ),
        # a label opening a table-like list
        (
            "An alleged Israeli strike hit a car near the Nuseirat roundabout on 12 June 2024. "
            "Victims identified: Mahmoud Hweiti (33); Anas Hweiti (28); Karim Shaath (40).",
            3,
        ),
        (
            "A drone strike hit a house in the village of Houla in south Lebanon on 20 October 2024. "
            "Victims: Hussein Qasim; his wife Zeinab; his mother Fatima.",
            3,
        ),
        # "those killed were" running into the names and kin words
        (
            "An alleged Israeli airstrike hit a home in the Tuffah area on 7 December 2023. A relative wrote on "
            "Facebook that those killed were his uncle Marwan Jundi, his wife Lamis, their sons Adam and Zaid, "
            "and Marwan's brother-in-law Fouad Sukkar.",
            5,
        ),
        # no colon: the names run on from "were"
        (
            "An alleged Israeli airstrike hit a house in the Zeitoun neighbourhood on 12 November 2023. The "
            "victims were Fuad Dughmush, his wife Rana and their son Jihad.",
            3,
        ),
        (
            "An alleged Israeli strike hit a car in the Mawasi area on 3 August 2024. The names of the victims "
            "were Bilal Abu Taha, Saed Abu Taha and Kamal Shurrab.",
            3,
        ),
        (
            "An alleged Israeli strike hit a flat in Deir al-Balah on 19 April 2024. The civilians killed were "
            "identified as Maher Hassouna, his wife Suad and their son Ayham.",
            3,
        ),
        # the opening reads the first names as figures of one: the list counts them all
        (
            "A strike hit the home of the Abu Amra family in Beit Hanoun on 14 November 2023. Those killed were "
            "identified as Suhail Abu Amra, 58; his wife, Rasmiya, 52; their daughter, Shahd, 20; and their son, "
            "Yamen, 16.",
            4,
        ),
    ],
)
def test_a_list_of_the_dead_under_its_own_opening_is_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "among those killed were": some of the dead, not a count of them
        (
            "At least nine people were killed in an alleged Israeli strike on a house in Jabalia on 22 October "
            "2023, WAFA said. Among those killed were Nidal Rayyan, his wife Amani and their son Hamza.",
            9,
        ),
        (
            "At least nine people were killed in an alleged Israeli strike on a house in Jabalia on 22 October "
            "2023, WAFA said. Among the victims were Nidal Rayyan, his wife Amani and their son Hamza.",
            9,
        ),
        # the names after a figure that counts more
        (
            "At least 12 people were killed in an alleged Israeli strike on a house in Jabalia on 22 October "
            "2023. The victims were Nidal Rayyan, his wife Amani and their son Hamza.",
            12,
        ),
        # people of a kind, no names
        (
            "An alleged Israeli strike hit a house in Jabalia on 22 October 2023, killing four people. The "
            "victims were Palestinians displaced from Beit Hanoun.",
            4,
        ),
        # a list of the injured is no list of the dead
        (
            "An alleged Israeli strike hit a flat in Khan Younis on 5 December 2023, killing two people. The "
            "injured victims were: Saber Lafi, Amal Lafi and Hani Lafi.",
            2,
        ),
        # the list told after a figure that counts the same people
        (
            "Five members of the Shaqoura family were killed in an alleged Israeli strike in Khan Younis on 3 "
            "January 2024. Victims identified: Atef Shaqoura; Rana Shaqoura; Omar Shaqoura; Zina Shaqoura; Ali "
            "Shaqoura.",
            5,
        ),
    ],
)
def test_lists_that_are_no_new_count_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # one more by rank, of a trade, even as a source tells it
        (
            "An Israeli strike on a civil defence centre in the village of Tayr Harfa in south Lebanon on 4 "
            "April 2024 killed three paramedics, the health ministry said. The ministry later said that a "
            "fourth paramedic, who had been critically injured, had died in hospital.",
            4,
        ),
        (
            "Two journalists were killed when a drone hit their car near Khan Younis on 7 January 2024, the "
            "Government Media Office said. A third journalist died of his wounds a day later, the office said.",
            3,
        ),
        # how the one more was hurt, told between commas
        (
            "An Israeli raid on the town of Tammun on 8 January 2025 left two men dead, the Palestinian "
            "health ministry said. A third man, wounded in the raid, died two days later, the ministry said.",
            3,
        ),
        (
            "A drone strike on a motorcycle near Marjayoun killed two people on 3 May 2024, the National News "
            "Agency said. A third person, critically wounded in the strike, died in hospital on Sunday.",
            3,
        ),
    ],
)
def test_one_more_by_rank_who_died_later_raises_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # one more by rank who was hurt, not killed
        (
            "An Israeli strike on an ambulance in the town of Bazouriyeh killed three paramedics on 27 March "
            "2024, the health ministry said. The ministry said a fourth paramedic was wounded.",
            3,
        ),
        # a verb with its object after a comma is no aside
        ("Gunmen killed two people, injured 14, and torched three cars in the village.", 2),
    ],
)
def test_a_rank_or_a_participle_that_adds_no_one_leaves_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a named victim described between commas, then the rest of the list
        (
            "An alleged Israeli airstrike killed members of the Baker family in the Shati camp on 12 October "
            "2023. A post on Facebook said the dead included Ismail Baker, a fisherman, his two wives and four "
            "of his children.",
            7,
        ),
        (
            "A drone strike on a house in Aita al-Shaab on 26 October 2024 killed Hassan Fneish, a farmer, his "
            "wife Samira and their two sons, the National News Agency said.",
            4,
        ),
        (
            "An alleged Israeli strike on a clinic in Jabalia on 16 November 2023 killed a nurse, Sara Abed, "
            "her son and two neighbours, the Ministry of Health said.",
            4,
        ),
    ],
)
def test_a_list_of_the_dead_goes_on_past_a_description_between_commas(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # who said it, after the described one
        ("An alleged Israeli strike on 3 March 2024 killed Ahmad Shurrab, a fisherman, police said.", 1),
        # where, after the described one
        ("An alleged Israeli strike on 3 March 2024 killed Ahmad Shurrab, a fisherman, in the village of Zawaida.", 1),
        # the described one named, then "and"
        ("An alleged Israeli strike in Rafah on 2 May 2024 killed a nurse, Sara Abed, and her son.", 2),
    ],
)
def test_a_described_victim_with_no_list_after_stays_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged Israeli airstrike on the Shbeir home in Khan Younis on 13 November 2023 killed a father "
            "and his three children, WAFA said. Their mother, who was seriously injured, died of her wounds two "
            "days later, her brother wrote.",
            5,
        ),
        (
            "An alleged Israeli strike on a tent in al-Mawasi killed a man and his two sons on 2 July 2024, "
            "the Nasser hospital said. Their grandmother died of her injuries the following week.",
            4,
        ),
        (
            "A drone strike on a house in the village of Kfar Roummane on 7 August 2024 killed a woman and her "
            "daughter, the health ministry said. The woman's husband, Ali Nasrallah, later died in hospital.",
            3,
        ),
    ],
)
def test_kin_not_told_before_who_died_of_wounds_later_raises_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the kin told among the dead before: told again
        (
            "An alleged Israeli strike on a house in Deir al-Balah on 4 January 2024 killed a mother and her "
            "three children, WAFA said. Their mother died of her wounds in hospital, a relative said.",
            4,
        ),
        # the kin of the dead who mourns is no victim
        (
            "An alleged Israeli strike in Beit Lahia on 9 November 2023 killed two brothers, Omar and Karim "
            "Jarou, WAFA said. Their mother said she had lost everything.",
            2,
        ),
    ],
)
def test_kin_told_before_or_mourning_leaves_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the names of the family's dead, published later, raise the lead
        (
            "At least 20 people were killed in an alleged Israeli strike on the Mughrabi family home in Gaza City "
            "on 8 December 2023. The Ministry of Health published the names of 23 members of the family a week "
            "later.",
            23,
        ),
        # the only count of a report that gives no figure
        (
            "An alleged Israeli airstrike destroyed the Ghannam home in Rafah on 21 November 2023. Relatives "
            "shared the names of nine members of the Ghannam family.",
            9,
        ),
    ],
)
def test_the_names_of_the_family_members_count_the_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # members of something other than a family
        (
            "At least 30 people were killed in an alleged Israeli strike on a market in Jabalia on 20 October "
            "2023. The army released the names of four members of the cell it said it had targeted.",
            30,
        ),
    ],
)
def test_the_names_of_members_of_no_family_add_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A drone strike killed Hamas official Khalil Maqdah in the city of Sidon on 21 August 2023. Lebanese "
            "state media said three other people were killed in the strike.",
            4,
        ),
        (
            "An Israeli drone strike killed a man on a motorcycle near Tyre on 3 March 2024. Two other people "
            "were killed in the strike, the National News Agency said.",
            3,
        ),
        # one and his kin, then others
        (
            "A drone strike killed a man and his son in Nabatieh on 14 February 2024. Two other people were "
            "killed in the strike, the health ministry said.",
            4,
        ),
    ],
)
def test_others_by_number_beside_one_victim_raise_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the rest of a group told before
        ("A drone strike on a car near Bint Jbeil on 5 May 2024 killed a man. The other two were injured.", 1),
        # others beside a figure of more may be of it
        (
            "At least 12 people were killed in an alleged Israeli strike on a house in Rafah on 9 February 2024. "
            "Two other people were killed in the strike, WAFA said.",
            12,
        ),
    ],
)
def test_others_of_a_group_or_beside_a_figure_of_more_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a victim of another strike on another day, after the report's own
        (
            "An alleged Israeli strike hit the home of the Shurafa family in Khan Younis on 17 October 2023. "
            "Ibrahim Shurafa was killed along with his wife and three of their children, a relative said. His "
            "brother Jamal, who lived next door, was killed in another strike on the same street the following day.",
            5,
        ),
        (
            "An alleged Israeli strike hit a house in the Amal neighbourhood of Khan Younis on 2 December 2023, "
            "killing six people, WAFA said. Two days later, another strike on the same house killed three people.",
            6,
        ),
    ],
)
def test_another_strike_on_another_day_is_another_incident(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # another strike minutes later on the same target: the same attack
        (
            "An alleged Israeli strike hit a house in the Amal neighbourhood of Khan Younis on 2 December 2023, "
            "killing six people, WAFA said. Minutes later, another strike on the same house killed three people.",
            9,
        ),
    ],
)
def test_another_strike_the_same_hour_adds_its_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # one more by rank, told as the kin of someone before, between commas
        (
            "A drone strike hit a house in the village of Majdal Selm on 12 April 2024, killing two people, "
            "Lebanese media said. A third person, the fighter's father, died the next day of his wounds, "
            "according to the health ministry.",
            (3, 0),
        ),
        (
            "An alleged Israeli strike on a car near Jenin on 6 June 2024 killed two men, the ministry said. "
            "A woman, the driver's mother, was injured.",
            (2, 1),
        ),
    ],
)
def test_kin_of_someone_told_between_commas_is_an_aside(text: str, counts: tuple[int, int]) -> None:
    assert (toll_top(text, "killed"), toll_top(text, "wounded")) == counts


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least three civilians were killed in an alleged Israeli drone strike on a motorcycle in Aitaroun "
            "on 21 November 2023, the National News Agency said. Half an hour later, a second strike hit a house "
            "on the edge of the village, killing a woman, the agency said.",
            4,
        ),
        (
            "Two paramedics were killed when an Israeli strike hit an ambulance in Naqoura on 9 March 2024, the "
            "health ministry said. A follow-up strike on the rescuers who arrived killed three more people, "
            "the ministry added.",
            5,
        ),
    ],
)
def test_the_dead_of_a_second_strike_of_the_attack_add_to_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a second strike with no dead of its own
        (
            "At least three civilians were killed in an alleged Israeli drone strike on a motorcycle in Aitaroun "
            "on 21 November 2023. A second strike hit the house next door, residents said.",
            3,
        ),
        # a second strike on another day: another incident
        (
            "An alleged Israeli strike on a house in Jabalia killed five people on 9 November 2023, WAFA said. Two "
            "days later, another strike on the same street killed two people.",
            5,
        ),
    ],
)
def test_a_second_strike_without_dead_or_on_another_day_adds_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # one more of the hurt, told with "was also"
        (
            "On 9 March 2024, an alleged Israeli airstrike hit a tent in al-Mawasi, killing a displaced couple. "
            "Their son Yahya was injured and taken to the Nasser hospital. A neighbour in a nearby tent was also "
            "injured, medics said.",
            2,
        ),
        (
            "A drone strike on a car near Bint Jbeil on 8 May 2024 killed two men. A passer-by was also wounded.",
            1,
        ),
    ],
)
def test_one_more_also_hurt_adds_to_the_wounded(text: str, wounded: int) -> None:
    assert toll_top(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # one told before, again
        (
            "On 9 March 2024, an alleged Israeli airstrike hit a tent in al-Mawasi, killing a displaced couple. "
            "Their son Yahya was injured and taken to the Nasser hospital. The boy was also injured in the legs.",
            1,
        ),
        # hurt in another incident
        (
            "On 9 March 2024, an alleged Israeli airstrike hit a tent in al-Mawasi, killing a displaced couple. "
            "Their son Yahya was injured. A neighbour was also injured in a separate strike the same evening.",
            1,
        ),
    ],
)
def test_one_told_again_or_kin_also_hurt_leave_the_wounded(text: str, wounded: int) -> None:
    assert toll_top(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the strike told before, the subject of the fighters' verb: among its dead
        (
            "An alleged Israeli strike hit a tent camp near the Kuwaiti hospital in Rafah on 26 May 2024. The "
            "Ministry of Health said at least 45 people were killed. The Israeli military said the strike killed "
            "two Hamas commanders.",
            45,
        ),
        (
            "At least 22 people were killed in an Israeli strike on the al-Tabi'in school in Gaza City on 10 "
            "August 2024, the civil defence said. The army said the strike had killed 19 militants.",
            22,
        ),
    ],
)
def test_fighters_the_strike_killed_are_among_its_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # told as more
        (
            "An alleged Israeli strike hit a tent camp near the Kuwaiti hospital in Rafah on 26 May 2024. The "
            "Ministry of Health said at least 45 people were killed. The Israeli military said the strike also "
            "killed two Hamas commanders.",
            47,
        ),
    ],
)
def test_fighters_told_as_more_add_to_the_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a survivor's kin lost, told by kin words of a whole family
        (
            "An alleged Israeli airstrike on a house in the Yibna area of Rafah on 19 November 2023 wiped out "
            "the Abu Lebda family, relatives said. The family's eldest son, who works in Qatar, posted that he "
            "had lost his mother, his father and his four siblings.",
            6,
        ),
        (
            "A drone strike hit a house in the village of Srifa on 2 October 2024. A teacher from the village "
            "said he lost his two grandchildren in the strike.",
            2,
        ),
    ],
)
def test_kin_a_survivor_lost_are_the_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a survivor named, mourning, is no victim
        (
            "An alleged Israeli strike killed three members of the Abu Lebda family in Rafah on 19 November "
            "2023, WAFA said. Their cousin Mahmoud, who survived, said he had lost everything.",
            3,
        ),
    ],
)
def test_a_survivor_who_lost_no_kin_told_by_word_adds_nothing(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 12 November 2023, an alleged Israeli strike killed Osama Fayyad, his wife Ruba and his mother "
            "Hanan in their home in Khan Younis, a relative said. Another relative later reported that Osama's "
            "two brothers, who lived in the same building, were also killed.",
            5,
        ),
        (
            "An Israeli drone strike killed the journalist Hamza Dahdouh in Rafah on 7 January 2024, the Government "
            "Media Office said. His three cousins were also killed, a colleague said.",
            4,
        ),
    ],
)
def test_counted_kin_beside_one_victim_raise_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the kin told before: told again
        (
            "An alleged Israeli strike killed Ahmad Saleh and his two sons in Rafah on 2 May 2024. His two sons "
            "were killed with him as they slept.",
            3,
        ),
        # kin beside a figure of more may be of it
        (
            "At least five people were killed in an alleged Israeli strike in Rafah on 2 May 2024, among them "
            "Khaled Zorob. His three children were also killed.",
            5,
        ),
    ],
)
def test_counted_kin_told_before_or_beside_a_figure_of_more_leave_the_toll(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 14 January 2024, an Israeli airstrike killed a man gathering firewood in the al-Mawasi area, his "
            "family said. His son Ismail was wounded and later died in the Kuwaiti hospital.",
            2,
        ),
        (
            "An Israeli drone strike killed a woman on the road out of Houla on 3 May 2024, the National News "
            "Agency said. Her husband was also killed.",
            2,
        ),
    ],
)
def test_the_kin_of_one_victim_opening_a_later_sentence_is_one_more(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the kin beside a figure of more may be of it
        (
            "At least five people were killed in an alleged Israeli strike in Rafah on 2 May 2024. His son "
            "Ismail was wounded and later died.",
            (5, 0),
        ),
        # the hurt kin of one hurt: told again as often as not
        (
            "A man was injured when a drone hit his car near Jenin on 9 June 2024. His son was injured too.",
            (0, 1),
        ),
    ],
)
def test_the_kin_beside_a_figure_of_more_or_of_the_hurt_add_nothing(text: str, counts: tuple[int, int]) -> None:
    assert (toll_top(text, "killed"), toll_top(text, "wounded")) == counts


# Whole reports written for this round (Gaza, the West Bank, south Lebanon, Syria, Yemen; 2023-2024), each
# with the killed toll a monitor would take as its best estimate (the top its sources support) and the
# wounded where a number is told.  Those marked "held" were kept back while the rules above were made.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        pytest.param(
            "On the night of 19 October 2023, an alleged Israeli airstrike hit the home of the Shamali "
            "family in the Tuffah neighbourhood of Gaza City. Local sources said the strike came without "
            "warning. A relative wrote on Facebook that those killed were his uncle Nabil Shamali, his wife "
            "Amal, their sons Omar and Yousef, and Nabil's brother-in-law Sami Hijazi. Photographs published "
            "by Shehab Agency showed rescuers digging through the rubble with their hands. Nabil's daughter "
            "Reem, who was staying with relatives in Rafah, survived. All sources attributed the strike to "
            "Israeli forces.",
            5,
            None,
            id="dev000",
        ),
        pytest.param(
            "At least six people were killed in an alleged Israeli strike on a house in the Brazil "
            "neighbourhood of Rafah on 9 February 2024. The Palestinian Information Center reported six dead "
            "and eleven injured. Two days later, the civil defence said the bodies of two more people had "
            "been pulled from the rubble of the house. The family posted the names of the victims and asked "
            "for prayers. The local time of the incident is unknown.",
            8,
            11,
            id="dev001",
        ),
        pytest.param(
            "On 27 November 2023, the al-Masri home in Beit Hanoun was struck by what sources described as "
            "an Israeli missile. Four members of the family were killed at once, according to WAFA. A fifth, "
            "16-year-old Karim al-Masri, died of his wounds in al-Awda hospital the following morning, his "
            "cousin wrote. Several other people were hurt, among them neighbours. Sources uniformly blamed "
            "Israeli forces.",
            5,
            None,
            id="held002",
        ),
        pytest.param(
            "An alleged Israeli airstrike flattened a three-storey building in Khan Younis on 2 December "
            "2023. Among the dead were the physician Dr. Raed Abu Shanab, his mother Fatima and his two "
            "daughters, local journalists said. The Ministry of Health put the toll at 14 killed and more "
            "than 30 injured. A post on Telegram by Quds News Network gave a lower figure of 11 dead. Rescue "
            "work continued into the night.",
            14,
            30,
            id="dev003",
        ),
        pytest.param(
            "On 4 January 2024, a 7-year-old girl and her 3-year-old brother were killed when an alleged "
            "Israeli tank shell struck their family's tent in al-Mawasi, west of Khan Younis. Their mother "
            "was seriously injured, according to a paramedic quoted by Al Jazeera. The children's uncle "
            "posted photographs of the two siblings on Instagram. No other casualties were reported. All "
            "sources attributed the shelling to Israeli forces.",
            2,
            1,
            id="dev004",
        ),
        pytest.param(
            "On 15 October 2023, an alleged Israeli airstrike hit a house in Deir al-Balah belonging to the "
            'Abu Jarad family. A Facebook post by a family friend read: "Seven martyrs from the Abu Jarad '
            'family, among them four children. May God have mercy on them." Another post gave the names of '
            "five of the dead. Shehab News said several people were injured. The incident occurred shortly "
            "after midnight.",
            7,
            None,
            id="held005",
        ),
        pytest.param(
            "At least three civilians were reported killed in an alleged Israeli drone strike on a "
            "motorcycle in the town of Bint Jbeil in south Lebanon on 21 November 2023. Lebanon's National "
            "News Agency named the dead as Ali Bazzi, his brother Ibrahim and their neighbour Hussein Saad. "
            "Half an hour later, a second strike hit a house on the edge of the town, killing a woman, the "
            "agency said. Israeli forces said they had struck Hezbollah targets in the area. Residents said "
            "none of the victims belonged to an armed group.",
            4,
            None,
            id="dev006",
        ),
        pytest.param(
            "Several sources reported that a strike on a school sheltering displaced families in the Zeitoun "
            "neighbourhood on 8 August 2024 killed 15 people. The Government Media Office later raised the "
            "toll to 19, including five children. The civil defence spokesman said the number of wounded had "
            "reached 40. Israeli forces said the school housed a command centre. Airwars could not confirm "
            "the identities of all the victims.",
            19,
            40,
            id="dev007",
        ),
        pytest.param(
            "An alleged Israeli airstrike hit the home of the Abu Naja family in Nuseirat camp on 30 October "
            "2023. Victims identified: Hamza Abu Naja (41); Samar Abu Naja (38); Lina Abu Naja (12); Adam "
            "Abu Naja (9); Tala Abu Naja (4). The Ministry of Health list published on 26 October did not "
            "yet include the family. Neighbours reported injuries but gave no figure. All sources blamed "
            "Israeli forces.",
            5,
            None,
            id="held008",
        ),
        pytest.param(
            "On 12 December 2023, the entire Saqqa family was wiped out in an alleged Israeli airstrike on "
            "their home in the al-Amal neighbourhood of Khan Younis, according to relatives. A post by the "
            "family's mosque said eleven members of the Saqqa family were killed. Among them were the "
            "grandfather Hasan Saqqa and his six grandchildren. The local time of the incident is unknown. "
            "All sources attributed the strike to Israel.",
            11,
            None,
            id="dev009",
        ),
        pytest.param(
            "A drone strike hit a car on the road between Jenin and Tubas in the occupied West Bank on 3 "
            "January 2024, killing two men, the Palestinian health ministry said. The ministry named them as "
            "Mahmoud Sbeih, 24, and Qais Daraghmeh, 27. Israeli forces said the men were members of an armed "
            "cell. A third man in the car, Wael Sawafta, was moderately injured. Daraghmeh's father told "
            "reporters that his son had been on his way to work.",
            2,
            1,
            id="dev010",
        ),
        pytest.param(
            "On 7 May 2024, an alleged Israeli airstrike hit a residential block in the al-Shaboura area of "
            "Rafah. WAFA reported that five people were killed. In a later update, the Palestinian Red "
            "Crescent said the death toll had risen to eight after three of the wounded died in hospital. "
            "Around 20 people were injured, the Red Crescent said. Israeli forces did not comment.",
            8,
            20,
            id="held011",
        ),
        pytest.param(
            "On 25 October 2023, a missile struck the Abu Dayya home in Jabalia camp. Ahmad Abu Dayya, 35, "
            "was killed along with his wife Nisreen and their three children, Mira, Khaled and the infant "
            "Sanad. Ahmad's mother, who lived on the floor below, was pulled alive from the rubble. Ahmad's "
            'colleague at UNRWA posted a tribute to him: "Ahmad was the kindest teacher I knew." Sources '
            "attributed the strike to Israeli forces.",
            5,
            None,
            id="dev012",
        ),
        pytest.param(
            "On 20 October 2023, an alleged Israeli airstrike killed at least nine people in the al-Zahra "
            "area south of Gaza City, according to Palestine TV. The bodies of four more people were "
            "recovered from the rubble of the building six days later, a civil defence statement said. Other "
            "sources gave a toll of nine. Dozens of people were reportedly injured. All sources attributed "
            "the attack to Israel.",
            13,
            None,
            id="dev013",
        ),
        pytest.param(
            "On 29 December 2023, an alleged Israeli strike hit the home of the Hamouda family in Maghazi "
            'camp. Shehab Agency reported "martyrs and injured" in the bombing without giving a number. '
            "Later that day, a relative posted that twelve members of the family had been killed. The names "
            "of ten of them were posted by a neighbour. A photograph showed three of the dead wrapped in "
            "white shrouds.",
            12,
            None,
            id="held014",
        ),
        pytest.param(
            "An Israeli drone strike on a car near the town of Nabatieh in south Lebanon on 14 August 2024 "
            "killed a man and his 10-year-old son, Lebanon's health ministry said. The ministry said three "
            "other people were injured. Hezbollah later mourned one of its members, though it was not clear "
            "whether he was the man killed in the car. The Israeli military said it had struck a Hezbollah "
            "operative. Local media named the father as Hassan Jaber.",
            2,
            3,
            id="dev015",
        ),
        pytest.param(
            "On 16 November 2023, civilians were killed in an alleged Israeli airstrike on a house in the "
            'Sheikh Radwan neighbourhood. A post on X by a local journalist read: "Three martyrs and several '
            'injured in the bombing of the Haddad house in Sheikh Radwan." A second post named the dead as '
            "Ayman Haddad, his son Fadi and his nephew Rami. The post mourned Ayman as a beloved neighbour. "
            "All sources attributed the strike to Israeli forces.",
            3,
            None,
            id="dev016",
        ),
        pytest.param(
            "An alleged Israeli airstrike on the Abu Hashem home in Bani Suheila on 11 March 2024 killed a "
            "woman and her four children, according to WAFA. The woman's husband, who was out buying bread, "
            "survived. A relative named the children as Jana, 11, Malak, 8, Yazan, 6, and Ali, 2. Several "
            "neighbours were injured. The time of the strike was reported as around 3 a.m.",
            5,
            None,
            id="held017",
        ),
        pytest.param(
            "On 3 November 2023, an airstrike hit a house in Deir al-Balah. According to Palestine Online, "
            "seven people were killed. According to the Ministry of Interior, the toll was nine, including "
            "three children. A relative of the family said the toll was nine. Around 15 people were injured.",
            9,
            15,
            id="dev018",
        ),
        pytest.param(
            "A strike on a building in the Daraya area of Damascus on 1 April 2024 killed a Syrian civilian, "
            "state media reported. The Syrian Observatory for Human Rights said two civilians and three "
            "members of an Iran-backed militia were killed. SANA said the strike also wounded four people. "
            "Israeli officials declined to comment on the strike. The building was reportedly used by a "
            "militia commander.",
            5,
            4,
            id="dev019",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a source's militia members are set apart as fighters; the monitor's top counts every source's dead",
            ),
        ),
        pytest.param(
            "On the afternoon of 22 November 2023, an alleged Israeli airstrike hit the Abu Musa family home "
            "in Khan Younis. The Palestinian Information Center reported that 12 people were killed. Among "
            "those killed were Mahmoud Abu Musa, a teacher, his wife Suha and their daughter Asil, according "
            "to a cousin. The cousin also mourned his friend Hani, who was killed in a separate strike in "
            "Rafah the same week. All sources attributed the attack to Israel.",
            12,
            None,
            id="held020",
        ),
        pytest.param(
            "At least 17 people were killed when an alleged Israeli airstrike hit a house in the Tal "
            "al-Sultan area of Rafah on 20 April 2024, the Kuwaiti Hospital said. Of those killed, 14 were "
            "children, according to a hospital official. A baby girl was delivered alive by emergency "
            "caesarean from her mother, who was among those killed; the baby died days later. The civil "
            "defence said that rescue teams were still searching for others under the rubble. All sources "
            "blamed Israeli forces.",
            18,
            None,
            id="dev021",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a baby delivered from her dying mother, who died days later, is not read as one more",
            ),
        ),
        pytest.param(
            "Two men were killed during an Israeli raid on the Nur Shams refugee camp near Tulkarm on 19 "
            "October 2023, the Palestinian health ministry said. Later in the day a drone strike on the camp "
            "killed a further five people, including a 15-year-old boy. The ministry said 13 people were "
            "killed in total in the raid. More than 20 people were injured. Israeli forces said they had "
            "killed militants in the camp.",
            13,
            20,
            id="dev022",
        ),
        pytest.param(
            "An alleged Israeli strike on a house in Deir al-Balah on 5 January 2024 killed a father, a "
            "mother and their three sons, the Ministry of Health said. Palestine TV named the family as the "
            "al-Ashi family. A week later, the family's eldest daughter, who had been critically injured in "
            "the strike, died in hospital, her aunt wrote on Facebook. The aunt wrote that the whole family "
            "was now gone. All sources blamed Israel.",
            6,
            None,
            id="held023",
        ),
        pytest.param(
            "On 23 October 2023, an alleged Israeli airstrike hit a residential square in Jabalia camp. The "
            "names of those killed were posted by the camp's popular committee: 1. Sami Abu Warda; 2. Iman "
            "Abu Warda; 3. Ibrahim Sultan; 4. Reem Sultan; 5. Hazem Qudaih; 6. Yasmin Qudaih; 7. Khaled Eid. "
            'Shehab Agency said "dozens" were injured. Civil defence teams worked through the night.',
            7,
            None,
            id="dev024",
        ),
        pytest.param(
            "An alleged Israeli airstrike hit the home of the Shurrab family in Khan Younis on 14 October "
            "2023. Shurrab family members said 8 people had been killed. Sami Shurrab, whose father and two "
            "brothers were among the dead, said he had been pulled from the rubble by neighbours. Sami said: "
            '"I lost my father, Abu Sami, and my brothers Rami and Wael." Sources blamed Israeli forces for '
            "the strike.",
            8,
            None,
            id="dev025",
        ),
        pytest.param(
            "A strike attributed to the US-led coalition hit a building in Sanaa, Yemen, on 12 January 2024. "
            "Houthi-run al-Masirah TV said five people were killed, all members of the Houthi forces. A "
            "local rights group said a civilian guard of the building was also killed. Six people were "
            "wounded, according to al-Masirah. The US said its strikes targeted radar sites.",
            6,
            6,
            id="held026",
            marks=pytest.mark.xfail(
                strict=True, reason="a civilian guard 'also killed' after five fighters is read as one of them"
            ),
        ),
        pytest.param(
            "On 18 January 2024, an alleged Israeli airstrike hit a home in the Sabra neighbourhood of Gaza "
            "City. Relatives said the strike killed the grandmother, Umm Fadi al-Hajj, along with her "
            "daughter Nour, her son-in-law Bassam and three grandchildren. The grandmother's son, Fadi, was "
            "in the south at the time and survived. The Ministry of Health later published the names of six "
            "members of the al-Hajj family. All sources blamed Israeli forces.",
            6,
            None,
            id="dev027",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the list after 'killed the grandmother, Umm Fadi al-Hajj, along with' stops at the name told after the kin word",
            ),
        ),
        pytest.param(
            "An alleged Israeli strike hit a group of people gathered near the Kuwait roundabout in Gaza "
            "City on 23 February 2024. WAFA initially said that ten people were killed. The Ministry of "
            "Health later said 12 people were killed and more than 30 wounded. Al Jazeera, citing the "
            "Ministry, gave the same figure. The people had gathered to wait for aid trucks.",
            12,
            30,
            id="dev028",
        ),
        pytest.param(
            "On 28 October 2023, an alleged Israeli airstrike on the house of the Abu Rukbah family in "
            "Jabalia killed a 5-year-old boy, his 9-year-old sister and their 34-year-old mother, according "
            "to a family post. Their father survived with serious injuries. A cousin said the family had "
            "moved to the house three days earlier. The local time of the incident is unknown. All sources "
            "attributed the attack to Israel.",
            3,
            1,
            id="held029",
        ),
        pytest.param(
            "On 26 September 2024, an Israeli airstrike hit a house in the village of Aitaroun in south "
            "Lebanon. The Lebanese health ministry said nine people were killed, including four Syrian "
            "workers. Two days later, rescuers recovered the bodies of two children from the rubble, the "
            "ministry said, bringing the toll to 11. Six people were wounded. Israel said it was targeting "
            "Hezbollah infrastructure.",
            11,
            6,
            id="dev030",
        ),
        pytest.param(
            "An alleged Israeli strike hit the home of the al-Najjar family in the Salah al-Din "
            "neighbourhood of Khan Younis on 17 October 2023. Muhammad al-Najjar was killed along with his "
            "wife and four of their children, a relative said. His brother Ahmad, who lived next door, was "
            "killed in another strike on the same street the following day. Neighbours said the family had "
            "no links to any armed group. All sources blamed Israeli forces.",
            6,
            None,
            id="dev031",
        ),
        pytest.param(
            "On 12 October 2023, an alleged Israeli airstrike killed members of the Dalloul family at their "
            "home in the Zeitoun area. According to one source, those killed included Mahmoud Dalloul, 60; "
            "his wife Zainab, 55; their son Ismail, 32; Ismail's wife Hala, 28; and their children, the "
            "twins Yara and Yasmin, aged 4. Another source reported that six people had been killed in the "
            "house. Ismail's brother Tamer described finding the bodies of his family. The time of the "
            "strike is unknown.",
            6,
            None,
            id="held032",
        ),
        pytest.param(
            "At least 22 people were killed in an Israeli strike on the al-Tabi'in school in Gaza City on 10 "
            "August 2024, according to the Civil Defence. The Government Media Office later said that more "
            "than 90 people were killed. The Israeli military said 19 militants were among the dead and "
            "disputed the ministry's toll. Dozens were injured. The school was sheltering displaced families "
            "at the time of the strike.",
            90,
            None,
            id="dev033",
        ),
        pytest.param(
            "On 9 March 2024, an alleged Israeli airstrike hit a tent in the Mawasi area of Khan Younis, "
            "killing a displaced couple, sources said. The couple, Hamdi and Suad al-Astal, had fled from "
            "Gaza City in November. Their son Mousa was injured and taken to the Nasser hospital. A "
            "neighbour in a nearby tent was also injured. All sources blamed Israeli forces.",
            2,
            2,
            id="dev034",
        ),
        pytest.param(
            "An alleged Israeli airstrike hit the home of the Kahlout family in the Sheikh Radwan district "
            "on 22 October 2023. Shehab Agency reported that seven were killed and others were injured. The "
            "following day, a post from the family said that a further three people had died of their wounds "
            "in al-Shifa hospital. The family posted a picture of the funeral. Sources attributed the strike "
            "to Israel.",
            10,
            None,
            id="held035",
        ),
        pytest.param(
            "An Israeli drone hit a car in the town of Tyre in south Lebanon on 13 March 2024, killing one "
            "person, according to Lebanese state media. NNA said the person killed was a member of Hamas, "
            "identified as Hadi Mustafa. A passer-by was slightly wounded, NNA said. The Israeli military "
            "confirmed the strike. Mustafa had lived in the Rashidieh camp.",
            1,
            1,
            id="dev036",
        ),
        pytest.param(
            "On 31 October 2023, an alleged Israeli airstrike hit a residential block in the Jabalia refugee "
            "camp. The Indonesian hospital said dozens were killed. The Ministry of Interior said more than "
            "50 people were killed and 150 injured. A later count by the Ministry of Health put the number "
            "of dead at 110. Israeli forces said they had killed a Hamas commander in the strike.",
            110,
            150,
            id="dev037",
        ),
        pytest.param(
            "On 6 December 2023, a missile struck a house in the al-Bureij camp, killing four members of the "
            "Musleh family, the family said on Facebook. The dead were named as Amin Musleh, his son Hani, "
            "his daughter Duaa and his grandson Ahmed. The post named Hani twice, once in a list of the dead "
            "and again in a prayer. Relatives said Amin's wife survived with injuries. All sources "
            "attributed the attack to Israeli forces.",
            4,
            1,
            id="held038",
        ),
        pytest.param(
            "On 13 November 2023, an alleged Israeli airstrike on the al-Farra home in Khan Younis killed a "
            "father and his three children, WAFA said. The mother, who was seriously injured, died of her "
            "wounds two days later, according to her brother. A neighbour, Ziad Abu Amer, was also reported "
            "killed. Palestine TV showed footage of the house. All sources attributed the strike to Israel.",
            6,
            None,
            id="dev039",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'A neighbour, Ziad Abu Amer, was also reported killed' after the family's figure is read as one of them",
            ),
        ),
        pytest.param(
            "An alleged Israeli airstrike struck the home of the Tabatibi family in the Zeitoun "
            "neighbourhood on 17 December 2023. The victims identified by relatives were: Wael Tabatibi, 45, "
            "his wife Rana, 40, their daughters Alaa and Duha, and their son Muhammad, 7. The family's "
            "neighbour, Sahar, said she heard the explosion at dawn. Wael's sister, Ghada, mourned him in a "
            "video on TikTok. Sources uniformly attributed the strike to Israeli forces.",
            5,
            None,
            id="dev040",
        ),
        pytest.param(
            "At least five people were killed when an Israeli strike hit a car in the Shujaiya neighbourhood "
            "on 10 June 2024, the civil defence said. A second strike on the same street minutes later "
            "killed three paramedics who had arrived to help the wounded, the Red Crescent said. Several "
            "people were injured. Israeli forces did not comment. All sources attributed both strikes to "
            "Israel.",
            8,
            None,
            id="held041",
        ),
        pytest.param(
            "On 21 October 2023, an alleged Israeli strike hit the home of the Madhoun family in the "
            "al-Shati camp. Shehab Agency said four people were killed. The Palestinian Information Center "
            "said the toll had risen to six after two bodies were recovered from under the rubble. A "
            "relative later wrote that eight members of the family had died. There were reports of injuries.",
            8,
            None,
            id="dev042",
        ),
        pytest.param(
            "An Israeli airstrike on the town of Kfar Kila in south Lebanon on 11 October 2024 killed a "
            "municipal worker, the town's mayor said. The man, Abbas Khalil, was killed as he inspected "
            "damage from earlier shelling. His colleague was wounded. The mayor said the town had been "
            "largely emptied of residents. Israel said it struck Hezbollah sites in the area.",
            1,
            1,
            id="dev043",
        ),
        pytest.param(
            "On 9 November 2023, an alleged Israeli airstrike hit the Abu Ouda home in Beit Lahia. A post on "
            'X read: "The occupation bombed the home of the Abu Ouda family, 13 martyrs, the rescue crews '
            'are still searching." Another source gave a toll of 10. A video showed the bodies of children '
            "being carried from the house. All sources blamed Israeli forces.",
            13,
            None,
            id="held044",
        ),
        pytest.param(
            "An alleged Israeli airstrike on 4 December 2023 hit a house in Deir al-Balah sheltering "
            "displaced people. Those killed included a 60-year-old man, his 55-year-old wife, their "
            "30-year-old son and two grandchildren aged 6 and 2, a family member told Middle East Eye. No "
            "other source gave a number. The family had fled from the Shati camp in October. The local time "
            "of the strike is unknown.",
            5,
            None,
            id="dev045",
        ),
        pytest.param(
            "On 2 January 2024, a drone strike killed Hamas deputy leader Saleh al-Arouri in the Dahiyeh "
            "district of Beirut. Lebanese state media said six other people were killed in the strike, "
            "including two commanders of the group's armed wing. The strike also wounded eleven people. "
            "Israel did not claim the strike. Hezbollah vowed to retaliate.",
            7,
            11,
            id="dev046",
        ),
        pytest.param(
            "On 8 December 2023, an alleged Israeli airstrike struck the Shehadeh family home in Rafah. "
            "According to WAFA, 10 people were killed, among them three children. According to Palestine "
            "Online, 12 people were killed. A neighbour, Yousef Shehadeh, described searching for survivors. "
            "Other sources reported about 20 wounded.",
            12,
            20,
            id="held047",
        ),
        pytest.param(
            "On 13 October 2023, a strike hit the house of the Hasanat family in Deir al-Balah, killing Fadi "
            "Hasanat and his 8-year-old daughter Maryam. Fadi's wife, Lubna, and their two sons survived "
            'with wounds. Fadi\'s brother, Anas, wrote: "My brother Fadi and his little Maryam are martyrs." '
            "Anas also mourned their cousin Jamil, who was killed in Jabalia on the same day. Sources "
            "attributed the strike to Israeli forces.",
            2,
            3,
            id="dev048",
        ),
        pytest.param(
            "An Israeli airstrike on a building in the Sayyida Zeinab area south of Damascus on 24 February "
            "2024 killed two people, SANA said. The Syrian Observatory said the two were a member of "
            "Hezbollah and a Syrian civilian. The Observatory later reported that a third person, a woman "
            "who lived in the building, died of her wounds. Several people were wounded. Israel did not "
            "comment.",
            3,
            None,
            id="dev049",
            marks=pytest.mark.xfail(
                strict=True, reason="the lead is set apart once a source calls one of its dead a Hezbollah member"
            ),
        ),
        pytest.param(
            "On 27 October 2023, an alleged Israeli airstrike hit the home of Dr. Nabil Abu Sitta in the "
            "al-Nasr neighbourhood. Dr. Abu Sitta, a pediatrician, was killed along with two of his sons and "
            "a grandson, family members said. Two weeks later, the family reported that the bodies of Dr. "
            "Abu Sitta's daughter and her husband had been recovered from the rubble. Colleagues at al-Nasr "
            "Hospital held a memorial for him. All sources blamed Israel.",
            6,
            None,
            id="held050",
            marks=pytest.mark.xfail(
                strict=True, reason="kin whose bodies were recovered two weeks later are not read as more"
            ),
        ),
        pytest.param(
            "On 30 January 2024, Israeli special forces disguised as medical staff raided the Ibn Sina "
            "hospital in Jenin and killed three men, the Palestinian health ministry said. The ministry "
            "named them as Mohammed Jalamneh, 27, and the brothers Mohammed and Basel Ghazawi. The Israeli "
            "army said the three were militants. Hospital staff said no one else was injured. Footage from "
            "the hospital's cameras showed the raid.",
            3,
            None,
            id="dev051",
        ),
        pytest.param(
            "At least 30 people were killed in an alleged Israeli strike on the Abu Hassira family home in "
            "Gaza City's port area on 20 October 2023. The family said 30 of its members were killed. Among "
            "them were a one-year-old girl, Salma, and her parents. The Ministry of Health published the "
            "names of 32 members of the family a week later. All sources attributed the strike to Israel.",
            32,
            None,
            id="dev052",
        ),
        pytest.param(
            "An alleged Israeli airstrike killed civilians in a home in the Block 2 area of al-Bureij camp "
            "on 24 November 2023. Relatives named the victims as Rami Zaqout, his wife Heba, and their "
            "children Lana, 10, Sarah, 7, and Zain, 3. Heba's mother, who lived with them, was pulled alive "
            'from the rubble and is being treated for burns. A neighbour posted: "They were a quiet and '
            'peaceful family." Sources blamed Israeli forces.',
            5,
            1,
            id="held053",
        ),
        pytest.param(
            "On 16 May 2024, Israeli drone strikes hit two cars on the road outside Rafah. Four people were "
            "killed in the first car, the Kuwaiti Hospital said. Two men were killed in the second car a few "
            "hundred metres away. The hospital said the wounded numbered seven. All sources attributed both "
            "strikes to Israel.",
            6,
            7,
            id="dev054",
            marks=pytest.mark.xfail(
                strict=True, reason="'killed in the second car' is read as the same people as the first car's"
            ),
        ),
        pytest.param(
            "An alleged Israeli airstrike hit the Abu Sharekh home in the al-Jalaa street area on 14 October "
            "2023. The Ministry of Health named 14 members of the family among its list of fatalities. "
            "Airwars identified the victims as: Ziad Abu Sharekh; Khadija Abu Sharekh; Muhammad Abu Sharekh; "
            "Maha Abu Sharekh; Reem Abu Sharekh; Abdullah Abu Sharekh; Yasmin Abu Sharekh; Saja Abu Sharekh; "
            "Tariq Abu Sharekh; Nada Abu Sharekh; Youssef Abu Sharekh; Hamza Abu Sharekh; Rahaf Abu Sharekh; "
            "Maria Abu Sharekh. A family friend said some were still missing. Sources attributed the strike "
            "to Israeli forces.",
            14,
            None,
            id="dev055",
        ),
        pytest.param(
            "On 28 November 2023, an alleged Israeli artillery shell hit a house in the al-Qarara area east "
            "of Khan Younis, killing a farmer and his wife, a local journalist said. Their three children "
            "were injured. Later reporting from Palestine Online said one of the children, an 11-year-old "
            "boy, had died of his injuries. The journalist posted photographs of the family's farm. All "
            "sources blamed Israel.",
            3,
            3,
            id="held056",
            marks=pytest.mark.xfail(
                strict=True, reason="'one of the children ... had died of his injuries' is not taken as one more dead"
            ),
        ),
        pytest.param(
            "On 25 December 2023, an alleged Israeli airstrike hit the al-Maghazi camp. The Ministry of "
            "Health said 70 people were killed. The Al-Aqsa Martyrs hospital put the toll at 68. The Israeli "
            "military said it had struck the wrong building. Dozens were wounded, the hospital said.",
            70,
            None,
            id="dev057",
        ),
        pytest.param(
            "On 19 November 2023, an alleged Israeli airstrike on a house in the Yibna area of Rafah killed "
            "the Abu Lebda family, relatives said. The family's eldest son, Mahmoud, who works in Qatar, "
            "posted that he had lost his mother, his father and his four siblings. He named his siblings as "
            "Ahmad, Sara, Doaa and little Adam. Mahmoud said that his uncle had also been injured. All "
            "sources attributed the strike to Israeli forces.",
            6,
            1,
            id="dev058",
        ),
        pytest.param(
            "An Israeli strike in the Khiam area of south Lebanon on 3 November 2023 hit a car carrying "
            "three girls and their grandmother, killing all four, the Lebanese government said. The girls' "
            "mother, who was driving, was injured. The girls were named as Rimas, 14, Taline, 12, and Liane, "
            "10. Israel said it was investigating. Lebanon said it would file a complaint at the UN Security "
            "Council.",
            4,
            1,
            id="held059",
        ),
        pytest.param(
            "On 10 October 2023, an alleged Israeli airstrike hit the home of the Shaaban family in the "
            "Rimal neighbourhood. Ten members of the family were killed, according to the Palestinian "
            "Information Center. A relative later said three more bodies were pulled out of the rubble, "
            "raising the toll to 13. The same relative said 13 were killed. All sources attributed the "
            "strike to Israel.",
            13,
            None,
            id="dev060",
        ),
        pytest.param(
            "On 2 November 2023, an alleged Israeli strike near a bakery in the Nuseirat camp killed people "
            'queuing for bread. A witness told Reuters: "I saw at least eight bodies on the ground." The '
            "Ministry of Health said the toll was 10. Later that day the Ministry said two of the wounded "
            "had died, raising the toll to 12. More than 25 people were injured.",
            12,
            25,
            id="dev061",
        ),
        pytest.param(
            "At least 3 civilians were killed in an alleged Israeli airstrike on a house in Beit Lahia on 1 "
            "November 2023. Victims: Yasser Abu Halima; his daughter Raghad; his grandson Kareem; his "
            "daughter-in-law Amira. Local news reported some injuries. The time of the strike is unknown. "
            "All sources blamed Israeli forces.",
            4,
            None,
            id="held062",
        ),
        pytest.param(
            "An Israeli strike on a car in the Jenin refugee camp on 26 December 2023 killed six men, the "
            "Palestinian health ministry said. The Israeli military said the men belonged to an armed group "
            "planning an attack. Relatives of one of the men, Ahmad Qneiri, said he was a student. Two other "
            "people were injured. The strike followed a two-day raid.",
            6,
            2,
            id="dev063",
        ),
        pytest.param(
            "On 5 November 2023, an alleged Israeli airstrike hit the house of the Abu Shamala family in "
            "Khan Younis. Shehab Agency reported that eight people were killed and dozens injured. A post by "
            'the family read: "Our family lost eight of its dearest. The ninth, Umm Ali, joined them at dawn '
            'after her injuries." Another post mourned the children. All sources attributed the strike to '
            "Israeli forces.",
            9,
            None,
            id="dev064",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'The ninth, Umm Ali, joined them at dawn after her injuries': a rank alone and a figurative death",
            ),
        ),
        pytest.param(
            "On 11 November 2023, an alleged Israeli strike hit the entrance of al-Shifa hospital, killing a "
            "paramedic, the Red Crescent said. The paramedic, Hatem Ali, had been driving an ambulance. In a "
            "later statement, the Red Crescent said a second paramedic had died of his wounds. Several "
            "patients were injured. Israel said it had targeted fighters near the hospital.",
            2,
            None,
            id="held065",
        ),
        pytest.param(
            "An alleged Israeli airstrike destroyed the home of the Hijazi family in Tal al-Zaatar, Jabalia, "
            "on 9 October 2023. Relatives said that the strike wiped out three generations of the family. A "
            "cousin named 14 people killed in the strike. Sources did not report injured. All sources "
            "attributed the attack to Israel.",
            14,
            None,
            id="dev066",
        ),
        pytest.param(
            "On 12 April 2024, a drone strike hit a house in the village of Hebbariyeh in south Lebanon. "
            "Lebanese media said two people were killed: a Hezbollah fighter and his 17-year-old nephew. A "
            "third person, the fighter's father, died the next day of his wounds, according to the health "
            "ministry. Israel said it had struck a Hezbollah operative. The strike damaged several nearby "
            "houses.",
            3,
            None,
            id="dev067",
        ),
        pytest.param(
            "On 21 November 2023, an alleged Israeli strike hit the Zeino house in the al-Tuffah "
            "neighbourhood, killing six people, according to WAFA. Among the dead were Karim Zeino and his "
            "wife Rana. Karim's brother Mazen, who was injured in the strike, described the scene from his "
            "hospital bed. The family said four children were among the six. All sources blamed Israel.",
            6,
            1,
            id="held068",
        ),
        pytest.param(
            "On 26 October 2023, at least seven civilians were killed in an alleged Israeli airstrike on the "
            "Barbakh home in Khan Younis. According to a family member, the dead were: Ibrahim Barbakh; his "
            "wife Salma; their daughters Huda and Nisreen; their sons Ali, Bilal and Karam. Another family "
            "member was injured. Relatives mourned on Facebook. All sources attributed the strike to Israeli "
            "forces.",
            7,
            1,
            id="dev069",
        ),
        pytest.param(
            "An alleged Israeli airstrike on 1 December 2023 hit a house in the Hamad towers area of Khan "
            "Younis. Palestine TV reported two martyrs. A doctor at Nasser hospital told Al Jazeera that "
            "four people had died. A photograph showed four bodies in the hospital morgue. All sources "
            "blamed Israel.",
            4,
            None,
            id="dev070",
        ),
        pytest.param(
            "On 17 January 2024, an Israeli drone strike hit a group of people in the Balata refugee camp "
            "near Nablus, killing five, the health ministry said. The army said the strike targeted a cell "
            "preparing an attack. Residents said the dead included two teenagers, Adam and Jihad. A sixth "
            "man was injured. The strike was the first in the camp since 2002.",
            5,
            1,
            id="held071",
        ),
        pytest.param(
            "On 15 November 2023, an alleged Israeli airstrike hit the home of the Qudra family in Khan "
            "Younis. The Ministry of Health said four people were killed. The same evening, a second strike "
            "on a house belonging to the same family in Bani Suheila killed three more people, relatives "
            "said. All sources blamed Israeli forces. The local time of the first strike is unknown.",
            4,
            None,
            id="dev072",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a second strike on a family house in another town that evening is read as more, not as another incident",
            ),
        ),
        pytest.param(
            "An alleged Israeli strike hit a displacement tent camp near the Kuwaiti hospital in Rafah on 26 "
            "May 2024. The Ministry of Health said at least 45 people were killed, many of them burned "
            "alive. The Israeli military said the strike killed two Hamas commanders and that a secondary "
            "explosion may have caused the fire. Around 250 people were injured. The Palestinian Red "
            "Crescent said the toll was at least 35 in its first report.",
            45,
            250,
            id="dev073",
        ),
        pytest.param(
            "On 7 November 2023, the home of Ahmad Qandeel in the al-Sabra neighbourhood was struck. Ahmad "
            "and his wife Shireen, their children Muhammad, 9, and Tasneem, 5, and Ahmad's brother Zakaria "
            "were all killed, according to the family. Ahmad's mother, Umm Ahmad, was the only survivor. "
            "Zakaria had been a nurse at al-Quds hospital. All sources attributed the strike to Israel.",
            5,
            None,
            id="held074",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'Ahmad and his wife Shireen, their children ..., and Ahmad's brother Zakaria were all killed' is read short",
            ),
        ),
        pytest.param(
            "A US airstrike on a boat in the Red Sea on 31 December 2023 killed ten Houthi fighters, the "
            "Houthi military spokesman said. US Central Command said its helicopters sank three boats and "
            "killed their crews. The spokesman named the dead in a later statement. No civilian casualties "
            "were reported. The boats had attacked a container ship.",
            10,
            None,
            id="dev075",
        ),
        pytest.param(
            "On 9 December 2023, an alleged Israeli airstrike hit the al-Sheikh Khalil home in Rafah, "
            "killing a father, two of his sons and a daughter-in-law. The father's grandson, 4-year-old "
            "Hamza, was rescued alive after eight hours under the rubble. Hamza's rescue was filmed and "
            "shared widely. A neighbour said the strike came without warning. All sources blamed Israel.",
            4,
            None,
            id="dev076",
        ),
        pytest.param(
            "On 3 March 2024, an alleged Israeli drone strike hit an aid distribution point in Deir "
            "al-Balah. Palestine TV said 11 people were killed. The civil defence said 8 people were killed "
            "and more than 40 injured. Both sources blamed Israeli forces. The distribution point had been "
            "set up by a local charity.",
            11,
            40,
            id="held077",
        ),
        pytest.param(
            "On 18 October 2023, an alleged Israeli airstrike hit the home of the Nofal family in the Tel "
            "al-Hawa neighbourhood. A neighbour wrote on Facebook that his friend Osama Nofal was martyred "
            "with his wife and their three daughters. Osama's son, who was studying in Turkey, posted a "
            "photograph of his family. Shehab said there were also injuries among the neighbours. All "
            "sources blamed Israeli forces.",
            5,
            None,
            id="dev078",
        ),
        pytest.param(
            "On 31 December 2023, an alleged Israeli strike hit a house in the al-Nuseirat camp, killing at "
            "least 8 people, according to WAFA. Rescuers recovered five more bodies on 2 January, the civil "
            "defence said. The civil defence said the toll from the strike had reached 13. Around 20 people "
            "were injured. The house belonged to the Tafesh family.",
            13,
            20,
            id="dev079",
        ),
        pytest.param(
            "An Israeli airstrike on the village of Shebaa in south Lebanon on 17 December 2023 killed an "
            "80-year-old woman, Lebanese state media said. Her husband was injured. The woman was named as "
            "Laila Awad. The Israeli military said it had struck a Hezbollah observation post nearby. "
            "Villagers held her funeral the next day.",
            1,
            1,
            id="held080",
        ),
        pytest.param(
            "On 14 November 2023, an alleged Israeli airstrike hit the house of the Abu Mustafa family in "
            "Khan Younis. The victims, according to a relative, were: the grandfather, Saleh, 70; the "
            "grandmother, Mariam, 66; their son Atef, 40; Atef's wife Wafaa, 36; and their children Rawan, "
            "14, Tamer, 11, and Jood, 5. Atef's eldest son, Mohammed, survived because he was at the "
            "hospital with a relative. The relative said the family had received no warning. All sources "
            "blamed Israel.",
            7,
            None,
            id="dev081",
        ),
        pytest.param(
            "At least four people were killed in an alleged Israeli strike on a car near the al-Nasser "
            "roundabout in Rafah on 2 February 2024, the Palestinian Red Crescent said. A fifth man was "
            "killed when a drone fired a missile at those who tried to help, a witness told the BBC. The Red "
            "Crescent said three people were injured. The Israeli army did not comment. All sources "
            "attributed the attack to Israel.",
            5,
            3,
            id="dev082",
        ),
        pytest.param(
            "On 20 November 2023, an alleged Israeli airstrike hit the Abu Habl family home in Jabalia. The "
            "family's page posted: \"Nine martyrs from our family, including my mother and my sisters. We ask "
            'God to accept them." Palestine Online reported eight dead. The Ministry of Health later listed '
            "nine members of the family. Injuries were reported.",
            9,
            None,
            id="held083",
        ),
        pytest.param(
            "On 11 December 2023, an alleged Israeli airstrike hit the al-Amoudi home in the Nasr "
            "neighbourhood. Among the dead were Dr. Salim al-Amoudi, a dentist, and his two sons, according "
            "to colleagues. The Ministry of Health said nine people were killed. An uncle, Ahmad, said he "
            "had been at the mosque during the strike and survived. All sources blamed Israeli forces.",
            9,
            None,
            id="dev084",
        ),
        pytest.param(
            "An Israeli raid on the town of Qabatiya in the West Bank on 18 September 2024 left three men "
            "dead, the Palestinian health ministry said. A fourth man, wounded in the raid, died on 21 "
            "September, the ministry said. The army said the men were militants. Footage showed soldiers "
            "throwing bodies from a rooftop. Two other people were injured.",
            4,
            2,
            id="dev085",
        ),
        pytest.param(
            "On 24 October 2023, an alleged Israeli airstrike hit a house in Deir al-Balah. A journalist "
            'tweeted: "Massacre in Deir al-Balah, 17 martyrs so far from the al-Hallaq and Mansour '
            'families." The Government Media Office said 15 people were killed. Bodies were taken to al-Aqsa '
            "Martyrs hospital. All sources blamed Israel.",
            17,
            None,
            id="held086",
        ),
        pytest.param(
            "On 12 November 2023, an alleged Israeli strike killed Ayman Fayyad, his wife Ruba and his "
            "mother Hanan in their home in Khan Younis, a relative said. Another relative later reported "
            "that Ayman's two brothers, who lived in the same building, were also killed. The relatives "
            "posted photographs of all five. There were no reports of injured. All sources blamed Israel.",
            5,
            None,
            id="dev087",
        ),
        pytest.param(
            "On 13 October 2024, an Israeli airstrike on a house in the village of Aitou in north Lebanon "
            "killed 21 people, the Lebanese health ministry said. The Red Cross said the house had been "
            "rented by a family displaced from the south. The UN human rights office said twelve women and "
            "two children were among the dead. Eight people were wounded, the ministry said. Israel did not "
            "comment.",
            21,
            8,
            id="dev088",
        ),
        pytest.param(
            "An alleged Israeli airstrike hit the Qishta family home in Rafah on 23 October 2023. At least "
            "five people were killed, according to WAFA. A further seven people died when a second strike "
            "hit the Zorob family home nearby minutes later, the agency said. About 30 people were injured "
            "in the two strikes. All sources blamed Israel.",
            12,
            30,
            id="held089",
        ),
        pytest.param(
            "On 4 November 2023, a strike hit the home of the Abu Amsha family in Beit Hanoun. Those killed "
            "were identified as Sameer Abu Amsha, 50; his wife, Intisar, 45; their daughter, Bisan, 19; and "
            "their son, Ahmad, 15. Bisan, a first-year nursing student, was remembered by her professor as "
            '"full of life". Sameer\'s brother said the family had refused to leave the north. All sources '
            "blamed Israeli forces.",
            4,
            None,
            id="dev090",
        ),
        pytest.param(
            "On 15 December 2023, an alleged Israeli strike on a residential building in Rafah killed 10 "
            "people, the Kuwaiti hospital said. A relative told the Associated Press that 14 members of his "
            "extended family had been killed. Three days later, the bodies of two more children were found, "
            "according to civil defence. Dozens were injured. All sources blamed Israel.",
            16,
            None,
            id="dev091",
        ),
        pytest.param(
            "On 1 March 2024, Israeli forces opened fire on people waiting for aid on al-Rashid road, "
            "southwest of Gaza City. The Ministry of Health said 112 people were killed and more than 760 "
            "injured. The Israeli military said most of the victims died in a stampede. The UN said its team "
            "saw numerous gunshot wounds. Witnesses described chaos.",
            112,
            760,
            id="held092",
        ),
        pytest.param(
            "On 22 October 2023, an alleged Israeli airstrike hit the house of the Hamdan family in Beit "
            'Lahia. A relative wrote: "Our house was bombed, my father, my mother, my two sisters and my '
            'little brother were martyred." The relative said that he survived because he was out fetching '
            "water. Shehab News reported injuries. All sources blamed Israeli forces.",
            5,
            None,
            id="dev093",
        ),
        pytest.param(
            "A strike on a house in the village of Naqoura on 9 March 2024 killed three paramedics of the "
            "Islamic Health Committee, Lebanese media said. The health ministry later said a fourth "
            "paramedic, who had been critically injured, had died. Two others were injured. Israel said it "
            "struck a Hezbollah building. The Lebanese government condemned the strike.",
            4,
            2,
            id="dev094",
        ),
        pytest.param(
            "On 8 November 2023, an alleged Israeli airstrike hit the Attallah home in the al-Yarmouk street "
            "area. The names of the victims, according to a cousin: Tawfiq Attallah; Maha Attallah; Khalil "
            "Attallah; Ruqaya Attallah; Suhaib Attallah; Malak Attallah. The cousin wrote that Maha had been "
            "six months pregnant. Other sources reported that six people were killed. The local time of the "
            "incident is unknown.",
            6,
            None,
            id="held095",
        ),
        pytest.param(
            "On 14 January 2024, an Israeli airstrike killed a man in the al-Mawasi area, his family said. "
            "The man, Tareq Abu Ghali, was killed while fetching firewood. His son Ismail, 12, who was with "
            "him, was wounded, and died of his injuries ten days later, his uncle said. The uncle said "
            "Ismail had wanted to become a doctor. All sources blamed Israeli forces.",
            2,
            None,
            id="dev096",
        ),
        pytest.param(
            "On 16 October 2023, an alleged Israeli strike killed at least 14 people in a home in the "
            "al-Zawaida area, according to WAFA. Among those killed were 6 children. The Ministry of Health "
            "later said that 16 people were killed. Al-Aqsa Martyrs hospital said it received 16 bodies. All "
            "sources blamed Israel.",
            16,
            None,
            id="dev097",
        ),
        pytest.param(
            "An Israeli drone strike hit a motorcycle in the al-Faraa refugee camp in the West Bank on 26 "
            "August 2024, killing one man, the health ministry said. A second man riding with him died of "
            "his injuries later that day, the ministry added. The army said the men were part of a militant "
            "cell. Residents said a passer-by was also hurt. The camp has been raided repeatedly.",
            2,
            1,
            id="held098",
        ),
        pytest.param(
            "On 26 November 2023, the bodies of 11 people were recovered from the rubble of the al-Jamal "
            "family home in Rafah, which had been hit by an alleged Israeli airstrike on 20 November. The "
            "civil defence said the family had been missing since the strike. The bodies were taken to the "
            "Abu Yousef al-Najjar hospital. A surviving daughter, Hiba, said she had lost her entire family. "
            "All sources attributed the strike to Israel.",
            11,
            None,
            id="dev099",
        ),
        pytest.param(
            "On 10 November 2023, an alleged Israeli airstrike hit the Abu Daqqa home in Abasan. WAFA said "
            "seven people were killed. A family spokesman said that ten people were killed, among them the "
            "head of the family, Awad Abu Daqqa. The spokesman also said that Awad's nephew Samer was killed "
            "a week earlier in a strike on a mosque. All sources blamed Israel.",
            10,
            None,
            id="dev100",
        ),
        pytest.param(
            "On 28 October 2023, an alleged Israeli airstrike hit the house of Hazem Ghoul in the Jabalia "
            "camp, killing him, his three sons and two daughters, his cousin said. Hazem's wife, Salwa, "
            "survived. The cousin said that he had visited Salwa in hospital, where she was being treated "
            "for burns. The Ministry of Health listed the six names. All sources blamed Israeli forces.",
            6,
            1,
            id="held101",
            marks=pytest.mark.xfail(
                strict=True, reason="'killing him, his three sons and two daughters': a pronoun victim opens the list"
            ),
        ),
        pytest.param(
            "A series of US and UK strikes hit Houthi targets near Hodeidah on 30 May 2024. The Houthi-run "
            "health ministry said 16 people were killed and 41 injured. The Houthis later raised the toll to "
            "19. US Central Command said the strikes targeted radar and drone sites. No independent source "
            "confirmed the toll.",
            19,
            41,
            id="dev102",
        ),
        pytest.param(
            "On 12 October 2023, an alleged Israeli airstrike killed members of the Saleh family in the "
            "Shati camp. A post on Facebook stated that the dead included Hassan Saleh, a fisherman, his two "
            "wives and five of his children. The post was shared by his nephew, who was in Egypt. Sources "
            "attributed the strike to Israeli forces. The local time is unknown.",
            8,
            None,
            id="dev103",
        ),
        pytest.param(
            "An alleged Israeli airstrike hit a house in the Tal al-Sultan neighbourhood of Rafah on 3 "
            "January 2024, killing seven, the Ministry of Health said. Three days later, the civil defence "
            "recovered three more bodies from the site. A relative said the three had been visiting the "
            "family. Nine people were injured. All sources blamed Israel.",
            10,
            9,
            id="held104",
        ),
        pytest.param(
            "On 2 November 2023, a strike hit a residential building in the al-Karama area of northern Gaza. "
            'A witness said on Instagram: "I counted twenty martyrs, and many are still under the rubble." '
            "The Palestinian Information Center said 18 people were killed. Photographs showed the building "
            "collapsed. All sources attributed the strike to Israel.",
            20,
            None,
            id="dev105",
        ),
        pytest.param(
            "On 7 October 2024, an Israeli strike hit a building in the Bachoura neighbourhood of central "
            "Beirut. The Lebanese health ministry said nine people were killed and 14 wounded. The ministry "
            "later said rescuers had found two more bodies. The Israeli military said it had targeted a "
            "Hezbollah commander. The building housed a civil defence centre.",
            11,
            14,
            id="dev106",
        ),
        pytest.param(
            "On 6 November 2023, an alleged Israeli airstrike on the home of the Abu Rayyan family in Beit "
            "Lahia killed four children and their father, according to a relative. The children were aged "
            "between two and nine. The children's mother was severely injured. The relative also said that "
            "the family's neighbours, the Sabbah family, lost two members in the strike. All sources blamed "
            "Israeli forces.",
            7,
            1,
            id="held107",
            marks=pytest.mark.xfail(
                strict=True, reason="'the Sabbah family, lost two members in the strike' is not read"
            ),
        ),
        pytest.param(
            "On 25 October 2023, an alleged Israeli strike hit the home of Dr. Hamdi Najjar in Khan Younis. "
            "Dr. Najjar's son, Ahmad Najjar, was killed, according to the family. Ahmad's wife and three "
            "children were also killed. Dr. Najjar himself was injured and later recovered. Sources "
            "attributed the strike to Israel.",
            5,
            1,
            id="dev108",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'Dr. Najjar's son, Ahmad Najjar, was killed' and 'Dr. Najjar himself was injured' are not read",
            ),
        ),
        pytest.param(
            "On 4 December 2023, an alleged Israeli airstrike hit a home in the Zawaida area, killing 3, "
            "according to Shehab. A family member later said that seven people were killed, among them three "
            "children. Another family member said a further two were missing under the rubble. Injuries were "
            "reported. All sources blamed Israel.",
            7,
            None,
            id="dev109",
        ),
        pytest.param(
            "An Israeli strike on a car in the Syrian province of Quneitra on 23 March 2024 killed two men, "
            "the Syrian Observatory said. The Observatory identified them as members of a pro-Iran group. "
            "State media did not report on the strike. No injuries were reported. Israel does not usually "
            "comment on strikes in Syria.",
            2,
            None,
            id="held110",
        ),
        pytest.param(
            "On 19 October 2023, an alleged Israeli airstrike hit the house of the Ashour family in Khan "
            "Younis. Twelve people were killed, according to the Palestinian Information Center. A relative "
            "named nine of the dead: Fuad Ashour, his wife Nawal, their sons Ibrahim, Mohammed and Ahmad, "
            "Ibrahim's wife Samira and their children Haya, Sama and Jamal. The relative said three of the "
            "dead could not be identified. All sources blamed Israel.",
            12,
            None,
            id="dev111",
        ),
        pytest.param(
            "On 20 December 2023, an alleged Israeli airstrike on a house in the Jabalia camp killed 5 "
            "members of the Kafarna family, WAFA said. The bodies of seven more members of the family were "
            "recovered from under the rubble over the next three days, a relative said. The relative said "
            "the whole family had been wiped out. A neighbour was wounded. All sources blamed Israeli "
            "forces.",
            12,
            1,
            id="dev112",
        ),
        pytest.param(
            "On 5 October 2024, an Israeli airstrike hit a mosque in Deir al-Balah that was sheltering "
            "displaced people. The Ministry of Health said 21 people were killed and 17 injured. The Israeli "
            "military said it struck a Hamas command centre in the mosque. Two days later, the hospital said "
            "one of the injured had died. The mosque was next to al-Aqsa Martyrs hospital.",
            22,
            17,
            id="held113",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the injured who died later are taken from the wounded (the project's rule); the monitor keeps the first count",
            ),
        ),
        pytest.param(
            "On 30 October 2023, a strike hit a house in Beit Lahia. Relatives identified the victims as: "
            "Zakaria Abu Jebba, Reem Abu Jebba, Ahmad Abu Jebba and a 2-year-old girl whose name was not "
            "given. A neighbour who was injured said he heard the sound of a drone before the strike. A "
            "cousin, Ayman Abu Jebba, mourned the family in a post. All sources blamed Israel.",
            4,
            1,
            id="dev114",
        ),
        pytest.param(
            "On 15 July 2024, an Israeli strike hit a UNRWA school in Nuseirat camp that was sheltering "
            "displaced families. The Ministry of Health said 17 people were killed. The civil defence said "
            "the toll had risen to 23 the next morning. Around 80 people were injured. The Israeli military "
            "said it struck militants operating from the school.",
            23,
            80,
            id="dev115",
        ),
        pytest.param(
            "On 13 October 2023, an alleged Israeli airstrike on the house of Dr. Nasser al-Khatib killed "
            "him and his wife, according to the Gaza Doctors' Syndicate. The syndicate said the couple's "
            "daughter, a medical student, was killed in the strike as well. Their son, who was away, "
            "survived. Colleagues of Dr. al-Khatib posted tributes. All sources blamed Israeli forces.",
            3,
            None,
            id="held116",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'the couple's daughter ... was killed in the strike as well' after 'killed him and his wife' is read as one of them",
            ),
        ),
        pytest.param(
            "On 10 January 2024, an alleged Israeli drone strike hit a group of people in the east of Deir "
            "al-Balah, killing three, WAFA said. The dead were named as the brothers Suhaib and Nidal Abu "
            "Ayyash and their friend Moaz. The Ministry of Health later said that four people were killed. "
            "Two people were wounded. All sources attributed the strike to Israel.",
            4,
            2,
            id="dev117",
        ),
    ],
)
def test_a_written_strike_report_gives_its_best_estimate(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)
