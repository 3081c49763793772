"""The event class in the gray zones between conflict and the other classes (issue 14): lone
attackers with a cause and gangs' gunmen, attacks in Israel and the West Bank and street fights
there, war stories and real battles retold, nobody killed, and soldiers lost to nature or a
mishap rather than to an enemy.

Every sentence here is written for the test, in the shape of wire news, Wikipedia lists and reader
comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document


def events(text: str) -> list[str | None]:
    return [t.event for t in extract_document(text, None, "en", "body").tallies]


def only(text: str, event: str) -> bool:
    found = events(text)
    return bool(found) and set(found) == {event}


# A lone attacker with a cause, told in the words of his trial or of a shooting: political violence.
@pytest.mark.parametrize(
    "text",
    [
        "The gunman who killed 77 people in Oslo and on Utoya island told the court he would do it again.",
        "Breivik, who killed 77 people in bombing and shooting rampages in July, went on trial on Monday.",
        "Mohamed Merah, the gunman who killed three soldiers and four people at a Jewish school in Toulouse, "
        "died in a shootout with police.",
        "The attacker, who prosecutors said was inspired by al-Qaeda, shot dead four tourists on the beach.",
        "A gunman opened fire at a synagogue in Pittsburgh, killing 11 worshippers in what officials called a hate crime.",
        "A man with a rifle killed six worshippers at a Sikh temple in Wisconsin in a shooting the FBI is treating as "
        "domestic terrorism.",
        "A gunman who had posted an anti-immigrant manifesto online killed 22 shoppers at a store in El Paso.",
        "The shooter, a self-described white nationalist, killed nine black parishioners at a church in Charleston.",
        "A man who said he acted in the name of jihad stabbed two police officers to death outside their home in Magnanville.",
        "At his sentencing, the court heard that the far-right gunman had killed 51 worshippers at two mosques in Christchurch.",
        "A gunman opened fire at a nightclub in Istanbul, killing 39 people, in an attack claimed by Islamic State.",
        "Hamas claimed responsibility for the bus bombing that killed 16 people in Beersheba.",
        # the cause or the group's claim outweighs the gunman and the nightclub, a bomb the bar
        "A gunman who pledged allegiance to Islamic State killed 49 people in the nightclub shooting in Orlando.",
        "A gunman dressed as Santa Claus killed 39 people at the Reina nightclub; Islamic State claimed the attack.",
        "Bombs exploded in a nightclub in Kuta, killing 202 people, most of them foreign tourists.",
        "A grenade thrown into a pub in the market town killed 4 people.",
    ],
)
def test_a_lone_attacker_s_cause_makes_his_killings_political_violence(text: str) -> None:
    assert only(text, "conflict")


# A gang's gunmen, a robbery, a family's killer or a gunman with no cause named: crime.
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 15 people at a pool hall in Ciudad Juarez late on Saturday.",
        "Gunmen killed 15 people at a pool hall on Saturday night.",
        "Armed men killed nine people at a billiards hall in Monterrey in a dispute between rival drug gangs.",
        "A man shot dead his wife and three children before turning the gun on himself in Ohio.",
        "Two robbers shot dead a security guard and a customer during a bank hold-up in Lagos.",
        "A gunman killed five people at a bar in Chicago after an argument over a debt.",
        "Police said the gunman, who killed 12 people at a cinema, had no links to any group.",
    ],
)
def test_a_gang_s_or_a_lone_gunman_s_killings_without_a_cause_are_crime(text: str) -> None:
    assert only(text, "crime")


# A fire, a crush or a gas blast in a bar or a nightclub is a mishap, not a gang's crime; gunmen who
# open fire there stay the crime's.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A fire at a nightclub in Santa Maria killed 231 people, most of them students.", "accident"),
        ("A stampede at a nightclub on the South Side killed 21 people after a security guard used pepper spray.",
         "accident"),
        ("Fire swept through a crowded bar in Perm, killing 156 people.", "accident"),
        ("A gas explosion in a nightclub in the old town killed 9 people.", "accident"),
        ("Gunmen opened fire in a bar in Chihuahua, killing 8 people.", "crime"),
        ("Gunmen opened fire inside a crowded bar in Chihuahua, killing 8 people.", "crime"),
    ],
)
def test_a_fire_or_a_crush_in_a_bar_is_a_mishap(text: str, event: str) -> None:
    assert only(text, event)


# The same bars and halls attacked where a war is named stay the war's.
@pytest.mark.parametrize(
    "text",
    [
        "Militants stormed a hotel bar in Kabul, killing nine people.",
        "A suicide bomber blew himself up in a crowded bar in Baghdad, killing 12.",
        "Gunmen attacked a liquor store and a bar in Kirkuk, killing eight people.",
    ],
)
def test_a_bar_attacked_in_a_war_stays_conflict(text: str) -> None:
    assert only(text, "conflict")


# Stabbings, rammings and shootings in Israel, Jerusalem and the West Bank: political violence; a
# brawl there is a crime.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A Palestinian stabbed two Israelis at a bus stop in Jerusalem before being shot by police.", "conflict"),
        ("A Palestinian rammed his car into a group of soldiers near Hebron, wounding three.", "conflict"),
        ("Two Israelis were wounded in a stabbing attack at a checkpoint near Nablus.", "conflict"),
        ("An Israeli settler was stabbed to death near Ramallah, the army said.", "conflict"),
        (
            "A Palestinian drove his car into a crowd at a light rail station in Jerusalem, killing a baby and wounding seven.",
            "conflict",
        ),
        ("Two Israelis were killed in a shooting attack near the settlement of Ariel, the army said.", "conflict"),
        ("Two soldiers were lightly hurt in a car-ramming attack at a junction north of Hebron.", "conflict"),
        ("A 19-year-old yeshiva student was killed in a shooting attack near Nablus.", "conflict"),
        ("A woman was wounded in a stabbing attack at a bus stop in Gush Etzion.", "conflict"),
        ("Three people were hurt in a stabbing attack in the Old City of Jerusalem.", "conflict"),
        ("A man was stabbed in a bar fight in Tel Aviv and two others were wounded, police said.", "crime"),
        ("A man was stabbed in a bar fight in Jerusalem and taken to hospital.", "crime"),
        ("A woman was stabbed to death by her husband in Jerusalem, police said.", "crime"),
        ("Two brothers were shot dead in a family feud in Jenin.", "crime"),
        ("Two men were stabbed to death in a dispute over parking in Haifa, police said.", "crime"),
        ("A Palestinian man was stabbed to death in a bar fight in Ramallah.", "crime"),
        ("A 40-year-old man was stabbed to death in a brawl outside a nightclub in Tel Aviv, police said.", "crime"),
    ],
)
def test_attacks_in_israel_and_the_west_bank_against_street_fights(text: str, event: str) -> None:
    assert only(text, event)


# A war story's plot is no event; a film or a documentary that names a real battle keeps its dead.
@pytest.mark.parametrize(
    "text",
    [
        "In the film, 19 Taliban die when the SEALs call in an airstrike on the village.",
        "The novel ends with the hero killing 40 German soldiers on the beach at Normandy.",
        "In the game's final mission, players gun down 200 insurgents in a Baghdad market.",
        "Throughout the series, the protagonist kills 30 Viet Cong fighters in the jungle.",
        "In the movie, the marines kill 25 Iraqi soldiers before reaching the bridge.",
    ],
)
def test_a_war_story_s_plot_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The film retells the Battle of Mogadishu, in which 18 American soldiers and hundreds of Somalis were killed.",
        "The documentary recalls the battle of Fallujah, where 95 US troops were killed in November 2004.",
        "The new film about the Battle of Hue, in which some 5,000 civilians were killed, opens on Friday.",
        "The protagonists of the civil war have killed 60,000 people since 2011.",
        "Throughout the series of attacks, militants killed 40 policemen.",
    ],
)
def test_a_real_battle_named_beside_a_story_or_its_words_stays_conflict(text: str) -> None:
    assert only(text, "conflict")


# Nobody killed is no figure: no tally of nought, whatever the event.
@pytest.mark.parametrize(
    "text",
    [
        "The army insisted the raid killed zero civilians.",
        "The military said its air strikes had killed zero civilians in the province.",
        "No one was killed in the attack on the convoy, police said.",
        "The strike killed no civilians, the Pentagon said.",
        "None of the soldiers were killed in the ambush, the ministry said.",
    ],
)
def test_nobody_killed_gives_no_tally(text: str) -> None:
    assert events(text) == []


def test_a_figure_beside_a_nought_is_kept() -> None:
    text = "The army insisted the raid killed zero civilians. Two soldiers were killed in the raid."
    assert [(t.count, t.event) for t in extract_document(text, None, "en", "body").tallies] == [(2, "conflict")]


# Soldiers and smugglers lost to nature or a mishap, not to an enemy; and the same crashes where an
# enemy brought the aircraft down or the war is fought around it.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Four Palestinians died when a smuggling tunnel under the Gaza border collapsed on them.", "accident"),
        ("Two men died when the smuggling tunnel they were digging under the border with Egypt collapsed.", "accident"),
        ("An avalanche buried an army post in the Siachen glacier, killing 11 soldiers.", "disaster"),
        ("An avalanche struck a military post in Kashmir, killing 10 Indian soldiers.", "disaster"),
        ("Floods swept away a police camp in Swat, killing nine policemen.", "disaster"),
        ("Lightning struck an army camp in Uganda, killing four soldiers.", "disaster"),
        (
            "Twelve soldiers died when an army helicopter crashed in bad weather during a rescue mission in Chile.",
            "accident",
        ),
        ("An army helicopter crashed during a routine flight in Peru, killing all 11 soldiers on board.", "accident"),
        (
            "Fourteen Turkish soldiers were killed when their army helicopter crashed in fog during a training flight.",
            "accident",
        ),
        ("An Israeli airstrike on a smuggling tunnel in Rafah killed two Palestinians.", "conflict"),
        ("Taliban fighters attacked a police post during a snowstorm, killing 11 policemen.", "conflict"),
        ("The army said 23 soldiers were killed in the fighting, while floods hampered the offensive.", "conflict"),
        ("Operation Desert Storm cost the lives of 148 American soldiers.", "conflict"),
        ("Insurgents shot down a US helicopter in Wardak, killing 30 American troops.", "conflict"),
        (
            "A NATO helicopter crashed during an operation against the Taliban in Helmand, killing seven soldiers.",
            "conflict",
        ),
        ("A Russian helicopter was shot down over Syria, killing all five people on board.", "conflict"),
    ],
)
def test_forces_lost_to_nature_or_a_mishap_against_an_enemy_s_fire(text: str, event: str) -> None:
    assert only(text, event)


# Cold that kills by itself is a disaster, in a war's city too; people shot in the snow are not.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Heavy snow blanketed Jerusalem on Thursday and two elderly people died of cold in their homes.", "disaster"),
        ("Five Syrian refugees died of cold in a camp in the Bekaa valley as a cold snap hit Lebanon.", "disaster"),
        ("Three homeless men died of hypothermia in Kabul during the coldest week in years.", "disaster"),
        ("Israeli troops shot dead two Palestinians in the snow near Hebron.", "conflict"),
        ("Rebels ambushed an army convoy in heavy snow in Dagestan, killing six soldiers.", "conflict"),
    ],
)
def test_cold_that_kills_against_fire_in_the_snow(text: str, event: str) -> None:
    assert only(text, event)


# The towns and camps of the Gaza Strip named without it, as the West Bank's are: a figure there
# is the war's unless its own words name an accident or a crime.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Three paramedics were killed in Khan Younis on Tuesday, the health ministry said.", "conflict"),
        ("Two brothers were killed in Beit Lahia overnight.", "conflict"),
        ("A woman and her son were wounded in Nuseirat camp on Sunday.", "conflict"),
        ("Five people died in Jabalia when their house was hit.", "conflict"),
        ("A man died in a car crash near Rafah, police said.", "accident"),
        ("Two workers died when a smuggling tunnel collapsed under Rafah.", "accident"),
    ],
)
def test_a_figure_in_a_town_of_the_gaza_strip_is_the_wars(text: str, event: str) -> None:
    assert only(text, event)
