"""The words that say what happened to people: killed, wounded, captured, missing.

Each word is filed by how it links to the people it is about, because that decides where the
tally extractor looks for them:

* ``PARTICIPLES``: after the people ("12 fighters were killed", "43 militants killed in ...",
  "two dead"); "killed", "wounded" and "injured" can also be active verbs ("the blast killed 19"),
  which the extractor tells apart by what follows them;
* ``INTRANSITIVE``: after the people, never active ("five civilians died");
* ``ACTIVE``: before the people ("killing 61 people", "kidnapped at least 125 teachers");
* ``NOUNS``: after a number ("12 deaths", "five bodies") or before "of" ("the deaths of 12").

Multi-word phrases ("shot dead", "lost their lives", "taken prisoner") are written with single
spaces; ``PHRASE_STARTS`` lets the extractor try them before single words.

Readings decided once:

* an execution is a death: "executed", "hanged" ("three prisoners were hanged at dawn") count
  the killed like any other killing; whether the death belongs to a conflict is the event
  class's to say, not the outcome word's;
* "casualties" are the dead and the wounded together: "suffered 42 casualties" has no figure of
  either, and none is made up by splitting it ("42 casualties, including 10 dead" counts the 10);
* an attempt is no outcome: "tried to stab a guard", "attempted to kidnap three teachers" (the
  tally reader skips a verb after "tried to", "attempted to");
* "neutralised" and "eliminated" kill armed men only (``ARMED_ONLY``): "troops neutralised 12
  terrorists" counts, "Spain was eliminated" does not; in quote marks the word stays the army's;
* people of either of two outcomes ("killed or wounded", "dead or missing", "killed or captured")
  are of neither alone, as "casualties" are.
"""

from __future__ import annotations

from crawler.extract.records import Outcome

PARTICIPLES: dict[str, Outcome] = {
    "killed": "killed", "dead": "killed", "deceased": "killed", "slain": "killed", "martyred": "killed",
    "buried": "killed", "executed": "killed", "massacred": "killed", "murdered": "killed",
    "assassinated": "killed", "beheaded": "killed", "decapitated": "killed", "slaughtered": "killed", "butchered": "killed", "lynched": "killed", "shot dead": "killed",
    "gunned down": "killed", "shot and killed": "killed", "stabbed to death": "killed",
    "beaten to death": "killed", "burned to death": "killed", "burnt to death": "killed",
    "tortured to death": "killed", "shot to death": "killed", "hacked to death": "killed",
    "crushed to death": "killed", "trampled to death": "killed", "clubbed to death": "killed",
    "bludgeoned to death": "killed", "kicked to death": "killed", "strangled to death": "killed", "put to death": "killed", "confirmed dead": "killed",
    "found dead": "killed", "crucified": "killed", "stoned to death": "killed",
    "mowed down": "killed", "mown down": "killed", "burned alive": "killed", "burnt alive": "killed",
    "fatally shot": "killed", "fatally wounded": "killed", "fatally injured": "killed",
    "fatally stabbed": "killed", "hanged": "killed", "gassed": "killed", "gassed to death": "killed",
    "froze to death": "killed", "frozen to death": "killed", "starved to death": "killed",
    "crushed under the rubble": "killed", "crushed under rubble": "killed",
    # a family or a unit killed to the last: "a family of seven was wiped out" (the active voice: ``ACTIVE``)
    "wiped out": "killed",
    # death told by who found it: "declared dead at the hospital", and in South Asian English "declared brought
    # dead" (dead on arrival), "charred to death", and in Nigerian English "macheted to death"
    "declared dead": "killed", "pronounced dead": "killed", "brought dead": "killed",
    "declared brought dead": "killed", "charred to death": "killed", "macheted to death": "killed",
    # and by the rescuers who brought the dead out of the rubble: "three more were pulled dead from the
    # rubble", "two children were pulled out dead" (not "pulled out alive")
    "pulled dead": "killed", "pulled out dead": "killed", "dug out dead": "killed",
    "done to death": "killed",  # killed, in South Asian English: "six members of a family were done to death"
    "suffocated": "killed", "asphyxiated": "killed",  # "soldiers suffocated 69 detainees in a wagon"
    "mortally wounded": "killed", "mortally injured": "killed", "electrocuted": "killed",
    # an execution by firing squad: "nine men were lined up and shot" ("shot" alone may be a wound)
    "lined up and shot": "killed", "lined up and shot dead": "killed",
    # the forces' abbreviations, as soldiers and their readers write them: "25 Marines were KIA", "my unit had 9 KIA,
    # 30 WIA" (only in capitals: ``CAPITALS_ONLY``)
    "kia": "killed", "wia": "wounded",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "maimed": "wounded",
    "blinded": "wounded", "paralysed": "wounded", "paralyzed": "wounded",
    "shot and wounded": "wounded", "stabbed": "wounded",
    "injuried": "wounded",  # a frequent misspelling in hand-written lists: "his wife were injuried"
    "kiled": "killed",  # and its like: "Three people were kiled and two injured"
    "neutralised": "killed", "neutralized": "killed", "eliminated": "killed", "sent to hell": "killed",
    "captured": "captured", "abducted": "captured", "kidnapped": "captured",
    "taken prisoner": "captured", "taken hostage": "captured", "taken captive": "captured",
    "taken prisoners": "captured", "held hostage": "captured", "held captive": "captured",
    "held prisoner": "captured",
    "missing": "missing", "unaccounted for": "missing",
    "buried under the rubble": "missing", "buried under rubble": "missing",  # trapped, alive or dead
    # how the dead were found, as bodies dumped in a war or a feud are told: "five men were found shot
    # dead", "three were found beheaded" (not "found killed" or "found wounded", said of people whom a
    # report already counts)
    **{
        f"found {manner}": "killed"
        for manner in (
            "shot dead", "shot to death", "stabbed to death", "beaten to death", "hacked to death",
            "strangled to death", "tortured to death", "burned to death", "burnt to death", "strangled",
            "beheaded", "decapitated", "hanged", "executed", "murdered", "slain", "butchered", "mutilated",
        )
    },
}  # fmt: skip

