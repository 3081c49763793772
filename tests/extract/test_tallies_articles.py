"""Whole news articles: the day's event told amid background (earlier attacks, comparisons with a
deadlier day, a war's running toll, quotes that tell the toll again, updates through the day).

The sum of an article's event figures (``event_tallies_json``, the non-cumulative ones) is its
event toll, at the top of its range; its running totals are flagged; the figures of the event a
comparison runs from ("the deadliest attack since 2009, when 150 died") are neither.  The articles
are written for these tests; a third of them (``held``) was kept aside while the rules were made.
"""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json
from tests.extract.whole_articles import ARTICLES, Article

PUBLISHED = "2020-06-17"


def event_sum(text: str, outcome: str) -> int:
    figures = event_tallies_json(text, PUBLISHED)
    return sum(f["count"] for f in figures if not f["cumulative"] and f["outcome"] == outcome)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A suicide bomber struck a wedding hall in Kabul on Saturday, killing 63 people. It was the deadliest attack "
         "in the capital since January, when an ambulance packed with explosives killed more than 100 people.", 63),
        ("Eight police officers were killed in an ambush in Huila on Wednesday. The attack was the deadliest against "
         "security forces since 2019, when a car bomb at a police academy killed 22 cadets.", 8),
        ("Air strikes on a market in Atareb killed 21 civilians on Monday. The raid was the worst in the province "
         "since March, when air raids on a school killed 41.", 21),
        ("Gunmen killed 26 people in a bar in Veracruz on Tuesday. It was the bloodiest attack in the state since "
         "2011, when the bodies of 35 people were dumped on a highway.", 26),
    ],
)
def test_the_dead_of_the_event_a_comparison_runs_from_are_not_the_days_toll(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


def test_the_dead_compared_with_get_the_time_of_their_own_event() -> None:
    text = ("Gunmen killed 12 villagers in Zamfara on Sunday, the worst attack in the state since 2018, "
            "when bandits killed 48 people.")
    compared = extract_document(text, date(2020, 6, 17)).tallies[-1]
    assert compared.count == 48
    assert compared.window is not None and (compared.window.start, compared.window.end) == (
        date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize(
    ("text", "toll", "running"),
    [
        # no "when": the figure after the comparison is the day's own
        ("It was the deadliest day in the city since 2014, and at least 40 people were killed, officials said.", 40, 0),
        # "since" with no comparison is a running total
        ("Two soldiers were killed on Tuesday. Since January, 212 soldiers have been killed in the province.", 2, 212),
    ],
)
def test_without_a_comparison_and_its_when_nothing_changes(text: str, toll: int, running: int) -> None:
    figures = event_tallies_json(text, PUBLISHED)
    assert event_sum(text, "killed") == toll
    assert [f["count"] for f in figures if f["figure"] == "running_total"] == ([running] if running else [])


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Two British soldiers were killed by a roadside bomb in Helmand on Tuesday. The deaths come a week after "
         "five soldiers died in a single attack in Nad Ali.", 2),
        ("Three policemen were shot dead at a checkpoint in Quetta on Friday. The attack came just days after "
         "gunmen killed nine pilgrims on the road to Taftan.", 3),
        ("An air strike killed six civilians in Marib on Monday, medics said. It comes two months after a strike "
         "on a prison in the province killed 18 inmates.", 6),
    ],
)
def test_the_dead_of_the_event_a_report_comes_after_do_not_raise_its_toll(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Militants stormed a hotel in Mogadishu, killing 15 people, police said. In October 2017, a truck bomb "
         "in the city killed more than 500 people.", 15),
        ("Gunmen killed 11 worshippers at a mosque in Zamfara, residents said. In March 2018, a raid on the same "
         "village killed 40 people.", 11),
    ],
)
def test_a_figure_dated_long_before_the_report_does_not_raise_an_undated_toll(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # an update of the toll dated the day before publication still raises it
        ("Militants stormed a hotel in Mogadishu, killing 15 people, police said. On Tuesday the number of dead "
         "rose to 19, officials said.", 19),
        # no comparison: "a week after" tells when the people of the event died
        ("Gunmen attacked a wedding in Herat, killing eight people. A week after the attack, officials said "
         "11 people had been killed.", 11),
    ],
)
def test_updates_of_the_toll_still_raise_it(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Al Shabaab fighters stormed a hotel on Friday, killing at least 15 people. Police said the toll rose to 19 "
         "after more bodies were found in the rubble, and later to 23.", 23),
        ("A bomb ripped through a bus in Quetta. The death toll climbed to 11 and then to 14, officials said.", 14),
        ("Gunmen attacked a church in Owo on Sunday. The number of dead rose to 22 by noon, then to 31.", 31),
    ],
)
def test_a_toll_raised_again_in_its_sentence_counts_its_last_step(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # a figure of its own after the toll ends its steps
        ("A car bomb exploded in Kirkuk. The death toll rose to 9, and 40 people were wounded, then to 12.", 9, 40),
        ("A car bomb exploded in Kirkuk. The death toll rose to 9, according to police sources.", 9, 0),
    ],
)
def test_a_toll_with_no_later_step_keeps_its_figure(text: str, killed: int, wounded: int) -> None:
    assert (event_sum(text, "killed"), event_sum(text, "wounded")) == (killed, wounded)


