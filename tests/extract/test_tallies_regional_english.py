"""Casualty news in the English of South Asian and African papers and wires, and the incident
lists that copy it: "an army personnel and two militants were killed in an encounter", "a Naik
and a Sepoy embraced shahadat", "martyring four soldiers", "the duo were shot dead", "a score of
villagers", "two of the injured were declared brought dead", "were, however, injured"."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


def totals(text: str) -> tuple[int, int, int]:
    """Killed, wounded and captured of the text's own event, as the figures of its toll sum."""
    figures = [f for f in event_tallies_json(text, "2021-05-04") if not f["cumulative"]]
    killed, wounded, captured = (sum(f["count"] for f in figures if f["outcome"] == o) for o in ("killed", "wounded", "captured"))
    return killed, wounded, captured


def events(text: str) -> list[str]:
    return [t.event for t in extract_document(text, None).tallies]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suspected herdsmen have killed a score of villagers in Agatu local government area.", [(20, "killed")]),
        ("A score of people were injured when police lathi-charged the protesters in Patna.", [(20, "wounded")]),
        ("Over a score of persons were injured in the clash at the weekly market.", [(20, "wounded")]),
        ("Bandits abducted a score of farmers from their fields near Tsafe.", [(20, "captured")]),
    ],
)
def test_a_score_of_people_is_twenty(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The team won the title with a score of 85 points.",
        "She finished with a score of 9.5 from the judges.",
        "Kenya beat Uganda by a score of three goals to one.",
    ],
)
def test_a_score_of_points_is_no_people(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An army personnel and two militants were killed in an encounter in Kupwara on Sunday.",
            [(1, "killed"), (2, "killed")],
        ),
        ("A BSF personnel was injured in unprovoked firing from across the border in Samba.", [(1, "wounded")]),
        ("A CRPF personnel was martyred when terrorists attacked a naka party in Srinagar.", [(1, "killed")]),
        ("Five army personnel were killed in the ambush in Kathua district.", [(5, "killed")]),
    ],
)
def test_a_personnel_is_one_member_of_the_forces(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_personnel_carrier_is_no_person() -> None:
    assert counts("An armoured personnel carrier was destroyed in the blast near Kandahar.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duo were shot dead by militants near their home in Tral.", [(2, "killed")]),
        ("The trio were abducted from their farm by bandits in Birnin Gwari.", [(3, "captured")]),
        ("The duo were injured when miscreants hurled crude bombs at them.", [(2, "wounded")]),
    ],
)
def test_the_duo_and_the_trio_are_two_and_three(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_trio_of_gunmen_are_the_killers_not_the_dead() -> None:
    assert counts("A trio of gunmen shot dead a trader in Pulwama.") == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both the militants were killed in the encounter at Hajin.", [(2, "killed")]),
        ("Both the soldiers were injured in the shelling along the LoC.", [(2, "wounded")]),
        ("Both his sons were shot dead by unknown gunmen in Bajaur.", [(2, "killed")]),
        ("Militants shot dead both the brothers outside their shop.", [(2, "killed")]),
    ],
)
def test_both_before_the_or_a_possessive_counts_two(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_both_the_one_and_the_other_stay_two_people() -> None:
    assert counts("The blast killed both the driver and the conductor of the bus.") == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terrorists attacked a Frontier Corps post in Kech district, martyring four soldiers.", [(4, "killed")]),
        ("Terrorists martyred two policemen guarding a polio team in Peshawar.", [(2, "killed")]),
        ("Militants stormed the check post, martyring a Levies sepoy and injuring two others.", [(1, "killed"), (2, "wounded")]),
    ],
)
def test_martyring_and_martyred_as_active_verbs_kill_their_object(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two jawans attained martyrdom in the gunfight at Kalakote.", [(2, "killed")]),
        ("Three soldiers attained shahadat when terrorists attacked their post in Datta Khel.", [(3, "killed")]),
        ("A Levies sepoy attained martyrdom while four others sustained injuries.", [(1, "killed"), (4, "wounded")]),
    ],
)
def test_attained_martyrdom_is_a_death(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_martyred_before_its_noun_is_no_new_figure() -> None:
    assert counts("The martyred soldiers were laid to rest in their native villages.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Naik and a Sepoy of the Pakistan Army embraced shahadat in the Zhob attack.", [(1, "killed"), (1, "killed")]),
        ("A Subedar and two sepoys were injured in the shelling in Uri.", [(1, "wounded"), (2, "wounded")]),
        ("A Havildar was martyred in the ceasefire violation in Poonch.", [(1, "killed")]),
        ("The militants opened fire, killing a cop on the spot.", [(1, "killed")]),
        ("A cop was shot dead by terrorists in Srinagar's Nowgam area.", [(1, "killed")]),
        ("A DSP and two constables were injured when a roadside bomb hit their van in Hangu.", [(1, "wounded"), (2, "wounded")]),
        ("An ASI and a head constable were shot dead at a naka in Anantnag.", [(1, "killed"), (1, "killed")]),
        ("A sub-inspector and two constables were injured in the stone-pelting.", [(1, "wounded"), (2, "wounded")]),
        ("Gunmen killed a traditional ruler and his driver in Ekiti State.", [(1, "killed"), (1, "killed")]),
        ("Bandits have abducted a first-class monarch in Kaduna State.", [(1, "captured")]),
    ],
)
def test_ranks_cops_and_rulers_are_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were declared dead at the base hospital.", [(2, "killed")]),
        ("Three persons were brought dead to the district hospital.", [(3, "killed")]),
        ("The victim was pronounced dead at the scene.", [(1, "killed")]),
        ("A woman and her two daughters were charred to death when miscreants set their hut on fire.", [(1, "killed"), (2, "killed")]),
        ("Two villagers were macheted to death by suspected herdsmen in Benue.", [(2, "killed")]),
        ("Six members of a family were done to death by suspected militants in Rajouri.", [(6, "killed")]),
        ("Two soldiers paid the supreme price during the encounter, the army said.", [(2, "killed")]),
        ("Three policemen made the ultimate sacrifice while guarding the polling station.", [(3, "killed")]),
        ("Four persons were grievously injured in the attack at Bhadrak.", [(4, "wounded")]),
    ],
)
def test_deaths_told_by_who_found_them_or_by_how(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the injured were declared brought dead at the district hospital.", [(2, "killed")]),
        ("Two of the injured were declared dead on arrival.", [(2, "killed")]),
        ("Three of the wounded lost their lives in hospital.", [(3, "killed")]),
    ],
)
def test_some_of_the_injured_who_died_are_new_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text", ["The ruler of the emirate died in 2019 after a long illness.", "The ruling party lost 40 seats in the polls."]
)
def test_a_ruler_without_a_figure_and_a_ruling_party_give_nothing(text: str) -> None:
    assert counts(text) == []


