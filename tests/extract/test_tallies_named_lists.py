"""Victims named one by one, as incident monitors and list articles write them: names joined by
"and" where one is a first name only or the two share a family name, entries set off by
semicolons after "were:", "the dead were" before names, and ", both farmers" after two names.
Each text is read as the benchmark reads it: the sum of the figures of an outcome that are no
running totals (a named list that tells a figure again adds nothing)."""

from __future__ import annotations

import pytest

from tests.extract.tolls import toll_top


def tolls(text: str) -> tuple[int, int]:
    return toll_top(text, "killed"), toll_top(text, "wounded")


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Local sources reported that Ahmad Saleh and Reem were killed when the strike hit their car.", 2),
        ("Mahmoud Issa and Lina were killed in the shelling of the market, according to Step News.", 2),
        ("Amina Farah and Hodan were killed when the airstrike hit the village of Jilib.", 2),
        ("Dr Hani Sabbagh and Nour were killed in the strike on the clinic.", 2),
        ("Palestinian media reported that Mahmoud Abu Salah and Yasser were killed in the strike.", 2),
        ("Mohammad Reza and Hamid were killed in the blast in Quetta.", 2),
        ("Gunmen shot dead Abdul Wahid and Rahimullah in Nangarhar.", 2),
        ("A US drone strike killed Hassan Ali Dhoore and Jafar in Lower Shabelle.", 2),
        ("The strike killed Ahmad Saleh and Reem.", 2),
        ("Ibrahim al-Masri and Yasmin were reportedly killed in the strike in Deir al-Balah.", 2),
    ],
)
def test_a_full_name_and_a_first_name_are_two_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Abdulrahman and Fatima Jumaa died under the rubble of their home in Ariha.", 2),
        ("Nabil and Samira Qassem were killed in the strike on their farm near Maarat al-Numan.", 2),
        ("Tariq and Aisha Rahman were killed in the bombing.", 2),
        ("Hussein and Zainab Abbas were killed in the strike.", 2),
        ("Mohammed and Ali Mahmoud, brothers aged 17 and 14, were killed.", 2),
        ("Omar and Yasmin Khalil and their three children were killed.", 5),
        ("The shelling killed Yusuf and Maryam al-Hassan in their home.", 2),
        ("Russian warplanes killed Nabil and Samira Qassem in Kafr Nabl.", 2),
        ("The strike killed Hussein and Zainab Abbas and their son Ali.", 3),
        ("Smart News reported that Abdullah and Fatima Suleiman were killed.", 2),
        ("Ali and Hussein Karim were killed, while their mother was injured.", 2),
    ],
)
def test_two_first_names_sharing_a_family_name_are_two_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


def test_a_pair_sharing_a_family_name_may_be_wounded() -> None:
    assert tolls("The strike wounded Nabil and Samira Qassem.") == (0, 2)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Killed were: Ahmad Saleh, 60; Reem Saleh, 25; Omar Saleh, 3.", 3, 0),
        ("Those killed were: Mahmoud Ali, 34; Hassan Ali, 30; Zainab Ali, 8; and Fatima Ali, 5.", 4, 0),
        ("The dead were named as Ibrahim Khalil, 52; Samar Khalil, 47; and Rana Khalil, 19.", 3, 0),
        ("Killed in the strike were: Salim Qasim, 61; Jamil Qasim, 58.", 2, 0),
        (
            "Those killed in the strike were: Ahmad Rahal, 70; his wife Mariam, 65; and their grandson Hadi, 6.",
            3,
            0,
        ),
        ("The wounded were: Khalil Darwish, 45; Suad Darwish, 40; and Yazan Darwish, 12.", 0, 3),
        ("Wounded were: Sami Odeh, 40; Maha Odeh, 35.", 0, 2),
    ],
)
def test_entries_set_off_by_semicolons_after_were_are_each_one_person(text: str, killed: int, wounded: int) -> None:
    assert tolls(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The strike killed Ahmad Saleh; Reem Haddad was injured.", 1, 1),
        ("Omar Barakat was killed; Huda Barakat and Adam Barakat were injured.", 1, 2),
        ("Abdullah Saleh, 37, was killed; his sons Omar, 9, and Yusuf, 7, were injured.", 1, 2),
        ("Up to 3 civilians died. Killed were: Yasser Khatib, 50; Hala Khatib, 44; Jad Khatib, 10.", 3, 0),
        (
            "Four civilians were killed, according to local sources. The victims were: Mahmoud Ali, 34; "
            "Hassan Ali, 30; Zainab Ali, 8; and Fatima Ali, 5.",
            4,
            0,
        ),
    ],
)
def test_a_clause_after_a_semicolon_or_a_list_restating_a_toll_adds_no_one(
    text: str, killed: int, wounded: int
) -> None:
    assert tolls(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The dead were Abdi Hassan and Mohamed Ali, both farmers.", 2),
        ("The dead were Abdi Hassan and Mohamed Ali.", 2),
        ("Local media said the strike killed Ali Hassan Abdi and Yusuf Omar, both herders, near Jamaame.", 2),
        ("Yahya Hamdan and Abdullah Omar, both aged 16, were killed.", 2),
    ],
)
def test_the_dead_named_after_were_and_an_aside_on_both_of_them(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two civilians died in the strike; local sources named them as Yusuf and Maryam al-Hassan.", 2),
        ("The strike killed 2 civilians, Ahmad Saleh and Reem Haddad.", 2),
        ("Three civilians were killed in the strike: Ahmad Saleh, Reem Saleh and Omar Haddad.", 3),
        ("The attack killed four people, including Ahmad Saleh and Reem Haddad.", 4),
        ("The strike killed two children, Ahmed and Sara, and wounded their mother.", 2),
        ("Two brothers, Karim and Fadi Nasser, were killed.", 2),
        ("The dead were Palestinians from the camp.", 0),
        ("The strike killed two civilians, both farmers.", 2),
        ("Ahmad Saleh and Reem Haddad said that five people were killed.", 5),
        ("Hamas and Islamic Jihad said five fighters were killed.", 5),
    ],
)
def test_names_that_tell_the_counted_or_no_victims_add_no_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


