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


# The dead a figure died on the roads are the roads' toll, whatever war the sentence weighs them against.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Around 460,000 people died on US roads between 1960 and 1969, while about 58,000 Americans died in Vietnam.",
            [(460000, "killed", "accident"), (58000, "killed", "conflict")],
        ),
        (
            "In 2008, 2,538 people were killed on Britain's roads, more than the 179 soldiers who died in Iraq.",
            [(2538, "killed", "accident"), (179, "killed", "conflict")],
        ),
        ("Some 1,200 people died in road accidents in Afghanistan last year, officials said.", [(1200, "killed", "accident")]),
    ],
)
def test_the_dead_of_the_roads_are_the_roads(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Dozens of civilians were killed on the roads of Gaza by Israeli airstrikes.", [(24, "killed", "conflict")]),
        ("Three soldiers were killed on the road to Kandahar by a roadside bomb.", [(3, "killed", "conflict")]),
        ("1,700 dead on the roads every year and we worry about speed cameras.", []),
    ],
)
def test_a_road_of_a_war_or_a_rate_of_the_roads_is_not_the_roads_toll(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
