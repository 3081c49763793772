"""Constructions the written strike reports showed read wrong, now read: one of kin told with "the"
who died later of the wounds ("The mother, who was seriously injured, died of her wounds two days
later"), people hurt whose death is told after a comma and "and" ("was wounded, and died of his
injuries ten days later"), one of kin named by plural people with an apostrophe ("The girls' mother,
who was driving, was injured"), a hurt witness told in a relative clause ("A neighbour who was
injured said he heard a drone"), a list of the dead numbered inline ("The dead were: 1. Olena
Kravets, 61; 2. Petro Kravets, 64"), someone's kin in the plural named before ", and" ("His wife
Samar, their children Yousef and Lana, and his mother Aziza were killed"), and one of kin named
between commas before ", and" ("His wife, Amal, and their three children were wounded").  Near misses that must not change stand beside each."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from tests.extract.tolls import toll_top


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded tolls of a text, as the benchmark sums them."""
    return toll_top(text, "killed"), toll_top(text, "wounded")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Israeli strike on a house in Jabalia killed a father and his two sons, the civil defence said. "
            "The mother, who was critically hurt, died of her wounds on Sunday.",
            (4, 0),
        ),
        (
            "A drone strike hit a car near Bint Jbeil, killing a man and his daughter. The grandfather, who "
            "was in the back seat, later died in hospital, Lebanese media reported.",
            (3, 0),
        ),
        (
            "Mosul, 14 March 2017: coalition strike on al-Jadida house; a woman and her four children killed. "
            "The father died of his injuries three days later.",
            (6, 0),
        ),
        (
            "An airstrike killed three brothers in Idlib on Tuesday, the White Helmets said. The mother died "
            "in hospital on Wednesday.",
            (4, 0),
        ),
        (
            "Gunmen killed a shopkeeper and his son in Kaduna. The nephew, aged 19, died of his wounds the next day.",
            (3, 0),
        ),
    ],
)
def test_kin_told_with_the_who_died_of_the_wounds_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mother was counted before: told again
        (
            "An airstrike killed a mother and her three children in Rafah. The mother died in hospital "
            "before she could be treated.",
            (4, 0),
        ),
        # a death long before the attack, or of illness
        ("A strike killed two brothers in Khan Younis on Monday. The father died in 2009, relatives said.", (2, 0)),
        (
            "Gunmen shot dead a farmer and his son near Jos. The mother died of cancer last year, a neighbour said.",
            (2, 0),
        ),
        # no kin word: someone the story may have counted
        ("A car bomb killed four soldiers in Mogadishu. The driver died in hospital.", (4, 0)),
    ],
)
def test_kin_dead_before_or_of_another_cause_add_no_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two aid workers were injured, and later died, when their convoy was shelled near Kherson, the UN said.",
            (2, 0),
        ),
        (
            "Ali Hassan, 34, a fisherman, was wounded, and died of his injuries ten days later, his brother said.",
            (1, 0),
        ),
        ("Five soldiers were wounded, and succumbed to their wounds on the way to the base hospital.", (5, 0)),
        (
            "An airstrike killed a farmer in al-Mawasi. His son Yousef, 15, who was with him, was wounded, and "
            "died in hospital two days later, the family said.",
            (2, 0),
        ),
    ],
)
def test_the_hurt_who_died_after_a_comma_and_and_are_dead_only(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were wounded, and two civilians died in the crossfire.", (2, 2)),
        ("Four people were wounded, and the building was destroyed.", (0, 4)),
        ("Seven villagers were injured, and dozens fled the area.", (0, 7)),
    ],
)
def test_other_people_or_deeds_after_the_comma_leave_the_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Russian missile struck a minibus near Kramatorsk, killing two teenage sisters. The sisters' father, "
            "who was driving, was badly hurt, regional officials said.",
            (2, 1),
        ),
        (
            "Airwars, 2 May 2017, al-Tanak: two girls killed in a coalition strike on their home; the girls’ "
            "mother seriously injured.",
            (2, 1),
        ),
        ("Two brothers were killed in the strike on the farm near Jenin. The brothers' mother was injured.", (2, 1)),
        ("A sniper shot dead two cousins in Taiz, medics said. The victims' grandfather was wounded.", (2, 1)),
    ],
)
def test_one_of_kin_of_plural_people_with_an_apostrophe_is_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five soldiers were killed in the ambush. The soldiers' bodies were flown home on Friday.", (5, 0)),
        ("Two girls were killed in the strike. The girls' parents were not at home.", (2, 0)),
        ("A drone strike killed three fighters near Marib. The fighters' commander was not among them.", (3, 0)),
    ],
)
def test_things_or_plural_kin_of_plural_people_add_no_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen opened fire on a bus in Kohistan, killing nine passengers. A survivor who was wounded in the "
            "arm told Reuters the attackers checked identity cards.",
            (9, 1),
        ),
        (
            "A car bomb exploded outside a bakery in Mogadishu on Saturday, killing four people. A shopkeeper, "
            "who was injured in the blast, said the car had been parked there since dawn.",
            (4, 1),
        ),
        (
            "An Israeli strike hit a school sheltering displaced families in Nuseirat, killing 14 people, the "
            "civil defence said. Samir Abu Odeh, who was wounded in the strike, described how the roof collapsed.",
            (14, 1),
        ),
        (
            "Shelling hit the central market of Kharkiv, killing three. A vendor who was lightly injured recalled "
            "hearing two loud whistles before the explosions.",
            (3, 1),
        ),
    ],
)
def test_a_hurt_witness_told_in_a_relative_clause_is_one_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the man": one the story may have counted
        ("A drone strike killed two men in Rafah. The man who was injured said the drone hovered for an hour.", (2, 0)),
        # one of a list of kin, no account of theirs
        ("The family is survived by the father, a son of Sameera Hamad, who was also injured in the attack.", (0, 0)),
        # one of those counted
        (
            "Twenty people were wounded in the blast. One of them, who was injured in the head, said he saw a flash.",
            (0, 20),
        ),
    ],
)
def test_one_told_again_or_with_no_account_adds_no_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A strike hit a house in Jabalia on 23 October 2023. The names of those killed were posted by the camp's "
            "popular committee: 1. Sami Abu Warda; 2. Iman Abu Warda; 3. Ibrahim Sultan.",
            (3, 0),
        ),
        (
            "An airstrike hit the Nassar home in Khan Younis. Relatives identified the victims as: 1. Ali Nassar, "
            "61; 2. his wife Huda, 55; 3. their son Karim, 20.",
            (3, 0),
        ),
        (
            "A drone strike hit a house in Houla on 14 May 2024. Victims: 1. Hussein Qasim; 2. his wife Zeinab; "
            "3. his mother Fatima.",
            (3, 0),
        ),
        (
            "Shelling hit Avdiivka on 3 March 2023. The dead were: 1. Olena Kravets, 61; 2. Petro Kravets, 64; "
            "3. Ivan Hnatiuk, 40. Four more were injured.",
            (3, 4),
        ),
        (
            "An airstrike on a market in Maarat al-Numan killed civilians on 22 July 2019. The Syrian Network named "
            "those killed as: 1. Ahmad Jumaa; 2. Khaled Jumaa; 3. Fatima Saeed; 4. Omar Saeed; 5. Rima Saeed.",
            (5, 0),
        ),
    ],
)
def test_a_list_of_the_dead_numbered_inline_counts_its_names(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army gave the toll: 1. Three soldiers killed; 2. Five wounded.", (3, 5)),
        (
            "Three people were killed in the strike on Monday. The toll rose to 5. Rescuers were still searching.",
            (5, 0),
        ),
    ],
)
def test_numbered_figures_or_a_figure_ending_a_sentence_keep_their_reading(
    text: str, expected: tuple[int, int]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The victims were: 1. Ali Odeh; 2. Sara Odeh. Four were hurt.", 2),
        ("The toll rose to 5. Rescuers were still searching.", 2),
        ("Its demands: 1. An inquiry; 2. Compensation.", 1),
    ],
)
def test_the_numbers_of_a_list_run_inline_end_no_sentence(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An Israeli strike hit a flat in Tal al-Hawa on 2 December 2023. His wife Samar, their children Yousef "
            "and Lana, and his mother Aziza were killed, a cousin said.",
            (4, 0),
        ),
        (
            "A barrel bomb hit the family home in Daraa. Their sons Khaled, 14, and Walid, 11, and their "
            "grandmother were killed, the Syrian Network said.",
            (3, 0),
        ),
        (
            "Shelling hit a house in Kherson. Her grandsons Artem and Maksym, and her neighbour Olha were wounded, "
            "regional officials said.",
            (0, 3),
        ),
        (
            "The family said her sisters Dunya and Hiba, and their father Jamal were killed in the strike on the "
            "school in Jabalia.",
            (3, 0),
        ),
    ],
)
def test_owned_kin_named_before_a_comma_and_are_as_many_as_the_names(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted kin, then their names: read as counted
        ("Two children, Ahmed and Sara, and their mother were killed in the strike.", (3, 0)),
        # a clause of its own after the comma
        ("His sons Ali and Omar were killed, and his brother was wounded.", (2, 1)),
    ],
)
def test_counted_kin_or_a_clause_after_the_comma_keep_their_reading(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone strike hit a house in Khan Younis. His wife, Amal, and their three children were wounded, the "
            "hospital said.",
            (0, 4),
        ),
        (
            "Gunmen attacked a farm near Mubi on Sunday. The farmer's son, Musa Bello, and two labourers were "
            "killed, police said.",
            (3, 0),
        ),
        (
            "Shelling hit a queue for bread in Avdiivka. Her husband, Mykola, and four other people were killed, "
            "the governor said.",
            (5, 0),
        ),
    ],
)
def test_one_of_kin_named_between_commas_before_a_comma_and_is_one_more(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after a title, no kin word: read as before
        ("The commander, Ali Hassan, and two guards were killed.", (3, 0)),
    ],
)
def test_a_name_set_off_after_no_kin_word_keeps_its_reading(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
