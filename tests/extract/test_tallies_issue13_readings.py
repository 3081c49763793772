"""Constructions the tally reader misread (issue 13), on sentences in the styles of wire news,
Wikipedia attack lists and Airwars strike reports, with the near misses that must stay as they
are: trades that train or advise, a number before "murders" as a noun, and a figure told anew
with "after" and why it stands so."""

from __future__ import annotations

from datetime import date

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _sum(text: str, outcome: str = "killed") -> int:
    """The event's sum of an outcome, as the benchmark's scorer makes it."""
    tallies = event_tallies(extract_document(text, date(2020, 1, 1)).tallies)
    counts: list[int] = [t.count for t in tallies if t.outcome == outcome and not t.cumulative]
    return sum(counts)


def test_trades_that_train_or_advise_are_people() -> None:
    assert _sum("Gunmen shot dead a NATO trainer in Kabul on Saturday, the alliance said.") == 1
    assert _sum("Militants killed a police trainer and his driver in an ambush outside Kandahar on Monday.") == 2
    text = "A roadside bomb killed a British military instructor and wounded two Afghan soldiers in Helmand."
    assert (_sum(text), _sum(text, "wounded")) == (1, 2)
    assert _sum("Taliban gunmen stormed a guest house, killing an American consultant and three Indian engineers.") == 4


def test_a_trainer_who_tells_or_survives_is_no_victim() -> None:
    assert _sum("A NATO trainer said three Afghan recruits were killed when a grenade went off during a drill.") == 3
    text = "A police trainer was wounded when gunmen fired on the academy gate in Kandahar; no one was killed."
    assert (_sum(text), _sum(text, "wounded")) == (0, 1)


def test_a_number_before_murders_as_a_noun() -> None:
    assert _sum("Police said gang disputes were behind most of the 468 murders recorded in the city last year.") == 468
    assert _sum("The 12 murders in the township in February were linked to a taxi-rank feud, police said.") == 12


def test_a_number_before_murder_as_a_modifier_is_no_toll() -> None:
    assert _sum("The 3 murder suspects were arrested in Soweto on Tuesday, police said.") == 0
    assert _sum("Prosecutors dropped the 4 murder charges against the officers on Monday.") == 0


def test_a_toll_put_with_why_after_it_takes_the_clause_in() -> None:
    text = "Civil defence officials put the toll at 11 on Wednesday, after three more bodies were recovered from the rubble."
    assert _sum(text) == 11
    assert _sum("The death toll was later raised to 23, after several bodies were found in the debris.") == 23


def test_a_figure_told_anew_with_why_takes_the_hurt_who_died_in() -> None:
    text = (
        "A car bomb tore through a market in Baghdad's Sadr City on Tuesday. By evening, health officials "
        "said 14 had been killed, after four of the injured died in hospital."
    )
    assert _sum(text) == 14


def test_after_another_event_or_the_cause_stays_as_it_was() -> None:
    text = "Four people were killed in a car bombing in Mosul on Monday, a day after three were killed in a separate blast."
    assert _sum(text) == 4
    assert _sum("Five soldiers were killed after militants attacked a checkpoint near Arish, security sources said.") == 5
