"""Strike reports of the campaigns the monitors cover (Russia in Syria, Libya, Gaza): the rebels
of Syria named by a group whose name holds a role word ("members of the Free Syrian Army"), told
beside the civilians a strike killed, are left out of the civilians' toll; one of kin who "was
seriously injured and died" later, and one more victim told by rank in a role word ("A 31st
cadet died of his wounds"), add to the toll.  The near misses keep their count: the group as the
attacker, its members' toll in a report of fighting, kin still in hospital, and kin told among
the dead before.  And a list of the dead that counts each part by its own number ("killed two
civilians and five al-Shabaab militants", "Two Ahrar al-Sham members and three civilians were
killed") leaves the fighters' part out, read from its own number; fighters and civilians joined
under one number ("4 fighters and civilians") keep it.  People told again between commas after
their count keep that count when a relative clause follows them ("two civilians, a man and his
nephew, who had been collecting firewood, were among the dead": two)."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the rebels told by the group's name, in a sentence of their own after the civilians
        (
            "Alleged Russian airstrikes on the town of Atarib on July 23rd, 2016 killed 12 civilians, according to"
            " the Syrian Observatory for Human Rights. Ten members of the Free Syrian Army were also killed when a"
            " nearby base was struck.",
            12,
        ),
        (
            "An alleged Russian strike on the village of Tal Rifaat on March 3rd, 2016 killed four civilians,"
            " among them a child, local activists said. Six members of Faylaq al-Sham were also reported killed.",
            4,
        ),
        # near miss: the group as the attacker; its victims are the toll
        (
            "Free Syrian Army fighters shelled the government-held district of Hamdaniya on May 2nd, 2016,"
            " killing four civilians, state media said.",
            4,
        ),
        # near miss: a report of fighting, no strike's civilians beside its members
        (
            "Ten members of the Free Syrian Army were killed in clashes with government forces near Daraa on"
            " Sunday, the Syrian Observatory for Human Rights said.",
            10,
        ),
    ],
)
def test_syrian_rebels_named_by_their_group_beside_a_strikes_civilians(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # kin not told before, hurt and dead later: one more
        (
            "In the afternoon of October 12th, 2023, an alleged Israeli strike hit a car in Deir al-Balah, killing a"
            " father and his two children, a local journalist wrote. His wife was seriously injured and died two"
            " days later in hospital, according to a relative's Facebook post.",
            4,
        ),
        (
            "An alleged Russian airstrike on a house in Kafr Nubl on April 22nd, 2016 killed a man and his two"
            " sons, the town's media centre said. Their mother was badly wounded and later died in a Turkish"
            " hospital.",
            4,
        ),
        # near miss: still in hospital, no death
        (
            "In the afternoon of October 12th, 2023, an alleged Israeli strike hit a car in Deir al-Balah, killing a"
            " father and his two children, a local journalist wrote. His wife was seriously injured and remains in"
            " hospital.",
            3,
        ),
        # near miss: the mother was among the dead told before
        (
            "An alleged Coalition strike on a house in Raqqa on July 14th, 2017 killed a mother and her three"
            " children, the Raqqa Post said. The mother was seriously injured and died in hospital hours later.",
            4,
        ),
        # one more by rank, told by a role word of the dead
        (
            "An airstrike on the military college in al-Hadba, south Tripoli, killed 30 cadets and wounded 33,"
            " the health ministry said. A 31st cadet, Mohammed Abu Ajila, 19, died of his wounds three days later.",
            31,
        ),
        (
            "Alleged Russian strikes on a school in Haas killed 22 children and six teachers, UNICEF said. A 23rd"
            " student died of his wounds in hospital the next day.",
            29,
        ),
    ],
)
def test_a_strikes_later_deaths_told_by_kin_or_by_rank(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A US airstrike near Jilib in Middle Juba on March 18th, 2019 killed two civilians and five al-Shabaab"
            " militants, residents told Radio Dalsan.",
            2,
        ),
        (
            "Two Ahrar al-Sham members and three civilians were reportedly killed in an alleged Russian airstrike on"
            " a market in Kafr Takharim, Idlib governorate, on May 3rd, 2016.",
            3,
        ),
        (
            "Alleged Russian strikes on Saraqib on February 6th, 2018 killed seven civilians and three Faylaq"
            " al-Sham members, the Syrian Observatory for Human Rights said.",
            7,
        ),
        (
            "An alleged Coalition strike on a car near al-Qaim on December 5th, 2017 killed a shepherd and three"
            " ISIS militants, the Anbar Tribal Council said.",
            1,
        ),
        # near miss: fighters and civilians joined under one number
        (
            "A US strike near Jilib on June 2nd, 2019 killed 4 al-Shabaab fighters and civilians, residents said.",
            4,
        ),
        # near miss: an attack on the ground, whose attackers are part of its toll
        (
            "Gunmen attacked the village of Zabarmari on Saturday, killing 12 villagers and two of the attackers,"
            " local officials said.",
            14,
        ),
    ],
)
def test_a_list_of_the_dead_read_part_by_part(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "US Africa Command said an airstrike near El Burr on April 1st, 2018 killed five al-Shabaab militants."
            " Local sources told Radio Dalsan that two civilians, a man and his nephew, who had been collecting"
            " firewood, were among the dead.",
            2,
        ),
        (
            "Two civilians, a farmer and his son, who were working in their field, were killed in the alleged"
            " Coalition strike near Hajin on May 14th, 2018, residents said.",
            2,
        ),
        # near misses: a relative clause right after the count, and one person named with a clause
        (
            "Three children, who were playing outside their home, were killed in the alleged Russian strike on"
            " Ariha on July 1st, 2019, the White Helmets said.",
            3,
        ),
        (
            "The alleged Coalition strike killed a farmer, Ali Hassan, who was working in his field near al-Bukamal,"
            " residents said.",
            1,
        ),
    ],
)
def test_people_told_again_before_a_relative_clause_keep_their_count(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
