"""Casualty tallies of single sentences: how many, what happened, who, where, by what, how sure."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def only(text: str) -> Tally:
    found = tallies(text)
    assert len(found) == 1, [(t.count, t.outcome, text[t.start : t.end]) for t in found]
    return found[0]


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


# --- where the people are, relative to the outcome word


def test_passive_figure_before_the_participle() -> None:
    tally = only("Twelve soldiers were killed in the ambush on Tuesday.")
    assert (tally.count, tally.outcome, tally.role) == (12, "killed", "soldiers")


def test_active_verb_with_the_people_after_it() -> None:
    tally = only("The strike on the market killed 61 people, medics said.")
    assert (tally.count, tally.outcome, tally.outcome_word) == (61, "killed", "killed")


def test_perfect_tense_is_active() -> None:
    tally = only("The war has killed more than 500,000 people since 2011, according to monitors.")
    assert (tally.count, tally.qualifier) == (500_000, "more_than")


@pytest.mark.parametrize(
    "text",
    [
        "The airstrike is believed to have killed eight people, local officials said.",
        "The blast is thought to have killed eight people in the crowded market.",
    ],
)
def test_a_perfect_infinitive_after_a_report_verb_is_active(text: str) -> None:
    assert counts(text) == [(8, "killed")]
    assert counts("Eight people are believed to have been killed in the blast.") == [(8, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast killed on Tuesday at least 12 people in the crowded market.", [(12, "killed")]),
        ("Militants killed with a roadside bomb two soldiers and wounded six others.", [(2, "killed"), (6, "wounded")]),
        ("Gunmen killed overnight 12 villagers in the north of the state.", [(12, "killed")]),
        # the people before the verb are its own: no object after the phrase
        ("At least 2 soldiers killed and 4 insurgents killed in addition to 2 soldiers wounded.",
         [(2, "killed"), (4, "killed"), (2, "wounded")]),
        ("Two of their aunts had been killed along with at least four other people.", [(2, "killed"), (4, "killed")]),
    ],
)
def test_a_phrase_between_the_active_verb_and_its_counted_object(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_participle_clause_after_an_event() -> None:
    tally = only("A car bomb went off near the checkpoint, killing 12 civilians.")
    assert (tally.count, tally.role) == (12, "civilians")


def test_nominal_with_of() -> None:
    tally = only("Officials confirmed the deaths of 14 fighters near the border.")
    assert (tally.count, tally.outcome, tally.outcome_word, tally.role) == (14, "killed", "deaths", "fighters")


def test_a_counted_outcome_noun_with_of_says_whose() -> None:
    text = "The Islamic State attacked army positions in the Al-Safa area resulting in 7 deaths of the Syrian Army."
    assert counts(text) == [(7, "killed")]


def test_number_before_an_outcome_noun() -> None:
    assert counts("The ministry recorded 23 deaths and 40 injuries on Sunday.") == [(23, "killed"), (40, "wounded")]


def test_headline_without_a_verb() -> None:
    assert counts("Four dead in car bombing in Libya's Misrata") == [(4, "killed")]
    assert counts("43 militants killed in clashes, airstrikes in Afghanistan") == [(43, "killed")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen kill nine people in northwest Pakistan: police", [(9, "killed")]),
        ("Militia clashes kill 10 in east DR Congo", [(10, "killed")]),
        ("Suicide attack kills 4, wounds 5 in southern Afghan province", [(4, "killed"), (5, "wounded")]),
        ("1 soldier killed, 5 wounded in Helmand Humvee bombing", [(1, "killed"), (5, "wounded")]),
        ("Drone strike kills Taliban key commander, 4 others in Kunduz", [(1, "killed"), (4, "killed")]),
        ("Death toll rises to nine in militant attack on passengers", [(9, "killed")]),
        ("ZAIRE CLASHES KILL THOUSANDS", [(2000, "killed")]),
    ],
)
def test_headline_verbs_and_their_figures(headline: str, expected: list[tuple[int, str]]) -> None:
    assert counts(headline) == expected


def test_a_weapon_as_the_subject_is_the_cause() -> None:
    found = tallies("Drone strike kills Taliban key commander, 4 others in Kunduz")
    assert [(t.cause, t.place) for t in found] == [("Drone strike", "in Kunduz")] * 2


def test_dead_and_wounded_side_by_side() -> None:
    assert counts("The attack left at least 2 dead and 3 wounded in the capital.") == [(2, "killed"), (3, "wounded")]
    assert counts("Two bomb blasts killed 19 and left 33 wounded in Baghdad.") == [(19, "killed"), (33, "wounded")]


def test_deaths_and_injuries_in_one_phrase() -> None:
    text = "The strike hit the home, resulting in at least five deaths, including three women, and several injuries."
    assert [(t.count, t.outcome, t.subset_of) for t in tallies(text)] == [
        (5, "killed", None),
        (3, "killed", 0),
        (2, "wounded", None),
    ]


def test_killed_and_wounded_in_one_clause() -> None:
    assert counts("At least five people have been killed and 34 injured after gunmen opened fire.") == [
        (5, "killed"),
        (34, "wounded"),
    ]


def test_active_verbs_in_a_row_each_take_their_own_people() -> None:
    text = "The bomb killed seven Somali civilians and injured 15 civilians and four security guards."
    assert [(t.count, t.outcome, t.group) for t in tallies(text)] == [
        (7, "killed", "Somali civilians"),
        (15, "wounded", "civilians"),
        (4, "wounded", "security forces"),
    ]


def test_another_starts_a_new_clause_after_a_list() -> None:
    assert counts("The blast killed eight and another seven were wounded.") == [(8, "killed"), (7, "wounded")]


def test_one_killed_and_another_wounded() -> None:
    assert counts("One settler was killed and another lightly wounded by gunfire near the village.") == [
        (1, "killed"),
        (1, "wounded"),
    ]


def test_leaving_people_dead_or_wounded() -> None:
    text = "Rockets struck the camp, leaving one peacekeeper dead and nine wounded."
    assert counts(text) == [(1, "killed"), (9, "wounded")]


def test_coordinated_participles_share_their_subject() -> None:
    assert counts("A village elder was tortured for several hours and killed by the gunmen.") == [(1, "killed")]


# --- outcome words


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Seven fighters were buried in Kabul on Friday.", "buried"),
        ("Three prisoners were executed at dawn.", "executed"),
        ("Three prisoners were hanged at dawn in the central prison.", "hanged"),
        ("Iran hanged two men convicted of spying on Monday.", "hanged"),
        ("Two prisoners on hunger strike died in the jail this week.", "died"),
        ("Six volunteers were martyred in the assault.", "martyred"),
        ("Nine villagers were slain by the raiders.", "slain"),
        ("Forty people were massacred in the village.", "massacred"),
        ("Eleven passengers died when the bus was hit.", "died"),
        ("Five workers lost their lives in the shelling.", "lost their lives"),
        ("Rescuers pulled out 17 bodies from the rubble.", "bodies"),
        ("Two men were shot dead at the gate.", "shot dead"),
        ("The hospital counted 12 fatalities.", "fatalities"),
    ],
)
def test_words_for_killing(sentence: str, word: str) -> None:
    tally = only(sentence)
    assert (tally.outcome, tally.outcome_word) == ("killed", word)


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Eight soldiers were wounded in the blast.", "wounded"),
        ("At least 30 people were hurt in the stampede.", "wounded"),
        ("Two policemen sustained injuries in the attack.", "wounded"),
        ("Rebels captured 12 soldiers at the outpost.", "captured"),
        ("Four aid workers were abducted on the highway.", "captured"),
        ("Gunmen kidnapped at least 125 teachers in the district.", "captured"),
        ("Two crew members were taken prisoner.", "captured"),
        ("Three Marines were held captive by insurgents for two weeks.", "captured"),
        ("Two aid workers held prisoner by the militia were freed on Sunday.", "captured"),
        ("Nine fishermen remain missing after the raid.", "missing"),
    ],
)
def test_words_for_other_outcomes(sentence: str, outcome: str) -> None:
    assert only(sentence).outcome == outcome


# --- how many


def test_range_gives_count_and_upper_bound() -> None:
    tally = only("Between 13 and 14 members of the family were killed.")
    assert (tally.count, tally.count_max, tally.qualifier) == (13, 14, "exact")


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier"),
    [
        ("At least 22 people were killed in the blast.", 22, "at_least"),
        ("More than 20 soldiers were killed in the attack.", 20, "more_than"),
        ("The strike injured up to 50 others.", 50, "up_to"),
        ("Nearly 60 people were killed in the fighting.", 60, "about"),
        ("Dozens of people were wounded in the shelling.", 24, "vague"),
        ("Several others were injured in the blast.", 2, "vague"),
        ("A number of civilians were killed.", 2, "vague"),
    ],
)
def test_qualifiers_and_vague_amounts(sentence: str, count: int, qualifier: str) -> None:
    tally = only(sentence)
    assert (tally.count, tally.qualifier) == (count, qualifier)


def test_others_without_a_number_count_two_at_least() -> None:
    found = tallies("The strike hit the house, killing a doctor and injuring others.")
    assert [(t.count, t.outcome, t.qualifier) for t in found] == [(1, "killed", "exact"), (2, "wounded", "vague")]


@pytest.mark.parametrize(
    "text",
    [
        "The airstrike on the family home killed nine civilians and injured others, including children.",
        "A shell hit the market, killing two women; it also injured others in the street.",
    ],
)
def test_others_as_the_object_of_a_past_verb_count_two_at_least(text: str) -> None:
    wounded = [(t.count, t.qualifier) for t in tallies(text) if t.outcome == "wounded"]
    assert wounded == [(2, "vague")]


def test_others_who_are_the_subject_of_what_follows_are_no_object() -> None:
    found = tallies("Three were killed and injured others were taken to the hospital in Khan Younis.")
    assert [(t.count, t.outcome) for t in found] == [(3, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed and an unspecified number were injured in the shelling, residents said.",
        "The strike, which also caused an unspecified number of injuries, hit a car near the camp.",
    ],
)
def test_an_unspecified_number_of_wounded_counts_two_at_least(text: str) -> None:
    wounded = [(t.count, t.qualifier) for t in tallies(text) if t.outcome == "wounded"]
    assert wounded == [(2, "vague")]


def test_plural_without_a_number_gives_no_tally() -> None:
    assert tallies("Civilians were killed in the raids, residents said.") == []


# --- one person


def test_single_named_person_killed_counts_one() -> None:
    tally = only("Commander Ali Hassan Nouri was killed in a drone strike on Monday.")
    assert (tally.count, tally.outcome) == (1, "killed")


def test_person_named_by_office_counts_one_with_hedge_cause_and_place() -> None:
    text = (
        "He returned after the death of Iraq’s top commander in the region, General Karim Saadi, "
        "apparently killed by an Islamic State roadside bomb west of Mosul."
    )
    tally = only(text)
    assert (tally.count, tally.nationality, tally.role) == (1, "Iraqi", "commanders")
    assert (tally.hedge, tally.place) == ("apparently", "west of Mosul")
    assert tally.cause == "Islamic State roadside bomb"


def test_a_described_person_with_a_title_and_name_counts_one() -> None:
    text = "A preacher affiliated with Hamas, Dr. Wael Sayed al-Zard , died of wounds sustained in the strike."
    assert counts(text) == [(1, "killed")]


def test_indefinite_person_counts_one() -> None:
    assert counts("A paramedic was killed when the ambulance was hit.") == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Another victim died of her injuries in hospital on Sunday.",
        "A third victim died of his injuries on Monday, police said.",
    ],
)
def test_one_more_victim_who_died_counts_one(text: str) -> None:
    assert counts(text) == [(1, "killed")]


def test_object_of_an_active_verb_counts_one() -> None:
    assert counts("Islamic State executed a man accused of spying.") == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed a road construction contractor and torched six vehicles in Sukma district.",
        "Boko Haram raided the village, killing an Islamic scholar and beating a boy.",
        "A 17-year-old stabbed and killed an Israeli citizen outside a West Bank mall.",
        "Unidentified gunmen shot dead a supermarket owner in front of his shop in Baqubah.",
    ],
)
def test_one_person_named_by_trade_or_standing_counts_one(text: str) -> None:
    assert counts(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Local sources named 14 people who were killed in the strike on the school.",
        "Airwars identified the names of 14 members of the Eid family who were killed in the incident.",
        "Rescuers recovered the bodies of the 14 people, who were killed when the building collapsed.",
        "A local website published the names of 14 villagers, all from one clan, who were killed in the raid.",
        "The list gives the names of 14 members of the Haddad family, forming four households, who were killed.",
    ],
)
def test_people_counted_before_who_are_those_of_the_relative_clause(text: str) -> None:
    assert counts(text) == [(14, "killed")]


def test_who_after_kin_of_the_counted_or_a_count_of_things_counts_nothing() -> None:
    assert tallies("Her brother spoke to the families of the five journalists who had been killed.") == []
    assert tallies("They belonged to six family units, who were killed in the incident.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On October 17, 2023, at least 10 people, members of the Barbakh family, were killed in an airstrike.",
        "At least 10 civilians, residents of the Al-Shati camp, were killed in the strike.",
    ],
)
def test_an_aside_naming_who_the_counted_people_are_is_stepped_over(text: str) -> None:
    assert counts(text) == [(10, "killed")]


def test_an_aside_naming_who_one_person_is_is_stepped_over() -> None:
    text = "A 45-year-old man, an activist of the Hurriyat Conference, was killed by suspected militants in Beerwah."
    assert counts(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        'Two workers for the telecommunications company Hormud were executed for "cooperating with the enemy".',
        "Two journalists for Reuters were killed in the strike on the hotel.",
    ],
)
def test_people_working_for_someone_are_counted(text: str) -> None:
    assert counts(text) == [(2, "killed")]


@pytest.mark.parametrize(
    "text",
    ["Gunmen killed three soldiers in addition to two civilians.", "Three soldiers were killed in addition to two civilians."],
)
def test_people_in_addition_to_those_counted_come_on_top(text: str) -> None:
    assert counts(text) == [(3, "killed"), (2, "killed")]


def test_named_object_with_an_age_counts_one() -> None:
    assert counts("The shell hit the house, killing 28-year-old Samir Khaled Abu Odeh.") == [(1, "killed")]


def test_an_abbreviated_country_does_not_break_the_phrase() -> None:
    tally = only("The Pentagon said two U.S. soldiers were killed in a drone attack on a base in Jordan.")
    assert (tally.count, tally.nationality, tally.place) == (2, "American", "in Jordan")


def test_the_first_time_is_not_a_running_count() -> None:
    assert tallies("It was the first time American troops had been killed by enemy fire in the region.") == []


def test_regional_names_of_soldiers_rebels_and_herders_are_people() -> None:
    text = "Naxals killed five CRPF jawans in an ambush in Sukma district. Gunmen killed six herdsmen in Benue."
    assert [(t.count, t.role) for t in tallies(text)] == [(5, "soldiers"), (6, "civilians")]
    tally = only("Twelve Maoists were killed in the encounter.")
    assert (tally.count, tally.role) == (12, "militants")


@pytest.mark.parametrize(
    "text",
    [
        "The father Bilal Al-Ashram reportedly died of his injuries later the same day.",
        "The strike on the house killed the journalist Iyad Matar.",
    ],
)
def test_a_definite_trade_or_kin_before_a_name_counts_one(text: str) -> None:
    assert counts(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Sikh community in Kunduz city was shot dead by unidentified gunmen.",
        "The Co-chair of the Legislative Council of Deir-ez-Zor city was gunned down by assailants.",
    ],
)
def test_the_holder_of_an_office_of_a_named_body_counts_one(text: str) -> None:
    assert counts(text) == [(1, "killed")]


def test_the_holder_of_an_office_of_an_unnamed_body_refers_back() -> None:
    assert tallies("The leader of the group was killed.") == []


def test_pronoun_or_definite_subject_refers_back_and_counts_nothing() -> None:
    assert tallies("He was killed instantly. The general had been wounded twice before.") == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The pilot was captured after his jet was shot down over Raqqa.", "captured"),
        ("A teenager tried to stab a guard at the checkpoint. The girl was shot dead by police.", "killed"),
        ("The boy was wounded by shrapnel when a mortar landed near his school.", "wounded"),
        ("The journalist was kidnapped by gunmen on the road to the airport.", "captured"),
    ],
)
def test_one_person_by_trade_or_age_after_the_counts_one(text: str, outcome: str) -> None:
    """A person brought in without a number ("a teenager tried to stab ...") or told of first
    with "the" counts one; an office or rank ("the leader of the group", "the general") does not."""
    assert [(t.count, t.outcome) for t in tallies(text) if t.outcome == outcome] == [(1, outcome)]


def test_one_person_told_again_with_the_restates_the_first_figure() -> None:
    text = "A soldier was killed by a roadside bomb in Helmand. The soldier was killed while on foot patrol near Sangin."
    found = [t for t in extract_document(text, None).tallies if t.outcome == "killed"]
    assert [(t.count, t.restates) for t in found] == [(1, None), (1, 0)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('State television said 15 "terrorists" were killed by the army in the province.', 15),
        ("The army said it killed 15 'terrorists' in the countryside near the city.", 15),
        ("The ministry said 20 ‘armed gang members’ were killed in the clashes.", 20),
    ],
)
def test_people_named_in_scare_quotes_are_counted(text: str, count: int) -> None:
    """State media name the other side in quotes the writer does not adopt: the figure is the
    quoted people's."""
    tally = only(text)
    assert (tally.count, tally.outcome) == (count, "killed")
    assert any(word in text[tally.start : tally.end] for word in ("terrorists", "members"))


