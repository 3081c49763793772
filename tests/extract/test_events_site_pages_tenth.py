"""What a general crawl of news, blog and forum pages stores when the page is about no war: a
reader's comparison of quantities names nobody ("more PCs", "More Irish died"), a toll a modal
weighs is no toll, a condition after an explainer's lead-in is one, lives a reader sums up are no
dead, and the dead of the roads are the roads' whatever war the sentence sets them beside."""

from __future__ import annotations

import pytest

from tests.extract.test_events_site_pages import Figure, figures


# A phrase led by "more" or "fewer" with no number is a comparison of quantities: nobody counted.
@pytest.mark.parametrize(
    "text",
    [
        "Windows Vista killed more laptops than any virus ever did.",
        "More Irish died on the roads since 1959 than in the whole of the Troubles.",
        "Fewer Britons died in Helmand last year than on the A1.",
        "The drought killed more Kenyans than the militias ever did.",
    ],
)
def test_a_comparison_of_quantities_counts_nobody(text: str) -> None:
    assert figures(text, kind="comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two soldiers were killed and two more were wounded in Kunar on Monday.", [(2, "killed", "conflict"), (2, "wounded", "conflict")]),
        ("The car bomb killed 12 people in Hilla, more than half of them children.", [(12, "killed", "conflict")]),
        ("More than 40 people were killed in the bombing in Quetta.", [(40, "killed", "conflict")]),
    ],
)
def test_more_with_a_number_still_counts(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
