"""Event classes left over from issue 14: a mishap that kills beside a war told in another clause,
attackers who kill a crowd in a public place, and cattle raids between herding peoples; with the
near misses of the same shape that stay as they are.

Every sentence here is written for the test, in the shape of wire news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import DocumentKind


def events(text: str, title: str | None = None, kind: DocumentKind = "body") -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", kind, title=title).tallies]


# The figure's own killer, a mishap, is the subject of its verb; the war is told in a trailing
# "as"/"while" clause of its own, or in the title: the mishap names the figure's event.
@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Ferry sinks off Pemba", "The ferry's sinking killed 87 passengers, as al-Shabaab fighters attacked a base in Lower Shabelle.", "accident"),
        ("Boat capsizes on the White Nile", "The capsizing killed 29 people as fighting went on in Upper Nile state.", "accident"),
        ("Cargo plane crashes near Bunia", "The crash killed 11 people, while rebels shelled villages west of the town.", "accident"),
        ("Train derails in Sindh", "The derailment killed 22 passengers while the army fought militants in North Waziristan.", "accident"),
        ("Earthquake hits Badakhshan", "The quake killed 43 people in Faizabad as Taliban fighters attacked checkpoints in Kunduz.", "disaster"),
        ("Bus plunges into gorge near Poonch", "The accident killed 9 pilgrims as militants attacked a police post in Kupwara.", "accident"),
    ],
)
def test_mishap_beside_a_war_in_another_clause(title: str, text: str, event: str) -> None:
    assert events(text, title) == [event]


# Near misses: the act of war is the figure's own killer, whatever mishap the other clause tells;
# or the act of war is told before the mishap, which it may have caused.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Fighting rages in Khartoum", "The shelling killed 26 people in Omdurman as the ferry service across the Nile was suspended."),
        ("Bombing hits market in central Mali", "The bombing killed 19 villagers while a boat carrying fleeing residents capsized on the river."),
        ("Kherson under fire after dam breach", "Shelling killed 5 volunteers in Kherson as the flooding continued downstream."),
        (None, "Rebels shelled the town, and the crash killed 12 people."),
        (None, "Militants blew up a pipeline, and the pipeline explosion killed 4 soldiers."),
    ],
)
def test_act_of_war_stays_the_figure_s(title: str | None, text: str) -> None:
    assert events(text, title) == ["conflict"]


def test_reader_mishap_beside_a_war() -> None:
    text = "That capsizing killed 31 people as the militias kept fighting and nobody in Juba cared."
    assert events(text, "Boat capsizes on the White Nile", "comment") == ["accident"]


# Attackers who kill a crowd of a public place, with no crime word: terrorism by convention.
@pytest.mark.parametrize(
    "text",
    [
        "Attackers killed 45 worshippers at a mosque in Kano on Friday.",
        "Attackers killed at least 18 diners at a restaurant in Ouagadougou.",
        "Assailants killed dozens of commuters at a bus station in Jos.",
        "Attackers killed 27 tourists at a hotel in Sousse, officials said.",
        "Three attackers drove a van into pedestrians, killing 13 people.",
    ],
)
def test_attackers_kill_a_crowd(text: str) -> None:
    assert events(text) == ["conflict"]


# Near misses: robbers, a lone gunman of no cause, a bar's drinkers where a cartel is told, one
# shopkeeper at his store.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Robbers killed two guards at the mall before fleeing with cash boxes.", "crime"),
        ("A gunman killed 12 at a cinema, and police said he had a history of mental illness.", "crime"),
        ("Attackers killed 11 people at a bar in Celaya, police said the cartel was behind it.", "crime"),
        ("Attackers killed a shopkeeper at his store in Kano.", "other"),
    ],
)
def test_attackers_near_misses(text: str, event: str) -> None:
    assert events(text) == [event]


# Cattle raids between herding peoples are communal violence (the relevance scorer's conflict:
# "riots, massacres, communal violence"); a theft of cattle by thieves is a crime.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Raiders killed 7 herders in a cattle raid in West Pokot.", "conflict"),
        ("Cattle raiders from South Sudan killed 11 Turkana herders near Lokichoggio.", "conflict"),
        ("Cattle rustlers killed 3 police reservists in an ambush in Baringo.", "conflict"),
        ("The drought killed 3 herders and thousands of cattle in Marsabit.", "disaster"),
    ],
)
def test_cattle_raids(text: str, event: str) -> None:
    assert events(text) == [event]


def test_cattle_thieves_are_a_crime() -> None:
    text = "Thieves killed a herdsman while stealing 10 cows from a ranch in Laikipia. The suspects were charged in Nakuru."
    assert events(text, "Cattle thieves arrested in Kenya") == ["crime"]