def test_quoted_speech_keeps_its_figure() -> None:
    assert counts('"Five soldiers were killed," the spokesman said.') == [(5, "killed")]
    assert counts('He said "five soldiers were killed" in the attack.') == [(5, "killed")]


def test_a_named_person_and_a_relative_count_one_each() -> None:
    assert counts("Huda Saleh and her son, Karim, were both killed in the strike.") == [(1, "killed"), (1, "killed")]


def test_a_possessive_before_a_plural_counts_nothing() -> None:
    assert tallies("Their children were killed. Israel said its forces killed the gunmen.") == []


def test_a_family_of_six_counts_six() -> None:
    assert counts("An airstrike killed a family of six in Rafah.") == [(6, "killed")]


def test_quoted_objects_are_read() -> None:
    tally = only("The army said its forces killed 'dozens of terrorists' in the operation.")
    assert (tally.count, tally.qualifier, tally.role) == (24, "vague", "militants")


def test_some_of_the_injured_dying_are_new_deaths() -> None:
    text = "The death toll rose to 17 as three of the injured died in hospital."
    assert [(t.count, t.outcome, t.cumulative, t.subset_of) for t in tallies(text)] == [
        (17, "killed", True, None),
        (3, "killed", False, None),
    ]


def test_both_alone_counts_two() -> None:
    assert counts("Both were killed when the shell hit the car.") == [(2, "killed")]


