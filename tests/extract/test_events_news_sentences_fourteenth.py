"""Sentences of the pages where wars are talked about without being reported, 2008 and 2012: film, TV and
game reviews, museum and memorial pieces, history features and obituaries, met the way a crawl meets
them: the Holocaust's dead told by its name, a veteran's kin who died old, a game's levels, and the real
history a review cites, told of its killers."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None) -> list[tuple[int, str, str | None]]:
    tallies = extract_document(text, None, "en", "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in tallies]


def conflict(text: str, title: str | None = None) -> list[tuple[int, str]]:
    return [(count, outcome) for count, outcome, event in events(text, title) if event == "conflict"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some six million Jews were murdered in the Holocaust.", [(6000000, "killed")]),
        ("About 1.5 million children were murdered in the Holocaust, the new gallery tells its visitors.", [(1500000, "killed")]),
        ("An estimated 65,000 Austrian Jews were murdered in the Shoah.", [(65000, "killed")]),
        ("More than 100,000 Dutch Jews were murdered during the Holocaust, the exhibition recalls.", [(100000, "killed")]),
    ],
)
def test_the_holocaust_s_dead_are_a_genocide_s_not_a_crime_s(text: str, expected: list[tuple[int, str]]) -> None:
    assert conflict(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said 3 people were murdered in the farmhouse, a scene one neighbour called a holocaust.",
        "Two women were murdered in the flat, and a man, 41, has been charged.",
    ],
)
def test_a_murder_with_no_holocaust_named_stays_a_crime(text: str) -> None:
    assert conflict(text) == []
