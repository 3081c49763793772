"""Property-based tests: whatever text the pages give, text extraction returns, never raises.

The examples are drawn deterministically (``derandomize``), so a run is the same every time and
quick; the words they are built of are those the extractors look for, so that the sentences reach
the tally, claim and name readers rather than falling through them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract.document import extract_document
from crawler.extract.numbers import find_quantities, normalize_digits, parse_number
from crawler.extract.records import DocumentKind
from crawler.extract.sentences import split_sentences

PROPERTIES = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Words, figures and punctuation of casualty reports, in several scripts and digit systems.
VOCABULARY = (
    "killed", "were", "was", "at", "least", "dead", "wounded", "injured", "died", "people", "civilians",
    "soldiers", "children", "including", "women", "and", "of", "them", "the", "a", "toll", "rose", "to",
    "said", "says", "told", "reported", "according", "to", "citing", "denied", "claimed", "that", "on",
    "Monday", "Tuesday", "last", "week", "in", "Gaza", "Aleppo", "ministry", "Health", "Ministry", "SOHR",
    "Observatory", "he", "she", "they", "Ahmed", "al-Hassan", "Mr", "Dr.", "12", "3", "1,200", "½", "0",
    "dozens", "hundreds", "twelve", "two", "thousand", "one", "first", "second", "١٢", "۱۴", "٣", "killed:",
    "said:", ",", ".", ":", ";", "—", "-", "(", ")", "“", "”", '"', "'", "’", "?", "!", "…", "\n", "\n\n",
    "\x00", "\t", "   ", "U.S.", "No.", "p.m.", "2024", "May", "7", "2015-12-01", "قتل", "شخصا", "کشته",
    "e.g.", "i.e.", "etc.", "", "%", "per", "cent", "between", "10", "and", "20", "more", "than", "over",
)

words = st.lists(st.sampled_from(VOCABULARY), max_size=60).map(" ".join)
joined = st.lists(st.sampled_from(VOCABULARY), max_size=60).map("".join)  # words run together
anything = st.text(max_size=300)

# Sentences shaped as reports are: who said how many were killed, in every order and cut short.
_CLAIMANT = st.sampled_from(["the ministry", "the company’s CEO", "Health Ministry officials", "Ahmed al-Hassan of the SOHR",
                             "he", "residents", "Reuters", "a spokesman", "Zachary Levine of the Houston Chronicle", ""])
_VERB = st.sampled_from(["said", "says", "told reporters", "reported", "reports", "claimed", "denied", "added", "confirmed", ""])
_FIGURE = st.sampled_from(["12", "at least 14", "dozens of", "twelve", "1,200", "between 10 and 20", "more than 30", "١٢", "no", ""])
_VICTIMS = st.sampled_from(["people", "civilians", "soldiers", "children", "of them", ""])
_OUTCOME = st.sampled_from(["were killed", "died", "were wounded", "killed", "dead", "were killed and 30 wounded", ""])
_WHEN = st.sampled_from(["", " on Monday", " last week", " in Gaza", " in a statement", " since March 2011", " that"])
_END = st.sampled_from(["", ".", ":", " —", ",", "…", "?", "!\"", ": “", ")", "\n", ":\n\n“"])


def _report(shape: int, claimant: str, verb: str, figure: str, victims: str, outcome: str, when: str, end: str, filler: str) -> str:
    shapes = (
        f"{figure} {victims} {outcome}{when}, {claimant} {verb}{end}",
        f"{claimant} {verb}{when}{end} {figure} {victims} {outcome}{end}",
        f"According to {claimant}, {figure} {victims} {outcome}{end}",
        f"After {filler}, {claimant} {verb}{end}",
        f"{figure} {victims} {outcome}, {verb} {claimant}{end}",
        f"“{figure} {victims} {outcome}{end}” {verb} {claimant}{end}",
    )
    return shapes[shape]


reports = st.builds(_report, st.integers(0, 5), _CLAIMANT, _VERB, _FIGURE, _VICTIMS, _OUTCOME, _WHEN, _END, words)
paragraphs = st.lists(st.one_of(reports, words), min_size=1, max_size=6).flatmap(
    lambda parts: st.sampled_from([" ", "\n", "\n\n"]).map(lambda gap: gap.join(parts))
)
texts = st.one_of(paragraphs, words, joined, anything, st.tuples(paragraphs, anything, words).map("".join))
days = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


@PROPERTIES
@given(text=texts, published=days, kind=st.sampled_from(["body", "comment"]), language=st.sampled_from(["en", "en-GB", "ar", ""]))
def test_extract_document_never_raises(text: str, published: date | None, kind: DocumentKind, language: str) -> None:
    extraction = extract_document(text, published, language, kind)
    normalized = normalize_digits(text)
    for sentence in extraction.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(normalized)


@PROPERTIES
@given(text=texts)
def test_sentences_and_numbers_never_raise(text: str) -> None:
    text = normalize_digits(text)
    split_sentences(text)
    for quantity in find_quantities(text):
        assert 0 <= quantity.start <= quantity.end <= len(text)
    parse_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "A patrol was shot at in the town, resulting in the death of a commander and ",
        "The shelling killed two children and",
        "Among the dead were a teacher, his wife and",
    ],
)
def test_a_text_cut_off_after_and_keeps_its_figure(text: str) -> None:
    """Pages and feeds cut texts short, mid-list: the people before the cut are still read."""
    extraction = extract_document(text, None)
    assert extraction.failures == []
    assert extraction.tallies
