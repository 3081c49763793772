"""An incident monitor's own figures: the casualty range it settled on, the victims it named.

Monitors that log strikes one by one (civilian-harm trackers) close a report by saying how they
counted: "in line with our methodology, references to injured civilians in the plural have been
quantified as at least two", "the wounded have been accounted for as 2-2", "'dozens' is reflected
in the 12 to 24 injury range", "the casualty range, which could be as many as 17 people", "the
upper fatality range has been put at 230".  The figure follows a word of counting (quantified,
assessed, accounted for, categorised, estimated, reflected, recorded, counted) or of the
range itself (casualty range, upper fatality range), joined by "as", "at", "of", "in the" or
"be"; its outcome is told by the death or injury words around it ("the estimate of those killed
at 20", "2-2 injuries"; both, for "deaths and injuries"), else of its sentence (not for
"casualties", which are undivided).  Counting words every reporter uses ("estimated",
"recorded", "counted", "assessed") take no outcome from the rest of their sentence, only from a
toll named just before them ("the upper death toll has been recorded as seven"): "the crowd,
estimated at 5,000, marched to where police killed two" has one figure of the dead.  Such a
figure is the monitor's own number for the people the report told of, so it widens the lead
figure it restates and puts a number on a vague one (see ``restatements``).

They also count the dead they could name: "tributes by relatives helped to identify the names of
19 victims", "the family's account provided the names of the 14 identified victims", "seven
victims were named by relatives".  A list of
victims' names is a list of the dead: the figure is of the killed, though no word says so, in a
report that told of deaths or of an attack before, in a sentence that tells of no injuries.  So
is a list of their names after a colon or dash ("The dead were identified as: Ali Sayegh (60),
his wife Mariam (55), ..."), a figure of as many as it names, when no figure counts them.

The tally reader finds no people in these figures; ``monitor_figures`` gives each one a tally,
unless a tally already holds the number.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from crawler.extract.numbers import Quantity, find_quantities
from crawler.extract.records import Outcome, Sentence, Tally
from crawler.extract.scan import lower_aligned, opening_on_letters

MONITOR_RANGE = "casualty range"  # the ``outcome_word`` of a monitor's own figure
_COUNTING = re.compile(
    r"\b(?:quantified|assessed|accounted\s+for|categori[sz]ed|estimated?|reflected|recorded|counted"
    r"|(?:casualty|fatality|death|injury|civilian|upper|lower|minimum|maximum)[-\s]+range)\b",
    re.IGNORECASE,
)
# (speed) the counting words are first looked for as plain text in the lower-cased text (also as
# they open a sentence: "Categorised as a range of at least two, ..."), then read around each find
_COUNTING_PARTS = ("quantified", "assessed", "accounted", "categori", "estimate", "reflected", "recorded", "counted", "range")
_AROUND_PART = 16  # characters either side of a find read for the counting word ("casualty range", "accounted for")
# The words from the counting word to the figure: "quantified as ", "accounted for by the
# monitor as ", "categorised as a range of ", "range, which could be ", "upper fatality range at ".
_TO_FIGURE = re.compile(r"[^.;:()]{0,30}?\b(?:as|at|of|in\s+the|be)(?:\s+a\s+range\s+of)?\s+[“‘\"']?$", re.IGNORECASE)
_TO_FIGURE_MOST = 80  # characters after a counting word read for its figure
_WORDS_AFTER = re.compile(r"(?:[-\s]+[\w’']+){0,3}")  # the words after the figure read for its outcome ("2-2 injuries")
# Words of counting that any reporter uses ("estimated", "recorded"): their figure takes an outcome
# only from its own words or from a toll named just before ("the upper death toll has been recorded
# as seven"), never from the rest of its sentence ("the crowd, estimated at 5,000, ... killed two").
_EVERYDAY_COUNTING = re.compile(r"assessed|estimated?|recorded|counted", re.IGNORECASE)
# "a conservative estimate of 2-2": the monitor's own estimate, read like its other counting words
_CONSERVATIVE = re.compile(r"\bconservative\s+$", re.IGNORECASE)
_LOOK_BEHIND = 40  # characters before an everyday counting word read for the toll it states
_TOLL_BEFORE = re.compile(r"\b(?:deaths?|dead|fatalit(?:y|ies)|injur(?:y|ies)|wounded)\b(?:\s+(?:toll|figure|count))?[^,;:]*$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+of\b", re.IGNORECASE)
_DEATHS = re.compile(r"\b(?:deaths?|dead|fatalit(?:y|ies)|killed|killing|died|martyr\w*)\b", re.IGNORECASE)
INJURIES = re.compile(r"\b(?:injur\w*|wound\w*)\b", re.IGNORECASE)
_ATTACKS = re.compile(r"\b(?:air\s*strikes?|strikes?|struck|bomb\w*|shell\w*|attack\w*|massacre\w*|raid\w*)\b", re.IGNORECASE)
_CASUALTIES = re.compile(r"\bcasualties\b", re.IGNORECASE)
# "the names of 19 victims", "the names of the 14 identified victims", "the names of 32 members of the
# family" (the family struck); not "of eight of the victims" (found first as the plain text "names of": speed)
_NAMES_OF_VICTIMS = re.compile(
    r"\bnames\s+of\s+(?:the\s+|all\s+)?(?P<figure>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?:identified|named|known)\s+)?"
    r"(?:victims\b|members\s+of\s+the\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}family\b)",
    re.IGNORECASE,
)

# "Seven victims were named by relatives", "11 victims have been identified" (not "two of the victims were named").
# (speed) Read over a whole article: the word boundary tried first fails inside words at once, and
# the figure's word is taken whole, never given back a letter at a time ("\s" must follow it).
_VICTIMS_WERE_NAMED = re.compile(
    r"\b(?<!\bof\s)(?P<figure>\d[\d,]*+|[A-Za-z]++(?:-[a-z]++)?)\s+victims\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:named|identified)\b",
    re.IGNORECASE,
)

# "The Syrian Network for Human Rights named 17 victims", "relatives later identified 15 of the
# victims": a source that names the victims, in the active voice (not "named two victims of the
# shooting who remain in hospital", a sentence of injuries: see ``_of_the_dead``).
_NAMED_THE_VICTIMS = re.compile(
    r"\b(?:named|identified)\s+(?:at\s+least\s+|all\s+)?(?P<figure>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:of\s+the\s+)?(?:victims\b|dead\b)",
    re.IGNORECASE,
)
_NAMING = ("named ", "identified ")  # (speed) the verbs found first as plain text, the pattern read at each


def monitor_figures(text: str, sentences: list[Sentence], tallies: list[Tally]) -> list[Tally]:
    """``tallies`` with a tally for each of a monitor's own figures, in reading order."""
    _range_statements(text, sentences, tallies)
    _named_victims(text, sentences, tallies)
    _lists_of_the_dead(text, sentences, tallies)
    _widen_for_named_parts(tallies)
    return tallies


