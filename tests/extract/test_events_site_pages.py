"""What a crawl of news and blog pages of every kind stores: opinion columns on police killings,
faith blogs and their readers' comments, car news with jokes.  A death told by name several times
keeps one class; a death the protests answer is not the protests' conflict; a "hurt" of the heart,
a satirical outlet's joke and a made-up product that kills are no tallies."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document

Figure = tuple[int, str, str]


def figures(text: str, title: str | None = None, kind: str = "body") -> list[Figure]:
    found = extract_document(text, None, "en", "comment" if kind == "comment" else "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in found]


def events(text: str, title: str | None = None) -> list[str]:
    return [event for _, _, event in figures(text, title)]


# One person's death told several times: the class the article gives it where it says how the
# death came goes to the other mentions (a murder is a crime wherever "attacks" or "protests" are
# near); where the mentions that say how disagree, each keeps its own.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Business leaders speak out on racial inequality protests",
            "The murder of Tyrell Ellis has opened old wounds. We are horrified by continued attacks against the black "
            "community, most recently the death of Tyrell Ellis.",
            ["crime", "crime"],
        ),
        (
            "Mayor promises inquiry as protests continue",
            "The murders of Marcus Webb and Dion Harper shocked the city. Months of unrest followed the deaths of "
            "Marcus Webb and Dion Harper, and the attacks on their families' homes.",
            ["crime", "crime", "crime", "crime"],
        ),
        (
            "Gaza journalists mourn a colleague",
            "Reporter Samer Haddad was killed in an Israeli drone strike in Khan Younis on Friday. Colleagues gathered "
            "at the funeral of Samer Haddad, and the death of Samer Haddad was condemned across the region.",
            ["conflict", "conflict"],
        ),
    ],
)
def test_a_person_s_death_told_by_name_keeps_the_class_told_of_how_it_came(
    title: str, text: str, want: list[str]
) -> None:
    assert events(text, title) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        # each mention says how, and they disagree: neither is overruled
        (
            "Gaza journalists mourn a colleague",
            "Reporter Samer Haddad was killed in an Israeli drone strike in Khan Younis. Colleagues said the murder "
            "of Samer Haddad must be investigated.",
            ["conflict", "crime"],
        ),
        # two people: the murder of one says nothing of the other's death
        (
            "Protests spread in Iran",
            "A jeweller, Leila Karimi, was murdered in a robbery in Shiraz last week. In Tehran, security forces shot "
            "dead a protester, Reza Tavakoli, during the crackdown. The death of Reza Tavakoli was mourned.",
            ["crime", "conflict", "conflict"],
        ),
    ],
)
def test_the_mentions_of_a_death_that_disagree_or_name_others_keep_their_class(
    title: str, text: str, want: list[str]
) -> None:
    assert events(text, title) == want


# A death told as what the protests answer ("protests over the death of X", "the killing of X
# sparked protests"): the protest words say what followed it, not how it came.
@pytest.mark.parametrize(
    "text",
    [
        "The killing of Dwayne Porter by a Cleveland police officer sparked protests across the state.",
        "Thousands took to the streets after the killing of Karim Benali by a traffic officer in Lyon.",
        "The death of Marcus Lee, beaten by five officers in Memphis, led to riots.",
        "We share the fear and the outrage provoked by the senseless killing of Andre Wallace.",
    ],
)
def test_a_death_the_protests_answer_is_not_the_protests_conflict(text: str) -> None:
    assert [event for event in events(text, "Protests spread across the country") if event == "conflict"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Security forces shot dead two protesters, Ali Rezaei and Hamid Karimi, during a crackdown in Tehran.",
            (2, "killed", "conflict"),
        ),
        (
            "The protests over the death of Nasrin Ahmadi have left at least 200 people dead.",
            (200, "killed", "conflict"),
        ),
        ("Anger grew over the killing of five soldiers in an ambush by militants.", (5, "killed", "conflict")),
    ],
)
def test_the_dead_of_a_crackdown_or_of_the_protests_stay_conflict(text: str, want: Figure) -> None:
    assert want in figures(text, "Protests spread across the country")


# "Hurt" is a noun of feeling after a possessive: "the One who can heal my hurt" counts nobody.
@pytest.mark.parametrize(
    "text",
    [
        "I tried everything that took my mind off the One who can really heal my hurt.",
        "Find one who will listen to your hurt before you say a word.",
        "She is the one who carried our hurt through that long winter.",
        "Only two who had known their hurt came to the service.",
    ],
)
def test_hurt_after_a_possessive_is_a_feeling_not_a_wound(text: str) -> None:
    assert figures(text, None, "comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Three people were hurt in the blast.", [(3, "wounded", "conflict")]),
        ("One person was hurt when the car hit a tree.", [(1, "wounded", "accident")]),
        ("Five of our soldiers were hurt in the ambush near Kandahar.", [(5, "wounded", "conflict")]),
    ],
)
def test_people_hurt_in_an_event_are_still_wounded(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A joke told as news: the figure of a satirical outlet, or a product made up to kill its users.
@pytest.mark.parametrize(
    "text",
    [
        "According to The Onion, the next hybrid will come in a model that kills the driver and passengers to cut "
        "their carbon footprint.",
        "According to the Babylon Bee, 40 pastors were killed in a stampede of worship leaders.",
        "Thirty commuters died in a crush at Clapham Junction on Monday, NewsThump reports.",
        "Rumour has it the next trim adds a feature that kills all four passengers when the lease runs out.",
    ],
)
def test_a_joke_told_as_news_is_no_tally(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Onion ran its famous headline again after a gunman killed 17 people at a school in Parkland.",
            [(17, "killed", "crime")],
        ),
        ("The recall covers a model that killed 12 drivers when its airbag burst.", [(12, "killed", "accident")]),
        (
            "Three people died when a tour bus overturned near Cedar City, the highway patrol said.",
            [(3, "killed", "accident")],
        ),
    ],
)
def test_a_real_event_beside_a_satirist_or_a_product_keeps_its_figure(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A war word as a figure of speech names no war: a simile ("looked like a war zone", "armed like
# soldiers") or a war on what no army fights ("a war on cops", "the war on Christmas").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "After the shooting the block looked like a war zone. A 15-year-old boy was shot dead outside a corner "
            "shop on Sunday, and detectives arrested a suspect.",
            [(1, "killed", "crime")],
        ),
        (
            "Some call it a war on black lives. Jamal Reed, 17, was shot dead by an officer in Tulsa on Monday.",
            [(1, "killed", "crime")],
        ),
        (
            "Unions speak of a war on motorists. Four people were killed when a lorry ploughed into traffic on the M6.",
            [(4, "killed", "accident")],
        ),
        (
            "The street looked like a war zone. Three people died when a gas main exploded under the street.",
            [(3, "killed", "accident")],  # a gas main that exploded is an accident's (event_words)
        ),
    ],
)
def test_a_war_word_in_a_figure_of_speech_names_no_war(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Militant groups like al-Shabaab killed 20 soldiers in the raid.", [(20, "killed", "conflict")]),
        (
            "After attacks like the bombing in Kabul, 12 people were killed in a second blast on Monday.",
            [(12, "killed", "conflict")],
        ),
        (
            "The war on terror has killed more than 300,000 civilians, researchers said.",
            [(300000, "killed", "conflict")],
        ),
        (
            "The market looked like a slaughterhouse after the air strike, which killed 31 people.",
            [(31, "killed", "conflict")],
        ),
    ],
)
def test_examples_and_real_wars_keep_their_war_words(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A killing by the police, in an article whose protests answer such a death ("the death of X set
# off a week of protests"): the protest words around it are the movement's, not the figure's.
@pytest.mark.parametrize(
    "text",
    [
        "The death of Kwame Osei in a police cell set off a week of protests. Police in Leeds have killed 9 people "
        "since 2010, campaigners say.",
        "Protests have spread since the killing of Samuel Diaz. Paul Hart, 31, was shot dead by a deputy in Tulare "
        "County on Sunday.",
        "Marches followed the shooting of Dante Greene in Tulsa. Officers in Oklahoma killed 28 people last year, "
        "according to a count by a campaign group.",
    ],
)
def test_a_police_killing_beside_protests_over_a_death_is_not_the_protests_conflict(text: str) -> None:
    assert [figure for figure in figures(text, "Protests spread across the country") if figure[2] == "conflict"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the protesters the police kill, in the figure's own sentence
        (
            "Protests have spread since the killing of Samuel Diaz. On Saturday police shot dead two protesters at a "
            "march in Fresno.",
            (2, "killed", "conflict"),
        ),
        # security forces firing on a crowd: no police killing of the kind the protests answer
        (
            "Protests have spread across Iran since the death of Leila Nouri in custody. Security forces opened fire "
            "in Zahedan, killing at least 41 people.",
            (41, "killed", "conflict"),
        ),
        # protests over a tax, no death: the police's dead are the protests'
        (
            "Police shot dead six people on Friday as protests over the new fuel tax spread. Rallies went on across "
            "the country.",
            (6, "killed", "conflict"),
        ),
    ],
)
def test_the_protesters_a_crackdown_kills_stay_conflict(text: str, want: Figure) -> None:
    assert want in figures(text, "Protests spread across the country")


# "A week" is a rate after a count ("30 people die a day"), a span of time before "after", "of" or
# "ago" ("died a week after his arrest", "a week of protests"), and after "for".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two people died a day after the storm hit Galveston.", [(2, "killed", "disaster")]),
        (
            "A 19-year-old man died a week after he was stabbed outside a nightclub in Croydon.",
            [(1, "killed", "crime")],
        ),
        ("Demonstrators marched for a week over the death of Adama Keita in police custody.", [(1, "killed", "crime")]),
    ],
)
def test_a_span_of_time_is_no_rate(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    "text",
    ["About 30 people die a day on the roads of Lagos.", "Five miners are killed a week in the region's pits."],
)
def test_a_count_per_day_or_week_is_still_a_rate(text: str) -> None:
    assert figures(text) == []