INTRANSITIVE: dict[str, Outcome] = {
    "died": "killed", "die": "killed", "dies": "killed", "perished": "killed", "drowned": "killed",
    "lost their lives": "killed", "lost his life": "killed", "lost her life": "killed",
    "lose their lives": "killed", "succumbed": "killed",
    "sacrificed their lives": "killed", "sacrificed his life": "killed", "gave their lives": "killed",
    "given their lives": "killed",
    "laid down their lives": "killed",
    # the forces' words for their dead: "two soldiers paid the supreme price", "made the ultimate sacrifice"
    "paid the supreme price": "killed", "paid the ultimate price": "killed",
    "made the supreme sacrifice": "killed", "made the ultimate sacrifice": "killed",
    "embraced martyrdom": "killed", "embraced shahadat": "killed", "embraced shahadah": "killed",
    "attained martyrdom": "killed", "attained shahadat": "killed",
    "sustained injuries": "wounded", "suffered injuries": "wounded", "sustained wounds": "wounded",
    "suffered wounds": "wounded", "sustained serious injuries": "wounded",
    "received injuries": "wounded", "received wounds": "wounded",
    "went missing": "missing", "disappeared": "missing",
    # a war's toll told as its rate, in the progressive: "3,000 Iraqis are dying every month in this war" (whether a
    # rate is a war's or no event is the event class's to say; "two of the wounded are dying" is no death yet)
    **{f"dying {each} {period}": "killed" for each in ("every", "each", "a") for period in ("day", "week", "month", "year")},
    # the dead of a killing counted as its victims: "the 3,000 victims of the massacre", "8,000 victims of the genocide"
    # (not the victims of an attack, a shooting or a repression, which counts the hurt and the jailed too)
    **{f"victims of {the} {killing}": "killed" for the in ("the", "that", "this")
       for killing in ("massacre", "massacres", "genocide", "killings", "executions", "mass killings")},
    # the forces' dead brought home, as their readers tell them: "450 already came home in boxes", "over 300 of our
    # boys have come home in flag-draped coffins", "came home in body bags"
    **{
        f"{verb} home in {container}": "killed"
        for verb in ("came", "come", "coming", "comes", "returned", "sent")
        for container in ("boxes", "coffins", "caskets", "body bags", "bodybags", "flag-draped coffins", "flag draped coffins",
                          "a box", "a coffin", "a body bag", "a casket", "flag-draped caskets")
    },
}  # fmt: skip

