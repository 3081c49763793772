"""Sentences of 2008 and 2012 news and reader comments drawn like a general news site's: political
violence told without war's words (a crackdown's or a pogrom's place, a country's "violence" in a
headline, the deal that ended it, campaign and revenge killings, deaths under torture, a lone
attacker of a cause), and its near misses (a prison riot, a suicide by fire, a match's rout)."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str | None]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", "body", title).tallies]


def kept(text: str, title: str | None = None) -> bool:
    """Whether some figure of the text is kept as a conflict's."""
    return any(event == "conflict" for _, event in events(text, title))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Letter from Beijing", "Monks in Lhasa told us 19 people were killed that week."),
        ("China holds Olympic rehearsal", "Exiles say 80 people have died in Tibet since the spring."),
        ("Comments", "Over 60 dead in Kokrajhar and the state government slept."),
        ("Farlam inquiry opens", "Families of the 34 men killed at Marikana want answers."),
        ("Ivory Coast: aid groups stretched", "In Duekoue, aid workers counted 230 bodies in a single district."),
    ],
)
def test_a_toll_told_by_the_place_of_a_crackdown_or_a_pogrom_is_conflict(title: str, text: str) -> None:
    assert kept(text, title)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A bus crash near Lhasa killed 12 tourists.", "accident"),
        ("Floods in Kokrajhar district left 8 people dead.", "disaster"),
        ("Three miners were killed in a rockfall at a shaft near Marikana.", "accident"),
    ],
)
def test_another_event_at_such_a_place_keeps_its_own_class(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rivals sign power-sharing deal", "2,000 dead and now they get ministries."),
        ("Peace talks resume in Doha", "800 dead since January and they want to talk over tea?"),
        ("North and South sign peace accord in Addis Ababa", "Over 1,000 killed this year alone."),
        ("Comments", "Another 40 killed this week while the peace process drags on."),
    ],
)
def test_a_reader_s_toll_under_the_deal_that_ended_a_conflict_is_conflict(title: str, text: str) -> None:
    assert kept(text, title)


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Peace talks resume in Doha", "A bus carrying delegates crashed on the airport road, killing 9.", "accident"),
        ("Power-sharing talks stall", "Three people died of cholera in the camp last week.", "disease"),
    ],
)
def test_a_mishap_or_an_illness_under_such_a_title_keeps_its_own_class(title: str, text: str, event: str) -> None:
    assert {e for _, e in events(text, title)} == {event}


@pytest.mark.parametrize(
    "text",
    [
        "Pre-election violence has claimed 23 lives in the coast region.",
        "Campaign violence left 9 people dead in Sindh this week.",
        "Post-poll violence killed 11 party workers across the state.",
        "Revenge attacks in Naivasha left 19 people dead on Sunday.",
        "At least 30 people were killed in revenge killings in the Rift Valley.",
        "Target killings claimed 14 more lives in Karachi on Tuesday.",
        "Five detainees died under torture in custody, the commission found.",
        "Rights groups have documented 40 torture deaths since the uprising began.",
        "Three young men were tortured to death in the detention centre.",
    ],
)
def test_political_violence_named_by_its_occasion_or_its_manner_is_conflict(text: str) -> None:
    assert kept(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A campaign bus overturned on the highway, killing 4 volunteers.", "accident"),
        ("Police said the 2 men were killed in a revenge attack by a rival gang.", "crime"),
        ("Police found the bodies of 14 men tortured to death by the Zetas cartel.", "crime"),
        ("Police found the bodies of 14 men who had been tortured to death by a drug gang.", "crime"),
    ],
)
def test_a_campaign_s_mishap_a_gang_s_revenge_and_a_cartel_s_torture_are_not(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kenya violence", "My cousin says it is much worse in the west, maybe 50 dead in that church alone."),
        ("Kyrgyzstan's turmoil", "My brother says 300 dead in his district and nobody counts them."),
        ("Violence in Guinea", "157 dead and the captain laughs on television."),
        ("Bahrain unrest", "Another 2 dead this weekend, and the Grand Prix goes on."),
    ],
)
def test_a_bare_toll_under_a_country_s_violence_in_the_headline_is_conflict(title: str, text: str) -> None:
    assert kept(text, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Chicago violence", "Seven people were shot dead over the weekend."),
        ("Kenya: matatu crash", "14 dead near Naivasha after the minibus overturned."),
        ("Egypt's violence against women", "A survey says 99 per cent of women have been harassed."),
    ],
)
def test_a_city_s_crime_a_country_s_crash_or_its_violence_against_women_is_not(title: str, text: str) -> None:
    assert not kept(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed six worshippers at the temple in what police called an act of domestic terrorism.",
        "Merah killed seven people, three of them children, before the siege.",
        "Nidal Hasan is accused of killing 13 people at the base in 2009.",
        "Wade Michael Page shot dead six worshippers before turning the gun on himself.",
    ],
)
def test_a_gunman_of_a_cause_named_or_called_a_terrorist_is_conflict(text: str) -> None:
    assert kept(text, "Gunman's victims remembered")


@pytest.mark.parametrize(
    "text",
    [
        "A gunman killed 3 people at a bar, police said.",
        "The gunman shot dead four co-workers at the warehouse before killing himself.",
    ],
)
def test_a_gunman_of_no_cause_stays_a_crime(text: str) -> None:
    assert {e for _, e in events(text, "Gunman's victims remembered")} == {"crime"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Prison riot over food leaves inmates dead", "Guards fired on the rioters, and 4 inmates were killed and 11 wounded."),
        ("Riot at Venezuelan jail", "At least 23 people died in clashes between inmates and National Guard troops."),
        ("Prison riot in Honduras", "Police used tear gas to retake the wing, and 6 prisoners were killed in the rioting."),
    ],
)
def test_a_riot_inside_a_prison_put_down_by_guards_is_no_conflict(title: str, text: str) -> None:
    assert not kept(text, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Riot at prison in Baghdad", "Nine guards and six inmates died in the clashes."),
        ("Unrest in Bahrain", "Police fired on protesters outside the prison, killing 5."),
    ],
)
def test_a_riot_at_a_war_s_prison_or_a_crowd_fired_on_outside_one_stays_conflict(title: str, text: str) -> None:
    assert kept(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "He was the 30th Tibetan to set himself on fire this year, and 25 of them have died.",
        "Four monks self-immolated in Aba last month, and 3 of them died.",
    ],
)
def test_a_suicide_by_fire_in_protest_is_no_conflict(text: str) -> None:
    assert not kept(text)


def test_protesters_shot_after_a_suicide_by_fire_stay_conflict() -> None:
    assert kept("Police shot dead 3 Tibetan protesters after a monk set himself on fire.")


@pytest.mark.parametrize(
    "text",
    [
        "The 44-3 massacre left the coach with 4 injured players.",
        "After the 7-1 home massacre, 2 players were injured in a tunnel scuffle.",
    ],
)
def test_a_match_s_rout_told_as_a_massacre_after_its_score_is_no_conflict(text: str) -> None:
    assert not kept(text, "Bulls thrash tourists")


def test_a_massacre_with_no_score_before_it_stays_conflict() -> None:
    assert kept("The league was suspended after the massacre, in which 74 fans died.", "Egypt's league suspended")