def _widen_for_named_parts(tallies: list[Tally]) -> None:
    """ "Two civilians were killed ... Radio Risaala named the dead as Hassan Warsame (41), his
    brother Mohamed (36) and their driver, Ahmed Ali (29)": the dead named one by one in a later
    sentence, as parts of a figure, are the monitor's count of the dead it could name; more of
    them than the figure's top widen it to their number."""
    parts = [t for t in tallies if t.subset_of is not None and t.count == 1 and t.outcome == "killed"]
    if not parts:
        return  # (speed) most texts have none: no pass over their figures for each figure
    for index, figure in enumerate(tallies):
        if figure.outcome != "killed" or figure.subset_of is not None or figure.outside_the_sum:
            continue
        named: dict[int, int] = {}
        for part in parts:
            if part.subset_of == index and part.sentence > figure.sentence:
                named[part.sentence] = named.get(part.sentence, 0) + 1
        most = max(named.values(), default=0)
        if most > figure.top:
            figure.count_max = most


# The words that open a list of the dead by name, up to its colon or dash: "The dead were identified
# as:", "documented the names of those killed:", "among the list of those killed in the raid –",
# "the victims were named as:", "the victims were:", "named the people killed when the house was hit:",
# "named those killed in the strike as follows:"; as monitors and families write them too: "Relatives
# identified the victims as: ...", "The victims identified by relatives were: ...", "The victims,
# according to a cousin, were: the grandfather, Saleh, ...", a label ("Victims identified: ...",
# "Victims: ..."), "those killed were his uncle Nabil ...", "The victims were Fuad Dughmush, his wife
# ...", "The names of the victims were ...", "The civilians killed were identified as ..." (not "among
# those killed were", "among the victims were": some of them).  Never of the injured (its cues found
# first as plain text: speed).
_LIST_OPENING = re.compile(
    r"\b(?:(?:the\s+)?(?:dead|deceased|victims|martyrs|(?:those|civilians|people)\s+killed)\s+(?:were|are)\s+(?:identified|named|listed)\s+as"
    r"|names\s+of\s+(?:those|the\s+people|the\s+family\s+members)\s+(?:killed|who\s+were\s+killed)"
    r"|list\s+of\s+those\s+killed)[^.:;–—()]{0,60}?(?::|\s[–—]\s)"
    r"|\b(?:(?:the\s+)?(?:dead|deceased|victims|martyrs|(?:those|civilians|people)\s+killed)\s+(?:were|are)\s+(?:identified|named)"
    r"|(?:identified|named)\s+the\s+(?:dead|deceased|victims|martyrs))\s+as\s*:?\s+(?=(?:\d{1,2}\.\s+)?(?:(?:an?\s+)?[\w-]*year[-\s]old\s|(?-i:[A-Z])))"
    r"|\b(?:the\s+)?(?:dead|deceased|victims|martyrs)"
    r"(?:\s+(?:identified|named)\s+by\s+[^.,:;]{1,40}?|\s*,\s*according\s+to\s+[^.,:;]{1,40}?,)?"
    r"\s+(?:were|are)\s*:\s+(?=(?:\d{1,2}\.\s+)?(?:(?-i:[A-Z])|(?:the|his|her|their)\s))"
    r"|\b(?:victims|martyrs)(?:\s+(?:identified|named))?\s*:\s+(?=(?:\d{1,2}\.\s+)?(?:(?-i:[A-Z])|(?:his|her|their)\s))"
    r"|(?<!\bamong\s)(?<!\bamong\sthe\s)\b(?:those\s+killed|(?:the\s+)?(?:names\s+of\s+the\s+)?(?:dead|deceased|victims|martyrs))\s+(?:were|are)\s*:?\s+"
    r"(?=(?:his|her|their)\s+[a-z-]+\s+(?-i:[A-Z])|(?-i:[A-Z][a-z]+\s+[A-Z]))"
    r"|\b(?:identified|named)\s+(?:the\s+(?:civilians|people)|those)\s+(?:killed|who\s+(?:were\s+killed|died))[^.:;()]{0,100}?"
    r"(?:\s+as(?:\s+follows)?\s*:?|\s*:)\s+(?=(?:\d{1,2}\.\s+)?(?:(?:an?\s+)?[\w-]*year[-\s]old\s|(?-i:[A-Z])))",
    re.IGNORECASE,
)
_LIST_OPENING = opening_on_letters(_LIST_OPENING)  # (speed) skips in C where none of its words start
_LIST_CUES = (
    "identified as", "named as", "listed as", "names of", "list of", "identified the", "named the", "named those",
    "identified those", "were:", "ictims:", "identified:", "named:", "artyrs:", "killed were", "ictims were",
    "artyrs were",
)  # fmt: skip
_BEFORE_CUE_MOST = 40  # characters before a cue where its opening may start ("the deceased were identified as")
_AFTER_CUE_MOST = 140  # characters after a cue where its opening may end, at its colon or dash
# One person of the list: a name, after a kin word or an age ("his wife Nisreen Qassem (39)", "12-year-old Sami
# Odeh", "the twins Lina", "Tareq's daughter Rama"), its family name perhaps after a particle ("Khaled
# al-Omar", "Ahmad bin Saleh"), a first name alone ("their daughters Baraa (9) and Thanaa (6)"), or one
# not named, told by age ("and a 2-year-old girl whose name was not given"); in a numbered list, after
# its number ("1. Sami Odeh; 2. Iman Odeh").
_LISTED_PERSON = re.compile(
    r"\s*(?:\d{1,2}\.\s+)?(?:(?:an?\s+)?[\w-]*year[-\s]old\s+(?:girl|boy|baby|child|man|woman)\b"
    r"|(?:(?:his|her|their)\s+[\w-]+|the\s+[a-z][\w-]*|[A-Z][\w-]*['’]s\s+[a-z][\w-]*)\s+(?:(?:a\s+)?[\w-]*year[-\s]old\s+)?[A-Z]"
    r"|(?:(?:a\s+)?[\w-]*year[-\s]old\s+)?[A-Z][\w'’-]+\s+(?:(?:al|el|bin|ibn|bint)[-\s])?[A-Z]"
    r"|[A-Z][\w'’-]+\s*\.?\s*$)"
)
_LIST_ITEM_BREAK = re.compile(r",|;|\band\b")
_ASIDE = re.compile(r"\([^()]*\)")