def test_a_suicide_bomber_who_killed_died_too() -> None:
    found = tallies("A suicide bomber killed at least 14 people at a market in the town.")
    assert [(t.count, t.qualifier, t.role) for t in found] == [(14, "at_least", "people"), (1, "exact", "militants")]
    assert [(t.count, t.qualifier) for t in tallies("Suicide bombers killed two people in the camp.")] == [
        (2, "exact"),
        (2, "vague"),
    ]


def test_a_suicide_blast_that_killed_is_not_read_as_the_attackers_death() -> None:
    assert counts("The suicide blast killed eight people at the checkpoint.") == [(8, "killed")]
    assert counts("Suicide attack kills 4, wounds 5 in southern province") == [(4, "killed"), (5, "wounded")]


def test_subject_of_blew_themselves_up_died() -> None:
    text = "Three militants stormed the hotel and opened fire before blowing themselves up."
    tally = only(text)
    assert (tally.count, tally.outcome, tally.role) == (3, "killed", "militants")


# --- what is not a casualty figure


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister announced a $200 million fund for the families of those killed.",
        "Officials said 34 projects were funded, five of them in the north.",
        "The army opened a six-front offensive against the rebels.",
        "It was the third time this month that the general was reported killed.",
        "Government forces advanced to within 6km of Palmyra, where fighting killed civilians.",
        "The group has been fighting since 2012 and lost many fighters.",
        "Police detained 40 protesters in the capital.",
        "The navy rescued 12 sailors after the ship was hit.",
        "No one was killed in the attack, police said.",
        "None of the 30 passengers were injured.",
        "The court sentenced 11 men to death.",
        # an attempt is no casualty
        "A man tried to stab a police officer at the checkpoint before he was arrested.",
        "A teenager attempted to stab two soldiers at the gate.",
        "Militants attempted to kidnap three teachers on their way to school.",
        "A mob tried to beat two men to death outside the mosque.",
    ],
)
def test_numbers_that_are_not_casualty_figures(sentence: str) -> None:
    assert tallies(sentence) == []


