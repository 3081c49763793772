"""Where and by what: the place and the cause stated next to a casualty figure.

A place is a preposition or a compass direction before a name: "in Khan Yunis", "south of
Aleppo"; a description before the name is dropped ("south of Syria's largest city Aleppo" is
"south of Aleppo").  Dates and peoples are not places ("in October", "in Israeli strikes").  The
cause is what "by" or "in" introduces after the outcome ("killed by an Islamic State improvised
explosive device", "in an airstrike"), else the subject of the sentence when it names a weapon or
an attack ("A car bomb ... killed 7").  Both are read in the outcome's own clause.
"""

from __future__ import annotations

import re

from crawler.extract.groups import AFFILIATIONS, DEMONYMS, ROLES
from crawler.extract.outcomes import ACTIVE
from crawler.extract.phrases import Phrases
from crawler.extract.word_classes import AUX, CONJUNCTIONS, MONTHS_AND_DAYS, NAME_PARTICLES, PREPOSITIONS, PRONOUNS

_CAUSE_WORDS = frozenset(
    """airstrike airstrikes strike strikes bombing bombings bomb bombs shelling shell shells
    explosion explosions blast blasts attack attacks raid raids ambush ambushes clashes clash
    fighting gunfire shooting shootings rocket rockets missile missiles mortar mortars drone
    drones artillery bombardment bombardments device ied ieds landmine landmines mine mines
    grenade grenades fire crossfire assault offensive operation operations shootout firefight
    gunbattle stabbing massacre suicide car-bomb""".split()
)
_DIRECTIONS = r"(?:(?:south|north)(?:-?(?:east|west))?|east|west)(?:ern)?"
_DIRECTION = re.compile(_DIRECTIONS)
_PLACE_FILLER = (
    r"(?:(?!(?:on|at|in|during|after|before|when|while|by|with|from|to|since|and|near|" + _DIRECTIONS
    + r")\b)[\w’'‐-]+\s+)"
)
_PLACE = re.compile(
    r"\b(?P<prep>" + _DIRECTIONS + r"\s+of|in|near|outside|inside|at|around|close\s+to"
    r"|on\s+the\s+outskirts\s+of|just\s+outside)\s+(?P<np>" + _PLACE_FILLER + r"{0,6}"
    r"[A-Z][\w’'‐-]*(?:\s+[A-Z][\w’'‐-]*)*)(?=\s*(?:[,.;:!?()—–\"”]|$)|\s+[a-z])"
)  # fmt: skip
_SPACES = re.compile(r"\s+")


def place_near(phrases: Phrases, trigger: tuple[int, int], first: int) -> str | None:
    """The first place phrase after the outcome in its clause, else the last one before."""
    items = phrases.items
    after = trigger[1] + 1
    end = phrases.clause_end(after)
    stop = items[end - 1].end if end > after else items[trigger[1]].end
    for match in _PLACE.finditer(phrases.text, items[trigger[1]].end, stop):
        place = _place_name(match)
        if place:
            return place
    before = items[min(first, trigger[0])].start
    found = None
    for match in _PLACE.finditer(phrases.text, phrases.sentence.start, before):
        found = _place_name(match) or found
    return found


def cause_near(phrases: Phrases, trigger: tuple[int, int], first: int) -> str | None:
    """ "by an Islamic State improvised explosive device", "in an airstrike", or the subject
    of an active verb when it names a weapon ("A car bomb ... killed")."""
    items = phrases.items
    k = trigger[1] + 1
    limit = phrases.clause_end(k)
    while k < limit:
        low = items[k].low
        if low in ("by", "in") and k + 1 < limit:
            phrase = _cause_phrase(phrases, k + 1, limit, by=low == "by")
            if phrase:
                return phrase
        k += 1
    first = min(first, trigger[0])
    for j in range(0, first):
        if items[j].low in _CAUSE_WORDS:
            start = j
            while start > 0 and phrases.np_internal(start - 1) and items[start - 1].low not in ("the", "a", "an"):
                start -= 1
            end = j
            while end + 1 < first and phrases.np_internal(end + 1) and items[end + 1].low != "of":
                end += 1
            return phrases.text[items[start].start : items[end].end]
    return None


def _cause_phrase(phrases: Phrases, k: int, limit: int, by: bool) -> str | None:
    """The words after "by" or "in": "an Islamic State improvised explosive device"."""
    items = phrases.items
    while k < limit and items[k].low in ("a", "an", "the"):
        k += 1
    start = k
    while k < limit and k - start < 8:
        item = items[k]
        low = item.low
        if not item.is_word and item.quantity is None and item.text not in ("'s", "’s"):
            break
        if (low in PREPOSITIONS or low in CONJUNCTIONS or low in AUX or low in PRONOUNS
                or low in MONTHS_AND_DAYS or _DIRECTION.fullmatch(low) or low in ACTIVE):
            break
        k += 1
    words = items[start:k]
    has_cause = any(item.low in _CAUSE_WORDS for item in words)
    has_agent = any(item.low in ROLES or item.is_cap for item in words)
    if not words or not (has_cause or (by and has_agent)):
        return None
    return phrases.text[words[0].start : words[-1].end]


def _place_name(match: re.Match[str]) -> str | None:
    """ "south of Syria's largest city Aleppo" -> "south of Aleppo"; None for a date or a people."""
    prep = _SPACES.sub(" ", match.group("prep"))
    words = match.group("np").split()
    if words and words[0] == "the" and len(words) > 1 and words[1][:1].isupper():
        lead = ["the"]
        words = words[1:]
    else:
        lead = []
    runs: list[list[str]] = [[]]
    for word in words:
        if word[:1].isupper() or (runs[-1] and word.lower() in NAME_PARTICLES):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    runs = [run for run in runs if run]
    if not runs:
        return None
    run = runs[-1]
    lowered = [w.lower().rstrip("'’s") for w in run]
    if any(w in MONTHS_AND_DAYS for w in lowered) or lowered[0] in DEMONYMS or lowered[0] in AFFILIATIONS:
        return None
    if len(runs) > 1 or len(run) < len(words):
        lead = []
    return " ".join([prep, *lead, *run])
