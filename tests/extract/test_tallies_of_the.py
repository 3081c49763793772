"""People picked out of the wounded or the dead with a participle before their noun: "one of the
wounded protesters", "two of the injured soldiers"; a part of the figure told before, or new
deaths when they then died."""

from __future__ import annotations

from crawler.extract.document import extract_document


def figures(text: str) -> list[tuple[int, str, int | None]]:
    return [(t.count, t.outcome, t.subset_of) for t in extract_document(text, None).tallies]


def test_one_of_the_wounded_protesters_is_a_part_of_the_wounded() -> None:
    text = "Police fired on the march, leaving 30 wounded. Doctors treated one of the wounded demonstrators."
    assert figures(text) == [(30, "wounded", None), (1, "wounded", 0)]


def test_the_wounded_soldiers_who_then_died_are_new_deaths() -> None:
    text = "The patrol was ambushed and 6 soldiers were injured. Two of the wounded soldiers died later in hospital."
    assert figures(text) == [(4, "wounded", None), (2, "killed", None)]  # the dead taken from the wounded


def test_the_wounded_as_a_noun_still_reads_as_before() -> None:
    text = "The blast injured 20 people. Three of the injured were in a critical condition."
    assert figures(text) == [(20, "wounded", None), (3, "wounded", 0)]


def test_a_participle_before_its_people_is_still_an_active_verb_elsewhere() -> None:
    assert figures("Gunmen killed two soldiers at a checkpoint.") == [(2, "killed", None)]
