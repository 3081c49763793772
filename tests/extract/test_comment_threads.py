"""Reader comment threads under everyday news of 2008-2012 (issue 14, second pass): the figures a
reader gives in a comment are claims read with the event classes of an article, and a comment's
history of the wars before 1989 is no claim of today's conflicts.

Three classes of text:

* a toll a reader (or a witness) tells in apposition after "them", once the clause of killing is
  closed by a comma: "the shabiha killed them with knives, 108 people", "they shot them dead, 14
  men"; the near misses count something else after the comma or open a clause of their own;
* a reader's points numbered on one line ("1. 48 killed 2. nobody arrested 3. repeat next week");
* a comment read as a comment through ``casualties extract --jsonl --comment`` (see
  ``tests/test_extract_cli.py``) and ``extract_document(..., "comment", title)`` here: a war of
  the last century is history, the conflict of the news is a claim.

Every sentence is written for the test."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import DocumentKind
from crawler.extract.sentences import split_sentences


def figures(text: str, title: str, kind: DocumentKind = "comment") -> list[tuple[int, str, str | None]]:
    """(count, outcome, event) of every figure of ``text`` read as a comment under ``title``."""
    extraction = extract_document(text, None, "en", kind, title=title)
    return [(t.count_max or t.count, t.outcome, t.event) for t in extraction.tallies]


@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        (
            "Syria: UN monitors find 92 bodies in Taldou",
            "the army and the shabiha killed them with knives, 92 people, and the regime blames 'terrorists'.",
            [(92, "killed", "conflict")],
        ),
        ("Syria: army storms Hama suburb", "They killed them all, 40 people, then burned the houses.", [(40, "killed", "conflict")]),
        (
            "Pakistan: gunmen kill bus passengers in Kohistan",
            "The gunmen stopped the bus, checked ID cards and shot them dead, 18 men.",
            [(18, "killed", "conflict")],
        ),
        (
            "Iraq: gunmen attack Christian church in Baghdad",
            "They slaughtered them at mass, 52 worshippers including 2 priests.",
            [(52, "killed", "conflict"), (2, "killed", "conflict")],
        ),
        (
            "Gaza: airstrike hits house in Zeitoun",
            "The IDF killed them in their beds, 3 Hamas fighters and a teenage boy.",
            [(3, "killed", "conflict"), (1, "killed", "conflict")],
        ),
    ],
)
def test_a_toll_in_apposition_after_them_is_counted(title: str, comment: str, expected: list[tuple[int, str, str]]) -> None:
    assert figures(comment, title) == expected


@pytest.mark.parametrize(
    ("title", "comment"),
    [
        # what follows the comma counts days, not people
        ("Afghanistan: Taliban kill kidnapped road workers", "The Taliban killed them, 3 days after the ransom was paid."),
        # the count opens a clause of its own, with its own verb: no apposition of "them"
        ("Libya: rebels ambush convoy near Brega", "They shot at them, 12 rebels were wounded and the rest fled."),
        # a part of them, not the whole: the count after the comma is told with "of them"
        ("Iraq: bodies found in Baquba palm groves", "They killed them, 4 of them children."),
        # "them" denied: no killing told
        ("Yemen: tribesmen free kidnapped soldiers", "They didn't kill them, 20 soldiers went home."),
    ],
)
def test_no_toll_in_apposition_without_people_counted_after_them(title: str, comment: str) -> None:
    assert not any(outcome == "killed" and count != 12 for count, outcome, _ in figures(comment, title))


def test_a_count_of_them_told_before_keeps_its_figure() -> None:
    """The people counted before "them" stay the figure; a time after the comma adds nothing."""
    assert figures("Gunmen seized 12 villagers and killed them, 3 days later.", "Iraq: village massacre") == [
        (12, "killed", "conflict")
    ]


@pytest.mark.parametrize(
    ("title", "comment", "as_comment", "as_body"),
    [
        # a reader's history of a war before 1989: none in a comment, a figure in an article
        (
            "Afghanistan: five British soldiers killed by Afghan policeman",
            "My grandad lost 2 brothers at Arnhem, these lads are just as brave.",
            [],
            [(2, "killed", "conflict")],
        ),
        (
            "Syria: activists say 70 killed as army shells Homs",
            "His father killed 20,000 in Hama in 1982, like father like son.",
            [],
            [(20000, "killed", "conflict")],
        ),
    ],
)
def test_a_comments_history_is_read_only_in_a_comment(
    title: str, comment: str, as_comment: list[tuple[int, str, str]], as_body: list[tuple[int, str, str]]
) -> None:
    assert figures(comment, title) == as_comment
    assert figures(comment, title, "body") == as_body


@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        # a reader restating the news's own toll, and a conflict toll of the same war a reader recalls
        ("Iraq: wave of bombings kills 58", "58 dead, 200 hurt, and this is after the Americans left.", [58, 200]),
        ("Kenya: clashes over land in Tana River", "In 2008 1,300 were killed after the election, have we learnt nothing?", [1300]),
        ("Russia: Domodedovo airport bombing", "Putin flattened Grozny, 25,000 civilians killed in 1999 and 2000.", [25000]),
    ],
)
def test_a_readers_conflict_toll_is_kept(title: str, comment: str, expected: list[int]) -> None:
    assert [count for count, _, event in figures(comment, title) if event == "conflict"] == expected


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        # a reader's points numbered on one line: "2." and "3." open points, they count no one
        ("1. 48 killed 2. nobody arrested 3. repeat next week", [48]),
        ("1) 30 soldiers dead 2) Karzai blames Pakistan 3) we send more troops", [30]),
    ],
)
def test_a_readers_points_numbered_on_one_line(comment: str, expected: list[int]) -> None:
    assert [count for count, _, _ in figures(comment, "Afghanistan: suicide bomber kills 30 at army base")] == expected


def test_one_number_after_a_first_point_still_ends_a_sentence_on_a_count() -> None:
    """A bullet "1." and one "2." later are no series: the sentence ends on its count."""
    text = "1. The blast at the base killed 2. Rescuers searched the rubble all night."
    assert split_sentences(text)[0].text == "The blast at the base killed 2."
