"""Attackers who die in their own attack, in the constructions list summaries and news use: the
suicide attack that opens the sentence before its deaths ("..., killing 9", "left 12 dead"), the
attack in a "when" clause after the figure, "the attacker blew himself up" told after the toll,
and counted bombers the attackers "used".  A toll the text says includes the bomber, an attack
that was foiled, a suicide bombing as the subject of "killed", and the bomber told twice are
left as they are or counted once."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _event_killed(text: str) -> int:
    """The killed of the document's own toll, as the event figures add it up."""
    tallies = event_tallies(extract_document(text, None).tallies)
    return sum(t.count for t in tallies if t.outcome == "killed" and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide car bombing hit a police post in Baqubah, killing at least 11 officers.", 12),
        ("A suicide attack on a Shia mosque in Quetta left 14 worshippers dead and 30 wounded.", 15),
        ("A suicide bombing near the governor's office left at least six people dead.", 7),
        ("A double suicide bombing struck a crowded market in Maiduguri, killing 19 people.", 21),
        ("Two suicide attacks on army checkpoints near Arish left nine soldiers dead.", 11),
        ("Headline: A suicide truck bombing tore through the compound, killing four guards.", 5),
    ],
)
def test_a_suicide_attack_that_opens_the_sentence_before_its_deaths_cost_its_bomber(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Six people were killed and nine wounded when a suicide car bomb blast hit a checkpoint in Kismayo.", 7),
        ("At least 15 pilgrims died when a suicide bombing targeted their bus near Karbala.", 16),
    ],
)
def test_a_suicide_attack_in_a_when_clause_after_the_figure_cost_its_bomber(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the subject of "killed": sources differ on whether the toll includes the bomber
        ("A suicide bombing killed at least 9 people outside a bank in Lashkar Gah.", 9),
        ("Suicide attack kills 4 at a wedding hall in Nangarhar", 4),
        # the toll says it includes the bomber
        ("A suicide bombing ripped through the rally, killing eight people, including the bomber.", 8),
        # the attack did not go off as planned
        ("A foiled suicide attack on the airport left two guards dead after a shootout.", 2),
        # a headline naming the attack, then the toll in its own words
        ("Mosul suicide bombing: Twelve people were killed at a police recruitment centre.", 12),
        # the attack leaves no one dead
        ("A suicide attack on the convoy left the road blocked for hours.", 0),
        ("A suicide bombing outside the embassy left 20 people wounded.", 0),
        # an attack that is not a suicide attack
        ("A car bombing hit a police post in Baqubah, killing at least 11 officers.", 11),
    ],
)
def test_attacks_that_do_not_add_a_bomber(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twenty worshippers were killed in a blast at a church in Minya. Police said the attacker blew himself up.", 21),
        ("Nine people died in the explosion at the stadium gate. Witnesses said the bomber blew himself up near a kiosk.", 10),
        ("Four guards were killed at the checkpoint. The terrorist had blown himself up after being challenged.", 5),
        # the bomber told before already counts
        ("A suicide bomber killed 14 people at the bus stop. The bomber blew himself up beside a minibus.", 15),
        ("Seven people were killed in a suicide attack on the hotel. The attacker blew himself up in the lobby.", 8),
        # not an attacker
        ("Five people were killed at the depot. The driver blew up the tyre while inflating it.", 5),
    ],
)
def test_the_attacker_who_blew_himself_up_in_a_later_sentence(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen stormed a village near Monguno, killing 14. The militants used two suicide bombers to breach the fence.", 16),
        ("The insurgents deployed three suicide bombers against the outpost, officials said.", 3),
        ("Jihadists sent four suicide bombers into the camp for displaced people, the army said.", 4),
        # not counted, or not dead
        ("The group has long used suicide bombers against soft targets.", 0),
        ("The militants sent two suicide bombers to the market, but both were arrested before the blast.", 0),
        # the toll says it counts them
        ("Eleven people, including two suicide bombers, were killed. The group used two suicide bombers.", 11),
    ],
)
def test_counted_suicide_bombers_the_attackers_used(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Eighteen people died in a suicide bombing at a shrine near Sehwan. The bomber was killed instantly.", 19),
        ("Six people were killed in a suicide attack on the court. The assailant was shot dead by guards.", 7),
        # the bomber told again in the same sentence, after a semicolon or "and"
        ("Three people were killed and six wounded in a suicide attack in Kabul; the bomber also died.", 4),
        ("Nine soldiers died in a suicide bombing at the gate of the base, and the attacker was killed as well.", 10),
        # another event
        ("Six people were killed in a suicide attack on the court. In another town, a gunman was shot dead.", 8),
        ("A suicide bomber killed three people and a soldier shot dead a second attacker.", 5),
    ],
)
def test_a_single_attacker_dead_after_a_suicide_attack_is_its_bomber_told_again(text: str, killed: int) -> None:
    assert _event_killed(text) == killed
