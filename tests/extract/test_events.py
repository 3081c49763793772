"""The event class of each tally, and the figures that are no event at all (issue 14).

Every sentence here is written for the test, in the shape of real news and reader comments."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.events import EventReading, classify_tallies, cues_in, read_event
from crawler.extract.non_events import is_rate, no_event
from crawler.extract.records import DocumentKind, Sentence, Tally


def events(text: str, title: str | None = None, kind: DocumentKind = "body") -> list[tuple[int, str]]:
    return [(t.count, t.event) for t in extract_document(text, None, "en", kind, title).tallies]


# Conflict news: the figures the database is for.
@pytest.mark.parametrize(
    "text",
    [
        "An airstrike on a market in the north killed 23 civilians on Tuesday, local officials said.",
        "Militants stormed a checkpoint overnight, killing five soldiers.",
        "Security forces opened fire on protesters, killing at least 12 people.",
        "Two policemen were killed when a roadside bomb hit their patrol.",
        "Shelling of the city's eastern districts left 9 dead and 30 wounded.",
        "Fourteen people died when their bus hit a landmine on the road to the border town.",
        "Two children were killed by unexploded ordnance while herding goats near the old front.",
        "Eleven villagers were massacred overnight in the hamlet above the river.",
        "Three people were killed in crossfire between the two sides near the bridge.",
        "Warplanes pounded the town before dawn, killing 12 people.",
        "A grenade thrown into the crowd at the rally killed three people.",
        "A pilot was captured after his jet was shot down over the desert.",
        "Two soldiers were taken prisoner during the raid on the border post.",
        "Hundreds have been killed since the revolt against the president began in March.",
        "The siege of the city has killed more than 2,000 people, the UN said.",  # a bank's siege is crime's
    ],
)
def test_conflict_news_is_conflict(text: str) -> None:
    found = events(text)
    assert found and all(event == "conflict" for _, event in found)


def test_a_bare_figure_is_no_conflict_casualty() -> None:
    assert events("Five people were killed.") == [(5, "other")]


def test_a_bare_figure_in_a_war_report_is_the_war_s() -> None:
    text = "Government troops shelled the rebel-held district overnight. Five people were killed, residents said."
    assert events(text) == [(5, "conflict")]


def test_the_title_gives_the_context_of_a_bare_figure() -> None:
    assert events("Four people died on Sunday.", title="Flu outbreak spreads through care homes") == [(4, "disease")]


# Deaths that are not conflict casualties keep their figure, with their class.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The virus has now killed 2,100 people in the country, with more than 90,000 cases reported.", "disease"),
        ("Overdoses killed 71 people in the county last year, health officials said.", "disease"),
        ("The earthquake killed at least 300 people and injured 1,200 more.", "disaster"),
        ("Floods swept through the valley, leaving 14 dead.", "disaster"),
        ("Two people died when their car collided with a lorry on the motorway.", "accident"),
        ("The plane crash killed 157 passengers and crew.", "accident"),
        ("Two people were treated in hospital after falls at the festival, organisers said.", "accident"),
        ("Three climbers were injured in a fall on the north face.", "accident"),
        ("A 70-year-old man died after being hit by a bus in Leeds.", "accident"),
        ("Three people were killed when a gas main exploded under a street in Harlem.", "accident"),
        ("A gas leak caused the blast that killed five residents of the block.", "accident"),
        ("A boy was knocked down by a speeding car and died in hospital.", "accident"),
        ("Two soldiers were killed when they were hit by a car bomb in Kabul.", "conflict"),  # a car bomb hits too
        ("He was convicted of murdering three women at his home.", "crime"),
        ("A gunman killed four people at a nightclub before police shot him.", "crime"),
    ],
)
def test_other_deaths_are_kept_apart(text: str, event: str) -> None:
    found = events(text)
    assert found and {e for _, e in found} == {event}


def test_the_deciding_words_are_kept_as_evidence() -> None:
    tally = extract_document("The earthquake killed at least 300 people.", None).tallies[0]
    assert tally.event == "disaster" and "earthquake" in (tally.event_evidence or "")


# Figures that are no event at all are not tallies.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The striker has killed 14 of his last 15 penalties.", "Premier League preview"),  # sport
        ("Each donation can save up to three lives.", None),  # lives saved
        ("Napoleon killed a million men for his vanity.", None),  # history polemic
        ("If the dam breaks, 10,000 people could die.", None),  # hypothetical
        ("The new strain could kill up to 2 million people, the model suggests.", None),  # hypothetical
        ("He threatened to kill 3 officials in a voicemail.", None),  # a threat
        ("On average, 72 people are killed on the roads every month.", None),  # a rate
        ("In the film, the zombies kill 30 people in the first ten minutes.", "Box office: the sequel"),  # fiction
        ("The novel follows a detective as 6 people are murdered in a small coastal town.", None),  # fiction
    ],
)
def test_no_event_no_tally(text: str, title: str | None) -> None:
    assert events(text, title) == []


# Words of death about things, years and names, with no event: no tally at all.
@pytest.mark.parametrize(
    "text",
    [
        "As the chancellor once put it, 1987 killed the old City for good.",  # a year does the killing
        "After the scandal and the recount, the reform movement lost its force within a year.",  # an idiom
        "I bought two body pillows last winter and have never slept better.",  # a thing, not a corpse
        "There are still a few missing features that the new version of the app should include.",  # things
        "Only one seat on the committee remains, and three candidates want it.",  # "remains", a verb
        "The best chapter in Never Die Hungry is the one about bread.",  # the name of a book
        "Bailey is dead.",  # a reader's word on one person, no event named
        "The 2008 crisis killed thousands of small businesses across the country.",  # firms
        "Five of the seven hard drives in the server died within a year.",  # machines
        "Hundreds of fish were found dead in the lake after the heatwave.",  # animals
        "The committee killed two amendments to the bill on Tuesday.",  # bills
        "The plant has three dead leaves and needs more water.",  # leaves
        "Our whole team died a thousand deaths watching that final.",  # an idiom
        "The cheers of 3,000 fans drowned out the national anthem.",  # drowning out a sound
        "Two of the losing side's fans drowned their sorrows in the pub.",  # an idiom
        "The point guard has killed three defenders off the dribble in the last two games.",  # sport
        "The price war has already killed three airlines.",  # a war of prices
        "The Tea Party insurgency killed three incumbents in the primaries.",  # politics' figure of speech
        "Communism killed 100 million people in the last century.",  # a reader's history polemic
        "The empire's wars killed 2 million people over 300 years.",  # history
        "The witness said that he thought Mr K was dead, although the man is still alive.",
    ],
)
def test_a_word_of_death_about_no_event_is_no_tally(text: str) -> None:
    assert events(text, kind="comment") == [] and events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The remains of 12 soldiers were found in a mass grave near the old front line.",
        "Human remains of at least 30 people were recovered from the rubble after the airstrike.",
        "Police said 1,987 people were killed in the fighting in the province last year.",
        "Two bodies were found in the river after the militants withdrew.",
        "Gaddafi is dead, the rebels' spokesman said.",
        "The airstrike killed 5 soldiers and 200 cattle near the village.",
        "Gunmen killed 7 workers at a chicken farm in the north, the army said.",
        "The deadliest terrorist attack of the 21st century killed nearly 3,000 people in New York.",
        "The bombing, the deadliest in the country in the last century, killed 200 people.",  # a comparison
        "The ambush killed 26 soldiers, the army's worst loss in the past century.",
        "It was the first raid on the capital in over 100 years: rebels killed 12 guards.",
        "The army killed hundreds of students in Tiananmen Square in June 1989, the cable said.",
    ],
)
def test_a_body_s_remains_a_count_and_a_named_leader_stay_tallies(text: str) -> None:
    assert {event for _, event in events(text)} == {"conflict"}


def test_a_headline_in_title_case_is_no_book_name() -> None:
    assert events("Two Soldiers Killed in Roadside Bomb Attack Near Kandahar") == [(2, "conflict")]


def test_a_weak_word_inside_another_event_s_phrase_is_that_event_s() -> None:
    assert [word for _, _, word, _ in cues_in("A gas explosion tore through the block.")] == ["gas explosion"]
    assert [event for event, _, _, _ in cues_in("Gang violence flared again.")] == ["crime", "crime"]


def test_one_phrase_is_one_cue() -> None:
    """A leaning word inside a longer cue of its class adds nothing: "security forces" counts once."""
    words = [word for _, _, word, _ in cues_in("Security forces and drone strikes")]
    assert sorted(words) == ["drone strikes", "security forces"]
    # a word that names the event by itself still counts inside its phrase
    assert sorted(word for _, _, word, _ in cues_in("a terrorist attack")) == ["terrorist", "terrorist attack"]


def test_a_rate_in_a_war_is_kept() -> None:
    found = events("Airstrikes killed 40 civilians a day in the besieged city.")
    assert found and all(event == "conflict" for _, event in found)


def test_idioms() -> None:
    assert no_event("Support for the old version is now officially dead.", 40, 51, "officially dead", 1, None) == "idiom"
    assert no_event("The band killed it on stage, 3 nights in a row.", 9, 18, "killed it", 3, None) == "idiom"


def test_numbers_that_are_not_people() -> None:
    assert no_event("The 1914-1918 dead are remembered.", 4, 18, "1914-1918 dead", 1914, 1918) == "not people"
    assert no_event("Five killed", 0, 11, "Five killed", 5, None) is None


def test_rates() -> None:
    assert is_rate("About 30 die every year on this road.", 6, 12)
    assert not is_rate("About 30 died on Monday.", 6, 15)


def test_a_reader_s_bare_figure_is_not_promoted_to_conflict() -> None:
    assert events("Three people were killed.", kind="comment") == [(3, "other")]


def test_a_reader_s_conflict_figure_stays_conflict() -> None:
    assert events("The shelling killed 40 civilians in my town, the army denies it.", kind="comment") == [(40, "conflict")]


def test_subsets_follow_their_figure_and_are_renumbered() -> None:
    text = "He could kill 5 people. An airstrike killed 12 civilians, including 4 children."
    sentences = [Sentence(0, 0, 23, text[:23]), Sentence(1, 24, len(text), text[24:])]
    tallies = [
        Tally(count=5, outcome="killed", sentence=0, start=13, end=22),
        Tally(count=12, outcome="killed", sentence=1, start=46, end=64),
        Tally(count=4, outcome="killed", sentence=1, start=76, end=86, subset_of=1),
    ]
    kept = classify_tallies(text, sentences, tallies)
    assert [(t.count, t.event, t.subset_of) for t in kept] == [(12, "conflict", None), (4, "conflict", 0)]


def test_read_event_is_a_pure_reading() -> None:
    text = "Floods killed 8 people."
    reading = read_event(text, [Sentence(0, 0, len(text), text)], Tally(count=8, outcome="killed", start=7, end=22))
    assert isinstance(reading, EventReading) and reading.event == "disaster"


def test_an_attack_at_a_match_is_an_attack_not_sport() -> None:
    found = events("A suicide bomber struck a cafe where fans were watching a World Cup match, killing 12 people.")
    assert found and all(event == "conflict" for _, event in found)


def test_a_hospital_director_is_no_film_director() -> None:
    text = ("An airstrike hit the home of the director of the city's main hospital on Tuesday night, "
            "the health ministry said, killing at least eight members of his family.")
    assert events(text) == [(8, "conflict")]


@pytest.mark.parametrize(
    "reporter",
    ["The health ministry put the death toll at 12.", "The Ministry of Health said the death toll was 12.",
     "Health officials said 12 people had been killed."],
)
def test_the_health_ministry_reports_the_toll_of_an_attack(reporter: str) -> None:
    text = "An airstrike hit a residential building in the city on Tuesday. " + reporter
    assert events(text) == [(12, "conflict")]


def test_troops_able_to_kill_attackers_did_kill_them() -> None:
    found = events("Militants attacked a patrol; 3 police officers were injured but they were able to kill both attackers.")
    assert (3, "conflict") in found


# The peoples and places a war is named by: a reader's "dead Iraqis", a report's "in Baghdad".
@pytest.mark.parametrize(
    "text",
    [
        "Well, 100,000+ dead Iraqis would beg to differ.",  # a reader's figure, a people in the plural
        "Ten thousand dead Syrians and the world still looks away.",
        "The bodies of 15 men, bound and shot, were found in Baghdad on Tuesday.",
        "The conflict has cost more than 5,000 lives since 2006.",
        "The violence has displaced 100,000 and killed more than 300 since the disputed election.",
        "Hostilities resumed at dawn and 14 people were killed in the first hours.",
    ],
)
def test_a_war_named_by_its_people_place_or_conflict_is_conflict(text: str) -> None:
    found = events(text)
    assert found and all(event == "conflict" for _, event in found)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Five miners were killed in a gas explosion at the colliery.", "accident"),
        ("Twelve people died when a methane blast tore through the coal mine.", "accident"),
        ("Gun violence killed 14 teenagers in the city last month.", "crime"),
        ("Violent crime killed 300 people in the capital last year, police said.", "crime"),
        ("Three people were killed in an outbreak of domestic violence in the suburb.", "crime"),
        ("The cholera outbreak has killed 98 people in the displaced persons' camps.", "disease"),
        ("Violent storms killed 9 people across the south.", "disaster"),
        ("A conflict of interest led to 3 deaths at the clinic, the inquiry found.", "other"),
    ],
)
def test_words_a_war_shares_do_not_make_other_deaths_conflict(text: str, event: str) -> None:
    found = events(text)
    assert found and {e for _, e in found} == {event}


def test_a_reader_retelling_an_action_film_is_no_event() -> None:
    text = ("The franchise needs a proper villain again. A gang of super-criminals fighting over the loot, "
            "and the hero slipping in, killing one and framing his rival.")
    assert events(text, kind="comment") == []


def test_a_drone_in_a_reader_s_story_is_the_war_s() -> None:
    assert events("My cousin was killed by a drone in 2010, he was 19.", kind="comment") == [(1, "conflict")]


def test_a_drone_that_crashed_is_an_accident() -> None:
    assert events("A delivery drone crashed into a crowd at the fair, injuring 3 people.") == [(3, "accident")]


def test_a_mine_explosion_is_a_landmine_s_not_a_mining_accident() -> None:
    assert events("Three children were killed by a mine explosion near their school in the north.") == [(3, "conflict")]


# A hedged report of what did happen is a figure; what could or would happen is not.
@pytest.mark.parametrize(
    "text",
    [
        "The airstrike may have killed as many as 40 civilians, local officials said.",
        "Activists said the shelling might have killed more than 100 people in Homs.",
        "Up to 50 people may have died in the clashes, according to unconfirmed reports.",
        "As many as 20 may have been wounded when the rebels shelled the market, medics said.",
        "The real death toll may be much higher, with activists saying as many as 200 protesters have been killed.",
    ],
)
def test_a_hedged_report_of_the_past_is_kept(text: str) -> None:
    found = events(text)
    assert found and all(event == "conflict" for _, event in found)


@pytest.mark.parametrize(
    "text",
    [
        "The bomb could have killed hundreds if it had gone off in the crowded square.",
        "The militants would have killed 50 hostages had the commandos not stormed the building.",
        "A strike on the dam may kill 10,000 people downstream, engineers warned.",
        "Hundreds of soldiers might die in the coming offensive, the general admitted.",
        "An invasion could cost as many as 10,000 lives, analysts warn.",
        "A war with Iran would claim tens of thousands of lives, the report warned.",
    ],
)
def test_what_could_or_would_have_happened_is_no_figure(text: str) -> None:
    assert events(text) == []


# Readers' figures of a war, told with the war's rulers, armies, armed groups, attacks or peoples.
@pytest.mark.parametrize(
    "text",
    [
        "Assad has murdered 40,000 of his own people and the world does nothing.",
        "Tell that to the families of the 3,000 killed on 9/11.",
        "Thousands of Syrians are being slaughtered while we debate.",
        "We lost 58,000 men in Vietnam and learned nothing.",
        "The army killed 200 civilians in Homs last week and nobody in the West did a thing.",
        "The US drone program has killed 3,000 people in Pakistan, hundreds of them kids.",
        "Israel killed over 1,400 people in Gaza in three weeks, most of them civilians.",
        "The IRA murdered 1,800 people over thirty years.",  # an armed group's killings are its war's
        "Never forget. Mladic's men murdered 8,000 Muslim men and boys at Srebrenica.",
        "Gunmen killed farmers in Benue state. At least 73 people were murdered in the attacks on New Year's Day, the "
        "governor said.",
        "UN monitors counted 108 bodies in the village, including 49 children.",
    ],
)
def test_a_reader_s_war_figure_is_conflict(text: str) -> None:
    found = events(text, kind="comment")
    assert found and all(event == "conflict" for _, event in found)


def test_war_crimes_are_the_war_s() -> None:
    assert events("The tribunal heard that the militia's war crimes left 300 villagers dead.") == [(300, "conflict")]


def test_a_ruler_tried_for_murder_is_a_crime() -> None:
    assert events("Saddam was convicted of murdering 148 people in Dujail.") == [(148, "crime")]


def test_a_comrade_is_one_person() -> None:
    text = "Troops fired on the march. It was hard to see a comrade die like that, in the street."
    assert events(text) == [(1, "conflict")]


# A strike that kills is a military one; a walkout, a hunger strike or lightning is not.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Residents said the jets came in low over the camp. The strike killed 14 people, including six children.", "conflict"),
        ("A US official confirmed the operation. The strike on the compound killed four suspected fighters.", "conflict"),
        ("Commuters crowded the few trains still running. On the first day of the strike by rail workers, two people died "
         "in a crush on a station platform.", "accident"),
        ("The storm moved east overnight. Two hikers were killed by a lightning strike on the ridge.", "disaster"),
        ("Miners downed tools over unpaid wages. Police fired on the striking miners, killing 34 of them.", "conflict"),
    ],
)
def test_a_strike_is_military_unless_a_walkout_or_lightning(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


# Soldiers who die in a mishap of their own forces are no casualties of the war.
@pytest.mark.parametrize(
    "text",
    [
        "The army confirmed the death on Tuesday. A soldier was killed in a training accident at the base on Monday.",
        "The Ministry of Defence opened an inquiry. Two marines died when their helicopter crashed during a training exercise.",
        "The army said it was investigating. A soldier died after a rifle was accidentally discharged at the barracks.",
        "The navy said the ship had been at sea for a week. Three sailors were killed in an explosion during a routine drill.",
    ],
)
def test_a_training_accident_in_the_forces_is_an_accident(text: str) -> None:
    assert {e for _, e in events(text)} == {"accident"}


# Hostages, riots and a police shoot-out belong to the class of whoever did it.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Officers were called to the house at midnight. Police said a child was taken hostage by her father, and two "
         "officers were wounded.", "crime"),
        ("The victims were abducted on their way home. A criminal gang kidnapped three businessmen for ransom and killed "
         "one of them, police said.", "crime"),
        ("Police said the gang had demanded money. Kidnappers holding 12 passengers for ransom killed two of them.", "crime"),
        ("The men had tried to rob a jewellery store. Police shot dead two robbery suspects in an exchange of fire on Tuesday.",
         "crime"),
        ("Inmates set fire to mattresses in the jail. At least 17 prisoners were killed in a riot at the prison on Sunday.",
         "crime"),
        ("The couple had married against her family's wishes. Police said three women were killed in an honour killing in "
         "the village.", "crime"),
        ("Police said the man had a history of violence. A man shot dead his wife and three children before killing "
         "himself.", "crime"),
        ("Women's groups marched in the capital. Police recorded 8,100 dowry deaths last year, the bureau said.", "crime"),
        ("Activists held a vigil outside the court. Bride burning killed at least 300 women in the state in 2011.", "crime"),
        ("Rights groups say the attackers are rarely punished. Acid attacks left 3 women dead in Dhaka this year.", "crime"),
        ("Armed robbers held staff and customers inside the branch for eight hours. Two hostages were killed when "
         "officers stormed the building, police said.", "crime"),
        ("The robber took six employees hostage. One hostage was shot dead before police negotiators arrived.", "crime"),
        ("Officers were called to a petrol station on the ring road. Police shot dead a man who opened fire on them "
         "with a shotgun, killing 1 customer.", "crime"),
        ("The attackers arrived in pickup trucks. Gunmen took 30 workers hostage at the gas plant and killed 37 of them.",
         "conflict"),
        ("Thousands marched on the governor's office. Police opened fire on the crowd, killing 12 people.", "conflict"),
        ("Officers raided the flat in search of a murder suspect. The suspect and 1 officer were killed in the exchange "
         "of fire.", "crime"),
        ("Fans of the two clubs fought on the terraces after the final whistle. Seventy-four people were killed in the "
         "riot at the football match.", "crime"),
        ("Soldiers raided a rebel camp in the mountains. Five rebels and 1 officer were killed in the exchange of fire.",
         "conflict"),
        ("The girls were taken from their school at night. Boko Haram demanded a ransom for the girls and killed 3 guards.",
         "conflict"),
        ("Tensions between the two communities have been high. Five men were lynched by a mob over rumours of cattle theft.",
         "conflict"),
    ],
)
def test_who_did_it_decides_crime_or_conflict(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


# A crowd crush at a rally, a car crash against a car bomb, an execution by the state.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Thousands had gathered to hear the candidate. Eleven people were killed in a stampede at the election rally.",
         "accident"),
        ("The crowd surged toward the gates. At least 20 people died in a crush at the opposition rally, police said.",
         "accident"),
        ("The explosion could be heard across the city. Nine people were killed in a car bomb near the ministry.", "conflict"),
        ("The road was wet after heavy rain. Nine people were killed in a car crash on the motorway.", "accident"),
        ("Witnesses said the car was going fast. Three teenagers died when their car hit a tree.", "accident"),
        ("He had been convicted of drug trafficking. Twelve death-row inmates were executed on Tuesday, rights groups said.",
         "other"),
    ],
)
def test_crushes_crashes_and_executions(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


def test_a_fire_on_a_weekday_is_no_firing_on_people() -> None:
    assert events("A fire on Tuesday killed three people in a block of flats.") == [(3, "accident")]


def test_a_rate_told_at_the_end_of_its_sentence_is_no_event() -> None:
    text = "Rights groups say the practice is widespread. At least 1,000 women are killed in so-called honour killings in the country every year."
    assert events(text) == []


# Conflict casualties as news writes them: the sentence before, then the figure's sentence.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Demonstrations spread to 21 cities on Friday. At least 106 protesters have been killed, according to a rights "
         "group.", None),
        ("Gunmen opened fire on a checkpoint near El Arish at dawn. The ministry confirmed the deaths of at least four "
         "members of the security forces.", None),
        ("Activists said tanks had entered the district. Two children were among the dead, the Observatory said.",
         "Syria unrest"),
        ("A series of car bombs struck markets across the capital. The blasts left 57 dead and more than 200 wounded, "
         "police said.", None),
        ("Aircraft struck targets across the Strip overnight. The offensive has claimed the lives of more than 500 "
         "Palestinians, medical officials said.", None),
        ("Fighting between rival militias raged for a third day. Eleven bodies were found in a field near the road after "
         "the clashes.", None),
        ("Insurgents attacked a police post in the province late on Monday. Seven policemen were killed in the attack.",
         None),
        ("Basij militiamen fired into the crowd. State television said seven people were killed when protesters tried to "
         "attack a military post.", None),
        ("Bulldozers moved in behind the armoured vehicles. The dispersal of the sit-in left 638 people dead, according "
         "to the health ministry.", None),
        ("The interim government published its figures. The official toll for the revolution stands at 338 dead and "
         "2,147 wounded.", None),
        ("Gunmen stopped the bus on the highway. They killed 11 Shia pilgrims after pulling them off the bus, police "
         "said.", None),
        ("Morsi was jeered at the cemetery. He stayed away from a state funeral for the 16 slain Egyptian policemen.",
         None),
        ("African Union troops hold most of the capital. The fighting has cost the lives of 19 peacekeepers this year.",
         None),
        # "shot" is the word of a crackdown or an insurgency too, beside the words that name them
        ("UN monitors reached the village on Sunday. They counted 92 bodies, most of them shot at close range.", "Houla"),
        ("Suspected jihadists raided the village at dusk. The mayor was abducted and 2 farmers were shot and wounded.",
         None),
        ("Thousands gathered after Friday prayers. Eight mourners were shot dead as the procession left the mosque, "
         "witnesses said.", "Funeral marchers shot"),
        ("Residents clashed with police after the verdict. Thirty people were killed as mourners tried to storm the "
         "prison.", "Port Said verdict"),
        # a war's place in the title: the bodies a death squad dumped, not a murder the police investigate
        ("The victims had been handcuffed. Police said the bodies of 12 men, bound and shot in the head, had been dumped "
         "overnight.", "Baghdad: more bodies found"),
        # the protests, where their dead are told without the protesters
        ("The red shirts had occupied the centre of the capital for weeks. Ninety-one people died in the two months of "
         "protests.", None),
        # armed groups news leaves unnamed, and the villages they raid
        ("The attack lasted most of the night. Dozens of armed men raided the village, killing 30 people.", None),
        ("Residents fled into the bush. Bandits attacked two villages in the north-west, killing 41 people.", None),
        ("The attackers came on motorbikes. They raided the village at dawn, killing 12 people and burning homes.", None),
        ("The village was torched overnight. Police recovered nine bodies from the burnt houses.", None),
        # one shell, a bomb told by what carried it, an insurgency's "restive" province
        ("The family had returned home the day before. Five people were killed when a shell hit their house in the "
         "eastern district.", None),
        ("Traffic was heavy at the time. A car exploded near a checkpoint in the capital, killing 8 people.", None),
        ("Schools were closed on Monday. The death toll from two days of violence in the restive province has risen "
         "to 45.", None),
        # an election's violence, a hospital shelled, a ruler's police, a city of communal killings
        ("Gangs armed with machetes roamed the slums. At least 800 people have died since the election.",
         "Kenya: post-election crisis deepens"),
        ("The hospital was hit by artillery on Tuesday night. Nine patients died, a health official said.", None),
        ("The square was full again on Friday. Mubarak's police killed 846 people in 18 days.", None),
        ("The violence began after a disputed local election. Muslim leaders say they have counted 300 bodies.",
         "Nigeria: Jos"),
        # killings answered in kind, by death squads and between communities
        ("The curfew was ignored. Death squads killed at least 30 people overnight, dumping their bodies in the river.",
         None),
        ("Shops stayed shut in the old town. Tit-for-tat killings between the two communities left 40 dead.", None),
        # a prosecutor as the source of an attack's toll
        ("Two explosions hit the airport and a metro station. Thirty-two people were killed, the prosecutor said.", None),
    ],
)
def test_conflict_casualties_in_news_phrasing_are_conflict(text: str, title: str | None) -> None:
    found = events(text, title)
    assert found and all(event == "conflict" for _, event in found)


# The police who find a body or investigate a killing make no war of it.
@pytest.mark.parametrize(
    "text",
    [
        "Police were called to the seafront. The body of a woman has been found on the beach.",
        "Officers are appealing for witnesses. Police believe the woman was killed sometime within the past few days.",
        "Police searched the moors for years. The father of a man missing for a decade has accepted his son is dead.",
    ],
)
def test_the_police_alone_make_no_conflict(text: str) -> None:
    found = events(text)
    assert found and all(event != "conflict" for _, event in found)


# Soldiers lost in a crash are the war's dead unless the words name a mishap of its own.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("A military helicopter crashed, killing all 13 soldiers on board.", "conflict"),
        ("Insurgents fired a rocket at the Chinook. The helicopter was shot down, killing all 30 troops on board.",
         "conflict"),
        ("Two United States service members have been killed in a helicopter crash in Afghanistan, the military said.",
         "conflict"),
        ("The army helicopter crashed during a training flight, killing all 13 soldiers on board.", "accident"),
        ("A military helicopter crashed in bad weather in the mountains, killing all 17 soldiers on board.", "accident"),
        ("The convoy was returning to barracks. Four soldiers were killed and 11 injured when two army trucks collided "
         "on a mountain road.", "accident"),
        ("The blaze started in a dormitory at the training camp. Five recruits died of smoke inhalation, the army said.",
         "accident"),
        ("Insurgents ambushed the convoy near the border. Four soldiers were killed when two army trucks collided as "
         "they fled the ambush.", "conflict"),
    ],
)
def test_soldiers_killed_in_a_crash(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


# An army's stores that blow up by themselves are a mishap; struck by the enemy, the war's.
@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Ammunition depot blast kills 20", "A fire broke out at the army ammunition depot on Sunday morning. The "
         "explosions killed 20 people and injured hundreds in nearby villages.", "accident"),
        ("Airstrike hits ammunition depot", "An airstrike hit the ammunition depot before dawn. The explosions killed "
         "20 soldiers.", "conflict"),
    ],
)
def test_an_ammunition_depot_blast(title: str, text: str, event: str) -> None:
    assert {e for _, e in events(text, title)} == {event}


def test_a_hostage_taken_in_a_siege_the_police_stormed_is_conflict() -> None:
    text = ("Taliban insurgents stormed a hotel in the capital overnight. Police said a child was taken hostage and two "
            "officers were wounded when commandos stormed the building.")
    found = events(text)
    assert found and all(event == "conflict" for _, event in found)


def test_an_animal_s_attack_is_no_militant_s() -> None:
    assert events("A pit bull attack killed a two-year-old boy in his grandmother's garden.") == [(1, "accident")]


def test_a_toll_over_a_week_is_no_rate() -> None:
    assert not is_rate("Clashes have left 40 people dead in a week.", 18, 33)
    assert events("Clashes have left 40 people dead in a week.") == [(40, "conflict")]
    assert is_rate("About 30 people die a week on the county's roads.", 6, 23)


# An attack, civilians, the forces' own dead: conflict news in its own words, with no title to help.
@pytest.mark.parametrize(
    "text",
    [
        "At least 12 people were killed in an attack on a mosque.",
        "Five civilians were killed in the attack, officials said.",
        "Three policemen were killed in an attack on a checkpoint.",
        "Seven people were killed when security forces opened fire on a funeral procession.",
    ],
)
def test_conflict_in_its_own_words(text: str) -> None:
    assert {e for _, e in events(text, "August 9, 2012")} == {"conflict"}


def test_an_attack_called_terrorism_is_conflict_whoever_tries_the_gunman() -> None:
    text = ("A gunman on a scooter killed three children and a teacher at a school, in what prosecutors called a "
            "terrorist attack.")
    assert {e for _, e in events(text, "March 19, 2012")} == {"conflict"}


def test_a_gunman_at_a_school_is_a_crime() -> None:
    text = "A gunman killed 20 children and six adults at an elementary school on Friday."
    assert {e for _, e in events(text, "December 14, 2012")} == {"crime"}


def test_rescue_teams_make_no_match() -> None:
    text = ("The body of a woman has been found on the beach. Police, ambulance and coastguard teams arrived shortly "
            "after the body was found.")
    assert events(text) == [(1, "other")]


# Deaths near the words of war that are not a war's: a veteran's crash, a drill, a guard, a factory.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two men who had served with the Army in Iraq were killed in a motorcycle crash on the ring road on Saturday.",
         "accident"),
        ("Three soldiers were injured when their truck overturned during an exercise at the base.", "accident"),
        ("The explosion at the fireworks factory killed 12 workers.", "accident"),
        ("The security guard was found dead in the warehouse on Monday morning.", "other"),
        ("The drug cartel's gunmen killed 15 people at a party in the border city.", "crime"),
    ],
)
def test_deaths_near_the_words_of_war(text: str, event: str) -> None:
    assert {e for _, e in events(text, "August 3, 2012")} == {event}


@pytest.mark.parametrize(
    "text",
    [
        "The film depicts the battle in which 2,400 Americans died.",
        "The game lets you kill 50 enemy soldiers in the first mission.",
    ],
)
def test_a_story_told_of_its_plot_or_play_is_no_event(text: str) -> None:
    assert events(text) == []


def test_soldiers_lost_in_a_crash_in_a_named_war() -> None:
    assert events("Two soldiers were killed when their armoured vehicle overturned on a road in Helmand.") == [
        (2, "conflict")
    ]


def test_a_reader_s_history_polemic_opening_its_sentence_is_no_event() -> None:
    assert events("The Romans killed thousands of Christians, so what?", kind="comment") == []


# Conflict news of 2008 and 2012 and readers' comments on it, each with the sentence before it
# (as the reading gets them): armed groups, weapons, units, air raids, drones, mines, shelling and
# political violence in the words news uses for them.
@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ('The violence came a day after the provincial governor escaped an assassination attempt.', 'A suicide bomber rammed an explosives-laden car into a police checkpoint in Baquba on Sunday, killing 14 people, officials said.'),
        ('Officials said the attack bore the hallmarks of the insurgency.', 'At least nine policemen were killed when gunmen ambushed their patrol on the outskirts of the city.'),
        ('The US military did not comment on the report.', 'A suspected US drone fired two missiles at a compound in North Waziristan, killing five suspected militants, intelligence officials said.'),
        ('The attack was the deadliest in the province this year.', 'Eight Afghan soldiers were killed when an improvised explosive device struck their vehicle in the Sangin district.'),
        ('Residents said the shelling began before dawn.', 'Government forces pounded the Baba Amr neighbourhood with mortar rounds and tank fire, killing at least 23 people, activists said.'),
        ('The opposition said the toll was likely to rise.', 'Troops loyal to the president opened fire on mourners at a funeral, killing at least 11, according to the Local Coordination Committees.'),
        ('Fighting has raged in the region for weeks.', 'Al-Shabab fighters attacked an African Union base near Mogadishu, and four peacekeepers were killed in the assault.'),
        ('A spokesman for the rebels said they had repelled the attack.', 'Clashes between rebels and pro-Gaddafi forces near Misrata left 17 dead and dozens wounded on Tuesday.'),
        ('Hospital officials confirmed the toll.', 'Masked gunmen on motorbikes shot dead six members of a Shiite family in a village north of Baghdad.'),
        ('The army said it had launched an operation in the area.', 'Three soldiers were killed and seven wounded when Maoist rebels blew up their vehicle with a landmine in Chhattisgarh.'),
        ('Witnesses said the helicopter hovered over the village for half an hour.', 'A NATO air raid killed 12 civilians, including women and children, in Kunar province, local elders said.'),
        ('The blast shattered windows across the market.', 'A bomb planted on a motorcycle exploded near a crowded bus stop in Peshawar, killing at least seven people.'),
        ('The group claimed the attack on its website.', 'Insurgents fired rocket-propelled grenades at a convoy of coalition trucks, killing two drivers and wounding three guards.'),
        ('The ministry gave no further details.', 'Two Israeli soldiers were killed in an exchange of fire with Hezbollah guerrillas on the border.'),
        ('Security was tight across the capital.', 'A car bomb exploded outside a Shiite mosque in Karachi after Friday prayers, killing 22 worshippers.'),
        ('Activists said the army used heavy weapons against residential areas.', 'More than 100 people were killed across Syria on Friday, most of them in Homs, according to the Syrian Observatory for Human Rights.'),
        ('The Tatmadaw has been accused of burning villages.', 'Human rights groups say at least 40 Rohingya were killed when soldiers swept through the settlement.'),
        ('Local media reported that the attackers wore military fatigues.', 'Armed men stormed a hotel in Mogadishu, killing at least 15 people before security forces regained control.'),
        ('The death toll is expected to rise.', 'Sniper fire killed three protesters and wounded 20 near the square on Saturday, doctors at a field hospital said.'),
        ('The offensive aims to push the rebels out of their last stronghold.', 'At least 30 Tamil Tigers and four soldiers died in fierce fighting in the north, the defence ministry said.'),
        ('Two of the wounded were in critical condition.', 'Boko Haram gunmen killed 18 people in an attack on a church in Kaduna state on Sunday.'),
        ('Police said the bomb had been hidden in a rubbish bin.', 'Two people were killed and 15 injured when a roadside bomb went off near an army patrol in Diyala.'),
        ('The separatists deny targeting civilians.', 'Baloch militants shot dead 13 passengers after pulling them off a bus in Balochistan.'),
        ('The coalition said it was investigating.', 'Saudi-led airstrikes on a wedding party in western Yemen killed at least 25 people, medics said.'),
        ('Reuters could not independently verify the figures.', 'Rebel shelling of the government-held district killed four children, state television said.'),
        ('', 'In 2008 alone, over 4,000 US troops had died in Iraq, and nobody in Washington wants to talk about it.'),
        ('Read the UN report before you comment.', 'The Israeli bombardment killed 1,400 Palestinians in Cast Lead, over 300 of them children.'),
        ('People forget this.', 'The Tamil Tigers were crushed in 2009 and the army killed tens of thousands of civilians in the last weeks of the war.'),
        ('Nobody talks about the other side.', 'Hamas rockets have killed dozens of Israelis in Sderot over the years.'),
        ("Don't believe the official numbers.", "The regime's thugs killed at least 3,000 protesters in Tahrir and across Egypt, not 800."),
        ('My cousin lives in Homs.', "Assad's army shelled her street last week and 9 neighbours are dead."),
        ('Just saw the news.', 'Another drone strike in Yemen, 8 more dead, and they call them all militants.'),
        ("The Pentagon's own figures show it.", 'More than 6,000 American service members have been killed in Iraq and Afghanistan since 2001.'),
        ('They came at night.', 'Janjaweed militiamen on horseback burned the village and killed 40 men.'),
        ('The fighting spread to the suburbs overnight.', 'Heavy machine-gun fire and explosions could be heard across the city, and medics said at least 19 people had died.'),
        ('The renewed violence followed the disputed election.', 'Supporters of the rival candidates fought with machetes in the slums of Nairobi, leaving 12 people dead.'),
        ('The village has been attacked before.', 'Fulani herdsmen killed 21 villagers in a dawn raid on a farming community in Plateau state.'),
        ('', 'A rifleman of the 5th Gorkha Rifles was killed in an encounter with militants in Kupwara district.'),
        ('The clash lasted several hours.', 'Two jawans of the Border Security Force were killed and three injured in the exchange.'),
        ('', 'Six paratroopers died when their armoured vehicle was hit by an anti-tank mine near the border.'),
        ('', 'Kalashnikov-wielding attackers killed 14 worshippers at a mosque in the north of the country.'),
        ('', 'Four aid workers of the Red Crescent were killed when their ambulance was hit in the strike.'),
        ('', 'An explosives-laden truck blew up at the gates of the ministry, killing 31 people.'),
        ('The town was bombarded through the night.', 'By morning 16 civilians were dead, among them five children.'),
        ('', 'Three members of the National Guard were killed when their convoy was ambushed near Ramadi.'),
        ('', 'Tribal clashes over grazing land killed 25 people in the state, officials said.'),
        ('', 'Post-election violence in the Rift Valley has left more than 300 people dead.'),
        ('', 'A roadside mine killed four members of a family travelling to a wedding in the south.'),
        ('', 'Assailants armed with AK-47s gunned down seven members of the village defence committee.'),
        ('', 'The brigade lost nine men in the assault on the ridge.'),
        ('', 'Unknown assailants lobbed a hand grenade into a crowded market, wounding 18 people.'),
        ('', 'Seven policemen were killed when suspected Maoists triggered a landmine blast in Jharkhand.'),
        ('', 'At least 12 people were killed as security forces fired live rounds at demonstrators in Sanaa.'),
        ('', 'Two UN peacekeepers from Nepal were killed in an attack on their base in northern Mali.'),
        ('', 'Rebels of the M23 shelled Goma airport, killing three civilians.'),
        ('', "The jihadist group's fighters executed 21 captured soldiers, the army said."),
    ],
)
def test_conflict_phrasing_is_conflict(before: str, sentence: str) -> None:
    text = f"{before} {sentence}" if before else sentence
    start = len(before) + 1 if before else 0
    found = [t.event for t in extract_document(text, None).tallies if t.start >= start]
    assert found and set(found) == {"conflict"}


# The new words of war leave ordinary deaths to their own class.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The battle against cancer claimed two more lives in our family this year.", "disease"),
        ("An army of fans stormed the pitch, and 12 people were injured in a crush at the gates.", "accident"),
        ("Two soldiers died of heatstroke during a training march in the hills.", "accident"),
        ("The hospital's frontline workers were hit hard: three nurses died of Covid in April.", "disease"),
        ("Firefighters from the fire brigade found two bodies in the burnt-out house.", "accident"),
        ("A gunman armed with an AK-47 killed five people at a nightclub before police shot him.", "crime"),
        ("The National Guard was deployed after the hurricane killed 40 people.", "disaster"),
        ("Two men were gunned down outside a bar in what police called a gang dispute.", "crime"),
        ("Attackers robbed and killed a taxi driver on the ring road, police said.", "crime"),
        ("MS-13 and Barrio 18 have fought over the district for years. The gang war claimed 30 lives over the weekend.",
         "crime"),
        ("A family feud erupted in Khan Younis. Three men were shot dead in the dispute, police said.", "crime"),
        ("Police said the woman had been missing since Friday. Two women were murdered in their home in Leeds.",
         "crime"),
        ("Residents had complained of a smell of gas for days. The blast destroyed the building and the gas explosion "
         "killed 7 people.", "accident"),
        ("Militants blew up a gas pipeline, and the pipeline explosion killed 4 soldiers guarding it.", "conflict"),
        ("The quake struck the mountainous province before dawn. More than 1,000 people were killed and 1,500 injured, "
         "the Taliban government said.", "disaster"),
        ("Taliban fighters overran the district centre. Twelve policemen were killed, Taliban officials said.",
         "conflict"),
    ],
)
def test_words_of_war_leave_other_deaths_alone(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}



# Deaths beside a word of war that keep their own class: what blew up, what the people died of,
# who was murdered and who opened fire.
@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        ("Tanker explosion", "The rail tanker was carrying crude oil. Forty-seven people died when the train exploded in "
         "the centre of the town.", "accident"),
        ("Fuel tanker blast", "The lorry overturned on the highway. At least 60 people were killed when the fuel tanker "
         "exploded as villagers gathered fuel.", "accident"),
        ("Mine blast", "Rescuers are still trying to reach the trapped workers. The explosion killed 29 miners.",
         "accident"),
        ("Syria: refugees", "Refugees have little access to clean water. Aid agencies said 12 children had died of "
         "diarrhoea in the camp this month.", "disease"),
        ("Kabul", "The driver was found in his car. A taxi driver was murdered in Kabul on Sunday, police said.", "crime"),
        ("Police shooting", "Officers were called to a petrol station. Police shot dead a man who opened fire on them, "
         "and 2 officers were wounded.", "crime"),
        ("Police raid", "Detectives raided a house in the suburb. The raid ended with the suspect dead and 2 officers "
         "injured.", "crime"),
        ("Mexico", "Cartel gunmen opened fire at a birthday party. Fifteen young people were killed, police said.", "crime"),
        ("Bank raid", "The gang escaped in a stolen van. Armed men robbed a bank in the city centre, killing 2 guards.",
         "crime"),
        ("Shootout", "Police raided a village in search of drug dealers. Two officers were killed in the shootout.", "crime"),
        # a war's place, its rulers and its words beside a fire, a quake and a heatwave
        ("Gaza: power cuts", "Families rely on candles during the blackouts. Three children died in a house fire caused by "
         "a candle in Gaza City on Saturday.", "accident"),
        ("Afghan earthquake", "The quake struck the remote east of Afghanistan before dawn. More than 1,000 people were "
         "killed, the Taliban said.", "disaster"),
        ("Heatwave in Europe", "Temperatures reached 45C in the south. Officials said 1,700 people died of heat-related "
         "causes as hospitals fought a losing battle.", "disaster"),
        # what blew up, sank or left the road by itself, with the police as the source
        ("Explosion", "A gas cylinder exploded in a crowded restaurant. Eleven people were killed, police said.", "accident"),
        ("Round-up", "Figures are updated every morning. Israel has reported more than 500,000 cases and 3,000 deaths.",
         "disease"),
        ("Verdict", "The jury deliberated for two days. He was found guilty of killing 3 women, the prosecutor said.",
         "crime"),
        ("Blast at chemical plant", "The blast was heard ten kilometres away. At least 44 people were killed at the "
         "chemical plant.", "accident"),
        ("Migrants drown", "The migrant boat left Libya on Tuesday. Coast guards recovered 45 bodies off the island.",
         "accident"),
        ("Army truck", "The truck was carrying soldiers to the border. Nine soldiers died when it plunged into a gorge.",
         "accident"),
    ],
)
def test_a_word_of_war_beside_another_event_s_deaths(title: str, text: str, event: str) -> None:
    assert {e for _, e in events(text, title)} == {event}


def test_a_game_s_play_is_no_event() -> None:
    text = "The shooter is set in a future war. The campaign lets you kill 500 enemy soldiers in the first hour."
    assert events(text, "Games") == []


def test_a_game_named_by_its_name_or_kind_is_no_event() -> None:
    text = "The campaign is set in a near-future war. By the end of Call of Duty I had killed more than 400 enemy soldiers."
    assert events(text, "Review") == []
    assert events("In the multiplayer mode I killed 25 enemy soldiers in one round.", "Review") == []


def test_a_mine_blast_alone_is_a_landmine_s() -> None:
    assert events("Two shepherds were killed in a mine blast near the border.") == [(2, "conflict")]


# A fight for one's life, a legal battle, a losing one and a walkout are no war's.
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two teenagers were killed on the motorway. Another is fighting for his life after the car left the road.",
         "accident"),
        ("The family has been locked in a legal battle with the hospital since their son died. Three other babies died "
         "on the same ward.", "other"),
        ("The health service is fighting a losing battle against waiting lists. 300 patients died waiting for a bed "
         "last winter.", "disease"),
        ("Union members went on strike on Monday. Two pickets were injured when a lorry drove through the line.",
         "other"),
        ("Two workers died when scaffolding collapsed on a building site, the Health and Safety Executive said.",
         "accident"),
    ],
)
def test_a_fight_for_life_or_in_court_is_no_war(text: str, event: str) -> None:
    assert {e for _, e in events(text)} == {event}


# The news of 2008 to 2012 and its readers' comments, each figure's sentence after the one before it,
# under its page's title: (the sentence before, the sentence, the title).
def sentence_events(prev: str, sentence: str, title: str) -> list[str | None]:
    """The event class of each tally that starts in ``sentence``, read after ``prev``."""
    text = f"{prev} {sentence}" if prev else sentence
    start = len(prev) + 1 if prev else 0
    return [t.event for t in extract_document(text, None, title=title).tallies if t.start >= start]


# Wars, insurgencies, terror attacks, massacres and crackdowns, by news and by readers: a school siege or a
# massacre known by its place ("Beslan", "Maguindanao"), a lone gunman after a bomb, a white supremacist's
# shooting, a history battle ("the Somme", "the Blitz"), a toll "in the series of bombings"; and
# Mexico's drug war as a whole, the army's and the cartels' war ("has claimed 60,000 lives"), is conflict,
# while what one cartel's gunmen did is a crime (below).
@pytest.mark.parametrize(
    ("prev", "sentence", "title"),
    [
        (
            "Gunmen who landed by boat attacked a railway station, two hotels and a Jewish centre.",
            "By Saturday morning the death toll from the Mumbai attacks had risen to 172, with more than 300 wounded.",
            "Mumbai siege ends as commandos clear the Taj hotel",
        ),
        (
            "Indian commandos fought room by room through the hotel's upper floors.",
            "At least 18 hostages were found dead inside the Nariman House building.",
            "Mumbai: the last gunmen killed",
        ),
        (
            "Russian tanks rolled through the Roki tunnel on Friday.",
            "South Ossetian officials claimed 1,400 people had been killed in Tskhinvali, a figure Human Rights Watch could not verify.",
            "Georgia and Russia at war over South Ossetia",
        ),
        (
            "Georgian forces shelled the town overnight.",
            "Moscow said 12 of its peacekeepers had been killed.",
            "Russia sends troops into Georgia",
        ),
        (
            "Israeli jets struck police stations across the strip on the first day of the operation.",
            "Palestinian medics said at least 225 people were killed, many of them police cadets at a graduation parade.",
            "Gaza: deadliest day in decades",
        ),
        (
            "The UN said a school sheltering families had been hit.",
            "Forty-three people died when mortar rounds landed outside the UNRWA school in Jabalia.",
            "Gaza school shelling",
        ),
        (
            "The army declared the last rebel-held strip of coast captured in May.",
            "The UN estimated privately that 7,000 civilians had been killed in the final months of fighting.",
            "Sri Lanka declares victory over the Tamil Tigers",
        ),
        (
            "The disputed vote set off weeks of ethnic killings.",
            "In all, some 1,300 people died and 600,000 were driven from their homes.",
            "Kenya's crisis: a year on",
        ),
        (
            "",
            "Al-Shabaab fighters shelled the presidential palace, and stray mortars killed 15 people in Bakara market.",
            "Mogadishu fighting",
        ),
        (
            "",
            "Syrian forces shelled the Baba Amr district of Homs for a 20th day, killing at least 60 people, activists said.",
            "Homs under bombardment",
        ),
        (
            "People had been queueing for bread since dawn.",
            "Witnesses said a government jet dropped bombs on the bakery, killing dozens of people waiting in line.",
            "Aleppo bakery strike",
        ),
        (
            "Tuareg rebels seized Aguelhok in January.",
            "Mali's government said around 100 soldiers were executed after the garrison surrendered.",
            "Mali's north falls to rebels",
        ),
        (
            "",
            "A suicide bomber drove a car packed with explosives into the UN building in Abuja, killing 23 people.",
            "Boko Haram claims UN bombing",
        ),
        (
            "The sect has attacked churches on successive Sundays.",
            "At least 185 people died in coordinated bombings and gun attacks across Kano on Friday.",
            "Nigeria: Kano attacks",
        ),
        (
            "",
            "Three British soldiers were killed when an improvised explosive device struck their vehicle in Helmand.",
            "Afghanistan: three soldiers die",
        ),
        (
            "",
            "A US drone strike on a compound in North Waziristan killed at least eight suspected militants, officials said.",
            "Drone strike in Pakistan",
        ),
        (
            "",
            "A Taliban suicide bomber blew himself up outside a police training centre in Charsadda, killing 80 recruits.",
            "Pakistan: bombing kills 80",
        ),
        (
            "A string of car bombs went off in Shia districts of the capital during the morning rush.",
            "The blasts killed at least 56 people and wounded more than 200.",
            "Iraq: wave of bombings",
        ),
        ("", "A bomb exploded at a Shia shrine in Karbala as pilgrims gathered, killing 40 people.", "Karbala bombing"),
        (
            "",
            "In 2004 Chechen separatists seized a school in Beslan, and more than 330 people died, over half of them children.",
            "Beslan, eight years on",
        ),
        ("", "The Beslan school siege left 334 hostages dead, 186 of them children.", "Remembering Beslan"),
        (
            "",
            "Gunmen loyal to the Ampatuan clan stopped the convoy and killed 58 people, 32 of them journalists.",
            "Maguindanao massacre trial opens",
        ),
        ("", "The Maguindanao massacre claimed 58 lives.", "Philippines: families still wait for justice"),
        (
            "After the bomb went off in the government quarter, the gunman took a ferry to the island camp.",
            "He shot dead 69 people, most of them teenagers.",
            "Norway attacks",
        ),
        (
            "",
            "A bomb in central Oslo killed eight people before a lone gunman opened fire at the Labour Party youth camp on Utoya.",
            "Norway mourns",
        ),
        (
            "",
            "Troops loyal to the junta opened fire on monks marching in Yangon, killing at least nine people.",
            "Burma crackdown",
        ),
        ("", "Mexico's drug war has claimed more than 60,000 lives since 2006.", "Calderon leaves office"),
        ("", "The war on drugs has cost 100,000 lives and we still lose.", "Comments"),
        (
            "",
            "Obama's drones have killed more than 3,000 people in Pakistan, including hundreds of civilians.",
            "Comments",
        ),
        ("", "Yeah right, the regime only killed 'a few terrorists', tell that to the 40 kids in Houla.", "Comments"),
        ("", "My grandfather lost two brothers at the Somme.", "Comments"),
        ("", "The bandits killed 12 villagers and stole hundreds of cattle in Zamfara.", "Zamfara raid"),
        (
            "",
            "Armed men stormed a mosque in Kaduna during Friday prayers, killing 19 worshippers.",
            "Nigeria mosque attack",
        ),
        ("", "A car bomb killed the governor of Helmand and four of his guards.", "Helmand governor killed"),
        ("", "Four NATO soldiers were killed by a man wearing an Afghan police uniform.", "Insider attack"),
        ("", "Rebels shot down a MiG near Idlib, and the pilot was captured.", "Syria: jet downed"),
        ("", "At least 108 people, among them 49 children, were killed in Houla, UN monitors said.", "Houla massacre"),
        (
            "The UN said the village had been shelled before militiamen moved in.",
            "They found 78 bodies, many burned.",
            "Mazraat al-Qubeir",
        ),
        (
            "",
            "Nine people, including a policeman, were killed when a bomb exploded near a police station in Quetta.",
            "Quetta bombing",
        ),
        ("", "Syria's civil war has killed 40,000 people, activists said.", "Syria toll"),
        (
            "",
            "Seventeen people were killed when fighting broke out between two clans in Galkayo.",
            "Somalia clan clashes",
        ),
        (
            "",
            "A lone gunman killed 16 Afghan villagers in Kandahar, a US soldier who left his base at night.",
            "Kandahar massacre",
        ),
        (
            "",
            "Eight people were killed when a suicide bomber attacked a bus of Israeli tourists at Burgas airport.",
            "Bulgaria bus bombing",
        ),
        ("", "The Beslan siege ended with 334 hostages dead.", "Russia marks anniversary"),
        ("", "Survivors of Beslan say 186 children died because the storming was botched.", "Beslan mothers"),
        ("", "In Maguindanao, 58 people were killed and buried with a backhoe.", "Philippines"),
        (
            "",
            "The Taliban claimed to have killed 50 enemy soldiers in the attack on the base.",
            "Afghanistan: base attacked",
        ),
        ("", "My great-uncle was one of 20,000 British soldiers killed on the first day of the Somme.", "Comments"),
        ("", "The bomb dropped on Hiroshima killed 140,000 people by the end of 1945.", "Hiroshima anniversary"),
        ("", "More than 1,000 people were killed in the Jos riots between Muslims and Christians.", "Nigeria Jos"),
        ("", "Boko Haram gunmen killed 40 students in their dormitories in Yobe.", "Nigeria school attack"),
        ("", "Government troops said they had killed 25 Boko Haram fighters in Maiduguri.", "Army says"),
        ("", "The army said 30 rebels were killed in fighting near Gao.", "Mali"),
        ("", "French warplanes struck Islamist positions near Konna, killing dozens of fighters.", "Mali intervention"),
        ("", "Israeli troops killed nine activists aboard the Mavi Marmara.", "Gaza flotilla raid"),
        ("", "Thirteen Palestinians, including four children, died in Israeli strikes on Gaza on Sunday.", "Gaza"),
        ("", "A rocket fired from Gaza killed three Israelis in Kiryat Malachi.", "Israel"),
        ("", "The regime's Scud missiles killed 20 people in a residential district of Aleppo.", "Aleppo"),
        ("", "At least 10 people died in clashes between supporters of rival candidates in Mombasa.", "Kenya vote"),
        ("", "Two US soldiers were killed when their Black Hawk crashed in Helmand.", "Afghanistan helicopter"),
        ("", "An American soldier shot dead 16 civilians in Panjwai district.", "Afghan massacre"),
        ("", "Police in Karachi said 18 people were shot dead in targeted killings overnight.", "Karachi violence"),
        ("", "Two suicide bombers struck a Shia procession in Rawalpindi, killing 23.", "Pakistan"),
        ("", "At least 33 people were killed in Baghdad when bombs hit markets and a funeral.", "Iraq"),
        ("", "Sectarian killings claimed 3,000 lives a month at the height of the violence in 2006.", "Iraq"),
        (
            "",
            "The attack on the embassy in Benghazi killed four Americans, including the ambassador.",
            "Benghazi attack",
        ),
        ("", "A suicide attack on a mosque in Quetta killed 40 Hazaras.", "Hazara killings"),
        ("", "The war in Darfur killed an estimated 300,000 people.", "Darfur"),
        ("", "Bombings in Iraq killed 4,500 civilians in 2012, Iraq Body Count said.", "Iraq toll"),
        ("", "Eleven policemen were killed when Maoists blew up their jeep in Chhattisgarh.", "Maoist attack"),
        ("", "Six people were killed in Bangkok when troops cleared the red-shirt camp.", "Thailand crackdown"),
        ("", "Protesters said 30 were killed as troops fired on crowds in Sanaa.", "Yemen protests"),
        ("", "Drone strikes have killed 176 children in Pakistan since 2004, the Bureau said.", "Drone toll"),
        ("", "The 1993 bombing of the World Trade Center killed six people.", "Terror history"),
        (
            "",
            "A man who shot dead three people at a Sikh temple in Wisconsin was a white supremacist.",
            "Wisconsin temple shooting",
        ),
        ("", "Nine people died when a bus hit a landmine in Sri Lanka's north.", "Sri Lanka"),
        ("", "Unknown gunmen shot dead a Christian pastor and two of his sons in Maiduguri.", "Nigeria killings"),
        ("", "Two Israelis were killed by a rocket in Ashdod.", "Israel"),
        ("", "A sniper killed a 14-year-old boy in Aleppo's Bustan al-Qasr.", "Aleppo"),
        ("", "Three NATO soldiers died in an explosion in southern Afghanistan.", "ISAF"),
        ("", "Eighteen people were killed in Damascus on Sunday, activists said.", "Syria"),
        ("", "The death toll in Gaza has risen to 162 since the offensive began.", "Gaza"),
        ("", "Somali troops and AU forces lost 20 men retaking Afgoye.", "Somalia"),
        ("", "More than 800 people have been killed in Sinai since 2013, the army said.", "Egypt"),
        ("", "The Red Army lost 1.1 million men at Stalingrad.", "History"),
        ("", "An estimated 50,000 people died in the Blitz.", "London remembers"),
        ("", "Chemical weapons killed 1,400 people in Ghouta, the US said.", "Syria"),
        ("", "Thirty-eight people were killed in Assam as Bodo militants attacked Muslim villages.", "Assam violence"),
        ("", "An Indian soldier was killed by Pakistani firing across the Line of Control.", "Kashmir"),
        (
            "",
            "Afghan officials said 9 children were killed when an old mortar round they were playing with exploded.",
            "Afghanistan",
        ),
        ("", "The Battle of Aleppo has killed more than 30,000 people.", "Syria"),
        ("", "A car bomb in Damascus killed 53 people outside the Baath party headquarters.", "Damascus bombing"),
        ("", "Twelve people were killed in the series of bombings in Kirkuk.", "Iraq"),
        ("", "In the book, the general admits 2,000 civilians were killed in the final offensive.", "Sri Lanka memoir"),
    ],
)
def test_news_and_comments_of_2008_to_2012_conflict(prev: str, sentence: str, title: str) -> None:
    found = sentence_events(prev, sentence, title)
    assert found and all(event == "conflict" for event in found)


# Crime of the same years: cinema and school shootings, a stabbing, a cartel's killings, a man who killed his family
# (the army's own fights with a cartel's men are the drug war's: tests/extract/test_events_unseen_mix.py)
# and a pirate shot dead, in the places of a war.
@pytest.mark.parametrize(
    ("prev", "sentence", "title"),
    [
        ("", "Zetas gunmen dumped the bodies of 49 people on a highway near Monterrey.", "Mexico: 49 bodies found"),
        (
            "The gunman, wearing body armour, threw a canister into the crowd.",
            "He opened fire at a midnight screening, killing 12 people and wounding 58.",
            "Aurora cinema shooting",
        ),
        ("", "Twenty children and six adults were shot dead at Sandy Hook Elementary School.", "Newtown shooting"),
        ("", "A man was stabbed to death outside a pub in Leeds on Saturday night.", "Man killed in Leeds"),
        ("", "Police said the two men were shot dead in a suspected gangland killing in Sinaloa.", "Culiacan shooting"),
        ("", "The cartel war in Ciudad Juarez killed 3,000 people in 2010.", "Juarez: murder capital"),
        ("", "A cinema shooting in Colorado left 12 dead.", "Aurora"),
        ("", "Adam Lanza killed 20 children and six staff before shooting himself.", "Newtown"),
        ("", "The Aurora gunman's rampage left 12 dead; he had booby-trapped his flat.", "Colorado shooting"),
        (
            "",
            "Three people were killed when a bomb exploded in a car in Belfast, a feud between drug gangs, police said.",
            "Belfast car bomb",
        ),
        ("", "Gang violence claimed 40 lives in Chicago over the summer.", "Chicago violence"),
        ("", "A Somali pirate was shot dead by a ship's guards.", "Piracy"),
        ("", "Police said a man killed his wife and two children in Kabul.", "Afghanistan"),
        ("", "Two teenagers were stabbed to death in Tel Aviv in a fight outside a club.", "Israel"),
        ("", "The shooting at the Washington Navy Yard left 12 dead.", "Navy Yard shooting"),
    ],
)
def test_news_of_2008_to_2012_crime(prev: str, sentence: str, title: str) -> None:
    found = sentence_events(prev, sentence, title)
    assert found and "conflict" not in found


# Quakes, cyclones named alone ("Nargis"), swine flu, cholera broken out in a war's camps, a shipwreck, a bakery's
# gas or oven blast in a war's city (told by Hamas police), a heart attack at a checkpoint, a fire at a wedding hall in
# Kandahar, heat in Baghdad, a hunger crisis, soldiers in a road accident, "the 1918 flu killed 50 million people,
# more than the war itself", a health service "fighting a battle on two fronts".
@pytest.mark.parametrize(
    ("prev", "sentence", "title"),
    [
        (
            "",
            "The Sichuan earthquake killed more than 69,000 people and left 18,000 missing.",
            "China quake: schools collapse",
        ),
        ("", "Swine flu has now killed 1,154 people in Mexico since April, health officials said.", "H1N1 deaths"),
        (
            "",
            "Thirty-two people died when the Costa Concordia hit rocks off Giglio and capsized.",
            "Concordia captain on trial",
        ),
        ("", "Hurricane Sandy killed at least 110 people in the United States.", "Sandy: the toll"),
        (
            "",
            "A gas cylinder exploded at a bakery in the city, killing six people, the fire service said.",
            "Bakery blast",
        ),
        ("", "A gas explosion at a bakery in Aleppo killed 4 workers.", "Bakery blast"),
        (
            "",
            "The NHS is fighting a battle on two fronts, and 1,200 patients died waiting for beds last winter.",
            "A&E crisis",
        ),
        ("", "Two soldiers died in a helicopter crash during a training flight in Wales.", "Army helicopter crash"),
        ("", "Five people were crushed to death in a stampede at a Hindu temple.", "Temple stampede"),
        ("", "Cholera has killed 3,000 people in Haiti since October.", "Haiti cholera"),
        ("", "Ten people were injured when a stage collapsed at the concert.", "Festival stage collapse"),
        ("", "Four people died and 20 were taken to hospital after eating poisoned mushrooms.", "Mushroom poisoning"),
        ("", "The heatwave killed 50 people in Karachi.", "Karachi heatwave"),
        ("", "A landslide buried 30 miners in Hpakant.", "Jade mine landslide"),
        (
            "The NHS is fighting a battle on two fronts.",
            "Last winter 500 patients died on trolleys in corridors.",
            "Hospitals under strain",
        ),
        (
            "",
            "The company is fighting a battle on several fronts after 12 workers died at its plant.",
            "Factory deaths",
        ),
        ("", "Hurricane Sandy left 43 dead in New York City.", "Sandy"),
        ("", "Six people died when a tornado tore through the town.", "Tornado"),
        ("", "The swine flu pandemic killed an estimated 284,000 people worldwide in its first year.", "H1N1 study"),
        ("", "The 2008 Wenchuan quake killed 5,335 students in collapsed schools.", "China admits toll"),
        ("", "Nargis killed 84,500 people and another 53,800 are missing.", "Myanmar"),
        ("", "Four children died when a bakery's oven exploded in Aleppo last year.", "Syria"),
        ("", "Forty-one people died when a bus plunged into a ravine in Kohistan.", "Pakistan bus accident"),
        ("", "A fire at a garment factory in Karachi killed 289 workers.", "Karachi factory fire"),
        ("", "The Costa Concordia disaster left 32 people dead.", "Concordia"),
        ("", "Firefighters battled the blaze for six hours, and 14 residents died in the tower.", "Tower block fire"),
        ("", "The storm battered the coast, and 9 people were killed by falling trees.", "Storm kills nine"),
        ("", "Rescuers fought through the rubble after the quake killed 87 people in Van.", "Turkey earthquake"),
        ("", "An explosion at an arms depot in Brazzaville killed 200 people.", "Congo explosion"),
        ("", "Two pilots died when their Mirage crashed during an exercise.", "Air force crash"),
        ("", "The army said 12 soldiers died of heatstroke during a training march.", "Army heatstroke"),
        (
            "",
            "Forty people died in a fire at a nightclub in Perm after fireworks set the ceiling alight.",
            "Perm nightclub fire",
        ),
        ("", "Cholera broke out in the camps, killing 300 refugees from the fighting.", "Somalia famine"),
        ("", "The famine in Somalia killed 258,000 people, half of them children.", "Somalia famine toll"),
        ("", "Twenty-two people died in a building collapse in Mumbai.", "Mumbai building collapse"),
        ("", "A mudslide in Bududa buried 100 villagers.", "Uganda mudslide"),
        ("", "Heavy rains in Karachi killed 20 people, most of them electrocuted.", "Karachi rains"),
        ("", "More than 250 inmates died in the Comayagua prison fire.", "Honduras prison fire"),
        ("", "The Carmel forest fire killed 44 people, most of them prison service cadets on a bus.", "Israel fire"),
        ("", "Floods in Pakistan have killed 1,600 people and affected 20 million.", "Pakistan floods"),
        (
            "",
            "A bus collided with a fuel tanker on the Kabul-Kandahar highway, killing 50 passengers.",
            "Afghanistan crash",
        ),
        ("", "Avalanches in the Salang pass killed 160 people in Afghanistan.", "Afghan avalanches"),
        ("", "Five people died in Baghdad as temperatures reached 50C.", "Iraq heat"),
        ("", "An elderly man died of a heart attack at an Israeli checkpoint.", "West Bank"),
        ("", "Four people died in Gaza when a generator caught fire in their home.", "Gaza fuel crisis"),
        ("", "Two Israelis were killed in a road accident near Eilat.", "Israel"),
        ("", "Seven people died in a fire at a wedding hall in Kandahar.", "Afghanistan"),
        ("", "The earthquake in Van killed 604 people, many of them Kurds.", "Turkey quake"),
        ("", "Hamas police said six people were killed in a gas explosion in a Gaza home.", "Gaza"),
        ("", "Mali's hunger crisis has killed 200 children in the Sahel this year.", "Sahel food crisis"),
        ("", "Syria's health ministry said 12 people had died of typhoid in Deir ez-Zor.", "Syria"),
        ("", "The 1918 flu killed 50 million people, more than the war itself.", "Pandemics"),
        ("", "Twelve soldiers died when a fire swept through their barracks in Lagos.", "Nigeria barracks fire"),
        ("", "Israeli police said two Arab workers were killed in a construction accident.", "Israel"),
        ("", "The army said 4 soldiers died in a road accident in Kunar.", "Afghanistan"),
    ],
)
def test_news_of_2008_to_2012_nonviolent(prev: str, sentence: str, title: str) -> None:
    found = sentence_events(prev, sentence, title)
    assert found and "conflict" not in found


# No event: hypotheticals, rates and polemic of readers, idioms, games named in the title only
# ("Battlefield 3 review": "you can kill 200 enemy soldiers") and a war film's plot ("in the film, ...").
@pytest.mark.parametrize(
    ("prev", "sentence", "title"),
    [
        ("", "If NATO bombs Syria, 100,000 people will die.", "Comments"),
        ("", "Stalin killed 20 million of his own people, so spare me the lecture.", "Comments"),
        ("", "Lol, my team died a thousand deaths again on Saturday.", "Comments"),
        (
            "",
            "The campaign lets you gun down 300 enemy soldiers in the first hour.",
            "Call of Duty: Black Ops II review",
        ),
        ("", "I lost to enemy soldiers 40 times on the last level.", "Medal of Honor: Warfighter review"),
        ("", "We killed 50 enemy soldiers in the first mission.", "Review: Spec Ops: The Line"),
        ("", "Guns don't kill people; 30,000 Americans a year die from guns because of lax laws.", "Comments"),
        ("", "Road accidents kill 1.2 million people a year, more than all the wars combined.", "Comments"),
        ("", "Imagine if 500 protesters had been shot in London.", "Comments"),
        ("", "Smoking kills 100,000 a year in Britain and nobody marches about that.", "Comments"),
        ("", "The film shows 12 people dying in the opening sequence.", "Review: Skyfall"),
        ("", "You can kill 200 enemy soldiers in the first hour of the campaign.", "Battlefield 3 review"),
        (
            "",
            "Lost 30 times to the enemy soldiers on the bridge level, then gave up.",
            "Modern Warfare 3: readers' verdict",
        ),
        ("", "If Israel invades, thousands of Lebanese will die.", "Comments"),
        ("", "More people die in car crashes each year than were killed in Iraq.", "Comments"),
        ("", "Fifty thousand a year die on US roads and nobody calls it a war.", "Comments"),
        ("", "Honestly, my phone battery died twice today.", "Comments"),
        ("", "Terrorism kills fewer Americans than bathtubs, statistically speaking.", "Comments"),
        ("", "The bomb scare at the station was a hoax, and no one was hurt.", "Bomb scare"),
        ("", "A rebel group in the game kills 20 villagers if you don't intervene.", "Far Cry 3 review"),
        ("", "I've died 50 times on the Stalingrad mission.", "Call of Duty: World at War"),
        ("", "Twelve Afghan girls were poisoned at school, and none died.", "Afghanistan"),
        ("", "Islamists in Timbuktu amputated a man's hand and whipped 20 people.", "Mali"),
        ("", "He died peacefully at home, aged 91, having survived the Blitz.", "Obituary"),
        ("", "City were killed on the break twice and lost 3-1.", "Match report"),
        ("", "In the film, the Navy SEALs kill 20 Taliban fighters in one raid.", "Review: Lone Survivor"),
    ],
)
def test_comments_and_reviews_of_2008_to_2012_no_event(prev: str, sentence: str, title: str) -> None:
    assert "conflict" not in sentence_events(prev, sentence, title)
