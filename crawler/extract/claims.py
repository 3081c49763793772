"""Attributed statements in news text and reader comments: who says what, and how firmly.

``find_claims`` reads

* a claimant and a verb of saying: "Iranian outlets have confirmed the deaths of 12 fighters",
  "Mohammad Reza Naqdi said in a speech that ...", "the Revolutionary Guards tried ... to refute
  claims that ...", "..., the ministry said on Tuesday", '"...," said a police spokesman',
  "Reuters, citing a military source, reported ...", and a passive with its agent ("the deaths
  were confirmed by the ministry");
* "according to X", before or after the statement;
* "reportedly", "according to reports", "is said to", "were reported to": reports without a
  claimant;
* "rumours (started ...) that", "unconfirmed reports": rumours.

Conventions:

* The verb gives the stance: confirm, acknowledge, admit confirm; deny, refute deny, and so do
  reject, dismiss and rebut when claims, reports or a "that" clause follow; "reportedly" reports;
  rumours are rumour; every other verb asserts.  Negated ("did not confirm"), hypothetical ("would
  deny") and agentless passive ("were reported killed") statements are no claims.
* A statement reported inside another ("Fars News claimed Soleimani had said ...") belongs to the
  outer claimant and is no claim of its own; statements joined by "while", "but" or ";" are two.
  A trailing "according to Y" tells the whole sentence: a claimant before it ("X denied ...,
  according to Y") keeps a claim over its own words only.
* "he", "she", "they", "it" stand for the previous claimant of the same paragraph; "he" and
  "she" otherwise for the last person named in the paragraph; no claim when there is neither.  A
  surname stands for the full name given earlier in the text; a nameless title ("the head of the
  Basij militia") followed in the next sentence by a named speaker becomes "Name, title".
* Claimant kinds: named people and office holders are "official"; ministries, armies, groups
  and agencies "organization"; outlets and their staff "media"; anonymous sources, witnesses,
  residents, medics and reports "reports"; rumours "unattributed".
* In a reader comment the claimant is always the reader, and whom the reader relays goes to
  ``cites``; a relayed confirmation or report becomes the reader's assertion.
* A claim's span runs over the claimant, the verb and the statement; its window is the time
  phrase inside that span nearest to the verb, None when none is stated.

``attach_tallies`` gives each tally to the claim whose span covers it in its sentence; the other
tallies of a sentence go to one default claim per sentence: the outlet's own assertion in an
article body, the reader's in a comment.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from crawler.extract.groups import AFFILIATIONS, COUNTRIES
from crawler.extract.names import full_name, person_names
from crawler.extract.records import Claim, ClaimantKind, DocumentKind, Sentence, Stance, Tally
from crawler.extract.scan import find_starts, lower_aligned
from crawler.extract.windows import find_time_phrases, governing_phrase
from crawler.extract.word_classes import DETERMINERS, HEDGES, NEGATIONS

_SPEECH: dict[str, tuple[Stance, bool]] = {}  # verb form -> stance, whether it stands on its own
_SPEECH_WORDS: tuple[tuple[Stance, bool, str], ...] = (
    ("asserts", True, "said says say told tells claimed claims claim announced announces reported"),
    ("asserts", False, "stated states state added adds continued continues insisted insists warned "
                       "warns wrote writes argued argues noted notes explained explains alleged "
                       "alleges tweeted posted estimated estimates reports suggested suggest "
                       "suggests indicated indicate indicates"),
    ("confirms", True, "confirmed confirms confirm acknowledged acknowledges admitted admits verified"),
    ("denies", True, "denied denies deny refuted refutes refute"),
    ("denies", False, "rejected rejects reject dismissed dismisses dismiss rebutted rebuts rebut"),
)  # fmt: skip
for _stance, _alone, _words in _SPEECH_WORDS:
    for _word in _words.split():
        _SPEECH[_word] = (_stance, _alone)
_RUMOURS = frozenset("rumor rumors rumour rumours rumored rumoured".split())
_TRIGGERS = frozenset({*_SPEECH, *_RUMOURS, "according", "reportedly", "unconfirmed"})
_STEMS = tuple(sorted({word[:4] for word in _TRIGGERS}))

_TRY_VERBS = frozenset("tried tries try sought seeks moved moves attempted attempts rushed scrambled hastened".split())
_REFUSALS = frozenset("refused refuses declined declines failed fails".split())
_PASSIVE = frozenset("is are was were be been being".split())
_MODALS = frozenset("would could might may should must".split())
_AUX = frozenset("has have had will did does do also already repeatedly publicly later again now previously".split())
_DISPUTED = frozenset(
    "claims claim reports report allegations accusations suggestions speculation rumours rumors that".split()
)
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\s+|\s[—–]\s")
_WORD = re.compile(r"[\w’'-]+")
_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")
# A weak verb ("continued", "stated") introduces a statement only with "that" or a quote after it.
_INTRODUCES_STATEMENT = re.compile(r"(?:\s+[a-z][\w’'-]*){0,4}?\s+that\b|\s*[:,]?\s*[“\"]")
_AFTER_CLAIMANT = re.compile(
    r"[,.;:()“”\"!?]|\s(?:on|in\s+an?|at|after|when|which|who|that|as|late|early|earlier|later|last|this|yesterday|today)\s"
)
_RECIPIENT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*|(?:[a-z]+\s+)?(?:reporters|journalists))\b")
_NOUN_USE = re.compile(r"\s+(?:were|was|are|is|have|has|had|will|would|of)\b")
_CITING = re.compile(r"\bciting\s+([^,.;:()“”\"]+)", re.IGNORECASE)
_ACCORDING_TO = re.compile(r"according\s+to\s+", re.IGNORECASE)

# Words that make a noun phrase a claimant, by kind: common nouns, then names.
_KIND_WORDS: dict[str, ClaimantKind] = {}
_NAMES: dict[str, ClaimantKind] = {}
_VOCABULARY: tuple[tuple[dict[str, ClaimantKind], ClaimantKind, str], ...] = (
    (_KIND_WORDS, "reports", "reports report sources source witnesses witness residents activists "
                             "locals rumours rumors doctors doctor medics medic"),
    (_KIND_WORDS, "media", "outlet outlets media agency newspaper newspapers paper daily television "
                           "tv channel broadcaster website site radio press news state journalist "
                           "journalists reporter reporters correspondent"),
    (_KIND_WORDS, "organization", "ministry army military forces guards police government "
                                  "authorities observatory monitor group groups committee council "
                                  "organisation organization office department coalition hospital "
                                  "hospitals command headquarters regime administration embassy "
                                  "party movement militia brigade brigades battalion unit service "
                                  "services centre center network commission mission agencies "
                                  "nations crescent cross directorate"),
    (_KIND_WORDS, "official", "official officials spokesman spokeswoman spokesperson minister "
                              "commander general head chief president governor mayor director "
                              "ambassador envoy secretary leader officer colonel lieutenant captain "
                              "sheikh cleric prosecutor he she premier chairman chairwoman "
                              "representative analyst expert"),
    (_NAMES, "media", "reuters afp ap bbc cnn sana irna fars tasnim isna mehr tass ria interfax "
                      "anadolu xinhua"),
    (_NAMES, "organization", "un nato pentagon kremlin idf icrc unicef ocha amnesty airwars"),
)  # fmt: skip
for _vocabulary, _kind, _words in _VOCABULARY:
    for _word in _words.split():
        _vocabulary[_word] = _kind
# Sources told by what they are, not by name, in the plural: "witnesses", "residents", "officials".
UNNAMED_SOURCES = frozenset(w for w, kind in _KIND_WORDS.items() if kind in ("reports", "official") and w.endswith("s"))
_GROUPS_AND_COUNTRIES = frozenset({*AFFILIATIONS, *COUNTRIES})
_KNOWN_WORDS = frozenset({*_KIND_WORDS, *_NAMES, *_GROUPS_AND_COUNTRIES})
_MEDIA_DESCRIPTORS = frozenset(
    "site outlet agency newspaper daily channel broadcaster website network station tv television".split()
)
_TITLE_WORDS = frozenset(
    "head chief spokesman spokeswoman spokesperson minister commander director governor leader".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_NP_STOPS = frozenset(
    """and or but nor that which who whom when while as after before if because since though
    although where whereas so than to into from with without by on at in about over under
    through during against among between is are was were be been has have had will would could
    should might may must do does did not also""".split()
)
_NP_LINKS = frozenset({"of", "for", "in", "at"})  # inside a claimant: "head of the Basij militia"
_NP_STOPS_AND_DETERMINERS = _NP_STOPS | DETERMINERS
_SENTENCE_OPENERS = frozenset(
    "meanwhile however but and also moreover separately earlier later still yet then so".split()
)
_ADVERBIAL_OPENERS = frozenset(
    "in on at during after before late early earlier later yesterday today last this overnight by via over from to with amid".split()
)
_CLAIM_HEDGES = {word: hedge for word, hedge in HEDGES.items() if word not in _SPEECH}


@dataclass(slots=True)
class _Found:
    claimant: str
    kind: ClaimantKind
    stance: Stance
    verb: str
    start: int  # the claim's span
    end: int
    verb_start: int
    verb_end: int
    forward: bool = True  # the statement follows the attribution
    cites: str | None = None
    sentence: int = 0


# -- finding attributions -----------------------------------------------------------------------


def _words_before(text: str, lo: int, hi: int, count: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, max(lo, hi - 12 * count), hi))[-count:]


def _clean_claimant(words: list[str], sentence_initial: bool) -> str:
    if words and words[0].lower() == "the":
        words = words[1:]
        sentence_initial = False
    lowered = [word.lower().strip("’'") for word in words]
    for i, word in enumerate(lowered[:-1]):  # "the Guards' site Fars News" -> "Fars News"
        if word in _MEDIA_DESCRIPTORS and all(w[:1].isupper() for w in words[i + 1 :]):
            return " ".join(words[i + 1 :])
    if sentence_initial and words and lowered[0] in _KIND_WORDS and len(words) == 1:
        return lowered[0]  # "Reports state ...", "Officials said ..."
    return " ".join(words)


def _noun_phrase_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The claimant that ends at ``hi``: the noun phrase right before a verb of saying."""
    tokens = list(_TOKEN.finditer(text, max(lo, hi - 100), hi))
    kept: list[re.Match[str]] = []
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        word = token.group()
        low = word.lower()
        if not word[0].isalnum():
            break
        if not kept and low in _PRONOUNS:
            return token.span()
        if low in DETERMINERS:
            kept.append(token)
            if i == 0 or tokens[i - 1].group().lower() not in _NP_LINKS:
                break
            continue
        if low in _NP_LINKS:
            if not kept or i == 0 or tokens[i - 1].group().lower() in _NP_STOPS_AND_DETERMINERS:
                break
            if low in ("in", "at") and tokens[i - 1].group().lower() not in _KIND_WORDS:
                break
            kept.append(token)
            continue
        # a word of saying is a noun next to the verb ("Gulf states said") or capitalised
        verb = low in _SPEECH and low not in _KIND_WORDS and kept and not word[0].isupper()
        if low in _NP_STOPS or verb or low in _SENTENCE_OPENERS and i == 0 or len(kept) >= 12:
            break
        kept.append(token)
    while kept and kept[-1].group().lower() in _NP_LINKS:
        kept.pop()
    if not kept:
        return None
    return kept[-1].start(), kept[0].end()


def _is_claimant(text: str, start: int, end: int) -> bool:
    """A noun phrase that can say something: a claimant noun ("officials") or a name."""
    words = _WORD.findall(text, start, end)
    lowered = [word.lower().strip("’'") for word in words]
    if any(word in _KIND_WORDS or word in _NAMES for word in lowered):
        return True
    return any(word[:1].isupper() and low not in DETERMINERS for word, low in zip(words, lowered))


@lru_cache(maxsize=256)
def _kind_of(claimant: str) -> ClaimantKind:
    """The kind of the head noun: the last kind word before any "of" ("police spokesman Ahmed
    Karim" is an official, "head of the Basij militia" too, "state news agency SANA" media)."""
    words = [word.lower().strip("’'.") for word in _WORD.findall(claimant.split(",")[0])]
    head = words[: next((i for i, word in enumerate(words) if word in _NP_LINKS), len(words))]
    kinds = [_KIND_WORDS.get(word) or _NAMES[word] for word in head if word in _KIND_WORDS or word in _NAMES]
    if kinds:
        return kinds[-1]
    if any(" ".join(words[i : i + n]) in _GROUPS_AND_COUNTRIES for n in (1, 2, 3) for i in range(len(words))):
        return "organization"
    capitalised = [w for w in _WORD.findall(claimant) if w[:1].isupper()]
    return "official" if len(capitalised) >= 2 else "organization"


def _appositive(text: str, lo: int, hi: int) -> tuple[int, int, str | None, str | None] | None:
    """ "Name, title," or "title, Name," or "X, citing Y," right before a verb at ``hi``."""
    inner_end = text.rfind(",", lo, hi)
    inner_start = text.rfind(",", lo, inner_end)
    if inner_end < 0 or text[inner_end + 1 : hi].strip() or inner_start < 0:
        return None
    inner = text[inner_start + 1 : inner_end].strip()
    outer = _noun_phrase_before(text, lo, inner_start)
    if outer is None:
        return None
    citing = _CITING.match(inner)
    if citing:
        return outer[0], outer[1], None, citing.group(1).strip()
    words = _WORD.findall(inner)
    if not words or words[0].lower() in _NP_STOPS or len(words) > 10:
        return None
    name_inner = all(w[:1].isupper() for w in words)
    outer_words = _WORD.findall(text, outer[0], outer[1])
    name_outer = all(w[:1].isupper() for w in outer_words)
    if name_outer == name_inner:  # "the Observatory, a Britain-based monitor,": the outer names it
        return (outer[0], outer[1], None, None) if not name_inner else None
    name, title = (text[outer[0] : outer[1]], inner) if name_outer else (inner, text[outer[0] : outer[1]])
    title_words = title.split()
    if title_words and title_words[0].lower() in DETERMINERS:
        title = " ".join(title_words[1:])
    return outer[0], outer[1], f"{name}, {title}", None


def _adverbials_only(text: str, start: int, end: int) -> bool:
    """Nothing but "on Tuesday", "in a statement" and the like between ``start`` and ``end``."""
    rest = text[start:end].strip(" .!?\"”’)")
    if not rest:
        return True
    words = _WORD.findall(rest)
    if not words:  # punctuation alone: "the CEO said:" with the statement in the next sentence
        return True
    if "that" in words or "“" in rest or '"' in rest or len(words) > 8:
        return False
    return rest.startswith(",") or words[0].lower() in _ADVERBIAL_OPENERS


def _follows_statement(text: str, sentence: Sentence, claimant_start: int) -> bool:
    """The claimant comes after its statement: 'Twelve were killed, the ministry said.'"""
    before = text[sentence.start : claimant_start].rstrip()
    return before.endswith((",", "”", '"')) and len(before) > 1


def _noun_phrase_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The claimant that starts at ``start``: "by the Health Ministry in Gaza", "said X"."""
    while start < end and text[start].isspace():
        start += 1
    stop = _AFTER_CLAIMANT.search(text, start, end)
    stop_at = stop.start() if stop else end
    if stop_at <= start:
        return None
    return start, len(text[:stop_at].rstrip())


def _verb_attribution(text: str, sentence: Sentence, at: int, word: str) -> _Found | None:
    stance, alone = _SPEECH[word]
    verb_start, verb_end = at, at + len(word)
    verb = text[verb_start:verb_end]
    if verb[0].isupper() and verb_start > sentence.start:
        return None  # a name ("Islamic State", "Fars News Reports"), not a verb
    if _NOUN_USE.match(text, verb_end):
        return None  # "Hamas claims were rejected": a noun
    before = _words_before(text, sentence.start, verb_start, 4)
    lowered = [m.group().lower() for m in before]
    subject_end = verb_start
    if lowered and lowered[-1] == "to" and stance == "denies":
        # "tried for the third time this month to refute": the trying carries the subject
        window = _words_before(text, sentence.start, verb_start, 10)
        tries = [m for m in window if m.group().lower() in _TRY_VERBS]
        if not tries or any(m.group().lower() in _REFUSALS for m in window):
            return None
        subject_end = tries[-1].start()
        verb = f"{tries[-1].group()} to {verb}"
        before = _words_before(text, sentence.start, subject_end, 4)
        lowered = [m.group().lower() for m in before]
    passive = False
    while lowered and (lowered[-1] in _AUX or lowered[-1] in _MODALS or lowered[-1] in _PASSIVE
                       or lowered[-1] in NEGATIONS or lowered[-1].endswith(("n't", "ly"))):  # fmt: skip
        if lowered[-1] in _MODALS or lowered[-1] in NEGATIONS or lowered[-1].endswith("n't"):
            return None  # "would deny", "did not confirm": no claim
        passive = passive or lowered[-1] in _PASSIVE
        subject_end = before.pop().start()
        lowered.pop()
    if passive:
        return _passive_attribution(text, sentence, verb_start, verb_end, stance, word)
    subject_end = len(text[:subject_end].rstrip())
    appositive = _appositive(text, sentence.start, subject_end)
    if appositive is not None:
        start, end, claimant, cites = appositive
    else:
        span = _noun_phrase_before(text, sentence.start, subject_end)
        if span is None or not _is_claimant(text, *span):
            return _inverted_attribution(text, sentence, verb_start, verb_end, stance, verb)
        (start, end), claimant, cites = span, None, None
    after_verb = verb_end
    if word in ("told", "tells", "tell") and (recipient := _RECIPIENT.match(text, verb_end)):
        after_verb = recipient.end()  # '"...," he told Reuters by telephone.'
    backward = _follows_statement(text, sentence, start) and (
        text.startswith(",", after_verb) or _adverbials_only(text, after_verb, sentence.end)
    )
    after = text[verb_end : sentence.end]
    if not (alone or backward or _introduces_statement(after)):
        if stance != "denies" or not _disputed_ahead(after):
            return None
    if claimant is None:
        claimant = _clean_claimant(_WORD.findall(text, start, end), start == sentence.start)
    if cites is None and "citing" in text[verb_end : sentence.end]:
        citing = _CITING.search(text, verb_end, sentence.end)
        cites = citing.group(1).strip() if citing else None
    span_start = _clause_start(text, sentence, start) if backward else start
    return _Found(claimant, _kind_of(claimant), stance, verb, span_start, sentence.end, verb_start, verb_end, not backward, cites)


def _introduces_statement(after: str) -> bool:
    """ "that" or a quote follows, with no other verb of saying before it ("states said that")."""
    match = _INTRODUCES_STATEMENT.match(after)
    return match is not None and not any(word in _SPEECH for word in _WORD.findall(match.group())[:-1])


def _disputed_ahead(after: str) -> bool:
    words = [w.lower() for w in _WORD.findall(after)[:4]]
    return any(word in _DISPUTED for word in words)


def _passive_attribution(
    text: str, sentence: Sentence, verb_start: int, verb_end: int, stance: Stance, word: str
) -> _Found | None:
    """ "were confirmed by the ministry"; "is said to be in hospital" (a report)."""
    after = text[verb_end : sentence.end]
    if word in ("said", "reported") and after.lstrip().startswith("to "):  # "is said to be", "were reported to have"
        return _Found("reports", "reports", "reports", f"{word} to", sentence.start, sentence.end, verb_start, verb_end)
    agent = re.match(r"\s+by\s+", after)
    span = _noun_phrase_after(text, verb_end + agent.end(), sentence.end) if agent else None
    if span is None or not _is_claimant(text, *span):
        return None
    claimant = _clean_claimant(_WORD.findall(text, *span), False)
    verb = text[verb_start:verb_end]
    return _Found(claimant, _kind_of(claimant), stance, verb, sentence.start, sentence.end, verb_start, verb_end, False)


def _inverted_attribution(
    text: str, sentence: Sentence, verb_start: int, verb_end: int, stance: Stance, verb: str
) -> _Found | None:
    """ '"...," said Interior Minister Saad Hariri.' """
    if not _follows_statement(text, sentence, verb_start):
        return None
    span = _noun_phrase_after(text, verb_end, sentence.end)
    if span is None or not _is_claimant(text, *span):
        return None
    words = [word.lower() for word in _WORD.findall(text, *span)]
    if len(words) > 8 or any(word in _NP_STOPS for word in words):
        return None  # '..., said 18 fighters were killed': no claimant there
    if not _adverbials_only(text, span[1], sentence.end):
        return None
    claimant = _clean_claimant(_WORD.findall(text, *span), False)
    start = _clause_start(text, sentence, verb_start)
    return _Found(claimant, _kind_of(claimant), stance, verb, start, sentence.end, verb_start, verb_end, False)


def _according_attribution(text: str, sentence: Sentence, at: int) -> _Found | None:
    match = _ACCORDING_TO.match(text, at)
    span = _noun_phrase_after(text, match.end(), sentence.end) if match else None
    if match is None or span is None:
        return None
    start, end = span
    words = _WORD.findall(text, start, end)
    lowered = [w.lower() for w in words]
    opening = not text[sentence.start : at].strip(" “\"")
    span_start = sentence.start if opening else _clause_start(text, sentence, at)
    if lowered and lowered[-1] == "reports":
        stance: Stance = "rumour" if "unconfirmed" in lowered else "reports"
        return _Found("reports", "reports", stance, text[at:end], span_start, sentence.end, at, end, opening)
    if not _is_claimant(text, start, end):
        return None
    claimant = _clean_claimant(words, False)
    verb = text[at : match.end()].strip()
    return _Found(claimant, _kind_of(claimant), "asserts", verb, span_start, sentence.end, at, end, opening)


def _report_attribution(text: str, sentence: Sentence, at: int, word: str) -> _Found | None:
    """ "reportedly", "rumours started in mid-November that", "unconfirmed reports say"."""
    end = at + len(word)
    if word == "reportedly":
        return _Found("reports", "reports", "reports", word, _clause_start(text, sentence, at), sentence.end, at, end)
    if word == "unconfirmed":
        following = re.match(r"\s+reports?\b", text[end : sentence.end])
        if following is None:
            return None
        end += following.end()
        return _Found("reports", "reports", "rumour", text[at:end], _clause_start(text, sentence, at), sentence.end, at, end)
    ahead = text[end : sentence.end]
    that = re.match(r"(?:\s+(?!that\b)[\w’'-]+){0,6}?\s+that\b", ahead)
    rumoured_to = word.startswith("rumo") and word.endswith("ed") and ahead.lstrip().startswith("to ")
    if that is None and not rumoured_to:
        return None
    before = _words_before(text, sentence.start, at, 3)
    if any(m.group().lower() in _SPEECH and _SPEECH[m.group().lower()][0] == "denies" for m in before):
        return None  # "denied rumours that": the denial is the claim
    verb_words = re.match(r"\s+(?:have\s+|has\s+|had\s+)?(?:started|spread|circulated|emerged|surfaced|swirled|began|grew|persisted|abounded)\b", ahead)
    verb = text[at : end + verb_words.end()] if verb_words else text[at:end]
    return _Found("rumours", "unattributed", "rumour", verb, _clause_start(text, sentence, at), sentence.end, at, end)


def _clause_start(text: str, sentence: Sentence, at: int) -> int:
    breaks = list(_CLAUSE_BREAK.finditer(text, sentence.start, at))
    return breaks[-1].end() if breaks else sentence.start


def _attributions(text: str, sentence: Sentence, offsets: list[int]) -> list[_Found]:
    found: list[_Found] = []
    for at in offsets:
        if found and at < found[-1].verb_end:
            continue
        word_match = _WORD.match(text, at)
        if word_match is None:
            continue
        word = word_match.group().lower()
        if word not in _TRIGGERS:
            continue
        if word == "according":
            attribution = _according_attribution(text, sentence, at)
        elif word in _RUMOURS or word in ("reportedly", "unconfirmed"):
            attribution = _report_attribution(text, sentence, at, word)
        elif word == "reports" and not _is_verb_position(text, sentence, at):
            attribution = None
        else:
            attribution = _verb_attribution(text, sentence, at, word)
        if attribution is not None:
            found.append(attribution)
    return _outermost(text, found)


def _is_verb_position(text: str, sentence: Sentence, at: int) -> bool:
    """ "the agency reports that" (a verb), not "amid reports that" or "Reports state" (a noun)."""
    before = _words_before(text, sentence.start, at, 1)
    return bool(before) and before[0].group().lower() not in _NP_STOPS_AND_DETERMINERS and at > sentence.start


def _outermost(text: str, found: list[_Found]) -> list[_Found]:
    """Drop attributions inside another's statement; cut statements joined by "while" apart."""
    kept: list[_Found] = []
    for attribution in found:
        if kept:
            last = kept[-1]
            if attribution.verb_start < last.verb_end:
                continue  # the same attribution read twice
            if attribution.start < last.end:
                breaks = list(_CLAUSE_BREAK.finditer(text, last.verb_end, attribution.verb_start))
                if not breaks and not attribution.forward:
                    # "X denied ..., according to Y": Y tells the whole sentence, X's words included
                    last.end = last.verb_end
                    kept.append(attribution)
                    continue
                if not breaks:
                    continue  # reported inside the statement: the outer claimant's
                last.end = breaks[-1].start()
                attribution.start = max(attribution.start, breaks[-1].end())
        kept.append(attribution)
    return kept


# -- who "he", "Naqdi" and "the head of ..." are -------------------------------------------------


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def _resolve_references(text: str, found: list[_Found]) -> list[_Found]:
    resolved: list[_Found] = []
    for attribution in found:
        low = attribution.claimant.lower()
        if low in _PRONOUNS:
            previous = resolved[-1] if resolved else None
            if previous is not None and _paragraph_break(text, previous.end, attribution.start):
                previous = None
            if previous is not None and (low not in ("he", "she") or previous.kind == "official"):
                attribution.claimant, attribution.kind = previous.claimant, previous.kind
            elif low in ("he", "she") and (person := _last_person(text, attribution.start)):
                attribution.claimant, attribution.kind = person, "official"
            else:
                continue
        elif " " not in attribution.claimant and attribution.claimant.lower() not in _KNOWN_WORDS:
            full = _earlier_speaker(resolved, attribution.claimant) or full_name(text, attribution.claimant, attribution.start)
            if full:  # "Naqdi said" after "Mohammad Reza Naqdi said"
                attribution.claimant, attribution.kind = full, "official"
        resolved.append(attribution)
    for first, second in zip(resolved, resolved[1:]):
        _name_the_title(text, first, second)
    return resolved


def _last_person(text: str, before: int) -> str | None:
    """The last person named in the paragraph before ``before``: whom a "he said" is about."""
    names = person_names(text, text.rfind("\n", 0, before) + 1, before)
    return text[names[-1].run_start : names[-1].end] if names else None