# A war, an insurgency or an uprising that "has killed" is told with its running total, "since"
# or not; the day's "fighting" or "clashes", and a war's past tense, are not.
@pytest.mark.parametrize(
    ("text", "toll", "running"),
    [
        ("Gunmen killed nine farmers near Bama on Sunday. The jihadist insurgency has killed more than 35,000 "
         "people in the region.", 9, 35000),
        ("A drone strike killed four people in Hodeidah on Friday. The war in Yemen has claimed tens of thousands "
         "of lives.", 4, None),
        ("Soldiers shot dead three protesters in Mandalay. The uprising against the junta has now killed at least "
         "1,200 people, a rights group says.", 3, 1200),
        # near misses: the day's fighting, and a war told in the past tense
        ("Clashes between the army and rebels near Goma have killed at least 30 people, officials said.", 30, None),
        ("Fighting in the south of Tripoli has killed 47 people, the health ministry said.", 47, None),
    ],
)
def test_a_war_that_has_killed_gives_a_running_total(text: str, toll: int, running: int | None) -> None:
    figures = event_tallies_json(text, PUBLISHED)
    assert event_sum(text, "killed") == toll
    if running is not None:
        assert running in {f["count"] for f in figures if f["figure"] == "running_total"}


# Suicide attackers who open a wire story's first sentence after its dateline are counted as
# where the sentence opens on them (a lone bomber who sets off his vest is not, dateline or not);
# a dash inside a sentence opens no dateline.
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("KANO, Nigeria (AP) - Two suicide bombers blew themselves up at a bus station, killing 14 people.", 16),
        ("QUETTA (Reuters) - Three suicide bombers detonated their vests at the gate of a police school, killing "
         "eight recruits.", 11),
        ("KABUL - A suicide bomber detonated his vest outside a ministry, killing 12 people.", 12),
        ("MOSUL, Iraq (AP) - A suicide bomber blew himself up at a checkpoint, killing five soldiers.", 6),
        ("Witnesses in Kano - where two suicide bombers struck last year - said gunmen killed 14 people.", 14),
    ],
)
def test_suicide_attackers_after_a_dateline_open_the_sentence(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


# Wounded who died, told beside an earlier count that restates the toll, fill the gap between that
# count and the toll when the sum says so; when it does not, they are more dead.
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen stormed a nightclub in Celaya, killing 12 people, officials said. Police first said ten had "
         "died, but two of the wounded died in hospital.", 12),
        ("A car bomb killed 14 people in Mogadishu. Police had earlier said 12 were dead; two of the injured "
         "died overnight.", 14),
        ("Militants attacked a bus near Peshawar, killing 31 passengers. Officials initially said 27 were killed, "
         "but four of the wounded later died.", 31),
        # near misses: the sum does not fit, or no earlier count is told beside them
        ("Gunmen killed nine villagers in Zamfara. Police first said seven people were killed, and three of the "
         "wounded died later.", 12),
        ("A bomb killed 11 people at a market in Maiduguri. Three of the wounded died overnight.", 14),
    ],
)
def test_wounded_who_died_after_an_earlier_count_are_in_the_toll(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


# An attack told "earlier this month" (or week, year), after a lead dated to a day of that span,
# is an earlier attack, not more dead of the day's (a lead without a day is not read so).
@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A car bomb killed 12 people at a market in Baquba on Friday. Earlier this month a bombing near a "
         "Shiite shrine in the city killed 9.", 12),
        ("Gunmen killed seven miners in Zamfara on Tuesday. Earlier this week, bandits killed 11 villagers in a "
         "nearby district.", 7),
        ("An airstrike killed six civilians in Idlib on Monday. Earlier this year, shelling killed 40 people in "
         "the same town.", 6),
        # near misses: a report of the day's own toll earlier in the week, another day named
        ("Gunmen killed seven miners in Zamfara on Tuesday. Earlier this week, officials said seven miners had "
         "died.", 7),
        ("Gunmen killed seven miners in Zamfara on Tuesday. On Monday, bandits killed 11 villagers nearby.", 7),
    ],
)
def test_an_attack_earlier_in_the_span_is_not_the_day_s(text: str, toll: int) -> None:
    assert event_sum(text, "killed") == toll


# Articles still read wrong, and why: each a construction left for later.
_STILL_WRONG = {
    "donetsk_shelling": (
        "the army's 12 wounded 'in the past 24 hours' are taken as another account of the shelling's 5 (the 5 "
        "are told with no date, so no window keeps them apart), while its 3 killed, dated to the day before "
        "publication and Sunday's shelling three days before it, are background: the 11 and 17 wanted count the "
        "army's day with Sunday's, which the publication date does not allow"
    ),
}


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(a, id=a.name, marks=[pytest.mark.xfail(reason=_STILL_WRONG[a.name], strict=True)])
        if a.name in _STILL_WRONG else pytest.param(a, id=a.name)
        for a in ARTICLES
    ],
)
def test_a_whole_article_gives_its_events_toll_and_its_running_totals(article: Article) -> None:
    figures = event_tallies_json(article.text, PUBLISHED)
    running = {f["count"] for f in figures if f["figure"] == "running_total"}
    assert (event_sum(article.text, "killed"), event_sum(article.text, "wounded")) == (article.killed, article.wounded)
    assert set(article.running) <= running
    assert not set(article.background) & {f["count"] for f in figures if not f["cumulative"]}
