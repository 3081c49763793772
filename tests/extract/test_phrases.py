"""``read_items`` lower-cases a sentence at once where that gives each word's own lower case
(speed): every word must read as it does lower-cased on its own, "’" read as "'".

Every sentence here is written for the test, in the shape of real news."""

from __future__ import annotations

import pytest

from crawler.extract.numbers import find_quantities
from crawler.extract.phrases import read_items
from crawler.extract.records import Sentence


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed in the governor’s convoy near Kandahar, officials said.",
        "Two policemen were killed in İzmir and İstanbul on Monday, the ministry said.",
        "The blast in ΑΘΗΝΑΣ killed 4 people, the ΕΛΑΣ police said; ΟΔΟΣ Stadiou was closed.",
        "U.S. officials said 12 militants died; US and U.K. troops were not involved.",
    ],
)
def test_each_word_reads_as_on_its_own(text: str) -> None:
    sentence = Sentence(0, 0, len(text), text)
    items = read_items(text, sentence, find_quantities(text, 0, len(text)))
    words = [item for item in items if item.quantity is None]
    assert words
    for item in words:
        alone = "u.s." if item.text == "US" else item.text.lower().replace("’", "'")
        assert item.low == alone
