"""Strike reports whose sources disagree: the toll of the report's own incident is one figure with
a low and a high, of the civilians it killed; not a sum across sources, not the fighters the strike
was aimed at, not another strike's dead told beside it."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json
from crawler.extract.restatements import event_tallies


def toll(text: str, outcome: str = "killed") -> int:
    """The report's toll of one outcome: its counted figures, each at the top of its range."""
    tallies = extract_document(text, date(2021, 6, 2)).tallies
    return sum(
        max(t.count, t.count_max or 0) for t in event_tallies(tallies) if t.outcome == outcome and not t.cumulative
    )


# Another strike of the same day or place, told with its own toll and said to be another
# ("a separate strike", "a different incident", "another raid on <a named place>", "Separately,").
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Three civilians were reportedly killed when an alleged airstrike hit a minibus near Sarmada on 4 May "
            "2019. The same evening, a separate strike on a poultry farm outside Dana killed nine people, which the "
            "monitor logs as another incident.",
            3,
        ),
        (
            "On 12 August 2017 a Coalition strike on the al-Sinaa district of Raqqa killed a mother and her two sons, "
            "local activists said. Separately, warplanes hit the Old Clock Tower area, killing five.",
            3,
        ),
        (
            "An alleged drone strike killed four farmers near Awdheegle on 9 July 2019, their relatives said. Local "
            "media also reported seven deaths in another strike on Sablaale that day.",
            4,
        ),
        (
            "Six members of the Barakat family were killed when warplanes struck their home in Maarat Misrin. A "
            "regional health official put the day's dead at 19, including those killed in a separate raid on the "
            "town market.",
            6,
        ),
        (
            "Two children died when shelling hit their school in Taiz on 3 March 2018. Eleven people were killed in "
            "an unrelated air strike on a checkpoint in Saada, which is assessed in a different incident.",
            2,
        ),
    ],
)
def test_the_toll_of_another_strike_told_beside_the_report_is_left_out(text: str, killed: int) -> None:
    assert toll(text) == killed


# Near misses: a second strike on the same place, sources that differ, a list of terrorist
# incidents that tells two attacks in one entry, and the report's first figure itself.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen opened fire on a bus in the Mastung district, killing four passengers. In another incident, "
            "militants attacked a checkpoint in Turbat, leaving three policemen dead.",
            7,
        ),
        (
            "An alleged airstrike hit a house in Binnish on 6 January 2020, killing five civilians. Minutes later a "
            "second strike on the same house killed two rescuers.",
            7,
        ),
        (
            "Different sources gave different figures for the strike on the Hamdi home: the local council said four "
            "civilians were killed, while activists said six.",
            6,
        ),
        (
            "A separate strike on the al-Amin mosque killed 14 worshippers on 20 May 2017, local sources reported.",
            14,
        ),
    ],
)
def test_a_second_strike_differing_sources_and_attacks_of_one_entry_still_count(text: str, killed: int) -> None:
    assert toll(text) == killed


# A report of a strike that counts the civilians it killed, beside the fighters it was aimed at.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A US drone strike killed two civilians, both camel herders, near Bu'aale on 14 April 2019, elders "
            "said. US Africa Command said the strike killed six al-Shabaab militants.",
            2,
        ),
        (
            "An alleged Coalition airstrike on a checkpoint near Abu Kamal killed nine members of the Islamic State "
            "and a civilian truck driver on 8 October 2017.",
            1,
        ),
        (
            "Three civilians were killed and four injured when an airstrike hit a house in Beit Lahia on 20 April "
            "2024. At least two militants were likely also killed in the incident. Relatives said five were killed "
            "in the strike.",
            5,
        ),
        (
            "Warplanes struck a farm outside Ma'arrat al-Nu'man, killing a shepherd and his son. The Russian "
            "defence ministry said the strike had killed 20 terrorists.",
            2,
        ),
    ],
)
def test_the_fighters_a_strike_killed_are_apart_from_the_civilians_it_counts(text: str, killed: int) -> None:
    assert toll(text) == killed


# Near misses: an attack on the ground, whose attackers are part of its toll; a strike report that
# counts no civilians; civil-defence volunteers, who are civilians however they are named.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen stormed a wedding in Kauri village, killing seven guests. Two of the militants were killed by "
            "troops who arrived later.",
            9,
        ),
        ("An airstrike on a training camp near Jilib killed 17 al-Shabaab fighters, the US military said.", 17),
        (
            "Two civilians were killed when an airstrike hit a car in Khan Younis. Three civil defence volunteers "
            "were also killed as they tried to reach the car.",
            5,
        ),
    ],
)
def test_attackers_on_the_ground_fighters_alone_and_volunteers_still_count(text: str, killed: int) -> None:
    assert toll(text) == killed


