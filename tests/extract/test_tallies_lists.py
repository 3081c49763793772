"""Several groups in one sentence, subsets of a figure, and lists of named victims."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def rows(text: str) -> list[tuple[int, str | None, int | None]]:
    return [(t.count, t.group, t.subset_of) for t in tallies(text)]


# --- several groups


def test_two_nationalities_share_one_head_noun() -> None:
    found = tallies("In addition, seven Afghan and four Pakistani fighters were buried last weekend.")
    assert [(t.count, t.nationality, t.role, t.group) for t in found] == [
        (7, "Afghan", "fighters", "Afghan fighters"),
        (4, "Pakistani", "fighters", "Pakistani fighters"),
    ]
    assert all(t.outcome == "killed" and t.outcome_word == "buried" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The bomb went off as the convoy passed, killing two soldiers and a passer-by.",
        "The bomb went off as the convoy passed, killing two soldiers and an onlooker.",
        "The bomb went off as the convoy passed, killing two soldiers and a sentry.",
    ],
)
def test_a_passer_by_an_onlooker_or_a_sentry_is_one_of_the_people_in_a_list(text: str) -> None:
    assert [t.count for t in tallies(text)] == [2, 1]


def test_a_number_and_a_singular_in_one_object_list() -> None:
    text = "The device exploded as an army patrol passed, killing 6 soldiers and a civilian."
    assert rows(text) == [(6, "soldiers", None), (1, "civilians", None)]


def test_victims_and_attackers_in_one_subject_list() -> None:
    text = "According to the separatists, 13 Cameroonian soldiers and two separatists were killed in the ambush."
    assert [(t.count, t.group) for t in tallies(text)] == [(13, "Cameroonian soldiers"), (2, "militants")]


def test_a_named_person_a_relative_and_a_number() -> None:
    text = "Gunmen stormed the church, killing its pastor, his wife and six worshippers."
    assert [t.count for t in tallies(text)] == [1, 1, 6]


def test_as_well_as_joins_a_list() -> None:
    text = "The shelling killed three children as well as two women."
    assert [t.count for t in tallies(text)] == [3, 2]


# --- subsets


def test_including_gives_subsets_that_point_to_their_total() -> None:
    text = "Six members of one family, including four children and one woman, were reportedly killed in the strike."
    assert rows(text) == [(6, "family members", None), (4, "children", 0), (1, "women", 0)]


def test_among_them_and_of_whom() -> None:
    assert rows("Rebels killed 30 villagers, among them 12 children.") == [(30, "civilians", None), (12, "children", 0)]
    assert rows("Nine soldiers, two of whom were officers, were killed.") == [(9, "soldiers", None), (2, None, 0)]


def test_a_new_clause_after_a_list_of_parts() -> None:
    text = (
        "Seven civilians were killed, including two women and four children, and several others, "
        "including an infant, were injured in the strike."
    )
    assert [(t.count, t.outcome, t.subset_of) for t in tallies(text)] == [
        (7, "killed", None),
        (2, "killed", 0),
        (4, "killed", 0),
        (2, "wounded", None),
        (1, "wounded", 3),
    ]


def test_parts_after_the_outcome_word() -> None:
    assert rows("Officials said 20 people had been killed, among them 3 women.") == [
        (20, "people", None),
        (3, "women", 0),
    ]
    assert rows("Twenty-one people were wounded in the blast, three of them critically.") == [
        (21, "people", None),
        (3, None, 0),
    ]


def test_of_them_after_a_comma() -> None:
    text = "Eight soldiers, two of them seriously, were injured in the blast."
    found = tallies(text)
    assert [(t.count, t.outcome, t.subset_of) for t in found] == [(8, "wounded", None), (2, "wounded", 0)]


def test_breakdown_in_parentheses() -> None:
    text = "Two peacekeepers and a civilian were killed and 9 (5 peacekeepers and 4 civilians) were injured."
    found = tallies(text)
    assert [(t.count, t.outcome, t.subset_of) for t in found] == [
        (2, "killed", None),
        (1, "killed", None),
        (9, "wounded", None),
        (5, "wounded", 2),
        (4, "wounded", 2),
    ]


def test_breakdown_between_dashes() -> None:
    text = "Ten members of the Nasser family – including three men, three women and four children – were killed."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(10, None), (3, 0), (3, 0), (4, 0)]


def test_two_asides_in_a_row() -> None:
    text = "At least 15 people, including one child and four women, one of whom was pregnant, were killed."
    found = tallies(text)
    assert (found[0].count, found[0].subset_of) == (15, None)
    assert all(t.subset_of == 0 for t in found[1:])


def test_including_after_a_time_phrase_is_still_a_subset() -> None:
    text = "Airstrikes killed at least 31 people on Tuesday, including 5 paramedics, the ministry said."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(31, None), (5, 0)]


def test_some_of_the_dead_in_a_later_sentence_are_a_subset() -> None:
    text = "Rebels killed 40 villagers. Officials said 18 of the dead were women. Four of those killed were children."
    assert [(t.count, t.role, t.subset_of) for t in tallies(text)] == [
        (40, "civilians", None),
        (18, "women", 0),
        (4, "children", 0),
    ]


def test_among_the_dead_in_a_later_sentence_is_a_subset_of_the_figure_before() -> None:
    text = "At least 40 people were killed in the market. Among those killed were 11 children."
    found = tallies(text)
    assert [(t.count, t.subset_of) for t in found] == [(40, None), (11, 0)]


def test_among_those_killed_in_an_attack_names_the_parts_after_the_phrase() -> None:
    text = "A car bomb killed 25 people in Kirkuk. Among those killed in Tuesday's attack on the market were two policemen."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(25, None), (2, 0)]
    found = tallies("Among those killed in the shelling of the camp were three children.")
    assert [(t.count, t.qualifier) for t in found] == [(3, "at_least")]


def test_among_those_killed_without_a_figure_before_is_a_lower_bound() -> None:
    found = tallies("A car bomb exploded outside the hotel. Five foreigners were among those killed.")
    assert [(t.count, t.qualifier, t.subset_of) for t in found] == [(5, "at_least", None)]


def test_parts_of_a_figure_without_a_number_are_lower_bounds() -> None:
    found = tallies('The army said it "eliminated" many insurgents, including three commanders.') + tallies(
        "Troops killed many insurgents, including three commanders."
    )
    assert [(t.count, t.qualifier, t.subset_of) for t in found] == [(3, "at_least", None)]


# --- lists of named victims


def test_appositive_list_of_names_after_a_figure() -> None:
    text = (
        "On November 2, two children, 1-year-old Yusuf Adel Hamdan and 6-year-old Lina Adel Hamdan, "
        "were reportedly killed in the strike."
    )
    found = tallies(text)
    assert [(t.count, t.role, t.hedge) for t in found] == [(2, "children", "reportedly")]


def test_a_place_inside_a_list_item_does_not_end_the_list() -> None:
    text = "Herdsmen attacked the village, killing a pastor of the Church of Christ in Jos, his wife and six civilians."
    assert [t.count for t in tallies(text)] == [1, 1, 6]


def test_office_then_name_is_one_person() -> None:
    text = "Officials confirmed the death of the brigade's deputy commander, Colonel Yasin Farouk, in the raid."
    assert [t.count for t in tallies(text)] == [1]


def test_people_from_a_family_are_counted_through_the_phrase() -> None:
    found = tallies("At least four people from the Abu Salem family were killed in the strike.")
    assert [(t.count, t.qualifier) for t in found] == [(4, "at_least")]


def test_a_counted_aside_breaks_down_the_figure_before_it() -> None:
    text = "At least four civilians, two women and two children, were injured in the shelling."
    found = tallies(text)
    assert [(t.count, t.outcome, t.subset_of) for t in found] == [
        (4, "wounded", None),
        (2, "wounded", 0),
        (2, "wounded", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 38 people across five regions were killed in the violence this week.",
        "At least 38 people on their farms across five regions were killed this week.",
        "At least 38 soldiers on patrol in five regions were killed this week.",
    ],
)
def test_a_phrase_of_where_the_counted_people_were_counts_no_one(text: str) -> None:
    assert [(t.count, t.qualifier) for t in tallies(text)] == [(38, "at_least")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people were killed in the first attack and four in the second.", [(8, "killed"), (4, "killed")]),
        ("Four people were killed on Monday and six on Tuesday, police said.", [(4, "killed"), (6, "killed")]),
        ("Two people died at the scene and a third in hospital.", [(2, "killed"), (1, "killed")]),
        ("Five soldiers were wounded in the ambush and two in the attack on the post.", [(5, "wounded"), (2, "wounded")]),
        # not a figure with its verb left out: a part of the first, another clause, another year
        ("Eight people were killed in the attack and four of them were children.", [(8, "killed")]),
        ("Eight people were killed in the attack and four in 2015 in the same town.", [(8, "killed")]),
    ],
)
def test_a_figure_after_and_with_its_verb_left_out_has_the_same_outcome(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(t.count, t.outcome) for t in tallies(text) if t.subset_of is None] == expected


def test_a_count_before_coordinated_modifiers_counts_them_all() -> None:
    assert [(t.count, t.subset_of) for t in tallies("At least 14 regime and opposition fighters were killed.")] == [
        (14, None)
    ]
    assert [(t.count, t.subset_of) for t in tallies("Four policemen and civilians were killed in the blast.")] == [
        (4, None)
    ]
    found = tallies("Three generations of the Saleh and Haddad families were killed.")
    assert [t.count for t in found] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted people open the clause after a phrase of time, place or source
        ("On Monday, 30 women and children were killed when shells hit the market in Douma.", [30]),
        ("In July 1995, some 8,000 men and boys were killed at Srebrenica by Bosnian Serb forces.", [8000]),
        ("Yesterday, 12 soldiers and police were killed in an ambush near Maiduguri.", [12]),
        ("In the old city of Hama, 40 men and boys died in the shelling on Friday.", [40]),
        ("According to police, 16 women and children were wounded in the blast.", [16]),
        # near misses: a list after the opening keeps its items; a list of people before the
        # comma keeps its own; no count before the "and"
        ("On Monday, two soldiers and three civilians were killed in the shelling.", [2, 3]),
        ("Two soldiers, three women and a child were killed in the shelling.", [2, 3, 1]),
        ("On Monday, women and children were killed when shells hit the market.", []),
    ],
)
def test_a_count_before_coordinated_nouns_after_an_opening_phrase(text: str, expected: list[int]) -> None:
    assert [t.count for t in tallies(text) if t.subset_of is None] == expected


def test_including_without_commas_holds_parts_of_the_figure() -> None:
    found = tallies("Five people including 3 militiamen were executed by the group on Sunday.")
    assert [(t.count, t.subset_of) for t in found] == [(5, None), (3, 0)]
    found = tallies("Seven people including officers and civilians were killed and 26 others were injured.")
    assert [(t.count, t.outcome, t.subset_of) for t in found] == [(7, "killed", None), (26, "wounded", None)]


def test_an_adjective_in_ed_after_a_determiner_stays_in_the_noun_phrase() -> None:
    found = tallies("At least 15 members of the extended Haddad family were killed, including three mothers.")
    assert [(t.count, t.subset_of) for t in found] == [(15, None), (3, 0)]


def test_asides_that_say_who_the_counted_people_were() -> None:
    assert [t.count for t in tallies("At least 16 civilians, almost all women and children, were killed.")] == [16]
    found = tallies("At least one civilian, a woman, was killed in the shelling.")
    assert [t.count for t in found if t.subset_of is None] == [1]
    found = tallies("At least two civilians, a mother and her child, were injured in the strike.")
    assert [(t.count, t.subset_of) for t in found] == [(2, None), (1, 0), (1, 0)]
    text = "A 49-year-old man named Khaled Saleh, also known as Abu Omar, was killed near the mosque."
    assert [t.count for t in tallies(text)] == [1]


def test_including_before_an_aside_keeps_the_figure() -> None:
    text = "At least 27 members of the Haddad family including 11 women, two of whom were pregnant, were killed."
    assert [(t.count, t.subset_of) for t in tallies(text)][0] == (27, None)


def test_a_dash_aside_may_hold_brackets_and_generations_are_not_people() -> None:
    text = (
        "At least 18 civilians from three generations of the Saleh family – including seven women and "
        "three doctors (two of whom were among the seven women) – were killed in the strike."
    )
    found = tallies(text)
    assert (found[0].count, found[0].subset_of) == (18, None)
    assert all(t.subset_of == 0 for t in found[1:])


def test_ages_after_the_people_are_not_counts() -> None:
    assert [t.count for t in tallies("Three boys aged 9, 12 and 15 were killed in the strike.")] == [3]
    assert [t.count for t in tallies("Two teenagers aged 11 and 14 stabbed a security guard.")] == [1]


def test_a_list_with_a_serial_comma() -> None:
    found = tallies("Four soldiers, two policemen, and a child were killed at the checkpoint.")
    assert [(t.count, t.subset_of) for t in found] == [(4, None), (2, None), (1, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medhat Saleh was reportedly killed alongside his two sons, Mohammed and Bilal.", [(1, None), (2, None)]),
        ("An airstrike killed a 91-year-old woman, Alia Haddad, along with her grandson.", [(1, None), (1, None)]),
        ("An airstrike killed an elderly woman alongside her grandson in the family home.", [(1, None), (1, None)]),
        (
            "The strike killed a 91-year-old woman, Alia Haddad, alongside her three-year-old grandchild at home.",
            [(1, None), (1, None)],
        ),
        # "her grandchildren": no number, so no figure of their own
        ("An airstrike killed a woman alongside her grandchildren in the family home.", [(1, None)]),
    ],
)
def test_people_killed_alongside_the_first_one_add_up(text: str, expected: list[tuple[int, int | None]]) -> None:
    found = tallies(text)
    assert [(t.count, t.subset_of) for t in found] == expected
    assert all(t.outcome == "killed" for t in found)


def test_wounded_along_with_the_dead_are_a_figure_of_their_own() -> None:
    found = tallies("Thirty-three were killed along with 115 wounded.")
    assert [(t.count, t.outcome) for t in found] == [(33, "killed"), (115, "wounded")]


def test_an_occupation_before_a_name_and_an_origin_aside() -> None:
    assert [t.count for t in tallies("Journalist Ahmed Abu Mahadi was killed in an airstrike.")] == [1]
    text = "Safaa Jamil Musa (aged 28), from the North Gaza Governorate, was reportedly killed in a strike."
    assert [t.count for t in tallies(text)] == [1]


def test_an_aside_after_the_object_names_the_same_people_by_kind() -> None:
    found = tallies("An airstrike killed three civilians, two women and a child, and injured four others.")
    assert [(t.count, t.outcome, t.subset_of) for t in found] == [
        (3, "killed", None),
        (2, "killed", 0),
        (1, "killed", 0),
        (4, "wounded", None),
    ]
    found = tallies("The strike hit the home, killing two civilians, both children, and injuring two people.")
    assert [(t.count, t.subset_of) for t in found if t.outcome == "killed"] == [(2, None), (2, 0)]
    found = tallies("The attack killed 3 soldiers, 2 policemen and a child.")
    assert [(t.count, t.subset_of) for t in found] == [(3, None), (2, None), (1, None)]


def test_a_figure_from_families_joined_by_and() -> None:
    text = (
        "At least 14 civilians from the Safi and Kaloub families, including four women and nine children, "
        "were killed in the strike."
    )
    found = tallies(text)
    assert (found[0].count, found[0].subset_of) == (14, None)
    assert all(t.subset_of == 0 for t in found[1:])


def test_a_counted_person_then_the_name_with_another_spelling_is_one() -> None:
    text = "The strike killed a man, Ahmad Yusuf (also named as Ahmed Youssef), and his two daughters."
    assert [t.count for t in tallies(text)] == [1, 2]


def test_a_verb_after_and_ends_the_list_of_people() -> None:
    text = "Herdsmen killed at least 13 villagers and displaced hundreds of families in the raid on Tuesday."
    assert [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))] == [(13, "killed")]
    text = "The explosion killed five people and sent 12 others to hospital."
    assert [(t.count, t.outcome) for t in tallies(text)] == [(5, "killed"), (12, "wounded")]


def test_one_person_named_by_trade_or_rank_is_counted_in_a_list() -> None:
    found = tallies("A roadside bomb killed three soldiers and their interpreter near the base.")
    assert sum(t.count for t in found if t.subset_of is None) == 4
    found = tallies("A shepherd and a schoolboy were killed when a landmine exploded in the valley.")
    assert sum(t.count for t in found if t.subset_of is None) == 2
    found = tallies("Gunmen shot dead a fisherman, a trader and a police sergeant in two villages.")
    assert sum(t.count for t in found if t.subset_of is None) == 3


def test_people_named_one_by_one_after_their_count_are_that_count() -> None:
    text = "The airstrike killed two civilians, Anwar Saleh, a university lecturer, and his neighbour Omar Hassan."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(2, None), (1, 0), (1, 0)]
    text = "An Israeli strike on the car killed two journalists, Hamza Dahdouh and Mustafa Thuraya, near Rafah."
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == 2


def test_a_count_of_other_people_with_the_noun_left_out() -> None:
    text = "Militants attacked army positions near the town, resulting in 7 deaths of the Syrian Army and 11 of the militants."
    assert [(t.count, t.outcome, t.subset_of) for t in tallies(text)] == [(7, "killed", None), (11, "killed", None)]
    text = "The clashes caused 12 deaths among soldiers and three among civilians."
    assert sum(t.count for t in tallies(text)) == 15


def test_people_added_with_plus_share_the_outcome() -> None:
    text = "Four soldiers were killed plus two civilians, and 10 people were wounded."
    assert [(t.count, t.outcome) for t in tallies(text)] == [(4, "killed"), (2, "killed"), (10, "wounded")]


def test_people_in_addition_to_some_of_them() -> None:
    text = "Militants ambushed the police officers, killing 10 of them in addition to the wife of a commander."
    assert [t.count for t in tallies(text)] == [10, 1]


def test_people_named_between_dashes_break_down_the_figure_before() -> None:
    for text, count in (
        ("Five soldiers - including an officer - were killed by a roadside bomb.", 5),
        ("Three people – a man, his wife and their son – were killed.", 3),
        ("At least three people – journalist Ahmed Nasr, his mother and his son – were killed.", 3),
        ("At least three people - Ahmed Nasr, his mother and his son - were killed.", 3),
    ):
        found = tallies(text)
        assert found[0].count == count and all(t.subset_of == 0 for t in found[1:]), text


# --- fact boxes


@pytest.mark.parametrize(
    "text",
    [
        "Toll of the attack on the convoy. Dead: 8. Injured: 20.",
        "Killed: 8; wounded: 20 (figures from the provincial health office)",
        "Casualties: 8 dead, 20 injured.",
        "Killed: 8 soldiers. Wounded: 20 civilians.",
        "Killed: 8 soldiers; wounded: 20",
    ],
)
def test_the_fields_of_a_fact_box_are_figures(text: str) -> None:
    assert [(t.count, t.outcome) for t in tallies(text)] == [(8, "killed"), (20, "wounded")]


def test_a_field_of_a_fact_box_may_list_its_people() -> None:
    found = tallies("Dead: 5 policemen, 2 civilians | Injured: 14")
    assert [(t.count, t.outcome, t.group) for t in found] == [
        (5, "killed", "police"),
        (2, "killed", "civilians"),
        (14, "wounded", None),
    ]


def test_a_colon_after_the_verb_opens_a_list_of_names_not_a_field() -> None:
    found = tallies("Two of his sons were killed: Noman and Saeed.")
    assert [(t.count, t.outcome) for t in found] == [(2, "killed")]


def test_the_names_of_counted_people_before_another_verb_end_the_list() -> None:
    found = tallies("The strike killed two children, Ahmed and Sara, and wounded their mother.")
    assert [(t.count, t.outcome) for t in found] == [(2, "killed"), (1, "wounded")]


@pytest.mark.parametrize(
    "text",
    [
        "The group's commander and his deputy were killed in the drone strike.",
        "Abu Omar and his deputy Abu Bakr were killed in the drone strike.",
        "The drone strike killed the group's leader and his deputy.",
    ],
)
def test_a_deputy_is_one_of_the_people(text: str) -> None:
    assert [t.count for t in tallies(text)] == [1, 1]


def test_those_killed_identified_by_name_are_counted_one_by_one() -> None:
    text = "Those killed were identified as Samir Odeh, his brother Nabil Odeh and their cousin Rami Haddad."
    assert [(t.count, t.outcome, t.subset_of) for t in tallies(text)] == [(1, "killed", None)] * 3


def test_those_killed_identified_by_name_after_a_toll_are_parts_of_it() -> None:
    text = (
        "Three people were killed in the strike on the car. "
        "Those killed in the attack were identified as Samir Odeh, his brother Nabil Odeh and Rami Haddad."
    )
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(3, None), (1, 0), (1, 0), (1, 0)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # someone's kin, then their name between commas: one person
        ("Haitham's son, 12-year-old Akram Saleh, and daughter Tala Saleh were also killed.", 2),
        ("His son, Akram Saleh, and his daughter Tala were also killed in the strike.", 2),
        ("Neighbours said Adnan's wife, Salma Farouk, was injured.", 1),
        ("Adnan's wife and two sons were injured when the shell hit the house.", 3),
        ("Adnan's children were injured when the shell hit the house.", 0),
    ],
)
def test_kin_of_a_named_person(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Three generations of the Khalil family were killed in the strike on their home: grandfather Omar"
            " Khalil, his son Adel Khalil and Adel's daughter Rana.",
            3,
        ),
        ("Civilians were killed in several towns: Deir Sela, Tell Hamra and Bab Sharqi.", 0),
        ("Eight people were killed in the strike: Omar Khalil, his son Adel and six neighbours.", 8),
    ],
)
def test_people_named_after_a_colon_when_the_subject_counts_no_one(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Fifteen-year-old Sama Odeh was killed in the alleged strike, as was her brother Yahya Odeh.", 2),
        ("Three soldiers were killed, as were two civilians.", 5),
        ("Three soldiers were killed, as was reported by the army.", 3),
        ("Two policemen died in the blast, as did three passers-by.", 5),
        ("Two policemen died in the blast, as did hopes of a truce.", 2),
    ],
)
def test_people_after_as_was_share_the_outcome(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The house was hit an hour after a strike, a strike an hour earlier in which nine people were killed.", 0),
        ("The house was hit again after the previous strike, in which 9 people died.", 0),
        ("The attack in which nine people were killed was the worst this year.", 9),
    ],
)
def test_a_figure_of_an_earlier_strike_in_a_which_clause_is_not_this_event(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text)) == count


# --- an aside of parts that a comma closes before more people: "killed four soldiers, two of them
# officers, and three civilians" (the civilians are more of the dead, not a part of the soldiers)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The roadside bomb killed four soldiers, two of them officers, and three civilians near Kandahar.",
            [(4, None), (2, 0), (3, None)],
        ),
        (
            "Rebels killed six policemen, among them a district commander, and two bystanders in the raid.",
            [(6, None), (1, 0), (2, None)],
        ),
        (
            "The shelling killed nine villagers, including a teacher, and a soldier manning the checkpoint.",
            [(9, None), (1, 0), (1, None)],
        ),
        # a longer list with a serial comma is all parts
        (
            "The blast killed 14 people, including three women, two children, and a policeman.",
            [(14, None), (3, 0), (2, 0), (1, 0)],
        ),
        # an aside that a dash closes keeps both parts
        (
            "Four civilians – including one woman, and two children – were killed in the strike on the camp.",
            [(4, None), (1, 0), (2, 0)],
        ),
        # parts with no comma before "and" stay parts
        (
            "Gunmen killed 11 people, among them three women and two children, in the market.",
            [(11, None), (3, 0), (2, 0)],
        ),
    ],
)
def test_an_aside_closed_by_a_comma_before_and_ends_the_parts(text: str, expected: list[tuple[int, int | None]]) -> None:
    assert [(t.count, t.subset_of) for t in tallies(text) if t.outcome == "killed"] == expected


# --- the same after "X of them" told how badly: "wounded four soldiers, one of them fatally, and
# two civilians" (3 wounded and 1 killed soldiers, 2 wounded civilians)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen wounded four soldiers, one of them fatally, and two civilians at the checkpoint.",
            [(3, "wounded"), (2, "wounded"), (1, "killed")],
        ),
        (
            "The mortar round wounded five policemen, two of them seriously, and a civilian.",
            [(5, "wounded"), (2, "wounded"), (1, "wounded")],
        ),
        ("The blast wounded 20 people, three of them critically.", [(20, "wounded"), (3, "wounded")]),
    ],
)
def test_people_after_a_part_told_how_badly_are_more_of_the_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(t.count, t.outcome) for t in tallies(text)] == expected
