"""Entries of lists of attacks of every era and list family ("List of terrorist incidents in
1985", lists of massacres, of bombings, of assassinations): titles with no verb, several
attacks told in one entry, and the tolls the editors' Dead and Injured columns record."""

from __future__ import annotations

import pytest

from crawler.extract.export import event_tallies_json
from crawler.extract.records import Tally
from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies


def tallies(text: str) -> list[Tally]:
    return find_tallies(text, split_sentences(text))


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in tallies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Massacre of 34 villagers at Dizangué by Boko Haram fighters.", [(34, "killed")]),
        ("1996 Kibeho attack: Massacre of 41 displaced people by militiamen.", [(41, "killed")]),
        ("Assassination of a judge in Tizi Ouzou by GIA gunmen.", [(1, "killed")]),
        ("Assassination of Rafael Ordóñez, a councillor of San Sebastián, by ETA gunmen in a bar.",
         [(1, "killed")]),
        ("The assassination of two magistrates in Palermo by a Mafia car bomb.", [(2, "killed")]),
    ],
)
def test_an_entry_titled_by_a_noun_of_killing_counts_its_people(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Massacre of El Mozote by the Atlacatl Battalion.",  # a massacre's name after "of": its place
        "Massacres of civilians were reported across the province.",
        "The attempted assassination of a judge in Tizi Ouzou by GIA gunmen.",
        "The attempted murder of a shopkeeper in Mardan by extortionists.",
        "An assassination attempt on the governor of Kandahar failed.",
        "Police uncovered a massacre plot against villagers in Gwoza.",
    ],
)
def test_a_massacre_by_name_or_an_attempt_counts_no_dead(text: str) -> None:
    assert [c for c in counts(text) if c[1] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb in Shaab killed nine and a suicide bomber in Kadhimiya killed seven.",
         [(9, "killed"), (7, "killed")]),
        ("A roadside bomb killed three and a gunman wounded two.", [(3, "killed"), (2, "wounded")]),
        ("The first blast killed 11 worshippers and a second bomber at the gate killed four guards.",
         [(11, "killed"), (4, "killed")]),
    ],
)
def test_an_entry_telling_a_second_attack_after_and_counts_each_attack_once(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two policemen and a soldier in Tikrit.", [(2, "killed"), (1, "killed")]),
        ("Gunmen killed two policemen and a soldier, wounding four.", [(2, "killed"), (1, "killed"), (4, "wounded")]),
        ("A bomb killed five soldiers and a suicide bomber at a checkpoint in Baiji.", [(5, "killed"), (1, "killed")]),
    ],
)
def test_one_more_person_after_and_stays_among_the_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terrorists abducted a 17-year-old shepherd and later shot him dead near Shopian.",
         [(1, "captured"), (1, "killed")]),
        ("Militants kidnapped a Coptic doctor in Arish and beheaded him.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted a nurse in Kidal and later killed her.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted two engineers in Niger Delta and later killed them.", [(2, "captured"), (2, "killed")]),
    ],
)
def test_one_taken_and_later_killed_is_counted_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted a nurse in Kidal and later killed her husband.", [(1, "captured"), (1, "killed")]),
        ("Gunmen abducted a nurse and a driver in Kidal and later killed him.", [(1, "captured"), (1, "captured")]),
        ("Gunmen abducted a nurse in Kidal; soldiers later shot him dead.", [(1, "captured")]),
        ("Gunmen abducted a nurse in Kidal and later released her.", [(1, "captured")]),
        ("Police arrested a suspect in Mardan and later shot him dead.", []),
        ("Gunmen shot a policeman in Quetta and later killed him.", []),
        ("Gunmen abducted a nurse in Kidal and then killed", [(1, "captured")]),
    ],
)
def test_a_pronoun_without_one_taken_before_it_counts_no_one(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire at a nightclub in Orlando, killing 49 people, before turning the gun on himself.",
         [(49, "killed"), (1, "killed")]),
        ("A student killed 15 people at a school in Winnenden and later turned his weapon on himself.",
         [(15, "killed"), (1, "killed")]),
        ("The gunman shot 12 worshippers and then turned the gun on himself.", [(1, "killed")]),
        ("The gunman turned the gun on the crowd, killing 12 people.", [(12, "killed")]),
        ("The gunman turned his rifle on two officers, wounding both.", [(2, "wounded")]),
    ],
)
def test_a_killer_turning_the_gun_on_himself_is_one_dead_more(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot a lawyer in Quetta, resulting in his death.", [(1, "killed")]),
        ("Militants attacked a checkpoint guard near Arish, causing her death.", [(1, "killed")]),
        ("Gunmen shot dead a lawyer in Quetta, and his death sparked protests.", [(1, "killed")]),
        ("Gunmen shot a lawyer in Quetta, months after his death threats were reported.", []),
        ("Gunmen shot two lawyers in Quetta, resulting in his death.", []),
        ("His death was confirmed by police in Baqubah.", []),
    ],
)
def test_his_death_after_one_shot_or_attacked_counts_that_one(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def total_killed(text: str) -> int:
    return sum(t.count for t in tallies(text) if t.outcome == "killed" and t.subset_of is None)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The attacker was among the 14 dead after a suicide blast at a mosque in Zahedan.", 14),
        ("Both bombers were among the 31 dead after a suicide bombing at a market in Maiduguri.", 31),
        ("Twelve people were killed in a suicide bombing in Zahedan.", 13),  # the bomber on top, as lists count him
    ],
)
def test_a_bomber_said_to_be_among_the_dead_is_not_added_again(text: str, killed: int) -> None:
    assert total_killed(text) == killed


