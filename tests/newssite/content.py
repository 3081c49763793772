"""Invented, deterministic news prose about the war in Syria and its neighbours.

The towns are real; every event, person, quote and figure is made up by a seeded
``random.Random``.  Casualty sentences come in the shapes wire reports use (a toll with a
qualifier, a running total, number words, a range, a subset, a named victim, a denial of any
casualties) and each is returned with the figures it states, so tests know what a reader of the
page should find.  Other sentences carry numbers that are not casualties (the displaced, aid
trucks, distances) as a reader of real news meets them.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from random import Random
from typing import Literal

Outcome = Literal["killed", "wounded", "captured", "missing"]

SITE_NAME = "Levant Dispatch"
TAGLINE = "Daily reporting on the war in Syria, Iraq and Lebanon"


@dataclass(frozen=True, slots=True)
class Figure:
    """One number a casualty sentence states."""

    count: int
    outcome: Outcome
    cumulative: bool = False  # a running total ("rose to 212 since the start of the offensive")
    count_max: int | None = None  # the upper end of a range ("between 9 and 12")


@dataclass(frozen=True, slots=True)
class CasualtySentence:
    """A sentence planted in a body, verbatim, with the figures it states (none for "No
    casualties were reported." or a named victim)."""

    text: str
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    province: str
    country: str

    @property
    def capitalized(self) -> str:
        """The name at the start of a sentence: "Al-Bab"."""
        return self.name[0].upper() + self.name[1:]


@dataclass(frozen=True, slots=True)
class Story:
    """A generated news story: what a post is made of."""

    title: str
    place: Place
    event: str  # "shelling", "airstrike", ...
    toll: int  # the death toll the lead states; updates raise it
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    casualty_sentences: tuple[CasualtySentence, ...]
    caption: str


_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "Syria": (
        ("Ariha", "Idlib"), ("Maarat al-Numan", "Idlib"), ("Saraqib", "Idlib"), ("Jisr al-Shughur", "Idlib"),
        ("Sarmada", "Idlib"), ("Atarib", "Aleppo"), ("Darat Izza", "Aleppo"), ("al-Bab", "Aleppo"),
        ("Azaz", "Aleppo"), ("Manbij", "Aleppo"), ("al-Mayadin", "Deir ez-Zor"), ("Albu Kamal", "Deir ez-Zor"),
        ("Tabqa", "Raqqa"), ("Tafas", "Daraa"), ("Jasim", "Daraa"), ("Douma", "Rif Dimashq"),
        ("Talbiseh", "Homs"), ("Kafr Nabudah", "Hama"), ("Qamishli", "Hasakah"),
    ),
    "Iraq": (
        ("Tarmiyah", "Salahuddin"), ("Tuz Khurmatu", "Salahuddin"), ("Hawija", "Kirkuk"), ("Sinjar", "Nineveh"),
        ("Tal Afar", "Nineveh"), ("Muqdadiyah", "Diyala"), ("Ramadi", "Anbar"), ("al-Qaim", "Anbar"),
    ),
    "Lebanon": (
        ("Nabatieh", "Nabatieh"), ("Bint Jbeil", "Nabatieh"), ("Khiam", "Nabatieh"), ("Baalbek", "Baalbek-Hermel"),
        ("Tyre", "South Lebanon"), ("Hermel", "Baalbek-Hermel"),
    ),
    "Turkey": (
        ("Kilis", "Kilis"), ("Akcakale", "Sanliurfa"), ("Reyhanli", "Hatay"), ("Nusaybin", "Mardin"),
        ("Ceylanpinar", "Sanliurfa"),
    ),
}  # fmt: skip
COUNTRIES: tuple[str, ...] = tuple(_PLACES)
_COUNTRY_WEIGHTS = (6, 2, 1, 1)

