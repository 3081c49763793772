"""The extractors look for some words in the lower case of a text, matched as written (speed):
what they find must be what case-insensitive matching finds, in capitals and title case too, and
in a text holding a letter that case-insensitive matching folds to an ASCII one ("ſ", "İ", the
kelvin sign), which is searched as it is.

Every sentence here is written for the test, in the shape of real news."""

from __future__ import annotations

import re

import pytest

from crawler.extract.document import extract_document
from crawler.extract.tallies import _LOWER_OUTCOME_WORD, _OUTCOME_WORD


@pytest.mark.parametrize(
    "text",
    [
        "FIVE SOLDIERS KILLED IN ROADSIDE BOMBING NEAR KANDAHAR",
        "Twelve Civilians Wounded As Shells Hit Market In Idlib",
        "In İzmir, seven police officers were killed in the blast, officials said.",
        "The \u212aabul attack killed Nine guards, the ministry said.",
    ],
)
def test_tallies_are_read_in_any_case(text: str) -> None:
    assert extract_document(text, None).tallies


def test_the_outcome_words_are_written_in_lower_case() -> None:
    """Their lower-case pattern finds what the case-insensitive one finds only so."""
    letters = re.sub(r"\\.", "", _OUTCOME_WORD.pattern)
    assert letters == letters.lower()
    assert _LOWER_OUTCOME_WORD.pattern == _OUTCOME_WORD.pattern



def test_old_print_long_s_reads_as_s() -> None:
    """Old print and its scans write "ſ": the lexicon entry a match was found by ("at leaſt",
    "ſeveral", "21ſt Auguſt") is looked up by its plain spelling, so the figures are read."""
    plain = "At least several soldiers were killed on 21st August."
    read, long_s = extract_document(plain, None), extract_document(plain.replace("s", "ſ"), None)
    assert not long_s.failures
    assert [(t.count, t.outcome) for t in long_s.tallies] == [(t.count, t.outcome) for t in read.tallies] == [(2, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "MULTİPLE CİVİLİANS WERE KİLLED, DOZENS WOUNDED",
        "The bodıes of fıve vıctıms were found; the vıctıms lost theır lıves",
        "Dozenſ were wounded and numerouſ houſeſ were hit",
    ],
)
def test_a_word_matched_through_a_folding_letter_fails_no_stage(text: str) -> None:
    """Turkish "İ" and "ı" in matched words: no lookup of the matched lexicon entry fails."""
    assert not extract_document(text, None).failures
