"""Closed classes of English words that the extractors of ``extract`` share.

Auxiliaries, negations, hedges, determiners, prepositions and the like, plus ``verb_like``: a
cheap guess, without a tagger, that a lower-case word is a verb ("launched", "hired") rather
than part of a noun phrase ("armed men", "a wedding party").
"""

from __future__ import annotations

from crawler.english_calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from crawler.extract.groups import ROLES

AUX = frozenset(
    "is are was were be been being am has have had get got gets getting become became remain "
    "remained remains having".split()
)
SINGULAR_AUX = frozenset({"is", "was", "has"})
NEGATIONS = frozenset({"not", "never", "no", "none", "nobody", "n't", "neither", "nor", "without"})
HEDGES = {
    "apparently": "apparently", "reportedly": "reportedly", "allegedly": "allegedly",
    "purportedly": "purportedly", "reported": "reported", "unconfirmed": "unconfirmed",
    "claimed": "claimed", "claims": "claimed", "claim": "claimed", "possibly": "possibly",
    "probably": "probably", "likely": "likely", "presumably": "presumably", "believed": "believed",
    "feared": "feared", "presumed": "presumed", "rumoured": "rumoured", "rumored": "rumored",
    "suspected": "suspected",
}  # fmt: skip
# Words that may stand between people and their outcome word ("were reportedly later killed").
ADVERBS = frozenset(
    """also all both each later subsequently eventually initially reportedly allegedly apparently
    reported believed feared said thought confirmed seriously critically badly slightly lightly
    fatally mortally severely gravely grievously moderately then already just recently previously now still
    since either subsequently originally officially ultimately instantly immediately presumed
    to have been be being yet further only reportedly possibly probably likely
    summarily brutally savagely mercilessly""".split()
)
# How badly people were hurt: "two of them seriously", "one critically".
HOW_BADLY = frozenset("seriously critically severely gravely grievously badly slightly lightly moderately".split())
DENIALS = frozenset(
    "denied deny denies denying refute refuted refuting dismissed rejected false untrue debunked debunks debunking".split()
)
QUOTE_MARKS = "\"'“”‘’"  # straight and curly quote marks, as items of their own
DETERMINERS = frozenset({"a", "an", "another", "the", "this", "that", "these", "those", "each", "every"})
SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "one", "single"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
PRONOUNS = frozenset(
    "he she it they we i you him them us me himself herself themselves itself who whom which "
    "what someone anyone everyone somebody anybody everybody".split()
)
# What of one person an attack hits, named "the ... of" that person: "the car of a judge", "the
# house of a village headman".
BELONGINGS_HIT = frozenset("house home car office shop".split())
PREPOSITIONS = frozenset(
    """in on at by for from with without to into onto near during after before since until till
    between among amid amidst across against along alongside around behind beside besides beyond inside
    outside over under through throughout toward towards upon via within per despite including
    like than as off out up down about following after amongst while when where whereas because
    although though if that which who whom whose whether unless once""".split()
)
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "so", "yet", "&", "plus"})
# Common verbs that end a noun phrase and start a clause; words as often nouns ("strike",
# "attack", "fire", "report") are left out.
CLAUSE_VERBS = frozenset(
    """said say says told tell tells added reported stated announced announce confirmed confirm
    confirms claimed wrote writes posted showed shows revealed indicated suggested estimated noted
    according saw struck fled flee opened attacked launched detonated exploded carried came went
    took gave made blew went rammed stormed raided shelled bombed targeted fired is are was were
    be been has have had do does did will would could should may might must can shall seems
    seemed appear appeared include includes included sustained suffered received""".split()
)
CLAUSE_STARTS = frozenset({"who", "which", "whose", "because", "while", "although", "though", "but", "whereas"})
TITLES = frozenset(
    """general gen brigadier colonel col lieutenant lt major maj captain capt sergeant sgt corporal
    commander admiral marshal dr doctor prof professor sheikh imam mullah ayatollah mr mrs ms
    president minister governor mayor judge rabbi father reverend rev""".split()
)
KIN = frozenset(
    """wife husband son daughter brother sister mother father child baby grandson granddaughter
    grandchild grandfather grandmother uncle aunt nephew niece cousin fiance fiancee sons daughters
    children grandchildren grandsons granddaughters brothers sisters parents friend friends companion
    companions colleague colleagues neighbour neighbours neighbor neighbors
    cousins nephews nieces uncles aunts wives husbands grandparents
    mother-in-law father-in-law son-in-law daughter-in-law brother-in-law sister-in-law
    girlfriend boyfriend partner fiancée stepson stepdaughter stepfather stepmother""".split()
)
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "bint", "ben"})
MONTHS_AND_DAYS = frozenset({*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS})
# Words in -ed and -ing that are not verbs in a noun phrase.
_ADJECTIVES_IN_ED = frozenset(
    """armed unarmed unidentified identified suspected alleged displaced detained named unnamed
    masked retired trained related united based affiliated backed led allied aged elderly
    disabled unemployed married uniformed injured wounded killed kidnapped abducted captured
    missing beloved talented respected renowned wanted assorted unspecified estimated
    confirmed reported decapitated mutilated dismembered charred decomposed blindfolded handcuffed""".split()
)
_NOT_VERBS_IN_ING = frozenset(
    """wedding building evening morning bombing shooting shelling fighting uprising offspring sibling
    siblings ceiling following including during something nothing anything everything king
    spring string ring thing things neighbouring neighboring surrounding adjoining""".split()
)


def verb_like(low: str) -> bool:
    """Whether a lower-case word is likely a verb (ends a noun phrase, starts a clause)."""
    if low in CLAUSE_VERBS:
        return True
    if "-" in low or low in ROLES:
        return False
    return (low.endswith("ed") and len(low) > 4 and low not in _ADJECTIVES_IN_ED) or (
        low.endswith("ing") and len(low) > 5 and low not in _NOT_VERBS_IN_ING
    )