# Who attacks, and who speaks for them.
_SIDES = {
    "Syria": (("government forces", "the Syrian army"), ("Russian warplanes", "the Russian defence ministry"),
              ("Turkish-backed factions", "the Syrian National Army"), ("the Syrian Democratic Forces", "the SDF")),
    "Iraq": (("Islamic State militants", "Islamic State"), ("Turkish warplanes", "the Turkish defence ministry"),
             ("Iraqi security forces", "the Iraqi army")),
    "Lebanon": (("Israeli forces", "the Israeli military"), ("Hezbollah fighters", "Hezbollah")),
    "Turkey": (("Kurdish militants", "the PKK"), ("Turkish forces", "the Turkish defence ministry")),
}  # fmt: skip
_FIGHTER_GROUPS = {
    "Syria": ("opposition factions", "pro-government militias", "the Syrian Democratic Forces", "Islamic State"),
    "Iraq": ("Islamic State", "the Popular Mobilisation Forces"),
    "Lebanon": ("Hezbollah", "a Palestinian faction"),
    "Turkey": ("the PKK", "a Kurdish armed group"),
}
_MINISTRIES = {
    "Syria": "health ministry in Damascus",
    "Iraq": "Iraqi interior ministry",
    "Lebanon": "Lebanese health ministry",
    "Turkey": "provincial governor's office",
}


@dataclass(frozen=True, slots=True)
class _Attack:
    noun: str  # "shelling"
    title: str  # "Shelling"
    weapon: str  # "artillery shells", the subject of "... hit a market"
    on: str  # "the shelling of", so "in the shelling of Ariha"


_ATTACKS = (
    _Attack("shelling", "Shelling", "artillery shells", "the shelling of"),
    _Attack("airstrike", "Airstrike", "missiles fired by warplanes", "an airstrike on"),
    _Attack("drone strike", "Drone Strike", "a drone-fired missile", "a drone strike on"),
    _Attack("car bombing", "Car Bomb", "a car bomb", "a car bombing in"),
    _Attack("rocket attack", "Rocket Attack", "a salvo of rockets", "a rocket attack on"),
)
# Where a strike landed: as a sentence names it first, and then for short.
_TARGETS = (
    ("a vegetable market", "market"), ("a bakery", "bakery"), ("a primary school", "school"),
    ("a residential building", "apartment block"), ("a camp for displaced families", "displacement camp"),
    ("a mosque during Friday prayers", "mosque"), ("the main bus station", "bus station"),
    ("a petrol station", "petrol station"),
)  # fmt: skip
_SOURCES = ("Local officials", "Medical sources", "Rescue workers", "Health officials", "Hospital staff")
_MONITORS = ("a UK-based war monitor", "the local Civil Defence", "the provincial health directorate",
             "a monitoring group in the north", "the UN human rights office")  # fmt: skip
_JOBS = ("teacher", "nurse", "baker", "taxi driver", "pharmacist", "farmer", "student", "shopkeeper", "paramedic")
_FIRST = ("Ahmad", "Mariam", "Khaled", "Hala", "Yusuf", "Rasha", "Omar", "Fatima", "Samer", "Nour", "Bilal", "Dima")
_LAST = ("al-Hamoud", "Darwish", "Qassab", "al-Ali", "Haddad", "Barakat", "Shami", "al-Khatib", "Mansour", "Najjar")
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty").split()  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def number_word(n: int, *, capital: bool = False) -> str:
    word = _WORDS[n]
    return word.capitalize() if capital else word


def _ap(n: int) -> str:
    """A count in news style: words for one to nine, digits from 10."""
    return _WORDS[n] if 0 < n < 10 else str(n)


