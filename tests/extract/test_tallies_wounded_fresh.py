"""How the wounded are told in list entries, monitor reports and conflict summaries: the number of
the hurt rising after a clause of the dead, care at a hospital named by a few words, and the near
misses that keep their reading (another attack's wounded, a war's running total, the treated for
shock)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.tolls import totals


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Four civilians were killed, and the number of wounded increased to 15, a second report said.", 4, 15),
        ("Three soldiers died and the number of injured rose to 22 by the evening.", 3, 22),
        ("Two policemen were killed in the ambush, and the number of those wounded has climbed to 9.", 2, 9),
        # near misses: the number of the dead is still a toll of the dead
        ("Two people were killed on Monday, and the number of dead rose to 5 on Tuesday.", 5, 0),
        ("Nine people were injured, and the number of the dead reached 4.", 4, 9),
    ],
)
def test_the_number_of_the_hurt_after_a_clause_of_the_dead_counts_the_wounded(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Two children were killed. Six other people were treated at the local hospital for shrapnel injuries.", 2, 6),
        ("Eleven passengers were treated in a nearby hospital for burns after the bus was set alight.", 0, 11),
        ("One man died and four people were taken to the main hospital with gunshot wounds.", 1, 4),
        ("Nine civilians were treated at Al-Shifa Hospital for injuries, the ministry said.", 0, 9),
        ("Gunmen killed a guard; 14 people were treated at a local hospital.", 1, 14),
        ("Seven people were taken to Al-Aqsa Martyrs Hospital after the strike.", 0, 7),
        ("Two civilians died and eight others received medical treatment for their wounds, monitors said.", 2, 8),
        ("Five workers received hospital treatment for their injuries after the blast in Kirkuk.", 0, 5),
        # near misses: the dead taken to a hospital, those treated for shock, a ward's capacity
        ("The bodies of 12 victims were taken to the local hospital.", 12, 0),
        ("Three people were wounded; 20 more were treated at the local hospital for shock.", 0, 3),
        ("The field hospital can receive 50 patients a day.", 0, 0),
    ],
)
def test_care_at_a_hospital_named_by_a_few_words_tells_the_wounded(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bombing in Herat killed five people and wounded 20. Two of the wounded later died in hospital.", 7, 18),
        ("Gunmen killed four worshippers and injured 11 in Mombasa; two of the injured died later that night.", 6, 9),
        ("Three civilians were killed and six were injured. One of the injured died of his wounds the next day.", 4, 5),
        ("On 9 March 2015, a suicide bombing at a funeral in Maiduguri killed 9 mourners and injured 14; "
         "two of the injured later succumbed to their wounds.", 11, 12),
        # near misses: a bound or a guess of the wounded keeps its figure; the hurt who did not die stay hurt
        ("Car bombs killed 40 people and wounded up to 200. Five of the injured died overnight.", 45, 200),
        ("The blast killed three people and wounded dozens. Two of the wounded later died.", 5, 24),
        ("A rocket killed two soldiers and wounded 12. Four of the wounded were in critical condition.", 2, 12),
        ("A gunman shot three people in Lyon. One of the victims later died.", 1, 0),
    ],
)
def test_the_wounded_who_later_died_are_taken_from_the_wounded(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen killed 14 people and injured 9 at a market. Officials first said 12 had died, "
         "but two of the wounded died overnight.", 14, 9),
        ("A bomb killed 5 people and wounded 20. Two of the wounded later died, bringing the death toll to 7.", 7, 18),
    ],
)
def test_the_later_dead_are_taken_from_the_wounded_only_where_no_toll_before_counts_them(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb at a market in Quetta killed four people and injured ten. "
         "A similar attack on the same market last year wounded 30 people.", 4, 10),
        ("Gunmen killed two guards at a bank in Lahore and wounded five customers. "
         "In March 2017, an attack on the same branch killed six and injured 14.", 2, 5),
        ("A roadside bomb wounded 7 soldiers near Kunduz. "
         "In 2015, the Taliban briefly seized the city, killing dozens.", 0, 7),
        # near misses: figures dated to the report's own days stay the event's
        ("A bomb at a market in Quetta killed four people and injured ten. "
         "On Sunday, a second bomb in the city wounded 3 more.", 4, 13),
        ("A bomb at a market in Quetta killed four people and injured ten. "
         "Another 3 people were wounded in the same district on 18 May.", 4, 13),
    ],
)
def test_the_wounded_of_an_attack_dated_long_before_an_undated_report_are_another_events(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text, date(2019, 5, 20)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb at a bus stop killed four people and injured ten. Two more of the injured died in hospital.", 6, 8),
        ("Shelling killed 3 civilians and wounded 15 in Donetsk; one more of the wounded died overnight.", 4, 14),
        ("A suicide attack on a checkpoint killed 6 policemen and injured 12, two of whom later died.", 8, 10),
        ("Gunmen killed 2 guards and wounded 7 at the bank; three of them died in hospital.", 5, 4),
        # near misses: a part of the wounded, those shot or hurt fatally, and more of the dead
        ("The blast wounded 12 people. Three more of the wounded were in critical condition.", 0, 12),
        ("Gunmen shot five people in Kaduna, two of whom later died.", 2, 3),
        ("The blast injured 20 people, three of them fatally.", 3, 17),
        ("A bomb killed four people and injured ten, two of whom were children.", 4, 10),
        ("Five people were killed on Monday. Two more of the dead were identified as police officers.", 5, 0),
    ],
)
def test_more_of_the_wounded_and_those_of_whom_who_died_are_taken_from_the_wounded(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb in Quetta killed four people and injured ten. "
         "In a similar attack on the same market last year, 30 people were wounded.", 4, 10),
        ("Gunmen killed 3 worshippers and injured 9 at a mosque in Kano. In a similar raid on a church, "
         "12 people were injured.", 3, 9),
        ("Shelling killed 5 civilians and wounded 11 in Avdiivka. In a similar shelling of the town, "
         "25 people were injured.", 5, 11),
        ("An airstrike killed 7 civilians and wounded 13 in Saraqib. At least 20 were wounded in a similar "
         "strike on the same street.", 7, 13),
        # near misses: the same attack told again, and more wounded of the report's own attack
        ("A bomb in Quetta killed four people and injured ten. Officials later said 12 had been wounded.", 4, 12),
        ("A bomb in Quetta killed four people and injured ten. A second blast at the site wounded 6 more.", 4, 16),
    ],
)
def test_the_wounded_of_a_similar_attack_told_for_comparison_widen_nothing(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Twelve victims of the market bombing remain in hospital, the health ministry said.", 0, 12),
        ("Two soldiers died in the ambush and four remained in the military hospital in Kandahar.", 2, 4),
        ("Three people were killed; 9 others were still in hospital on Tuesday.", 3, 9),
        ("Nine people were treated at a nearby hospital after the grenade attack in Srinagar.", 0, 9),
        # near misses: those in hospital told beside a count of the wounded are among them; one person
        # without a count
        ("Three people were killed and 20 injured; 12 remain in hospital.", 3, 20),
        ("The gunman remains in hospital under police guard.", 0, 0),
        ("Five children remain in the hospital's intensive care unit.", 0, 0),
    ],
)
def test_people_who_remain_in_hospital_were_wounded(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A car bomb killed 3 people in Kirkuk. Police put the number of injured at 12.", 3, 12),
        ("Hospital officials put the number of wounded at 27 after the blast at the stadium.", 0, 27),
        # near misses: a later account of the wounded told before widens them; a war's running total
        ("A bomb killed 3 people and wounded 10. Police put the number of injured at 12.", 3, 12),
        ("Monitors put the number of wounded since the start of the war at 9,000.", 0, 0),
    ],
)
def test_a_source_that_puts_the_number_of_wounded_at_a_figure_gives_the_events_wounded(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen killed or wounded 12 villagers in a raid near Maiduguri.", 0, 0),
        ("The blast at the bus station killed or injured dozens of travellers.", 0, 0),
        ("A car bomb wounded or killed at least 45 people in Sadr City, police said.", 0, 0),
        ("Militants kidnapped or killed 40 farmers in the district last week.", 0, 0),
        # near misses: two outcomes each with its own figure, and one verb's figure after "or" with no outcome before
        ("The bomb killed 4 and wounded 30, or nearly 30, police said.", 4, 30),
        ("Gunmen shot or stabbed 5 worshippers outside the church; all survived with injuries.", 0, 5),
    ],
)
def test_one_figure_after_killed_or_wounded_is_undivided_and_gives_nothing(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Three people were killed and 25 hospitalised after the blast at the fuel depot in Ramadi.", 3, 25),
        ("The mortar attack left 2 soldiers dead and 6 hospitalised.", 2, 6),
        ("Four pilgrims were killed and 17 others taken to hospital when the bus was ambushed.", 4, 17),
        # near misses: the hospitalised beside a count of the wounded are among them; no figure before
        ("Three were killed, 20 injured and 12 hospitalised, officials said.", 3, 20),
        ("Police arrested 3 men and 25 hospitalised protesters were questioned.", 0, 0),
    ],
)
def test_the_hospitalised_after_and_a_figure_with_its_auxiliary_were_wounded(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A car bomb exploded near a school in Homs, hurting 35 people, of them 10 dead.", 10, 25),
        ("The explosion at the bus depot injured 28 people, of whom 6 later died.", 6, 22),
        ("A grenade thrown into the crowd injured 14 people, 3 of whom died in hospital.", 3, 11),
        # near misses: who the hurt were, told after "of whom"; those kidnapped who died
        ("The explosion injured 35 people, of whom 10 were children.", 0, 35),
        ("The blast wounded 35, of whom 5 were seriously hurt.", 0, 35),
        ("Gunmen kidnapped 12 people, of whom 3 were later found dead.", 3, 0),
    ],
)
def test_the_dead_told_of_them_after_a_count_of_the_hurt_are_taken_from_it(
    text: str, killed: int, wounded: int
) -> None:
    assert totals(text) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Seventeen soldiers were critically injured and succumbed to their injuries in the freezing cold.", 17, 0),
        ("Three policemen were seriously wounded and later died in hospital, officials said.", 3, 0),
        ("Two patients in the ambulance were injured and died of their injuries.", 2, 0),
        # near misses: others who died, and the hurt who lived
        ("Three policemen were wounded and two others died in the attack on the post.", 2, 3),
        ("Four villagers were badly injured and taken to the district hospital.", 0, 4),
    ],
)
def test_people_told_hurt_and_then_dead_in_one_clause_count_as_dead_only(text: str, killed: int, wounded: int) -> None:
    assert totals(text) == (killed, wounded)