# "Two civilians, one a child, were killed": one of the people told by its kind, as "one of them"
# would tell it, is an aside about them.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two civilians, one a child, were killed in an alleged airstrike on a tractor near Busayrah.", 2),
        ("Three men, one an elderly shepherd, died in the shelling of Kafr Zita on Sunday.", 3),
        ("Four people, one a pregnant woman, were killed when the shell hit the market.", 4),
        ("The drone strike killed two people, one a teenager, on the road to Saraqib.", 2),
        ("Warplanes killed three civilians, one a child.", 3),
        ("The shelling killed two farmers, one an elderly man, and a shepherd near Kafr Nabl.", 3),
    ],
)
def test_one_of_the_people_told_by_its_kind_is_an_aside(text: str, killed: int) -> None:
    assert toll(text) == killed


# One source among others told by its number, its noun left out: "while a third reported eight",
# "and one other source reported 15": the top of the figure's range, as "while Shehab reported
# eight" is.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Two outlets said four civilians died in the shelling of Ariha, while a third reported seven.", 4, 7),
        ("Local activists said six civilians were killed in the strike, and one other source reported 11.", 6, 11),
        ("One page said 3 people were killed in the strike on the car, and a second said 5.", 3, 5),
    ],
)
def test_a_numbered_source_with_its_noun_left_out_gives_the_top_of_the_range(text: str, low: int, high: int) -> None:
    tallies = extract_document(text, None).tallies
    assert [(t.count, t.count_max) for t in tallies if t.outcome == "killed"] == [(low, high)]


# Near misses: a number that is a share or one more of the people, not a source.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Six civilians were killed in the strike, while a third was wounded.", 6, 1),
        ("Five civilians were killed in the strike, and one other was wounded.", 5, 1),
        ("Six civilians were killed in the strike, and a third of the houses on the street were destroyed.", 6, 0),
    ],
)
def test_a_share_or_one_more_person_is_no_source(text: str, killed: int, wounded: int) -> None:
    assert (toll(text), toll(text, "wounded")) == (killed, wounded)


# A toll in a source's own words, in quote marks: "said the death toll was 'more than 15'".
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Nine civilians were killed in the raid on Zahra. A local MP said the death toll was 'more than 15'.", 15),
        ("Four people died when the strike hit the bakery. Rescuers put the death toll at “eleven”.", 11),
        ("At least four civilians were killed. The village council said the toll stood at \"seven\" by nightfall.", 7),
    ],
)
def test_a_quoted_toll_widens_the_figure(text: str, killed: int) -> None:
    assert toll(text) == killed


def test_a_quoted_word_after_the_toll_is_no_figure() -> None:
    text = "Nine civilians were killed in the strike. The toll was 'the worst in years', an MP said."
    assert toll(text) == 9


# One more child by rank: "a third child died of his wounds" adds one to the two told before;
# "the body of a second child" in a picture does not.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two children were killed when the shell hit their school. A third child died of his wounds the next day.", 3),
        ("Two girls were killed in the strike. The monitor said a third girl later died in hospital in Idlib.", 3),
        ("Two children were killed in the strike. The body of a second child was shown in a video.", 2),
    ],
)
def test_one_more_child_by_rank_adds_to_the_toll(text: str, killed: int) -> None:
    assert toll(text) == killed


# A sentence that opens on a phrase of source or place, closed by a comma, before its people:
# the sources or places it names ("According to Wafa and Safa,") are no people of the figure.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("According to the Ministry of Interior and National Security, six civilians were killed in the strike.", 6),
        ("According to the Network for Rights and Freedoms, up to nine civilians died when the jets hit a farm.", 9),
        ("According to Wafa and Shehab, four people were killed when the missile hit the car.", 4),
        ("In Khan Younis and Nuseirat, eleven people were killed overnight.", 11),
        ("Citing Quds News and Palinfo, the page said three children died in the strike.", 3),
    ],
)
def test_sources_or_places_named_before_the_first_comma_are_no_people(text: str, killed: int) -> None:
    assert toll(text) == killed


# Near misses: people named after the opening phrase, or in a sentence that opens on them.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("According to local sources, Karim Haddad and two of his sons were killed in the strike.", 3),
        ("In Deir al-Balah, Mona Saleh, her husband Yousef and their two children were killed.", 4),
        ("Samir Nasser, Omar Nasser and three neighbours were killed when the house collapsed.", 5),
    ],
)
def test_people_named_after_the_opening_phrase_still_count(text: str, killed: int) -> None:
    assert toll(text) == killed


# A strike's toll of anyone told whole in parts, fighters and civilians: the civilians are the
# report's toll; parts that leave some of the dead untold change nothing.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An alleged airstrike on a fuel market near al-Omar killed at least 16 people on 3 May 2017. Local "
            "sources said the dead included ten ISIS fighters and six civilians, among them two traders.",
            6,
        ),
        ("A drone strike on a car in Jilib killed five people, including two al-Shabaab militants and three civilians.", 3),
        ("An airstrike killed eleven people near Hajin, including three fighters and four children.", 11),
        ("Gunmen attacked the market, killing nine people, including two of the attackers and seven civilians.", 9),
    ],
)
def test_a_strike_toll_told_whole_as_fighters_and_civilians_is_the_civilians(text: str, killed: int) -> None:
    assert toll(text) == killed