def test_some_of_the_injured_who_were_children_stay_injured() -> None:
    assert counts("Three of the injured were children.") == [(3, "wounded")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two policemen were, however, injured during the gun duel.", [(2, "wounded")]),
        ("A soldier was however martyred in the exchange of fire.", [(1, "killed")]),
        ("Three passengers were, unfortunately, killed when the bus was ambushed.", [(3, "killed")]),
    ],
)
def test_a_linking_adverb_between_the_verb_and_its_outcome_is_skipped(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed. However, police said the attackers fled.", [(3, "killed")]),
        ("Two policemen were, however, not injured in the attack.", []),
    ],
)
def test_a_linking_adverb_elsewhere_changes_nothing(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chhatra League leader was hacked to death by miscreants in Narayanganj.", [(1, "killed")]),
        ("The Awami League said two of its activists were hacked to death in Feni.", [(2, "killed")]),
        ("A Muslim League leader was shot dead in Lahore on Monday.", [(1, "killed")]),
    ],
)
def test_a_party_named_league_is_no_sport(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(t.count, t.outcome) for t in extract_document(text, None).tallies] == expected


def test_a_league_of_football_stays_sport() -> None:
    assert extract_document("The striker has killed 14 of his last 15 penalties in the Premier League.", None).tallies == []


