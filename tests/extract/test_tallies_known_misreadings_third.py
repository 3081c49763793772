"""Constructions read wrong before, third round: casualties divided into their dead with "N of them
killed" or "among them N dead", a toll revised down "from" one figure "to" another, a whole told "in
total" in a sentence after its parts, one figure of the dead, the wounded and the captured, and a
figure a fact-check calls false in its own sentence, and a mishap in wartime (a munitions ship that blew
up, a training crash) that no enemy caused; people left "dead, injured or missing" as one figure, and
deaths "by suicide", people "on leave", and "the injured" as a noun with no count.
Each table holds sentences of the construction and near misses whose reading must not change."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded summed over the ``toll`` figures of ``text`` (a range by its top)."""
    tallies = extract_document(text, None).tallies
    return (
        sum(t.count_max or t.count for t in tallies if t.figure == "toll" and t.outcome == "killed"),
        sum(t.count_max or t.count for t in tallies if t.figure == "toll" and t.outcome == "wounded"),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia reported 30 casualties, 7 of them killed, after the clash near Beni.", (7, 23)),
        ("The car bomb in Mogadishu caused 48 casualties, 13 of them dead, police said.", (13, 35)),
        ("The attack on the bus in Balochistan left 26 casualties, of them 8 dead.", (8, 18)),
        ("Medics counted 33 casualties, among them 9 killed, after the strike on the market in Sanaa.", (9, 24)),
        ("The riot in Nairobi left 22 casualties, 5 of whom were killed.", (5, 17)),
        ("Hospitals in Aleppo received 75 casualties, of whom 20 died.", (20, 55)),
        # near misses: undivided, divided into no dead, already split, and a force's own losses
        ("The regiment suffered 200 casualties in the offensive.", (0, 0)),
        ("The blast caused 30 casualties, including 8 children.", (0, 0)),
        ("Hospital sources reported 40 casualties, including 11 dead and 29 wounded.", (11, 29)),
        ("The marines sustained 17 casualties, three of them fatal, in the battle for the ridge.", (3, 0)),
    ],
)
def test_casualties_divided_into_their_dead_leave_the_rest_wounded(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure changed told at length before "from": the event's place between
        ("Officials cut the death toll from the landslide in Sumatra from 57 to 49.", (49, 0)),
        ("The ministry raised the number of people killed in the attack on the market from 20 to 27.", (27, 0)),
        ("The ministry revised the toll down from 12 to 9.", (9, 0)),
        ("Officials lowered the death toll from 12 to 9 after two victims were found alive.", (9, 0)),
        ("Police reduced the number of dead from 31 to 28, saying some bodies had been counted twice.", (28, 0)),
        ("The health department in Sumatra cut the landslide death toll from 57 to 49 on Tuesday.", (49, 0)),
        ("The toll was revised downward from 20 to 17, the civil defence said.", (17, 0)),
        ("Authorities lowered the number of injured from 85 to 60.", (0, 60)),
        # near misses: a toll raised, a range, and "from" naming the event
        ("Officials revised the death toll from 20 to 27.", (27, 0)),
        ("Between 10 and 15 people were killed in the raid.", (15, 0)),
        ("The death toll from the bombing in Hilla rose to 41.", (41, 0)),
    ],
)
def test_a_toll_revised_down_from_one_figure_to_another_is_the_new_one(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven soldiers and nine civilians were killed in Kunduz. Three more died in Baghlan. In total 23 died.",
         (23, 0)),
        ("Four police officers were killed in Peshawar and six in Bannu. Altogether 10 people died.", (10, 0)),
        ("Two children were killed in the first strike. Five adults died in the second. In all, seven people were "
         "killed.", (7, 0)),
        ("Nine people were killed in Sirte. Six more died in Misrata on Sunday. Altogether 15 people were killed, "
         "the ministry said.", (15, 0)),
        ("Six soldiers were wounded in Gao and eight in Menaka. In total, 14 were injured.", (0, 14)),
        # near miss: a total over a longer span is a running total
        ("Three people were killed on Monday. In total 120 people have died in the province this year.", (3, 0)),
    ],
)
def test_a_whole_told_in_total_in_a_sentence_after_its_parts_is_the_toll(
    text: str, expected: tuple[int, int]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Axis lost 800,000 dead, wounded and captured.", (0, 0)),
        ("The Soviet army lost 1.2 million killed, wounded and missing in the battle.", (0, 0)),
        ("Iraqi forces suffered 20,000 dead, wounded or captured in the 2003 invasion.", (0, 0)),
        ("The rebels lost some 3,000 killed, wounded and taken prisoner, the army claimed.", (0, 0)),
        ("The army lost 1,200 men killed, wounded or taken captive.", (0, 0)),
        ("Rebels lost 3,000 dead and wounded in the offensive.", (0, 0)),
        ("The attack caused 25 casualties, including 6 dead or missing.", (0, 0)),
        ("The floods left 15 dead or missing.", (0, 0)),
        # near misses: each outcome with its own figure
        ("The Axis lost 800,000 dead and 300,000 wounded.", (800000, 300000)),
        ("There were 12 dead, 30 wounded and 5 missing.", (12, 30)),
        ("Five dead, 12 wounded in Kano attack", (5, 12)),
        ("Gunmen shot 2 dead and injured 5 others in Kano.", (2, 5)),
        ("The blast in Quetta left 3 dead and wounded 7 others.", (3, 7)),
        ("The bombing left 11 dead and wounded at least 25, police said.", (11, 25)),
        ("Three soldiers were killed and two were taken prisoner.", (3, 0)),
        # people left in a list of outcomes with commas: one figure of them all
        ("The cyclone left 20 dead, injured or missing across Rakhine state.", (0, 0)),
        ("The ambush near Beni left 14 soldiers dead, wounded or missing.", (0, 0)),
        ("Fighting in the camp left about 60 people killed, injured or abducted, aid workers said.", (0, 0)),
        # near misses: a figure of each outcome left
        ("The clashes in Jos left 12 dead, 30 injured and five missing.", (12, 30)),
        ("The shelling left 9 dead and 21 wounded in Donetsk.", (9, 21)),
    ],
)
def test_one_figure_of_the_dead_wounded_and_captured_is_no_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claims that 300 people were killed in the protest are false, the interior ministry said.", (0, 0)),
        ("Reports that 40 civilians were killed in the airstrike were fabricated, the defence ministry said.", (0, 0)),
        ("A viral post claiming 200 students were shot dead in Dhaka is false, police said.", (0, 0)),
        ("Rumours that 15 prisoners had been killed in the riot were untrue, the prison service said.", (0, 0)),
        ("Posts saying 45 soldiers died in the ambush in Borno are fake, the army said.", (0, 0)),
        ("A video claiming 60 Rohingya were killed in the fire in Cox's Bazar was misleading, AFP Fact Check found.",
         (0, 0)),
        ("Fact-checkers debunked claims that 300 people were killed in the protest in Tehran.", (0, 0)),
        ("There is no evidence that 50 soldiers died in the ambush, the army said.", (0, 0)),
        # near misses: a toll disputed or confirmed, "false" of something else, a claim dismissed after it
        ("The army disputed the toll of 30.", (30, 0)),
        ("Police said 5 people were killed after a false bomb alert caused a stampede.", (5, 0)),
        ("Officials said 30 people were killed, though the opposition said the figure was false and far too low.",
         (30, 0)),
        ("Reports that 12 people were killed in the attack were confirmed by the hospital.", (12, 0)),
        ("The ministry said 14 people were killed in the raid in Jenin and that claims of a massacre were false.",
         (14, 0)),
        ("Witnesses said 8 villagers were killed, a claim the army dismissed as exaggerated.", (8, 0)),
    ],
)
def test_a_figure_a_fact_check_calls_false_is_no_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


