"""A ninth round of sentences from the world and national desks of 2008 and 2012 news and the reader
threads under them, read for whether a figure is a conflict's: the police dead a memorial or a
yearly count tells by their duty; the police hurt by the fans of a match; the players hurt when
their team's bus was attacked; the 2008 attacks on Mumbai told by their name; workers on strike
shot by the police; and a reader's toll set as the mark the world waits for."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def comment_events(text: str, title: str) -> list[tuple[int, str | None]]:
    """Each tally's count and event class, the text read as a reader's comment under ``title``."""
    return [(t.count, t.event) for t in extract_document(text, None, "en", "comment", title).tallies]


# A reader's toll set as the mark the world waits for, asked or told with "when the toll hits": no
# event; a toll that reached a mark, and one stated as it is, are told of what happened.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where is the UN? When will the world act, when the toll is 100,000?", []),
        ("What is the West waiting for, 50,000 dead?", []),
        ("Does the toll have to reach 10,000 before NATO acts?", []),
        ("When the death toll hits 100,000, maybe someone in Washington will notice.", []),
        # near misses: the toll as it stands, and as it was
        ("The toll is 100,000, and the world still does nothing.", [(100000, "conflict")]),
        ("When the toll reached 5,000 in March, the UN sent observers.", [(5000, "conflict")]),
        ("Why did the army wait for 30 injured soldiers to die at the checkpoint?", [(30, "conflict")]),
    ],
)
def test_a_toll_set_as_the_mark_the_world_waits_for(text: str, expected: list[tuple[int, str | None]]) -> None:
    assert comment_events(text, "Syria: activists say 250 killed in one of deadliest days.") == expected
