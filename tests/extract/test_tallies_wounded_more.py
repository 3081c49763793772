"""The hurt as monitor reports, wire news, Wikipedia lists and South Asian and African news English
tell them, written fresh: "the injured, numbering 12,", "needed treatment", "treated at the scene
for minor injuries", "nursing injuries", survivors "pulled from the rubble in critical condition",
plural kin named in an aside ("Her younger sisters, Fatuma (12) and Aisha (9), and her
grandmother"), kin told again in an aside ("two other sons, Khaled's cousins,"), people "from the
neighbouring houses", and one more person "in critical condition" after others hurt one by one.
``REPORTS`` holds short reports with the killed and wounded an analyst records; ``HELD_BACK`` was
written with them and kept aside while the rules were made: it checks them."""

from __future__ import annotations

from typing import Any

import pytest

from crawler.extract.export import event_tallies_json
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def counts(text: str) -> list[tuple[int, str]]:
    tallies: list[Tally] = find_tallies(text, split_sentences(text))
    return [(t.count, t.outcome) for t in tallies]


def _toll(text: str, outcome: str) -> int:
    """The toll of one outcome in a text published the week after it."""
    figures = event_tallies_json(text, "2024-03-15")
    return sum(f["count"] for f in figures if f["outcome"] == outcome and not f["cumulative"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The injured, numbering 12, were taken to the district hospital in Quetta.", [(12, "wounded")]),
        ("The wounded, numbering about 40, were flown to Kabul.", [(40, "wounded")]),
        ("The dead, numbering 14, were buried in a mass grave on Friday.", [(14, "killed")]),
        ("The injured numbering 20 were shifted to the Civil Hospital.", [(20, "wounded")]),
        # no figure after the verb of counting, or a list of places after it
        ("The injured, numbering in the dozens, were taken to hospital.", []),
        ("The injured, numbering 12 in Quetta and 5 in Pishin, were taken to hospital.", []),
    ],
)
def test_the_hurt_numbering_a_figure_in_an_aside(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people needed treatment after the explosion at the market, hospital officials said.", [(8, "wounded")]),
        ("No one was killed, but 14 people needed hospital treatment.", [(14, "wounded")]),
        ("Two passengers required medical treatment, the airline said.", [(2, "wounded")]),
        # a figure of the hurt told otherwise is the figure; those needing care are a part of it
        ("Three people were injured and two needed hospital treatment.", [(3, "wounded")]),
        # no counted people before the verb
        ("The clinic said the patients needed treatment.", []),
        ("Nine people needed food and shelter after the floods.", []),
    ],
)
def test_people_who_needed_treatment_stand_for_the_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40 people were treated at the scene for minor injuries.", [(40, "wounded")]),
        ("Nine people were treated on the spot for burns.", [(9, "wounded")]),
        ("At least 35 people were treated for minor injuries at the scene.", [(35, "wounded")]),
        # the scene where the dead were found is no care
        ("The bodies were found at the scene with injuries.", []),
    ],
)
def test_people_treated_at_the_scene_for_injuries(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 3 people dead and 8 others nursing injuries.", [(3, "killed"), (8, "wounded")]),
        ("Five people were killed while 12 others are nursing gunshot wounds in hospital.", [(5, "killed"), (12, "wounded")]),
        ("Two soldiers are nursing injuries after the ambush in Kunar.", [(2, "wounded")]),
        ("The nursing staff treated injuries at the camp.", []),
    ],
)
def test_people_nursing_injuries(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A neighbour, Tariq Mansour, was pulled from the rubble in critical condition.", [(1, "wounded")]),
        ("Two children were pulled alive from the rubble in a serious condition.", [(2, "wounded")]),
        ("A boy, Hamza (6), was rescued alive from the rubble with injuries.", [(1, "wounded")]),
        ("Their daughter, Asma, was pulled from the debris alive with serious injuries.", [(1, "wounded")]),
        # the dead pulled out are the dead; a figure of the hurt told otherwise keeps the rescued in it
        ("Five bodies were pulled from the rubble with injuries.", [(5, "killed")]),
        ("12 people were injured; a girl was pulled from the rubble in critical condition.", [(12, "wounded")]),
        # no auxiliary: the rescuers are the subject
        ("Rescuers pulled three children from the rubble with injuries.", []),
    ],
)
def test_survivors_pulled_from_the_rubble_hurt(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Her younger sons, Omar (10) and Bilal (7), and her mother Samira were wounded by shrapnel.", 3),
        ("His two daughters, Lina (14) and Rama (11), and his brother Fadi were injured.", 3),
        ("His daughters, Lina and Rama, were injured.", 2),
        ("His brother Fadi and his daughters, Lina and Rama, were injured.", 3),
        ("Her two brothers, Yusuf and Idris, and her aunt Mariam were injured in the blast.", 3),
        # an aside that holds no names, or a single name, counts no one by itself
        ("The children, Reuters reported, were injured.", 0),
        ("His daughters, Lina, were injured.", 0),
    ],
)
def test_plural_kin_named_in_an_aside_before_the_verb(text: str, wounded: int) -> None:
    assert _toll(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two brothers, Ahmed (14) and Yusuf (9), and their father were killed.", 3),
        ("Her sons, Omar and Bilal, and their father were killed in the strike.", 3),
        ("Their children, Lina and Omar, were killed.", 2),
    ],
)
def test_plural_kin_named_in_an_aside_before_the_dead(text: str, killed: int) -> None:
    assert _toll(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("A relative said that two other sons of the family, Khaled's cousins, were injured.", 2),
        ("Three more members of the family, Samir's nephews, were wounded.", 3),
        ("Two other sons, his cousins, were injured.", 2),
        ("Two boys, Ali's grandsons, were injured.", 2),
        ("Two girls, his nieces, were wounded.", 2),
    ],
)
def test_counted_kin_told_again_in_an_aside(text: str, wounded: int) -> None:
    assert _toll(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Several people from the neighbouring houses were injured, according to the Civil Defence.", 2),
        ("Four people from the surrounding area were injured.", 4),
        ("Five people in the adjoining building were wounded.", 5),
        ("Two men from the neighboring village were hurt.", 2),
    ],
)
def test_people_from_the_houses_around(text: str, wounded: int) -> None:
    assert _toll(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("His wife, Rania, was injured, and a neighbour, Mahmoud Saleh, was in critical condition.", 2),
        ("Their mother was wounded, and a third relative, Ahmad's uncle Salim, was in critical condition.", 2),
        # one of those hurt, told again
        ("Twenty people were injured, and a child was in critical condition.", 20),
        ("A man was injured, and he is in critical condition.", 1),
        ("His wife was injured and was in critical condition.", 1),
    ],
)
def test_one_more_person_in_critical_condition_after_others_hurt(text: str, wounded: int) -> None:
    assert _toll(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A mother and her two children were killed in their sleep. Her husband was injured.", 3, 1),
        ("Gunmen stormed the house and two brothers were murdered in their sleep; their father was wounded.", 2, 1),
        # a death of old age is no event
        ("The former mayor, 91, died peacefully in his sleep on Sunday.", 0, 0),
    ],
)
def test_the_killed_in_their_sleep_died_in_an_attack(text: str, killed: int, wounded: int) -> None:
    assert (_toll(text, "killed"), _toll(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Their son was being treated for burns. Four people in the next house were also hurt.", 5),
        ("A girl was injured by shrapnel. Two neighbours were also wounded, medics said.", 3),
        ("One soldier was wounded in the ambush; three civilians have been also injured.", 4),
        # the same people, told again without "also"
        ("A girl was injured by shrapnel. Medics said three people were wounded in the strike.", 3),
        # named: one of those counted, told again
        ("Two people were injured. Her son, Ahmed Saleh, was also injured.", 2),
        # an unsure number of others a source tells of, "also" hurt, is the figure before told again
        (
            "Two men were injured in the strike. According to local sources, several people were also injured, "
            "but their names are not known.",
            2,
        ),
    ],
)
def test_people_also_hurt_after_others_hurt_are_more_of_them(text: str, wounded: int) -> None:
    assert _toll(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The injured have been identified as Ramesh Kumar, Suresh Yadav and Anil Singh.", 0, 3),
        ("The dead have been identified as Bilal Ahmad and Mudasir Dar, police said.", 2, 0),
        ("Two people were killed. The dead have been identified as Kofi Mensah and Ama Owusu.", 2, 0),
        # no names after the verb
        ("The injured have been taken to the district hospital.", 0, 0),
    ],
)
def test_the_hurt_or_dead_have_been_identified_as_names(text: str, killed: int, wounded: int) -> None:
    assert (_toll(text, "killed"), _toll(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two children survived with severe burns.", [(2, "wounded")]),
        ("Their father, Jamal, survived with injuries.", [(1, "wounded")]),
        ("His wife survived with serious injuries, the hospital said.", [(1, "wounded")]),
        # survived with nothing told of wounds
        ("Two children survived with their grandmother.", []),
    ],
)
def test_people_who_survived_with_injuries(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both legs" is no two people; the one who lost them was maimed (wounded), one person
        ("A child lost both legs and two other children were wounded.", [(1, "wounded"), (2, "wounded")]),
        ("A man lost both arms in the blast; both his sons were killed.", [(1, "wounded"), (2, "killed")]),
        # both people
        ("Both men were wounded.", [(2, "wounded")]),
        ("Both were injured by shrapnel.", [(2, "wounded")]),
    ],
)
def test_both_limbs_are_no_people(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight civilians were killed and as many wounded.", [(8, "killed"), (8, "wounded")]),
        ("The blast killed 12 people and as many were injured.", [(12, "killed"), (12, "wounded")]),
        ("Three soldiers were killed, and as many were wounded, the army said.", [(3, "killed"), (3, "wounded")]),
        ("Two soldiers and three civilians were killed and as many were injured.", [(2, "killed"), (3, "killed"), (5, "wounded")]),
        # a number after "as many as" is its own; "twice as many" is no count told
        ("Five were killed and as many as 20 wounded.", [(5, "killed"), (20, "wounded")]),
        ("Twice as many were wounded.", []),
    ],
)
def test_as_many_hurt_as_the_people_before(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_at_least_as_many_hurt_is_at_least_that_many() -> None:
    found = find_tallies(text := "Eight civilians were killed and at least as many wounded.", split_sentences(text))
    assert [(t.count, t.outcome, t.qualifier) for t in found] == [(8, "killed", "exact"), (8, "wounded", "at_least")]


def _report(text: str, killed: int, wounded: int, reason: str | None = None) -> Any:
    """One report and its analyst's killed and wounded; ``reason``: why it is still read wrong."""
    if reason is None:
        return pytest.param(text, killed, wounded, id=text[:50])
    return pytest.param(text, killed, wounded, id=text[:50], marks=pytest.mark.xfail(reason=reason, strict=True))


REPORTS = [
    # news wire
    _report("Three soldiers were killed and 14 others sustained injuries of varying degrees in the attack on the checkpoint in Borno.", 3, 14),
    _report("Two people died while 9 others suffered injuries of varying degrees when the bus overturned near Kano.", 2, 9),
    _report("Five villagers were killed and 11 others received injuries of varying degrees, police spokesman Abdullahi Haruna said.", 5, 11),
    _report("Seven people were killed and 23 were left injured after gunmen opened fire on a mosque in Zamfara.", 7, 23),
    _report("The blast killed four people and left 16 injured, officials said.", 4, 16),
    _report("Four policemen were killed and 19 people were left injured in the grenade attack in Garissa.", 4, 19),
    _report("Six people were killed in the explosion. The injured, numbering 31, were rushed to Lady Reading Hospital.", 6, 31),
    _report("Eleven people were treated for shrapnel wounds and shock after the rocket hit a house in Sderot.", 0, 11),
    _report("Medics said 7 were treated for shrapnel wounds and 20 for shock.", 0, 7),
    _report("The bomb killed two people, injuring 18, six of them seriously.", 2, 18),
    _report("Gunmen attacked the convoy, killing three guards and injuring 9, two of them critically.", 3, 9),
    _report("Rockets struck the camp on Tuesday, injuring 25, 4 of them seriously, the UN said.", 0, 25),
    _report("Five dead, 30 hurt, two critically, in Karachi factory blaze.", 5, 30),
    _report("The grenade attack left 12 hurt, two critically, police said.", 0, 12),
    _report("The militants stormed the post, killing five soldiers and wounding seven in the process.", 5, 7),
    _report("The truck ploughed into the crowd, wounding 14 in the process, before police shot the driver.", 0, 14),
    _report("At least 22 people were wounded in the shelling. Eight of the injured are children, the hospital director said.", 0, 22),
    _report("The fire killed three workers and left 12 with burns, the fire service said.", 3, 12),
    _report("The gas cylinder explosion left 9 with burns and two dead.", 2, 9),
    _report("The tanker explosion killed 17 people and left dozens with severe burns.", 17, 24),
    _report("Two people died and 15 others sustained injuries when the roof of the school collapsed in Lagos.", 2, 15),
    _report("Police said 4 people were killed while 13 sustained serious injuries in the clash.", 4, 13),
    _report("Eleven passengers suffered minor injuries, a spokesman for the railway said.", 0, 11),
    _report("One person was killed and six others sustained gunshot wounds, the police said.", 1, 6),
    _report("Twenty people were left wounded after the blast at the bus terminal.", 0, 20),
    _report("The explosion left a policeman dead and 13 others injured.", 1, 13),
    _report("Six people, including two children, were treated for injuries at the scene.", 0, 6),
    _report("The shelling wounded 15 civilians, 3 of them seriously, according to the regional governor.", 0, 15),
    _report("Of the 26 injured, 9 are children, the health ministry said.", 0, 26),
    _report("The strike killed 8 people and injured 31, among them 12 children.", 8, 31),
    _report("At least 14 people were injured, five of whom are in critical condition.", 0, 14),
    _report("Two soldiers were killed and four injured, one critically, in the ambush in Kunar.", 2, 4),
    _report(
        "Paramedics treated 18 people for smoke inhalation, and four were taken to hospital.",
        0,
        18,
        "'treated 18 people for smoke inhalation': a complaint that is no injury word gives nothing, so the 4 taken to hospital stand in",
    ),
    # monitor reports
    _report(
        "An alleged airstrike hit a house in Maarat al-Numan, killing a woman, Huda al-Ali. Her younger sons, "
        "Omar (10) and Bilal (7), and her mother Samira were wounded by shrapnel.",
        1,
        3,
    ),
    _report("A strike killed the father, Abdullah Nasser. His two daughters, Lina (14) and Rama (11), and his brother Fadi were injured.", 1, 3),
    _report("A relative said that two other sons of the family, Khaled's cousins, were injured.", 0, 2),
    _report("Doctors said that four people from the adjacent building were wounded.", 0, 4),
    _report("Eleven people from the same family were injured in the strike.", 0, 11),
    _report("His son Ali was injured, as were his brother Nabil and Nabil's wife Huda.", 0, 3),
    _report("Mohammed al-Khatib was wounded, as was his son Yazan.", 0, 2),
    _report("His wife and two children were wounded in the strike.", 0, 3),
    _report("The strike also wounded the father, Hisham, and his two daughters.", 0, 3),
    _report("Two neighbours were also hurt, one of them seriously.", 0, 2),
    _report("Three children were taken to hospital, two of them in critical condition.", 0, 3),
    _report(
        "The survivors, a woman and her infant son, were injured.",
        0,
        2,
        "'The survivors, a woman and her infant son,': people without a number told again by kind, with no count among them, give nothing",
    ),
    _report("According to the White Helmets, 5 people were killed and 12 others were injured, most of them women and children.", 5, 12),
    _report("The Syrian Observatory for Human Rights said 7 civilians were killed, including 2 children, and 15 wounded.", 7, 15),
    _report("Local sources reported that 3 people were killed and several others were injured.", 3, 2),
    _report("Shaam News Network said the strike left 9 dead and 20 wounded.", 9, 20),
    # Wikipedia lists
    _report("12 March – A car bomb in Mogadishu kills 7 people and injures 15.", 7, 15),
    _report("4 June – Gunmen attack a church in Owo, killing 40 and injuring 87.", 40, 87),
    _report("Suicide bombing at a police station in Quetta: 9 killed, 26 injured.", 9, 26),
    _report("A landmine explosion kills two children and injures three others in Kandahar Province.", 2, 3),
    _report("Bombing of a market in Maiduguri; 18 dead, 48 wounded.", 18, 48),
    _report("The Taliban attack a checkpoint, killing 8 soldiers; 3 others are wounded.", 8, 3),
    # South Asian and African news English
    _report("As many as 5 persons were killed and 17 others injured when a speeding truck hit a bus.", 5, 17),
    _report("Two jawans were martyred and three others sustained injuries in the IED blast in Sukma.", 2, 3),
    _report("Four labourers lost their lives and seven others sustained burn injuries in the factory fire.", 4, 7),
    _report("Two civilians were martyred while eight others received injuries in the Indian shelling along the LoC.", 2, 8),
    _report("Rescue 1122 said 6 people were killed and 21 were injured in the roof collapse.", 6, 21),
    _report("The blast claimed six lives and left 18 others injured.", 6, 18),
    _report("Bandits killed 12 villagers and left 8 others with gunshot injuries in Katsina.", 12, 8),
    _report("The Kenya Red Cross said 14 people were injured, 5 of them critically, in the stampede.", 0, 14),
    _report("Three people died and 28 were hospitalised after the explosion.", 3, 28),
    _report("Twenty-one people were admitted to hospital with injuries.", 0, 21),
    # no figure of the hurt
    _report("The hospital has treated 400 patients since the war began.", 0, 0),
    _report("Injuries of varying degrees are common in such accidents, the official said.", 0, 0),
    _report("He said 12 people were left homeless by the fire.", 0, 0),
    _report("The clinic needed 20 more nurses to treat the injured.", 0, 0),
    _report("Civilians were injured in the strike, the ministry said.", 0, 0),
    _report("The number of injured is expected to rise.", 0, 0),
]

HELD_BACK = [
    _report("Four soldiers were killed and 10 others sustained injuries of varying degrees, the army said.", 4, 10),
    _report("One person died while 6 others received injuries of varying degrees in the crash in Ogun.", 1, 6),
    _report("The ambush left 5 police officers dead and 11 others injured.", 5, 11),
    _report("Two people were killed and 8 were left injured when the wall collapsed.", 2, 8),
    _report("The injured, numbering 27, were taken to the Mayo Hospital in Lahore.", 0, 27),
    _report("Fifteen people needed hospital treatment after the attack, paramedics said.", 0, 15),
    _report("Six residents were treated for shrapnel wounds and shock, Magen David Adom said.", 0, 6),
    _report("The bomb killed a soldier and wounded 13 others, four of them seriously.", 1, 13),
    _report("Nine hurt, one critically, as gunmen open fire on wedding party.", 0, 9),
    _report("The attacker drove into the crowd, injuring 17 in the process.", 0, 17),
    _report("At least 30 people were wounded. Eleven of the injured are women, medics said.", 0, 30),
    _report("The blaze killed two and left 7 with burns.", 2, 7),
    _report("The explosion left 4 people with severe burns.", 0, 4),
    _report("Three passengers sustained serious injuries and were airlifted to hospital.", 0, 3),
    _report("Gunmen killed 6 worshippers and injured 14 others, 3 critically, in the mosque attack.", 6, 14),
    _report("Ten persons, including four women, sustained injuries in the clash.", 0, 10),
    _report("The shelling injured 8, among them two children, the local council said.", 0, 8),
    _report(
        "Five members of the family were killed. Her two nephews, Adam (9) and Zaid (6), and her father Saleh were injured.",
        5,
        3,
        "'Her two nephews, Adam (9) and Zaid (6), and': counted kin named before ', and' are read only for the kin words of roles, which lack 'nephews'",
    ),
    _report("A cousin said that three other children of the family, Yasser's grandsons, were wounded.", 0, 3),
    _report("A number of people from the nearby houses were injured.", 0, 2),
    _report("Five people from the neighbouring building were injured, according to medics.", 0, 5),
    _report("His mother was injured, and a neighbour, Salwa Haddad, was in critical condition.", 0, 2),
    _report("A teenager, Ayman Qasem, was pulled from the rubble in critical condition.", 0, 1),
    _report("A girl, Layan (3), was rescued alive from the rubble with injuries.", 0, 1),
    _report("His wife Nada was injured, as were his son Ahmad and Ahmad's wife Rim.", 0, 3),
    _report("His uncle was wounded, as were two cousins.", 0, 3),
    _report("The Civil Defence said 2 people were killed and 9 others were wounded, most of them children.", 2, 9),
    _report("3 January – A bomb at a bus stop in Jos kills 5 people and injures 22.", 5, 22),
    _report("A roadside bomb kills 3 soldiers and wounds 5 others in Helmand.", 3, 5),
    _report("Three jawans lost their lives and two others sustained injuries in the encounter.", 3, 2),
    _report("Police said 4 persons died on the spot while 9 others were injured.", 4, 9),
    _report("The Nigerian Red Cross said 19 people were injured, 4 of them critically.", 0, 19),
    _report("Two people died and 12 were hospitalised after the blast at the depot.", 2, 12),
    _report("At least 35 people were treated for minor injuries at the scene.", 0, 35),
    _report("The attack claimed four lives and left 10 others injured.", 4, 10),
    _report("The injured numbered 16, the district commissioner said.", 0, 16),
    _report("The blast killed 7, injuring 20, five of them critically, officials said.", 7, 20),
    _report("Rebels killed 5 villagers, wounding 3 in the process.", 5, 3),
    _report("The new ward can treat 30 injured people at a time.", 0, 0),
    _report("Some of the injured are children, the doctor said.", 0, 0),
]


@pytest.mark.parametrize(("text", "killed", "wounded"), REPORTS)
def test_the_killed_and_wounded_of_a_report(text: str, killed: int, wounded: int) -> None:
    assert (_toll(text, "killed"), _toll(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(("text", "killed", "wounded"), HELD_BACK)
def test_the_killed_and_wounded_of_a_held_back_report(text: str, killed: int, wounded: int) -> None:
    assert (_toll(text, "killed"), _toll(text, "wounded")) == (killed, wounded)
