"""Strike reports as civilian-harm monitors write them (Somalia, Syria, Yemen, Libya, Gaza): a
mixed toll whose civilians' part is told apart and whose other dead are told as fighters in a
sentence of their own ("killed four people, two of them civilians ... The other two dead were
al-Shabaab members") counts the civilians, and a part told as civilians by its verb ("five of
whom were civilians") is the civilians' part.  The near misses keep the whole toll: the other
dead told as kin, or as unknown, or as fighters by a number that does not complete the toll.  A
strike that killed a commander "and at least four others", where a source then names civilians
among the dead, counts the others (who hold the civilians), not the commander; an attack on the
ground, or a strike whose report names no civilian, keeps the commander."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A US airstrike near the town of Bu'aale in Middle Juba on October 3rd, 2018 killed four people, two"
            " of them civilians, according to local elders. The civilians were named as Abdi Nur Hassan, a"
            " farmer, and his cousin Ali. The other two dead were al-Shabaab members, residents said.",
            2,
        ),
        (
            "Coalition aircraft struck a house in the village of al-Baghuz on January 9th, 2019. According to"
            " Deir Ezzor 24, the strike killed six people, two of them civilians. The remaining four were ISIS"
            " fighters who had taken shelter there.",
            2,
        ),
        (
            "An airstrike on a farm near Gharyan on May 2nd, 2019 killed five people, two of them civilians,"
            " the health ministry said. The three others killed were fighters of a Zintan brigade.",
            2,
        ),
        (
            "An alleged Russian airstrike on a fuel market in Maarat Misrin on March 1st, 2016 killed eight"
            " people, five of whom were civilians, the Syrian Observatory for Human Rights reported. The others"
            " killed were members of Jund al-Aqsa guarding the market.",
            5,
        ),
        (
            "At least eight people were killed when Coalition aircraft struck a house in Hajin on December 2nd,"
            " 2018, local activists said. Six of the dead were civilians. The other two were ISIS fighters"
            " positioned on the roof.",
            6,
        ),
        (
            "Local sources said a Saudi-led coalition airstrike on a checkpoint in the Sirwah district of Marib on"
            " August 22nd, 2019 killed six people, among them two civilians, a truck driver and his passenger. The"
            " other four dead were Houthi fighters manning the checkpoint, a tribal source said.",
            2,
        ),
        # near misses: the other dead told as kin, as unknown, or by a number that leaves some untold
        (
            "An alleged Russian strike on the village of Haritan on October 11th, 2016 killed six people, three"
            " of them children, the Aleppo Media Center said. The other three dead were the children's mother,"
            " grandmother and uncle.",
            6,
        ),
        (
            "A US airstrike near Qunyo Barrow on December 3rd, 2018 killed five people, two of them civilians,"
            " according to a local elder. The identities of the other three dead were not known.",
            5,
        ),
        (
            "A strike on a checkpoint near Marib on May 4th, 2019 killed seven people, two of them civilians,"
            " a tribal source said. The other three dead were Houthi fighters.",
            7,
        ),
    ],
)
def test_a_mixed_toll_whose_other_dead_are_told_as_fighters(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


def test_a_ground_attack_keeps_its_whole_toll() -> None:
    """Not a strike: an attack list counts everyone, the soldiers with the civilians."""
    text = (
        "Al-Shabaab militants stormed a hotel in Kismayo, killing 12 people, seven of them civilians. The other"
        " five dead were soldiers guarding the hotel."
    )
    assert toll_top(text, "killed") == 12


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "An Israeli airstrike on a house in the Zeitoun neighbourhood of Gaza City on March 10th, 2019 killed a"
            " local commander of the al-Quds Brigades, Abu Khalid al-Shami, and at least four others, the health"
            " ministry said. The Palestinian Centre for Human Rights named three civilians among the dead: his"
            " neighbour Rami Hassouna, 33, and Rami's two daughters.",
            4,
        ),
        (
            "On November 30th, 2016, an alleged Russian strike in the town of Kafr Naha killed a field commander of"
            " Ahrar al-Sham, Abu Hamza, together with seven others, the Syrian Observatory for Human Rights"
            " reported. The Syrian Network for Human Rights documented four civilians among the dead.",
            7,
        ),
        # near miss: no civilian told among the dead, the commander stays in the toll
        (
            "A US drone strike in Paktika on June 3rd, 2018 killed a Taliban commander, Mullah Rahim, and four"
            " others, provincial officials said.",
            5,
        ),
    ],
)
def test_a_commander_and_others_where_a_source_names_civilians_among_the_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


def test_a_suicide_attack_on_a_commander_keeps_him() -> None:
    """Not a strike: the commander is one of the attack's dead (and the bomber who "blew himself up"
    one more, not the commander told again)."""
    text = (
        "A suicide bomber blew himself up at a checkpoint in Kandahar on May 2nd, 2017, killing a local police"
        " commander, Haji Lala, and four others. Officials said three civilians were among the dead."
    )
    assert toll_top(text, "killed") == 6


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # kin told by a possessive (of a couple, of kin, of someone told before), hurt and dead later: one more
        (
            "An Israeli strike hit the home of the Abu Hamad family in Bani Suheila on July 21st, 2014, killing"
            " Tawfiq Abu Hamad, 50, and his wife Nour, 45, according to the Al Mezan Center for Human Rights. The"
            " couple's daughter was injured and died in hospital the next day.",
            3,
        ),
        (
            "An alleged Russian airstrike on a house in Latamneh on August 12th, 2016 killed Yasser al-Hamoud, 38,"
            " and two of his children, according to the Hama Media Center. His wife's mother was badly wounded and"
            " died in hospital in Idlib two days later.",
            4,
        ),
        (
            "A Saudi-led coalition strike on a car near Majz in Saada on July 25th, 2019 killed a man and his two"
            " sons, local officials said. The man's brother, who was in the car, was injured and died in hospital"
            " on the following day.",
            4,
        ),
        # near misses: the kin told among the dead before, or still alive
        (
            "An Israeli strike on the Kuware family home in Rafah on August 1st, 2014 killed the couple and their"
            " son, according to the Palestinian Centre for Human Rights. The couple's son was injured and died in"
            " hospital, the centre said.",
            3,
        ),
        (
            "An alleged Russian airstrike on a house in Latamneh on August 12th, 2016 killed Yasser al-Hamoud, 38,"
            " and two of his children. His wife's mother was badly wounded and remains in hospital in Idlib.",
            3,
        ),
    ],
)
def test_kin_told_by_a_possessive_who_was_hurt_and_died_later(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
