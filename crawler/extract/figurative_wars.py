"""War words that name no war: figures of speech, and the past of a person or of a place.

"The street looked like a war zone", "a war on motorists", "a country that is not at war", "our
hallways have become a war zone", "it was a war from the opening bell"; and "an Army veteran who
served two tours in Iraq", "migrants fleeing war and poverty", whose war words say who they are,
not what befell them; and an act of terror or a mishap the sentence rules out ("police ruled out
terrorism", "ruled out a gas leak").  Read by ``events`` when it gathers a text's cue words.
"""

from __future__ import annotations

import re
from typing import TypeVar

from crawler.extract.scan import opening_on_letters

# A war word in a simile ("looked like a war zone", "armed like soldiers", "as if a bomb had hit
# it"), and a war on what no army fights: people in their daily roles, a feast, an idea, an illness.
# Not an example ("groups like al-Shabaab", "attacks like the bombing in Kabul"): a scene of war
# likened to, with no article or an indefinite one.
_SIMILE = re.compile(
    r"\b(?:like|as if|as though|resembl(?:ed|es|ing)|akin to)\s+(?:(?:a|an|real|literal|veritable|some sort of)\s+){0,2}$",
    re.IGNORECASE,
)
_SCENE_WORDS = re.compile(
    r"wars?(?: zones?)?|warfare|battle(?:fields?|grounds?)?|combat|soldiers|troops|army|bombs?|bombed|bombing|"
    r"explosions?|blasts?|massacres?|bloodbath|siege|front ?lines?|ambush(?:ed)?|shelling|missiles?|grenades?|"
    r"invasion|occupation|militias?|firing squad"
)
_WAR_WORDS = frozenset({"war", "wars", "warfare"})
# A war denied, which names none: "a country that is not at war", "no war was declared", "we are
# no longer at war".
_WAR_DENIED = re.compile(r"(?:\b(?:not|never|no longer)|n['’]t)\s+(?:(?:at|in|a|an|yet|even|been)\s+){0,2}$|\bno\s+$", re.IGNORECASE)
# A war zone a place of everyday life is said to be, as a copula tells it: "this is a war zone",
# "our hallways have become a war zone", "it's a war zone out there" (a war's own place is told by
# its name, its armies and its weapons, which still weigh).
_SAID_A_WAR_ZONE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|become|becomes|became|becoming|turned into|turns into)|['’]s)\s+"
    r"(?:(?:a|an|now|just|literally|really|truly|basically|virtually|another|total|complete|absolute)\s+){0,2}$",
    re.IGNORECASE,
)
# A war a pronoun is said to be: "it was a war from the opening bell", "it's a war out here" (a
# war's own news names it by its sides and its place, which still weigh).
_IT_WAS_A_WAR = re.compile(
    r"\b(?:it|this|that)(?:['’]s|\s+(?:is|was|has become|had become|became|turned into))\s+"
    r"(?:(?:a|an|all-out|total|real|just|pure)\s+)?$",
    re.IGNORECASE,
)
# A war a speaker names what they count, and no more: "ten people die on our roads every day and
# nobody calls that a war", "residents call it a war", "a war nobody calls a war" (a war on or against someone is named by its
# enemy: "they call it a war on drugs").
_CALLED_A_WAR = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:(?:it|this|that|them)\s+)?(?:(?:a|an|real)\s+){0,2}$", re.IGNORECASE)
_WAR_ON_SOMEONE = re.compile(r"\s+(?:on|against|of|with|between)\b", re.IGNORECASE)
# (speed) What a text with a simile holds, as written.
_SIMILE_HINT = re.compile(r"[Ll]ike|s if|s though|esembl|kin to")
_WAR_ON_NO_ENEMY = re.compile(
    r"\s+on\s+(?:the\s+)?(?:(?:city|town|country|nation|state|america|britain)['’]s\s+|our\s+|its\s+|their\s+)?"
    r"(?:cops|police|women|men|boys|girls|workers|unions|motorists|drivers|cyclists|smokers|"
    r"the poor|poverty|christmas|easter|science|truth|facts|reason|fun|cancer|obesity|coal|cars|black (?:bodies|men|"
    r"people|america|americans|lives)|young (?:people|men)|youth|kids|children|families|teachers|nurses|doctors|students|"
    r"voters|seniors|the elderly|(?:the )?middle class|woke|wokeness|"
    # the roads' dead and the ills a campaign fights: "Nigeria's forgotten war on the roads", "the war on malaria"
    r"roads|highways|speeding|drink[- ]driving|drunk driving|hunger|malaria|polio|aids|hiv|tb|tuberculosis|disease|"
    r"corruption|illiteracy|pollution|smoking|tobacco|"
    # and the epidemics and the bootleg liquor a government "declares war on": "a war on cholera", "a war on illicit liquor"
    r"cholera|ebola|dengue|measles|typhoid|covid(?:-19)?|coronavirus|(?:illicit |bootleg )?(?:liquor|alcohol)|hooch)\b",
    re.IGNORECASE,
)
# What a person lived through before, told to say who they are: "an Army veteran who served two
# tours in Iraq", "a veteran of the Afghan war", "migrants fleeing war and poverty": the war words
# there (up to two words before "veteran", three after what they served in, a war they fled, not
# who or what they fled from: "families who fled Israeli strikes" tells the war) are of their past,
# not of what befell them.
_PAST_OF_A_PERSON = re.compile(
    r"\b(?:[\w-]+ ){0,2}veterans?\b(?: of(?: [\w'’-]+){1,3})?|"
    r"\b(?:who|had|has|have) (?:had )?served (?:\w+ ){0,3}?(?:in|with)(?: [\w'’-]+){1,3}|"
    r"\b(?:fleeing|fled|escaping|escaped) (?:from )?(?:the )?(?:wars?|conflict|persecution|poverty)\b(?: (?:and|in) [\w'’-]+)?|"
    # the tours of duty a soldier or a reader counts: "my uncle served 2 tours in Iraq", "I did two tours in
    # Afghanistan" (not the tour soldiers were on when they were killed: "on their third tour in Helmand")
    r"\b(?:served|did|done|completed) (?:[\w-]+ ){0,2}?tours? (?:of duty )?(?:in|of|to)(?: [\w'’-]+){1,3}|"
    # and what a place lived through, told in a clause on it: "in northwest Syria, where years of civil war had
    # left hospitals short of supplies, 2,000 people died in the quake"
    r"\bwhere (?:years|decades|a decade) of (?:[\w-]+ ){0,2}?(?:wars?|conflict|fighting)\b",
    re.IGNORECASE,
)
_PAST_HINT = re.compile(r"veteran|served|fle[de]|scap|tours? |where (?:years|decades|a decade) of")  # (speed) what such a text holds, as written
_ANY_HINT = re.compile(f"{_SIMILE_HINT.pattern}|[Ww]ar|{_PAST_HINT.pattern}")

