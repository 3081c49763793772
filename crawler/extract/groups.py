"""Who a figure counts: nationality or affiliation, role, and one label ("Iranian fighters").

``describe`` reads the words of a noun phrase ("seven Afghan ... fighters", "members of the
pro-government militia", "Iran's overall commander in Syria") and returns a ``Group``.  Each role
belongs to a side (civilians, state forces, armed groups, or nobody in particular); the side is
what tells two figures apart when deciding whether they count the same people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Side = Literal["civilian", "forces", "armed", "any"]

# Demonyms, and the countries they belong to ("Iran's commander" is Iranian).
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "american": "United States", "iranian": "Iran", "iraqi": "Iraq",
    "syrian": "Syria", "israeli": "Israel", "palestinian": "Palestine", "lebanese": "Lebanon",
    "pakistani": "Pakistan", "indian": "India", "turkish": "Turkey", "russian": "Russia",
    "ukrainian": "Ukraine", "saudi": "Saudi Arabia", "yemeni": "Yemen", "egyptian": "Egypt",
    "libyan": "Libya", "tunisian": "Tunisia", "algerian": "Algeria", "moroccan": "Morocco",
    "sudanese": "Sudan", "somali": "Somalia", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "eritrean": "Eritrea", "nigerian": "Nigeria", "nigerien": "Niger", "cameroonian": "Cameroon",
    "chadian": "Chad", "malian": "Mali", "burkinabe": "Burkina Faso", "congolese": "Congo",
    "ugandan": "Uganda", "rwandan": "Rwanda", "burundian": "Burundi", "mozambican": "Mozambique",
    "colombian": "Colombia", "mexican": "Mexico", "venezuelan": "Venezuela", "british": "Britain",
    "french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain",
    "canadian": "Canada", "australian": "Australia", "chinese": "China", "filipino": "Philippines",
    "burmese": "Myanmar", "bangladeshi": "Bangladesh", "jordanian": "Jordan", "emirati": "UAE",
    "qatari": "Qatar", "kuwaiti": "Kuwait", "bahraini": "Bahrain", "azerbaijani": "Azerbaijan",
    "armenian": "Armenia", "georgian": "Georgia", "tajik": "Tajikistan", "uzbek": "Uzbekistan",
    "nepali": "Nepal", "thai": "Thailand", "polish": "Poland", "dutch": "Netherlands",
    "belgian": "Belgium", "senegalese": "Senegal", "ghanaian": "Ghana", "ivorian": "Ivory Coast",
    "guinean": "Guinea", "mauritanian": "Mauritania", "tanzanian": "Tanzania",
    "zimbabwean": "Zimbabwe", "south african": "South Africa", "south sudanese": "South Sudan", "sri lankan": "Sri Lanka",
    "kurdish": "Kurdistan", "chechen": "Chechnya", "korean": "Korea", "japanese": "Japan",
}  # fmt: skip
COUNTRIES: dict[str, str] = {country.lower(): demonym.title() for demonym, country in DEMONYMS.items()}
COUNTRIES.update({"us": "American", "u.s": "American", "usa": "American", "america": "American",
                  "uk": "British", "gaza": "Palestinian", "west bank": "Palestinian",
                  "drc": "Congolese", "dr congo": "Congolese", "myanmar": "Burmese"})  # fmt: skip

# Peoples, sects and organised forces named like a nationality.
AFFILIATIONS: dict[str, str] = {
    "hezbollah": "Hezbollah", "hizbollah": "Hezbollah", "hamas": "Hamas", "taliban": "Taliban",
    "islamic state": "Islamic State", "isis": "Islamic State", "isil": "Islamic State",
    "daesh": "Islamic State", "al-qaeda": "al-Qaeda", "al qaeda": "al-Qaeda",
    "al-shabaab": "al-Shabaab", "al-shabab": "al-Shabaab", "shabaab": "al-Shabaab",
    "boko haram": "Boko Haram", "houthi": "Houthi", "houthis": "Houthi", "pkk": "PKK",
    "ypg": "YPG", "sdf": "SDF", "irgc": "Revolutionary Guards",
    "revolutionary guards": "Revolutionary Guards", "quds force": "Quds Force", "basij": "Basij",
    "wagner": "Wagner", "eln": "ELN", "farc": "FARC", "jnim": "JNIM", "aqap": "AQAP",
    "hts": "Hayat Tahrir al-Sham", "hayat tahrir al-sham": "Hayat Tahrir al-Sham",
    "al-nusra": "al-Nusra", "nusra": "al-Nusra", "islamic jihad": "Islamic Jihad",
    # the armed groups of Syria's, Sinai's and Lake Chad's wars that strike reports name as the dead:
    # "killed five Tahrir al-Sham members", "two Jaish al-Islam fighters", "16 Wilayat Sinai militants"
    "tahrir al-sham": "Hayat Tahrir al-Sham", "hay'at tahrir al-sham": "Hayat Tahrir al-Sham",
    "jabhat fateh al-sham": "Jabhat Fateh al-Sham", "jaish al-islam": "Jaish al-Islam",
    "jaish al-fatah": "Jaish al-Fatah", "ahrar al-sham": "Ahrar al-Sham", "wilayat sinai": "Wilayat Sinai",
    "iswap": "ISWAP",
    # and the rebels of Syria that Russian strike reports name beside the civilians ("Ten members of
    # the Free Syrian Army were also killed", "three Faylaq al-Rahman fighters")
    "free syrian army": "Free Syrian Army", "faylaq al-rahman": "Faylaq al-Rahman", "faylaq al-sham": "Faylaq al-Sham",
    "jaish al-izza": "Jaish al-Izza", "nour al-din al-zenki": "Nour al-Din al-Zenki",
    "fatah": "Fatah", "peshmerga": "Peshmerga", "amisom": "AMISOM", "minusma": "MINUSMA",
    "isaf": "ISAF", "nato": "NATO", "un": "UN", "u.n.": "UN", "shia": "Shia", "shiite": "Shia",
    "sunni": "Sunni", "alawite": "Alawite", "yazidi": "Yazidi", "druze": "Druze",
    "christian": "Christian", "christians": "Christian", "muslim": "Muslim", "jewish": "Jewish",
    "arab": "Arab", "baluch": "Baluch", "baloch": "Baluch", "pashtun": "Pashtun",
    "hazara": "Hazara", "punjabi": "Punjabi", "fulani": "Fulani", "tuareg": "Tuareg",
    "popular mobilization forces": "Popular Mobilization Forces", "pmf": "Popular Mobilization Forces",
    "regime": "regime", "pro-government": "pro-government", "government": "government",
    "coalition": "coalition", "rebel": "rebel", "opposition": "opposition",
}  # fmt: skip

# Armed groups that, named alone as the people ("12 Taliban were killed"), are their fighters.
ARMED_GROUPS = frozenset(
    """Taliban Hamas Hezbollah al-Qaeda al-Shabaab PKK YPG JNIM AQAP ISWAP al-Nusra FARC ELN""".split()
    + ["Islamic State", "Boko Haram", "Islamic Jihad", "Hayat Tahrir al-Sham", "Jabhat Fateh al-Sham",
       "Jaish al-Islam", "Jaish al-Fatah", "Ahrar al-Sham", "Wilayat Sinai", "Free Syrian Army", "Faylaq al-Rahman",
       "Faylaq al-Sham", "Jaish al-Izza", "Nour al-Din al-Zenki"]
)

# Role words, their canonical label and side.
_ROLE_WORDS: tuple[tuple[str, Side, str], ...] = (
    ("people", "any", "people persons person individuals individual victims victim others other more "
                      "members member bodies body casualties souls lives"),
    ("civilians", "civilian", "civilians civilian residents resident villagers villager inhabitants "
                              "locals farmers farmer shepherds shepherd herdsmen herdsman herders herder fishermen fisherman "
                              "worshippers worshipper worshipers worshiper pilgrims pilgrim "
                              "passengers passenger shoppers shopper mourners mourner guests guest wedding-goers "
                              "bystanders bystander passers-by passer-by passersby passerby onlookers onlooker pedestrians pedestrian motorists motorist cyclists cyclist drivers driver "
                              "foreigners foreigner vendors vendor merchants merchant traders trader businessmen "
                              "businessman "
                              "tourists tourist visitors visitor expatriates citizens citizen shopkeepers shopkeeper "
                              "owners owner patients patient lecturers lecturer professors professor academics "
                              "academic scientists scientist poets poet singers singer artists artist footballers footballer voters voter landlords landlord "
                              "tenants tenant tribesmen tribesman nomads nomad hunters hunter loggers logger porters porter "
                              "schoolteachers schoolteacher headmasters headmaster churchgoers churchgoer congregants "
                              "congregant parishioners parishioner devotees devotee holidaymakers holidaymaker spectators "
                              "spectator concertgoers concertgoer revellers reveller partygoers partygoer diners diner "
                              "customers customer commuters commuter travellers traveller travelers traveler truckers "
                              "trucker motorcyclists motorcyclist hawkers hawker woodcutters woodcutter peasants peasant "
                              "landowners landowner ranchers rancher orphans orphan widows widow youngsters youngster "
                              "adolescents adolescent pensioners pensioner retirees retiree settlers settler "
                              # the couple of a wedding party: "killing the groom and four guests"
                              "grooms groom bridegrooms bridegroom brides bride"),
    ("children", "civilian", "children child kids kid boys boy girls girl infants infant babies baby "
                             "toddlers toddler minors minor teenagers teenager schoolchildren students "
                             "student pupils pupil newborn schoolboys schoolboy schoolgirls schoolgirl"),
    ("women", "civilian", "women woman mothers mother wives wife daughters daughter sisters sister "
                          "grandmother granddaughter niece aunt"),
    ("men", "civilian", "men man fathers father husbands husband sons son brothers brother "
                        "grandfather uncle uncles nephew cousins cousin grandson lads"),
    ("family members", "civilian", "relatives relative family families"),
    ("journalists", "civilian", "journalists journalist reporters reporter photographers "
                                "photographer cameramen cameraman editors editor publishers publisher columnists "
                                "columnist bloggers blogger broadcasters broadcaster newsreaders newsreader "
                                "photojournalists photojournalist correspondents correspondent"),
    ("medics", "civilian", "medics medic paramedics paramedic doctors doctor physicians physician surgeons surgeon "
                           "nurses nurse midwives midwife "
                           "pharmacists pharmacist vaccinators vaccinator "
                           "rescuers rescuer responders firefighters firefighter firemen fireman"),
    ("aid workers", "civilian", "aid-workers humanitarians"),
    ("workers", "civilian", "workers worker employees employee staff staffers staffer labourers labourer laborers "
                            "laborer interpreters interpreter translators translator mechanics mechanic "
                            "watchmen watchman "
                            # the hands of a trade: "a truck driver and his assistant", "an assistant coach"
                            "assistants assistant apprentices apprentice "
                            # the rubber tappers of southern Thailand's plantations: "shot dead a rubber tapper"
                            "tappers tapper "
                            "contractors contractor engineers engineer teachers teacher miners miner "
                            "supervisors supervisor pilots pilot presenters presenter guides guide housekeepers housekeeper "
                            "maids maid cleaners cleaner executives executive managers manager secretaries secretary chauffeurs "
                            "chauffeur gardeners gardener clerks clerk cashiers cashier accountants accountant waiters waiter "
                            "bankers banker dentists dentist linemen lineman electricians electrician plumbers plumber "
                            "builders builder technicians technician crewmen crewman crewmembers seamen seaman mariners "
                            "mariner industrialists industrialist "
                            # who train or advise a force or a firm: "gunmen shot dead a NATO trainer"
                            "trainers trainer instructors instructor mentors mentor advisers adviser advisors advisor "
                            "consultants consultant surveyors surveyor architects architect"),
    ("migrants", "civilian", "migrants migrant refugees refugee displaced"),
    ("protesters", "civilian", "protesters protester protestors demonstrators demonstrator"),
    ("leaders", "civilian", "leaders leader officials official elders elder clerics cleric imams imam "
                            "preachers preacher pastors pastor clergymen clergyman priests priest deacons deacon chaplains chaplain vicars vicar muezzins muezzin catechists catechist seminarians "
                            "seminarian monks monk novices novice nuns nun judges judge lawyers "
                            "lawyer politicians politician councillors councillor councilors councilor diplomats "
                            "diplomat mayor chief activists activist scholars scholar "
                            "governors governor presidents president premiers premier chairman ministers minister lawmakers lawmaker spokesmen "
                            "spokesman spokeswoman aides aide "
                            # the traditional rulers of Nigeria and Ghana: "gunmen killed a monarch"
                            "monarchs monarch rulers ruler prosecutors prosecutor senators senator ambassadors "
                            "ambassador consuls consul bishops bishop rabbis rabbi headmen headman candidates candidate "
                            "envoys envoy magistrates magistrate missionaries missionary"),
    ("soldiers", "forces", "soldiers soldier troops troop servicemen serviceman personnel marines "
                           "marine sailors sailor airmen airman aircrew aircrews conscripts conscript recruits recruit cadets cadet "
                           "reservists reservist sergeants sergeant corporals corporal paratroopers paratrooper army "
                           "jawans jawan troopers trooper sepoys sepoy lieutenants lieutenant captains captain "
                           # the ranks of the armies of South Asia: "a Naik and a Sepoy embraced martyrdom"
                           "naiks naik havildars havildar subedars subedar "
                           # the lowest rank, a noun only as a head: "two others, a sergeant and a private,"
                           "privates private"),
    ("police", "forces", "police policemen policeman policewomen policewoman officers officer cops cop "
                         "gendarmes gendarme constables constable patrolmen patrolman "
                         # the ranks of the police of South Asia: "a DSP and two constables were martyred"
                         "inspectors inspector sub-inspectors sub-inspector dsps dsp shos sho asis asi spos spo"),
    ("security forces", "forces", "forces force guards guard sentries sentry bodyguards bodyguard agents paramilitaries "
                                  "guardsmen guardsman wardens warden warders warder carabinieri "
                                  "paramilitary "
                                  # the paramilitary rangers of Thailand's south and Pakistan, and forest rangers:
                                  # "gunmen shot dead a ranger on patrol in Yala"
                                  "rangers ranger"),
    ("peacekeepers", "forces", "peacekeepers peacekeeper"),
    ("commanders", "armed", "commanders commander generals general colonels colonel admirals admiral officers"),
    ("fighters", "armed", "fighters fighter combatants combatant militiamen militiaman militia "
                          "mercenaries mercenary volunteers mujahideen"),
    ("militants", "armed", "militants militant insurgents insurgent jihadists jihadist extremists "
                           "extremist islamists islamist terrorists terrorist gunmen gunman "
                           "attackers attacker assailants assailant bombers bomber planters planter separatists "
                           "separatist rebels rebel guerrillas guerrilla opponents perpetrators perpetrator naxals naxal "
                           "naxalites naxalite maoists maoist rustlers rustler hijackers hijacker"),
    ("prisoners", "any", "prisoners prisoner detainees detainee inmates inmate hostages hostage"),
    # the outlaws whom police "encounters" kill in Indian news: "police shot dead a wanted criminal"
    ("criminals", "any", "criminals criminal gangsters gangster smugglers smuggler robbers robber thieves thief "
                         "dacoits dacoit history-sheeters history-sheeter"),
    # and a force's or a service's word for its own dead, as its leaders and readers write it: "we have lost 400 of
    # our bravest", "the regiment lost 24 of its finest"
    ("comrades", "any", "comrades comrade bravest finest"),
    # who helped an attacker or a criminal, of either kind: "the bomber's accomplice was wounded"
    ("accomplices", "any", "accomplices accomplice"),
    ("deputies", "any", "deputies deputy"),  # "the commander and his deputy": of whoever they stand in for
)
ROLES: dict[str, tuple[str, Side]] = {}
for _label, _side, _words in _ROLE_WORDS:
    for _word in _words.split():
        ROLES.setdefault(_word, (_label, _side))

# Heads that are never people.
NOT_PEOPLE = frozenset(
    """houses homes buildings building vehicles vehicle cars car trucks tanks tank animals sheep
    goats cows cattle camels horses donkeys dogs livestock birds chickens trees aircraft planes
    jets drones helicopters rockets missiles shells projects times points goals seats votes
    villages towns cities fronts attacks strikes airstrikes raids days weeks months years hours
    minutes percent dollars projectiles mines bombs generations tours deployments terms stints
    shifts tires tyres pizzas burgers beers bottles batteries phones laptops processes
    plants zombies mosquitoes flies rats mice insects bugs snakes deer pigs wolves""".split()
)

_WORD = re.compile(r"[\w'’.-]+")
_POSSESSIVE = re.compile(r"^(?P<country>[A-Z][\w.]*(?: [A-Z][\w.]*)?)[’']s$")
_ORIGIN = re.compile(r"\bfrom ((?:[A-Z]\w+)(?:(?:,| and) [A-Z]\w+)*)")


@dataclass(frozen=True, slots=True)
class Group:
    """Who a figure counts, as far as the words say."""

    nationality: str | None = None  # or affiliation: "Iranian", "Hezbollah", "Shia"
    role: str | None = None  # canonical, plural: "fighters", "civilians", "children"
    label: str | None = None  # "Iranian fighters"
    side: Side = "any"


# A figure's words are described again by later steps (its group, the people named, the
# restatements): the last phrases' readings are kept.
@lru_cache(maxsize=256)
def describe(phrase: str) -> Group:
    """Read who a noun phrase is about; unknown words leave the fields empty.

    The role is the last role word before any "of" phrase ("members of the regular forces" are
    forces, "commanders of the brigade" are commanders).  Without a known nationality, up to three
    capitalised words right before the role stand for it ("AMISOM soldiers").
    """
    words = _WORD.findall(phrase)
    lowered = [word.lower().strip(".") for word in words]
    nationality = _nationality(words, lowered)
    role: str | None = None
    side: Side = "any"
    own_name = _armed_group_words(nationality)
    for word in lowered:
        if word == "of" and role and role != "people":
            break
        if word in ROLES and word not in own_name and not (role is not None and ROLES[word][0] == "people"):
            role, side = ROLES[word]  # "army members", "militia members": the role before "members"
    if role == "people" and nationality:
        role = None
    if nationality is None and role is None:
        capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _NOT_NAMES]
        if capitalised and len(capitalised) <= 3 and all(w.lower() not in ROLES for w in capitalised):
            nationality = " ".join(capitalised) if _before_role(words, capitalised) else None
    label = " ".join(part for part in (nationality, role) if part) or None
    origin = _ORIGIN.search(phrase)
    if label and origin:
        label += f" from {origin.group(1)}"
    return Group(nationality, role, label, side)


def _armed_group_words(name: str | None) -> frozenset[str]:
    """The words of an armed group's name, which name no role of its own: "members of the Free
    Syrian Army" are the group's members, not soldiers of an army."""
    return frozenset(name.lower().split()) if name in ARMED_GROUPS else frozenset()


