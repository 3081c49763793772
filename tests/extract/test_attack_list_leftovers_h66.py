"""Wikipedia attack-list entries (issue 13 leftovers): a part of the dead told after a list ("killing 20
men, and six of the dead were beheaded"); with the near misses of the same shape that stay as they are.

Every sentence here is written for the test, in the shape of Wikipedia's lists of attacks."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def killed(text: str) -> int:
    """The dead the text counts, as the benchmark sums them: a range at its top, no running totals, parts or restatements."""
    found = extract_document(text, None, "en", "body").tallies
    return sum(t.count_max or t.count for t in found if t.outcome == "killed" and not t.cumulative and t.subset_of is None and t.restates is None)


# A part of the dead, told after the list by "N of the dead", is no more people.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram militants attacked the village of Kwajafa, killing 20 men, and six of the dead were beheaded.", 20),
        ("Gunmen attacked a bus carrying pilgrims near Minya, killing 28 people, and ten of the victims were children.", 28),
        ("Fighters overran a military camp in Inates, killing 71 soldiers, and 30 of those killed were never identified.", 71),
    ],
)
def test_part_of_the_dead_after_a_list(text: str, expected: int) -> None:
    assert killed(text) == expected


# More people after the list: other dead, not a part of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants raided the village of Ngolo, killing 20 men, and six women were later found dead in the bush.", 26),
        ("Gunmen attacked the village of Kukawa, killing 14 farmers, and four soldiers died in the fighting that followed.", 18),
        ("Rebels attacked the town of Kamanyola, killing 12 civilians and six of their attackers.", 18),
    ],
)
def test_more_dead_after_a_list(text: str, expected: int) -> None:
    assert killed(text) == expected


# A later count of the dead after the first toll: one toll, its range's top the later count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirteen people were killed when gunmen opened fire at a wedding in Kunduz; later counts put the dead at 14.", 14),
        ("A car bomb exploded at a bus station in Homs. Officials said 32 were killed; later counts put the dead at 46.", 46),
        ("A bomb exploded at a market in Jos, killing 44 people; later counts put the dead at 55.", 55),
        ("Police said 24 people were killed when a mortar hit a market in Mogadishu; a later count put the toll at 31.", 31),
        ("Eight were injured when a bus overturned near Kandy; the hospital said 11.", 0),
    ],
)
def test_later_count_tops_the_toll(text: str, expected: int) -> None:
    assert killed(text) == expected


# A later count of the wounded or the missing leaves the toll of the dead as it was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were killed in an attack on a church in Charleston. Later counts put the wounded at three.", 9),
        ("Rebels attacked a convoy near Beni, killing 18 soldiers; later counts put the wounded at 25.", 18),
        ("Floodwaters swept through Derna; officials first said 5,300 were killed, and later counts put the missing at 10,000.", 5300),
    ],
)
def test_later_count_of_others_leaves_the_toll(text: str, expected: int) -> None:
    assert killed(text) == expected


# Other estimates after the first toll: one toll, its range's top the estimates' top.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethnic Hema militias attacked the town of Bunia, killing at least 150 civilians. Other estimates range from 200 to 400 victims.", 400),
        ("The Interahamwe killed about 800 Tutsi at the church in Nyarubuye. Other estimates range from 1,000 to 1,500.", 1500),
        ("Soldiers killed 56 villagers in Dos Erres. Some estimates reach 250 dead.", 250),
    ],
)
def test_other_estimates_top_the_toll(text: str, expected: int) -> None:
    assert killed(text) == expected


# Estimates of other things after a toll leave it as it was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels killed 12 soldiers near Beni. Some estimates reach 40,000 displaced.", 12),
        ("Police shot dead 69 protesters at Sharpeville. Other estimates range from 5,000 to 7,000 people in the crowd.", 69),
        ("Rebels killed 12 soldiers near Beni. Other estimates range from $2 million to $3 million in damage.", 12),
        ("The storm destroyed 300 homes in Kasese. Other estimates range from 500 to 700.", 0),
    ],
)
def test_other_estimates_of_other_things(text: str, expected: int) -> None:
    assert killed(text) == expected


# One death told without a count: the one the clause before named, by "he" after a semicolon; "The
# driver also died"; the one an attack took away, found dead later (not among the dead counted then).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen on a motorcycle shot the mayor of Tanauan, Antonio Halili, during a flag-raising ceremony; he died in hospital two days later.", 1),
        ("A roadside bomb struck the car of Colonel Ahmed Saleh in Aden; he was killed and his driver was wounded.", 1),
        ("Militants ambushed a convoy of fuel tankers near Torkham, wounding four guards. The driver also died.", 1),
        ("Militants ambushed a convoy near Torkham, killing four guards. The driver also died.", 5),
        ("Red Brigades gunmen ambushed the car of Aldo Moro in Via Fani, Rome, killing his five bodyguards and kidnapping him. Moro was found dead 55 days later.", 6),
        ("A woman approached a checkpoint in Maiduguri and blew herself up, killing only herself.", 1),
    ],
)
def test_one_death_without_a_count(text: str, expected: int) -> None:
    assert killed(text) == expected


# Near misses: the one who lived, two named before the pronoun, one among the dead counted before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot the prosecutor Ahmed Saleh as he left his office in Culiacán; he was taken to hospital and survived.", 0),
        ("Gunmen shot Ahmed Saleh and Omar Nasser in Aden; he died in hospital.", 0),
        ("Gunmen killed two guards of Colonel Ahmed Saleh in Aden; he died later.", 2),
        ("Gunmen killed five guards at the embassy in Rome. Moro was found dead in the boot of a car.", 5),
        ("The soldiers also died.", 0),
    ],
)
def test_one_death_near_misses(text: str, expected: int) -> None:
    assert killed(text) == expected


# A relative clause that puts the dead told before its comma at a source's figure: one toll, at its top.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab fighters overran a Kenyan army base at El Adde; Kenya never gave its losses, which Somali officials put at about 140 soldiers.", 140),
        ("Boko Haram fighters overran the army base at Metele, killing dozens of soldiers, whose number Nigerian officers privately put at 118.", 118),
        ("Rebels shelled the market in Bakara, killing 24 civilians, which the local hospital put at 31.", 31),
    ],
)
def test_relative_clause_puts_the_toll(text: str, expected: int) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the market in Bakara, killing 24 civilians, which the government denied.", 24),
        ("The bank reported losses, which analysts put at 40.", 0),
        ("The team suffered heavy losses in the match, which the coach put at 3 points.", 0),
        ("Gunmen attacked a police academy in Quetta, killing seven cadets and damaging the main building, which officials put at 300 million rupees.", 7),
    ],
)
def test_relative_clause_putting_other_things(text: str, expected: int) -> None:
    assert killed(text) == expected


def wounded(text: str) -> int:
    """The hurt the text counts, as the benchmark sums them."""
    found = extract_document(text, None, "en", "body").tallies
    return sum(t.count_max or t.count for t in found if t.outcome == "wounded" and not t.cumulative and t.subset_of is None and t.restates is None)


# The hurt or the dead a source puts at a figure, the first of its outcome: the toll, not a running total.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were killed in an attack on a church in Charleston. Later counts put the wounded at three.", (9, 3)),
        ("A bomb exploded at a bus station in Jos. Medics put the dead at 23 and the wounded at 80.", (23, 80)),
        ("Rebels attacked a convoy near Beni, killing 18 soldiers. The army put the wounded at 25.", (18, 25)),
        ("A bomb exploded at a market in Jos, killing 44 people; later counts put the dead at 55 and the wounded at 67.", (55, 67)),
    ],
)
def test_harm_put_at_first(text: str, expected: tuple[int, int]) -> None:
    assert (killed(text), wounded(text)) == expected