def _lists_of_the_dead(text: str, sentences: list[Sentence], tallies: list[Tally]) -> None:
    """ "At least five were killed ... their names were among the list of those killed in the
    strike – Yousef Qassem, his wife Nisreen (39), their sons Adham (17) and Karam (11), ...": a list
    of the dead by name that no figure counts is a figure of the dead, one for each name (a kin
    word and its name are one person).  Only after a figure of the dead, which it tells again, and
    never a list of the injured ("Four of the injured victims were named as: ...").  In a report of
    an attack that gives no figure of the dead at all, the list is its only count of them ("An
    alleged airstrike hit the Nassar home. Relatives named those killed as Ali Nassar, 61, ...")."""
    for match in _list_openings(text):
        sentence = _sentence_at(sentences, match.start())
        clause = max(sentence.start, text.rfind(",", 0, match.start()), text.rfind(";", 0, match.start()))
        if INJURIES.search(text, clause, match.end()):
            continue  # "Four of the injured victims were named as: ..."
        if not _list_counts_the_dead(text, sentence, match.start(), tallies):
            continue
        inside = [t for t in tallies if _list_start(match) <= t.start < sentence.end]
        names = _listed_names(text[match.end() : sentence.end])
        if not _ones_read_short(inside, names):
            continue  # the names are told with figures of their own
        if names >= 2:
            tally = Tally(count=names, outcome="killed", outcome_word="victims", sentence=sentence.index)
            tally.start, tally.end = match.start(), sentence.end
            _names_are_parts(tallies, insert_tally(tallies, tally))


def _ones_read_short(inside: list[Tally], names: int) -> bool:
    """Whether the figures read inside a list (none, or the first dead one by one: "Those killed
    were identified as Sameer Odeh, 50; his wife, Intisar, 45; ..." gives Sameer and the wife)
    are fewer than the names the list holds, so that the list is the count of them."""
    return all(t.outcome == "killed" and t.count == 1 and t.count_max is None for t in inside) and len(inside) < names


def _names_are_parts(tallies: list[Tally], index: int) -> None:
    """The dead of a list read one by one from its opening ("killed: Saeed Nassar (64), his wife
    Huda") are parts of the list's figure."""
    whole = tallies[index]
    for tally in tallies:
        inside = whole.start <= tally.start < whole.end
        if inside and tally is not whole and tally.outcome == "killed" and tally.subset_of is None:
            tally.subset_of = index


def _list_counts_the_dead(text: str, sentence: Sentence, start: int, tallies: list[Tally]) -> bool:
    """Whether a list of names opening at ``start`` in ``sentence`` is a figure of the dead: after a
    figure of the dead (one of its own sentence would add them up with it), or in a report of an
    attack that tells no figure of the dead outside the list."""
    dead = [t for t in tallies if t.outcome == "killed"]
    if any(t.sentence < sentence.index for t in dead):
        return True
    inside = all(start <= t.start < sentence.end for t in dead)
    return inside and _ATTACKS.search(text, 0, sentence.end) is not None


def _list_start(match: re.Match[str]) -> int:
    """Where a list's own figures would start: past an opening that closes on a colon or dash; at
    the opening itself for one that runs into the names ("the deceased were identified as Ahmed
    Raza and Bilal Khan" is read name by name, see ``_widen_for_named_parts``)."""
    return match.end() if match.group().rstrip()[-1] in ":–—" else match.start()


def _list_openings(text: str) -> list[re.Match[str]]:
    """The openings of lists of the dead in the text, in reading order (read only around their cues)."""
    found: dict[int, re.Match[str]] = {}
    for cue in _LIST_CUES:
        at = text.find(cue)
        while at >= 0:
            match = _LIST_OPENING.search(text, max(0, at - _BEFORE_CUE_MOST), at + _AFTER_CUE_MOST)
            if match is not None:
                found[match.start()] = match
            at = text.find(cue, at + len(cue))
    return [found[start] for start in sorted(found)]


def _listed_names(words: str) -> int:
    """How many people a list names: its items that open on a name, asides in brackets left out."""
    items = _LIST_ITEM_BREAK.split(_ASIDE.sub("", words))
    return sum(_LISTED_PERSON.match(item) is not None for item in items)


def _named_victims(text: str, sentences: list[Sentence], tallies: list[Tally]) -> None:
    """ "helped to identify the names of 19 victims", "Seven victims were named by relatives": the
    dead the report could name."""
    for match in _victims_named(text):
        quantity = next(iter(find_quantities(text, match.start("figure"), match.end("figure"))), None)
        if quantity is None or quantity.measure is not None or quantity.ordinal or _told(tallies, quantity):
            continue
        sentence = _sentence_at(sentences, match.start())
        if not _of_the_dead(text, sentence, match.start()):
            continue
        tally = tally_of(quantity, "killed", sentence, match.start())
        tally.outcome_word, tally.end = "victims", match.end()
        insert_tally(tallies, tally)


def _victims_named(text: str) -> list[re.Match[str]]:
    """The figures of victims named: "the names of 19 victims", "Seven victims were named", "named 17 victims"."""
    found = []
    at = text.find("names of")
    while at >= 0:
        match = _NAMES_OF_VICTIMS.match(text, at)
        at = text.find("names of", at + 1)
        if match is not None:
            found.append(match)
    if " victims were " in text or " victims have been " in text or " victims had been " in text:
        found.extend(_VICTIMS_WERE_NAMED.finditer(text))
    for verb in _NAMING:
        at = text.find(verb)
        while at >= 0:
            if (match := _NAMED_THE_VICTIMS.match(text, at)) is not None:
                found.append(match)
            at = text.find(verb, at + 1)
    return found


def _of_the_dead(text: str, sentence: Sentence, at: int) -> bool:
    """Whether victims named at ``at`` are of the dead: the report told of deaths or of an attack
    before, and the sentence tells of no injuries ("the names of four victims of the shooting, two
    of whom remain in hospital"; "the names of 12 victims of abuse" in a text of no attack)."""
    told = _DEATHS.search(text, 0, at) or _ATTACKS.search(text, 0, at)
    return told is not None and not INJURIES.search(sentence.text)


def _range_statements(text: str, sentences: list[Sentence], tallies: list[Tally]) -> None:
    """A tally for each figure of a monitor's statement of its range."""
    for counting in _counting_words(text):
        sentence = _sentence_at(sentences, counting.start())
        end = min(sentence.end, counting.end() + _TO_FIGURE_MOST)
        for quantity in find_quantities(text, counting.end(), end):
            if not _leads_to(text, counting.end(), quantity) or _told(tallies, quantity):
                continue
            for outcome in _figure_outcomes(text, sentence, counting, quantity):
                at = insert_tally(tallies, tally_of(quantity, outcome, sentence, counting.start()))
                _take_in_vague(tallies, at)


def _figure_outcomes(text: str, sentence: Sentence, counting: re.Match[str], quantity: Quantity) -> list[Outcome]:
    """The outcomes of a range statement's figure: told by its own words ("quantified as 2-2
    injuries", "the estimate of those killed at 15"); else, after an everyday counting word, by
    the toll named just before it; else, after a monitor's own word, by its sentence."""
    after = _WORDS_AFTER.match(text, quantity.end, sentence.end)
    near = text[counting.start() : quantity.end] + (after.group() if after else "")
    if outcomes := _outcomes(near):
        return outcomes
    if _EVERYDAY_COUNTING.fullmatch(counting.group()) and not _CONSERVATIVE.search(text, sentence.start, counting.start()):
        before = _TOLL_BEFORE.search(text, max(sentence.start, counting.start() - _LOOK_BEHIND), counting.start())
        return _outcomes(before.group()) if before else []
    return _sentence_outcomes(near, sentence.text)


def _counting_words(text: str) -> list[re.Match[str]]:
    """The counting words of the text, in reading order."""
    found: dict[int, re.Match[str]] = {}
    lower = lower_aligned(text)
    for part in _COUNTING_PARTS:
        at = lower.find(part)
        while at >= 0:
            match = _COUNTING.search(text, max(0, at - _AROUND_PART), at + len(part) + _AROUND_PART)
            if match is not None:
                found[match.start()] = match
            at = lower.find(part, at + len(part))
    return [found[start] for start in sorted(found)]


def _sentence_at(sentences: list[Sentence], at: int) -> Sentence:
    """The sentence that holds the character at ``at``."""
    return sentences[bisect_right([sentence.start for sentence in sentences], at) - 1]


def _outcomes(words: str) -> list[Outcome]:
    """The outcomes the words tell: deaths, injuries, or both."""
    found: list[Outcome] = []
    if _DEATHS.search(words):
        found.append("killed")
    if INJURIES.search(words):
        found.append("wounded")
    return found


def _sentence_outcomes(near: str, sentence: str) -> list[Outcome]:
    """The outcomes of the sentence, for a figure whose own words tell none; none for a figure
    of "casualties", which are undivided ("total casualties were estimated at 50")."""
    return [] if _CASUALTIES.search(near) else _outcomes(sentence)


def _take_in_vague(tallies: list[Tally], at: int) -> None:
    """ "The range has been assessed as two to account for references to multiple deaths": the
    vague figures of the statement's sentence and outcome are what it puts a number on."""
    figure = tallies[at]
    for other in tallies:
        if other.sentence == figure.sentence and other.outcome == figure.outcome and other.qualifier == "vague":
            if other.subset_of is None and other.restates is None:
                other.subset_of = at


def _leads_to(text: str, counting_end: int, quantity: Quantity) -> bool:
    """Whether the words from the counting word to the figure join them ("quantified as "), and
    the figure counts people ("assessed as one of the deadliest strikes" does not)."""
    if quantity.measure is not None or quantity.ordinal or _PARTITIVE.match(text, quantity.end):
        return False
    return _TO_FIGURE.match(text, counting_end, quantity.start) is not None


def _told(tallies: list[Tally], quantity: Quantity) -> bool:
    """Whether a tally already holds the figure's number."""
    return any(t.start <= quantity.number_start < t.end for t in tallies)


def tally_of(
    quantity: Quantity, outcome: Outcome, sentence: Sentence, start: int,
    outcome_word: str | None = MONITOR_RANGE, hedge: str | None = None,
) -> Tally:  # fmt: skip
    """The tally of one number read on its own (a monitor's range, a source's bare figure, a
    hospital's share), from ``start`` to the number's end."""
    return Tally(
        count=quantity.value,
        outcome=outcome,
        qualifier=quantity.qualifier,
        count_max=quantity.value_max,
        outcome_word=outcome_word,
        hedge=hedge,
        sentence=sentence.index,
        start=start,
        end=quantity.end,
    )


def insert_tally(tallies: list[Tally], tally: Tally) -> int:
    """Put ``tally`` in reading order, moving the indexes that point past it; its index."""
    at = next((i for i, t in enumerate(tallies) if t.start > tally.start), len(tallies))
    for other in tallies:
        if other.subset_of is not None and other.subset_of >= at:
            other.subset_of += 1
        if other.restates is not None and other.restates >= at:
            other.restates += 1
    tallies.insert(at, tally)
    return at
