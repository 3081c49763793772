"""Who is named in wire copy: "US" in capitals is the country, not the pronoun ("two US soldiers"
are counted, and American); a title before a single name makes it one person ("Sheikh Ahmed");
each person named in a list is one person, whatever is said of them between commas."""

from __future__ import annotations

import pytest

from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two US soldiers were killed by a roadside bomb in Diyala province.", 2),
        ("A US Marine was killed in Helmand on Saturday, the military said.", 1),
        ("A roadside bomb killed three US soldiers north of Baghdad.", 3),
    ],
)
def test_us_soldiers_are_american_soldiers(text: str, count: int) -> None:
    assert [(t.count, t.nationality, t.role) for t in tallies(text)] == [(count, "American", "soldiers")]


def test_us_the_pronoun_names_nobody() -> None:
    assert [(t.count, t.nationality) for t in tallies("They told us that 3 were killed.")] == [(3, None)]


@pytest.mark.parametrize(
    "text",
    ["The airstrike killed Sheikh Ahmed and his two sons.", "A drone strike killed Commander Hakimullah and 2 guards."],
)
def test_a_title_and_one_name_is_one_person(text: str) -> None:
    assert [t.count for t in tallies(text)] == [1, 2]


_NAMED_PEOPLE = [
    # an occupation in lower case before a name: one person
    ("On Saturday, journalist Ahmed Nasr was killed along with 11 members of his family in an airstrike.", 12),
    ("On Saturday, paramedic Ahmed Nasr was killed when the ambulance was hit.", 1),
    ("The strike killed doctor Hammam Alloh and his father.", 2),
    # whose the occupation is, before it: a people, a group, a workplace, "of" a workplace after it
    ("Palestinian journalist Ahmed Saleh was killed in the strike on his home.", 1),
    ("Hezbollah commander Ali Fayyad and his two bodyguards were killed in the strike.", 3),
    ("Radio Sela journalist Marwan Haddad was killed in an airstrike on his home.", 1),
    ("Local journalist Marwan Haddad was killed near the port.", 1),
    ("On Monday, 38-year-old journalist of Radio Sela Marwan Haddad was killed in the airstrike.", 1),
    # a plural trade before a list of names is the title of each; its first name is one person
    ("Journalists Marie Colvin and Remi Ochlik were killed when shelling hit a media centre in Homs.", 2),
    ("Photographers Anton Hammerl and Tim Hetherington were killed by mortar fire in Misrata.", 2),
    ("Activists Omar Khalil, Rami Haddad and Samer Issa were shot dead by security forces in Deraa.", 3),
    ("Security forces killed protesters Ali Hassan and Hussein Karim near the Pearl roundabout.", 2),
    ("Reporters Yusuf Bakri and Omar Khaled were wounded in the shelling of the district.", 2),
    # a couple is two people
    ("An elderly couple was killed when the shell hit their house.", 2),
    # so are twins, whose they are told
    ("The twins were killed in the strike.", 2),
    ("Her twins were killed when the shell hit.", 2),
    ("The strike killed her twins and her husband.", 3),
    ("The strike killed an elderly couple and their grandson.", 3),
    ("The airstrike killed the Abu Nasr couple and their three children.", 5),
    ("A couple of days later, three soldiers were killed.", 3),
    # a rank written short with a dot stays with its name
    ("Sgt. John Miller, Cpl. David Ross and Pte. Liam Hart were killed in the ambush near the pass.", 3),
    ("Capt. Mark Jones and Sgt. Paul Carter were killed when a roadside bomb hit their patrol.", 2),
    ("Lt. Col. Ahmed Saleh was killed in the rocket attack on the base.", 1),
    ("The Quds Force commander Brig. Gen. Hassan Shateri was killed near the border on Tuesday.", 1),
    ("Gunmen stormed the base, killing Brigadier Ali Abboud, Lt. Col. Farhan Ibrahim and four other soldiers.", 6),
    # an age between commas after a name or a noun says who that person is, and the list goes on
    ("Ahmad Yusuf, 45, and his son Bilal, 12, were killed when a shell hit their house in Deir Ezzor.", 2),
    ("Mohammed Saleh, 19, Khaled Aziz, 22, and Omar Nasser, 17, were shot dead by troops at the fence.", 3),
    ("Ahmed Nasr, 45, and his son Omar, 12, were killed in the strike.", 2),
    ("The strike killed Ahmed Nasr, 45, and his son Omar, 12.", 2),
    ("Ahmed Nasr, 45, Huda Nasr, 40, and Omar Nasr, 12, were killed in the strike.", 3),
    ("The strike killed Ahmed Nasr, 45, Huda Nasr, 40, and Omar Nasr, 12.", 3),
    ("A man, 45, and his son, 12, were killed when the shell hit their car.", 2),
    ("A man, 45, and his son were killed when the shell hit their car.", 2),
    ("The strike killed a man, 45, and his son, 12, near the bakery.", 2),
    # "a farmer" between commas after a name is that person, before ", and" or "," alike
    ("Bashir Ali, a 45-year-old farmer, and his son Bilal were killed by a sniper in Homs.", 2),
    ("Bashir Ali, a farmer, and his two sons were killed by a sniper in Homs.", 3),
    ("Bashir Ali, 45, a farmer, and his son were killed by a sniper in Homs.", 2),
    ("Iyad Matar, a journalist for a local TV channel, and his mother were killed in a strike on their home.", 2),
    ("Iyad Matar, a journalist for Al-Aqsa TV, and his mother were killed in a strike on their home.", 2),
    ("Ahmed Saleh, a 35-year-old teacher, and his two sons were killed when the shell hit their house.", 3),
    ("Jamal Saleh, a nurse at the hospital, his wife and two sons were killed by the shell.", 4),
    ("Bashir Ali, a 45-year-old farmer, his wife and their son were killed by a sniper in Homs.", 3),
    # "and his mother" after a description opened by a comma closes it: the kin of the one named
    ("Iyad Matar, a journalist for Al-Aqsa TV and his mother, were killed in a strike on their home.", 2),
    ("Hadi Salem, a photographer for a local radio and his mother were killed in the bombing.", 2),
    ("48-year-old Iyad Matar, a journalist, and his mother were killed in a strike on their home.", 2),
    ("Hadi Salem and his mother, were killed in the bombing of their home.", 2),
    ("At least two civilians, a mother and her child, were injured in the strike.", 2),
    # names with their ages in brackets, between commas after the counted people: those people
    ("Two brothers, Ahmed (14) and Yusuf (9), were killed when the drone hit them near their school.", 2),
    ("Two brothers, Ahmed Saleh (14) and Yusuf Saleh (9), were killed in the strike.", 2),
    # kin told of without a number, then named: as many as the names
    ("Yasser Odeh was killed alongside his wife, Huda Odeh, and their children, Lina and Omar, in the strike.", 4),
    ("The strike killed Yasser Odeh and his sons: Ahmed (12), Ali and Omar Odeh.", 4),
    ("The strike killed his children, who were asleep.", 0),
    # kin by marriage is one person
    ("The strike killed Abdulhadi Habib, his mother-in-law Buthina Tatar and her grandchild Amer Tatar.", 3),
    ("Her son-in-law was injured when the shell hit the house.", 1),
    # which of them is the youngest, between commas, says no more people
    ("Five children, the youngest aged two, were killed in the strike on the playground.", 5),
    # a phrase of time opening the sentence is no aside: the name after it is the subject
    ("On October 12, 2023, Safaa Musa (aged 28), from the north of the city, was killed in an airstrike.", 1),
    ("On October 12, 2023, Safaa Musa, from the north of the city, was killed in an airstrike.", 1),
    ("On Monday, Safaa Musa (28), from the north of the city, was killed in an airstrike.", 1),
    # with no comma to close it, "a farmer" is one more person; so is a list item without a name
    ("Bashir Ali, a farmer and a child were killed by a sniper in Homs.", 3),
    ("Four soldiers, a policeman, and a child were killed.", 6),
    # names after a counted figure say who the counted people are
    (
        "Shelling killed two civilians, Dr. Anwar Khalil, a lecturer at the Open University and former head"
        " of its law faculty, and his son, Omar, an engineer, in the old city.",
        2,
    ),
    (
        "The shelling killed two civilians, Dr. Anwar Nassar, a lecturer at the open university and former "
        "director of the Koran centre, and his son, Ahmed Nassar, an engineer.",
        2,
    ),
    ("The strike killed two fighters, Abu Omar and Abu Khaled, near the border crossing.", 2),
    ("Two children, Ahmed and Sara, and their mother were killed when the shell hit the house.", 3),
    ("The strike on the house killed two children, Ahmed and Sara, and their mother.", 3),
    # more names than the figure counts: the figure is trusted, the names add no one
    ("The shell killed two children, Ahmed, Sara and Omar, in the courtyard.", 2),
    ("Two children, Ahmed, Sara and Omar, and their mother were killed.", 3),
]


