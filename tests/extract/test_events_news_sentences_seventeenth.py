"""Sentences of 2008 and 2012 news and reader comments drawn like a general news site's, comment
threads first: a reader's running count told as "N and counting" after the words of the killing, and
the dead of a known event recalled as "the N who died", and a toll a reader predicts or offers as a
choice."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally


def found(text: str, title: str | None = None) -> list[Tally]:
    return extract_document(text, None, "en", "body", title).tallies


def counted(text: str, title: str | None = None) -> list[tuple[int, str, bool]]:
    return [(t.count, t.outcome, t.cumulative) for t in found(text, title)]


@pytest.mark.parametrize(
    ("text", "count", "outcome"),
    [
        ("Assad is killing his own people and nobody lifts a finger, 9,000 and counting.", 9000, "killed"),
        ("Yemenis killed so far: 2,100 and counting.", 2100, "killed"),
        ("The dead: over 11,000 and counting.", 11000, "killed"),
        ("Body count in Darfur: 300,000 and counting, and Khartoum still denies it.", 300000, "killed"),
        ("The regime keeps on slaughtering protesters. 7,400 and counting.", 7400, "killed"),
        ("Wounded in Sanaa this week: 640 and counting.", 640, "wounded"),
    ],
)
def test_a_count_and_counting_after_the_killing_is_a_running_total(text: str, count: int, outcome: str) -> None:
    assert (count, outcome, True) in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The siege of the old city is 300 days old and counting.",
        "The peace plan is dead, day 40 and counting.",
        "The Dark Knight Rises is killing it at the box office, 400 million and counting.",
        "The ceasefire died 3 weeks ago, 3 weeks and counting.",
        "The fund for the victims' families has raised $2 million and counting.",
        "The regime lies about everything. 9,000 and counting.",
        "Obama's lead is 2 million votes and counting.",
    ],
)
def test_a_measure_a_noun_s_number_or_a_figure_of_speech_and_counting_is_no_toll(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes have killed 2,500 people in Pakistan, and counting.",
        "Mexico's drug war: 47,000 dead and counting.",
    ],
)
def test_a_count_already_joined_to_its_outcome_and_counting_is_read_once(text: str) -> None:
    assert len(found(text)) == 1


def test_the_count_and_counting_under_a_war_s_title_is_kept_as_conflict() -> None:
    text = "Homs is being flattened and the UN only talks. The dead, 8,000 and counting."
    tallies = found(text, "Syria: army shells Homs for a fifth day")
    assert [(t.count, t.event) for t in tallies] == [(8000, "conflict")]


@pytest.mark.parametrize(
    ("text", "count", "outcome"),
    [
        ("Tell that to the 2,977 who died on 9/11.", 2977, "killed"),
        ("Remember the 52 who were killed in the London bombings before you defend them.", 52, "killed"),
        ("Explain that to the 166 who died in the Mumbai attacks.", 166, "killed"),
        ("The 19 who were killed in the Kabul bombing were mostly recruits.", 19, "killed"),
        ("Ask the 700 who were wounded in the Beslan siege how it felt.", 700, "wounded"),
    ],
)
def test_the_bare_count_before_who_died_is_the_people_of_the_clause(text: str, count: int, outcome: str) -> None:
    assert (count, outcome, False) in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The one who died was my cousin.",
        "The 12 who survived were flown home on Friday.",
        "In the 1990s, who died of what was rarely asked.",
        "The 40 who marched on the embassy were arrested.",
    ],
)
def test_a_bare_count_before_who_that_tells_no_dead_gives_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Twelve soldiers were killed in Helmand if you count the two who died later.", 12),
        ("At least 30 people died in the fire at the market, among them the 4 who were killed in the stampede.", 30),
        ("Police said 9 were killed, and the 3 who died in hospital were children.", 9),
    ],
)
def test_the_bare_count_after_a_count_points_back_to_it(text: str, count: int) -> None:
    """ "The 2 who died" after a count of the sentence may be some of those people: no toll of its own."""
    assert [t.count for t in found(text) if t.figure == "toll"] == [count]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tell that to the 2,977 who died on 9/11.", "Comments on: Ten years on"),
        ("Tell that to the 17 who were killed in Kabul yesterday.", "Comments: Taliban bomb kills 17 in Kabul"),
    ],
)
def test_the_dead_of_an_attack_recalled_by_a_reader_are_kept_as_conflict(text: str, title: str) -> None:
    assert [t.event for t in found(text, title)] == ["conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "We'll still be in Kandahar in 2020 with another 1,000 dead, bet on it.",
        "Mark my words, 10,000 dead in Aleppo by the summer.",
        "Another 500 dead in Gaza by the election, watch.",
        "NATO will be in Libya for a decade with another 30,000 dead.",
        "They'll leave in 2014 with a further 2,000 dead and nothing to show for it.",
        "I guarantee it, 200 more dead in Homs before the monitors arrive.",
    ],
)
def test_a_toll_a_reader_predicts_is_no_event(text: str) -> None:
    assert "conflict" not in [t.event for t in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The troops came home from Iraq in 2011 with 4,500 dead.",
        "Mark my words: 3,000 died on 9/11 and we learned nothing.",
        "The war in Helmand will end next year, with 2,000 dead behind it.",
        "You watch the news and see 40 dead in Kabul after a bombing.",
        "Another 1,000 dead in Syria this month already, and it's only the 20th.",
    ],
)
def test_a_toll_told_as_past_beside_words_of_prediction_stays_conflict(text: str) -> None:
    assert "conflict" in [t.event for t in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Would you prefer 150,000 troops and 10,000 dead?",
        "Would you rather have 2,000 dead in Benghazi, as Gaddafi promised?",
        "Should we wait for another 5,000 dead in Aleppo before acting?",
        "Russia will veto again, 100 dead or 1,000 dead it doesn't matter to Putin.",
        "Whether it's 10 dead or 10,000 in Gaza, the UN will only talk.",
        "50 dead or 500 dead in Kandahar, nobody in Washington cares.",
    ],
)
def test_a_toll_offered_as_a_choice_is_no_event(text: str) -> None:
    assert "conflict" not in [t.event for t in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Would the 108 dead of Houla be alive if the monitors had stayed?",
        "Do you know that 108 civilians were killed by the militia in Houla?",
        "Between 100 or 120 dead in the Homs shelling, activists said.",
        "20 dead or 30 dead, the reports disagree, but the army shelled the village.",
    ],
)
def test_a_toll_asked_of_or_told_as_a_range_stays_conflict(text: str) -> None:
    assert "conflict" in [t.event for t in found(text)]
