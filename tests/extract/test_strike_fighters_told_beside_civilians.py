"""Strike reports that tell fighters beside civilians in one toll: the parts told each by its verb
("two of the dead were suspected al-Qaeda members and two were civilians"), the armed groups of
Syria's, Yemen's, Sinai's and Lake Chad's wars named as the dead, and a command's count of the
fighters it killed where the report says no civilian was harmed.  The near misses keep their count:
lists of attacks that count fighters among the dead, a toll said to be all civilians, an armed group
as the attacker, and a command's count with no word on civilians."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a part told as fighters by its verb, and the other part as civilians by the number that completes the toll
        (
            "A US drone strike on a pickup truck in al-Bayda governorate on March 6th, 2018 killed five people."
            " Tribal sources said three of the dead were suspected AQAP members and two were civilians from the"
            " village of Yakla.",
            2,
        ),
        (
            "An alleged Russian airstrike on a poultry farm near Kafranbel on April 2nd, 2017 killed eight people."
            " Four of the dead were fighters of Ahrar al-Sham and four were civilians working at the farm, Smart"
            " News said.",
            4,
        ),
        # the other part told by a civilian role rather than the word "civilians"
        (
            "A US airstrike near Sablale in Lower Shabelle on July 8th, 2019 killed six people, residents said."
            " Four of the dead were al-Shabaab militants, while two were camel herders from a nearby village.",
            2,
        ),
        # the civilians' part, and the rest told as fighters by the number that completes the toll
        (
            "An alleged Coalition airstrike on a bus station in al-Bukamal on August 3rd, 2017 killed 16 people."
            " Deir Ezzor 24 said 13 of the dead were civilians, among them three children, and three were"
            " ISIS fighters.",
            13,
        ),
        # parts told each by its verb in one span of words: only the figure's own part is read
        (
            "An alleged Coalition strike hit a house in al-Mayadin on April 9th, 2017, killing ten people. Of the"
            " dead, six were civilians from the al-Jassem family and four were ISIS fighters, Sound and Picture"
            " reported.",
            6,
        ),
        # the armed groups the list lacked, named beside civilians
        (
            "An alleged Russian airstrike on a checkpoint outside Khan Shaykhun on June 4th, 2017 killed three"
            " Tahrir al-Sham members and two civilians, Step News Agency said.",
            2,
        ),
    ],
)
def test_a_strikes_fighters_told_beside_its_civilians_are_left_out(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    "text",
    [
        "US Africa Command said a strike near Bariire in Lower Shabelle on August 2nd, 2019 killed 9 al-Shabaab"
        " militants. Residents of Bariire contacted by Airwars named no civilian dead.",
        "A US airstrike on a camp near Qandala, Bari region, on November 3rd, 2017 killed some 20 ISIS fighters,"
        " the Pentagon said. Puntland officials and local elders did not report any civilian deaths.",
    ],
)
def test_a_commands_count_of_fighters_beside_sources_naming_no_civilian_dead_is_no_toll(text: str) -> None:
    assert toll_top(text, "killed") == 0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a list of attacks counts the fighters among its dead
        (
            "14 March 2016 – Kabul, Afghanistan: a Taliban suicide bomber attacked a government compound, killing 20"
            " people, including 12 militants who died in the ensuing firefight.",
            20,
        ),
        (
            "4 April 2017 – Derna, Libya: fighting between the LNA and the Shura Council left 14 dead, including"
            " nine Shura fighters and five civilians.",
            14,
        ),
        # a toll said to be all civilians, with fighters among them only as suspected
        (
            "An alleged Coalition strike on a market in al-Shaafa on June 19th, 2017 killed 14 people, among them two"
            " suspected militants, according to local activists, who said all 14 were civilians.",
            14,
        ),
        # a named armed group as the attacker, not as the dead
        (
            "On March 2nd, 2018, Hayat Tahrir al-Sham shelling on the town of Mahardah killed four civilians,"
            " including a child. Eight others were wounded.",
            4,
        ),
        # a part told as killed by fighters, not as fighters
        (
            "A strike and the clashes that followed in Tafas on May 3rd, 2019 killed six people. Two of the dead were"
            " shot by HTS fighters and four were civilians hit by the strike.",
            6,
        ),
        # a second part whose number does not complete the toll leaves it whole
        (
            "An alleged Russian airstrike on a market in Maarat al-Numan on July 22nd, 2019 killed 12 people. Two"
            " of the dead were HTS members and three were children, the White Helmets said.",
            12,
        ),
        # a command's count of fighters with no word on civilians keeps its count
        (
            "A US airstrike near Jilib on April 1st, 2018 killed 11 al-Shabaab militants, AFRICOM said.",
            11,
        ),
    ],
)
def test_fighters_counted_as_the_text_counts_them_keep_their_count(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
