"""Finding how-many phrases in prose: "1,200", "twenty-one", "at least 71", "between 20 and 30".

``find_quantities`` reads every number in a text once, with the words around it that say how sure
or how exact it is, and says when it is a measure rather than a count of something (money, a
distance, a duration, an age, a year, a clock time, a date, a percentage, a label such as "No. 5"
or "Camp 2", or a compound modifier such as "six-front offensive").  Deciding *what* is counted is
left to the tally extractor.

Conventions
-----------
* A range ("10 to 15", "10-15", "3 – 7", "between 20 and 30", "two or three") gives ``value`` the
  lower and ``value_max`` the upper bound.
* Qualifiers in front: "at least", "no fewer than" → ``at_least``; "more than", "over", "upwards
  of" → ``more_than``; "up to", "as many as" → ``up_to``; "less than", "fewer than" →
  ``less_than``; "about", "around", "nearly", "almost", "roughly", "some", "approximately",
  "an estimated" → ``about``.  Behind: "or more", "plus", "+", "-odd" → ``at_least``; "or so" → ``about``.
* "A dozen" is 12 and "two dozen" 24, ``exact`` as any number word ("about a dozen" is ``about``).
* South Asian numbers: "lakh" is 100,000 and "crore" 10,000,000 ("1.5 lakh people", "Rs 2 crore"), and
  digits grouped by hundreds after the first thousand read whole ("2,50,000" is 250,000).
* Vague amounts count the least the words certainly imply, with the qualifier ``vague``:
  "a few", "a number of", "several", "multiple", "numerous", "a pair of" → 2 ("a trio of" → 3), and so an unknown,
  unspecified, undetermined or undisclosed number ("an unspecified number were injured", "an unknown number of
  others"): casualty recorders count "several others were injured" as two, as they do "a number of";
  "dozens" → 24 (two dozen), and "a large number of" as much (the top of the 12 to 24 that
  monitors of strikes record for it); "several dozen", "a few hundred" and the like → their product (24, 200);
  "scores" → 40 ("scores of", or alone before a verb, "more" or an outcome, or after "killing":
  "scores were wounded", "left scores dead", "opened fire, killing scores"); "hundreds" → 200;
  "thousands" → 2,000; "tens of thousands" → 20,000;
  "hundreds of thousands" → 200,000; "a score of" (people, not a score of 85) → 20.  "Many" and "some" alone say no amount and are not read.
* Ordinals ("eighth", "21st") are read with ``ordinal=True``; whether one counts people (the
  eighth commander killed) is for the caller to decide.
* Arabic-Indic and Persian digits read as their Western equivalents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal, TypeGuard, get_args

from crawler.extract.groups import ROLES
from crawler.extract.records import Qualifier
from crawler.extract.scan import FOLDS_TO_ASCII, folded, lower_aligned, opening_on_letters
from crawler.extract.scan import word_alternation as word_alternation  # where the extractors have found it

Measure = Literal[
    "money", "percent", "distance", "duration", "age", "year", "time", "date", "label", "compound",
    "frequency",
]
_MEASURES = frozenset(get_args(Measure))

# Arabic-Indic (U+0660..) and Persian (U+06F0..) digits, and the Arabic thousands separator.
# One character for one, so offsets stay valid after translation.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "0123456789" "0123456789" ",."
)

_EASTERN_DIGIT = re.compile("[\u0660-\u066c\u06f0-\u06f9]")

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    "fourty": 40, "ninty": 90,  # frequent misspellings in hand-written lists: "fourty people were killed"
}  # fmt: skip
# "lakh" and "crore", the hundred thousand and the ten million of South Asian English: "1.5 lakh people".
SCALES = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000,
}  # fmt: skip
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
ORDINAL_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
ORDINAL_SCALES = {"hundredth": 100, "thousandth": 1_000}

# The vague amounts: the words, the least they imply.
VAGUE = {
    "a few": 2, "a couple of": 2, "a pair of": 2, "a trio of": 3, "a number of": 2, "a large number of": 24, "an unsaid number": 2, "multiple": 2, "numerous": 2, "several": 2, "dozens": 24,
    "a few dozen": 24, "several dozen": 24, "a few hundred": 200, "several hundred": 200,
    "a few thousand": 2_000, "several thousand": 2_000,
    "scores of": 40, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "a score of": 20,  # "a score of villagers": twenty, as South Asian and African papers still count
}  # fmt: skip

QUALIFIERS_BEFORE: dict[str, Qualifier] = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "a total of": "exact",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "well over": "more_than", "just over": "more_than",
    "above": "more_than", "well above": "more_than", "just above": "more_than",
    "up to": "up_to", "as many as": "up_to", "as high as": "up_to", "at most": "up_to", "no more than": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "just under": "less_than",
    "about": "about", "around": "about", "nearly": "about", "almost": "about",
    "roughly": "about", "some": "about", "approximately": "about", "approx.": "about",
    "an estimated": "about", "estimated": "about", "close to": "about", "circa": "about",
    "an approximate": "about", "perhaps": "about", "possibly": "about",
}  # fmt: skip

# "May" is a month only with its capital: "as many as 20 may have died" is no date.
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May|MAY)|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_LABEL_NOUNS = """no. number # camp route road street highway block building gate resolution article section
    chapter brigade division battalion regiment flight unit room ward hall phase station zone
    sector area tower bus line platform level floor page paragraph item vol. volume year grade
    class district precinct checkpoint kilo km mile exit lane apartment villa plot hangar squadron
    corps fleet episode season""".split()



_NUMBER_WORDS = word_alternation([*UNITS, *TENS, *SCALES, "dozen", *ORDINAL_UNITS, *ORDINAL_TENS, *ORDINAL_SCALES])
# Two passes, each opening on what can start it (a digit; a letter), which keeps them fast.
# Digits: not inside a word or a figure ("4.5", "1,5"), but after a comma a space was left out of
# ("5 killed,2 injured").  A day and month written with a slash name a date, often an attack's
# ("9/11 killed 3,000", "the 26/11 attacks"), and count nothing.  Digits grouped the South Asian way, by hundreds after the first thousand: "2,50,000", "1,25,00,000".
_INDIAN_GROUPS = r"\d{1,2}(?:,\d{2})+,\d{3}"
# The short scales of headlines and readers' comments, written onto the digits: "60k people", "over
# 1m Iraqis".  A scale only before people (a capitalised people's name or a noun of people): before
# anything else "m" is metres and "k" a race ("a 2m wall", "killed 50m from the gate", "the 5k run").
_SHORT_SCALE = (
    r"(?:k|mn|m)(?=\+?\s+(?:[A-Z][a-z]+s|people|persons|civilians|children|men|women|soldiers|troops|lives"
    r"|deaths|dead|refugees)\b)"
)
_DIGIT_NUMBER = re.compile(
    r"(?=\d)(?:(?P<clock>(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?)"
    r"|(?P<numdate>(?<!\d)(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}))(?![\d/])"
    r"|(?P<digits>(?<![\w.])(?<!\d,)(?<![^\W\d_]-)(?:" + _INDIAN_GROUPS + r"(?![\d,])|\d{1,3}(?:,\d{3})+(?!,\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])"
    r"|\d+(?:\.\d+)?)(?:\s*(?:million|thousand|billion|bn|lakh|crore)\b|" + _SHORT_SCALE + r")?(?P<suffix>(?:st|nd|rd|th)\b)?(?!\d)))",
    re.IGNORECASE,
)  # fmt: skip
_WORD_NUMBER = re.compile(
    r"(?=[a-z])\b(?:half\s+an?\s+|an?\s+)?(?:" + _NUMBER_WORDS + r")\b(?:(?:\s+and\s+|[\s-]+)(?:" + _NUMBER_WORDS + r")\b)*",
    re.IGNORECASE,
)
_LOWER_WORD_NUMBER = re.compile(_WORD_NUMBER.pattern)
_VAGUE = opening_on_letters(re.compile(
    r"\b(?P<v>hundreds of thousands|tens of thousands|dozens|scores[”\"’']? of|scores(?=\s+(?:were|are|have|had|more|others|dead|killed|wounded|injured|hurt)\b)|(?<=killing\s)scores|(?<=wounding\s)scores|(?<=injuring\s)scores|(?<=wounded\s)scores|(?<=injured\s)scores|(?<=hurt\s)scores|hundreds|thousands"
    r"|(?:a few|several) (?:dozen|hundred|thousand)|a score of(?!\s+\d)|a few|a couple of|a pair of|a trio of|a large number of|a number[”\"’']? of|(?P<unsaid>an (?:unknown|unspecified|undetermined|undisclosed) number(?: of)?)"
    r"|several|multiple|numerous)\b",
    re.IGNORECASE,
))
_CLOSING_QUOTE = re.compile(r"[”\"’']")  # 'injured “a number” of others': the writer's quote mark inside the amount
# Every vague amount holds one of these words.
_VAGUE_WORDS = ("hundreds", "thousands", "dozen", "score", "few", "couple", "pair", "trio", "several", "number", "multiple", "numerous")
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"'“‘(]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    + r")[\s\"'“‘]+$",
    re.IGNORECASE,
)
# "20-odd villagers", "thirty odd soldiers": a few more than the round number, read as the number.
_QUALIFIER_AFTER = re.compile(r"(?:\s+or\s+more\b|\s*\+|-plus\b|\s+plus\b(?!\s+\d)|[\s-]odd\b(?!-))", re.IGNORECASE)
# "a dozen or so civilians", "20 or so people": about the number.
_ROUGHLY_AFTER = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*$", re.IGNORECASE)
# A top hedged on its own, as estimates of a war's dead are given: "from about 90,000 to more than
# 600,000", "between 2,000 and nearly 4,000"; the top is read as told ("more than N" is N).
_HEDGED_TOP = r"(?:more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|as\s+many\s+as|well\s+over)\s+$"
_RANGE_JOIN_HEDGED = re.compile(r"\s+to\s+" + _HEDGED_TOP, re.IGNORECASE)
_AND_HEDGED = re.compile(r"\s+and\s+" + _HEDGED_TOP, re.IGNORECASE)
_DIGITS_VALUE = re.compile(
    rf"({_INDIAN_GROUPS}|\d{{1,3}}(?:[, \u00a0\u202f]\d{{3}})+|\d+(?:\.\d+)?)\s*(million|thousand|billion|bn|lakh|crore|k|mn|m)?(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[, \u00a0\u202f]")
_SCALE_WORDS = {
    "million": 1e6, "thousand": 1e3, "billion": 1e9, "bn": 1e9, "lakh": 1e5, "crore": 1e7, "k": 1e3, "mn": 1e6, "m": 1e6,
}  # fmt: skip
_GLOSS_OPENING = re.compile(r" ?\(")  # the bracket that tells a number again: "Fifteen (15)"
_BOUNDS_JOIN = re.compile(r",?\s+(?:and|but|to|or)\s+(?:possibly\s+|perhaps\s+)?", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")
# A figure that changed, then "from" its old number: "the death toll rose from 20 to 27", "officials
# raised the number of wounded from 12 to 19", "has since climbed from 8 to 11"; or that was revised
# down: "the ministry lowered the death toll from 12 to 9", "police reduced the number of dead from
# 31 to 28", up to eight words after the verb ("cut the death toll from the landslide in Sumatra
# from 57 to 49").  "From N to M" is then the old figure and the new, not a range: the figure is M.
_RISEN_FROM = re.compile(
    r"\b(?:rose|risen|rising|rises|raised|raising|raises|revised|increased|increasing|climbed|climbing|jumped|grew"
    r"|updated|went\s+up|gone\s+up"
    r"|lowered|lowering|reduced|reducing|cut|decreased|fell|fallen|dropped|downgraded|corrected|went\s+down)"
    r"\b(?:\s+[\w'’-]+){0,8}?\s+from\s+$",
    re.IGNORECASE,
)
_RISEN_BEFORE = 60  # characters before "from" where the verb of change may be
# The words of a number phrase, and what stands between them.
_WORD_PIECE, _WORD_GAPS = re.compile(r"[^\s-]+"), re.compile(r"[\s-]+")

# Context that makes a number a measure.
# A currency sign, or a currency word of its own ("Rs. 500"; not the end of "headquarters. 5").
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₪₹]|\b(?:US\$|USD|EUR|GBP|Rs\.?|IRR|rials?))\s*$", re.IGNORECASE)
_AFTER_MEASURE = re.compile(
    r"\s*(?:"
    r"(?P<percent>%|per\s?cent\b|percent\b|percentage\s+points?\b)"
    r"|(?P<money>(?:million\s+|billion\s+|thousand\s+)?(?:dollars?|euros?|pounds?\s+sterling|pounds\b|rials?"
    r"|riyals?|dinars?|shekels?|rupees?|yuan|roubles?|rubles?|liras?|afghanis?|tomans?|usd|eur)\b)"
    r"|(?P<age>-?\s*(?:years?|yrs?|months?|weeks?|days?)[\s-]+old\b|-?\s*(?:year|month|week|day)-old\b"
    r"|years?\s+of\s+age\b|yo\b)"  # and the short age of readers' comments: "a 61 yo woman"
    r"|(?P<distance>(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|ft|feet|foot|inch(?:es)?|yards?"
    r"|kg|kilograms?|tons?|tonnes?|litres?|liters?|hectares?|acres?|square)\b)"
    r"|(?P<duration>-?\s*(?:seconds?|minutes?|hours?|hrs?|days?|nights?|weeks?|months?|years?|decades?"
    r"|centuries|century)\b)"
    r"|(?P<frequency>times\b|x\b)"
    r"|(?P<time>(?:[ap]\.?m\b\.?|o'clock|o’clock|gmt|utc|hrs\b|h\b))"
    r"|(?P<date>(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + _MONTHS + r")\b\.?)"
    r"|(?P<decade>'?s\b)"
    r")",
    re.IGNORECASE,
)  # fmt: skip
_OLD_AFTER = re.compile(r"\s*-?\s*\w+[\s-]+old", re.IGNORECASE)
# A toll raised to a number that a bare "days later" or "weeks later" follows: "The toll rose to 292
# weeks later", "climbed to 62 days later": the number is the toll and the span word dates its telling
# (not "rose to two weeks", "extended to 12 weeks later in the year" stays a duration without the verb).
_RAISED_TO_BEFORE = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|grew|raised)\s+to\s+$", re.IGNORECASE)
_SPANS = ("days", "weeks", "months")
_LATER = ("later", "afterwards", "afterward")
# The span word and "later" as words, for readers of the items after such a toll's number (``victim_nouns``).
SPAN_LATER = frozenset((span, later) for span in _SPANS for later in _LATER)
_SPANS_LATER_AFTER = re.compile(rf"\s+(?:{'|'.join(_SPANS)})\s+(?:{'|'.join(_LATER)})\b", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?(?:" + _MONTHS + r")\b", re.IGNORECASE)
# A full stop after a month only when it abbreviates one ("Oct. 11"): "the truce collapsed in
# April. Eleven soldiers were killed" ends a sentence on the month.
_MONTH_BEFORE = re.compile(
    r"\b(?:(?:" + _MONTHS + r")|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)\s*(?:the\s+)?$", re.IGNORECASE
)
# "aged 11 and 14", "ages 9, 12 and 15", "children under the age of 15", "between the ages of six
# and 11": every number of the list is an age.
_AGED_BEFORE = re.compile(
    r"\b(?:aged|age|ages|age of|ages of|aged between)\s*(?:(?:\d{1,3}|"
    + word_alternation(UNITS)
    + r")\s*(?:,|and|or|to|-)\s*)*$",
    re.IGNORECASE,
)
# The last number of a list of ages, when people follow it, opens more people: "Nineteen children
# aged nine to 11 and two teachers were killed" (two teachers, not an age).
_JOINED_BEFORE = re.compile(r"\b(?:and|or)\s*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z-]+)")


def _people_after_ages(before: str, after: str) -> bool:
    """Whether the number between ``before`` (a list of ages and "and") and ``after`` counts the
    people named after it."""
    word = _WORD_AFTER.match(after)
    return word is not None and word.group(1) in ROLES and _JOINED_BEFORE.search(before) is not None


# The name of a military unit after its number: "13 Sikh Light Infantry", "21 Rajput Regiment".
_UNIT_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Infantry|Regiment|Battalion|Rifles|Brigade|Squadron|Artillery)\b"
)
_LABEL_BEFORE = re.compile(r"(?:\b(?:" + word_alternation(_LABEL_NOUNS) + r")|#)\s*$", re.IGNORECASE)
# A year told as a time, not as a label, before a figure: "Last year 3,400 civilians were killed",
# "this year 120 soldiers died" (not "Year 10 pupils", "the year 2000").
_WHEN_YEAR_BEFORE = re.compile(r"\b(?:last|this|past|previous|that|each|every|per|a)\s+year\s*$", re.IGNORECASE)
_COMPOUND_AFTER = re.compile(r"-(?!\s)(?P<word>[^\W\d_]+)")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*(?:,\s*\(|[,(])\s*$")  # "Ahmed Nasr, 45", "Abu Suhaib, (32)"
# One person named by a common noun, whose age may follow between commas: "a man, 45,", "his son, 12,".
PERSON_NOUNS = frozenset(
    """man woman boy girl child baby infant son daughter wife husband father mother brother sister
    nephew niece grandson granddaughter grandfather grandmother uncle aunt cousin""".split()
)
_PERSON_COMMA_BEFORE = re.compile(r"\b(?:" + word_alternation(PERSON_NOUNS) + r")\s*[,(]\s*$", re.IGNORECASE)
_AGE_CLOSE_AFTER = re.compile(r"\s*(?:\)|,|;|$|\.(?:\s|$)|\s+and\b|\s+years?\b)")
# A day of a month before a year: "April 2nd ", "2 April ", "the 2nd of April ".
_DAY_BEFORE = re.compile(
    r"(?:\b(?:" + _MONTHS + r")\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r"),?)\s+$",
    re.IGNORECASE,
)
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?:people|persons|civilians|children)\b", re.I)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|civilians|children|killed|dead|were|died)\b", re.I)
# A preposition of time before a year that a verb of death follows: "the floods in 2010 killed 1,700",
# "the uprising during 2011 killed 9,000" (the year dates the subject; "a total of 2000 killed" counts people).
# Two plain years joined as a range: "1998 to 2003", "1992 and 2002", "1975-1990".
_FOUR_DIGITS_SPAN = re.compile(r"\d{4}\D{1,5}\d{4}")
# The verb of a toll right after such a span: "from 1998 to 2003 killed", "between 1994 and 1996, left".
_VERB_AFTER_SPAN = re.compile(r",?\s+(?:killed|left|claimed|cost)\b")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|since|during|until)"
    # an event named by its year: "the war of 2003 killed 5,400", "the floods of 2010 killed 1,700",
    r"|\b(?:wars?|floods?|riots?|massacres?|uprising|revolution|earthquake|attacks?|bombings?|famine|"
    r"crisis|conflict|offensive|invasion|violence|genocide|pogroms?|tsunami|coup|insurgency|clashes|"
    r"unrest|purges?|cyclone|hurricane|storms?|epidemic|pandemic|outbreak|"
    # and a disaster's: "the Halifax explosion of 1917 killed about 2,000", "the fire of 1903 killed 600"
    r"explosions?|blasts?|disasters?|fires?|stampedes?|tragedy|shipwrecks?)\s+of)\s+$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written, with its qualifier.  ``start``/``end`` cover the qualifier too."""

    start: int
    end: int
    value: int
    value_max: int | None = None
    qualifier: Qualifier = "exact"
    ordinal: bool = False
    measure: Measure | None = None  # set when the number is not a count of anything
    number_start: int = 0  # where the number itself begins (after "at least")

    @property
    def is_count(self) -> bool:
        return self.measure is None and not self.ordinal


