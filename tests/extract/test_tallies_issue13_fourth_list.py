"""Constructions the tally reader misread (issue 13, fourth list), on sentences in the styles of
wire news, Wikipedia attack lists and Airwars strike reports, with the near misses that must stay
as they are."""

from __future__ import annotations

from tests.extract.tolls import killed_and_wounded

_both = killed_and_wounded


def test_a_vague_amount_shot_leaves_the_rest_of_them_untold() -> None:
    text = "Dozens of protesters were shot, 17 of them fatally, when troops opened fire on a march in Taiz, medics said."
    assert _both(text) == (17, 0)
    assert _both("Hundreds of mourners were shot, 31 of them fatally, at the funeral in Homs, activists said.") == (31, 0)
    text = "Several people were shot, one of them fatally, outside a nightclub in Lagos early on Sunday, police said."
    assert _both(text) == (1, 0)


def test_a_number_shot_still_splits_off_the_wounded() -> None:
    text = "At least 30 demonstrators were shot, 12 of them fatally, when police fired on the crowd in Khartoum."
    assert _both(text) == (12, 18)
    assert _both("Eight villagers were shot, three of them fatally, by gunmen near Bunia, a local official said.") == (3, 5)
    # "dozens" told wounded is read as the project reads it everywhere (24)
    assert _both("Dozens of protesters were wounded and 19 were killed when soldiers fired on the crowd in Basra.") == (19, 24)
