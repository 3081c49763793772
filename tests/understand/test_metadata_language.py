"""The language of a page: what it declares, checked against the script of its text."""

from __future__ import annotations

from crawler.understand.metadata.language import choose_language, date_languages, guess_language, language_code

PERSIAN = "به گزارش خبرگزاری، در این حمله دست کم پنج نفر کشته و چند تن دیگر زخمی شدند و پیکر آنان به شهر منتقل شد. "
PERSIAN_OLD_SPELLING = PERSIAN.replace("ی", "ي").replace("ک", "ك")  # as windows-1256 pages write it
ARABIC = "قالت مصادر طبية إن خمسة أشخاص قتلوا وأصيب عشرة آخرون في قصف استهدف المدينة صباح اليوم. "
ENGLISH = "The deaths of Iranian troops in Syria have surged again, and the total is now at least 71 with the latest. "


def test_language_tags_and_locales_give_the_primary_subtag() -> None:
    assert [language_code(v) for v in ("en-US", "fa_IR", "AR", "de-DE-1996", "", None, "??")] == [
        "en", "fa", "ar", "de", None, None, None
    ]


def test_arabic_script_with_persian_letters_is_persian() -> None:
    assert guess_language(PERSIAN * 2) == "fa"
    assert guess_language(PERSIAN_OLD_SPELLING * 2) == "fa"
    assert guess_language(ARABIC * 2) == "ar"


def test_latin_script_is_told_apart_by_frequent_words() -> None:
    assert guess_language(ENGLISH * 2) == "en"
    assert guess_language("Die Zahl der Toten ist nicht bekannt, und die Behörden haben mit der Suche begonnen. " * 2) == "de"


def test_declared_language_wins_when_the_script_agrees() -> None:
    assert choose_language(["en-GB"], ENGLISH * 2) == "en"
    assert choose_language([None, "fr_FR"], "Quelques mots seulement.") == "fr"


def test_script_overrules_a_template_declaration() -> None:
    assert choose_language(["en-US"], PERSIAN * 2) == "fa"
    assert choose_language(["ar"], PERSIAN * 2) == "fa"


def test_nothing_declared_and_too_little_text_gives_none() -> None:
    assert choose_language([None], "OK") is None


def test_dates_are_also_read_in_the_language_the_words_are_in() -> None:
    german = "Die Zahl der Toten ist nicht bekannt, und die Behörden haben mit der Suche begonnen. " * 2
    assert date_languages("en", german) == ("en", "de")
    assert date_languages("de", german) == ("de",)
    assert date_languages(None, ENGLISH * 2) == ("en",)
    assert date_languages("fa", PERSIAN * 2) == ("fa",)
    assert date_languages(None, "OK") == ()
