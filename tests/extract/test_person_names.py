"""One person under many spellings: ranks, transliterations and particles folded, different
people kept apart."""

from __future__ import annotations

import pytest

from crawler.extract.person_names import keys_match, loose_key, name_key, name_words, same_person


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hossein Hamedani", "Hossein Hamadani"),  # a short vowel the script does not write
        ("Hossein Hamedani", "Gen. Hussein Hamadani"),  # rank; "o"/"u" and "ei"/"ai"
        ("Hussein Hamadani", "Husayn al-Hamadani"),  # "y" for "i", the article
        ("Abdolreza Majiri", "Brig. Gen. Abdolreza Mojiri"),  # "a" written "o"
        ("Abd al-Reza Majiri", "Abdul Reza Majiri"),  # one particle, fused or apart
        ("Mohammad Reza Naqdi", "Mohammadreza Naghdi"),  # "q"/"gh", a compound given name
        ("Qassem Soleimani", "Ghasem Suleimani"),  # doubled letters
        ("Yousef Khorasani", "Yusef Khorasani"),  # "ou"/"u"
        ("Mostafa Sadrzadeh", "Seyed Mostafa Sadrzadeh"),  # an honorific
        ("Ahmad al-Hamoud", "Ahmed Hamoud"),
        ("Jafar Ghaffari", "Ja'far Qaffari"),  # an apostrophe for the ayn
        ("Ali Khamenei", "ALI KHAMENEI"),
        ("Hāmid Taqavi", "Hamid Taghavi"),  # diacritics
    ],
)
def test_spellings_of_one_name_are_one_person(a: str, b: str) -> None:
    assert same_person(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hamid Rezaei", "Hamad Rezaei"),  # a different given name, not a vowel slip
        ("Hossein Hamedani", "Hossein Hamdan"),  # a different family name
        ("Hossein Hamedani", "Hamedani"),  # a family name alone is not enough
        ("Abdolreza Majiri", "Abdollah Majiri"),
        ("Ali Reza", "Ali Rezaei"),
    ],
)
def test_different_names_are_different_people(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_ranks_are_dropped_only_in_front_of_the_name() -> None:
    assert name_words("Brigadier General Abdolreza Majiri") == ["abdreza", "majiri"]
    assert name_words("John Major") == ["john", "major"]


def test_a_title_alone_names_nobody() -> None:
    assert name_key("General") == ""
    assert not same_person("General", "Gen.")


def test_keys_one_vowel_apart_share_a_loose_key_and_match() -> None:
    majiri, mojiri = name_key("Abdolreza Majiri"), name_key("Abdolreza Mojiri")
    assert majiri != mojiri
    assert loose_key(majiri) == loose_key(mojiri)
    assert keys_match(majiri, mojiri)


def test_two_vowels_apart_is_too_far() -> None:
    assert not keys_match(name_key("Abdolreza Majiri"), name_key("Abdolreza Mojuri"))