Found = tuple[str, int, str, int]  # a cue as ``event_words.find_cues`` finds it: event, weight, word, offset
# a cue as found or as weighed (``events.Cue``, its weight a float)
AnyCue = TypeVar("AnyCue", bound=tuple[str, float, str, int])


def without_figures_of_speech(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the conflict cues that are figures of speech (``figurative``), words of a
    person's past (``without_a_person_s_past``), the fighters of a fighting sport
    (``without_a_sport_s_fighters``), a match's rout told by its score (``without_a_scoreline_s_rout``),
    the idiom "run riot" (``without_running_riot``) or an act the sentence says was no terrorism
    (``without_terrorism_ruled_out``), and the mishap it rules out (``without_mishaps_ruled_out``)."""
    found = without_a_sport_s_fighters(text, found)
    if any(cue[0] == "conflict" and cue[2][:8].lower() == "massacre" for cue in found):  # (speed) the rare word first
        found = without_a_scoreline_s_rout(text, found)
    if " riot" in text or " Riot" in text:  # (speed) the idiom's word, as written
        found = without_running_riot(text, found)
    if "error" in text or "out " in text:  # (speed) "terror", "Terrorism" as written, or an act "ruled out"
        found = without_mishaps_ruled_out(text, without_terrorism_ruled_out(text, found))
    if ("found " in text or "overed " in text) and ("bodies" in text or "corpses" in text or "remains" in text):
        # (speed) the finding's verbs and what was found, as written
        found = without_the_finders_of_the_dead(text, found)
    if not any(cue[0] == "conflict" for cue in found) or not _ANY_HINT.search(text):
        return found  # (speed) what follows drops conflict cues only; then one pass over most texts
    similes = _SIMILE_HINT.search(text) is not None
    if similes or "war" in text or "War" in text:
        found = [cue for cue in found if cue[0] != "conflict" or not figurative(text, cue[2], cue[3], similes)]
    if _PAST_HINT.search(text):
        found = without_a_person_s_past(text, found)
    return found


# A fighting sport named in the text: its "fighters" are boxers, not an armed group's (not "bouts":
# "bouts of fighting" are a war's).
_FIGHTING_SPORT = re.compile(r"\b(?:boxing|boxers?|kick-?boxing|UFC|MMA|mixed martial arts|prize-?fight\w*)\b", re.IGNORECASE)


# Terrorism the police or investigators rule out, as news of a gas blast, a crash or a crime tells it:
# "police ruled out terrorism", "terrorism has been ruled out", "the blast was not terror-related", "there
# was no evidence of terrorism", "not being treated as an act of terrorism", and an army's "ruling out an
# attack" or "sabotage" after a blast at its depot, and a bomb ruled out after a blast in a building ("the
# attorney general ruled out a bomb") (not "police have not ruled out terrorism", nor "the
# bombing was an act of terrorism").
_TERRORISM_RULED_OUT = re.compile(
    r"(?<!not )(?<!n['’]t )\b(?:ruled|rules|ruling) out (?:an? |any )?(?:acts? of )?(?:terror|attack|sabotage|enemy action|bomb|explosives)|"
    r"\bterror[\w-]*(?: \w+)? (?:has been|had been|have been|was|were|is|being) ruled out|"
    r"\bnot (?:being treated as |treated as |considered |believed to be |thought to be )?(?:an? )?(?:acts? of )?terror(?:ism|ist)?\b|"
    r"\bno (?:evidence|signs?|indications?|suggestions?|links?|connections?) (?:of|to|with) (?:an? )?(?:acts? of )?terror|"
    r"\b(?:unrelated|not related) to terror",
    re.IGNORECASE,
)
_TERRORISM_RULED_OUT = opening_on_letters(_TERRORISM_RULED_OUT)  # (speed) skips in C where none of its words start
# The words of an act of terror that such a sentence denies: the terror itself and the blast,
# bombing, shooting or attack it tells of.
_ACT_OF_TERROR = re.compile(r"terror|attack|blast|explosi|bomb|shooting|gunm[ae]n|massacre", re.IGNORECASE)


# A match's rout told as a war's killing, right after its score: "the 44-3 massacre", "a 7-1 home massacre".
_SCORELINE_ROUT = re.compile(r"\b\d{1,3} ?[-–] ?\d{1,3} (?:[\w-]+ )?massacres?\b", re.IGNORECASE)
# A side, a crowd or a weed that "runs riot" does as it pleases, in a match report's headline, a garden
# column or a review ("Rovers run riot as derby ends 4-0", "the mint ran riot"): the idiom names no riot.
_RUN_RIOT = re.compile(r"\b(?:run|runs|ran|running)\s+riot\b", re.IGNORECASE)


def without_a_scoreline_s_rout(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the conflict words that name a match's rout by its score ("the 44-3 massacre left the coach
    with four injured players"): a sport's figure of speech."""
    spans = [match.span() for match in _SCORELINE_ROUT.finditer(text)]
    if not spans:
        return found
    return [cue for cue in found if cue[0] != "conflict" or not any(start <= cue[3] < end for start, end in spans)]


def without_running_riot(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the "riot" of the idiom "run riot" ("Rovers run riot as derby ends 4-0"):
    a riot's own news names its rioters, its clashes or its police, which still weigh."""
    spans = [match.span() for match in _RUN_RIOT.finditer(text)]
    if not spans:
        return found
    return [cue for cue in found if cue[0] != "conflict" or not any(start <= cue[3] < end for start, end in spans)]


def without_terrorism_ruled_out(text: str, found: list[AnyCue]) -> list[AnyCue]:
    """``found`` without the conflict words of an act the sentence says was no terrorism ("police
    ruled out terrorism and said the blast that killed six was caused by a gas leak", "the
    explosion was not terror-related"): the blast or the shooting it tells is a mishap's or a
    crime's; and so the blast of the title over such a sentence ("Blast at Pemex headquarters" over
    "the attorney general ruled out a bomb")."""
    if not _TERRORISM_RULED_OUT.search(text):
        return found
    return [cue for cue in found if cue[0] != "conflict" or not _ACT_OF_TERROR.search(cue[2])]


# A mishap the police rule out, right before its word: "police ruled out a gas leak and said the blast killed 9",
# "ruling out an accident" (not "have not ruled out a gas leak").
_MISHAP_RULED_OUT = re.compile(r"(?<!not )(?<!n['’]t )\b(?:ruled|rules|ruling) out (?:an? |any |the possibility of (?:an? )?)?$")


def without_mishaps_ruled_out(text: str, found: list[AnyCue]) -> list[AnyCue]:
    """``found`` without the words of an accident the sentence rules out ("police ruled out a gas leak
    and said the blast killed nine"): the blast is then an attack's, as its other words say."""
    return [cue for cue in found if cue[0] != "accident" or not _MISHAP_RULED_OUT.search(text, max(0, cue[3] - 40), cue[3])]


def without_a_sport_s_fighters(text: str, found: list[Found]) -> list[Found]:
    """``found`` without "fighters" as a conflict word where the text names a fighting sport ("boxing
    has killed more than 500 fighters since 1900", "eight fighters have died after boxing bouts")."""
    if not any(cue[0] == "conflict" and cue[2].lower() == "fighters" for cue in found) or not _FIGHTING_SPORT.search(text):
        return found  # (speed) the rare word first
    return [cue for cue in found if not (cue[0] == "conflict" and cue[2].lower() == "fighters")]


def figurative(text: str, word: str, start: int, similes: bool = True) -> bool:
    """Whether the war word ``word`` at ``start`` is a figure of speech for something else, or names
    no war: a simile ("the street looked like a war zone", "nurses armed like soldiers"), a war on
    what no army fights ("a war on cops", "the war on Christmas", "a war on black bodies"), a war
    denied ("a country that is not at war"), a war zone a place is said to be ("our schools have
    become a war zone"), a war a pronoun is said to be ("it was a war from the opening bell") or
    one a speaker calls what they count ("nobody calls that a war").
    ``similes``: whether the text may hold a simile at all."""
    low = word.lower()
    if similes and _SCENE_WORDS.fullmatch(low) and _SIMILE.search(text, max(0, start - 30), start):
        return True
    if low not in _WAR_WORDS:
        return False
    end = start + len(word)
    if _WAR_DENIED.search(text, max(0, start - 20), start):
        return True
    if text.startswith(" zone", end) and _SAID_A_WAR_ZONE.search(text, max(0, start - 40), start):
        return True
    if _IT_WAS_A_WAR.search(text, max(0, start - 30), start):
        return True
    if _CALLED_A_WAR.search(text, max(0, start - 30), start) and not _WAR_ON_SOMEONE.match(text, end):
        return True
    return bool(_WAR_ON_NO_ENEMY.match(text, end))


# The forces told as those who found the dead, as Mexican and local news tells a cartel's dumped bodies:
# "soldiers found 49 headless bodies dumped on a highway", "marines discovered the bodies of 15 men in a safe
# house": who found them, not who killed them nor who died (a war's act or place told beside them still weighs).
_FINDERS_OF_THE_DEAD = re.compile(
    r"\b(?:soldiers|troops|marines|sailors|(?:the )?army|(?:the )?navy)(?: [\w-]+){0,2}? (?:found|discovered|recovered|"
    r"unearthed) (?:the )?(?:bodies|remains|corpses|(?:[\d,]+|\w+) (?:[\w-]+ )?(?:bodies|corpses))\b",
    re.IGNORECASE,
)


def without_the_finders_of_the_dead(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the conflict words of the forces told as the finders of bodies ("soldiers found 49
    headless bodies dumped on a highway"): they say who found the dead, not what killed them."""
    spans = [match.span() for match in _FINDERS_OF_THE_DEAD.finditer(text)]
    if not spans:
        return found
    return [cue for cue in found if cue[0] != "conflict" or not any(start <= cue[3] < end for start, end in spans)]


def without_a_person_s_past(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the conflict words of what a person lived through before, told to say who
    they are ("an Army veteran who served two tours in Iraq", "migrants fleeing war and poverty")."""
    spans = [match.span() for match in _PAST_OF_A_PERSON.finditer(text)]
    if not spans:
        return found
    return [cue for cue in found if cue[0] != "conflict" or not any(start <= cue[3] < end for start, end in spans)]
