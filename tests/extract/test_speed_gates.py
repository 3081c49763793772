"""The cheap tests that spare the readers most sentences (speed) change no reading: a sentence
that holds what a reading looks for, in any case, still gets it; one that does not, still does not."""

from __future__ import annotations

import pytest

from crawler.extract.events import classify_tallies
from crawler.extract.non_events import no_event
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def reason(sentence: str, figure: str, count: int) -> str | None:
    """Why the figure (its words as written in ``sentence``) is no event, or None."""
    start = sentence.index(figure)
    return no_event(sentence, start, start + len(figure), figure, count, None)


@pytest.mark.parametrize(
    ("sentence", "figure", "count", "expected"),
    [
        # a modal or a plan before the figure, in any case
        ("Engineers warned that a breach could kill 4,000 people downstream.", "kill 4,000 people", 4000, "hypothetical"),
        ("OFFICIALS SAID THE STORM WOULD KILL 30 PEOPLE.", "KILL 30 PEOPLE", 30, "hypothetical"),
        ("The kidnappers threatened to behead 2 aid workers in Kandahar.", "behead 2 aid workers", 2, "hypothetical"),
        # a letter that only a case-insensitive match takes for "s": "ſhould"
        ("The general ſaid the strikes ſhould kill 50 fighters.", "kill 50 fighters", 50, "hypothetical"),
        # a threat in a clause of its own after the figure leaves it
        ("Gunmen killed 3 guards in Sokoto and vowed to kill more.", "killed 3 guards", 3, None),
        # lives saved
        ("The new levees saved the lives of 200 villagers, the mayor said.", "200 villagers", 200, "lives saved"),
        ("Quick evacuation prevented 300 deaths, and saved many lives in Cebu.", "300 deaths", 300, "lives saved"),
        ("LIVES WERE SAVED: 40 people were pulled out alive in Izmir.", "40 people", 40, "lives saved"),
        # a sentence opening on a condition, or "even if" anywhere
        ("If the reactor fails, 10,000 people may die.", "10,000 people may die", 10000, "hypothetical"),
        ("EVEN IF 12 people died, the council said the festival goes on.", "12 people died", 12, "hypothetical"),
        ("Even the mayor said 12 people died in the flood.", "12 people died", 12, None),
        # the names of history, at their first letters
        ("Napoleon lost 400,000 men in the retreat from Moscow.", "400,000 men", 400000, "history"),
        ("In medieval times the plague killed 25 million people.", "25 million people", 25_000_000, "history"),
        ("The Napoleonic-era fort was shelled and 14 soldiers were killed.", "14 soldiers were killed", 14, None),
        # a figure ending on its count, read at its last word ("FOURTEEN" is no "ten")
        ("The outage killed four shows on the network.", "killed four", 4, "not people"),
        ("The network's budget cuts killed TEN shows this season.", "killed TEN", 10, "not people"),
        ("A burst pipe killed 212 trees in the park.", "killed 212", 212, "not people"),
        ("The strike on the market in Idlib killed FOURTEEN and wounded dozens.", "killed FOURTEEN", 14, None),
        ("Soldiers killed 212 militants near Kismayo.", "killed 212", 212, None),
        # a bare toll read at its last word first, in any case ("deathſ" is "deaths" to a case-insensitive match)
        ("Next year it'll be another 50 DEAD, mark my words.", "50 DEAD", 50, "hypothetical"),
        ("At this rate we'll hit 400 deathſ by spring.", "400 deathſ", 400, "hypothetical"),
        ("Police said 50 were dead after the blast in Quetta.", "50 were dead", 50, None),
        # supplies for the wounded, "for" in any case
        ("The convoy carried MEDICINES FOR 5,000 wounded to Mekelle.", "5,000 wounded", 5000, "supplies"),
        ("The field hospital has beds for up to 40 injured patients.", "40 injured patients", 40, "supplies"),
        # a product made up to kill its users, "that" or "which" in any case
        ("Tesla unveiled a new model WHICH kills the driver and 4 passengers to cut emissions.",
         "kills the driver and 4 passengers", 4, "satire"),
        ("Police said the gunman who killed 4 passengers fled in a car.", "killed 4 passengers", 4, None),
        # none of the words: nothing to read
        ("Militants killed 12 soldiers at a checkpoint near Mosul on Sunday.", "killed 12 soldiers", 12, None),
        ("Duncan Reyes, a scan technician, was among 6 people killed in Tulsa.", "6 people killed", 6, None),
    ],
)
def test_a_figure_is_no_event_whatever_the_case_of_its_words(
    sentence: str, figure: str, count: int, expected: str | None
) -> None:
    assert reason(sentence, figure, count) == expected


def counts(text: str) -> list[tuple[int, str]]:
    sentences = split_sentences(text)
    return [(t.count, t.outcome) for t in classify_tallies(text, sentences, find_tallies(text, sentences))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rest" of a total, in any case
        ("Of the 20 passengers, nine died and the rest were injured.", [(9, "killed"), (11, "wounded")]),
        ("Of the 14 miners, five were killed and The Remainder were wounded.", [(5, "killed"), (9, "wounded")]),
        # no "rest": the total is no figure of its own
        ("Of the 20 passengers, nine died in the crash near Quetta.", [(9, "killed")]),
        # people taken to hospital whom another outcome word is about; and those who are only hurt
        ("Four people were rushed to hospital and later died.", [(4, "killed")]),
        ("Twelve people were taken to hospital after the stampede in Lagos.", [(12, "wounded")]),
    ],
)
def test_sentences_read_after_their_gates(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected
