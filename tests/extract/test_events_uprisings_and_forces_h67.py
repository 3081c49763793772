"""Conflict figures of issue 14's ninth list: the forces' dead told in their own statements' words
("fell as martyrs", "embraced shahadat"), a part of the dead told "among those who died", tolls of
political turmoil, the army's own dead in a fight with a cartel; and the near misses of the same
shapes that stay as they are (a war "declared" on an epidemic or on bootleg liquor, the police in a
cartel's shootout, the crusaders' massacres).

Every sentence here is written for the test, in the shape of 2008-2012 wire news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import DocumentKind


def found(text: str, title: str | None = None, kind: DocumentKind = "body") -> list[tuple[int, str, str | None]]:
    """Every figure of the text: its count, outcome and event class."""
    return [(t.count, t.outcome, t.event) for t in extract_document(text, None, "en", kind, title=title).tallies]


# "Fell as martyrs", "fell martyrs", "fell as a martyr": the forces' and the fighters' statements
# tell their dead so; the people before "fell" died.
@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Egypt: gunmen storm Sinai border post", "Sixteen border guards fell as martyrs when gunmen stormed their post near Rafah.", 16),
        ("Pakistan: attack in North Waziristan", "Two soldiers fell martyrs to the terrorists' bullets near Miranshah, the ISPR said.", 2),
        ("Iraq: insurgents claim Falluja attack", "Three of our fighters fell as martyrs in Falluja, the group's statement said.", 3),
    ],
)
def test_fell_as_martyrs(title: str, text: str, count: int) -> None:
    assert found(text, title) == [(count, "killed", "conflict")]


# Nothing falls dead but people counted before "fell" with martyrdom after it.
@pytest.mark.parametrize(
    "text",
    [
        "The regime fell as martyrs' portraits filled the square.",
        "Prices fell 12 percent as the market took fright.",
        "Two climbers fell 300 metres on the north face but survived.",
    ],
)
def test_no_fall_of_martyrs(text: str) -> None:
    assert [f for f in found(text) if f[1] == "killed"] == []


# "N were among those who died": a part of the dead, as "among those killed".
@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Pakistan: attack on police academy", "Twelve security personnel were among those who died in the assault on the academy.", 12),
        ("Iraq: suicide bombing in Baquba", "Six soldiers were among those who died when the bomber struck the checkpoint.", 6),
        ("Syria: shelling of Homs", "At least 40 people were among those who died in the shelling of Baba Amr.", 40),
    ],
)
def test_among_those_who_died(title: str, text: str, count: int) -> None:
    assert found(text, title) == [(count, "killed", "conflict")]


# Near misses: nobody counted among the dead, or denied there.
@pytest.mark.parametrize(
    "text",
    [
        "Six soldiers were not among those who died, the army said.",
        "Those who died were buried in the village cemetery.",
    ],
)
def test_among_those_who_died_near_misses(text: str) -> None:
    assert found(text) == []


# The dead of political turmoil are a conflict's, as those of political violence or unrest.
def test_political_turmoil() -> None:
    text = "Red-shirt leaders surrendered on Wednesday. Nearly 90 people have died in two months of political turmoil in the capital."
    assert found(text, "Thailand: Bangkok protest ends") == [(90, "killed", "conflict")]


# Near miss: the turmoil beside another killer names it no conflict.
def test_political_turmoil_beside_a_crash() -> None:
    text = "The political turmoil cost the markets 3 percent, and two people died in a car crash on the A1."
    assert found(text, "Italy: markets slide") == [(2, "killed", "accident")]


# "Embraced shahadat", "embraced martyrdom": the forces' dead in Pakistan's and Iran's words.
@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Pakistan: checkpost attacked in Khyber", "Two FC men embraced shahadat in the exchange of fire.", 2),
        ("Pakistan: militants attack convoy", "Three soldiers embraced martyrdom in the exchange of fire, the ISPR said.", 3),
    ],
)
def test_embraced_martyrdom(title: str, text: str, count: int) -> None:
    assert found(text, title) == [(count, "killed", "conflict")]


# The army's own dead in a fight with a cartel's men are the drug war's, as the cartel's men it kills.
@pytest.mark.parametrize(
    "text",
    [
        "The army lost 3 soldiers in a shootout with the Zetas near Nuevo Laredo.",
        "Two marines died in a gunbattle with Gulf cartel gunmen in Tamaulipas.",
    ],
)
def test_forces_lost_in_a_fight_with_a_cartel(text: str) -> None:
    assert [f[2] for f in found(text, "Mexico: gunbattle in Tamaulipas")] == ["conflict"]


# Near misses: the police's shootouts with a cartel stay crime, and a cartel's killings too.
@pytest.mark.parametrize(
    "text",
    [
        "Four police officers died in a shootout with the Zetas in Monterrey.",
        "Cartel gunmen killed 18 people at a drug rehab centre in Chihuahua.",
    ],
)
def test_police_and_cartel_stay_crime(text: str) -> None:
    assert [f[2] for f in found(text, "Mexico: violence in the north")] == ["crime"]


# A war "declared" on an epidemic or on bootleg liquor names no war.
@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("India: hooch tragedy in Gujarat", "Over 100 died in the hooch tragedy, and the government declared a war on illicit liquor.", "disease"),
        ("Haiti: cholera spreads", "The government declared a war on cholera on Monday. The epidemic has claimed more than 1,100 lives since October.", "disease"),
        ("Sierra Leone: Ebola toll", "The president declared war on Ebola last month. More than 900 people have died of the virus in the country.", "disease"),
    ],
)
def test_war_declared_on_an_illness_or_liquor(title: str, text: str, event: str) -> None:
    assert [f[2] for f in found(text, title)] == [event]


# The crusaders' massacres are history polemic, no event, as the Crusades'.
def test_crusaders_are_history() -> None:
    text = "The crusaders slaughtered 70,000 in Jerusalem, so spare me the lectures about which religion is violent."
    assert found(text, "Crusades: a history lesson", "comment") == []


# A crackdown told as the state's repression, communal violence as "bloodletting", and the fire of a
# presidential or republican guard: a conflict's dead, with no weapon word.
@pytest.mark.parametrize(
    ("title", "text", "count"),
    [
        ("Syria: UN rights chief briefs Security Council", "The repression has cost more than 4,000 lives, according to the UN.", 4000),
        ("Kenya: rivals sign deal", "The ethnic bloodletting has left 1,500 dead.", 1500),
        ("Madagascar: march on the palace", "At least 28 people died when the presidential guard opened fire on the march.", 28),
    ],
)
def test_uprising_tolls_without_a_weapon_word(title: str, text: str, count: int) -> None:
    assert found(text, title) == [(count, "killed", "conflict")]


# Near misses: a mind's repression, and a guard's band in a crash.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Emotional repression killed 3 of my friends, I swear.", "other"),
        ("A bus carrying members of the presidential guard band crashed near Antsirabe, killing 4.", "accident"),
    ],
)
def test_uprising_words_near_misses(text: str, event: str) -> None:
    assert [f[2] for f in found(text)] == [event]
