"""Entries of Wikipedia's lists of terrorist incidents (issue 13): a bomb that went off in the hands
of those who made or found it ("killing them"), a killing told in a closing ", after" clause or of
"a similar attack" (an earlier event, not the entry's), and a toll of attacks on counted places or
a series whose worst attack is told after it in commas (its parts); with the near misses that must
stay as they are."""

from __future__ import annotations

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _sum(text: str, outcome: str = "killed") -> int:
    """The event's sum of an outcome, as the benchmark's scorer makes it (list entries have no date)."""
    tallies = event_tallies(extract_document(text, None).tallies)
    return sum(t.count for t in tallies if t.outcome == outcome and not t.cumulative)


def test_a_bomb_that_went_off_in_its_makers_hands_kills_them() -> None:
    text = "Three militants were assembling a car bomb in a compound in Miranshah when it went off, killing them all."
    assert _sum(text) == 3
    text = "Two men were handling explosives in a rented flat in Diyarbakır when they blew up, killing them and injuring a neighbour."
    assert (_sum(text), _sum(text, "wounded")) == (2, 1)
    assert _sum("Five insurgents were burying a roadside bomb near Baquba when it detonated prematurely, killing them.") == 5
    assert _sum("Three shepherds found a rocket shell near Kunduz and carried it to their village, where it exploded and killed them.") == 3


def test_them_with_no_blast_or_already_hurt_stays_as_it_was() -> None:
    assert _sum("Three gunmen stormed the guest house in Kabul and killed them.") == 0
    text = "Two policemen were wounded when a grenade exploded at their post in Srinagar, killing them."
    assert (_sum(text), _sum(text, "wounded")) == (0, 2)
    assert _sum("Gunmen abducted four engineers near Gwadar and later killed them.") == 4


def test_a_killing_in_a_closing_after_clause_is_the_earlier_event() -> None:
    text = "Al-Shabaab militants beheaded three men in Bardhere, after Somali troops killed several fighters in a raid nearby."
    assert _sum(text) == 3
    text = "Taliban gunmen shot dead four police officers in Farah, after an airstrike in the district had killed 11 insurgents."
    assert _sum(text) == 4


def test_a_killing_after_with_a_pronoun_or_no_comma_stays_the_entrys() -> None:
    text = "Militants stormed a hotel in Mogadishu, killing nine people, after they shot dead two guards at the gate."
    assert _sum(text) == 11
    assert _sum("Two soldiers died in hospital in Bannu after militants shot them.") == 2


def test_a_similar_attack_told_for_comparison_is_another_event() -> None:
    text = "A suicide car bomb killed nine people at a market in Tal Afar, where a similar attack had killed 30 in 2016."
    assert _sum(text) == 9
    text = "Gunmen killed five villagers in Kajuru, months after a similar raid killed 41 in the same district."
    assert _sum(text) == 5


def test_a_similar_attack_told_with_and_adds_to_the_entry() -> None:
    text = "Gunmen killed four people at a bar in Kano, and a similar attack killed three more nearby an hour later."
    assert _sum(text) == 7


def test_attacks_on_counted_places_hold_the_parts_told_after() -> None:
    text = (
        "Twelve people were killed in attacks on two villages in Southern Kaduna. In Kukum Daji, gunmen "
        "killed eight people at a bar; in Ungwan Gaya, four more were shot dead."
    )
    assert _sum(text) == 12


def test_a_toll_of_one_attack_then_a_second_attack_adds() -> None:
    text = "Nine people died in an attack on a village in Plateau State. In a second attack, on Riyom, gunmen killed five farmers."
    assert _sum(text) == 14


def test_the_worst_of_a_series_in_commas_is_a_part() -> None:
    text = "A wave of car bombings across Baghdad killed at least 31 people; the deadliest, in Sadr City, killed 12 at a bus station."
    assert _sum(text) == 31


def test_the_worst_told_with_a_toll_of_its_own_entry_stays() -> None:
    text = "A car bomb killed 12 people in Sadr City, the deadliest attack in Baghdad this year."
    assert _sum(text) == 12
