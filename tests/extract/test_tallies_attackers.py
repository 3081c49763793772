"""Attackers dead in their own attack: a suicide bomber whose act dates the victims' figure died
too, and is not among the victims unless the text says so."""

from __future__ import annotations

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _event_killed(text: str) -> list[tuple[int, str | None]]:
    return [
        (t.count, t.role)
        for t in event_tallies(extract_document(text, None).tallies)
        if t.outcome == "killed" and not t.cumulative
    ]


def test_a_bomber_in_a_when_clause_died_with_the_victims() -> None:
    text = "Nine people were killed and 20 wounded when a suicide bomber blew himself up at a checkpoint."
    assert _event_killed(text) == [(9, "people"), (1, "militants")]


def test_counted_bombers_after_the_figure() -> None:
    text = "At least four villagers were killed after two female suicide bombers attacked a mosque near Konduga."
    assert sum(count for count, _ in _event_killed(text)) == 6


def test_the_bomber_is_not_restated_by_a_later_toll_of_victims() -> None:
    text = (
        "Officers were searching a bus station when a suicide bomber detonated his vest. "
        "At least 12 people were killed in the blast, the police said."
    )
    assert sorted(_event_killed(text)) == [(1, "militants"), (12, "people")]


def test_no_bomber_death_when_the_figure_includes_him_or_he_was_caught() -> None:
    included = "Five people, including the bomber, were killed when a suicide bomber struck a wedding."
    assert _event_killed(included) == [(5, "people")]
    caught = "Two guards were wounded when a would-be suicide bomber attacked the gate and was arrested."
    assert _event_killed(caught) == []


def test_a_sentence_opening_bomber_is_left_to_the_verb_rules() -> None:
    text = "A suicide bomber on a motorcycle attacked a convoy, wounding six soldiers."
    assert _event_killed(text) == []


def test_a_suicide_bombing_that_dates_a_figure_cost_its_bomber() -> None:
    text = "At least 12 people were killed in a suicide car bombing at a checkpoint in the north."
    assert _event_killed(text) == [(12, "people"), (1, None)]
    assert sum(c for c, _ in _event_killed("Nine soldiers died in two suicide attacks on the base.")) == 11
    assert _event_killed("Four dead in suicide bombing in the port city") == [(4, None), (1, None)]


def test_a_suicide_blast_as_the_subject_is_left_alone() -> None:
    assert _event_killed("The suicide blast killed eight people at the checkpoint.") == [(8, "people")]


def test_counted_bombers_who_open_the_sentence_died_too() -> None:
    text = "Two suicide bombers attacked a crowded market in the town, killing five people and wounding 20."
    assert _event_killed(text) == [(2, "militants"), (5, "people")]
    themselves = "Three suicide bombers detonated their vests at a checkpoint, killing themselves and wounding a guard."
    assert _event_killed(themselves) == [(3, "militants")]


def test_the_attacker_shot_dead_counts_once() -> None:
    text = "A man stabbed two passers-by near the bus station. The attacker was shot dead by police."
    assert _event_killed(text) == [(1, "militants")]
    relative = "Five people were hurt at the cafe. The bomber, who was killed, had hidden the device in a bag."
    assert _event_killed(relative) == [(1, "militants")]
    counted = "One assailant was killed by guards and another fled. The assailant was later identified as a student."
    assert _event_killed(counted) == [(1, "militants")]
    again = "Two gunmen were killed in the shootout. The gunman was killed by a sniper, police said."
    assert _event_killed(again) == [(2, "militants")]


def test_attackers_counted_with_plus_are_the_bombers_of_the_attack() -> None:
    text = "One civilian was killed plus two attackers and 21 wounded in a suicide attack in Kirkuk."
    assert sum(count for count, _ in _event_killed(text)) == 3


def test_an_attacker_who_killed_himself_and_others() -> None:
    assert sum(c for c, _ in _event_killed("A suicide bomber killed himself and three others at a checkpoint.")) == 4
    assert sum(c for c, _ in _event_killed("Two suicide bombers killed themselves and 12 others at the shrine.")) == 14
    assert sum(c for c, _ in _event_killed("A gunman killed himself after the siege.")) == 1