def toll_events(text: str) -> tuple[int, set[str]]:
    """The killed summed over the ``toll`` figures of ``text``, and the classes of their events."""
    tallies = [t for t in extract_document(text, None).tallies if t.figure == "toll"]
    return sum(t.count for t in tallies if t.outcome == "killed"), {t.event for t in tallies}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halifax explosion of 1917 killed about 2,000 people when a French munitions ship blew up in the "
         "harbour.", (2000, {"accident"})),
        ("About 2,000 people were killed in the Halifax explosion when a munitions ship blew up in the harbour in "
         "1917.", (2000, {"accident"})),
        ("Two airmen died in a training crash near Kandahar in 2009.", (2, {"accident"})),
        ("Three Ukrainian soldiers were killed in an accidental explosion while handling munitions near "
         "Zaporizhzhia.", (3, {"accident"})),
        ("Nine Russian sailors died when a fire broke out aboard the missile cruiser, the navy said, blaming a faulty "
         "wire.", (9, {"accident"})),
        ("At least 18 people were killed when a fire set off explosions at a military arms depot in Bata in 2021.",
         (18, {"accident"})),
        ("Fourteen sailors died when two navy ships collided while sailing in convoy in the Gulf.", (14, {"accident"})),
        ("Seven soldiers were killed when a fire broke out at an army ammunition depot in Kharkiv region, the "
         "military said.", (7, {"accident"})),
        # near misses: an enemy's act, and mishaps and years of peace
        ("Three soldiers were killed when a drone struck an ammunition depot in Donetsk.", (3, {"conflict"})),
        ("Seven soldiers were killed when an ammunition depot exploded after a Ukrainian missile strike in Crimea.",
         (7, {"conflict"})),
        ("Forty sailors died when the ship was hit by a torpedo.", (40, {"conflict"})),
        ("The liner was torpedoed off the Irish coast, killing 1,198 people.", (1198, {"conflict"})),
        ("Four marines were killed when their helicopter crashed under enemy fire in Fallujah.", (4, {"conflict"})),
        ("Nine people died in a short circuit fire at a shop in Karachi.", (9, {"accident"})),
        ("The earthquake of 2005 killed 86,000 people in Kashmir.", (86000, {"disaster"})),
        ("A total of 1917 people were killed in the fighting.", (1917, {"conflict"})),
    ],
)
def test_a_mishap_in_wartime_is_an_accident_unless_an_enemy_caused_it(text: str, expected: tuple[int, set[str]]) -> None:
    assert toll_events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year 38 soldiers died by suicide, the Army said.", (0, 0)),
        ("At least 350 active-duty troops died by suicide in 2012, more than were killed in combat.", (0, 0)),
        ("Some 6,000 veterans die from suicide each year, a VA report found.", (0, 0)),
        ("Two conscripts died of suicide at the base in March.", (0, 0)),
        # near misses: an attack by suicide bombers, a death in one, combat deaths beside suicides
        ("Twelve people were killed by suicide bombers in Kabul.", (12, 0)),
        ("Nine soldiers died by suicide attack on the checkpoint near Gao.", (9, 0)),
        ("Two soldiers died by suicide and three were killed in action in Helmand.", (3, 0)),
    ],
)
def test_a_death_by_suicide_is_no_casualty(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eleven soldiers home on leave were killed when gunmen stopped their bus near Dera Ismail Khan.", (11, 0)),
        ("Two policemen on leave were shot dead at a wedding in Swat.", (2, 0)),
        ("A soldier on leave was killed and his brother wounded in the attack on the market.", (1, 1)),
        ("Four off-duty soldiers on leave in Tal Afar were wounded by a roadside bomb.", (0, 4)),
        # near misses: the verb of a toll left, and a leave that kills no one
        ("The car bomb in Kirkuk will leave 20 dead, the governor warned.", (0, 0)),
        ("The shelling left 8 dead in the village.", (8, 0)),
    ],
)
def test_people_on_leave_are_counted_as_any_others(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A doctor who treated the injured said most wounds were from shrapnel.", (0, 0)),
        ("A nurse who cared for the wounded told reporters the ward was full.", (0, 0)),
        ("A volunteer who saw the dead described the scene at the market in Maiduguri.", (0, 0)),
        # near misses: the injured counted, or the dead of a count before
        ("Twelve people were killed and 30 injured; a doctor who treated the injured said many were children.", (12, 30)),
        ("Of the injured, two later died in hospital.", (2, 0)),
        ("Among the dead were 11 children.", (11, 0)),
    ],
)
def test_the_injured_as_a_noun_with_no_count_are_no_one_counted(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