def test_ages_in_a_list_of_named_dead_are_not_counted() -> None:
    text = (
        "The family posted the names of those killed: Omar Haddad, 38 years old; his wife Lina Haddad, "
        "34 years old; and his daughter Sara Haddad, 6 years old."
    )
    assert all(t.count in (1,) for t in tallies(text))


def test_a_denial_is_not_a_casualty() -> None:
    assert tallies("The Guards denied reports that General Rahimi had been wounded.") == []


# --- how sure, where, by what


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Six members of the family were reportedly killed in the strike.", "reportedly"),
        ("Two aid workers were allegedly killed by militia fighters.", "allegedly"),
        ("Rebels claimed 30 soldiers were killed in the ambush.", "claimed"),
        ("Unconfirmed reports said 20 fighters were killed near the dam.", "unconfirmed"),
        ("Twelve soldiers were killed on Tuesday.", None),
    ],
)
def test_hedges_near_the_figure(sentence: str, hedge: str | None) -> None:
    assert only(sentence).hedge == hedge


def test_an_alleged_strike_does_not_hedge_the_figure() -> None:
    assert only("Seven civilians were killed in an alleged Israeli airstrike.").hedge is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Five civilians were killed in Khan Yunis on Friday.", "in Khan Yunis"),
        ("Nine soldiers were killed south of Aleppo.", "south of Aleppo"),
        ("Two medics were killed near the frontline south of Syria's second city Aleppo.", "south of Aleppo"),
        ("A car bomb in the central Iraqi city of Ramadi killed at least 7 people.", "in Ramadi"),
        ("Five civilians were killed in an airstrike on Tuesday.", None),
    ],
)
def test_place_phrases(sentence: str, place: str | None) -> None:
    assert only(sentence).place == place


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("Eight people were killed in an airstrike on the camp.", "airstrike"),
        ("Three soldiers were killed by a roadside bomb.", "roadside bomb"),
        ("Artillery shelling killed four children in the village.", "Artillery shelling"),
        ("Two policemen were killed by unidentified gunmen.", "unidentified gunmen"),
    ],
)
def test_cause_where_stated(sentence: str, cause: str) -> None:
    assert only(sentence).cause == cause