# A later account that widens the first figure, told after a raised toll that takes that figure
# in, widens the raised toll too: the report's toll is the latest, highest account.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Four civilians were killed in the strike on the Zaqout home. The death toll rose to more than 10 as "
            "bodies were pulled from the rubble, and civil defence officials later said 14 civilians were killed.",
            14,
        ),
        (
            "Initial reports said 40 people died when the jets hit the al-Jadida district. The toll rose to more "
            "than 100 as rescuers dug through the ruins, and Iraqi officials later said 105 civilians were killed.",
            105,
        ),
    ],
)
def test_a_later_account_widens_the_raised_toll_that_takes_the_first_figure_in(text: str, killed: int) -> None:
    assert toll(text) == killed


# Near misses: a raised toll above every account, and a later smaller account.
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three civilians were killed in the strike. The toll later rose to eight after five bodies were found.", 8),
        (
            "Six people were killed when the shell hit the market. The toll rose to nine by the evening; one "
            "outlet later reported seven deaths.",
            9,
        ),
    ],
)
def test_a_raised_toll_above_every_account_stays(text: str, killed: int) -> None:
    assert toll(text) == killed


# A second source's figure after a phrase of when or how ("by the evening", "by an airstrike"):
# the top of the figure's range, as right after the figure.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The toll rose to 12 by the evening, and Shehab Agency reported 15.", 12, 15),
        ("Sixteen people were killed by an airstrike on the school, while Palinfo reported 19.", 16, 19),
    ],
)
def test_a_second_source_after_a_phrase_of_when_or_how_gives_the_top(text: str, low: int, high: int) -> None:
    tallies = extract_document(text, None).tallies
    assert [(t.count, t.count_max) for t in tallies if t.outcome == "killed"] == [(low, high)]


# "and potentially up to 12", "and likely as many as 12": the most the people may be, as "and
# possibly as many as 20" tells it.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Eight civilians, and potentially up to 12, were killed when the strike hit the shelter.", 8, 12),
        ("At least three people, and likely as many as five, died in the shelling of Ariha.", 3, 5),
        ("At least six civilians were killed, and potentially as many as 10, when the jets hit the market.", 6, 10),
    ],
)
def test_a_likely_top_of_the_range_in_an_aside(text: str, low: int, high: int) -> None:
    tallies = extract_document(text, None).tallies
    assert [(t.count, t.count_max) for t in tallies if t.outcome == "killed"] == [(low, high)]


# "Seven victims were named by relatives": the dead the report could name, as "the names of seven
# victims" tells them; not victims of injuries, nor some of them ("two of the victims").
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Several civilians were killed when the strike hit the Saqr home. Seven victims were named by relatives.", 7),
        ("A number of people died in the shelling of Beit Hanoun. Five victims have been identified by the family.", 5),
        ("Nine civilians were killed in the strike. Seven victims were named by relatives on Facebook.", 9),
        ("Several people were wounded in the shooting at the fair. Four victims were identified as students.", 0),
    ],
)
def test_victims_told_as_named_are_the_dead_named(text: str, killed: int) -> None:
    assert toll(text) == killed


# "figure" told again after the dead were counted: another account of their toll ("one source put
# the figure at 10", "though one source gave a figure of 10", "a figure later revised to nine").
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Seven civilians were reportedly killed in the strike on Bani Suheila. One source put the figure at 10.", 10),
        ("Seven civilians were reportedly killed in the shelling, though one source gave a figure of 10.", 10),
        ("Four civilians were initially reported killed, a figure later revised upward to nine.", 9),
    ],
)
def test_a_figure_told_again_after_the_dead_is_another_account(text: str, killed: int) -> None:
    assert toll(text) == killed


# Near misses: a figure of something else, or after both dead and hurt were counted.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Seven civilians were killed. Unemployment in the town had reached a figure of 40 percent.", 7, 0),
        ("Seven civilians were killed and 20 injured in the strike. One source put the figure at 30.", 7, 20),
        ("Two soldiers were wounded in the ambush. One outlet put the figure at four.", 0, 2),
    ],
)
def test_a_figure_of_something_else_or_of_mixed_outcomes_is_no_toll(text: str, killed: int, wounded: int) -> None:
    assert (toll(text), toll(text, "wounded")) == (killed, wounded)


def test_a_figure_left_out_of_the_strikes_toll_stays_a_toll_of_its_own_not_a_running_total() -> None:
    """The database and the analysts' views read ``cumulative`` as a running total: another
    strike's dead and the fighters a strike killed are neither; they are background to the sum."""
    text = (
        "Two civilians were killed when an alleged US drone strike hit a car near Jilib, local sources said. "
        "US Africa Command said the strike killed six al-Shabaab militants. "
        "Separately, a strike on a farm outside Kunyo Barrow killed four people."
    )
    figures = event_tallies_json(text, "2021-06-02")
    assert [(f["count"], f["figure"], f["cumulative"]) for f in figures] == [
        (2, "toll", False), (6, "background", True), (4, "background", True),
    ]  # fmt: skip
    tallies = extract_document(text, date(2021, 6, 2)).tallies
    assert [(t.count, t.cumulative, t.apart) for t in tallies] == [(2, False, False), (6, False, True), (4, False, True)]
