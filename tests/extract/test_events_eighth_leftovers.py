"""Issue 14's eighth list of event-class leftovers, on sentences of news pages and reader comments:
a war's place that only names a fire or a crash, the wounded that doctors saved, the killer a relative
clause names, the culprit named in the figure's own sentence."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str, title: str | None = None, kind: str = "body") -> list[tuple[int, str, str | None]]:
    tallies = extract_document(text, None, "en", kind, title).tallies  # type: ignore[arg-type]
    return [(t.count, t.outcome, t.event) for t in tallies]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Kenya: fire sweeps Nairobi slum", "At least 20 people died in the Sinai slum fire, the Red Cross said.", "accident"),
        ("Nairobi slum blaze", "The Sinai slum fire killed 20 people, the Red Cross said.", "accident"),
        ("Nairobi", "20 dead in the Sinai fire and the county still hasn't fixed the hydrants.", "accident"),
        ("London tower block", "72 people died in the Grenfell Tower fire.", "accident"),
        ("India: pilgrims' bus", "The Kashmir bus crash killed 38 pilgrims on their way to a shrine.", "accident"),
        ("Sudan", "The Darfur floods have killed 32 people and destroyed thousands of homes.", "disaster"),
        # near misses: the place before an act of war, a weapon's fire, a fire an airstrike left
        ("Egypt: Sinai mosque attack", "The Sinai attack killed 305 worshippers.", "conflict"),
        ("Syria", "The Aleppo shelling killed 20 people.", "conflict"),
        ("Ukraine", "Four civilians died in the heavy Russian artillery fire.", "conflict"),
        ("Syria", "Three soldiers were killed in a firefight with militants near the town.", "conflict"),
        ("Gaza", "An airstrike hit the house. Two children died in the fire that followed.", "conflict"),
        ("Iraq: market bombing in Mosul", "The Mosul market fire started by the blast killed 12 shoppers.", "conflict"),
        ("Gaza", "His young son was killed by Israeli fire in 2000.", "conflict"),
        ("Gaza", "A home sheltering the family in Deir al-Balah collapsed, killing 8 people.", "conflict"),
    ],
)
def test_a_war_s_place_that_names_a_mishap_is_where_not_what(title: str, text: str, expected: str) -> None:
    assert {event for _, _, event in events(text, title)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The clinic works from a basement. Doctors saved 30 wounded people during the night.",
        "The team says it has saved 120 wounded soldiers since January.",
        "A British surgeon said his team had saved 12 injured children in a single shift.",
        "He saved 12 injured kids in one night and the media ignores him.",
    ],
)
def test_the_wounded_doctors_saved_are_lives_saved(text: str) -> None:
    assert [e for e in events(text, "Syria: field hospital in Ghouta") if e[1] == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors could not save 5 of the wounded, who died on the operating table.", (5, "wounded")),
        ("Medics evacuated 22 wounded soldiers, saving all but two.", (22, "wounded")),
        ("Surgeons tried to save 30 injured people after the shelling.", (30, "wounded")),
        ("Doctors treated 30 wounded people after the airstrike on the market.", (30, "wounded")),
    ],
)
def test_a_saving_failed_tried_or_told_after_keeps_the_wounded(text: str, expected: tuple[int, str]) -> None:
    assert expected in [(c, o) for c, o, _ in events(text, "Syria: field hospital in Ghouta")]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Yemen: cholera spreads", "An outbreak of cholera followed the airstrike on Hodeidah, which killed 40 people.", "conflict"),
        ("Ukraine: floods after dam breach", "Flooding followed the shelling of the pumping station, which killed 6 workers.", "conflict"),
        ("Pakistan: market fire", "A fire broke out after the suicide bombing at the bazaar, which killed 23 people.", "conflict"),
        # near misses: the illness or the disaster is the antecedent, or the act is told in another clause
        ("Yemen: cholera spreads", "The airstrikes were followed by an outbreak of cholera, which killed 40 people.", "disease"),
        ("Turkey: quake zone", "Heavy rain followed the earthquake in Hatay, which killed 300 people in the province.", "disaster"),
        ("Somalia: famine", "The fighting was followed by a famine which killed 260,000 people.", "disaster"),
        ("Syria: cholera in Idlib camps", "Cholera came after the bombing of the water station, and it has killed 14 people since.", "disease"),
    ],
)
def test_the_relative_clause_s_antecedent_is_the_killer(title: str, text: str, expected: str) -> None:
    assert {event for _, _, event in events(text, title)} == {expected}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Guatemala: massacre at farm in Peten",
         "The victims were farm workers, beheaded by gunmen. Police blamed the Zetas for the killing of 27 labourers.", "crime"),
        ("El Salvador: massacre in Soyapango",
         "The men were dragged from their homes by masked gunmen. Police attributed the deaths of 11 men to a feud between "
         "Barrio 18 and MS-13.", "crime"),
        ("Honduras: bus massacre in San Pedro Sula", "MS-13 murdered 14 people on a bus, just another Tuesday.", "crime"),
        # near misses: a culprit that is an armed group, a massacre told without its culprit, the army's fight with a cartel
        ("Nigeria: massacre of rice farmers in Borno",
         "The farmers were tied up and their throats slit by gunmen. The army blamed Boko Haram for the killing of 43 labourers.",
         "conflict"),
        ("Syria: Houla massacre", "Victims were shot at close range. The UN blamed the shabiha militia for the killing of 108 people.",
         "conflict"),
        ("Nigeria: massacre in Zamfara village", "The villagers were beheaded by gunmen. Police said 27 farmers were killed.", "conflict"),
        ("Mexico: massacre at Tlatlaya",
         "The soldiers said they were fired on first. Soldiers killed 22 suspected cartel members in a warehouse.", "conflict"),
    ],
)
def test_the_culprit_named_beside_the_figure_says_whose_massacre(title: str, text: str, expected: str) -> None:
    assert {event for _, _, event in events(text, title)} == {expected}
