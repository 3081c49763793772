"""A seventh round of sentences of 2008-2012 news as pages give them, read for whether a figure is a
conflict's: people killed or bitten by an animal, told by the animal as the agent beside the word
"attacks"; a player out hurt, told by the games he will miss, under a title whose "clash" is a
match; a conflict named by its own name with no war word ("killed in the Troubles"); and a war on
the roads or on an illness, which is a campaign; a toll weighed as a best or a worst case; and the
dead weighed as one quantity ("1,000 deaths is a tragedy"); the fighters of a fighting sport; and a
plot's back-story ("years before the story begins")."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# An animal as the agent, or its bite: the attacks told beside it are the animal's, not an armed
# group's ("killed by sharks", "were bitten"); dogs the police set on a crowd are not an animal's
# attack of its own.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Shark attacks off Perth beaches", "The attacks happened a week apart off Cottesloe and Mindarie. "
         "The deaths bring to 4 the number of swimmers killed by sharks off the state's coast this year.", [(4, "accident")]),
        ("Crocodile attacks in Kakadu", "Rangers closed the billabong after the attacks. "
         "Two fishermen have been killed by crocodiles in the park since January.", [(2, "accident")]),
        ("Dogs attack boy in Coventry", "Neighbours said the animals had escaped from a garden. "
         "An 8-year-old boy was injured when he was attacked by two Rottweiler dogs.", [(1, "accident")]),
        ("Council to debate dangerous dogs law", "Three children were bitten in separate attacks in the borough last summer. "
         "A 5-year-old girl suffered injuries to her face and needed 30 stitches.", [(1, "accident")]),
        ("Elephants trample villagers in Assam", "The herd strayed out of the forest at night. "
         "Three villagers were killed after being trampled by a wild elephant in Goalpara district.", [(3, "accident")]),
        # near misses: dogs the police set on protesters, and an attack by militants beside a dog's bite
        ("Bahrain protests", "Riot police moved in to clear the roundabout before dawn. "
         "Witnesses said 12 protesters were injured when they were attacked by police dogs.", [(12, "conflict")]),
        ("Militants attack checkpoint in Khyber", "Militants stormed the post after midnight. "
         "Four soldiers were killed in the attack, officials said.", [(4, "conflict")]),
    ],
)
def test_people_killed_or_bitten_by_an_animal(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A player out hurt, told by the games he will miss or the list he is on: no event, even under a
# title whose "clash" is the match.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Munster injury worries ahead of Heineken Cup clash", "Paul O'Connell is expected to be fit. "
         "Coach Tony McGahan said Keith Earls and two other backs are injured and will miss the game against Toulon.", []),
        ("Blues hit by injuries before derby clash", "The club gave an update on Monday. "
         "Three defenders are injured and will miss Saturday's derby at Goodison, the manager said.", []),
        ("Warriors lose halfback", "The halfback hurt his knee in training on Thursday. "
         "He is one of 4 injured players ruled out for the rest of the season.", []),
        ("Injury crisis deepens at Port Adelaide", "The club confirmed the news on Tuesday. "
         "Two more players were placed on the injured list, taking the club's tally to 9.", []),
        # near misses: players hurt by an attack, and soldiers who will miss nothing
        ("Gunmen attack Sri Lanka team bus in Lahore", "Gunmen fired on the bus as it approached the Gaddafi stadium. "
         "Six players were wounded in the attack by militants, police said.", [(6, "conflict")]),
        ("Clashes in Kandahar", "Taliban fighters attacked a police post overnight. "
         "Three policemen were injured in the clash, officials said.", [(3, "conflict")]),
    ],
)
def test_a_player_out_hurt(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A conflict named by its own name, with no war word, after a preposition: "the Troubles",
# "Partition", the Khmer Rouge, the Mau Mau emergency; a partition wall, a Troubles-era building and
# a firm's troubles are none.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Legacy inquests in Belfast", "The coroner has a backlog of 56 cases. "
         "More than 3,500 people were killed during the Troubles, and many families are still waiting.", [(3500, "conflict")]),
        ("Punjab's divided villages", "The border cut through the district in August 1947. "
         "Up to a million people died in Partition, historians estimate.", [(1000000, "conflict")]),
        ("Tribunal in Phnom Penh", "The court sat for the last time this year on Friday. "
         "An estimated 1.7 million Cambodians died under the Khmer Rouge between 1975 and 1979.", [(1700000, "conflict")]),
        ("Kenyans sue over colonial abuses", "The claimants are all in their eighties. "
         "About 11,000 people were killed during the Mau Mau emergency in the 1950s, the court heard.", [(11000, "conflict")]),
        # near misses: a partition wall, a building of that era, a mine's troubles
        ("Building site accident", "Work stopped at the site on Tuesday. "
         "Two labourers were killed when a partition wall collapsed on them.", [(2, "accident")]),
        ("Fire in Belfast", "Firefighters were called at about 2am. "
         "Three people died in a fire at a Troubles-era police station converted into flats.", [(3, "accident")]),
        ("Colliery troubles", "The troubles at the pit began in March. "
         "Four miners were killed in a gas explosion there last week.", [(4, "accident")]),
    ],
)
def test_a_conflict_named_by_its_own_name(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A war on the roads or on an illness is a campaign, no war: the dead told under it are the roads'
# or the illness's; a war on drugs, on terror or on an armed group stays one.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Opinion: Nigeria's forgotten war on the roads.", "Posted by Okonkwo. "
         "Very true, I lost 2 friends on the Lagos-Ibadan expressway last year alone.", [(2, "other")]),
        ("Kenya's war on the roads", "The National Road Safety Council released its figures on Monday. "
         "Eleven people died on the Thika highway over the weekend.", [(11, "other")]),
        ("Health", "The minister spoke in Abuja. "
         "The war on malaria has stalled, and 20,000 children died of the disease last year.", [(20000, "disease")]),
        # near misses: wars on drugs, on terror and on an armed group are wars
        ("Mexico", "The president spoke in Monterrey. "
         "The war on drugs has killed 60,000 people in Mexico since 2006.", [(60000, "conflict")]),
        ("Helmand", "The offensive began in February. "
         "Twelve soldiers were killed in the war on the Taliban in Helmand last month.", [(12, "conflict")]),
    ],
)
def test_a_war_on_the_roads_or_an_illness(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A toll weighed as a best or a worst case, or a scenario, with no modal: no event; the worst case
# of an event told is that event.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Israeli strike on Iran would be 'catastrophic'.", "Posted by PeaceNow. "
         "5,000 dead is the best case, the worst case is a war that kills millions.", []),
        ("Korea war games", "The Pentagon ran the exercise in March. "
         "The worst-case scenario: 20,000 dead in the first week of fighting.", []),
        ("Iran strike study", "The study was published in Washington. "
         "In the planners' best case, 300 American soldiers die in the first month of an air campaign.", []),
        ("Airport drill", "About 200 emergency workers took part. "
         "The scenario had 40 passengers dead and 60 injured after a crash landing.", []),
        # near miss: the worst case of an event told
        ("Mob violence in Assam", "Police fired tear gas at the crowd. "
         "In the worst case of mob violence in years, 12 people were killed by rioters.", [(12, "conflict")]),
    ],
)
def test_a_toll_weighed_as_a_case_or_a_scenario(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The dead as one quantity weighed, the verb in the singular ("1,000 deaths is a tragedy"): no
# event; a report's "forty dead is the worst toll" or "is a record" stays.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Column: What Rwanda teaches Kenya.", "Posted by Otieno. "
         "Stop comparing us to Rwanda, 1,000 deaths is a tragedy but not a genocide.", []),
        ("Opinion: the generals' war", "The plan was drawn up in 2007. "
         "For the generals, 3,000 dead is an acceptable price for a quick victory.", []),
        ("Gun control after Aurora.", "Posted by Dave. "
         "Another 20 dead is what it will take before Congress acts on assault weapons.", []),
        # near misses: a day's toll weighed against others, and a toll told with its noun
        ("Aleppo shelling", "Activists said the army shelled the Salaheddin district all day. "
         "Forty dead is the worst toll in a single day in the city since March, the Observatory said.", [(40, "conflict")]),
        ("Aleppo shelling", "Activists said the army shelled the Salaheddin district all day. "
         "Forty dead is a record for a single day in the city, the Observatory said.", [(40, "conflict")]),
        ("Aleppo shelling", "Activists said the army shelled the Salaheddin district all day. "
         "The death toll is 40, the Observatory said.", [(40, "conflict")]),
    ],
)
def test_the_dead_weighed_as_one_quantity(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The fighters of a fighting sport (boxing, kickboxing, MMA): no armed group's (the sport's words
# weigh for no class: "boxing" beside a war's wounded is a boxer's past); fighters in a battle
# (and in "bouts of fighting"), a boxer killed in a bombing and the Boxer Rebellion stay conflict.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Ring safety under scrutiny", "The sport's governing bodies met in Las Vegas. "
         "Boxing has killed more than 450 fighters since 1920, a doctors' group says.", [(450, "other")]),
        ("Ring deaths in the Philippines", "The games commission met on Monday. "
         "Eight fighters have died after boxing bouts in Manila since 2010, the commission said.", [(8, "other")]),
        ("MMA under the spotlight", "A ringside doctor spoke to reporters. "
         "Three MMA fighters were seriously injured at events in Sao Paulo last year.", [(3, "other")]),
        # near misses
        ("Clashes in Idlib", "Rebels attacked an army post near Saraqeb. "
         "Twelve fighters were killed in the battle, the Observatory said.", [(12, "conflict")]),
        ("Fighting in Kismayo", "Residents said the town was calm on Sunday morning. "
         "Nine fighters died in renewed bouts of fighting overnight, a clan elder said.", [(9, "conflict")]),
        ("Former boxer killed in Baghdad", "He won a medal at the 1984 Games. "
         "The former boxer was among 12 people killed in the suicide bombing at the market.", [(12, "conflict"), (1, "conflict")]),
        ("China's missionaries", "Historians met in Beijing on Friday. "
         "Some 230 foreign missionaries were killed during the Boxer Rebellion in 1900.", [(230, "conflict")]),
    ],
)
def test_the_fighters_of_a_fighting_sport(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A plot's back-story, told by where the story starts ("years before the story begins", "when the
# novel opens"): no event; a story's real history told beside an attack stays the attack's.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Book of the week", "The novel is set in Kabul in 2001. "
         "The narrator's father was killed by the Taliban years before the story begins.", []),
        ("A new novel from Jaffna", "It is set during the last months of the war. "
         "When the novel opens, two of the five brothers have already been killed by the army.", []),
        ("Helmand on screen", "The film is set in Helmand in 2009. "
         "Three of the eight soldiers were killed in an ambush before the film begins.", []),
        # near miss: a story that begins in a year, then an airstrike told as news
        ("Kabul", "The story begins in 2001, when the Taliban still ruled Kabul. "
         "Four civilians were killed in the airstrike on the village.", [(4, "conflict")]),
    ],
)
def test_a_plot_s_back_story(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
