"""Issue 14's idioms of harm and trial titles: a betrayal told as a stabbing in the back of a crowd
("stabbed three million workers in the back"), which is no event, beside the real stabbings in the back
that stay as they are; and the dead of a war's massacre or a crackdown told with the bare verb
"murdered" under the title of the trial over them, which are the war's, beside the murder trials,
a serial killer's and a white-collar trial's dead that stay apart from conflict.

Every sentence here is written for the test, in the shape of news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import DocumentKind


def found(text: str, title: str | None = None, kind: DocumentKind = "body") -> list[tuple[int, str, str | None]]:
    """Every figure of the text: its count, outcome and event class."""
    return [(t.count, t.outcome, t.event) for t in extract_document(text, None, "en", kind, title=title).tallies]


# A crowd stabbed in the back: a figure of speech for a betrayal, in comments and in quoted speech.
@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "Labour accused of betraying unions over strike law",
            "Starmer has stabbed three million workers in the back to please the City.",
            "comment",
        ),
        (
            "Government cuts farm subsidies",
            "This budget stabbed 100,000 farmers in the back and the minister smiled while doing it.",
            "comment",
        ),
        ("Rail strike called off", 'Critics said the deal had "stabbed 40,000 rail workers in the back".', "body"),
        ("Teachers vote to strike", "200,000 teachers were knifed in the back by this award, the union said.", "body"),
    ],
)
def test_a_crowd_stabbed_in_the_back_is_an_idiom(title: str, text: str, kind: DocumentKind) -> None:
    assert found(text, title, kind) == []


# Real stabbings in the back: a few people, or the back of a place.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Knife attack on Leeds bus",
            "A man stabbed three people in the back of a bus on Roundhay Road before he was arrested, police said.",
            [(3, "wounded", "crime")],
        ),
        (
            "Man jailed for Nottingham stabbings",
            "He stabbed three students in the back as they walked home and got what he deserved.",
            [(3, "wounded", "crime")],
        ),
        (
            "Yemen: guards killed at Aden prison",
            "Four guards were stabbed in the back and the neck before the militants freed 30 al-Qaeda inmates.",
            [(4, "wounded", "conflict")],
        ),
    ],
)
def test_stabbings_in_the_back_stay(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text, title) == expected


# "murdered" with a war's or a crackdown's victims, under the title of the trial over them.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Karadzic trial resumes in The Hague", "His men murdered 8,000 Muslim men and boys and he calls it a myth."),
        ("Gaddafi son trial in Tripoli", "His father's men murdered 1,200 prisoners at Abu Salim in 1996."),
        ("Mubarak trial opens", "His police murdered 846 protesters in eighteen days and he lies in a hospital bed."),
        ("Chad's Habré trial opens in Dakar", "Some 40,000 people died in his jails, a truth commission found."),
    ],
)
def test_a_crackdown_s_murdered_under_a_trial_title(title: str, text: str) -> None:
    assert [event for _, _, event in found(text, title, "comment")] == ["conflict"]


# A murder trial's, a serial killer's and a white-collar trial's dead stay apart from conflict.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Murder trial opens at Old Bailey", "He murdered two men in cold blood for a few grand."),
        (
            "Serial killer trial: nurse denies murders",
            "She murdered seven babies and the hospital bosses ignored the doctors.",
        ),
        (
            "Insider trading trial opens in New York",
            "Two bankers died before the case came to court and nobody asked questions.",
        ),
        (
            "Cartel boss trial opens in Brooklyn",
            "Witnesses will say his hitmen murdered 40 prisoners in a Sinaloa jail.",
        ),
    ],
)
def test_other_trials_stay_apart(title: str, text: str) -> None:
    assert all(event != "conflict" for _, _, event in found(text, title, "comment"))
