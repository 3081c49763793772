"""Reader threads and the articles under them (issue 14): a comparison that opens on a people's
name counts no one, a toll a modal verb foresees is no event, an officer killed in a shooting named
by its everyday place is a crime's dead, a court that tries an act of terror leaves the attack's dead
the conflict's, and the office of a police and crime commissioner names no crime.

Every sentence here is written for the test, in the shape of news pages and their comment threads."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from tests.extract.readings import events


def comment_events(text: str, title: str) -> list[tuple[int, str | None]]:
    """Each tally's count and event class, the text read as a reader's comment under ``title``."""
    return [(t.count, t.event) for t in extract_document(text, None, "en", "comment", title).tallies]


# A comparison that opens on a quantifier and a people's name in the plural: no one by name.
@pytest.mark.parametrize(
    "text",
    [
        "More Americans drown in bathtubs every year than die in terror attacks.",
        "Many Afghans died in the cold that winter, aid groups said.",
        "Fewer Canadians were killed on the roads in 2019 than in any year since records began.",
        "Most Iraqis died far from the front lines.",
    ],
)
def test_a_peoples_name_after_a_quantifier_counts_no_one(text: str) -> None:
    assert events(text) == []


# Near misses: a number, "both", "several" or "a" before a people's name still counts them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Americans were killed in a roadside bombing near Kandahar, officials said.", [(2, "conflict")]),
        ("Both Canadians died when militants attacked the convoy outside Kabul.", [(2, "conflict")]),
        ("Several Syrians died in the shelling of the camp near Idlib.", [(3, "conflict")]),
        ("An Iraqi was killed by a sniper in Mosul on Sunday.", [(1, "conflict")]),
    ],
)
def test_a_counted_peoples_name_stays_counted(text: str, expected: list[tuple[int, str]]) -> None:
    assert events(text) == expected
