"""The one entry point: a document and its publication day in, everything extracted out."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import EXTRACTOR_VERSION, extract_document

REPORT = (
    "KABUL, June 4 (Reuters) - A suicide bomber killed at least 14 people and wounded 15 more at a "
    "market in the town of Qala-e-Naw on Monday, police said.\n\n"
    "Among the dead were three children, provincial officials said."
)


def test_the_version_of_the_extractor_is_recorded() -> None:
    assert extract_document(REPORT, date(2018, 6, 4)).version == EXTRACTOR_VERSION != ""


def test_sentences_tallies_and_claims_share_offsets_into_the_text() -> None:
    extraction = extract_document(REPORT, date(2018, 6, 4))
    assert extraction.sentences[-1].text == "Among the dead were three children, provincial officials said."
    for tally in extraction.tallies:
        sentence = extraction.sentences[tally.sentence]
        assert sentence.start <= tally.start < tally.end <= sentence.end
    assert [(t.count, t.outcome, t.role, t.subset_of) for t in extraction.tallies] == [
        (14, "killed", "people", None),
        (1, "killed", "militants", None),  # the bomber
        (15, "wounded", "people", None),
        (3, "killed", "children", 0),
    ]
    claimed = sorted(index for claim in extraction.claims for index in claim.tallies)
    assert claimed == [0, 1, 2, 3]


def test_relative_dates_resolve_against_the_publication_day() -> None:
    extraction = extract_document("Three soldiers were killed on Monday.", date(2018, 6, 6))
    window = extraction.tallies[0].window
    assert window is not None
    assert (window.start, window.end, window.assumed) == (date(2018, 6, 4), date(2018, 6, 4), False)


def test_a_figure_without_time_words_takes_the_publication_day_as_assumed() -> None:
    window = extract_document("Three soldiers were killed.", date(2018, 6, 6)).tallies[0].window
    assert window is not None and window.assumed and window.start == date(2018, 6, 6)


def test_since_makes_a_running_total() -> None:
    text = "The latest deaths brought the number of Iranian commanders killed since October 7 to eight."
    extraction = extract_document(text, date(2015, 12, 1))
    assert [(t.count, t.cumulative) for t in extraction.tallies] == [(8, True)]


@pytest.mark.parametrize(
    "text",
    [
        "So far, 40 people have been killed in the fighting, the ministry said.",
        "In total, 52 soldiers were killed during the offensive.",
        "Overall, 300 people died in the month-long siege.",
        "At least 61 civilians have been killed to date.",
    ],
)
def test_so_far_in_total_overall_and_to_date_make_running_totals(text: str) -> None:
    extraction = extract_document(text, date(2016, 5, 1))
    assert [t.cumulative for t in extraction.tallies] == [True]


def test_a_comment_figure_is_the_readers_claim() -> None:
    extraction = extract_document("They buried 22 fighters from Herat last week.", date(2015, 12, 1), kind="comment")
    (claim,) = extraction.claims
    assert (claim.claimant_kind, claim.tallies) == ("reader", [0])


def test_eastern_digits_are_read_at_the_same_offsets() -> None:
    text = "Officials said ١٢ civilians were killed."
    extraction = extract_document(text, None)
    assert [(t.count, text[t.start : t.end]) for t in extraction.tallies] == [(12, "١٢ civilians were killed")]


def test_other_languages_get_sentences_but_no_tallies() -> None:
    extraction = extract_document("Asesinan a 10 personas en Guanajuato. Hallan restos.", None, language="es")
    assert len(extraction.sentences) == 2
    assert extraction.tallies == [] and extraction.claims == [] and extraction.people == []


def test_a_text_without_casualties_gives_only_sentences() -> None:
    extraction = extract_document("The talks resume in Geneva on Monday.", date(2016, 1, 1))
    assert extraction.tallies == [] and extraction.people == []