@pytest.mark.parametrize(
    "text",
    [
        "A polio worker and a policeman guarding her were shot dead in Swabi district.",
        "Two polio workers were shot dead in Karachi's Landhi area.",
        "A policeman escorting a polio team was killed in Bajaur.",
        "Two policemen were, however, injured during the gun duel with the bandits.",
        "A woman was killed in cross-firing between the two groups in Moreh.",
    ],
)
def test_attacks_on_vaccinators_and_gun_duels_are_conflict(text: str) -> None:
    assert set(events(text)) == {"conflict"}


def test_polio_that_kills_is_disease() -> None:
    assert events("Polio has killed two children in Kano this year.") == ["disease"]


@pytest.mark.parametrize(
    ("text", "killed", "wounded", "captured"),
    [
        ("A CRPF jawan was martyred and two others were injured when militants lobbed a grenade at a bunker in Sopore.", 1, 2, 0),
        ("One Army jawan and a civilian were killed while four others were injured in cross-firing in Pulwama.", 2, 4, 0),
        ("Ten DRG jawans and their driver were killed when Maoists blew up their vehicle with an IED in Dantewada.", 11, 0, 0),
        ("Two FC personnel embraced martyrdom while three terrorists were sent to hell in North Waziristan, ISPR said.", 5, 0, 0),
        ("An Army officer and a jawan were martyred in the encounter with terrorists in Poonch district, the Army said.", 2, 0, 0),
        ("The injured were rushed to the Lady Reading Hospital where three of them succumbed to their injuries.", 3, 0, 0),
        ("Bandits killed 30 villagers and abducted scores of others in an attack on Kurfi community in Katsina State.", 30, 0, 40),
        ("Two dozen people were killed in renewed attacks on Mangu communities in Plateau State.", 24, 0, 0),
        ("The state government announced Rs 4 lakh each to the kin of the 12 persons who died in the violence.", 12, 0, 0),
        ("Twenty-two security personnel were killed and 31 injured in a Maoist ambush in Chhattisgarh's Bijapur district.", 22, 31, 0),
        (
            "A Naik and a Sepoy of the Pakistan Army embraced shahadat in the Zhob attack. Three terrorists were also sent to hell.",
            5, 0, 0,
        ),
        (
            "The police said the five bandits were neutralised by the operatives. Two policemen were, however, injured "
            "during the gun duel.",
            5, 2, 0,
        ),
        ("During the exchange of fire, six terrorists were killed while two soldiers, Naik Imran and Sepoy Waqas, embraced martyrdom.", 8, 0, 0),
        (
            "Militants attacked a police post in Tank district late on Monday. Two cops were martyred and another was "
            "injured. The attackers fled towards the mountains.",
            2, 1, 0,
        ),
    ],
)
def test_regional_reports_give_the_totals_an_analyst_records(text: str, killed: int, wounded: int, captured: int) -> None:
    assert totals(text) == (killed, wounded, captured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A youth died after being hit by a tear gas shell during the protest in Kulgam.", [(1, "killed")]),
        ("A youth succumbed to his injuries at SMHS hospital on Sunday.", [(1, "killed")]),
        ("Two militants and an SPO were killed in the gunfight at Tral.", [(2, "killed"), (1, "killed")]),
    ],
)
def test_a_youth_is_one_young_man_and_an_spo_one_policeman(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_the_youth_of_a_village_are_no_figure() -> None:
    assert counts("The youth of the village protested the killing of two farmers.") == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two ultras were neutralised in the operation in Chandel district.", [(2, "killed")]),
        ("Three infiltrators were neutralised along the LoC in Uri sector, the Army said.", [(3, "killed")]),
        ("Troops eliminated two intruders in the Keran sector on Thursday.", [(2, "killed")]),
        ("Police operatives neutralised three armed robbers on the Lagos-Ibadan expressway.", [(3, "killed")]),
        ("Troops neutralised two cattle rustlers in Kebbi State.", [(2, "killed")]),
    ],
)
def test_neutralised_intruders_robbers_and_rustlers_are_killed(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Police neutralised the bomb found near the market.", "The team eliminated two rivals in the semifinal."],
)
def test_neutralised_things_and_eliminated_rivals_stay_nothing(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two ultras were neutralised in the operation.",
        "Naik Ravinder Singh and Sepoy Anil Kumar laid down their lives repulsing the infiltration bid along the LoC.",
    ],
)
def test_ultras_and_the_line_of_control_are_conflict(text: str) -> None:
    assert set(events(text)) == {"conflict"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Taliban commander along with four of his fighters were killed in an airstrike in Kunduz.", [(1, "killed"), (4, "killed")]),
        ("A local leader along with his two sons was shot dead in Bannu.", [(1, "killed"), (2, "killed")]),
        ("Three soldiers along with their driver were injured in the blast.", [(3, "wounded"), (1, "wounded")]),
        ("The SHO together with two constables was injured in the attack.", [(1, "wounded"), (2, "wounded")]),
    ],
)
def test_along_with_without_commas_joins_people_as_and_does(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_along_with_before_no_outcome_adds_no_one() -> None:
    text = "Police along with the army cordoned off the area after two militants were killed."
    assert counts(text) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 1.5 lakh people were killed in the riots in Punjab alone.", [(150_000, "killed")]),
        ("Over 4 lakh people have died of Covid-19 in the country.", [(400_000, "killed")]),
        ("Nearly 2,50,000 people were killed in the fighting, the commission found.", [(250_000, "killed")]),
        ("Two lakh people were affected by the floods, officials said.", []),
    ],
)
def test_lakh_and_digits_grouped_by_hundreds_are_read_whole(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government announced an ex gratia of Rs 5 lakh for the kin of each of the 7 deceased.", [(7, "killed")]),
        ("Property worth Rs 50 crore was gutted and two persons were killed in the arson.", [(2, "killed")]),
        ("The miscreants decamped with Rs 3 lakh after injuring two bank employees.", [(2, "wounded")]),
    ],
)
def test_lakh_and_crore_of_rupees_are_no_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two lakh people were displaced and 14 persons were killed in the riots.", [(14, "killed")]),
        ("Many were displaced and 14 persons were killed in the clashes.", [(14, "killed")]),
        ("A displaced man was killed in the shelling of the camp.", [(1, "killed")]),
    ],
)
def test_people_displaced_before_a_list_of_the_dead_are_no_one_of_it(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot dead a wanted criminal in an encounter in Ghaziabad.", [(1, "killed")]),
        ("Police shot dead a gangster carrying a reward of Rs 50,000 on his head.", [(1, "killed")]),
        ("A dacoit was killed and two policemen were injured in the encounter in Chambal.", [(1, "killed"), (2, "wounded")]),
        ("A suspected thief was lynched by villagers in Jharkhand.", [(1, "killed")]),
    ],
)
def test_the_outlaws_of_police_encounters_are_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_criminal_as_an_adjective_is_no_one() -> None:
    assert counts("The criminal justice system failed the families of the victims.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Lashkar-e-Toiba (LeT) terrorists were killed in an encounter in Sopore.", [(2, "killed")]),
        ("Boko Haram executed an International Committee of the Red Cross (ICRC) worker in Borno.", [(1, "killed")]),
        ("The blast killed six Frontier Corps (FC) personnel near Quetta.", [(6, "killed")]),
        ("Three Communist Party of India-Maoist (CPI-Maoist) cadres were killed in Sukma District.", [(3, "killed")]),
        # an age, a figure or an aside in brackets is no name written short
        ("Ahmad Nabil (32) and his son Yusuf (5) were killed.", [(1, "killed"), (1, "killed")]),
        ("The attack killed 38 people (+3 perpetrators) in Kabul.", [(38, "killed"), (3, "killed")]),
    ],
)
def test_a_name_written_short_in_brackets_stays_inside_its_noun_phrase(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Hizb-ul-Mujahideen (HM) 'commander' was killed in an encounter in Tral.", [(1, "killed")]),
        ("Two Lashkar-e-Toiba (LeT) terrorists, including a 'commander', were killed in Sopore.", [(2, "killed"), (1, "killed")]),
        ("Troops killed a so-called 'commander' of the group near Bannu.", [(1, "killed")]),
        # a verb in quotes stays the army's word
        ("The army said it 'eliminated' 12 insurgents in the operation.", []),
    ],
)
def test_a_word_of_people_in_scare_quotes_is_that_word(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected

