"""What a crawl of news and blog pages of every kind stores: faith blogs and their readers'
comments, car news with jokes.  A "hurt" of the heart, a satirical outlet's joke and a made-up
product that kills are no tallies; people hurt in an event and real events beside a joke are."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document

Figure = tuple[int, str, str]


def figures(text: str, title: str | None = None, kind: str = "body") -> list[Figure]:
    found = extract_document(text, None, "en", "comment" if kind == "comment" else "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in found]


# "Hurt" is a noun of feeling after a possessive: "the One who can heal my hurt" counts nobody.
@pytest.mark.parametrize(
    "text",
    [
        "I tried everything that took my mind off the One who can really heal my hurt.",
        "Find one who will listen to your hurt before you say a word.",
        "She is the one who carried our hurt through that long winter.",
        "Only two who had known their hurt came to the service.",
    ],
)
def test_hurt_after_a_possessive_is_a_feeling_not_a_wound(text: str) -> None:
    assert figures(text, None, "comment") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Three people were hurt in the blast.", [(3, "wounded", "conflict")]),
        ("One person was hurt when the car hit a tree.", [(1, "wounded", "accident")]),
        ("Five of our soldiers were hurt in the ambush near Kandahar.", [(5, "wounded", "conflict")]),
    ],
)
def test_people_hurt_in_an_event_are_still_wounded(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A joke told as news: the figure of a satirical outlet, or a product made up to kill its users.
@pytest.mark.parametrize(
    "text",
    [
        "According to The Onion, the next hybrid will come in a model that kills the driver and passengers to cut "
        "their carbon footprint.",
        "According to the Babylon Bee, 40 pastors were killed in a stampede of worship leaders.",
        "Thirty commuters died in a crush at Clapham Junction on Monday, NewsThump reports.",
        "Rumour has it the next trim adds a feature that kills all four passengers when the lease runs out.",
    ],
)
def test_a_joke_told_as_news_is_no_tally(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Onion ran its famous headline again after a gunman killed 17 people at a school in Parkland.",
            [(17, "killed", "crime")],
        ),
        ("The recall covers a model that killed 12 drivers when its airbag burst.", [(12, "killed", "accident")]),
        (
            "Three people died when a tour bus overturned near Cedar City, the highway patrol said.",
            [(3, "killed", "accident")],
        ),
    ],
)
def test_a_real_event_beside_a_satirist_or_a_product_keeps_its_figure(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