def side_of(role: str | None) -> Side:
    """The side of a canonical role ("fighters" are armed, "police" state forces)."""
    return _SIDES.get(role or "", "any")


_SIDES: dict[str, Side] = {label: side for label, side in ROLES.values()}
_NOT_NAMES = frozenset({"the", "a", "an", "his", "her", "their", "its", "at", "least", "more", "than"})
# Affiliations that only say whose side, read when no proper name is given.
GENERIC_AFFILIATIONS = frozenset({"regime", "pro-government", "government", "coalition", "rebel", "opposition"})


def _before_role(words: list[str], capitalised: list[str]) -> bool:
    last = words.index(capitalised[-1])
    return last + 1 < len(words) and words[last + 1].lower() in ROLES


# The first words of the names of two or three words ("islamic" of "islamic state"): the words
# after any other word are not read with it.
_FIRST_OF_LONGER = frozenset(name.split(" ")[0] for names in (AFFILIATIONS, DEMONYMS, COUNTRIES) for name in names if " " in name)


def _nationality(words: list[str], lowered: list[str]) -> str | None:
    generic: str | None = None
    for i, word in enumerate(lowered):
        candidates: tuple[str, ...] = (word,)
        if word in _FIRST_OF_LONGER:
            pair = f"{word} {lowered[i + 1]}" if i + 1 < len(lowered) else ""
            triple = f"{pair} {lowered[i + 2]}" if i + 2 < len(lowered) else ""
            candidates = (triple, pair, word)
        for candidate in candidates:
            if candidate in AFFILIATIONS and (candidate != "un" or words[i] == "UN"):
                if candidate not in GENERIC_AFFILIATIONS:
                    return AFFILIATIONS[candidate]
                generic = generic or AFFILIATIONS[candidate]
            elif candidate in DEMONYMS:
                return candidate.title()
            elif candidate.endswith("s") and candidate[:-1] in DEMONYMS:  # "12 Palestinians"
                return candidate[:-1].title()
            elif candidate in COUNTRIES and i + 1 < len(lowered) and lowered[i + 1] in ROLES:  # "U.S. troops"
                return COUNTRIES[candidate]
        possessive = _POSSESSIVE.match(words[i]) if words[i].endswith(("'s", "’s")) else None
        if possessive and possessive.group("country").lower() in COUNTRIES:
            return COUNTRIES[possessive.group("country").lower()]
    return generic