ACTIVE: dict[str, Outcome] = {
    "kill": "killed", "kills": "killed", "killed": "killed", "killing": "killed", "kiled": "killed",
    "execute": "killed", "executes": "killed", "executed": "killed", "executing": "killed",
    "massacre": "killed", "massacres": "killed", "massacred": "killed", "massacring": "killed",
    "murder": "killed", "murders": "killed", "murdered": "killed", "murdering": "killed",
    "slaughtered": "killed", "slaughtering": "killed", "butchered": "killed", "butchering": "killed",
    "assassinated": "killed",
    "decimated": "killed", "decimating": "killed", "buried": "killed", "bury": "killed",
    "buries": "killed", "burying": "killed",
    "assassinating": "killed", "beheaded": "killed", "beheading": "killed",
    "behead": "killed", "beheads": "killed", "decapitated": "killed", "decapitating": "killed", "crucify": "killed", "crucifies": "killed",
    "crucified": "killed", "crucifying": "killed",
    "claimed the lives of": "killed", "claiming the lives of": "killed",
    "claims the lives of": "killed", "took the lives of": "killed", "taking the lives of": "killed",
    "cost the lives of": "killed", "costing the lives of": "killed", "costs the lives of": "killed",
    "shooting dead": "killed", "gunning down": "killed", "shooting and killing": "killed",
    "fatally shooting": "killed", "fatally wounding": "killed", "fatally injuring": "killed",
    "fatally stabbing": "killed", "hanged": "killed", "gassed": "killed", "gassing": "killed",
    "lynched": "killed", "lynching": "killed", "suffocated": "killed", "asphyxiated": "killed",
    # "the boat capsized, drowning 12 migrants" ("drowned" is the intransitive verb: "12 migrants drowned")
    "drowning": "killed",
    # the object put after "to death": "a mob beat to death three men" ("beat" alone is no death)
    "beat to death": "killed", "beats to death": "killed", "beating to death": "killed",
    # a family or a unit killed to the last: "gunmen wiped out a family of eight"
    "wiped out": "killed", "wipes out": "killed", "wiping out": "killed",
    # the present tense of headlines: "Gunmen shoot dead 12 in Juarez", "Mob hacks to death 12 villagers"
    "shoot dead": "killed", "shoots dead": "killed", "stab to death": "killed", "stabs to death": "killed",
    "stabbing to death": "killed", "hack to death": "killed", "hacks to death": "killed",
    "hacking to death": "killed", "burn alive": "killed", "burns alive": "killed",
    "mow down": "killed", "mows down": "killed", "mowing down": "killed",
    "slay": "killed", "slays": "killed", "slew": "killed", "slaying": "killed",
    # "gunmen lined up and shot 14 passengers"
    "lined up and shot": "killed", "lined up and shot dead": "killed", "lines up and shoots": "killed",
    "maimed": "wounded", "maiming": "wounded",
    "wound": "wounded", "wounds": "wounded", "wounded": "wounded", "wounding": "wounded",
    "injure": "wounded", "injures": "wounded", "injured": "wounded", "injuring": "wounded",
    "hurting": "wounded",
    # the active "hurt" of list entries and wires: "the blast killed two and hurt five", "hurt dozens"
    "hurt": "wounded", "hurts": "wounded",
    "stab": "wounded", "stabs": "wounded", "stabbed": "wounded", "stabbing": "wounded",
    "lost": "killed", "loses": "killed", "losing": "killed",
    "neutralised": "killed", "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
    "eliminated": "killed", "eliminating": "killed",
    # the active voice of Pakistani and Afghan reports: "terrorists attacked a post, martyring four soldiers"
    "martyring": "killed", "martyred": "killed",
    "capture": "captured", "captures": "captured", "captured": "captured", "capturing": "captured",
    "abduct": "captured", "abducts": "captured", "abducted": "captured", "abducting": "captured",
    "kidnap": "captured", "kidnaps": "captured", "kidnapped": "captured", "kidnapping": "captured",
}  # fmt: skip

NOUNS: dict[str, Outcome] = {
    "death": "killed", "deaths": "killed", "dead": "killed", "deceased": "killed", "fatalities": "killed",
    "fatality": "killed", "bodies": "killed", "body": "killed", "corpses": "killed", "remains": "killed",
    "martyrs": "killed", "martyr": "killed", "killings": "killed", "killing": "killed",
    "murders": "killed", "murder": "killed", "executions": "killed", "execution": "killed",
    "lives": "killed",
    "injuries": "wounded", "injury": "wounded", "wounded": "wounded", "injured": "wounded",
    "wounding": "wounded",
    "abductions": "captured", "abduction": "captured", "kidnapping": "captured",
    "kidnappings": "captured", "capture": "captured", "hostages": "captured", "captives": "captured",
    "missing": "missing",
}  # fmt: skip