# --- running totals


def test_death_toll_rising_is_a_running_total() -> None:
    tally = only("The death toll from the earthquake and shelling rose to 40 on Monday.")
    assert (tally.count, tally.outcome, tally.cumulative) == (40, "killed", True)


@pytest.mark.parametrize(
    "text",
    [
        "Some reports put the death toll as high as 35.",
        "The number of civilians killed could be as many as 35 people.",
    ],
)
def test_a_toll_given_as_an_upper_bound_is_read(text: str) -> None:
    tally = only(text)
    assert (tally.count, tally.qualifier, tally.outcome) == (35, "up_to", "killed")


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Friday's bombing of the mosque rose to 41, officials said.",
        "The death toll in the siege of the hotel has risen to 41.",
        "The death toll of the attack stands at 41, according to the provincial governor.",
        "The number of people killed in the Israeli strikes on the Damascus countryside has risen to 41.",
        "The death toll from the bombing of the Abu Nasr family's home in the Zaytoun neighbourhood rose to 41.",
    ],
)
def test_a_toll_whose_event_is_named_with_of_or_in_still_reaches_its_figure(text: str) -> None:
    tally = only(text)
    assert (tally.count, tally.outcome, tally.cumulative) == (41, "killed", True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The attack brought to 4,000 the number of US troops killed in Iraq since the invasion.", 4000),
        ("The blast raised to 41 the death toll from Friday's attacks on the mosques.", 41),
    ],
)
def test_a_figure_put_before_the_toll_it_raises_is_a_running_total(text: str, count: int) -> None:
    tally = only(text)
    assert (tally.count, tally.outcome, tally.cumulative) == (count, "killed", True)


def test_a_figure_brought_to_before_a_number_of_things_is_no_toll() -> None:
    assert counts("The barrage brought to 12 the number of rockets fired at the town this week.") == []


def test_brought_the_total_to_is_a_running_total_of_the_outcome_before() -> None:
    text = "Four more fighters were killed on Sunday. The latest casualties brought the total to at least 71."
    first, second = tallies(text)
    assert (first.count, first.cumulative) == (4, False)
    assert (second.count, second.outcome, second.qualifier, second.cumulative) == (71, "killed", "at_least", True)


