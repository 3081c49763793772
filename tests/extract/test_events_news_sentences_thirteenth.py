"""Sentences of whole news pages of 2008 and 2012 from the English-language papers of South Asia, Africa
and the Philippines, met the way a crawl meets them: a shutdown that paralyses a town, a tainted
drink's dead, the fasters of a protest taken to hospital."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


def events(text: str, title: str | None = None) -> list[tuple[int, str, str | None]]:
    tallies = extract_document(text, None, "en", "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in tallies]


@pytest.mark.parametrize(
    "text",
    [
        "A 48-hour general strike called to protest the killings paralysed normal life in the valley.",
        "The 12-hour bandh called by 14 student bodies paralysed traffic in Guwahati on Monday.",
        "A 36-hour hartal paralysed business in Chittagong for the second time this month.",
        "The three-day transport strike paralyzed commerce in Lagos, traders said.",
        "The 2-day shutdown paralysed work at 40 government offices.",
    ],
)
def test_a_shutdown_that_paralyses_a_town_hurts_no_one(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast left 3 people paralysed.", [(3, "wounded")]),
        ("Two workers were paralysed after the scaffolding collapsed.", [(2, "wounded")]),
        ("Four children were paralysed by the polio outbreak in Kano.", [(4, "wounded")]),
    ],
)
def test_people_paralysed_are_still_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Hooch tragedy: toll rises", "The opposition staged a dharna at the collectorate. "
         "In 2009, around 136 people had died after drinking illicit liquor in Ahmedabad.", 136),
        ("Spurious liquor kills 21 in Punjab", "Police said 21 people died after consuming spurious liquor at a wedding in Tarn Taran.", 21),
        ("Chang'aa deaths", "Eleven people died in Kiambu after drinking a toxic brew sold at a shebeen.", 11),
        (None, "The hooch tragedy in Sangrampur has claimed 143 lives, the district magistrate said.", 143),
        (None, "At least 30 people have died after drinking bootleg liquor laced with methanol in Orissa.", 30),
    ],
)
def test_the_dead_of_a_tainted_drink_are_no_war_s(title: str | None, text: str, count: int) -> None:
    found = events(text, title)
    assert (count, "killed") in [(c, o) for c, o, _ in found]
    assert all(event != "conflict" for _, _, event in found)


@pytest.mark.parametrize(
    "text",
    [
        "Maoists killed 7 CRPF jawans in a landmine blast in Dantewada, police said.",
        "Police fired on a mob protesting the sale of illicit liquor, killing 3 villagers in Bihar.",
    ],
)
def test_a_war_or_a_police_firing_near_the_liquor_stays_conflict(text: str) -> None:
    assert [event for _, _, event in events(text)] == ["conflict"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Teachers' dharna enters 10th day", "The indefinite dharna by contract teachers entered its 10th day, "
         "with three protesters on hunger strike being hospitalised."),
        ("Nurses' stir", "Four nurses on a fast-unto-death outside the secretariat were hospitalised on Monday."),
        (None, "Two hunger strikers were hospitalised after their condition deteriorated, doctors said."),
    ],
)
def test_the_fasters_of_a_protest_taken_to_hospital_are_no_war_s_wounded(title: str | None, text: str) -> None:
    assert all(event != "conflict" for _, _, event in events(text, title))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Teachers' dharna", "On Friday, at least 15 teachers were injured when police lathi-charged them outside the assembly."),
        ("Bandh turns violent", "Two policemen were injured when bandh supporters pelted stones at a bus depot."),
    ],
)
def test_a_lathi_charge_on_protesters_stays_conflict(title: str, text: str) -> None:
    assert [event for _, _, event in events(text, title)] == ["conflict"]


@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Opinion: our roads are killing fields", "Terrorists have killed 400 people in Kashmir this year. "
         "The writer lost his 19-year-old brother in a road mishap in 2004.", 1),
        ("Mishap on NH-8", "Three jawans returning from leave were killed in a road mishap near Udhampur on Sunday.", 3),
        (None, "Two pilgrims died and 14 were hurt in a mishap when their bus skidded near Kedarnath, police said.", 14),
        ("Maoists kill 6 in Bastar", "Separately, four CRPF men were injured in a mishap at the Jagdalpur camp.", 4),
    ],
)
def test_a_mishap_is_an_accident_among_war_words(title: str | None, text: str, count: int) -> None:
    assert [e for c, _, e in events(text, title) if c == count] == ["accident"]


@pytest.mark.parametrize(
    "text",
    [
        "We treat road deaths as fate, but we would call it a war if 400 people were killed every day by terrorists.",
        "The world would sit up if 20 American soldiers died in a single day in Kandahar.",
        "There would be riots in the streets if 50 policemen had been killed by Maoists in Delhi.",
        "Nobody in Delhi would care if 100 Adivasis were massacred by the police in Bastar tomorrow.",
        "We would call it a war if terrorists killed 400 people a day.",
    ],
)
def test_a_toll_in_the_condition_of_what_would_follow_is_hypothetical(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The army spokesman would not say if 3 soldiers were killed in the ambush in Kunar.", 3),
        ("Officials asked if 12 militants had been killed in the airstrike, and the army said yes.", 12),
        ("Militants killed 7 soldiers in Dantewada and officials said the toll would rise if more jawans died.", 7),
    ],
)
def test_a_real_toll_beside_would_and_if_is_kept(text: str, count: int) -> None:
    assert [(c, e) for c, _, e in events(text)] == [(count, "conflict")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pakistan has lost 35,000 citizens to terrorism since 2001.", 35_000),
        ("Nigeria has lost over 3,000 citizens to the Boko Haram insurgency since 2009.", 3000),
        ("India lost 600 civilians to Maoist violence last year, the home ministry said.", 600),
        ("Sri Lanka lost 100,000 citizens to the war with the LTTE.", 100_000),
    ],
)
def test_a_country_s_people_lost_to_violence_are_its_dead(text: str, count: int) -> None:
    assert counts(text) == [(count, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The country lost 2,000 citizens to emigration last year.",
        "Bangladesh lost 300 citizens to the floods.",
        "The state lost 40 civilians to other districts in the census count.",
    ],
)
def test_a_country_s_people_lost_to_anything_else_are_no_toll(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Dacoits strike again in Chambal", "Dacoits shot dead a petrol pump attendant and injured two others in Morena."),
        ("Bus looted on highway", "Dacoits looted a bus near Etawah and killed 2 passengers who resisted."),
        (None, "Three members of a family were killed by dacoits at their home in Barabanki on Sunday night."),
        ("Dacoity in Gazipur", "A guard was hacked to death and 4 others injured during a dacoity at a jewellery shop."),
    ],
)
def test_dacoits_are_a_gang_s_crime(title: str | None, text: str) -> None:
    assert {event for _, _, event in events(text, title)} == {"crime"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Cylinder blast", "A cylinder blast at a dhaba in Jalandhar left 4 dead and 9 injured.", ["accident", "accident"]),
        (None, "Three children were among 5 killed in a cylinder explosion at a house in Karachi's Lyari.", ["accident"]),
        ("Quetta blast", "A bomb planted in a gas cylinder exploded at a bus stand in Quetta, killing 6 people.", ["conflict"]),
        (None, "Militants packed a cylinder with explosives and blew it up near a checkpost, killing 4 soldiers.", ["conflict"]),
    ],
)
def test_a_cylinder_blast_is_an_accident_not_a_bomb_hidden_in_one(title: str | None, text: str, expected: list[str]) -> None:
    assert [event for _, _, event in events(text, title)] == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "In 2009, a mob in Gojra burned 40 houses of Christians and killed 8 people over a blasphemy allegation."),
        (None, "Four Ahmadis were shot dead in Lahore by men who accused them of blasphemy."),
        (None, "An enraged mob burnt alive 2 Christians accused of desecrating the Quran in Punjab."),
        ("Mob burns man over blasphemy", "Seven policemen were injured as they tried to stop the mob, which also set fire to 4 police vehicles."),
    ],
)
def test_violence_over_a_charge_of_blasphemy_is_a_faith_s_conflict(title: str | None, text: str) -> None:
    assert {event for _, _, event in events(text, title)} == {"conflict"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers were beaten to death by a mob in Sialkot after being accused of robbery.", [(2, "crime")]),
        ("A court in Rawalpindi sentenced 2 men to death for blasphemy on Tuesday.", []),
        ("A man sentenced to death for blasphemy in 2010 died of a heart attack in jail, aged 62.", [(1, "disease")]),
    ],
)
def test_mob_justice_and_a_blasphemy_court_stay_apart(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(c, e) for c, _, e in events(text)] == expected