# The nouns a running toll is told by: "the toll rose to 22", "the tolls in both towns", "a total of 15".
TOLL_WORDS = frozenset({"toll", "tolls", "total", "tally"})

# Verbs whose object is a casualty only when it names armed men, kin, friends or people: "the army
# lost 13 men", "I lost two brothers in the war", "I lost two friends in the Bataclan attack",
# "losing three of their own", but not "Labour lost 40 seats", "the firm lost 200 employees" (nor
# colleagues) nor "the school lost 40 students".
LOSING = frozenset({"lost", "loses", "losing"})
# The noun of such a loss, its people after "of" and held to the same people, as communiques and
# wires tell a force's dead: "the NTC acknowledged the loss of 17 of its fighters", "the loss of 12
# troops in a single day"; not "the loss of 200 jobs", "the loss of three points".
LOSS_NOUNS = frozenset({"loss"})
LOST_PEOPLE = frozenset(
    """men people lives children sons daughters son daughter brothers sisters brother sister
    husband wife father mother parents relatives cousins cousin uncle nephew comrades own friends friend
    classmates classmate neighbours neighbour neighbors neighbor siblings sibling grandchildren grandchild
    grandsons grandson granddaughters granddaughter grandparents grandfather grandmother uncles aunt aunts
    nephews niece nieces lads guys buddies mates bravest finest""".split()
)  # a force's or a service's own, in its leaders' and its readers' words: "lost 400 of our bravest", "7 of our best lads",
# and a soldier's of his unit: "my unit lost 6 guys to IEDs", "we lost two buddies at Wanat"
# People a country or a town lost, casualties only when the event follows ("Iran, which lost 464
# citizens in the stampede", "Nepal lost 12 nationals during the attack"), not "lost 2,000
# citizens to emigration".
LOST_IN_AN_EVENT = frozenset("citizens nationals compatriots pilgrims civilians".split())

# Words of military press releases that kill only when their people are armed men: "troops
# neutralised 12 terrorists", "five insurgents were eliminated"; not "Spain was eliminated", "the
# team eliminated two rivals", "police neutralised the bomb".
ARMED_ONLY = frozenset(
    "neutralised neutralized neutralising neutralizing eliminated eliminating".split()
)

# Outcome words that are one only in capitals: "9 KIA" (killed in action), not the carmaker's "two Kia saloons".
CAPITALS_ONLY = frozenset({"kia", "wia"})

# "leaving 20 dead", "left 33 wounded": the word after the people says what happened.
LEAVING = frozenset({"leaving", "left", "leave", "leaves"})

# What a strike or a shutdown paralyses: no one's body.
HALTING = frozenset({"paralysed", "paralyzed"})
_HALTED = frozenset("normal life traffic business businesses trade commerce transport services operations work markets economy".split())

# Outcome words that do not report a casualty here.
NOT_CASUALTY_AFTER = {
    "death": frozenset({"sentence", "sentences", "penalty", "row", "threat", "threats", "certificate",
                        "squad", "squads", "toll", "march", "camp", "camps", "wish", "knell", "trap"}),
    "dead": frozenset({"end", "sea", "zone", "body"}),
    "body": frozenset({"armour", "armor", "bag", "bags", "count", "cam", "camera", "cameras"}),
    # a strike or a shutdown that brings a place to a halt, as South Asian papers tell a bandh: "the 48-hour
    # bandh paralysed normal life in the valley", "the strike paralysed traffic" (nobody's body)
    **dict.fromkeys(HALTING, _HALTED),
}  # fmt: skip
NOT_CASUALTY_BEFORE = frozenset({"sentenced", "condemned", "nearly", "near", "half", "brain", "civil"})

# The first word of every outcome word or phrase: what a sentence must hold to hold a casualty.
FIRST_WORDS = frozenset(
    [*(phrase.split()[0] for lexicon in (PARTICIPLES, INTRANSITIVE, ACTIVE) for phrase in lexicon), *NOUNS]
)

PHRASE_STARTS: dict[str, list[str]] = {}
for _lexicon in (PARTICIPLES, INTRANSITIVE, ACTIVE):
    for _phrase in _lexicon:
        if " " in _phrase:
            PHRASE_STARTS.setdefault(_phrase.split()[0], []).append(_phrase)
for _first in PHRASE_STARTS:
    PHRASE_STARTS[_first].sort(key=lambda phrase: -len(phrase.split()))