def test_a_toll_takes_its_people_only_from_a_subject_that_names_casualties() -> None:
    text = "The Health Ministry of Lebanon said on Tuesday, bringing the death toll since October to 2,412."
    tally = only(text)
    assert (tally.count, tally.cumulative, tally.nationality) == (2412, True, None)


def test_ordinal_before_a_participle_is_a_running_count() -> None:
    tally = only("Colonel Reza Ahmadi became the fifth Iranian officer killed in Syria this year.")
    assert (tally.count, tally.cumulative, tally.nationality) == (5, True, "Iranian")


def test_overall_as_an_adjective_is_not_a_running_total() -> None:
    assert only("The strike killed the overall commander of the brigade.").cumulative is False


def test_a_stray_article_before_a_qualified_figure_is_not_part_of_its_evidence() -> None:
    # A headline run into its story, or a quote cut short, leaves "A" before "At least".
    text = "Crackdown on protests widens A At least 106 protesters in 21 cities have been killed, rights groups say."
    tally = only(text)
    assert text[tally.start : tally.end] == "At least 106 protesters in 21 cities have been killed"
    estimated = "An estimated 100 people were killed in the shelling."
    assert estimated[only(estimated).start :].startswith("An estimated 100")


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Officials said. Twelve soldiers were killed in the ambush."
    tally = only(text)
    assert text[tally.start : tally.end] == "Twelve soldiers were killed"
    assert tally.sentence == 1