def clock_text(moment: datetime) -> str:
    """"3:05 pm", the way WordPress and wire copy write a time of day."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'am' if moment.hour < 12 else 'pm'}"


@dataclass(frozen=True, slots=True)
class _Scene:
    """The facts one story is about, shared by all its sentences."""

    place: Place
    other: Place  # a second town in the same country
    attack: _Attack
    attacker: str  # "Russian warplanes"
    side: str  # who speaks for the attacker: "the Russian defence ministry"
    group: str
    when: str  # "on Tuesday", "early on Tuesday", "on Tuesday night"
    weekday: str
    monitor: str
    source: str
    offensive_month: str
    target: str  # "a vegetable market"
    site: str  # the same, for short: "market"


def _person(r: Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


# Casualty sentences: each returns its text and the figures it states.
Shape = Callable[[Random, _Scene], CasualtySentence]


def _officials(r: Random, s: _Scene) -> CasualtySentence:
    killed, wounded = r.randint(3, 48), r.randint(5, 90)
    qualifier = r.choice(("at least ", "", "at least "))
    text = (f"{s.source} said {qualifier}{killed} civilians were killed and {wounded} wounded in "
            f"{s.attack.on} {s.place.name} {s.when}.")  # fmt: skip
    return CasualtySentence(text, (Figure(killed, "killed"), Figure(wounded, "wounded")))


def _children(r: Random, s: _Scene) -> CasualtySentence:
    killed = r.randint(4, 30)
    children = r.randint(2, min(killed - 1, 9))
    text = (f"{s.monitor[0].upper()}{s.monitor[1:]} said {killed} people, among them {_ap(children)} children, were "
            f"killed when {s.attack.weapon} hit {s.target} in {s.place.name}.")  # fmt: skip
    return CasualtySentence(text, (Figure(killed, "killed"), Figure(children, "killed")))


def _ministry(r: Random, s: _Scene) -> CasualtySentence:
    killed, wounded = r.randint(5, 60), r.randint(10, 120)
    text = f"The {_MINISTRIES[s.place.country]} put the toll at {killed} dead and more than {wounded} injured."
    return CasualtySentence(text, (Figure(killed, "killed"), Figure(wounded, "wounded")))


def _toll_rose(r: Random, s: _Scene) -> CasualtySentence:
    total = r.randint(60, 480)
    ending = r.choice(("since the start of the offensive", f"since the offensive began in {s.offensive_month}"))
    return CasualtySentence(f"The death toll rose to {total} {ending}.", (Figure(total, "killed", cumulative=True),))


def _soldiers_police(r: Random, s: _Scene) -> CasualtySentence:
    soldiers, police = r.randint(2, 12), r.randint(1, 5)
    return CasualtySentence(
        f"{number_word(soldiers, capital=True)} soldiers and {number_word(police)} police officers died.",
        (Figure(soldiers, "killed"), Figure(police, "killed")),
    )


def _bodies(r: Random, s: _Scene) -> CasualtySentence:
    bodies, injured = r.randint(3, 25), r.randint(4, 40)
    text = f"Rescuers pulled {bodies} bodies from the rubble overnight and took {injured} injured people to hospital."
    return CasualtySentence(text, (Figure(bodies, "killed"), Figure(injured, "wounded")))


def _fighters(r: Random, s: _Scene) -> CasualtySentence:
    killed = r.randint(4, 35)
    text = (f"At least {killed} fighters from {s.group} were killed in clashes near {s.other.name}, "
            f"the group said in a statement.")  # fmt: skip
    return CasualtySentence(text, (Figure(killed, "killed"),))


def _hospital(r: Random, s: _Scene) -> CasualtySentence:
    wounded = r.randint(12, 70)
    critical = r.randint(2, 9)
    text = (f"Doctors at the main hospital in {s.place.name} said they had treated {wounded} wounded, "
            f"{_ap(critical)} of them in critical condition.")  # fmt: skip
    return CasualtySentence(text, (Figure(wounded, "wounded"),))


def _named(r: Random, s: _Scene) -> CasualtySentence:
    return CasualtySentence(f"{_person(r)}, a {r.randint(19, 67)}-year-old {r.choice(_JOBS)}, was among the dead.", ())


def _month_total(r: Random, s: _Scene) -> CasualtySentence:
    killed = r.randint(80, 600)
    text = (f"More than {killed} people have been killed in {s.place.province} province since "
            f"{s.offensive_month}, according to {s.monitor}.")  # fmt: skip
    return CasualtySentence(text, (Figure(killed, "killed", cumulative=True),))


def _family(r: Random, s: _Scene) -> CasualtySentence:
    members = r.randint(4, 11)
    children = r.randint(1, members - 2)
    text = (f"{number_word(members, capital=True)} members of one family, including {number_word(children)} "
            f"children, were killed when their house in {s.place.name} collapsed.")  # fmt: skip
    return CasualtySentence(text, (Figure(members, "killed"), Figure(children, "killed")))


def _missing(r: Random, s: _Scene) -> CasualtySentence:
    missing = r.randint(3, 30)
    text = f"Another {missing} people were still missing late on {s.weekday}, the Civil Defence said."
    return CasualtySentence(text, (Figure(missing, "missing"),))


def _captured(r: Random, s: _Scene) -> CasualtySentence:
    captured = r.randint(3, 20)
    text = (f"{s.group[0].upper()}{s.group[1:]} said it had captured {captured} soldiers during the assault, "
            f"a claim that could not be independently verified.")  # fmt: skip
    return CasualtySentence(text, (Figure(captured, "captured"),))


def _range(r: Random, s: _Scene) -> CasualtySentence:
    low = r.randint(6, 20)
    high = low + r.randint(3, 10)
    text = f"Between {low} and {high} fighters were killed, according to conflicting accounts from both sides."
    return CasualtySentence(text, (Figure(low, "killed", count_max=high),))


def _died_of_wounds(r: Random, s: _Scene) -> CasualtySentence:
    died = r.randint(2, 6)
    text = f"{number_word(died, capital=True)} of the wounded later died in hospital."
    return CasualtySentence(text, (Figure(died, "killed"),))


def _no_casualties(r: Random, s: _Scene) -> CasualtySentence:
    ending = r.choice(("no casualties were reported", "there were no immediate reports of casualties"))
    return CasualtySentence(f"A second strike hit the outskirts of {s.other.name} an hour later, but {ending}.", ())


def _dozens(r: Random, s: _Scene) -> CasualtySentence:
    return CasualtySentence("Dozens were wounded, witnesses said.", ())


# A lead states the event's toll; the other shapes add to it without contradicting it.
_LEADS: tuple[Shape, ...] = (_officials, _children, _ministry, _bodies)
_SHAPES: tuple[Shape, ...] = (
    _toll_rose, _soldiers_police, _fighters, _hospital, _named, _month_total, _family, _missing, _captured,
    _range, _died_of_wounds, _no_casualties, _dozens,
)  # fmt: skip


def _context(r: Random, s: _Scene) -> list[str]:
    """Sentences without casualty figures, some with numbers that are not casualties."""
    witness, official, aid_worker = r.sample([f"{first} {last}" for first in _FIRST for last in _LAST], 3)
    quotes = (
        "We heard the jets first, then the whole street disappeared in dust",
        "There is no safe place left in this town",
        "The hospital ran out of blood bags by the afternoon",
        "We buried them before sunset because the shelling did not stop",
        "My children have not slept a full night in weeks",
        "Every family here has lost someone",
    )
    return [
        f"The {s.place.province} countryside has been under near-daily bombardment since {s.attacker} stepped up "
        f"operations in {s.offensive_month}.",
        f"“{r.choice(quotes)},” said {witness}, a {r.choice(_JOBS)} who lives near the {s.site}.",
        f"Some {r.randint(8, 95)},000 people have fled {s.place.name} in the past two weeks, according to the UN "
        f"humanitarian office.",
        f"A spokesman for {s.side} said its forces had targeted “military positions” and denied hitting "
        "residential areas.",
        "The figures could not be independently verified.",
        f"{SITE_NAME} was unable to reach officials in {s.place.name} for comment.",
        "The UN envoy called for an immediate halt to attacks on civilian areas and for access for aid convoys.",
        f"Aid agencies said {r.randint(20, 140)} trucks of food and medicine were waiting at the border crossing.",
        f"{s.place.capitalized} lies about {r.randint(6, 40)} km from the front line and had been relatively calm until "
        f"last month.",
        f"Schools in {s.place.name} have been closed since {s.offensive_month}, and most shops open only in the morning.",
        f"Residents said they had received no warning before the {s.attack.noun}.",
        f"Footage shared by local activists showed a crater in the road and cars burning outside the {s.site}.",
        f"{official}, a council member in {s.other.name}, said the town’s only ambulance had been damaged.",
        "The attack came a day after talks on a local truce broke down.",
        f"Power and water have been cut in large parts of {s.place.province} province since {s.weekday}.",
        f"Prices of bread and fuel have doubled in {s.place.name} since the start of the month.",
        f"Observers say {s.attacker} are trying to push the front line back towards {s.other.name}.",
        f"Diplomats in Geneva described the escalation as the most serious in {s.place.country} this year.",
        f"“We are documenting every case, but we cannot reach all the villages,” said {aid_worker}, who works with "
        f"a local relief group.",
        f"The road between {s.place.name} and {s.other.name} has been closed to civilian traffic for "
        f"{r.randint(3, 19)} days.",
        f"Several families were sleeping in olive groves outside {s.place.name}, fearing further strikes.",
        f"Earlier this year, {s.side} announced the end of major operations in the area.",
    ]


def _month_name(moment: date) -> str:
    return f"{moment:%B}"


def _scene(r: Random, published: datetime) -> _Scene:
    country = r.choices(COUNTRIES, weights=_COUNTRY_WEIGHTS)[0]
    towns = r.sample(_PLACES[country], 2)
    place, other = (Place(name, province, country) for name, province in towns)
    event_day = (published - timedelta(days=r.choice((0, 0, 1)))).date()
    weekday = WEEKDAYS[event_day.weekday()]
    when = r.choice((f"on {weekday}", f"early on {weekday}", f"on {weekday} night"))
    offensive = event_day - timedelta(days=r.randint(20, 140))
    target, site = r.choice(_TARGETS)
    attacker, side = r.choice(_SIDES[country])
    return _Scene(
        place=place,
        other=other,
        attack=r.choice(_ATTACKS),
        attacker=attacker,
        side=side,
        group=r.choice(_FIGHTER_GROUPS[country]),
        when=when,
        weekday=weekday,
        monitor=r.choice(_MONITORS),
        source=r.choice(_SOURCES),
        offensive_month=_month_name(offensive),
        target=target,
        site=site,
    )


def _title(r: Random, s: _Scene, toll: int, published: datetime) -> str:
    forms = (
        f"{s.attack.title} Kills {toll} in {s.place.name}",
        f"{s.place.country} Daily, {published:%b} {published.day}: {s.attack.title} Kills {toll} in {s.place.name}",
        f"{s.place.name}: At Least {toll} Dead After {s.attack.title}",
        f"{toll} Dead as {s.attack.title} Hits {s.site.title()} in {s.place.name}",
    )
    return r.choice(forms)


def _caption(r: Random, s: _Scene) -> str:
    return r.choice((
        f"PHOTO: Rescue workers search the rubble in {s.place.name} after {s.attack.on} the town",
        f"PHOTO: Mourners at a funeral in {s.place.name} {s.when} (Photo: local activists)",
        f"Smoke rises over {s.place.name}, {s.place.province} province, in an image shared by residents",
        f"PHOTO: Civil Defence volunteers carry a wounded man in {s.place.name}",
    ))  # fmt: skip


def story(r: Random, published: datetime) -> Story:
    """A news story published at ``published`` (aware, in the site's zone), of 4 to 12 paragraphs."""
    scene = _scene(r, published)
    lead = r.choice(_LEADS)(r, scene)
    toll = lead.figures[0].count
    paragraph_count = r.randint(4, 12)
    shapes = r.sample(_SHAPES, r.randint(1, min(4, paragraph_count - 1)))
    planted = [lead, *(shape(r, scene) for shape in shapes)]
    context = _context(r, scene)
    r.shuffle(context)
    bodies: list[list[str]] = [[lead.text]] + [[] for _ in range(paragraph_count - 1)]
    for sentence in planted[1:]:
        bodies[r.randrange(1, paragraph_count)].append(sentence.text)
    for index, sentences in enumerate(bodies):
        while len(sentences) < r.randint(1, 3) and context:
            sentences.insert(r.randint(1 if index == 0 else 0, len(sentences)), context.pop())  # the lead comes first
        if not sentences:
            sentences.append(context.pop() if context else "The figures could not be independently verified.")
    tags = (scene.place.name, scene.place.province, scene.attack.title + "s", "Civilians")
    return Story(
        title=_title(r, scene, toll, published),
        place=scene.place,
        event=scene.attack.noun,
        toll=toll,
        tags=tuple(dict.fromkeys(tags)),
        paragraphs=tuple(" ".join(sentences) for sentences in bodies),
        casualty_sentences=tuple(planted),
        caption=_caption(r, scene),
    )


def update_paragraph(r: Random, place: Place, event: str, toll: int, at: datetime) -> tuple[CasualtySentence, int]:
    """An "UPDATE" paragraph raising a story's death toll: the sentence, and the new toll."""
    new_toll = toll + r.randint(1, 9)
    source = r.choice(("the Civil Defence", "local officials", "the provincial health directorate"))
    text = (f"UPDATE, {clock_text(at)}: The death toll from the {event} in {place.name} has risen to {new_toll}, "
            f"{source} said.")  # fmt: skip
    return CasualtySentence(text, (Figure(new_toll, "killed"),)), new_toll


# Readers: names, some with a website, and what they write.
_READERS = (
    "Rami", "Observer77", "Leila M.", "Dave from Leeds", "Huda", "Peter J.", "FreeIdlib", "Mahmoud", "Carla",
    "realist", "Jan de Vries", "Omar B.", "Anonymous", "Nour", "Thomas", "Abu Khalil", "Hasan Çelik", "M. Rahimi",
    "Grace", "Yasmin", "Bilal", "Eli", "Martin K.", "watcher", "Reza", "Fatima Z.", "Georg", "Tariq", "Mira", "سامر",
)  # fmt: skip
_READER_SITES = ("https://{h}.blogspot.com/", "https://{h}.wordpress.com/", "https://twitter.com/{h}", "http://www.{h}.net/")


def reader(r: Random) -> tuple[str, str | None]:
    """A commenter's name and, for about one in four, their website."""
    name = r.choice(_READERS)
    handle = "".join(ch for ch in name.lower() if ch in string.ascii_lowercase + string.digits)
    if handle and r.random() < 0.25:
        return name, r.choice(_READER_SITES).format(h=handle)
    return name, None


def comment_paragraphs(r: Random, place: Place, reply_to: str | None) -> tuple[str, ...]:
    """What a reader writes under a story about ``place``, one to three paragraphs."""
    n = r.randint(3, 60)
    lines = [
        f"Another massacre in {place.name} and the world just watches.",
        f"The real number is higher. My cousin in {place.name} says at least {n} were killed in his neighbourhood alone.",
        "Sources? The same outlets said the same thing last year and it turned out to be wrong.",
        "Stop the propaganda. The army was targeting militants, not civilians.",
        "Thank you for covering this when nobody else does.",
        f"RIP to all the victims. {place.capitalized} has suffered enough.",
        f"I visited {place.name} before the war, it was a beautiful town. Heartbreaking to see this.",
        "How can anyone verify figures from a monitor based abroad?",
        "Is there any news about the hospital? A friend of mine works there and I can’t reach her.",
        f"This article ignores what happened the week before, when {n} soldiers were killed near {place.province}.",
        "They will deny it as always, and in a month nobody will remember.",
        f"According to a local page I follow, {n} people are still under the rubble.",
        "Where is the UN? Not even a statement.",
        f"My family left {place.province} in 2016. Every week there is news like this.",
        "The ceasefire was never real. Both sides used it to rearm.",
        "Good reporting, but the headline number is already out of date.",
    ]
    count = r.choice((1, 1, 1, 2, 2, 3))
    chosen = r.sample(lines, count)
    if reply_to is not None:
        opener = r.choice((f"@{reply_to} ", "Agreed. ", "You are wrong. ", "Exactly this. ", "", ""))
        chosen[0] = opener + chosen[0]
    return tuple(chosen)


_BLOGS = ("middleeastnotes", "frontlinereader", "syriaweekly", "levantwatch", "warandpeacejournal")


def pingback(r: Random, title: str, at: datetime) -> tuple[str, str, tuple[str, ...]]:
    """A pingback from a blog that linked the post: (blog post title, its URL, excerpt)."""
    blog = r.choice(_BLOGS)
    day = at.date()
    name = f"{r.choice(('Roundup', 'Weekly notes', 'What we are reading'))}, {day:%B} {day.day} | {blog.title()}"
    url = f"https://{blog}.wordpress.com/{day:%Y/%m/%d}/roundup-{day:%b-%d}/".lower()
    return name, url, (f"[…] {title} […]",)


# The site's own pages: path, title, paragraphs.
STATIC_PAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("/about/", "About Us", (
        f"{SITE_NAME} is an independent newsroom covering the wars in Syria, Iraq and Lebanon and their spill-over "
        "into Turkey.",
        "Our reporters and a network of local correspondents file daily. Casualty figures are attributed to their "
        "sources and updated as those sources revise them.",
        "We are funded by readers. We take no money from any government or armed group.",
    )),
    ("/contact/", "Contact", (
        "News tips and corrections: write to the newsroom at desk@levantdispatch.example.",
        "Press and partnership enquiries: office@levantdispatch.example.",
    )),
    ("/privacy-policy/", "Privacy Policy", (
        "This site stores the name, email address and website you give when you leave a comment, and your IP address, "
        "to fight spam.",
        "Comments may be checked by an automated spam detection service. Emails are never published.",
        "We use cookies to remember your comment details and, if you accept them, to measure how many people read us.",
    )),
)  # fmt: skip
