"""Strike reports of Gaza, the West Bank, south Lebanon, Syria and Yemen (2023-2024), written fresh
in the ways a civilian-harm monitor tells victims that a plain toll reader misses: the dead told
only by a list of their names under a label or an opening of its own.  Each case is the top of
the range a monitor would record for the killed (the figure the benchmark scores); near misses
that must not change stand beside them."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


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
