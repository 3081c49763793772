"""The language of a page: what it declares, checked against the script its text is written in."""

from __future__ import annotations

import re
from collections import Counter

_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)

# Script ranges -> the language a text in that script most likely is (refined below).
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("arabic", re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("hebrew", re.compile("[\u0590-\u05ff]")),
    ("cyrillic", re.compile("[\u0400-\u04ff]")),
    ("greek", re.compile("[\u0370-\u03ff]")),
    ("kana", re.compile("[\u3040-\u30ff]")),
    ("hangul", re.compile("[\uac00-\ud7af]")),
    ("han", re.compile("[\u4e00-\u9fff]")),
    ("thai", re.compile("[\u0e00-\u0e7f]")),
    ("devanagari", re.compile("[\u0900-\u097f]")),
    ("latin", re.compile("[A-Za-z\u00c0-\u024f]")),
]
_SCRIPT_LANGUAGE = {
    "hebrew": "he", "greek": "el", "kana": "ja", "hangul": "ko", "han": "zh", "thai": "th",
    "devanagari": "hi",
}  # fmt: skip
_PERSIAN_ONLY_LETTERS = re.compile("[پچژگ]")  # never written in Arabic
_PERSIAN_FORMS = re.compile("[کی]")  # Persian kaf and yeh; old Persian pages use the Arabic ones
_ARABIC_FORMS = re.compile("[كية]")
_URDU_LETTERS = re.compile("[ٹڈڑںےۓ]")
_UKRAINIAN_LETTERS = re.compile("[іїєґ]", re.IGNORECASE)

# A few very frequent words per Latin-script language: enough to tell them apart on a page.
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "du", "pour"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu"},
    "es": {"el", "los", "las", "y", "que", "del", "por", "una", "con", "para"},
    "it": {"il", "di", "che", "della", "per", "non", "sono", "gli", "nel", "con"},
    "pt": {"o", "os", "que", "não", "uma", "para", "com", "do", "da", "em"},
    "nl": {"de", "het", "een", "en", "van", "is", "niet", "dat", "op", "voor"},
    "tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "gibi"},
}
_WORD = re.compile(r"[^\W\d_]+")


def language_code(value: str | None) -> str | None:
    """The primary subtag of a language tag or locale ("en-US", "fa_IR" -> "en", "fa")."""
    if not value:
        return None
    match = _TAG.match(value.strip().split(",")[0].strip())
    return match[1].lower() if match else None


def _script_of(text: str) -> str | None:
    counts = Counter({name: len(pattern.findall(text)) for name, pattern in _SCRIPTS})
    name, count = counts.most_common(1)[0]
    return name if count >= 20 else None


def guess_language(text: str) -> str | None:
    """A light guess from the script (Arabic script with Persian letters is Persian, ...)."""
    script = _script_of(text)
    if script == "arabic":
        persian_only, urdu = len(_PERSIAN_ONLY_LETTERS.findall(text)), len(_URDU_LETTERS.findall(text))
        if urdu >= 3 and urdu > persian_only / 4:
            return "ur"
        if persian_only >= 3:
            return "fa"
        return "fa" if len(_PERSIAN_FORMS.findall(text)) > len(_ARABIC_FORMS.findall(text)) else "ar"
    if script == "cyrillic":
        return "uk" if len(_UKRAINIAN_LETTERS.findall(text)) >= 3 else "ru"
    if script == "latin":
        return _latin_language(text[:5000])
    return _SCRIPT_LANGUAGE.get(script or "")


def _latin_language(text: str) -> str | None:
    words = Counter(_WORD.findall(text.lower()))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


def date_languages(language: str | None, text: str) -> tuple[str, ...]:
    """The languages whose month names a page's dates may be written in: its own, and the one its
    words are in where that differs (templates keep ``lang="en"`` on German and Dutch blogs)."""
    languages: tuple[str, ...] = (language,) if language else ()
    if language not in _LANGUAGE_SCRIPT:  # a Latin-script page, or one whose language is unknown
        words = _latin_language(text[:1000])
        if words is not None and words != language:
            languages += (words,)
    return languages


_LANGUAGE_SCRIPT = {"fa": "arabic", "ar": "arabic", "ur": "arabic", "he": "hebrew", "ru": "cyrillic",
                    "uk": "cyrillic", "el": "greek", "ja": "kana", "ko": "hangul", "zh": "han",
                    "th": "thai", "hi": "devanagari"}  # fmt: skip


_PLAIN_WORDS = 20  # frequent words of one language a sample needs before they overrule a declaration
_PLAIN_MARGIN = 4  # and how many times more of them than of the declared language's


def _words_overrule(declared: str, text: str) -> str | None:
    """The Latin-script language a page is plainly written in where it declares another one it can
    be told from: a bilingual site's template keeps ``lang="fr-FR"`` on its English articles
    (Francophone Pacific, Quebec, Belgian and Swiss outlets), a Spanish CMS on its English edition.
    Many of one language's frequent words and few of the declared one's: a French page quoting an
    English sentence keeps its ``fr``, and a language with no word list here keeps its tag."""
    if declared not in _STOPWORDS:
        return None
    words = Counter(_WORD.findall(text[:5000].lower()))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if best != declared and scores[best] >= _PLAIN_WORDS and scores[best] >= _PLAIN_MARGIN * scores[declared]:
        return best
    return None


def choose_language(declared: list[str | None], text: str) -> str | None:
    """The first declared language, unless the text is plainly written in another script, or in
    another Latin-script language that its frequent words tell apart.

    Templates often keep ``lang="en-US"`` on Persian or Arabic pages, and Persian pages sometimes
    declare ``ar``: the script of the text settles such cases.
    """
    codes = [code for code in (language_code(value) for value in declared) if code]
    script = _script_of(text)
    if codes:
        expected = _LANGUAGE_SCRIPT.get(codes[0], "latin")
        if script is None or script == expected or (script == "han" and expected == "kana"):
            if script == "arabic" and codes[0] in ("ar", "fa"):
                return guess_language(text) or codes[0]
            if script == "latin":
                return _words_overrule(codes[0], text) or codes[0]
            return codes[0]
    return guess_language(text) or (codes[0] if codes else None)