def normalize_digits(text: str) -> str:
    """The text with Arabic-Indic and Persian digits as ASCII digits (same length, same offsets)."""
    return text.translate(_DIGITS) if _EASTERN_DIGIT.search(text) else text


def parse_number(phrase: str) -> int | None:
    """The value of one number phrase: "1,200", "twenty-one", "three hundred", "a dozen", "8th".

    ``None`` when the phrase is not one whole number.
    """
    parsed = _parse_words(_word_tokens(normalize_digits(phrase)))
    if parsed is not None and parsed[1] == len(_word_tokens(phrase)):
        return parsed[0]
    digits = _parse_digits(normalize_digits(phrase).strip())
    return digits


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in ``text`` (or in ``text[start:end]``, read in its context), in order, each
    with its qualifier, range and measure."""
    end = len(text) if end is None else end
    if _EASTERN_DIGIT.search(text, start, end):
        text = normalize_digits(text)
    raw = [*_raw_numbers(text, start, end), *_vague_numbers(text, start, end)]
    raw.sort(key=attrgetter("start"))
    quantities = _join_glosses(text, _join_bounds(text, _join_ranges(text, _drop_overlaps(raw))))
    return [_classify(text, q) for q in quantities]


# ------------------------------------------------------------------ reading the numbers


def _word_tokens(phrase: str) -> list[str]:
    return [token for token in _WORD_GAPS.split(phrase.lower()) if token]


def _parse_digits(token: str) -> int | None:
    match = _DIGITS_VALUE.fullmatch(token)
    if not match:
        return None
    number = float(_SEPARATORS.sub("", match.group(1)))
    number *= _SCALE_WORDS.get((match.group(2) or "").lower(), 1)
    return round(number)


# Half of a dozen or of a scale word: "half a dozen" (6), "half a million" (500,000).
_HALVES = {"dozen": 6, "hundred": 50, "thousand": 500, "lakh": 50_000, "million": 500_000, "crore": 5_000_000, "billion": 500_000_000}


def _parse_words(tokens: list[str]) -> tuple[int, int, bool] | None:
    """Read number words from the front of ``tokens``: (value, tokens used, is ordinal)."""
    total = current = 0
    used = 0
    last: str | None = None  # "unit", "teen", "tens", "hundred", "scale"
    seen = False
    i = 0
    if tokens[:1] in (["a"], ["an"]) and len(tokens) > 1 and tokens[1] in {"hundred", "thousand", "lakh", "million", "crore", "dozen"}:
        current, last, seen, i = 1, "unit", True, 1
    if tokens[:1] == ["half"] and tokens[1:2] in (["a"], ["an"]) and len(tokens) > 2 and tokens[2] in _HALVES:
        return _HALVES[tokens[2]], 3, False  # "half a dozen", "half a million"
    while i < len(tokens):
        token = tokens[i]
        if token == "and":
            if last in ("hundred", "scale") and i + 1 < len(tokens) and tokens[i + 1] != "and":
                i += 1
                continue
            break
        ordinal_value = ORDINAL_UNITS.get(token) or ORDINAL_TENS.get(token)
        if token in UNITS or token in ORDINAL_UNITS:
            value = UNITS.get(token, ordinal_value or 0)
            kind = "teen" if value >= 10 else "unit"
            if last in ("unit", "teen") or (last == "tens" and kind == "teen"):
                break
            current += value
        elif token in TENS or token in ORDINAL_TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS.get(token, ordinal_value or 0)
            kind = "tens"
        elif token in ("hundred", "hundredth"):
            if last == "hundred" or (current == 0 and seen):
                break
            current = (current or 1) * 100
            kind = "hundred"
        elif token in ("thousand", "lakh", "million", "crore", "billion", "thousandth"):
            if last == "scale":
                break
            total += (current or 1) * SCALES.get(token, 1_000)
            current = 0
            kind = "scale"
        elif token == "dozen":
            if last == "scale":
                break
            current = (current or 1) * 12
            kind = "scale"
        else:
            break
        seen = True
        last = kind
        i += 1
        used = i
        if ordinal_value is not None or token in ORDINAL_SCALES:
            return total + current, used, True
    if not seen:
        return None
    return total + current, used, False


@dataclass(frozen=True, slots=True)
class _Raw:
    start: int
    end: int
    value: int
    ordinal: bool = False
    measure: Measure | None = None
    qualifier: Qualifier = "exact"


def _raw_numbers(text: str, start: int, end: int) -> list[_Raw]:
    found: list[_Raw] = []
    # Number words matched in the lower case as written: faster than case-insensitive, and the same
    # where no letter folds to an ASCII one.  From the character before, which tells a word start.
    before = max(start - 1, 0)
    passage = text[before:end]
    lowered = FOLDS_TO_ASCII.search(passage) is None
    words, pattern = (lower_aligned(passage), _LOWER_WORD_NUMBER) if lowered else (passage, _WORD_NUMBER)
    for match in _DIGIT_NUMBER.finditer(text, start, end):
        if match.group("clock"):
            found.append(_Raw(match.start(), match.end(), 0, measure="time"))
        elif match.group("numdate"):
            found.append(_Raw(match.start(), match.end(), 0, measure="date"))
        else:
            value = _parse_digits(match.group("digits"))
            if value is not None:
                found.append(_Raw(match.start(), match.end(), value, ordinal=bool(match.group("suffix"))))
    for match in pattern.finditer(words, start - before):
        found.extend(_word_numbers(before + match.start(), match.group()))
    return found


def _word_numbers(offset: int, phrase: str) -> list[_Raw]:
    """Split a run of number words into whole numbers ("one and two" is two numbers)."""
    found: list[_Raw] = []
    pieces = [(m.start(), m.end(), m.group().lower()) for m in _WORD_PIECE.finditer(phrase)]
    i = 0
    while i < len(pieces):
        if pieces[i][2] in ("and",):
            i += 1
            continue
        parsed = _parse_words([p[2] for p in pieces[i:]])
        if parsed is None:
            i += 1
            continue
        value, used, ordinal = parsed
        words = [p[2] for p in pieces[i : i + used]]
        start, end = offset + pieces[i][0], offset + pieces[i + used - 1][1]
        if words[0] in ("a", "an") and used == 1:
            i += 1
            continue
        found.append(_Raw(start, end, value, ordinal=ordinal))
        i += used
    return found


def _vague_numbers(text: str, start: int, end: int) -> list[_Raw]:
    passage = text[start:end]
    lowered = passage.lower()
    if not FOLDS_TO_ASCII.search(passage) and not any(map(lowered.__contains__, _VAGUE_WORDS)):
        return []  # most sentences: the search costs more than these tests
    found = []
    for match in _VAGUE.finditer(text, start, end):
        words = "an unsaid number" if match.group("unsaid") else _CLOSING_QUOTE.sub("", folded(match.group("v")))
        found.append(_Raw(match.start(), match.end(), VAGUE[words], qualifier="vague"))
    return found


def _drop_overlaps(raw: list[_Raw]) -> list[_Raw]:
    """Keep the longer of two overlapping readings ("hundreds of thousands" over "thousands")."""
    kept: list[_Raw] = []
    for item in raw:
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def _join_ranges(text: str, raw: list[_Raw]) -> list[Quantity]:
    """Pair "10 to 15", "3 – 7", "between 20 and 30", then attach the qualifiers."""
    quantities: list[Quantity] = []
    i = 0
    while i < len(raw):
        low = raw[i]
        value, value_max = low.value, None
        end = low.end
        start = low.start
        qualifier = low.qualifier
        if (
            i + 1 < len(raw)
            and low.measure is None
            and not low.ordinal
            and low.qualifier == "exact"
            and not _MONTH_BEFORE.search(text, max(0, low.start - 14), low.start)
        ):
            high = raw[i + 1]
            between = text[low.end : high.start]
            joined = (
                _RANGE_JOIN.fullmatch(between)
                or _RANGE_JOIN_HEDGED.fullmatch(between)
                or (
                    (_AND.fullmatch(between) or _AND_HEDGED.fullmatch(between))
                    and _BETWEEN.search(text, max(0, low.start - 12), low.start)
                )
            )
            if (
                joined
                and high.measure is None
                and not high.ordinal
                and high.qualifier == "exact"
                and (high.value > low.value or _RISEN_FROM.search(text, max(0, start - _RISEN_BEFORE), start))
                and (between.strip() != "-" or high.value < 1000 or low.value >= 1000)
            ):
                value_max, end = high.value, high.end
                i += 1
        if value_max is not None and _RISEN_FROM.search(text, max(0, start - _RISEN_BEFORE), start):
            value, value_max = value_max, None  # "the toll rose from 20 to 27": now 27, no range
        between_match = _BETWEEN.search(text, max(0, start - 12), start) if value_max or value != low.value else None
        if between_match:
            start = between_match.start()
        if qualifier == "exact":
            before = _QUALIFIER_BEFORE.search(text, max(0, start - 16), start)
            if before:
                qualifier = QUALIFIERS_BEFORE[folded(before.group("q"))]
                start = before.start("q")
                if value_max and (around := _BETWEEN.search(text, max(0, start - 12), start)):
                    start = around.start()  # "range from about 1,000 to 3,000": the range's "from" goes with it
            after = _QUALIFIER_AFTER.match(text, end)
            if after and value_max is None and low.measure is None:
                qualifier, end = "at_least", after.end()
            elif (rough := _ROUGHLY_AFTER.match(text, end)) and value_max is None and low.measure is None:
                qualifier, end = "about", rough.end()  # "a dozen or so civilians", "20 or so people"
        quantities.append(Quantity(start, end, value, value_max, qualifier, low.ordinal, low.measure, low.start))
        i += 1
    return quantities


def _join_bounds(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "at least 11 and up to 15", "at least 11, and possibly 15," is the range 11..15."""
    joined: list[Quantity] = []
    for quantity in quantities:
        if joined:
            low = joined[-1]
            possibly = quantity.qualifier == "about" and text[quantity.start : quantity.start + 8].lower() in (
                "possibly", "perhaps "
            )
            if (
                low.qualifier in ("at_least", "more_than")
                and (quantity.qualifier == "up_to" or possibly)
                and low.value_max is None
                and quantity.value > low.value
                and _BOUNDS_JOIN.fullmatch(text, low.end, quantity.start)
            ):
                end = quantity.end
                if text[low.end : low.end + 1] == "," and text[end : end + 1] == ",":
                    end += 1  # "at least 78, and up to 175, people": the bracketing commas go with it
                joined[-1] = Quantity(low.start, end, low.value, quantity.value, "exact",
                                      number_start=low.number_start)  # fmt: skip
                continue
        joined.append(quantity)
    return joined


