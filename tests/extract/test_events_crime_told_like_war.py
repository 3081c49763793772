"""Figures of crime, accidents and polemic of 2008 and 2012 told with a war's words: a cartel's
message killings and its raids on drug rehabilitation centres, a blast whose bomb investigators
rule out (under a headline of the blast too), a reader's "the crusades" in lower case and the
Ottomans' killings, and a rate of another death weighed against the wars; and the other way, a mob
armed with machetes, as Kenya's news of 2008 told its killings; with the near misses that keep
their class."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


def conflict_counts(text: str, title: str | None = None) -> list[int]:
    return [count for count, event in events(text, title) if event == "conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of 12 men, several of them beheaded, were dumped near a highway outside Acapulco, in what police "
        "described as a message from the Sinaloa cartel to its rivals.",
        "Police in Culiacán found the bodies of seven men beside a narco-banner threatening the Beltrán Leyva gang.",
        "The bodies of five men were found outside a town hall in Michoacán with a message signed by the Zetas.",
        "Gunmen stormed a drug rehabilitation centre in Ciudad Juárez on Wednesday night and shot dead 17 people.",
        "Nineteen people were killed when gunmen burst into an addiction rehab center in Chihuahua city, police said.",
    ],
)
def test_a_cartel_s_message_killings_and_raids_on_rehab_centres_are_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed 15 suspected gunmen of the Gulf cartel in a firefight in Tamaulipas, the Defence ministry said.",
        "Gunmen ambushed an army convoy in Michoacán, killing five soldiers, the Defence ministry said.",
        "A suicide bomber struck a rehabilitation centre for former militants in Swat, killing 14 people.",
        "The Taliban sent a message to the government by killing 12 soldiers at a checkpoint in Helmand.",
    ],
)
def test_the_army_s_fight_and_militants_messages_stay_the_war_s(text: str) -> None:
    assert conflict_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "An explosion in the basement of the Pemex headquarters in Mexico City killed 37 people, and the attorney general "
        "ruled out a bomb.",
        "Investigators ruled out explosives after a blast killed 11 people at a shopping centre in Minsk's suburbs.",
        "The fire chief ruled out a bomb and said the explosion that killed 4 people was caused by a gas boiler.",
    ],
)
def test_a_blast_whose_bomb_is_ruled_out_is_no_war_s(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Blast at Pemex headquarters", "An explosion in the basement of the tower killed 37 people, and the attorney general ruled out a bomb."),
        ("Explosion rocks Minsk mall", "Investigators ruled out explosives after the blast killed 11 people at the shopping centre."),
    ],
)
def test_the_headline_s_blast_over_a_bomb_ruled_out_is_no_war_s(title: str, text: str) -> None:
    assert events(text, title)
    assert conflict_counts(text, title) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Bomb blast in Peshawar market", "Police have not ruled out a bomb in the blast that killed 6 people at the market."),
        ("Suicide bombing at Quetta bus stop", "Police ruled out an accident and said the blast killed 9 people."),
    ],
)
def test_the_headline_s_bomb_stays_where_none_is_ruled_out(title: str, text: str) -> None:
    assert conflict_counts(text, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Suicide bombing at Quetta bus stop", "Police ruled out a gas leak and said the blast killed 9 people."),
        (None, "A bomb killed 9 people at a bus stop in Quetta, and police ruled out a gas leak."),
        (None, "Officials in Kabul ruled out an accident and said a bomb had killed 14 people at the ministry."),
    ],
)
def test_a_bomb_whose_mishap_is_ruled_out_stays_the_war_s(title: str | None, text: str) -> None:
    assert conflict_counts(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "Police have not ruled out a gas leak in the blast that killed 6 people at the mall.",
        "Firefighters said a gas leak caused the blast that killed 6 people, and ruled out arson.",
    ],
)
def test_a_mishap_not_ruled_out_stays_a_mishap(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police have not ruled out a bomb in the blast that killed 6 people at the market in Peshawar.",
        "Police ruled out an accident and said a bomb killed 9 people at a bus stop in Quetta.",
        "The army has not ruled out explosives after the blast killed 12 soldiers at the base in Kunar.",
    ],
)
def test_a_bomb_not_ruled_out_stays_the_war_s(text: str) -> None:
    assert conflict_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crusades killed a million people in the name of the same God, so spare me the sermon.",
        "Christians in the crusades slaughtered 70,000 in Jerusalem alone.",
        "The Ottomans killed 1.5 million Armenians and Turkey still denies it.",
    ],
)
def test_the_crusades_in_lower_case_and_the_ottomans_are_history(text: str) -> None:
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guns kill 30,000 Americans a year, more than every war we have fought since Vietnam combined.",
        "Malaria kills a million children every year, more than all the wars in Africa put together.",
        "Drunk drivers kill 10,000 people a year in this country, far more than terrorism ever has.",
    ],
)
def test_a_rate_weighed_against_the_wars_is_no_war_s(text: str) -> None:
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "In Helmand, roadside bombs kill 10 soldiers a month, more than in any other province.",
        "Drone strikes kill 40 people a month in Waziristan, more than died in the whole of 2006.",
        "The war in Syria kills 100 people a day, more than the war in Libya did at its height.",
    ],
)
def test_a_war_s_own_rate_compared_stays_the_war_s(text: str) -> None:
    assert conflict_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mobs armed with machetes killed 19 people, most of them Luo, in Naivasha on Sunday.",
        "A mob wielding pangas and clubs killed 12 people in Kibera.",
        "Mobs armed with bows and arrows attacked a village near Eldoret, killing 9 people.",
    ],
)
def test_a_mob_armed_with_blades_kills_in_communal_violence(text: str) -> None:
    assert conflict_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A mob armed with sticks killed two suspected thieves in Kisumu.",
        "A man armed with a machete killed 3 people in a bar in Kisumu.",
    ],
)
def test_a_mob_s_justice_and_a_lone_man_s_blade_stay_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 people have died in fighting between factions of the Beltrán Leyva organization since the death of its leader.",
        "Gunmen of the Arellano Félix organization shot dead 13 people at a drug treatment clinic in Tijuana.",
        "Gunmen burst into a house in Torreón and killed 17 young people celebrating a birthday.",
        "Two men opened fire on teenagers celebrating a graduation in the backyard of a house, killing four.",
        "Eleven people were killed when gunmen opened fire at a taxi rank in Durban, in what police said was a fight over routes.",
        "Five taxi drivers were shot dead in Khayelitsha in a dispute between rival taxi associations.",
        "Police said 18 people had been killed in taxi violence in Soweto since the start of the year.",
    ],
)
def test_named_cartels_parties_and_taxi_feuds_are_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber struck guests celebrating a wedding in Tarmiyah, killing 22 people.",
        "Taliban gunmen killed 9 people celebrating a birthday at a house in Kandahar.",
        "A suicide bomber struck a taxi rank in Kano, killing 12 people.",
        "Militants opened fire on a bus carrying Shia pilgrims on the route to Quetta, killing 19.",
        "Fighting between rival Taliban factions in Herat left 14 militants dead, officials said.",
    ],
)
def test_a_war_s_attacks_on_guests_ranks_and_routes_stay_the_war_s(text: str) -> None:
    assert conflict_counts(text)
