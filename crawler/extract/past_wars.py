"""The wars of the past a reader's figure is told of: history, not a claim about the conflicts of
the news the reader comments on.

Readers weigh today's news against the wars of the last centuries ("On the first day of the Somme
19,240 British soldiers died", "58,000 Americans died in Vietnam in the 60s and 70s", "the bomb
killed 140,000 in Hiroshima by the end of 1945"); the tallies the database is for are those of the
armed conflicts since 1989, when the monitors' counts begin.  A sentence of a comment tells the
past when it dates itself before 1989 (a year or a decade: "in 1916", "in the 1940s", "in the
60s"; and so a family's death of long ago: "my grandfather died of malaria in 1952") or names a war
or a battle of the world wars, Vietnam, Korea or the American Civil War, or a colonial or Cold War
massacre ("Amritsar", "Halabja", "the Khmer Rouge"), and names no year from 1989 on
("the war, from 1975 to 2002, killed 100,000" reaches the monitors' years).  A year after "since"
opens a span that reaches today ("Israel has killed thousands since 1948"), and a war named to
measure today's by ("more bombs than Hiroshima") dates nothing: no past war.

Article bodies are not read this way: an encyclopedia's list of a war's battles or a veteran's
obituary tells those dead as a report does.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A year before 1989 after a word that dates ("in 1916", "the 1982 massacre", "June 1967"), not a
# count ("1500 died"), nor one that runs into the 1990s; or a decade before them ("the 60s").
_PAST_DATE = re.compile(
    r"\b(?:[Ii]n|of|from|by|until|till|during|between|around|circa|before|[Tt]he|and|to|year|summer|winter|spring|"
    r"autumn|January|February|March|April|May|June|July|August|September|October|November|December) "
    r"(?:1[0-8]\d\d|19[0-7]\d|198[0-8])\b(?!\s*(?:-|–|to)\s*(?:199\d|20\d\d)\b)|"
    r"\bthe (?:1[0-8]\d0|19[0-8]0|[1-8]0)['’]?s\b"
)
# A year of the monitors' era, which the sentence's figure may be of.
_RECENT_YEAR = re.compile(r"\b(?:199\d|20\d\d)\b")
# The wars, battles and massacres of the last centuries told by name: the world wars', Vietnam's and
# Korea's, the American Civil War's, and the colonial and Cold War massacres readers bring up
# ("the Borders lost 121 men at Arnhem", "Saddam gassed 5,000 Kurds in Halabja").
_PAST_WAR = re.compile(
    r"\b(?:World War (?:I|II|One|Two|1|2)|(?:First|Second|Great) World War|WW ?(?:I|II|1|2)|the Great War|"
    r"the Somme|D-Day|Vietnam [Ww]ar|war in Vietnam|Korean [Ww]ar|Hiroshima|Nagasaki|Waterloo|Gallipoli|Verdun|"
    r"Stalingrad|Passchendaele|Pearl Harbou?r|the Blitz|"
    r"Ypres|Arnhem|Normandy|Dunkirk|Iwo Jima|Okinawa|Dresden|Auschwitz|the Holocaust|Battle of the Bulge|Nanjing massacre|Nanking|"
    r"Tet [Oo]ffensive|Khe Sanh|My Lai|Hamburger Hill|Chosin|Antietam|Gettysburg|Shiloh|War of Northern Aggression|"
    r"Jallianwala|Amritsar massacre|Belgian Congo|Mau Mau|Halabja|Holodomor|Khmer Rouge)\b"
)
# A war named to measure today's by: "more bombs than Hiroshima", "worse than the Blitz".
_MEASURED_BY = re.compile(r"\b(?:than|like|as|equivalent of|since)(?: the| a| an)?(?: whole| entire)? $")


@lru_cache(maxsize=64)
def tells_a_past_war(sentence: str) -> bool:
    """Whether a comment's sentence dates its figures before 1989 or names a war of the last
    century (not as a measure of today's), and names no year of the monitors' era."""
    if _RECENT_YEAR.search(sentence):
        return False
    if _PAST_DATE.search(sentence):
        return True
    return any(
        not _MEASURED_BY.search(sentence, max(0, m.start() - 30), m.start()) for m in _PAST_WAR.finditer(sentence)
    )