def test_shot_dead_as_an_active_verb_with_its_object_after() -> None:
    tally = only("Gunmen shot dead six members of a family inside their home in the district.")
    assert (tally.count, tally.outcome) == (6, "killed")
    assert counts("Militants attacked the village, shooting dead a farmer and wounding another one.") == [
        (1, "killed"),
        (1, "wounded"),
    ]
    assert counts("Two men were found dead the next morning.") == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shot the village chief to death outside his home.", 1),
        ("Militants shot two teachers to death in front of their students.", 2),
        ("A mob beat three people to death in the village on Sunday.", 3),
        ("Villagers stoned two suspected thieves to death after the market fire.", 2),
        ("Guards beat the prisoners and kicked two of them to death.", 2),
        ("Two pilgrims were trampled to death in the crush at the gate.", 2),
        ("Three men were clubbed to death by the mob.", 3),
    ],
)
def test_a_verb_its_people_then_to_death_is_a_killing(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


def test_deaths_without_the_usual_verbs() -> None:
    found = counts("Two aid workers were kidnapped and later killed by gunmen in the province.")
    assert found == [(2, "captured"), (2, "killed")]
    assert counts("Gunmen kidnapped three engineers and killed their driver.") == [(3, "captured"), (1, "killed")]


def test_stabbing_and_received_injuries_are_wounds() -> None:
    assert counts("A man stabbed four people at a bus stop and fled the scene.") == [(4, "wounded")]
    assert counts("Two soldiers were stabbed to death at the gate.") == [(2, "killed")]
    found = counts("Two policemen were killed and nine others received injuries in a blast in the city.")
    assert found == [(2, "killed"), (9, "wounded")]


def test_an_attempt_does_not_hide_what_was_done_after_it() -> None:
    assert counts("He attempted to stab a guard and wounded a soldier.") == [(1, "wounded")]


def test_killed_or_wounded_is_one_figure_of_casualties() -> None:
    """Casualties are the dead and the wounded together: without a split there is no figure of
    either, and none is made up; a part named as dead is that many dead."""
    assert counts("15 soldiers were killed or wounded when gunmen attacked a checkpoint.") == []
    assert counts("The army suffered 42 casualties in the battle for the town.") == []
    assert counts("The battalion suffered 42 casualties, including 10 dead.") == [(10, "killed")]
    assert counts("Four civilians were killed and injured in two separate blasts.") == []
    found = counts("Gunmen shot a civilian dead and injured another one in an attack on the village.")
    assert found == [(1, "killed"), (1, "wounded")]
    assert counts("Two soldiers were killed and 5 wounded.") == [(2, "killed"), (5, "wounded")]


def test_people_told_of_without_a_number_killed_and_injured_are_some_of_each() -> None:
    text = "Local media reported that a number of civilians were killed and injured in the strike on the house."
    assert counts(text) == [(2, "killed"), (2, "wounded")]
    assert counts("Several people were wounded and killed when the shell hit the market.") == [(2, "wounded"), (2, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The house was bombed by an aircraft, resulting in eleven civilian deaths and other injuries.",
        "A projectile hit the family home, killing one civilian man and causing injuries to others.",
    ],
)
def test_injuries_of_others_told_without_a_number_are_two_at_least(text: str) -> None:
    wounded = [t for t in tallies(text) if t.outcome == "wounded"]
    assert [(t.count, t.qualifier) for t in wounded] == [(2, "vague")]


def test_injuries_of_one_person_are_no_figure_of_others() -> None:
    assert counts("The soldier died of his injuries and other complications in hospital.") == []


def test_an_acronym_in_brackets_stays_in_the_noun_phrase() -> None:
    text = "Nine Afghan Local Police (ALP) personnel, including a commander, were killed in an attack."
    assert [(t.count, t.subset_of) for t in tallies(text)][0] == (9, None)


def test_soldiers_who_sacrificed_their_lives() -> None:
    assert counts("An officer and three soldiers sacrificed their lives while repelling the attack.") == [
        (1, "killed"),
        (3, "killed"),
    ]


def test_a_place_named_after_people_is_no_person() -> None:
    assert counts("Three people near a refugee camp were killed when their house exploded.") == [
        (3, "killed")
    ]
    assert counts("Gunmen attacked a police station on Monday and a police officer was killed.") == [(1, "killed")]


def test_the_head_before_of_says_how_many() -> None:
    assert counts("The blast killed a policeman and a member of the militia.") == [(1, "killed"), (1, "killed")]


# --- injuries told in other words


def test_injuries_suffered_received_or_sustained_with_words_of_how_bad() -> None:
    assert counts("Five shoppers suffered light to moderate injuries in the blast at the market.") == [(5, "wounded")]
    assert counts("Two soldiers received serious injuries when the mine went off.") == [(2, "wounded")]
    assert counts("The army suffered heavy losses and received reinforcements from the capital.") == []


def test_left_injured_and_hurting() -> None:
    assert counts("A shopkeeper was left injured when a grenade went off outside his store.") == [(1, "wounded")]
    assert counts("A car bomb exploded outside the school, hurting 35 people.") == [(35, "wounded")]


def test_a_lone_other_is_one_person() -> None:
    assert counts("One soldier was killed and other injured in the blast near the base.") == [
        (1, "killed"),
        (1, "wounded"),
    ]


def test_people_belonging_to_a_force() -> None:
    tally = only("Four men belonging to the tribal militia were injured when their vehicle hit a mine.")
    assert (tally.count, tally.outcome) == (4, "wounded")


def test_us_in_capitals_is_the_country() -> None:
    tally = only("At least four US soldiers were injured in an attack on their convoy near Kandahar.")
    assert (tally.count, tally.nationality) == (4, "American")


def test_as_many_repeats_the_count_before() -> None:
    assert counts("Four policemen and as many Taliban rebels were wounded in the clash.") == [
        (4, "wounded"),
        (4, "wounded"),
    ]
    assert counts("Gunmen killed three soldiers and as many civilians at the checkpoint.") == [
        (3, "killed"),
        (3, "killed"),
    ]
    assert counts("Gunmen killed three soldiers and as many as 10 civilians.") == [(3, "killed"), (10, "killed")]


def test_him_and_the_people_after_are_counted() -> None:
    text = "Gunmen stormed the home of a teacher in the town, killing him and four members of his family."
    assert counts(text) == [(1, "killed"), (4, "killed")]


def test_an_earlier_event_the_attack_came_after_is_not_counted() -> None:
    text = (
        "A police officer was gunned down by militants in the village. "
        "The attack came two days after 4 militants were killed in the same village."
    )
    assert counts(text) == [(1, "killed")]
    followed = "The strike followed the deaths of 12 soldiers in a raid on the base."
    assert counts(followed) == []
    arrests = "The arrests came after 5 people were killed in a bombing on Monday."
    assert counts(arrests) == [(5, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten policemen were killed in an ambush in the northern Sinai, security sources said, a day after "
            "militants killed two soldiers.",
            [(10, "killed")],
        ),
        (
            "A car bomb killed 8 people in Baghdad on Tuesday, two days after a suicide bomber killed 12 people at "
            "a mosque in the city.",
            [(8, "killed")],
        ),
        ("Five soldiers were killed on Monday, just hours after 3 policemen died in a similar attack.", [(5, "killed")]),
        # near misses: no figure of its own before the aside, and an aside of a wound
        ("A day after militants killed two soldiers, ten policemen were killed in an ambush.", [(2, "killed"), (10, "killed")]),
        ("Two soldiers died days after being wounded by a mine that killed 3 others.", [(2, "killed"), (3, "killed")]),
    ],
)
def test_a_closing_aside_of_when_tells_an_earlier_events_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_figure_after_which_this_event_came_and_named_as_earlier_is_not_counted() -> None:
    text = (
        "The school was hit again while rescuers were at work after at least 16 civilians were killed in an "
        "initial bombardment. The second strike killed two people."
    )
    assert counts(text) == [(2, "killed")]
    assert counts("Eight members of the family were killed in the initial airstrike.") == [(8, "killed")]
    assert counts("Rescuers arrived after 12 people were killed in the strike.") == [(12, "killed")]


def test_other_before_an_outcome_noun_is_no_person() -> None:
    text = "The shelling caused casualties, including the death of one woman and other \u201cinjuries\u201d, east of the town."
    assert counts(text) == [(1, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops shot dead a Palestinian at a checkpoint near Hebron on Friday.",
        "Gunmen on motorbikes killed an Afghan working for the aid group in Kunduz.",
        "Soldiers shot and killed a Palestinian who had thrown stones at a patrol.",
    ],
)
def test_a_peoples_name_for_one_of_them_is_one_person(text: str) -> None:
    killed = [t for t in tallies(text) if t.outcome == "killed"]
    assert [(t.count, t.nationality is not None) for t in killed] == [(1, True)]