@pytest.mark.parametrize(("text", "count"), _NAMED_PEOPLE)
def test_each_person_named_is_counted_once(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


@pytest.mark.parametrize(
    "text",
    [
        "Officials Ali Ahmed and John Smith said 12 people were killed in the attack.",
        "Government spokesman Ali Ahmed and Interior Minister John Smith said the raid killed 12 people.",
        "Police killed protesters Friday in Cairo, and 12 people were killed in Alexandria.",
    ],
)
def test_names_of_those_who_speak_are_no_victims(text: str) -> None:
    assert [t.count for t in tallies(text)] == [12]


def test_a_dotted_rank_alone_is_one_person() -> None:
    assert [t.count for t in tallies("Maj. Gen. Hossein Hamedani was killed near Aleppo.")] == [1]


def test_a_named_person_takes_who_they_are_from_their_own_words() -> None:
    text = "Ahmed Saleh, a policeman, and a child were killed."
    assert [(t.count, t.role) for t in tallies(text)] == [(1, "police"), (1, "children")]
    text = "The strike killed doctor Hammam Alloh and his father."
    assert [t.role for t in tallies(text)][0] == "medics"


def test_a_nationality_before_a_titled_name_keeps_it_a_name() -> None:
    text = "On Friday, Iranian General Hossein Hamedani was killed near Aleppo."
    assert [(t.count, t.nationality) for t in tallies(text)] == [(1, "Iranian")]


def test_a_titled_name_after_its_body_and_role_is_one_person() -> None:
    text = "The Revolutionary Guards commander Brig. Gen. Abdolreza Mojiri was killed in fighting on Sunday."
    assert [t.count for t in tallies(text)] == [1]


_NAMED_WITH_AGES = [
    # counted people, then each named with an age between commas: the names are those counted
    ("Two brothers, Ahmed, 14, and Yusuf, 9, were killed in the strike.", 2),
    ("Three children, Lina, 4, Omar, 7, and Sami, 11, died in the shelling.", 3),
    ("Two sisters, Maryam, 6, and Huda, 3, were killed when the shell hit their home.", 2),
    ("Four members of the family, Ahmed, 40, Salma, 35, Yara, 10, and Adam, 2, were killed.", 4),
    ("His two sons, Omar, 12, and Ali, 8, were killed in the shelling.", 2),
    ("The air strike killed two brothers, Ahmed, 14, and Yusuf, 9.", 2),
    ("Soldiers shot dead three young men, Karim, 19, Nabil, 22, and Fadi, 24.", 3),
    # then more people after the names
    ("Two brothers, Ahmed, 14, and Yusuf, 9, and their father were killed.", 3),
    ("The strike killed two brothers, Ahmed, 14, and Yusuf, 9, and their father.", 3),
    ("Two aid workers, Sarah, 28, and Tom, 31, were killed in the ambush.", 2),
    # one person described, then named with an age
    ("The strike killed a mother, Amal, 32, and her three children.", 4),
    ("A mother, Amal, 32, and her three children were killed.", 4),
    # names with ages alone: one person each
    ("Ahmed, 14, and Yusuf, 9, were killed in the strike.", 2),
    ("Ahmed Ali, 14, and Yusuf, 9, were killed in the strike.", 2),
    ("The strike killed Ahmed, 14, and his brother Yusuf, 9.", 2),
    ("Omar, 7, died of his wounds in hospital.", 1),
]


@pytest.mark.parametrize(("text", "count"), _NAMED_WITH_AGES)
def test_one_word_names_with_ages_are_one_person_each(text: str, count: int) -> None:
    assert sum(t.count for t in tallies(text) if t.subset_of is None) == count


_TRADE_WITHOUT_ARTICLE = [
    ("The strike killed local journalist Omar Saleh.", [1]),
    ("An Israeli strike killed local journalist Hamza Dahdouh on Sunday.", [1]),
    ("Gunmen shot dead veteran lawmaker Ahmed Khan outside his home.", [1]),
    ("Unknown assailants gunned down local activist Samir Haddad in the market.", [1]),
    ("The strike killed veteran war photographer Omar Saleh.", [1]),
    ("The bomb killed senior police officer Rashid Ali and his driver.", [1, 1]),
    ("The strike killed senior Hamas commander Omar Saleh.", [1]),
    ("The blast killed prominent cleric Sheikh Abdul Rahman and two of his guards.", [1, 2]),
    ("Troops shot dead 16-year-old Ahmed Nasser at the checkpoint.", [1]),
    ("Gunmen killed local councillor Ahmed Nasser and his two sons.", [1, 2]),
    ("Security forces gunned down prominent human rights lawyer Ali Hassan.", [1]),
    ("Gunmen killed former minister Ali Hassan and two guards.", [1, 2]),
    ("The army said it killed senior commander Abu Omar, 45, in the raid.", [1]),
    # a plural trade with words before it, then names: one person each
    ("Israel killed top Hamas leaders Yahya Sinwar and Ismail Haniyeh.", [1, 1]),
    ("Veteran journalists Marie Colvin and Remi Ochlik were killed in Homs.", [1, 1]),
    # an age before one name: one person
    ("Troops killed 22-year-old Omar and wounded his brother.", [1, 1]),
]


@pytest.mark.parametrize(("text", "counts"), _TRADE_WITHOUT_ARTICLE)
def test_a_described_trade_and_a_name_after_the_verb_is_one_person(text: str, counts: list[int]) -> None:
    """No "a" or "the" before the object: the words before the trade describe it, the name after
    it is the person."""
    assert [t.count for t in tallies(text)] == counts


@pytest.mark.parametrize(
    "text",
    ["The strike killed local residents.", "The storm killed livestock on Tuesday."],
)
def test_an_object_without_a_name_or_figure_counts_no_one(text: str) -> None:
    assert tallies(text) == []


_YOUNGEST_ASIDE = [
    ("The strike killed five children, the youngest aged two, and their mother.", [5, 1]),
    ("The strike killed eight children, the youngest just three months old, and two women.", [8, 2]),
    ("The attack killed four brothers, the eldest aged 17, and their father.", [4, 1]),
    ("The strike killed five children, the eldest just 12, and two women.", [5, 2]),
    ("Five children, the youngest aged two, and their mother were killed.", [5, 1]),
    ("Six children, the youngest aged four, and their grandmother were killed.", [6, 1]),
    ("Three brothers, the eldest 19, and a cousin were shot dead.", [3, 1]),
]


@pytest.mark.parametrize(("text", "counts"), _YOUNGEST_ASIDE)
def test_an_aside_on_the_youngest_does_not_end_the_list(text: str, counts: list[int]) -> None:
    """ "the youngest aged two" between commas tells of the people before it: the list goes on
    after it, and its age counts no one."""
    assert [t.count for t in tallies(text)] == counts


_THE_DECEASED_NAMED = [
    ("The deceased were identified as Ahmed Raza, Bilal Khan and Imran Ali.", 3),
    ("Police identified the deceased as Ahmed Raza, 24, and Bilal Khan, 31.", 2),
    ("Gunmen killed two shopkeepers. The deceased were identified as Ahmed Raza and Bilal Khan.", 2),
    ("Among the deceased were three children and a pregnant woman.", 4),
    ("The deceased included four women and two children.", 6),
]


@pytest.mark.parametrize(("text", "count"), _THE_DECEASED_NAMED)
def test_the_deceased_are_the_dead(text: str, count: int) -> None:
    found = tallies(text)
    assert {t.outcome for t in found} == {"killed"}
    assert sum(t.count for t in found if t.subset_of is None) == count


@pytest.mark.parametrize(
    "text",
    [
        "The deceased man's brother said he had no enemies.",
        "The family of the deceased demanded an inquiry.",
        "He inherited the estate of his deceased father.",
        "Jihad Barbakh, a family member of the deceased, provided the names.",
        "A relative of the dead, Omar Saleh, said the family had fled the north.",
        "The relatives of the dead demanded justice.",
    ],
)
def test_the_deceased_without_people_or_their_kin_count_no_one(text: str) -> None:
    assert tallies(text) == []


_KIN_WHO_SPEAK = [
    ("Among those killed was Lina Saleh, her uncle said.", [1]),
    ("Among those killed was 8-year-old Lina, her uncle said.", [1]),
    ("The strike killed Omar Saleh, his brother said.", [1]),
    ("Gunmen killed a farmer, his son told reporters.", [1]),
    ("The strike killed two children, their mother said.", [2]),
    # kin in the list itself are people of the list
    ("The strike killed Omar Saleh, his wife and their son.", [1, 1, 1]),
]


@pytest.mark.parametrize(("text", "counts"), _KIN_WHO_SPEAK)
def test_kin_who_tell_of_the_dead_after_a_comma_are_not_dead(text: str, counts: list[int]) -> None:
    assert [t.count for t in tallies(text)] == counts
