"""Constructions found by writing incident-list entries and incident reports afresh: people told
by where they are from ("a family of five from Homs"), attacks on a funeral, figures of several
sources with their nouns left out or told by a source opening the sentence, and kin who shared a
fate "with" someone."""

from __future__ import annotations

import pytest

from tests.extract.tolls import assert_report, toll_top


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A family of five from Homs was killed when the shell hit their tent in Atmeh.", 5),
        ("A displaced family of six from Palmyra was killed in the strike on al-Sukhna.", 6),
        ("A family of seven from Beit Lahia was killed, relatives said.", 7),
        ("A shepherd from Tafas was killed by a landmine near the border.", 1),
        ("A resident of Douma was killed by sniper fire on Tuesday.", 1),
        ("A family of five from the village of Kafr Nabl was killed in the strike.", 5),
        ("Ahmed from Homs was killed in the raid.", 1),  # a name before the place is the person
        ("A member of Hamas was killed in the strike on the car.", 1),
    ],
)
def test_the_place_people_are_from_is_no_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A bomb exploded at the funeral of a police officer in Quetta, killing 12 mourners.", 12, None),
        ("A suicide bomber attacked the funeral of a pro-government militia commander in Diyala, killing 9.", 9, None),
        ("A bomb went off during the funeral of a tribal elder in Jalalabad, killing 18 mourners and wounding 27.", 18, 27),
        ("Gunmen opened fire on the funeral of two Shia men in Karachi, killing three mourners.", 3, None),
        ("Troops opened fire at the funeral of a man killed by police, wounding 5 mourners.", 0, 5),
        # no toll of the attack's own: the mourned are the dead told
        ("Police fired tear gas at the funeral of a protester shot dead on Friday.", 1, None),
        ("The funeral of a police officer killed in the blast was held on Sunday.", 1, None),
        ("Thousands attended the funerals of six policemen in Peshawar.", 6, None),
    ],
)
def test_the_mourned_of_an_attacked_funeral_died_before(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll varied between sources: Al Jazeera reported 11 dead, Shehab 13 and Wafa 12.", 13),
        ("Sources differed on the toll: Raqqa 24 reported 5 killed, RBSS 7 and the Euphrates Post 8.", 8),
        ("Qasioun said 6 people were killed and Baladi News said 7, including the imam of the mosque.", 7),
        ("The Violations Documentation Center recorded 14 civilian deaths, while the Syrian Network for Human Rights documented 16.", 16),
        ("The strike killed 4 people, while the Syrian Observatory for Human Rights said 6.", 6),
        ("Wafa reported five killed, and Shehab seven.", 7),
        # not a source's figure
        ("Five people were killed in Kabul, and in Herat 3.", 5),
        ("Twelve people died, most of them 3.", 12),
        ("Local sources said three people were killed and Ahmad Saleh, 45, was among them.", 3),
    ],
)
def test_more_sources_with_their_nouns_left_out_widen_one_figure(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("According to the White Helmets, 13 civilians were killed in raids on Douma, while the Douma Coordination said 15 people had died.", 15, None),
        ("According to Nineveh Media Center, 6 civilians were killed; Mosul Eye put the number at 8, and Iraqi Spring reported 10 dead.", 10, None),
        ("Palestine Chronicle reported 8 deaths, and the Gaza Ministry of Health later confirmed 10 killed and 22 wounded.", 10, 22),
        ("On Monday, according to local sources, 4 civilians died; the Syrian Network documented 5 deaths.", 5, None),
        # two places, not two sources
        ("According to police, 5 people were killed in Kabul and 3 were killed in Herat.", 8, None),
        ("According to the ministry, 12 people were killed in Kabul, while officials said 7 were killed in Herat.", 19, None),
        ("The ministry said 12 people were killed in Kabul, while officials said 7 were killed in Herat.", 19, None),
    ],
)
def test_a_source_opening_the_sentence_and_a_second_one_are_two_accounts(
    text: str, killed: int, wounded: int | None
) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A father from Rafah was killed with his two sons when the drone struck their car.", 3),
        ("Heba was killed, with two of her sons, in the strike on the house.", 3),
        ("A farmer was killed with his wife when the shell hit the house.", 2),
        ("Khaled, 40, was killed in the strike with his daughter Lina.", 2),
        ("Two children died with their mother in the fire.", 3),
        # what was done with, not who shared the fate
        ("A man was shot with his own gun during the robbery.", 0),
        ("A man was shot dead with his brother's rifle.", 1),
        ("A shepherd was killed with his flock near Tafas.", 1),
    ],
)
def test_kin_with_someone_shared_the_fate(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The strike killed his sons Ali and Omar as they slept.", 2, None),
        ("Shelling killed her daughters Reem, Noor and Sama in the courtyard.", 3, None),
        ("The strike killed his sons Ali (12) and Omar (9).", 2, None),
        ("The strike killed Mona Hassan (34), her husband Khaled (38) and their children Sara (8), Omar (6) and Layan (2).", 5, None),
        ("Killed in the attack were Abdul Rahman al-Hariri, his wife Amal, and their children Sami, Rania and Jana.", 5, None),
        ("His sons Ali (12) and Omar (9) were killed in the strike.", 2, None),
        ("Rami Saeed (31) was killed and his brothers Tamer (27) and Anas (24) were injured.", 1, 2),
        ("Her grandchildren Lina and Adam were wounded by shrapnel.", 0, 2),
        ("Among the dead were the brothers Hamid and Majid al-Saleh, aged 17 and 20, and their cousin Ali.", 3, None),
        ("Gunmen killed the brothers Hamid and Majid Saleh outside their shop.", 2, None),
        ("The strike killed the brothers and their father.", 0, None),  # no names, no number
        # the names told again after a count are the same people
        ("Five members of the Hassan family were killed. The strike killed Mona Hassan (34), her husband Khaled (38) and their children Sara (8), Omar (6) and Layan (2).", 5, None),
        ("Three people were killed in the strike on the house. The strike killed his sons Ali and Omar.", 3, None),
        # kin without names, or places after them
        ("The strike killed his children in Gaza and Rafah.", 0, None),
        # names with their ages set off by commas
        ("Those killed included Fatima Hassan, 32, her daughters Reem, 8, and Noor, 5, and her mother-in-law, Aisha, 64.", 4, None),
        ("The strike killed his sons Ali, 12, and Omar, 9.", 2, None),
        ("His sons Ali, 12, and Omar, 9, were killed in the strike.", 2, None),
        ("Ahmed Saleh, 45, was killed and his daughters Lina, 7, and Rama, 4, were wounded.", 1, 2),
        ("Her sons were wounded in the shelling of Ariha.", 0, 0),
    ],
)
def test_someones_kin_then_their_names_are_as_many_as_the_names(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On October 18th 2023, the Abu Daqqa family lost 11 members when an alleged Israeli airstrike hit their home.", 11),
        ("He lost 11 members of his family in the strike on Deir al-Balah.", 11),
        ("The family lost five of its members in the shelling of Ariha.", 5),
        ("Ahmed lost two family members and his home in the strike.", 2),
        # the figure before tells the same dead
        ("On October 24th 2023, 22 civilians were reportedly killed in an alleged Israeli airstrike on the Aslim family home. The Aslim family lost at least five family members in the attack.", 22),
        # members of no family, or lost before
        ("The union lost 200 members last year.", 0),
        ("The party lost 12 members of parliament in the election.", 0),
        ("The club lost 30 members after the family feud.", 0),
        ("The Al-Qudra family had already lost two family members in previous strikes.", 0),
        ("The family lost two family members in an earlier strike.", 0),
    ],
)
def test_members_a_family_lost_are_its_dead(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed a Briton and two Germans at the hotel in Sousse.", 3),
        ("A Dane was killed when the bomb went off outside the embassy.", 1),
        ("Gunmen killed a Turk and a Kurd at the checkpoint near Cizre.", 2),
        ("The attack killed a Frenchman and his wife on the beach.", 2),
        ("Gunmen killed a Swede and a Spaniard in the market.", 2),
        ("The captain opened fire, killing two American contractors, a South African and two Jordanians.", 5),
        ("A Sri Lankan was killed in the blast at the hotel.", 1),
        ("A South African company lost two contracts.", 0),
        # a people's word of no one in particular, or with "the"
        ("The Briton was killed.", 0),
        ("Turkish troops killed 5 Kurds in the raid.", 5),
        ("Police detained a Pole and two Finns after the brawl.", 0),
    ],
)
def test_a_noun_of_one_of_a_people_is_one_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The attacker killed four people on the bridge before stabbing a police officer to death.", 5, None),
        ("The mob attacked the village, beating two men to death and injuring five.", 2, 5),
        ("Militants stormed the house, hacking a family of four to death.", 4, None),
        ("Gunmen stopped the bus near Mandera, shooting two passengers to death.", 2, None),
        # the -ing verb without "to death" is no killing
        ("The crowd was stoning the man when police arrived.", 0, None),
        ("He was stabbing people at random before he was stopped; three were wounded.", 0, 3),
    ],
)
def test_a_verb_in_ing_with_to_death_kills(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("An alleged GNA airstrike killed 3 civilians and injured 7 in Sirte; the Libya Herald reported that 4 were killed.", 4, 7),
        ("An airstrike killed 5 civilians in Idlib; the Syrian Observatory for Human Rights said 7 people died.", 7, None),
        ("Shelling killed 2 people in Ariha; Step News Agency reported that 3 had died.", 3, None),
        # more people, or other people, after the source
        ("A strike killed 3 people on Monday; the Health Ministry said 5 more were killed on Tuesday.", 8, None),
        ("A strike killed 3 people; the Health Ministry said 5 others were also killed.", 8, None),
        ("Gunmen killed 3 soldiers; Reuters reported that 2 civilians were also killed.", 5, None),
        ("Gunmen killed 3 soldiers in Kabul; police said 4 civilians were killed in Herat.", 7, None),
    ],
)
def test_a_named_source_after_a_semicolon_gives_another_account(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("According to Deir Ezzor 24, a woman and her two children were killed in the strike on al-Mayadin.", 3),
        ("Up to 4 civilians died in an alleged Coalition strike on al-Mayadin. According to Deir Ezzor 24, a woman and her two children were killed.", 4),
        ("According to Raqqa 24, 5 civilians were killed.", 5),
        ("According to the Halab 24 network, a man died in the shelling.", 1),
        # a count after the source
        ("According to police, 24 people were killed.", 24),
        ("According to the UN, 24 people, including 5 children, were killed.", 24),
    ],
)
def test_a_number_closing_a_sources_name_is_part_of_the_name(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Two children were killed when the strike hit their home in Rafah. Their parents survived with injuries.", 2, 2),
        ("His parents were killed in the strike on the camp.", 2, None),
        ("The strike killed Ahmed's parents and his younger brother.", 3, None),
        ("Ahmed, 19, was killed along with his parents.", 3, None),
        # parents of no one said, or not all of them
        ("Parents were injured in the stampede at the school gate.", 0, 0),
        ("Some parents were injured in the crush.", 0, 0),
        ("The parents of the victims were injured when police charged the crowd.", 0, 0),
    ],
)
def test_someones_parents_are_two(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An airstrike on the home of the Abu Hasira family killed 5 people. A sixth died of her wounds the following day.", 6),
        ("Five people were killed in the blast at the market. A sixth later died in hospital.", 6),
        ("Four soldiers were killed in the ambush. A fifth succumbed to his injuries on Sunday.", 5),
        # a doubt, or a second attack
        ("Five people were killed in the strike. A sixth may have died.", 5),
        ("Five people were killed. A second strike killed 3.", 8),
    ],
)
def test_the_next_by_rank_alone_is_one_more(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("An alleged Russian strike on a field hospital in Kafr Zita killed a nurse and a patient.", 2),
        ("Gunmen shot dead a patient and a doctor in the ward.", 2),
        ("Three patients died when the strike hit the hospital in Sarmin.", 3),
        ("Gunmen killed two female vaccinators and a police guard in Jalozai.", 3),
        ("The doctors were patient with the wounded.", 0),
    ],
)
def test_patients_and_vaccinators_are_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Local sources put the death toll at between 6 and 8 civilians, including two women.", 8),
        ("Officials put the death toll from the strike on the market at 8.", 8),
        ("Reuters put the toll at 12, AFP at 15.", 15),
        ("The strike killed 5. Local sources put the death toll at 7.", 7),
        # a toll of more than one event
        ("The UN puts the death toll of the war at 500,000.", 0),
        ("Monitors put the number of dead at 30 since the protests began.", 0),
    ],
)
def test_a_toll_a_source_puts_first_is_the_events(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The airliner was destroyed by a bomb over Lockerbie, killing all 259 passengers and crew and 11 people on the ground.", 270, None),
        ("The bomb killed 20 soldiers and civilians and 3 police officers at the checkpoint.", 23, None),
        ("The strike killed 4 fighters and civilians and 2 children.", 6, None),
        # the joined plural shares the number, and nothing more is counted
        ("The bomb killed all 259 passengers and crew.", 259, None),
        ("The bomb killed 5 students and teachers and injured 20.", 5, 20),
        ("The bomb killed 12 policemen and soldiers and wounded 30 civilians.", 12, 30),
    ],
)
def test_a_plural_joined_to_counted_people_shares_their_number(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A parcel bomb killed the editor of the newspaper and his secretary.", 2),
        ("Gunmen shot dead a lecturer and his driver outside the university.", 2),
        ("A bishop and two priests were killed in the attack on the cathedral.", 3),
        ("Two candidates were shot dead at a campaign rally in Guerrero.", 2),
        ("Gunmen killed a village headman and a bank cashier in Sukma.", 2),
        ("A blogger was hacked to death outside his home in Dhaka.", 1),
        ("The academic year was cut short after 3 students were killed.", 3),
        ("Secretary of State Blinken said 4 Americans were killed.", 4),
    ],
)
def test_more_trades_and_offices_are_people(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen killed two soldiers and a schoolteacher in the village of Tassia.", 3, None),
        ("A tribesman was killed in the clash over grazing land.", 1, None),
        ("Militants killed a hunter and his son in the forest near Beni.", 2, None),
        ("A firefighter was injured while battling the blaze after the strike.", 0, 1),
        ("A suicide bomber struck a cafe, killing a customer and a waiter.", 2, None),
        ("A trucker and two commuters were killed when the bomb went off on the highway.", 3, None),
        ("The IRA shot dead a prison warder and a part-time soldier in Belfast.", 2, None),
        ("A settler was stabbed to death near Hebron.", 1, None),
        ("Gunmen killed a magistrate and his bodyguard outside the court.", 2, None),
        ("A fireman and two policemen were killed when the second bomb exploded.", 3, None),
    ],
)
def test_people_of_daily_life_are_people(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Two of the injured later succumbed to their wounds, bringing the death toll to 9.", 9, None),
        ("Two more people died in hospital in Quetta, bringing the death toll to 9.", 9, None),
        ("Two people died and 5 were injured, bringing the death toll to 9.", 9, 5),
        ("A bomb killed 7 people at the market. Two of the injured later succumbed to their wounds, bringing the death toll to 9.", 9, None),
        # a toll of more than the event stays a running total
        ("Two more people died in hospital, bringing the death toll since the war began to 900.", 2, None),
        ("Three soldiers were killed on Monday, bringing the number of troops killed this year to 40.", 3, None),
    ],
)
def test_figures_that_bring_a_toll_up_are_its_parts(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen slew 6 members of a family in their sleep in Zamfara.", 6),
        ("Bandits attacked the village, slaying 12 farmers.", 12),
        ("A slew of attacks hit the city.", 0),
        ("The government faced a slew of criticism after 3 people died.", 3),
    ],
)
def test_slew_and_slaying_kill(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three bombs exploded in Kano: one at a mosque killing 5, another at a market killing 7 and the third at a police station killing 3.", 15),
        ("One bomb killed 5 people, another killed 7.", 12),
        # one person more
        ("Gunmen killed 5 villagers, another was wounded.", 5),
        ("The strike killed two soldiers and another in the village.", 3),
        ("The attack killed 4 soldiers and one civilian.", 5),
    ],
)
def test_another_opening_a_clause_after_a_list_is_no_person(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Security forces ended the siege at a bakery in Dhaka in which 20 hostages, mostly foreigners, and two police officers were killed.", 22),
        ("Twelve soldiers, mainly conscripts, and a policeman were killed in the ambush.", 13),
        ("Twenty civilians, most of them women, and two soldiers were killed.", 22),
        # the aside alone, or of no people
        ("Twenty people, mostly women, were killed in the stampede.", 20),
        ("The bombs, mostly homemade, and two rifles were found; 3 people were killed.", 3),
    ],
)
def test_an_aside_on_most_of_the_people_is_stepped_over_in_a_list(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The gunmen killed 9 civilians at the hotel before being shot dead.", 9),  # how many is not said
        ("The gunman killed 9 civilians at the hotel before being shot dead.", 10),
        ("Two gunmen killed 9 civilians at the hotel before being shot dead.", 11),
    ],
)
def test_gunmen_without_a_number_dying_at_the_end_are_not_one(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On July 20th 2014, at least 10 members of the Abu Jame' family, including 6 children and 3 women, were killed in Bani Suheila.", 10),
        ("Ten members of the Abu Jame' family were killed in the strike.", 10),
        ("Four members of the al-Sane’ family were killed when the shell hit their home.", 4),
        # a plural's apostrophe, or a quotation
        ("The Smiths' son was killed.", 0),
        ("Fighters of the 'Hamza Division' were killed; 3 died.", 3),
    ],
)
def test_an_apostrophe_closing_a_transliterated_name_is_part_of_it(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A gunman stabbed three people at a train station before he was shot dead by police. One of the victims later died.", 2, 3),
        ("A gunman wounded four people in the square before he was shot dead. One of the victims died of his wounds on Friday.", 2, 4),
        ("A bomb killed 3 people and wounded 5 at the market. One of the victims died in hospital.", 4, 5),
        # one of the dead told again
        ("Three people were killed in the attack. One of the victims was a child.", 3, None),
    ],
)
def test_a_victim_who_died_later_is_no_attacker_told_again(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A man drove a rented truck into a crowd on the promenade, killing 86 people and injuring 434 before he was shot dead by police.", 87, 434),
        ("A soldier opened fire on his comrades at the base, killing three, before he was shot dead.", 4, None),
        ("A police captain opened fire at a training centre in Amman, killing five people before being killed himself.", 6, None),
        # not dead at the end, or more than one
        ("A woman stabbed two people at the station before being arrested.", 0, 2),
        ("Three men attacked the post before they were arrested.", 0, None),
    ],
)
def test_one_person_the_sentence_opens_on_who_dies_at_its_end(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Khalil Hamdan, 52, his wife Suad, 47, and their sons Ahmad, 19, and Yazan, 15, were killed when the shell hit their home.", 4, None),
        ("Ibrahim Nasser (60), his daughter Rana (25) and her children Lina (4) and Adam (2) were killed in the strike.", 4, None),
        ("Omar al-Khatib, 33, and his sons Hamza, 8, and Ali, 6, died in the strike on the car.", 3, None),
        ("Mustafa Darwish (41) and his brothers Anas (35) and Bakr (28) were wounded.", 0, 3),
        ("Nasser Hamad and his sons Karim and Fadi, aged 20 and 17, were shot dead at the checkpoint.", 3, None),
        # the kin alone, or their names told after a count
        ("His sons Karim and Fadi were shot dead at the checkpoint.", 2, None),
        ("Three people were killed: Nasser Hamad and his sons Karim and Fadi.", 3, None),
    ],
)
def test_people_before_kin_named_at_the_end_of_a_list_are_counted(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber killed 6 people, including himself, at a funeral in Nangarhar.", 6),
        ("A female suicide bomber killed 4 people, including herself, at the market in Konduga.", 4),
        ("Two suicide bombers killed 9 people, including themselves, at the market.", 9),
        ("A suicide bomber killed 14 people, including the bomber, at the rally.", 14),
        ("Suicide bombers killed 11 people at a market in Maiduguri; three of the dead were the bombers.", 11),
        # the bomber on top of those he killed
        ("A suicide bomber killed 6 people at a funeral in Nangarhar.", 7),
    ],
)
def test_a_suicide_bombers_toll_including_himself_holds_him(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Militants decapitated three soldiers in Sinai.", 3, None),
        ("Three soldiers were decapitated by the militants.", 3, None),
        ("Three men were mortally wounded in the ambush near Mandera.", 3, 0),
        ("Two workers were electrocuted when the shell hit the power line.", 2, None),
        ("A woman was blinded by the blast and two civilians were paralysed by sniper fire.", 0, 3),
        ("The IED blast maimed four children near the school.", 0, 4),
        ("The mine exploded, maiming two shepherds.", 0, 2),
        # words that describe, not tell what happened
        ("A blinded veteran spoke at the rally.", 0, 0),
        ("The paralysed man was rescued from the rubble.", 0, 0),
    ],
)
def test_more_words_of_death_and_harm(text: str, killed: int, wounded: int | None) -> None:
    assert_report(text, killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("20 or so people were killed when the gunmen rode into the village.", 20),
        ("Twenty or so villagers were killed in the raid.", 20),
        ("A dozen or so civilians died in the shelling of the market.", 12),
        # a range, and a span of time
        ("Two or three people were killed in the blast.", 3),
        ("The fighting lasted an hour or so; 5 died.", 5),
    ],
)
def test_a_number_or_so_is_about_the_number(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Fourty people were killed when the bomb went off in the market.", 40),
        ("Ninty-two villagers were killed in the massacre.", 92),
        ("Fourty-five years ago, 3 people died in the same square.", 3),
    ],
)
def test_tens_misspelt_in_hand_written_lists(text: str, killed: int) -> None:
    assert toll_top(text, "killed") == killed
