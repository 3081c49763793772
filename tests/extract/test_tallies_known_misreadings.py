"""Constructions of news, list entries and monitor reports that were read wrong: one person named
by office "of" an institution or by a part in a wedding, attackers shot dead in a second verb or a
verbless clause, one person told again with "the", executions by shooting, the hurt who all died,
a total "in all" told after its parts, the dead on board and on the ground, and the people a ward
is able to treat."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded the figures of the text's own event sum to."""
    figures = [f for f in event_tallies_json(text, "2019-06-01") if not f["cumulative"]]
    return tuple(sum(f["count"] for f in figures if f["outcome"] == outcome) for outcome in ("killed", "wounded"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead the pastor of a church in Kaduna State on Sunday.", (1, 0)),
        ("A bomb killed the imam of the central mosque in Garissa and two worshippers.", (3, 0)),
        ("A sniper killed the bride and wounded the groom at a wedding in Daraa.", (1, 1)),
        ("Police stormed the plane in Larnaca; the hijacker was killed and two passengers were wounded.", (1, 2)),
        ("Gunmen opened fire on a minibus near Jalalabad, killing the driver and three passengers.", (4, 0)),
        ("A sticky bomb killed the deputy mayor of Kirkuk outside his home on Tuesday.", (1, 0)),
        # near misses: a place "of" a place, people of a wedding who are not its dead
        ("Gunmen attacked the school of a village near Maiduguri, killing three pupils.", (3, 0)),
        ("A bomb destroyed the police station of a town in Diyala, killing four officers.", (4, 0)),
        ("The groom's father said four guests were killed.", (4, 0)),
        ("The imam of the mosque said 12 worshippers were killed in the blast.", (12, 0)),
    ],
)
def test_one_person_by_office_or_by_part_in_a_wedding(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