def test_a_peoples_name_that_is_no_noun_names_no_one() -> None:
    assert counts("Settlers attacked a Palestinian village and burned a British journalist's car.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Three hostages were executed by the militants on Sunday, the group said in a video.",
        "Five hostages were killed when troops stormed the building.",
    ],
)
def test_hostages_killed_are_dead_as_well_as_held(text: str) -> None:
    assert sorted(t.outcome for t in tallies(text)) == ["captured", "killed"]


def test_hostages_freed_are_only_held() -> None:
    assert counts("Two hostages were freed by the army after a week in captivity.") == [(2, "captured")]


def test_the_remains_of_people_are_their_dead() -> None:
    tally = only("The remains of 19 soldiers were recovered from the valley after the battle.")
    assert (tally.count, tally.outcome, tally.role) == (19, "killed", "soldiers")


def test_remains_as_a_verb_or_of_a_thing_counts_no_dead() -> None:
    assert counts("It remains unclear whether the remains of the bridge can be cleared by spring.") == []


def test_an_official_told_of_with_an_article_is_one_person() -> None:
    tally = only("A provincial governor was wounded when gunmen fired on his car in the north.")
    assert (tally.count, tally.outcome, tally.role) == (1, "wounded", "leaders")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The governor's spokesman was injured in the attack on the compound.", "wounded"),
        ("The mayor's driver was killed when the bomb went off under the car.", "killed"),
        ("The journalist's wife was wounded by shrapnel in the strike on their home.", "wounded"),
    ],
)
def test_someone_s_kin_or_aide_after_the_is_one_person(text: str, outcome: str) -> None:
    assert counts(text) == [(1, outcome)]


def test_someone_s_things_or_many_kin_after_the_are_no_one_person() -> None:
    assert counts("The governor's convoy was hit and the soldier's children were injured.") == []


@pytest.mark.parametrize(
    "text",
    [
        "At least four people were killed and a fifth seriously injured in an attack on the village.",
        "The gunmen shot dead four farmers and wounded a fifth before fleeing into the forest.",
    ],
)
def test_an_ordinal_alone_after_a_figure_is_one_more_person(text: str) -> None:
    assert [(t.count, t.outcome) for t in tallies(text)][1:] == [(1, "wounded")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eight pilgrims were mowed down by gunmen on the road to the shrine.", 8),
        ("Two women were burned alive when militants set fire to the church.", 2),
        ("Government troops butchered 2,000 villagers in Hama, a reader wrote.", 2000),
        ("Forty prisoners were butchered in their cells during the uprising.", 40),
    ],
)
def test_mowed_down_burned_alive_and_butchered_are_deaths(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


def test_the_dead_included_names_parts_of_the_figure_before() -> None:
    text = "Thirty people were killed in the market bombing. The dead included 11 children."
    found = tallies(text)
    assert [(t.count, t.subset_of) for t in found] == [(30, None), (11, 0)]


def test_the_dead_were_names_parts_of_the_figure_before() -> None:
    text = "Eight people were killed in the attack. The dead were three soldiers and five civilians."
    assert [(t.count, t.subset_of) for t in tallies(text)] == [(8, None), (3, 0), (5, 0)]
    text = "Those killed were two policemen and a child, the ministry said."
    assert [(t.count, t.qualifier) for t in tallies(text)] == [(2, "at_least"), (1, "at_least")]
    assert tallies("The dead were taken to the hospital in the city.") == []


def test_the_dead_included_alone_is_at_least_its_people() -> None:
    tally = only("Those killed included two journalists, the channel said.")
    assert (tally.count, tally.qualifier, tally.role) == (2, "at_least", "journalists")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Smith and Jones were abducted by gunmen near the camp last week.", "captured"),
        ("On Monday, Ahmed and Ali were killed by a sniper near the bakery.", "killed"),
    ],
)
def test_two_single_names_joined_by_and_are_two_people(text: str, outcome: str) -> None:
    assert counts(text) == [(1, outcome), (1, outcome)]


def test_two_places_joined_by_and_are_no_people() -> None:
    assert counts("Syria and Iraq were hit by sandstorms on Monday.") == []


def test_fatally_wounded_or_shot_is_killed() -> None:
    found = tallies("Gunmen opened fire on a checkpoint, fatally wounding two soldiers and injuring three others.")
    assert [(t.count, t.outcome) for t in found] == [(2, "killed"), (3, "wounded")]
    found = tallies("Two policemen were fatally shot and four were wounded when gunmen attacked the station.")
    assert [(t.count, t.outcome) for t in found] == [(2, "killed"), (4, "wounded")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Rights groups said 38 demonstrators in four provinces have been killed.", 38),
        ("Thirty-eight demonstrators in four provinces have been killed since the protests began.", 38),
        ("Twelve workers from two villages were killed in the attack on the quarry.", 12),
    ],
)
def test_a_counted_place_after_the_counted_people_counts_no_one(text: str, count: int) -> None:
    assert only(text).count == count