def _earlier_speaker(earlier: list[_Found], surname: str) -> str | None:
    for attribution in reversed(earlier):
        name = attribution.claimant.split(",")[0]
        if " " in name and name.split()[-1] == surname:
            return name
    return None


def _name_the_title(text: str, titled: _Found, named: _Found) -> None:
    """ "..., according to the head of the Basij militia. Mohammad Reza Naqdi said ..." """
    words = titled.claimant.split()
    if titled.kind != "official" or not words or words[0].lower() not in _TITLE_WORDS:
        return
    name_words = named.claimant.split()
    if named.kind != "official" or not 2 <= len(name_words) <= 4 or not all(w[:1].isupper() for w in name_words):
        return
    if named.sentence != titled.sentence + 1:
        return
    titled.claimant = f"{named.claimant}, {titled.claimant}"


# -- claims -------------------------------------------------------------------------------------


def find_claims(text: str, sentences: list[Sentence], kind: DocumentKind, published: date | None) -> list[Claim]:
    """The attributed statements of one document, in text order."""
    lower = lower_aligned(text)
    offsets = find_starts(lower, _STEMS)
    if not offsets:
        return []
    starts = [sentence.start for sentence in sentences]
    by_sentence: dict[int, list[int]] = {}
    for at in offsets:
        index = bisect_right(starts, at) - 1
        if index >= 0 and at < sentences[index].end:
            by_sentence.setdefault(index, []).append(at)
    found: list[_Found] = []
    for index, sentence_offsets in by_sentence.items():
        for attribution in _attributions(text, sentences[index], sentence_offsets):
            attribution.sentence = index
            found.append(attribution)
    found = _resolve_references(text, found)
    phrases = find_time_phrases(text, published) if found else []
    hedges = _hedges(lower) if found else []
    claims = []
    for attribution in found:
        sentence = sentences[attribution.sentence]
        inside = [p for p in phrases if attribution.start <= p.start and p.end <= attribution.end]
        phrase = governing_phrase(inside, attribution.verb_start, attribution.verb_end, sentence)
        claim = Claim(
            claimant=attribution.claimant,
            claimant_kind=attribution.kind,
            stance=attribution.stance,
            verb=attribution.verb,
            hedge=_hedge(hedges, attribution),
            sentence=attribution.sentence,
            start=attribution.start,
            end=attribution.end,
            window=phrase.window if phrase else None,
            cites=attribution.cites,
        )
        claims.append(_as_reader(claim) if kind == "comment" else claim)
    return claims


