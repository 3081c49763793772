"""Strike reports that count a family's dead, or give the range of sources' tolls: a count of kin
then their names ("her three daughters, Hiba, 8, Rana, 6, and Sura, 3") are those counted, no more;
kin of one named victim told after ("His parents and two sisters were also killed") are more dead
beside that one, however many; the dead named with ages set off by commas widen the lead figure;
and "the death toll given by local media varied from 9 to 16" is the event's toll at its top."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a named victim, then kin counted and named with ages: the names are the counted
        (
            "Local sources told Airwars that Umm Ahmed and her three daughters, Hiba, 8, Rana, 6, and "
            "Sura, 3, were killed when an airstrike hit their home in the Maidan area of Mosul.",
            4,
        ),
        ("Ali Hassan, 40, and his two sons, Omar, 12, and Zaid, 9, were killed in the coalition strike on Raqqa.", 3),
        ("Ali Hassan and his two sons, Omar and Zaid, were killed in the coalition strike on Raqqa.", 3),
        # near misses that stay as they were
        ("Her three daughters, Hiba, 8, Rana, 6, and Sura, 3, were killed when an airstrike hit their home in Mosul.", 3),
        ("Two brothers, Juan Perez, 19, and Carlos Perez, 22, were killed in the shelling of the village.", 2),
        ("A woman, her two sons, Ali and Omar, and a neighbour were killed in the strike on Deir al-Balah.", 4),
        ("Three civilians and two soldiers, Ali Khan and Omar Farooq, were killed in the shelling.", 5),
    ],
)
def test_names_of_counted_kin_after_another_victim(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Ahmed Saleh, 30, was killed in an Israeli airstrike in Rafah. His parents and two sisters were also killed.", 5),
        ("Ahmed Saleh, 30, was killed in an Israeli airstrike in Rafah. His wife and two sisters were also killed.", 4),
        ("Ahmed Saleh, 30, was killed in an Israeli airstrike in Rafah. His two brothers were also killed.", 3),
        ("An airstrike killed a man in al-Mawasi on Tuesday. His son Ismail was wounded and later died.", 2),
        # told by a source
        (
            "Journalist Yousef Dawas, 20, was killed when an Israeli strike hit his home in Beit Lahia on October "
            "14th. The Committee to Protect Journalists said his parents and two sisters were also killed.",
            5,
        ),
        ("Ahmed Saleh, 30, was killed in an airstrike in Rafah. Wafa reported that his wife and two daughters were also killed.", 4),
        # near misses: the kin's hurt, and what the kin said, are no more dead
        ("An airstrike killed a man in al-Mawasi on Tuesday. His two sons were wounded.", 1),
        ("An airstrike killed a man in al-Mawasi on Tuesday. His wife said two people were killed in the strike.", 2),
        # near misses: the teller's own kin is the one victim told again
        (
            "An airstrike killed a boy named Anas Abu Zarqa (13) in Nuseirat. Anas Abu Zarqa's uncle Abdulrahman "
            "Jaber wrote that his nephew was killed in a strike on a neighbouring house.",
            1,
        ),
        ("An airstrike killed a boy named Anas Abu Zarqa (13) in Nuseirat. A relative said his father was also killed.", 1),
    ],
)
def test_kin_of_one_victim_told_after(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the dead named with ages set off by commas, more than the lead figure: its top
        (
            "An Israeli airstrike killed four people in Rafah, Wafa reported. Among the dead were Samir Nofal, 50, "
            "his wife Huda, 47, their daughters Rana, 19, and Lina, 15, and their son Karim, 11.",
            5,
        ),
        (
            "Local sources said two people were killed in the strike on the house in Deir al-Balah. Khaled Abu "
            "Shamala, 45, was killed along with his wife Amal, 40, and their son Omar, 12.",
            3,
        ),
        # near misses: the hurt named with their ages, and as many named as the figure
        (
            "Two people were killed in the strike on Rafah, local sources said. Ahmed Saleh, 30, was killed and "
            "his brother Mahmoud, 25, was wounded.",
            2,
        ),
        (
            "Two people were killed in the strike on Rafah, local sources said. Ahmed Saleh, 30, was killed "
            "along with his brother Mahmoud, 25.",
            2,
        ),
    ],
)
def test_named_dead_with_ages_set_off_by_commas(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # sources' tolls told as the range they span, the only figure: the event's toll at its top
        ("Russian jets struck the market in Ariha on Sunday. The death toll given by local media varied from 9 to 16.", 16),
        ("Russian jets struck the market in Ariha on Sunday. Local sources gave tolls ranging from 12 to 17 civilians killed.", 17),
        (
            "Russian jets struck the market in Ariha on Sunday. Reports of the number of civilians killed varied "
            "between 9 and 16.",
            16,
        ),
        # near misses: a rate, a wider span
        ("Since the start of the offensive, the death toll in Idlib has ranged from 9 to 16 a day.", 0),
        ("Daily death tolls in Idlib ranged from 9 to 16 during the offensive.", 0),
        ("The toll of the strikes across the province ranged from 9 to 16 over the past week.", 0),
    ],
)
def test_sources_tolls_told_as_a_range(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a second source's figure, its source "other reports", then its verb
        (
            "Local sources said three civilians were killed in the strike on al-Bukamal; other reports put the "
            "number at five.",
            5,
        ),
        (
            "Local sources said three civilians were killed in the strike on al-Bukamal, while other reports said five.",
            5,
        ),
        ("The monitor reported four deaths, while Radio Marun reported six.", 6),
        # the toll of the event named after it, told as what it was
        ("The death toll from the attack was 12, police said.", 12),
        ("The death toll from Sunday's airstrike on the market was 12, the civil defence said.", 12),
        ("The death toll from the strike on al-Bukamal was between three and five civilians.", 5),
        # near misses: a war's or an offensive's toll
        ("The death toll from the war is 40,000, the ministry said.", 0),
        ("The death toll from the offensive was 300 by the end of the month.", 0),
    ],
)
def test_sources_and_the_toll_of_the_event(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "the number" raised in the sentence of the first figure: the toll as it stands
        ("Seven people were killed in the strike on Tuesday, and by Wednesday the number had risen to 11.", 11),
        (
            "Rescuers recovered the bodies of seven people from the rubble on Tuesday; by Wednesday the number had "
            "risen to 11.",
            11,
        ),
        # near misses: a second source's figure (the range's top stays), the injured's number
        ("Local sources said 30 people were killed, while locals put the number at 18.", 30),
        (
            "Seven people were killed and 20 injured on Tuesday; by Wednesday the number of injured had risen to 25.",
            7,
        ),
    ],
)
def test_the_number_raised_in_the_sentence_of_the_figure(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
