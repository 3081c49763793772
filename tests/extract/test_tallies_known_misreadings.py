"""Constructions of news, list entries and monitor reports that were read wrong: one person named
by office "of" an institution or by a part in a wedding, attackers shot dead in a second verb or a
verbless clause, counted people killed in a second verb, one of a whole "who died", one person told again with "the", executions by shooting, the hurt who all died,
a total "in all" told after its parts, the dead on board and on the ground, and the people a ward
is able to treat."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded the figures of the text's own event sum to."""
    figures = [f for f in event_tallies_json(text, "2019-06-01") if not f["cumulative"]]
    return tuple(sum(f["count"] for f in figures if f["outcome"] == outcome) for outcome in ("killed", "wounded"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead the pastor of a church in Kaduna State on Sunday.", (1, 0)),
        ("A bomb killed the imam of the central mosque in Garissa and two worshippers.", (3, 0)),
        ("A sniper killed the bride and wounded the groom at a wedding in Daraa.", (1, 1)),
        ("Police stormed the plane in Larnaca; the hijacker was killed and two passengers were wounded.", (1, 2)),
        ("Gunmen opened fire on a minibus near Jalalabad, killing the driver and three passengers.", (4, 0)),
        ("A sticky bomb killed the deputy mayor of Kirkuk outside his home on Tuesday.", (1, 0)),
        # near misses: a place "of" a place, people of a wedding who are not its dead
        ("Gunmen attacked the school of a village near Maiduguri, killing three pupils.", (3, 0)),
        ("A bomb destroyed the police station of a town in Diyala, killing four officers.", (4, 0)),
        ("The groom's father said four guests were killed.", (4, 0)),
        ("The imam of the mosque said 12 worshippers were killed in the blast.", (12, 0)),
    ],
)
def test_one_person_by_office_or_by_part_in_a_wedding(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knife attack at a bus station in Beersheba; two passengers wounded, assailant shot dead.", (1, 2)),
        ("Ramming attack at a junction near Hebron: three soldiers hurt, attacker shot dead.", (1, 3)),
        ("A man stabbed two guards outside the embassy in Amman and was shot dead by police.", (1, 2)),
        ("The gunman wounded four worshippers at a mosque in Quebec and was killed by a security guard.", (1, 4)),
        ("Four militants stormed the checkpoint in Kupwara; troops killed all of them in a gunbattle.", (4, 0)),
        ("Three gunmen attacked the post at Bannu; troops killed them.", (3, 0)),
        ("Two gunmen opened fire on worshippers in Kano and were killed by guards.", (2, 0)),
        ("A shepherd stepped on a landmine near Kunar and was killed.", (1, 0)),
        # near misses: an attacker caught alive, another subject before "and was", other people taken
        ("A gunman wounded three people in a cafe in Malmo and was overpowered by customers.", (0, 3)),
        ("Two attackers wounded a guard at the bank; police arrested one of them.", (0, 1)),
        ("Two policemen chased the robbers; soldiers shot them dead.", (0, 0)),
    ],
)
def test_an_attacker_killed_in_a_second_verb_or_a_verbless_clause(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An attacker stabbed a policeman in Jerusalem; the policeman was moderately hurt.", (0, 1)),
        ("Gunmen wounded a guard outside the bank in Kano; the guard was hurt in the leg.", (0, 1)),
        ("A sniper shot a soldier near Avdiivka; the soldier was seriously wounded.", (0, 1)),
        ("Militants killed a teacher in Kandahar; the teacher was shot dead in front of his pupils.", (1, 0)),
        # near misses: one more of the role, told "also" or "another", or one of the first one's kin
        ("Gunmen killed a soldier in Kunar; the soldier in the next post was also killed.", (2, 0)),
        ("Gunmen wounded a guard in Kano; the guard's son was also hurt.", (0, 2)),
        ("A gunman wounded a policeman at the gate; another policeman was hurt by shrapnel.", (0, 2)),
    ],
)
def test_one_of_a_role_told_again_with_the_after_a_semicolon(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen lined up and shot 14 bus passengers on the highway near Quetta.", (14, 0)),
        ("Twenty-two miners were lined up and shot by militants in Balochistan.", (22, 0)),
        ("Soldiers lined up and shot dead 11 villagers near Bunia.", (11, 0)),
        ("Fighters shot eight captured soldiers and threw their bodies into the river.", (8, 0)),
        ("Militiamen shot 30 villagers and buried their bodies in a mass grave near Bunia.", (30, 0)),
        ("A man was shot and his body left by the road outside Culiacan.", (1, 0)),
        # near misses: shot in a limb, lined up for no shooting, bodies found in another clause
        ("Police shot three protesters in the legs during the march in Lagos.", (0, 3)),
        ("Soldiers lined up the villagers and searched their homes.", (0, 0)),
        ("Gunmen shot 12 men and fled; police recovered the bodies.", (0, 0)),
    ],
)
def test_an_execution_by_shooting(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An attacker stabbed three worshippers outside a church in Rouen; all three died of their wounds.", (3, 0)),
        ("Two policemen were stabbed at a checkpoint in Nice; both died of their wounds.", (2, 0)),
        ("Gunmen wounded two policemen in Kirkuk; both died in hospital.", (2, 0)),
        ("Two people were wounded in the grenade attack, and both later died.", (2, 0)),
        ("A gunman shot two shopkeepers in Peshawar; both men later died in hospital.", (2, 0)),
        # near misses: not all of the hurt, no death
        ("Gunmen wounded three policemen in Kirkuk; both died in hospital.", (2, 3)),
        ("An attacker stabbed two tourists in Hurghada; both victims were treated in hospital.", (0, 2)),
    ],
)
def test_the_hurt_who_all_died_are_dead_only(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead included two children; in all 9 people were killed in the blast.", (9, 0)),
        ("The victims included four women and a baby; in all 26 people were killed when the bus was hit.", (26, 0)),
        ("Among the dead were three policemen; altogether 21 people died in the attack in Quetta.", (21, 0)),
        # near misses: another outcome, other things in all
        ("Three children were killed; in all 17 houses were destroyed.", (3, 0)),
        ("Five soldiers were killed; in all 9 people were wounded.", (5, 9)),
    ],
)
def test_a_total_in_all_after_its_parts_is_their_whole(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airliner crashed into a housing estate after a bomb exploded in its hold, killing all 259 on board "
         "and 11 people on the ground.", (270, 0)),
        ("A missile brought down the transport plane near Sukhumi, killing all 27 people on board and two on the "
         "ground.", (29, 0)),
        ("The cargo plane crashed into a market in Kinshasa, killing all six crew and 40 people on the ground.",
         (46, 0)),
        # near misses: no one more after "on board", the people on the ground hurt
        ("A bomb destroyed the airliner over the Tenere desert, killing all 170 people on board.", (170, 0)),
        ("The blast killed all 44 people on board and injured 12 on the ground.", (44, 12)),
    ],
)
def test_the_dead_on_board_and_on_the_ground(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The field hospital can receive up to 200 wounded a day.", (0, 0)),
        ("The new trauma centre is able to treat 50 injured patients at once.", (0, 0)),
        ("Each ambulance can carry four injured people.", (0, 0)),
        ("The clinic has room for 40 wounded soldiers.", (0, 0)),
        # near misses: people treated, the hurt of the day named with "the"
        ("The hospital treated 30 injured people on Friday.", (0, 30)),
        ("Medics said they could treat the 25 injured brought in overnight.", (0, 25)),
    ],
)
def test_the_people_a_ward_is_able_to_take_in_are_not_hurt(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted people the sentence opens on, whose death a second verb after "and" tells
        ("Two soldiers stepped on a landmine near the border and were killed, the army said.", (2, 0)),
        ("Three militants attacked the checkpoint in Arish and were killed in the exchange of fire.", (3, 0)),
        ("Four protesters tried to storm the governor's office and were shot dead by the guards.", (4, 0)),
        ("Two brothers went to the market in Baquba and were killed in the blast.", (2, 0)),
        # near misses: another fate, a new subject after "and", one person, an uncounted subject
        ("Two men robbed a bank in Kano and were arrested.", (0, 0)),
        ("Three militants attacked the checkpoint and two soldiers were killed.", (2, 0)),
        ("Gunmen attacked the checkpoint and were killed by troops.", (0, 0)),
    ],
)
def test_counted_people_killed_in_a_second_verb(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of a counted whole whose fate a relative clause tells: the whole is the figure
        ("Sergeant Cole was one of the 179 British soldiers who died in Iraq.", (179, 0)),
        ("He was one of the 15 villagers who were killed in the raid on Tuesday.", (15, 0)),
        ("She was one of 12 demonstrators who were wounded when police opened fire.", (0, 12)),
        # near misses: the whole's deed is no outcome, or one of them befell it
        ("He was one of the 30 soldiers who fought at the pass.", (0, 0)),
        ("One of the 15 hostages who were freed on Monday was later killed.", (1, 0)),
    ],
)
def test_one_of_a_whole_whose_fate_a_relative_clause_tells(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