def _hedges(lower: str) -> list[tuple[int, str]]:
    """Every hedge word of the text with its offset, in text order."""
    found = []
    for at in find_starts(lower, _CLAIM_HEDGES):
        word = _WORD.match(lower, at)
        if word is not None and word.group() in _CLAIM_HEDGES:
            found.append((at, _CLAIM_HEDGES[word.group()]))
    return found


def _hedge(hedges: list[tuple[int, str]], attribution: _Found) -> str | None:
    """The first hedge word of the claim outside its own verb ("reportedly" is the verb there)."""
    for at, hedge in hedges:
        if attribution.start <= at < attribution.end and not attribution.verb_start <= at < attribution.verb_end:
            return hedge
    return None


def _as_reader(claim: Claim) -> Claim:
    """A reader relaying a source: the reader claims, the source is cited."""
    stance: Stance = claim.stance if claim.stance in ("denies", "rumour") else "asserts"
    return replace(claim, claimant="the reader", claimant_kind="reader", stance=stance, cites=claim.claimant)


def attach_tallies(claims: list[Claim], tallies: list[Tally], kind: DocumentKind) -> list[Claim]:
    """Every claim with the indexes of the tallies it makes, plus one default claim per sentence
    for the tallies nobody is quoted for (the outlet's in a body, the reader's in a comment)."""
    attached = [replace(claim, tallies=list(claim.tallies)) for claim in claims]
    defaults: dict[int, Claim] = {}
    for index, tally in enumerate(tallies):
        covering = [
            claim for claim in attached
            if claim.sentence == tally.sentence and claim.start <= tally.start and tally.end <= claim.end
        ]  # fmt: skip
        if covering:
            min(covering, key=lambda claim: claim.end - claim.start).tallies.append(index)
            continue
        default = defaults.get(tally.sentence)
        if default is None:
            default = defaults[tally.sentence] = _default_claim(tally, kind)
        default.start, default.end = min(default.start, tally.start), max(default.end, tally.end)
        default.tallies.append(index)
    return sorted([*attached, *defaults.values()], key=lambda claim: (claim.start, claim.end))


def _default_claim(tally: Tally, kind: DocumentKind) -> Claim:
    if kind == "comment":
        return Claim("the reader", "reader", "asserts", sentence=tally.sentence, start=tally.start, end=tally.end)
    return Claim("the outlet", "outlet", "asserts", sentence=tally.sentence, start=tally.start, end=tally.end)
