"""Constructions found by writing incident-list entries and incident reports afresh: people told
by where they are from ("a family of five from Homs"), attacks on a funeral, figures of several
sources with their nouns left out or told by a source opening the sentence, and kin who shared a
fate "with" someone."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A family of five from Homs was killed when the shell hit their tent in Atmeh.", 5),
        ("A displaced family of six from Palmyra was killed in the strike on al-Sukhna.", 6),
        ("A family of seven from Beit Lahia was killed, relatives said.", 7),
        ("A shepherd from Tafas was killed by a landmine near the border.", 1),
        ("A resident of Douma was killed by sniper fire on Tuesday.", 1),
        ("A family of five from the village of Kafr Nabl was killed in the strike.", 5),
        ("Ahmed from Homs was killed in the raid.", 1),  # a name before the place is the person
        ("A member of Hamas was killed in the strike on the car.", 1),
    ],
)
def test_the_place_people_are_from_is_no_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