def test_a_list_of_the_wounded_is_not_of_the_dead() -> None:
    assert tolls("Ahmad Saleh and Reem were wounded in the strike.") == (0, 2)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On March 3rd 2024, at least two civilians were reportedly killed when an alleged airstrike hit a house "
            "in Rafah. Local sources said Sami Odeh (40) was killed. Hala Odeh , Nour Odeh and Karim Odeh were also "
            "killed in the strike.",
            4,
        ),
        (
            "At least three civilians were killed in an alleged strike on a car near Deir al-Balah. Ahmad Jaber (33) "
            "was among the dead. A post from a relative documented the names of those killed: Ahmad Jaber , Yasser "
            "Jaber , Omar Jaber (child), Lina Jaber.",
            4,
        ),
        (
            "Two civilians were reportedly killed in the shelling. Mohammed Saleh (30) was killed, local sources "
            "said. Muhammed Saleh (30) and Ayman Taha (41) were killed when the shell hit the car, Safa reported.",
            2,
        ),
        (
            "At least two civilians were killed in the strike on the Hamdan home. Ziad Hamdan (52) was killed. The "
            "names of the injured were posted: Sara Hamdan , Reem Hamdan and Adam Hamdan were wounded.",
            2,
        ),
        (
            "At least two civilians were killed in the strike. Yusuf Nasser (60) was killed. Safa and Shehab "
            "reported that Ayman and Omar were killed.",
            3,
        ),
    ],
)
def test_a_monitor_s_plain_list_of_the_named_dead_widens_its_toll(text: str, killed: int) -> None:
    """The names before "were also killed" or after "those killed:" are people a monitor's range
    reaches; one name in two spellings is one person; the wounded and the sources are no dead."""
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A man stabbed three people, one fatally, in the market.", 1, 2),
        ("The blast injured 20 people, three fatally.", 3, 17),
        ("The bomb wounded six soldiers, one fatally, and two civilians.", 1, 7),
        ("The attacker stabbed five people, two of them fatally, before he was arrested.", 2, 3),
        ("He wounded four people, two seriously.", 0, 4),
    ],
)
def test_some_of_those_hurt_told_fatally_after_a_comma_were_killed(text: str, killed: int, wounded: int) -> None:
    assert tolls(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The attackers, numbering five, were all killed.", 5),
        ("The attackers, numbering five, were all killed, along with two policemen.", 7),
        ("The gunmen, who numbered four, were all shot dead by security forces.", 4),
        ("The militants, numbering about a dozen, were killed in the clashes.", 12),
        ("The protesters, numbering 5,000, were dispersed by police.", 0),
        ("Gunmen numbering about 20 stormed the village and killed three farmers.", 3),
    ],
)
def test_people_told_by_how_many_they_numbered_in_an_aside(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Four children from one family were killed when the shell hit their home.", 4),
        ("Three civilians from one family died in the strike on Kafr Nubl.", 3),
        ("Six people from one family and two neighbours were killed.", 8),
        ("Three civilians of one household died in the shelling.", 3),
        ("Five members of one family were killed.", 5),
        ("A man from one family was killed.", 1),
    ],
)
def test_people_from_one_family_are_the_counted_not_one_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Five people were killed on Monday. A sixth, a 2-year-old girl, died in hospital.", 6),
        ("The strike killed three men. A fourth, a teenage boy, died of his wounds on Tuesday.", 4),
        ("Two soldiers were killed in the ambush. A third, a young conscript, died later.", 3),
        ("Five people were killed. A sixth, 2-year-old Lina, died in hospital.", 6),
    ],
)
def test_one_more_by_rank_told_in_an_aside(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
