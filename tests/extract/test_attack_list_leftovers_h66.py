"""Wikipedia attack-list entries (issue 13 leftovers): a part of the dead told after a list ("killing 20
men, and six of the dead were beheaded"); with the near misses of the same shape that stay as they are.

Every sentence here is written for the test, in the shape of Wikipedia's lists of attacks."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def killed(text: str) -> int:
    """The dead the text counts, as the benchmark sums them: no running totals, no parts."""
    found = extract_document(text, None, "en", "body").tallies
    return sum(t.count for t in found if t.outcome == "killed" and not t.cumulative and t.subset_of is None)


# A part of the dead, told after the list by "N of the dead", is no more people.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram militants attacked the village of Kwajafa, killing 20 men, and six of the dead were beheaded.", 20),
        ("Gunmen attacked a bus carrying pilgrims near Minya, killing 28 people, and ten of the victims were children.", 28),
        ("Fighters overran a military camp in Inates, killing 71 soldiers, and 30 of those killed were never identified.", 71),
    ],
)
def test_part_of_the_dead_after_a_list(text: str, expected: int) -> None:
    assert killed(text) == expected


# More people after the list: other dead, not a part of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants raided the village of Ngolo, killing 20 men, and six women were later found dead in the bush.", 26),
        ("Gunmen attacked the village of Kukawa, killing 14 farmers, and four soldiers died in the fighting that followed.", 18),
        ("Rebels attacked the town of Kamanyola, killing 12 civilians and six of their attackers.", 18),
    ],
)
def test_more_dead_after_a_list(text: str, expected: int) -> None:
    assert killed(text) == expected