# The speaker of a figure of "its" or "their" own men: "South Sudan said 22 of its soldiers had been
# killed", "the Israeli military said three of its soldiers died", "Hezbollah announced that two of
# its fighters were killed": the men are the speaker's.
_OWN_MEN = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|fighters|members|men|servicemen|personnel"
    r"|policemen|officers|commanders|militants)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)(?:['’]s)?"
    r"(?:\s+(?:army|military|government|armed\s+forces|forces|(?:defen[cs]e\s+)?ministry|spokesman|movement|group))?"
    r"\s+(?:said|says|announced|confirmed|acknowledged|admitted|reported)\b"
)


def owner_nationality(before: str, figure: str) -> str | None:
    """The nationality or affiliation of the speaker whose own men a figure counts ("22 of its
    soldiers" after "South Sudan said": South Sudanese), from the words of the sentence
    ``before`` the figure; None when the figure is of no one's own men or the speaker is not a
    country, a people or an armed group."""
    if _OWN_MEN.search(figure) is None:
        return None
    speakers = list(_SPEAKER.finditer(before))
    if not speakers:
        return None
    name = speakers[-1].group("name").lower()
    name = name[4:] if name.startswith("the ") else name
    if name in COUNTRIES:
        return COUNTRIES[name]
    if name in DEMONYMS:
        return name.title()
    return AFFILIATIONS.get(name)

