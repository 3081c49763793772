"""Month names by language and calendar, and the text normalisation that matching them needs.

Persian and Arabic names are listed here (the calendars of Iranian and Arab outlets included),
English ones come from ``crawler.english_calendar``; other languages come from dateparser's
locale data when a page asks for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.english_calendar import MONTH_ABBREVIATIONS, MONTHS
from crawler.understand.dates.calendars import Calendar

# One character for one character, so that offsets in the normalised text are offsets in the
# original: Persian/Arabic-Indic digits become ASCII, Arabic letter variants become the Persian
# forms, zero-width joiners and non-breaking spaces become plain spaces.
_FOLD = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يىكأإٱة\u200c\u200d\u00a0\u202f\u2009",
    "0123456789" "0123456789" "ییکااا" "ه" "     ",
)


def fold(text: str) -> str:
    """ASCII digits and one spelling of each Arabic-script letter; same length as ``text``."""
    return text.translate(_FOLD)


MonthKey = tuple[Calendar, int]

_ENGLISH = {**MONTHS, **MONTH_ABBREVIATIONS}

_PERSIAN_GREGORIAN = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
    "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11,
    "دسامبر": 12,
}  # fmt: skip

_JALALI = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip

_ARABIC_GREGORIAN = {
    # Egypt and the Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # the Maghreb
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}  # fmt: skip

_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}  # fmt: skip

_BUILT_IN: dict[str, list[tuple[dict[str, int], Calendar]]] = {
    "en": [(_ENGLISH, "gregorian")],
    "fa": [(_JALALI, "jalali"), (_PERSIAN_GREGORIAN, "gregorian")],
    "ar": [(_HIJRI, "hijri"), (_ARABIC_GREGORIAN, "gregorian")],
}

def _dateparser_months(language: str) -> dict[str, int]:
    from dateparser.languages import default_loader

    try:
        info = default_loader.get_locale(language).info
    except (ValueError, KeyError):
        return {}
    return {name.lower(): number for key, number in MONTHS.items() for name in info.get(key, [])}


@lru_cache(maxsize=64)
def month_table(languages: tuple[str, ...]) -> dict[str, MonthKey]:
    """Folded, lower-cased month name -> (calendar, month number) for the given languages."""
    table: dict[str, MonthKey] = {}
    for language in languages:
        base = language.split("-")[0].split("_")[0].lower()
        sources = _BUILT_IN.get(base) or [(_dateparser_months(base), "gregorian")]
        for names, calendar in sources:
            for name, number in names.items():
                table.setdefault(fold(name).lower(), (calendar, number))
    return table


@lru_cache(maxsize=64)
def month_pattern(languages: tuple[str, ...]) -> str:
    """A regex alternation of the month names of ``languages``, longest first."""
    names = sorted(month_table(languages), key=len, reverse=True)
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
