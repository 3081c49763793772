"""Sentences of 2008 and 2012 news and reader comments in the mix real news has, where most figures
beside a death word are no conflict's: the army's and the navy's own fights with a cartel's men are
the drug war's (conflict, as the war told as a whole; a cartel's own killings and the police's raids
stay crime); a bombing's toll set off by a comma keeps a trial of its bombers the war's; the
police's dead that protests answer after them are no protests' conflict; a stadium riot of one
club's fans is match trouble (crime); a road vehicle's crash names the soldiers' mishap by itself,
and a crash the forces say no enemy caused is an accident; the dead "after the election" are the
vote's violence."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


def conflict_counts(text: str, title: str | None = None) -> list[int]:
    return [count for count, event in events(text, title) if event == "conflict"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mexican soldiers killed 14 cartel gunmen in a shootout in Tamaulipas.", 14),
        ("Marines shot dead six suspected Zetas gunmen after a chase through the streets of Saltillo, the navy said.", 6),
        ("Troops gunned down four alleged Sinaloa cartel hitmen at a roadblock outside Culiacán on Sunday.", 4),
        ("Nine Gulf cartel gunmen were killed in a gunbattle with soldiers near Reynosa, the army said.", 9),
    ],
)
def test_the_forces_own_fights_with_a_cartel_s_men_are_the_drug_war_s(text: str, count: int) -> None:
    assert conflict_counts(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Police killed eight suspected drug traffickers during a raid on a favela in Rio, officials said.",
        "Gunmen from the Sinaloa cartel killed 12 people at a party in Ciudad Juárez on Saturday.",
        "Cartel gunmen shot dead seven men at a car wash in Chihuahua, the state prosecutor said.",
    ],
)
def test_the_police_s_raids_and_a_cartel_s_own_killings_stay_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A Denpasar court jailed him for 18 years for his role in the Bali bombings, which killed 202 people.", 202),
        ("He was sentenced to life for the Madrid train bombings, which killed 191 people.", 191),
    ],
)
def test_a_trial_over_a_bombing_whose_toll_a_comma_sets_off_keeps_the_war_s(text: str, count: int) -> None:
    assert count in conflict_counts(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police in Fresno shot dead three men in a week, sparking protests outside city hall.", False),
        ("Officers killed two teenagers on Friday, triggering a night of protests in the suburb.", False),
        # the protesters a crackdown kills stay the protests' dead
        ("Police in Srinagar shot dead four protesters on Friday, sparking more protests across the valley.", True),
    ],
)
def test_the_police_s_dead_that_protests_answer_after_them(text: str, kept: bool) -> None:
    assert events(text)
    assert bool(conflict_counts(text)) is kept


@pytest.mark.parametrize(
    "text",
    [
        "Seventy-four people were killed after fans of Al-Masry attacked Al-Ahly supporters at the end of the match.",
        "Three people died in the stadium riot in Port Said, the health ministry said.",
    ],
)
def test_a_club_s_fans_and_a_stadium_riot_are_match_trouble(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Soldiers die in bus crash", "Eighteen soldiers were killed in a bus crash in Kashmir on their way back to camp."),
        (None, "Three soldiers were killed in a truck accident in Helmand, the defence ministry said."),
        (
            "NATO helicopter crash",
            "Two NATO soldiers died in a helicopter crash in eastern Afghanistan, and officials said there was no sign of enemy fire.",
        ),
    ],
)
def test_the_forces_road_crash_and_a_crash_no_enemy_caused_are_accidents(title: str | None, text: str) -> None:
    assert events(text, title)
    assert conflict_counts(text, title) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in a helicopter crash in Helmand on Tuesday.",  # may have been shot down
        "A roadside bomb hit the bus carrying troops in Kashmir, killing 12 soldiers.",
    ],
)
def test_a_crash_with_no_cause_and_a_bomb_s_stay_the_war_s(text: str) -> None:
    assert conflict_counts(text) != []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My uncle was among the 1,300 killed after the 2007 election and nobody was ever charged.", True),
        ("At least 40 people have died after the disputed election, the Red Cross said.", True),
        ("Two people were killed after the election rally when a stage collapsed in Kano.", False),
    ],
)
def test_the_dead_after_an_election(text: str, kept: bool) -> None:
    assert bool(conflict_counts(text)) is kept


# The police's killings of crime suspects, told as Bangladesh's and India's papers tell them ("crossfire", an
# "encounter"), are crime, as a police raid's are; the forces' fights with rebels stay the war's.
@pytest.mark.parametrize(
    "text",
    [
        "An alleged robber was killed in 'crossfire' with RAB members in Khulna early on Monday, the battalion said.",
        "Rights groups say 54 people were killed in crossfire by RAB and police this year, most of them suspected criminals.",
        "Two dacoits wanted for a string of bus robberies were killed in an encounter with police near Etawah.",
    ],
)
def test_the_police_s_killings_of_crime_suspects_are_crimes(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three JMB militants were killed in a gunfight with RAB in Chapainawabganj.",
        "Twelve Maoists were killed in an encounter with police in Dantewada.",
        "Two militants were killed in an encounter with police in Sopore.",
    ],
)
def test_the_forces_fights_with_rebels_stay_the_war_s(text: str) -> None:
    assert conflict_counts(text) != []


# Executions after a court's sentence are the state's punishment (neither crime nor war), told by the conviction
# or by the count of them; a group's killing of captives stays the war's.
@pytest.mark.parametrize(
    "text",
    [
        "Iranian authorities hanged five men convicted of drug trafficking at a prison in Shiraz on Sunday.",
        "Saudi Arabia beheaded a Pakistani man convicted of smuggling heroin, bringing the number of executions this year to 58.",
        "Singapore has hanged more than 400 people since 1991, most of them for drug offences, Amnesty said.",
    ],
)
def test_executions_after_a_sentence_are_no_conflict(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


def test_a_group_s_execution_of_captives_stays_the_war_s() -> None:
    assert conflict_counts("Islamist fighters executed at least 82 soldiers after overrunning the garrison at Aguelhok.") == [82]


@pytest.mark.parametrize(
    "text",
    [
        "At least 11 inmates were killed during a riot at the Puente Grande state penitentiary on Sunday.",
        "Seven prisoners died in a riot at the Lurigancho prison near Lima, officials said.",
    ],
)
def test_a_riot_in_a_named_prison_is_a_crime(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In Honduras 20 people are murdered every day, that's a war nobody calls a war.", False),
        ("In Guatemala 16 people are killed every day and nobody calls it a war.", False),
    ],
)
def test_a_war_nobody_calls_a_war(text: str, kept: bool) -> None:
    assert bool(conflict_counts(text)) is kept


# The forces told as the finders of bodies say who found the dead, not what killed them; a war's act or place
# told beside them still weighs.
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers found 26 bodies dumped in three abandoned vans near a shopping centre in Guadalajara.",
        "Marines discovered the bodies of 12 men in a safe house on the outskirts of Veracruz.",
    ],
)
def test_the_forces_who_found_the_dead_name_no_war(text: str) -> None:
    assert events(text)
    assert conflict_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops found the bodies of 20 soldiers killed in the ambush near Kismayo.",
        "Soldiers found 30 bodies in a mass grave in Ituri after the rebels withdrew.",
        "Police found 15 bodies in Baghdad on Sunday, most of them shot in the head.",
    ],
)
def test_the_dead_the_forces_found_beside_a_war_s_act_or_place_stay_the_war_s(text: str) -> None:
    assert conflict_counts(text) != []


# The hunger, the fire or the flood the dead died of, told right after the figure, where the war is told only by
# its place, its people or its camps and no act of war around: the mishap killed them.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three Palestinian children died in a fire started by a candle in their home in Gaza City during a power cut.", "accident"),
        ("At least 30 people have died of hunger in camps for the displaced in Mogadishu, aid agencies said.", "disaster"),
    ],
)
def test_the_dead_of_a_mishap_in_a_war_s_place(text: str, event: str) -> None:
    assert [found for _, found in events(text)] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Twelve Palestinians died in a fire in Gaza City after an Israeli shell hit a fuel depot.",
        "Five people drowned in the Tigris after fleeing the shelling in Mosul.",
    ],
)
def test_a_mishap_an_act_of_war_caused_stays_the_war_s(text: str) -> None:
    assert conflict_counts(text) != []
