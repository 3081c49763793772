"""Acceptance on the seed page (EA WorldView, "Iran Daily, Dec 1", published 1 December 2015):
the seven casualty figures, the two named dead, the attributed claims, and none of the numbers
that count something else.  The page is read as the crawler reads it: body and comments apart."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Claim, Extraction, Tally
from crawler.understand.body.article_text import extract_body
from crawler.understand.comments import extract_comments
from crawler.understand.html import parse_page

PAGE = Path(__file__).parents[1] / "fixtures" / "pages" / "seed-article.html"
URL = "https://eaworldview.com/2015/12/iran-daily-dec-1/"
PUBLISHED = date(2015, 12, 1)


@cache
def _page() -> tuple[str, tuple[str, ...]]:
    page = parse_page(PAGE.read_bytes(), URL)
    return extract_body(page).text, tuple(comment.text for comment in extract_comments(page).comments)


@cache
def body() -> tuple[str, Extraction]:
    text = _page()[0]
    return text, extract_document(text, PUBLISHED)


@cache
def comments() -> tuple[tuple[str, Extraction], ...]:
    return tuple((text, extract_document(text, PUBLISHED, kind="comment")) for text in _page()[1])


def body_tally(count: int) -> Tally:
    (tally,) = [t for t in body()[1].tallies if t.count == count]
    return tally


def claim_of(tally: Tally, extraction: Extraction) -> Claim:
    index = extraction.tallies.index(tally)
    (claim,) = [c for c in extraction.claims if index in c.tallies]
    return claim


# --- the seven tallies


def test_tally_1_twelve_iranian_fighters_in_the_last_four_days_south_of_aleppo() -> None:
    tally = body_tally(12)
    assert (tally.qualifier, tally.outcome, tally.cumulative) == ("exact", "killed", False)
    assert (tally.nationality, tally.role, tally.group) == ("Iranian", "fighters", "Iranian fighters")
    assert tally.window is not None
    assert (tally.window.start, tally.window.end) == (date(2015, 11, 27), date(2015, 12, 1))
    assert tally.place == "south of Aleppo"
    claim = claim_of(tally, body()[1])
    assert (claim.claimant, claim.stance, claim.verb) == ("Iranian outlets", "confirms", "confirmed")


def test_tally_2_the_eighth_iranian_commander_killed_since_october_7() -> None:
    tally = body_tally(8)
    assert (tally.qualifier, tally.outcome, tally.cumulative) == ("exact", "killed", True)
    assert (tally.nationality, tally.role) == ("Iranian", "commanders")
    assert tally.window is not None
    assert (tally.window.start, tally.window.end) == (date(2015, 10, 7), date(2015, 12, 1))


def test_tally_3_at_least_71_iranians_since_october_7_is_a_running_total() -> None:
    tally = body_tally(71)
    assert (tally.qualifier, tally.outcome, tally.cumulative) == ("at_least", "killed", True)
    assert tally.nationality == "Iranian"
    assert tally.window is not None
    assert (tally.window.start, tally.window.end) == (date(2015, 10, 7), date(2015, 12, 1))


@pytest.mark.parametrize(("count", "nationality"), [(7, "Afghan"), (4, "Pakistani")])
def test_tallies_4_and_5_afghan_and_pakistani_fighters_buried_last_weekend(count: int, nationality: str) -> None:
    tally = body_tally(count)
    assert (tally.qualifier, tally.outcome, tally.cumulative) == ("exact", "killed", False)
    assert tally.outcome_word == "buried"
    assert (tally.nationality, tally.role, tally.group) == (nationality, "fighters", f"{nationality} fighters")
    assert tally.window is not None
    assert (tally.window.start, tally.window.end) == (date(2015, 11, 28), date(2015, 11, 29))
    assert tally.restates is None


def test_tally_6_general_hamedani_apparently_killed_by_an_islamic_state_ied_east_of_aleppo() -> None:
    tally = body_tally(1)
    assert (tally.outcome, tally.hedge, tally.cumulative) == ("killed", "apparently", False)
    assert (tally.nationality, tally.role) == ("Iranian", "commanders")
    assert tally.place == "east of Aleppo"
    assert tally.cause == "Islamic State improvised explosive device"
    assert tally.window is not None
    assert tally.window.start is None and tally.window.end <= date(2015, 10, 31)


def test_tally_7_a_reader_says_22_shia_fighters_from_pakistan_and_afghanistan_were_killed() -> None:
    found = [(text, extraction, tally) for text, extraction in comments() for tally in extraction.tallies]
    assert len(found) == 1
    _, extraction, tally = found[0]
    assert (tally.count, tally.qualifier, tally.outcome, tally.cumulative) == (22, "exact", "killed", False)
    assert tally.group == "Shia militants from Pakistan and Afghanistan"
    assert tally.window is not None and tally.window.assumed
    assert claim_of(tally, extraction).claimant_kind == "reader"


def test_the_body_holds_exactly_six_tallies() -> None:
    assert sorted(t.count for t in body()[1].tallies) == [1, 4, 7, 8, 12, 71]


# --- the named dead


def test_brigadier_general_abdolreza_majiri_is_named_as_killed() -> None:
    (person,) = [p for p in body()[1].people if p.name == "Abdolreza Majiri"]
    assert (person.title, person.affiliation, person.outcome) == ("Brigadier General", "Iranian", "killed")


def test_general_hossein_hamedani_is_named_as_killed() -> None:
    (person,) = [p for p in body()[1].people if p.name == "Hossein Hamedani"]
    assert (person.title, person.affiliation, person.outcome) == ("General", "Iranian", "killed")
    assert person.hedge == "apparently"


def test_only_the_two_are_named_as_casualties() -> None:
    names = {p.name for p in body()[1].people} | {p.name for _, e in comments() for p in e.people}
    assert names == {"Abdolreza Majiri", "Hossein Hamedani"}


# --- the claims


@pytest.mark.parametrize(
    ("claimant", "stance", "words", "window_phrase"),
    [
        ("Iranian outlets", "confirms", "confirmed the deaths of 12 fighters", "in the last four days"),
        ("Revolutionary Guards", "denies", "for the third time this month to refute", "for the third time this month"),
        ("Fars News", "asserts", "claimed Soleimani had said", None),
        ("rumours", "rumour", "Rumors started in mid-November", "in mid-November"),
        ("Mohammad Reza Naqdi, head of the Basij militia", "asserts", "$200 million operation", None),
        ("Mohammad Reza Naqdi", "asserts", "more than $2 billion", None),
        ("reports", "reports", "forces are reportedly leading the attacks south of Aleppo", None),
        ("reports", "reports", "reportedly travelled to Moscow in late July", "in late July"),
    ],
)
def test_body_claims(claimant: str, stance: str, words: str, window_phrase: str | None) -> None:
    text, extraction = body()
    matching = [c for c in extraction.claims if c.claimant == claimant and words in text[c.start : c.end]]
    assert len(matching) == 1, [(c.claimant, text[c.start : c.end]) for c in extraction.claims]
    claim = matching[0]
    assert claim.stance == stance
    assert (claim.window.phrase if claim.window else None) == window_phrase


def test_the_reader_citing_reports_claims_soleimani_is_in_hospital() -> None:
    (claim,) = [c for text, e in comments() if text.startswith("Reports state") for c in e.claims]
    assert (claim.claimant_kind, claim.stance) == ("reader", "asserts")


def test_the_outlet_makes_the_figures_nobody_is_quoted_for() -> None:
    extraction = body()[1]
    for count in (8, 71, 7, 4, 1):
        assert claim_of(body_tally(count), extraction).claimant_kind == "outlet"


# --- numbers that are not casualties


@pytest.mark.parametrize(
    "words",
    [
        "$200 million",
        "more than $2 billion",
        "34 ‘subversion projects’",
        "six-front offensive — five of them",
        "the third time this month",
        "in 2012",
        "several Iranian-American citizens",
        "Nazar Zaka have been detained",
        "rescuing the Russian navigator",
    ],
)
def test_numbers_that_are_not_casualties_give_no_tally(words: str) -> None:
    text, extraction = body()
    at = text.index(words)
    assert not [t for t in extraction.tallies if t.start < at + len(words) and at < t.end]


def test_within_6km_of_palmyra_in_a_comment_gives_no_tally() -> None:
    (extraction,) = [e for text, e in comments() if "within 6km of palmyra" in text]
    assert extraction.tallies == []


# --- the event class (issue 14)
def test_every_seed_tally_is_a_conflict_casualty_with_its_evidence() -> None:
    tallies = [*body()[1].tallies, *(t for _, extraction in comments() for t in extraction.tallies)]
    assert len(tallies) == 7
    assert [t.event for t in tallies] == ["conflict"] * 7
    assert all(t.event_evidence for t in tallies)