def _join_glosses(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A number told again in brackets, in figures or in words, as official and legal prose
    writes it: "Fifteen (15) civilians", "9 (nine) people" is one number, its span taking in the
    brackets."""
    joined: list[Quantity] = []
    for quantity in quantities:
        if joined:
            first = joined[-1]
            if (
                quantity.value == first.value
                and quantity.value_max == first.value_max
                and quantity.qualifier == "exact"
                and not quantity.ordinal
                and _GLOSS_OPENING.fullmatch(text, first.end, quantity.start)
                and text[quantity.end : quantity.end + 1] == ")"
            ):
                joined[-1] = Quantity(first.start, quantity.end + 1, first.value, first.value_max, first.qualifier,
                                      first.ordinal, first.measure, first.number_start)  # fmt: skip
                continue
        joined.append(quantity)
    return joined


# ------------------------------------------------------------------ counts and measures


def _classify(text: str, quantity: Quantity) -> Quantity:
    measure = quantity.measure or _measure(text, quantity)
    if measure is None:
        return quantity
    return Quantity(
        quantity.start, quantity.end, quantity.value, quantity.value_max, quantity.qualifier,
        quantity.ordinal, measure, quantity.number_start,
    )  # fmt: skip


def _is_measure(name: str | None) -> TypeGuard[Measure]:
    return name in _MEASURES


def _named_or_person_before(before: str) -> bool:
    """Whether a name or a person's noun and a comma or bracket end ``before``: "Ahmed Nasr, " or "his son, "."""
    if not before.rstrip().endswith((",", "(")):
        return False  # what both patterns end on: most numbers follow no comma, and the searches cost
    return bool(_NAME_COMMA_BEFORE.search(before) or _PERSON_COMMA_BEFORE.search(before))


def _is_year_span(text: str, quantity: Quantity) -> bool:
    """Whether a range is a span of years that dates its subject, as background to a war's toll is
    told: "Lebanon's civil war from 1975 to 1990 killed 150,000", "the insurgency between 1992 and
    2002 left", or that heads the sentence: "Between 2003 and 2011, 4,487 soldiers were killed" (not
    "between 1900 and 2000 people", a count; a span after the people is left to the sentence's
    other readers)."""
    high = quantity.value_max
    return (
        high is not None
        and 1900 <= quantity.value < high <= 2100
        and _FOUR_DIGITS_SPAN.fullmatch(text, quantity.number_start, quantity.end) is not None
        and (
            _VERB_AFTER_SPAN.match(text, quantity.end) is not None
            or (text[quantity.start].isupper() and text.startswith(",", quantity.end))
        )
    )


def _measure(text: str, quantity: Quantity) -> Measure | None:
    start, end = quantity.number_start, quantity.end
    written = text[start:end]
    before = text[max(0, quantity.start - 24) : quantity.start]
    after = text[end : end + 40]
    if _CURRENCY_BEFORE.search(before) or _CURRENCY_BEFORE.search(text[max(0, start - 6) : start]):
        return "money"
    if written[:1].isdigit() and written.lower().endswith(("billion", "bn")):
        return "money"
    unit = _AFTER_MEASURE.match(after)
    if unit:
        kind = unit.lastgroup
        if kind == "decade":
            return "year"
        if kind == "duration" and _OLD_AFTER.match(after):
            return "age"
        if kind == "duration" and _SPANS_LATER_AFTER.match(after) and _RAISED_TO_BEFORE.search(before):
            return None
        return kind if _is_measure(kind) else None
    if _MONTH_BEFORE.search(text[max(0, start - 14) : start]) and quantity.value <= 31:
        return "date"
    if _AGED_BEFORE.search(before) and not _people_after_ages(before, after):
        return "age"
    if _LABEL_BEFORE.search(text[max(0, start - 14) : start]) and not _WHEN_YEAR_BEFORE.search(before):
        return "label"
    if written[:1].isdigit() and _UNIT_NAME_AFTER.match(after):
        return "label"  # a unit's number: "a rifleman of 13 Sikh Light Infantry", "2 Para Battalion"
    if _is_year_span(text, quantity):
        return "year"
    if len(written) == 4 and written.isdigit() and 1800 <= quantity.value <= 2100 and (
        not _PEOPLE_AFTER.match(after)
        or (
            (
                _DAY_BEFORE.search(text[max(0, start - 20) : start])
                or _MONTH_BEFORE.search(text[max(0, start - 14) : start])  # "a bombing in March 2004 killed 191"
                or _TIME_PREPOSITION_BEFORE.search(before)
            )
            and not _PEOPLE_NOUN_AFTER.match(after)
        )
    ):
        return "year"  # "2000 were killed" counts people; "on April 2nd 2024 killed" dates a strike
    compound = _COMPOUND_AFTER.match(after)
    if compound and compound.group("word").lower() not in UNITS and compound.group("word").lower() not in TENS:
        return "compound"
    if (
        (quantity.value_max is None or (quantity.value_max < 130 and text[:start].rstrip().endswith("(")))
        and quantity.qualifier == "exact"
        and quantity.value < 130
        and _named_or_person_before(text[max(0, start - 40) : start])
        and _AGE_CLOSE_AFTER.match(after)
    ):
        return "age"
    if quantity.ordinal and _MONTH_AFTER.match(after):
        return "date"
    return None