def tolls(text: str) -> tuple[int, int]:
    """The killed and wounded the figures of the text's own event sum to, as a list's columns."""
    figures = [f for f in event_tallies_json(text, "2016-03-01") if not f["cumulative"]]
    return tuple(sum(f["count"] for f in figures if f["outcome"] == outcome) for outcome in ("killed", "wounded"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb exploded at a market in Hilla; the toll was 12 dead and 35 injured.", (12, 35)),
        ("A grenade was thrown into a bar in Bujumbura. The death toll was four.", (4, 0)),
        ("A car bomb went off outside a court in Mogadishu, with a toll of 19 dead and 30 injured.", (19, 30)),
        ("A bomb killed four people in Hilla. The death toll was 6.", (6, 0)),
        ("The death toll in the war since 2011 was 400,000.", (0, 0)),  # a wider span: a running total
        ("A bomb killed four people in Hilla; the toll of the insurgency this year is 900.", (4, 0)),
    ],
)
def test_a_toll_told_as_what_it_was_is_the_entrys_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber struck a rally in Mastung; initial reports said 20 were killed, but the death toll "
         "eventually reached 149.", (149, 0)),
        ("A truck bomb exploded at a junction in Mogadishu, killing 50 people. The final death toll was 587.", (587, 0)),
        ("A bomb killed 20 people in Mastung; the toll of the insurgency eventually reached 5,000 this year.", (20, 0)),
        ("A bomb killed 20 people in Mastung. Police said the toll of such attacks stood at 300.", (20, 0)),
    ],
)
def test_a_final_toll_far_above_the_first_reports_is_the_entrys_toll(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected


# Entries written for the list families and eras the lists draw from (1970s to 2010s; prose, present
# tense, verbless titles, table rows with field labels, several attacks in one entry, the attackers'
# dead, later tolls), each with the Dead and Injured an editor following the lists' conventions
# records.  The strict xfails are constructions still read wrong.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A bomb hidden in a parked car exploded outside a pub in Belfast, killing four people and injuring '
            '35.',
            (4, 35),
        ),
        ('Gunmen of the Provisional IRA shot dead two off-duty soldiers at a checkpoint near Crossmaglen.', (2, 0)),
        (
            'A bomb exploded in the waiting room of Bologna Centrale railway station, killing 85 people and '
            'wounding more than 200.',
            (85, 200),
        ),
        (
            'Palestinian gunmen hijacked a Lufthansa airliner over the Mediterranean; the pilot was shot dead by '
            'the hijackers.',
            (1, 0),
        ),
        (
            'ETA set off a car bomb in the car park of a supermarket in Barcelona. 21 people died and 45 were '
            'injured.',
            (21, 45),
        ),
        (
            'A bomb planted by Sikh militants destroyed an Air India jet off the coast of Ireland, killing all '
            '329 people on board.',
            (329, 0),
        ),
        (
            'Shining Path guerrillas detonated two truck bombs on Tarata street in the Miraflores district of '
            'Lima, killing 25 and injuring 155.',
            (25, 155),
        ),
        (
            'A suicide bomber drove a truck into the Central Bank in Colombo, killing 91 people and wounding '
            'about 1,400.',
            (91, 1400),
        ),
        (
            "Six gunmen of al-Gama'a al-Islamiyya massacred tourists at the Temple of Hatshepsut near Luxor; 62 "
            'people were killed, including the six attackers.',
            (62, 0),
        ),
        (
            'Armed men entered the village of Bentalha south of Algiers during the night and killed more than 200'
            ' villagers with knives and axes.',
            (200, 0),
        ),
        ('A series of 13 bombs went off across Bombay, killing 257 people and injuring 713.', (257, 713)),
        ('The Red Brigades kidnapped former prime minister Aldo Moro in Rome, killing his five bodyguards.', (5, 0)),
        ('A bomb exploded at a café on the rue de Rennes in Paris, killing seven and injuring 55.', (7, 55)),
        (
            'Militants threw grenades into a crowded cinema in Jaffna; eleven people were killed and 40 wounded.',
            (11, 40),
        ),
        ('Tamil Tigers attacked the Sri Maha Bodhi shrine in Anuradhapura, shooting dead 146 pilgrims.', (146, 0)),
        (
            'A car bomb exploded at the AMIA Jewish community centre in Buenos Aires, killing 85 people and '
            'injuring more than 300.',
            (85, 300),
        ),
        (
            'Two men opened fire on a bus carrying Israeli tourists near Ismailia, killing nine Israelis and two '
            'Egyptians and wounding 17.',
            (11, 17),
        ),
        ('A remote-controlled bomb hit a bus carrying police cadets in Karachi; 14 cadets were killed.', (14, 0)),
        ('A time bomb exploded on a train near Lahore, killing 11 passengers and injuring 30 others.', (11, 30)),
        (
            'FARC rebels attacked the police station of Toribío with gas-cylinder bombs, killing three policemen '
            'and a civilian.',
            (4, 0),
        ),
        (
            'A bomb exploded aboard a Avianca flight shortly after take-off from Bogotá, killing all 107 people '
            'on board and three people on the ground.',
            (110, 0),
        ),
        (
            'The Armed Islamic Group set off a bomb in a Paris RER train at Saint-Michel station; eight people '
            'died and 117 were wounded.',
            (8, 117),
        ),
        (
            'Gunmen stormed a mosque in Hebron and shot worshippers; 29 were killed before the gunman was beaten '
            'to death by survivors.',
            (30, 0),
        ),
        ("A bomb blast in a crowded market of Dhaka's old town left 10 dead and 50 injured.", (10, 50)),
        (
            'Kurdish PKK militants raided the village of Pınarcık in Mardin province, killing 30 villagers '
            'including 16 children.',
            (30, 0),
        ),
        (
            'A bomb planted in a bag exploded at the Harrods department store in London, killing six people: '
            'three police officers and three civilians. 90 were injured.',
            (6, 90),
        ),
        ('Sikh militants stopped a bus near Muktsar and shot dead 24 Hindu passengers.', (24, 0)),
        (
            'An explosion ripped through a Moscow apartment block on Guryanova Street, killing 94 residents and '
            'injuring 249.',
            (94, 249),
        ),
        (
            'Chechen gunmen seized the hospital in Budyonnovsk; 129 civilians died in the siege and 415 were '
            'wounded.',
            (129, 415),
        ),
        (
            'The Ulster Volunteer Force shot dead six Catholic men watching a football match in a pub in '
            'Loughinisland and wounded five others.',
            (6, 5),
        ),
        ('A car bomb exploded near a Shia mosque in Tal Afar, killing 19 worshippers.', (19, 0)),
        (
            'Two suicide bombers blew themselves up at a volleyball match in Lakki Marwat, killing 105 '
            'spectators.',
            (107, 0),
        ),
        (
            'A roadside bomb struck a minibus carrying wedding guests in Kandahar province, killing 11 civilians '
            'including four children.',
            (11, 0),
        ),
        (
            'Al-Shabaab fighters overran an African Union base in El Adde; dozens of Kenyan soldiers were killed.',
            (24, 0),
        ),
        (
            'Gunmen on motorcycles opened fire on worshippers at a church in Dablo, killing six including the '
            'priest.',
            (6, 0),
        ),
        (
            'Suspected Boko Haram fighters raided Konduga, burning homes and killing 15 villagers; three others '
            'were wounded.',
            (15, 3),
        ),
        ('A grenade was hurled into a bar in Bujumbura, wounding 12 customers.', (0, 12)),
        (
            'An improvised explosive device hit a patrol of the Malian army near Ménaka, killing four soldiers '
            'and wounding two.',
            (4, 2),
        ),
        (
            'Militants attacked a gendarmerie post in Tillabéri region, killing nine gendarmes. Five attackers '
            'were also killed.',
            (14, 0),
        ),
        (
            'A suicide bomber on a motorbike struck a checkpoint in Maiduguri, killing two vigilantes and '
            'himself.',
            (3, 0),
        ),
        (
            'A bomb hidden in a rickshaw exploded at a vegetable market in Parachinar, killing 23 and wounding 87'
            ' others.',
            (23, 87),
        ),
        ('Unknown gunmen shot dead a local councillor in Beni Mellal.', (1, 0)),
        (
            'Armed men attacked the Radisson Blu hotel in Bamako and took 170 hostages; 20 hostages and both '
            'gunmen were killed.',
            (22, 0),
        ),
        (
            'A car bomb targeted a convoy of the governor of Lahij, who survived; four of his guards were killed.',
            (4, 0),
        ),
        ('Two bombs exploded at the Boston Marathon finish line, killing three spectators and injuring 264.', (3, 264)),
        (
            'Islamists attacked a bus carrying Coptic pilgrims near Minya, shooting dead 28 passengers and '
            'wounding 25.',
            (28, 25),
        ),
        ('A rocket fired from Gaza hit a house in Sderot, lightly wounding two residents.', (0, 2)),
        (
            'A Palestinian assailant rammed his car into a bus stop near Kiryat Arba, wounding three soldiers '
            'before he was shot dead.',
            (1, 3),
        ),
        (
            'An attacker stabbed two tourists on a beach in Hurghada before being arrested; both victims died of '
            'their wounds.',
            (2, 0),
        ),
        (
            'Maoist rebels blew up a vehicle carrying police in Dantewada district, killing 10 policemen and the '
            'driver.',
            (11, 0),
        ),
        (
            'A bomb exploded in a crowded bazaar in Peshawar, killing 12 people. Thirty-one others were injured.',
            (12, 31),
        ),
        ('A gunman attacked a beach hotel in Sousse, killing 38 tourists before he was shot dead by police.', (39, 0)),
        ('ISIL militants shot 12 men in the village of Hamam al-Alil and dumped their bodies in a ditch.', (12, 0)),
        ('A landmine planted by the ELN killed a soldier and wounded four others in Arauca.', (1, 4)),
        ('A grenade thrown into a crowd at a rally in Srinagar injured 17 people, three of them seriously.', (0, 17)),
        ('Gunmen stormed a school in Kumbo and set fire to classrooms; no one was hurt.', (0, 0)),
        ('A car bomb explodes near the central market of Hilla, killing 27 people and injuring 60.', (27, 60)),
        ('Gunmen open fire on a minibus in Quetta, killing eight Hazara passengers.', (8, 0)),
        ('A suicide bomber blows himself up at a funeral in Nangarhar, killing 15 mourners and wounding 20.', (16, 20)),
        ('Five soldiers die when their vehicle hits a mine near Gao.', (5, 0)),
        ('Al-Shabaab militants storm a hotel in Kismaayo; at least 26 people die, including a journalist.', (26, 0)),
        ('Militants ambush a police convoy in Sinai, killing seven policemen.', (7, 0)),
        ('A bomb goes off in a bus in Kaduna, killing 13 passengers and injuring dozens.', (13, 24)),
        ('Unknown attackers kill a police officer and wound two others in Diyarbakır.', (1, 2)),
        (
            'An explosive device detonates inside a mosque in Zaria during Friday prayers; 14 worshippers are '
            'killed and 34 injured.',
            (14, 34),
        ),
        ('A gunman opens fire on shoppers in a market in Rafah, injuring five.', (0, 5)),
        ('Twin blasts hit a Shia shrine in Karbala; 40 people are killed and 150 are wounded.', (40, 150)),
        ('Bandits attack the village of Maru, killing 18 people.', (18, 0)),
        ('Car bombing at a bus terminal in Kirkuk; 14 dead, 40 injured.', (14, 40)),
        ('Grenade attack on a bar in Kampala: two dead, 11 wounded.', (2, 11)),
        ('Three soldiers dead and five wounded in an ambush near Kidal.', (3, 5)),
        ('Double suicide bombing at a market in Konduga. 30 dead, more than 40 wounded.', (30, 40)),
        ('Mortar attack on a refugee camp near Mogadishu, six civilians dead.', (6, 0)),
        ('Shooting at a checkpoint in Hebron; one Israeli soldier injured, attacker shot dead.', (1, 1)),
        ('Bombing of a police station in Kandahar city: 9 policemen killed, 17 wounded.', (9, 17)),
        ('Attack on a wedding convoy in Paktika; eleven guests killed.', (11, 0)),
        ('Massacre of 34 villagers at Dizangué by Boko Haram fighters.', (34, 0)),
        ('IED blast near a school in Sopore, no casualties.', (0, 0)),
        ('Assassination of a judge in Tizi Ouzou by GIA gunmen.', (1, 0)),
        ('Suicide car bomb at an army base in Ras Kamboni, at least 12 soldiers killed.', (12, 0)),
        ('Dead: 4 (+1). Injured: 12. A suicide bomber detonated his vest at a police checkpoint in Baqubah.', (5, 12)),
        (
            'Deaths: 4 (+1 perpetrator). Injured: 12. Perpetrator: Islamic State. A bomber struck a funeral tent '
            'in Kirkuk.',
            (5, 12),
        ),
        ('Location: Maiduguri, Nigeria. Dead: 27. Injured: 80. Two female suicide bombers struck a market.', (27, 80)),
        (
            'Type: Shooting. Dead: 3. Injured: 0. Perpetrator: unknown. Gunmen shot a shopkeeper and his two sons'
            ' in Baqubah.',
            (3, 0),
        ),
        pytest.param(
            'Dead: 0 (+2). Injured: 5. Two militants died when their explosives went off early in a house in '
            'Quetta.',
            (2, 5),
            marks=pytest.mark.xfail(reason="the perpetrators' bracket of a Dead field and the sentence telling them are counted twice", strict=True),
        ),
        ('Dead: 18 (+3). Injured: 40+. Three attackers stormed a hotel in Mogadishu.', (21, 40)),
        ('Killed: 7; wounded: 21. A car bomb exploded near a police station in Ramadi.', (7, 21)),
        (
            'Date: 12 March 1985. Location: Tripoli, Lebanon. Dead: 4. Injured: 12. A car bomb exploded near a '
            'mosque.',
            (4, 12),
        ),
        ('Fatalities: 9. Injuries: 30. A grenade attack on a political rally in Dhaka.', (9, 30)),
        ('Dead: 2. Injured: Unknown. Gunmen killed two policemen at a checkpoint in Arish.', (2, 0)),
        ('Dead: 12+. Injured: 30+. A bomb exploded at a crowded bus stop in Jos.', (12, 30)),
        ('Death toll: 23 (+2 perpetrators). Two gunmen attacked a mosque in Kano.', (25, 0)),
        ('Dead: 6 (+1); Injured: 9; Attack type: Suicide bombing; Location: Mardan, Pakistan.', (7, 9)),
        ('Killed: 3 soldiers; wounded: 4. Militants ambushed an army patrol near Tabuk.', (3, 4)),
        ('Two car bombs exploded in Sadr City, killing 12 people; a third bomb in Karrada killed four more.', (16, 0)),
        (
            'A series of bombings hit Baghdad: a car bomb in Shaab killed nine, a roadside bomb in Dora killed '
            'three and a suicide bomber in Kadhimiya killed seven.',
            (19, 0),
        ),
        (
            'Gunmen killed two policemen in Mosul, while a roadside bomb in Tikrit killed a soldier and wounded '
            'three.',
            (3, 3),
        ),
        ('Boko Haram attacked three villages near Gwoza, killing 21 people in Ngoshe and 12 in Attagara.', (33, 0)),
        (
            'In two separate attacks in Helmand, six police officers were killed at a checkpoint and four '
            'civilians died when their car struck a mine.',
            (10, 0),
        ),
        (
            'Bombs exploded in Hilla and Kut; the first killed 10 and injured 25, the second killed six and '
            'injured 14.',
            (16, 39),
        ),
        (
            'A bomb killed three people in a market in Dir, and another bomb wounded eight people at a bus stop '
            'in Swat.',
            (3, 8),
        ),
        (
            'Coordinated attacks on churches in Jos and Kaduna killed 19 worshippers in all; around 100 were '
            'injured.',
            (19, 100),
        ),
        (
            'Militants attacked two checkpoints in Sheikh Zuweid. Seven soldiers were killed at the first and '
            'five at the second.',
            (12, 0),
        ),
        (
            'Insurgents fired rockets at Kabul airport, wounding two; later a bomb killed four police in '
            'Jalalabad.',
            (4, 2),
        ),
        (
            'Three gunmen attacked a police station in Zliten, killing six guards before all three attackers were'
            ' shot dead.',
            (9, 0),
        ),
        ('A suicide bomber killed himself and 12 others at a checkpoint in Hit.', (13, 0)),
        (
            'Security forces killed two militants who had attacked a bank in Arish, after the pair had shot dead '
            'a guard.',
            (3, 0),
        ),
        (
            'Four attackers stormed a courthouse in Charsadda, killing 17 people; all four were killed by the '
            'police.',
            (21, 0),
        ),
        ('A militant blew himself up outside a mosque in Quetta, wounding 15 worshippers.', (1, 15)),
        (
            "The attacker stabbed a policeman in Jerusalem's Old City and was shot dead by officers; the "
            'policeman was moderately hurt.',
            (1, 1),
        ),
        (
            'Five suicide bombers attacked a military base in Borno; the soldiers killed all of them before they '
            'could detonate.',
            (5, 0),
        ),
        pytest.param(
            'Two attackers with knives wounded three people at a train station in Kunming before police shot one '
            'of them dead.',
            (1, 3),
            marks=pytest.mark.xfail(reason="'one of them' after the wounded is read as one of the wounded, not of the attackers", strict=True),
        ),
        (
            'An al-Shabaab raid on a police post in Mandera was repelled; 14 militants and two policemen were '
            'killed.',
            (16, 0),
        ),
        (
            'Militants attacked a checkpoint in Ghazni killing 5 policemen and wounding 7 others; 7 Taliban were '
            'killed in the ensuing gun battle.',
            (12, 7),
        ),
        ('A gunman opened fire on a synagogue in Halle, killing two passers-by.', (2, 0)),
        ('Two bombers blew themselves up at a mosque in Gamboru, killing 14 people.', (16, 0)),
        ('A bomb exploded at a market in Nowshera, killing 12. Three of the injured later died in hospital.', (15, 0)),
        ('A suicide bombing in Kunduz killed 11 people; the death toll later rose to 16.', (16, 0)),
        (
            'Militants fired on a bus in Dera Ismail Khan, killing four passengers; a fifth died of his wounds '
            'the next day.',
            (5, 0),
        ),
        (
            'A car bomb exploded in Aden killing 8 people. The toll rose to 13 after five wounded soldiers died.',
            (13, 0),
        ),
        ('An attack on a market in Damboa killed 30 people; officials later put the toll at 43.', (43, 0)),
        ('A bomb struck a bus in Hama, killing 6 people; the toll later climbed to 9, and 20 more were hurt.', (9, 20)),
        (
            "Gunmen attacked a church in Kenya's Garissa, killing 15 worshippers. Two more died the following "
            'day.',
            (17, 0),
        ),
        (
            'A suicide bomber struck a rally in Mastung; initial reports said 20 were killed, but the death toll '
            'eventually reached 149.',
            (149, 0),
        ),
        (
            'A suicide bomber detonated his explosives at a police academy in Quetta, killing 61 cadets and '
            'wounding 120.',
            (61, 120),
        ),
        ('Two people were killed and 14 injured when a bomb exploded in a crowded bus in Nairobi.', (2, 14)),
        (
            'A roadside bomb destroyed a vehicle of the Syrian Democratic Forces near Raqqa, killing all four '
            'fighters inside.',
            (4, 0),
        ),
        ('Militants beheaded three Christian farmers near Poso.', (3, 0)),
        ('A female suicide bomber killed 16 people at a market in Kolofata.', (17, 0)),
        ('Unidentified gunmen abducted a Turkish engineer in Ouagadougou.', (0, 0)),
        ('Gunmen killed the imam of a mosque in Kismayo as he walked home after evening prayers.', (1, 0)),
        ('A grenade exploded at a bus stop in Mombasa, killing one woman and injuring six people.', (1, 6)),
        (
            'A bomb targeted the home of a pro-government tribal elder in Bajaur; the elder and his two sons were'
            ' killed.',
            (3, 0),
        ),
        (
            'Twenty-two people, most of them children, were killed when a bomb exploded near a school in Ar-'
            'Raqqa.',
            (22, 0),
        ),
        ('An explosion at a political rally in Peshawar killed a local leader and 19 of his supporters.', (20, 0)),
        (
            'Gunmen opened fire on a mosque in Kaduna state, killing 13 worshippers and injuring several others.',
            (13, 2),
        ),
        (
            'A suicide attacker rammed an explosives-laden car into a NATO convoy in Kabul, killing five foreign '
            'soldiers and seven Afghan civilians.',
            (12, 0),
        ),
        ('Suspected militants shot dead a member of the Sons of Iraq and his wife in Muqdadiya.', (2, 0)),
        ('A roadside bomb killed two soldiers and wounded three in Sirnak province.', (2, 3)),
        ('A bomb attack on a passenger train near Jacobabad killed seven people, among them two children.', (7, 0)),
        ('Four Ethiopian soldiers and two civilians were killed in a landmine blast near Baidoa.', (6, 0)),
        ('Gunmen killed eleven miners and wounded four at a gold mine near Djibo.', (11, 4)),
        ('A bomb went off at a football stadium in Diyala; 18 fans died and about 30 were injured.', (18, 30)),
        ("Four people, including a police officer, were killed by a bomb near Mogadishu's Bakaara market.", (4, 0)),
        (
            "Rebels of the Lord's Resistance Army attacked a village near Dungu, killing 45 villagers and "
            'abducting 20 children.',
            (45, 0),
        ),
        ('A bomb exploded near the office of a political party in Chaman, wounding 13 people.', (0, 13)),
        ('A mass shooting at a mosque in Christchurch killed 51 worshippers and injured 40.', (51, 40)),
        ('Separatist fighters killed a gendarme and wounded two in Buea.', (1, 2)),
        ("A magnetic bomb attached to a minibus exploded in Kabul's Dasht-e-Barchi, killing nine passengers.", (9, 0)),
        (
            'A motorcycle bomb exploded near a police patrol in Quetta, killing three policemen and two passers-'
            'by, and injuring 18.',
            (5, 18),
        ),
        ('An attack by the ADF on the village of Oicha left 22 civilians dead.', (22, 0)),
        ('A bomb exploded at a Sufi shrine in Sehwan, killing more than 80 people and injuring over 250.', (80, 250)),
        ('Gunmen shot dead a Pakistani journalist and his driver near Karachi.', (2, 0)),
        ('A suicide bomber targeting a tribal elder in Kunar killed the elder and 9 of his bodyguards.', (10, 0)),
        (
            'A lone gunman opened fire in a Jerusalem yeshiva, killing eight students before he was shot dead by '
            'an off-duty officer.',
            (9, 0),
        ),
        ("Two Palestinians stabbed and wounded an Israeli couple in Ra'anana.", (0, 2)),
        (
            'Ten people were killed and 27 injured in a bus bombing in Quetta. The Baloch Liberation Army claimed'
            ' responsibility.',
            (10, 27),
        ),
        ("A truck bomb in Mogadishu's K5 junction killed 587 people and injured 316.", (587, 316)),
        ('Boko Haram gunmen killed 43 farm workers in rice fields near Koshobe; six others were wounded.', (43, 6)),
        ('Militants fired mortars at a market in Gao, wounding 20 people.', (0, 20)),
        ('Gunmen attacked a wedding party in Balochistan, killing the groom and four guests.', (5, 0)),
        ('An IED attack on a bus in Ayacucho killed six soldiers in 1989.', (6, 0)),
        ('A bomb in a taxi exploded in Medellín in 1991, killing 14 people.', (14, 0)),
        (
            'The Tamil Tigers bombed a train at Dehiwala station in 1996, killing 64 passengers and injuring more'
            ' than 400.',
            (64, 400),
        ),
        ("In 1974 a car bomb exploded in Dublin's Talbot Street, killing 14 people.", (14, 0)),
        (
            'The Japanese Red Army opened fire at Lod Airport in 1972, killing 26 people and injuring 80; two of '
            'the three gunmen also died.',
            (28, 80),
        ),
        (
            'A bomb exploded in the Piazza della Loggia in Brescia in 1974 during an anti-fascist rally, killing '
            'eight people and wounding 102.',
            (8, 102),
        ),
        ('Gunmen of the PKK attacked a village in Siirt province in 1993, killing 26 civilians.', (26, 0)),
        ("A GIA bomb exploded in Algiers' Boulevard Amirouche in 1995, killing 42 people and wounding 286.", (42, 286)),
        (
            'Abu Nidal gunmen opened fire at the check-in counters of Rome and Vienna airports; 19 people were '
            'killed and 138 injured, and four of the gunmen were killed.',
            (23, 138),
        ),
        (
            'A suicide truck bomber destroyed the US Marine barracks in Beirut, killing 241 American servicemen.',
            (241, 0),
        ),
        (
            'Palestinian militants attacked an Israeli school bus near Avivim in 1970, killing 12 people, 9 of '
            'them children.',
            (12, 0),
        ),
        ("A bomb on a bus in Tel Aviv's Dizengoff Street in 1994 killed 22 people and wounded 50.", (22, 50)),
        ('Gunmen of the Shining Path massacred 69 villagers in Lucanamarca.', (69, 0)),
        ('A car bomb exploded outside a police barracks in Vitoria-Gasteiz in 1991, wounding 34 people.', (0, 34)),
        ('Twelve people died when a bomb destroyed a bus in Barakaldo.', (12, 0)),
        ('Militants ambushed a bus of Hindu pilgrims near Amarnath, killing seven pilgrims and injuring 19.', (7, 19)),
        ('The LTTE attacked a Buddhist temple in Kandy, killing 16 people; the three bombers also died.', (19, 0)),
        ('Two bombs went off in a Karachi market in 1995, leaving 12 people dead.', (12, 0)),
        (
            'A bomb exploded on a Pan Am flight over Lockerbie, killing all 259 people aboard and 11 on the '
            'ground.',
            (270, 0),
        ),
        (
            'Eight French engineers and three Pakistanis were killed when a suicide bomber struck their bus in '
            'Karachi.',
            (12, 0),
        ),
        ('Armed men kidnapped 276 schoolgirls from their dormitories in Chibok.', (0, 0)),
        ('A grenade was thrown at a police patrol in Pulwama; two policemen and a civilian were injured.', (0, 3)),
        ('Three rockets landed near the Green Zone in Baghdad, causing no casualties.', (0, 0)),
        (
            'A female suicide bomber detonated her vest in Kolofata, killing 11 people and wounding 8; a second '
            'bomber was shot dead before she could detonate.',
            (12, 8),
        ),
        (
            'A gunman opened fire at a nightclub in Istanbul, killing 39 people, before turning the gun on '
            'himself.',
            (40, 0),
        ),
        ('Five people, including the attacker, were killed when a bomb exploded at a checkpoint in Ramadi.', (5, 0)),
        ('The attacker was among the 14 dead after a suicide blast at a mosque in Zahedan.', (14, 0)),
        ('A policeman was shot dead and another wounded at a checkpoint in Tlemcen.', (1, 1)),
        ('One person was killed and another injured when a grenade exploded in a market in Garissa.', (1, 1)),
        ('A man was stabbed to death by an assailant shouting slogans in Marseille.', (1, 0)),
        ('Seven villagers were hacked to death by militiamen in Ituri province.', (7, 0)),
        ('Eleven passengers were burned alive when attackers set fire to a bus near Maiduguri.', (11, 0)),
        ('The bodies of 12 men who had been abducted by ISIL were found in Tikrit.', (12, 0)),
        ('Nine Christians were lined up and shot by al-Shabaab fighters near Mandera.', (9, 0)),
        ('A soldier was wounded by sniper fire in Hebron and later succumbed to his injuries.', (1, 0)),
        ('A policeman was shot in Peshawar and died on the way to hospital.', (1, 0)),
        ('Gunmen shot a lawyer in Quetta, resulting in his death.', (1, 0)),
        ('A gunman killed a woman and her two daughters in Ghotki before killing himself.', (4, 0)),
        (
            'The PKK ambushed a convoy in Hakkâri; eight soldiers were killed and 16 were wounded. Two of the '
            'wounded later died.',
            (10, 14),
        ),
        (
            'A suicide bomber attacked a Shia procession in Dera Ismail Khan. The death toll stands at 12, with '
            '25 injured.',
            (12, 25),
        ),
        (
            'Seven people died and 32 were injured after a car bomb went off in Hasakah. Kurdish militia blamed '
            'ISIL.',
            (7, 32),
        ),
        ('A bombing at a bus station in Abuja killed 71 and injured 124. Boko Haram claimed the attack.', (71, 124)),
        (
            'Deaths: 9 (+2 perpetrators). Injured: 31. Two gunmen attacked a shopping mall in Nairobi before '
            'being shot dead.',
            (11, 31),
        ),
        ('Dead: 17. Injured: 40. Perpetrator: Tehrik-i-Taliban. A bomb exploded at a market in Kohat.', (17, 40)),
        pytest.param(
            "Dead: 1. Injured: 2. Attack type: Stabbing. A Palestinian stabbed three Israelis in Ma'ale Adumim, "
            'one of whom died.',
            (1, 2),
            marks=pytest.mark.xfail(reason="a Dead/Injured field is widened by the prose's count of the stabbed", strict=True),
        ),
        ('Two bombs exploded in Tanta and Alexandria churches, killing 27 and 17 people respectively.', (44, 0)),
        (
            'A bomb in a bus in Gilgit killed 12 pilgrims; another bomb in Chilas killed three soldiers the same '
            'day.',
            (15, 0),
        ),
        (
            'An attack on a police station in Kandahar killed eight policemen; in Ghazni a roadside bomb killed '
            'four civilians.',
            (12, 0),
        ),
        ('Twin car bombs in Benghazi killed 34 people, mostly civilians, and wounded more than 80.', (34, 80)),
        ('Gunmen kill 6 at a bar in Bujumbura.', (6, 0)),
        ('Bomb kills 9 soldiers near Kismayo.', (9, 0)),
        ('Three policemen killed, four hurt in grenade attack in Kashmir.', (3, 4)),
        ('Al-Shabaab attack on a hotel in Beledweyne: 15 dead, including 4 attackers.', (15, 0)),
        ('At least 45 dead and 110 injured in a truck bombing at a market in Tuz Khurmatu.', (45, 110)),
        ('Unknown number of casualties after a bomb exploded near a mosque in Sirte.', (0, 0)),
        ('No one was hurt when a bomb exploded outside a police station in Athens.', (0, 0)),
        ('A police officer was killed, and three civilians were injured, in a shooting in Mogadishu.', (1, 3)),
        (
            'Eight members of a family, among them five children, died when militants stormed their house in '
            'Kirkuk.',
            (8, 0),
        ),
        (
            'Gunmen killed 13 people in a village near Jos; three days later another attack on a nearby village '
            'killed 7.',
            (20, 0),
        ),
        (
            'An explosion hit a Shiite mosque in Kuwait City, killing 27 worshippers and injuring 227; the bomber'
            ' also died.',
            (28, 227),
        ),
        ('A car bomb killed its driver and four passers-by in Mogadishu.', (5, 0)),
        ('Insurgents attacked an outpost in Kunar, killing a US soldier and an Afghan interpreter.', (2, 0)),
        ('Bandits killed 13 vigilantes in Zamfara and abducted 20 villagers.', (13, 0)),
        ('A teacher and two pupils were killed when gunmen attacked a school in Kumba.', (3, 0)),
        ('A suicide bomber killed 6 people (including himself) at a police post in Bannu.', (6, 0)),
        ('A car bomb exploded in Mosul, killing 9 (+1) and injuring 20.', (10, 20)),
        (
            'Gunmen killed 4 policemen and wounded 2 at a checkpoint in Ramadi; 3 of the attackers were also '
            'killed.',
            (7, 2),
        ),
        (
            'The dead included three children and a pregnant woman; in all 17 people were killed in the shelling '
            'of a market in Donetsk.',
            (17, 0),
        ),
        ('A total of 26 people were killed and 45 wounded in three bombings in Baghdad.', (26, 45)),
        ('Two bombs went off in Quetta and Peshawar, killing 10 and 7 people respectively.', (17, 0)),
        ('Rebels ambushed an army convoy near Tillia; 12 soldiers died, 8 were wounded and 3 are missing.', (12, 8)),
        ('A roadside bomb hit a police vehicle in Logar, killing its three occupants.', (3, 0)),
        ('A suicide bomber dressed as a policeman killed 25 recruits at a training centre in Mardan.', (25, 0)),
        ('Gunmen killed a family of five in their home in Bauchi.', (5, 0)),
        ('Two people died and eleven were hurt when a bomb exploded in a cinema in Peshawar.', (2, 11)),
        ('A gunman fired on a crowd of pilgrims in Jerusalem, wounding six before he was shot dead.', (1, 6)),
        ('Eight people were killed in the attack, six of them police officers, and 14 were injured.', (8, 14)),
        ('A car bomb went off near a checkpoint in Hillah, leaving 15 dead and 40 wounded.', (15, 40)),
        (
            'Militants killed 11 soldiers in an attack on a base in Sinai. The army said it killed 15 of the '
            'attackers.',
            (26, 0),
        ),
        ('Ten pilgrims died in a stampede after gunmen opened fire on a shrine in Baghdad.', (10, 0)),
        ('At least 3 people died and dozens were injured when twin blasts struck a bus station in Kano.', (3, 24)),
        ('A woman was killed and her husband wounded when gunmen opened fire on their car in Hebron.', (1, 1)),
        ('An off-duty soldier was shot dead in Derry; two civilians nearby were wounded.', (1, 2)),
        (
            'The RUC said three Catholic men were killed by loyalist gunmen in a betting shop on Ormeau Road, and'
            ' nine others were injured.',
            (3, 9),
        ),
        ('A Molotov cocktail thrown at a bus in Athens injured four passengers.', (0, 4)),
        ('A car bomb killed the Spanish admiral Luis Carrero Blanco, his driver and his bodyguard in Madrid.', (3, 0)),
        ('Seventeen people, 12 of them students, died when a bomb destroyed a bus in Jaffna.', (17, 0)),
        ('Gunmen massacred 18 members of a wedding party near Kabul.', (18, 0)),
        ('Militants executed six hostages in Raqqa.', (6, 0)),
        ('A bomb exploded at a market in Hilla; the toll was 12 dead and 35 injured.', (12, 35)),
        ('Two suicide bombers struck a Shia mosque in Sanaa, killing 137 and wounding 357.', (139, 357)),
        (
            'An attack on a Sikh temple in Kabul killed 25 worshippers; the three attackers were killed by '
            'security forces.',
            (28, 0),
        ),
        ('A boat carrying villagers fleeing an attack in Borno capsized; 12 drowned.', (12, 0)),
        ('Attackers threw acid on a group of students in Kandahar, injuring 15 girls.', (0, 15)),
        (
            'Hijackers seized an Egyptair flight to Malta; 56 passengers died when Egyptian commandos stormed the'
            ' plane, along with two hijackers.',
            (58, 0),
        ),
        ('A hijacked bus was stormed by police in Manila; eight hostages and the hijacker were killed.', (9, 0)),
        (
            'Gunmen attacked the Army Public School in Peshawar, killing 149 people, 132 of them schoolchildren.',
            (149, 0),
        ),
        (
            "Attackers stormed a girls' school in Dapchi and abducted 110 students; five of them later died in "
            'captivity.',
            (5, 0),
        ),
        ('Gunmen raid a boarding school in Yobe, killing 29 students.', (29, 0)),
        ('A student opened fire at a college in Kerch, killing 20 people before killing himself.', (21, 0)),
        (
            'Militants attacked Garissa University College, killing 148 people; the four gunmen were killed by '
            'Kenyan forces.',
            (152, 0),
        ),
        ('An arson attack on a madrasa in Jos kills 12 pupils.', (12, 0)),
        ('Suspected Fulani herdsmen attack two villages in Plateau State; 86 die.', (86, 0)),
        ('Colombia: FARC guerrillas blow up an oil pipeline near Caño Limón; no deaths reported.', (0, 0)),
        ("Philippines: New People's Army rebels ambush a military truck in Samar, killing six soldiers.", (6, 0)),
        ('India: Naxalites kill 76 CRPF personnel in an ambush in Dantewada.', (76, 0)),
        ('Turkey: A bomb attack on a military bus in Kayseri kills 14 soldiers and wounds 55.', (14, 55)),
        ('Afghanistan — A magnetic bomb kills a district governor and his bodyguard in Logar.', (2, 0)),
        ('A Jewish settler opened fire at Palestinian workers near Ariel, killing 3 and wounding 9.', (3, 9)),
        ('Killed: 4 (2 soldiers, 2 civilians). Wounded: 6. An IED struck a convoy near Mopti.', (4, 6)),
        ('Two police officers were killed in Istanbul on Monday, a day after a bombing in Ankara killed 37.', (2, 0)),
        ('Five soldiers died in an ambush near Menaka, a week after 24 were killed in Tabankort.', (5, 0)),
        (
            'Gunmen shot dead four guards at a bank in Kano; in a separate attack the same night, a policeman was'
            ' killed in Zaria.',
            (5, 0),
        ),
        ('A bomb planted under a car killed a local journalist in Mosul.', (1, 0)),
    ],
)
def test_a_list_entry_sums_to_its_dead_and_injured(text: str, expected: tuple[int, int]) -> None:
    assert tolls(text) == expected
