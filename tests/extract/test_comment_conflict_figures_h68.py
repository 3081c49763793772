"""Conflict figures of issue 14's second list of readers' comments and news: the forces' dead told as
"KIA" or as coming home in coffins, a war's toll told as a rate in the progressive ("are dying every
month"), a death whose manner a reader denies ("did not die by accident"), and a regime's dead counted
under the title of its ruler's trial or arrest; with the near misses of the same shapes that stay as
they are (the carmaker's Kia, the Kachin Independence Army, "are dying" of the wounded, a murder
trial, a death denied outright).

Every sentence here is written for the test, in the shape of 2004-2014 wire news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import DocumentKind


def found(text: str, title: str | None = None, kind: DocumentKind = "body") -> list[tuple[int, str, str | None]]:
    """Every figure of the text: its count, outcome and event class."""
    return [(t.count, t.outcome, t.event) for t in extract_document(text, None, "en", kind, title=title).tallies]


# "KIA" and "WIA": the forces' abbreviations, as soldiers and their readers write them.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Afghanistan: Marines return from Marjah", "The battalion had 14 KIA and 96 WIA in seven months.",
         [(14, "killed", "conflict"), (96, "wounded", "conflict")]),
        ("Iraq: Ramadi veterans reunite", "Our company lost good men there, 6 Marines KIA in one week.", [(6, "killed", "conflict")]),
        ("Afghanistan: Korengal valley abandoned", "Forty-two soldiers were KIA in that valley and now we just leave?",
         [(42, "killed", "conflict")]),
    ],
)
def test_killed_in_action_abbreviated(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text, title, "comment") == expected


# "Kia" in lower case is the carmaker; the KIA before its men is the Kachin Independence Army.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Motoring: Seoul motor show", "The dealer sold 40 Kia hatchbacks in March.", []),
        ("Myanmar: fighting near Laiza", "Government troops killed 7 KIA fighters near the Chinese border, state media said.",
         [(7, "killed", "conflict")]),
    ],
)
def test_no_kia_of_the_carmaker_or_the_army(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text, title) == expected


# The forces' dead brought home, as readers tell them.
@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Afghanistan: Canada ends combat mission", "158 of our soldiers came home in flag-draped coffins from Kandahar.", 158),
        ("Iraq: last US combat brigade leaves", "Over 4,400 came home in body bags and Iraq is still not a democracy.", 4400),
    ],
)
def test_came_home_in_coffins(title: str, text: str, count: int) -> None:
    assert found(text, title, "comment") == [(count, "killed", "conflict")]


# A war's toll told as a rate in the progressive is the war's where the war is named; "are dying" alone, of the
# wounded, is no death yet, and a rate of the roads or of an illness is no event.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Syria: Annan plan collapses", "Two hundred Syrians are dying every day in this civil war and Moscow still vetoes.",
         [(200, "killed", "conflict")]),
        ("Road safety week", "Ninety people are dying every day on Indian roads and nobody calls it a war.", []),
        ("World Malaria Day", "2,000 children are dying every day of malaria, the WHO said.", []),
    ],
)
def test_dying_every_month(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert [f for f in found(text, title, "comment") if f[2] is not None] == expected


def test_the_wounded_who_are_dying_are_not_dead() -> None:
    text = "Three of the wounded are dying, a surgeon said."
    assert [f for f in found(text, "Iraq: hospital overwhelmed after Hilla bombing") if f[1] == "killed"] == []


# A negation that denies only how the death came asserts the death, and names no mishap; a death denied outright
# stays denied.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Syria: Daraya massacre", "Those 300 people did not die by accident, they were shot in the basements.",
         [(300, "killed", "conflict")]),
        ("Libya: fighting in Zawiya", "The 20 soldiers did not die, the government spokesman insisted.", []),
        ("Iraq: Baghdad bombing", "Nobody died in the second blast, police said.", []),
    ],
)
def test_manner_of_death_denied(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text, title, "comment") == expected


def test_manner_denied_keeps_a_mishap_s_dead_apart() -> None:
    text = "Those 150 passengers did not die by accident, the railway ignored every warning."
    assert found(text, "India: train derails near Kanpur", "comment") == [(150, "killed", "accident")]


# Under the title of a ruler's trial or arrest, or of a war crimes court, the court's words tell what it
# judges: the crackdown's or the war's dead, not a crime; a murder trial's dead stay a crime.
@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Egypt: Mubarak retrial postponed", "More than 800 died in eighteen days so he could keep his palace.", "conflict"),
        ("Ivory Coast: Gbagbo appears before judges", "3,000 Ivorians died because he would not leave office.", "conflict"),
        ("ICC charges Kenyan deputy president", "1,100 died and he is still in office.", "conflict"),
        ("Texas: murder trial opens in Houston", "Four people died so he could rob a pawn shop.", "crime"),
        ("Russia: serial killer sentenced in Perm", "Eleven women died and the police ignored every complaint.", "crime"),
    ],
)
def test_dead_of_a_ruler_s_trial(title: str, text: str, event: str) -> None:
    assert [f[2] for f in found(text, title, "comment")] == [event]


# The dead of a massacre or a genocide counted as its victims; the victims of a repression or an attack count the
# hurt and the jailed too, and give no dead.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Bosnia: Srebrenica anniversary", "6,000 victims of the genocide have been identified and 2,000 are still missing.",
         [(6000, "killed", "conflict"), (2000, "missing", "conflict")]),
        ("Guatemala: Dos Erres trial", "The 201 victims of the massacre were buried in a single grave.", [(201, "killed", "conflict")]),
        ("Chile: Valech commission reports", "The commission recognised 9,800 more victims of the repression.", []),
        ("Boston: marathon bombing anniversary", "The 260 victims of the attack met the runners at the finish line.", []),
    ],
)
def test_victims_of_a_massacre(title: str, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert found(text, title) == expected
