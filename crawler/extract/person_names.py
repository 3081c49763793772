"""When two spellings name the same person: "Brig. Gen. Abdolreza Majiri" and "Abdolreza Mojiri",
"Hossein Hamedani" and "Hussein Hamadani".

Names of Iranian and Arab casualties reach English news through many transliterations.  Arabic
script writes no short vowels, so outlets guess them ("Hamedani", "Hamadani"); Persian "ou" and
"u", "ee" and "i", "kh" and "h", "q" and "gh" and "k" stand for the same sounds; "Abdol", "Abdul"
and "Abd al-" are one particle; a rank or honorific ("Gen.", "Sardar", "Seyed") says nothing
about who the person is.  ``name_key`` folds all of that away, so equal keys name the same
person; ``loose_key`` folds one step further (short "a" and "u"), and ``same_person`` accepts two
keys whose only difference is a single such vowel.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.extract.names import RANKS

# Honorifics and ranks in front of a name, lower case and without their dots.
_TITLE_WORDS = frozenset(
    {word.rstrip(".").lower() for rank in RANKS for word in rank.replace("-", " ").split()}
    | {"brig", "gen", "sardar", "seyed", "seyyed", "sayed", "sayyed", "sayyid", "syed", "haj", "hajj", "martyr",
       "shahid", "the", "late", "mr", "mrs", "ms", "dr"}
)  # fmt: skip
_ARTICLES = frozenset({"al", "el", "ul", "ol"})
_HYPHENATED_ARTICLE = re.compile(r"\b[aeou][lrsdtnz]-(?=[a-z])")  # "al-", and "ad-", "as-", "ar-" before sun letters
_ABD = re.compile(r"^abd(?:[aeou]l+)?(?=.)")  # "abdol", "abdul", "abdel", "abdal" fused to the name they join
_SPELLINGS = (  # applied in order, to one lower-case word
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("kh", "h"), ("gh", "k"), ("q", "k"), ("ck", "k"), ("ph", "f"),
    ("dj", "j"), ("w", "v"), ("e", "a"), ("o", "u"),
)  # fmt: skip
_Y_NOT_BEFORE_VOWEL = re.compile(r"y(?![aeiou])")
_DOUBLED = re.compile(r"(.)\1+")
_APOSTROPHES = re.compile(r"[’'ʿʾ‘`]")


def _ascii_words(name: str) -> list[str]:
    """Lower-case words without accents, apostrophes or hyphens: "Ja'far al-Ḥusaynī" -> jafar, husayni."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _HYPHENATED_ARTICLE.sub("", _APOSTROPHES.sub("", plain).lower())
    return re.findall(r"[a-z]+", plain)


def _fold_word(word: str) -> str:
    word = _Y_NOT_BEFORE_VOWEL.sub("i", word)
    for old, new in _SPELLINGS:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


def name_words(name: str) -> list[str]:
    """The words that identify a person: titles in front and articles dropped, "Abd al-" joined to its name."""
    words = _ascii_words(name)
    while words and words[0] in _TITLE_WORDS:
        words.pop(0)
    joined: list[str] = []
    pending_abd = False
    for word in words:
        if word in _ARTICLES:
            continue
        if pending_abd:
            joined.append("abd" + word)
            pending_abd = False
        elif word in {"abd", "abdul", "abdol", "abdel", "abdal", "abdoll", "abdull"}:
            pending_abd = True
        else:
            joined.append(_ABD.sub("abd", word))
    if pending_abd:
        joined.append("abd")
    return joined


def name_key(name: str) -> str:
    """The name with every spelling difference above folded away; "" when nothing names a person."""
    return "".join(_fold_word(word) for word in name_words(name))


def loose_key(key: str) -> str:
    """A ``name_key`` with short "a" and "u" made one: the key under which candidates are looked up."""
    return key.replace("u", "a")


def opening_vowel_folded(key: str) -> str:
    """A ``name_key`` whose opening "i" is read as the "e" (folded to "a") it is also written with:
    "Issam" and "Essam", "Ibrahim" and "Ebrahim", "Iman" and "Eman" open on one Arabic sound."""
    return "a" + key[1:] if key.startswith("i") else key


def same_person(a: str, b: str) -> bool:
    """Whether two names name one person: equal keys, or keys apart by one "a" read as "u"."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return False
    return keys_match(key_a, key_b)


def keys_match(key_a: str, key_b: str) -> bool:
    """Equal ``name_key``s, or equal but for one "a"/"u" (Majiri and Mojiri)."""
    if key_a == key_b:
        return True
    if len(key_a) != len(key_b) or loose_key(key_a) != loose_key(key_b):
        return False
    return sum(x != y for x, y in zip(key_a, key_b)) == 1
