"""The event class of conflict figures in everyday news of 2008 and 2012, told without the usual
war words, and the near misses of the same shape that stay apart (issue 14).

Every sentence here is written for the test, in the shape of wire news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body").tallies]


def is_conflict(text: str) -> bool:
    found = events(text)
    return bool(found) and all(event == "conflict" for event in found)


# Insurgencies named by their provinces and towns, without the country or a war word.
@pytest.mark.parametrize(
    "text",
    [
        "Attackers hurled a device at a passenger van in Yala province, killing four rubber tappers, police said.",
        "A bomb hidden in a vegetable cart went off in a busy market in Hilla, killing 18 shoppers.",
        "Gunmen on motorbikes sprayed a crowded bus station with bullets in Maiduguri on Sunday, killing 11 people.",
        "The deputy governor and his driver were gunned down by men on a motorcycle as he left a mosque in Ghazni.",
        "Four police officers were killed when a bomb ripped through their patrol car in Nalchik.",
        "Over 300 Pakistani soldiers have died fighting in the tribal areas this year alone, so don't tell me otherwise.",
    ],
)
def test_a_figure_in_an_insurgency_s_province_is_conflict(text: str) -> None:
    assert is_conflict(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("An earthquake in Xinjiang killed 22 people and destroyed hundreds of homes.", "disaster"),
        ("A bus crashed into a ravine in Kunar, killing 14 passengers.", "accident"),
        ("A gas cylinder exploded in a restaurant in Hilla, killing six people.", "accident"),
        ("Five people died of cholera in the camps of Jonglei, aid agencies said.", "disease"),
        ("Six people died in a stampede at a temple in Manipur.", "accident"),
    ],
)
def test_a_named_mishap_in_an_insurgency_s_province_keeps_its_class(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# A suicide bombing told by the act, not by the word.
@pytest.mark.parametrize(
    "text",
    [
        "A man wearing an explosive belt blew himself up among police recruits queuing outside the academy, killing 25.",
        "The attacker detonated his vest at the gate of the compound, killing six guards.",
        "Two women blew themselves up on a crowded metro train during the morning rush, killing 39 people.",
    ],
)
def test_a_suicide_bombing_told_by_its_act_is_conflict(text: str) -> None:
    assert is_conflict(text)


# A war's leftovers and those who clear them; the border forces.
@pytest.mark.parametrize(
    "text",
    [
        "Three children were killed when a cluster bomblet they were playing with exploded in a field near Nabatieh.",
        "Two deminers were killed while clearing a minefield near the border with Zimbabwe.",
        "Two shepherds were killed when they strayed into a minefield left over from the 1990s.",
        "Two Indian border guards were killed in firing from across the Line of Control in the Poonch sector.",
        "Six Frontier Corps men were killed when their post came under attack near the Afghan border.",
    ],
)
def test_leftover_ordnance_and_border_forces_are_conflict(text: str) -> None:
    assert is_conflict(text)


def test_border_guards_lost_in_a_mishap_are_an_accident() -> None:
    assert events("Two border guards drowned when their patrol boat capsized on the river.") == ["accident"]


# Riots, elections, sects and herders: political and communal violence.
@pytest.mark.parametrize(
    "text",
    [
        "Rioting in Urumqi left 156 dead and more than 1,000 hurt, Xinhua said, as armed police sealed off the city.",
        "At least 800 people have been killed in the violence that followed the December vote.",
        "Supporters of the two presidential candidates fought with machetes in Kisumu, leaving 12 dead.",
        "Five people were killed in clashes between rival supporters of the two parties in Karachi.",
        "Four Christians were hacked to death by Muslim youths in the village of Dogo Nahawa overnight.",
        "Cattle raiders from a neighbouring community killed 42 people, including women and children, in Turkana.",
        "A local party chairman was beheaded in his ward, and his two sons were kidnapped.",
    ],
)
def test_political_and_communal_violence_is_conflict(text: str) -> None:
    assert is_conflict(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three party workers died in a road accident on their way back from the rally.", "accident"),
        ("Two Muslim men were killed when their car hit a tree near the town.", "accident"),
        ("Saudi Arabia beheaded two men convicted of drug smuggling, the interior ministry said.", "crime"),
        ("Two inmates died in rioting at the prison on Sunday, officials said.", "crime"),
        ("Two fans were stabbed to death in clashes between rival supporters before the cup tie in Istanbul.", "crime"),
        ("Police said there were 3 fans killed in fighting between rival fans after the derby.", "crime"),
    ],
)
def test_near_misses_of_political_violence_stay_apart(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# The near misses of every kind that a reader's or a wire's text holds.
@pytest.mark.parametrize(
    "text",
    [
        "Two security guards were killed in an armed robbery at a cash depot in Johannesburg, police said.",
        "Twelve miners died after a methane explosion at a colliery in Shanxi province, Xinhua said.",
        "Floods in Sindh province have killed 1,600 people, and the army has rescued thousands from the water.",
        "A cholera outbreak in Zimbabwe has killed 4,000 people since August, the WHO said.",
        "The ferry capsized in heavy seas off Zanzibar, and police said 144 people drowned.",
    ],
)
def test_other_deaths_of_the_same_shape_are_not_conflict(text: str) -> None:
    found = events(text)
    assert found and "conflict" not in found


# A protest as the place of its dead, the armed groups by name, the toll told of the bombing, and the war
# words of other wars' news.
@pytest.mark.parametrize(
    "text",
    [
        "Police killed two people at a protest over land seizures in the south on Tuesday.",
        "Three people were shot dead when police broke up a protest by farmers outside the district office.",
        "Two stone-pelters were killed in police firing in Sopore, officials said.",
        "Lashkar-e-Jhangvi claimed the killing of 21 pilgrims on the road to the border.",
        "Two Afghan soldiers were killed in a green-on-blue shooting at a base in the east.",
        "The trial of six men accused of the 2005 bus bombings that killed 52 people opened in London on Monday.",
        "Another 30 people were injured in the skirmishes near the plant, the public defender's office said.",
        "Tanks rolled into the square and at least 40 people died in the night.",
        "Workers exhumed 200 bodies from a mass grave outside the town.",
    ],
)
def test_protests_armed_groups_and_attacks_told_plainly_are_conflict(text: str) -> None:
    assert is_conflict(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Relatives held a protest outside the hospital after three patients died during a power cut.", "disease"),
        ("Residents staged a protest after three boys were murdered in the neighbourhood.", "crime"),
        ("Two people died of heart attacks during the protest in the square.", "disease"),
        ("The dog attacks that killed two children have led to calls for a ban.", "accident"),
        ("Haitian authorities buried 7,000 earthquake victims in a mass grave north of the capital.", "disaster"),
        # an armed group's short name is shared by other bodies: it weighs less than a mishap
        ("Three people died when a bus crashed near the NPA offices in Pretoria.", "accident"),
    ],
)
def test_deaths_a_protest_answers_or_a_grave_holds_keep_their_class(text: str, event: str) -> None:
    assert set(events(text)) == {event}


def test_people_gunned_down_at_a_house_of_worship_are_conflict() -> None:
    assert is_conflict("they gunned down 30 unarmed people at the mosque after friday prayers, i saw the videos")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three worshippers died in a stampede at the shrine during Friday prayers.", "accident"),
        ("Two worshippers were killed when the roof of the old mosque collapsed during evening prayers.", "accident"),
        ("A man was stabbed to death after Friday prayers in a dispute over a parking space.", "crime"),
        ("Gun crime in Chicago killed 500 people last year, more than in Afghanistan.", "crime"),
    ],
)
def test_deaths_among_the_faithful_or_weighed_against_a_war_keep_their_class(text: str, event: str) -> None:
    assert set(events(text)) == {event}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three party workers were injured when the stage collapsed at the rally.", "accident"),
        ("Supporters of the two candidates were injured when a stand collapsed at a debate.", "accident"),
        ("Eight people were killed in clashes between supporters of the two football clubs in Port Said.", "crime"),
        ("Three people were killed in a riot at the Kenyan prison in Kisumu after the election.", "crime"),
        ("Nine party workers were hacked to death in Kannur in a week of political killings.", "conflict"),
    ],
)
def test_the_parties_men_say_who_died_not_what_killed_them(text: str, event: str) -> None:
    assert set(events(text)) == {event}


# An official killed by his own guard, and captives beheaded: political violence told by how.
@pytest.mark.parametrize(
    "text",
    [
        "The governor was shot dead by one of his own guards, who objected to his views, and two passers-by were wounded.",
        "Two Afghan officials were killed by their own bodyguards in the provincial capital.",
        "Two village heads who had backed the government were found beheaded near Lashkar Gah.",
    ],
)
def test_an_official_killed_by_his_guard_or_captives_beheaded_are_conflict(text: str) -> None:
    assert is_conflict(text)


def test_a_guard_in_a_robbery_is_a_crime() -> None:
    assert events("A jeweller was shot dead by his own security guard during a robbery at the shop.") == ["crime"]
