"""Reader comments of every kind of site (issue 14): a comment's figure is the reader's claim, read
with the same event classes as an article's, and most comments tell no event of a conflict at all.

``CONFLICT`` holds comments on conflict stories that claim a real casualty figure, with the figures
an analyst would keep; ``NO_CONFLICT`` holds comments that must give no conflict figure: sport,
tech, games and films, health and road statistics, history polemic, crimes, insults and idioms,
hypotheticals and a reader's own arithmetic.  Every third comment of each is held back: the rules
were made on the others, and both parts must keep conflict precision at 0.95 and recall at 0.85.

Every comment here is written for the test, in the shape of comments of 2007-2023."""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.extract.document import extract_document

Figure = tuple[int, str]


def conflict_figures(title: str, comment: str) -> list[Figure]:
    """The conflict figures of one comment on an article titled ``title`` (a range's top)."""
    extraction = extract_document(comment, None, "en", "comment", title)
    return [(t.count_max or t.count, t.outcome) for t in extraction.tallies if t.event == "conflict"]


# (the article's title, the comment, the conflict figures an analyst keeps)
CONFLICT: list[tuple[str, str, list[Figure]]] = [
    (
        "Israel and Hamas agree to truce",
        "Israel killed 1,400 in Cast Lead, 300 of them kids. Self defence my foot.",
        [(1400, "killed"), (300, "killed")],
    ),
    (
        "Yemen talks stall in Geneva",
        "the Saudi coalition has killed 10,000 Yemeni civilians and the West keeps selling them bombs",
        [(10000, "killed")],
    ),
    (
        "Afghan checkpoint attack",
        "My cousin was one of the 12 soldiers killed at the checkpoint. RIP Danny.",
        [(12, "killed")],
    ),
    ("Baghdad bombings", "and what about the 500 Iraqis killed last month? not a word from the BBC", [(500, "killed")]),
    (
        "Syria peace conference",
        "Assad's barrel bombs killed 300 people in Aleppo last week alone, where is the outrage??",
        [(300, "killed")],
    ),
    (
        "Drone strike in Waziristan",
        "@Karim the drone strike killed 8 people at a wedding, not 'militants'. Read the local reports.",
        [(8, "killed")],
    ),
    (
        "Gaza border protests",
        "Snipers shot dead 60 protesters in a single day and people here defend it. Unreal.",
        [(60, "killed")],
    ),
    (
        "Mosul offensive",
        "The coalition airstrikes on Mosul killed more than 200 civilians in one building. Not a mistake, a crime.",
        [(200, "killed")],
    ),
    (
        "Boko Haram attack in Borno",
        "Boko Haram massacred 2,000 people in Baga and the world looked the other way",
        [(2000, "killed")],
    ),
    (
        "Ukraine war: Mariupol",
        "Russian troops killed 600 civilians hiding in the Mariupol theatre. Let that sink in.",
        [(600, "killed")],
    ),
    (
        "Kabul airport attack",
        "13 US servicemen were killed at the Kabul airport and nobody resigned. NOBODY.",
        [(13, "killed")],
    ),
    (
        "Somalia al-Shabaab bombing",
        "al-Shabaab's truck bomb killed over 500 people in Mogadishu in 2017, worst attack in Africa and barely covered here",
        [(500, "killed")],
    ),
    (
        "Libya clashes",
        "militia fighting in Tripoli killed 47 people this week according to the health ministry, but sure, Libya is 'liberated'",
        [(47, "killed")],
    ),
    (
        "Sri Lanka war report",
        "The UN panel said up to 40,000 Tamil civilians were killed in the final months of the war. Up to 40 THOUSAND.",
        [(40000, "killed")],
    ),
    (
        "Nigeria army raid",
        "soldiers burned the village and killed 17 fishermen, my uncle included. No one will be punished.",
        [(17, "killed")],
    ),
    (
        "Kashmir unrest",
        "Indian forces have blinded hundreds and killed 90 protesters since July. The world is silent on Kashmir.",
        [(90, "killed")],
    ),
    (
        "Syria chemical attack",
        "Sarin killed 1,400 in Ghouta in 2013 and Obama's red line evaporated",
        [(1400, "killed")],
    ),
    (
        "Yemen school bus strike",
        "a Saudi jet hit a school bus and killed 40 children, with a US-made bomb. Think about that.",
        [(40, "killed")],
    ),
    (
        "Iraq war anniversary",
        "The Iraq war killed at least 100,000 civilians by any honest count, and Blair sleeps fine.",
        [(100000, "killed")],
    ),
    (
        "Afghanistan night raids",
        "Night raids by the special forces killed 10 civilians in Kunduz, including 4 children. Same story every year.",
        [(10, "killed"), (4, "killed")],
    ),
    (
        "Pakistan school massacre",
        "The Taliban killed 132 children at the Peshawar army school. Never forget.",
        [(132, "killed")],
    ),
    (
        "Paris attacks",
        "130 people were murdered by ISIS gunmen in Paris that night, my friend was at the Bataclan.",
        [(130, "killed")],
    ),
    (
        "Srebrenica anniversary",
        "Mladic's forces murdered 8,000 Muslim men and boys at Srebrenica. Denial is part of genocide.",
        [(8000, "killed")],
    ),
    (
        "Rwanda commemoration",
        "Hutu militias killed 800,000 people in 100 days in 1994, mostly with machetes.",
        [(800000, "killed")],
    ),
    (
        "Darfur envoy resigns",
        "Janjaweed militias have killed 300,000 in Darfur and we're debating sanctions again??",
        [(300000, "killed")],
    ),
    (
        "Israel strikes Gaza tower",
        "@Mike Israeli airstrikes killed 66 children in May 2021. Sixty six. Look it up.",
        [(66, "killed")],
    ),
    (
        "Hamas rocket fire",
        "Hamas rockets killed 12 people in Israel in May, including a 5 year old boy. Both sides, please.",
        [(12, "killed"), (1, "killed")],
    ),
    (
        "October 7 attack",
        "Hamas murdered 1,200 people on October 7th and some of you are cheering. Disgusting.",
        [(1200, "killed")],
    ),
    (
        "Gaza war toll",
        "the health ministry says 20,000 Palestinians have been killed, most of them women and kids. Ceasefire now",
        [(20000, "killed")],
    ),
    (
        "Ethiopia Tigray war",
        "Eritrean troops killed more than 200 civilians in Axum, Amnesty documented it. Where is the AU?",
        [(200, "killed")],
    ),
    (
        "Myanmar coup protests",
        "the junta has shot dead more than 700 protesters since the coup, kids among them",
        [(700, "killed")],
    ),
    (
        "Ukraine Bucha",
        "Russian soldiers executed 400 civilians in Bucha. This is what 'liberation' looks like.",
        [(400, "killed")],
    ),
    (
        "Kyiv missile strikes",
        "another missile on Kyiv this morning, 3 dead in our block. We are tired but not broken.",
        [(3, "killed")],
    ),
    (
        "Mali jihadist attack",
        "jihadists killed 53 soldiers at an army post in Menaka, the French left and look what happens",
        [(53, "killed")],
    ),
    ("Burkina Faso attack", "Gunmen killed 160 villagers in Solhan in one night. One night!!", [(160, "killed")]),
    (
        "Philippines Marawi siege",
        "The siege of Marawi killed over 1,000 people, mostly militants, and flattened the city.",
        [(1000, "killed")],
    ),
    (
        "Turkey strikes in Syria",
        "Turkish drones killed 9 Kurdish fighters near Qamishli yesterday, my village is 10 km away.",
        [(9, "killed")],
    ),
    (
        "Mexico cartel war",
        "Don't call it crime. The army's war on the cartels has killed 150,000 people since 2006, it is a war.",
        [(150000, "killed")],
    ),
    (
        "Colombia FARC deal",
        "The FARC war killed 220,000 people over 50 years, peace is worth a try.",
        [(220000, "killed")],
    ),
    (
        "Chechnya anniversary",
        "Russia killed 25,000 civilians in Grozny in the first war. Same playbook in Syria.",
        [(25000, "killed")],
    ),
    (
        "Yemen Houthi attack",
        "Houthi missiles killed 7 civilians in Marib yesterday, both sides are killing Yemenis",
        [(7, "killed")],
    ),
    (
        "Iran protests",
        "Security forces have killed at least 300 protesters including 40 children. The regime is finished.",
        [(300, "killed"), (40, "killed")],
    ),
    (
        "Egypt Rabaa anniversary",
        "Sisi's police massacred 817 protesters at Rabaa in a single day. HRW counted them.",
        [(817, "killed")],
    ),
    (
        "Bahrain crackdown",
        "they shot 4 protesters dead at Pearl roundabout and called it restoring order",
        [(4, "killed")],
    ),
    (
        "Libya Benghazi",
        "Gaddafi's forces killed 230 protesters in Benghazi in 4 days, that is why NATO went in.",
        [(230, "killed")],
    ),
    (
        "Ukraine frontline",
        "my brother's unit lost 14 men in one week near Bakhmut. Not numbers, people.",
        [(14, "killed")],
    ),
    ("British troops in Helmand", "446 British soldiers died in Afghanistan for what exactly?", [(446, "killed")]),
    ("US troops in Iraq", "4,400 American soldiers were killed in Iraq. For oil and lies.", [(4400, "killed")]),
    (
        "Lebanon war 2006",
        "israel killed 1,100 lebanese in 2006, mostly civilians, and flattened the dahiyeh",
        [(1100, "killed")],
    ),
    (
        "Pakistan mosque bombing",
        "suicide bomber killed 100 people in a Peshawar mosque, police mostly. When will it end",
        [(100, "killed"), (1, "killed")],
    ),
    (
        "Afghan wedding strike",
        '"an airstrike killed 37 people at a wedding party" -- and the Pentagon says it is investigating. Again.',
        [(37, "killed")],
    ),
    (
        "Somalia drone strike",
        "US drones killed 5 farmers near Jilib, AFRICOM admitted it months later.",
        [(5, "killed")],
    ),
    (
        "Syria Douma",
        "The regime killed 40 people with chlorine in Douma and Russia called it staged.",
        [(40, "killed")],
    ),
    (
        "Yemen cholera and war",
        "Forget cholera for a sec, the bombing alone killed 17,000 civilians since 2015.",
        [(17000, "killed")],
    ),
    (
        "Sudan RSF El Geneina",
        "the RSF slaughtered thousands of Masalit in El Geneina, survivors say 10,000. Genocide again in Darfur",
        [(10000, "killed")],
    ),
    (
        "Nagorno-Karabakh war",
        "Azerbaijan's drones killed 2,900 Armenian soldiers in 44 days. This war got zero coverage.",
        [(2900, "killed")],
    ),
    (
        "Israel West Bank raid",
        "IDF raid on Jenin, 9 Palestinians killed including a 61 yo woman. Just another Thursday.",
        [(9, "killed"), (1, "killed")],
    ),
    ("Iraq Camp Speicher", "ISIS executed 1,700 cadets at Camp Speicher. Nobody remembers them.", [(1700, "killed")]),
    (
        "Sinjar Yazidi genocide",
        "ISIS killed 5,000 Yazidi men at Sinjar and enslaved the women, and some people still defend them",
        [(5000, "killed")],
    ),
    (
        "Peshawar church bombing",
        "Two suicide bombers killed 80 Christians at All Saints church. They were praying.",
        [(80, "killed"), (2, "killed")],
    ),
    ("Kenya Westgate", "al shabaab killed 67 people at Westgate mall, I was in Nairobi that day", [(67, "killed")]),
    (
        "Garissa attack",
        "147 students murdered at Garissa University by al-Shabaab and the world just moved on",
        [(147, "killed")],
    ),
    (
        "Mumbai attacks",
        "those 10 terrorists killed 166 people in Mumbai, how did they get in by boat??",
        [(166, "killed")],
    ),
    (
        "Norway attack",
        "Breivik murdered 77 people, mostly teenagers at a political camp. Terrorism, full stop.",
        [(77, "killed")],
    ),
    (
        "Christchurch attack",
        "a white supremacist murdered 51 worshippers in Christchurch, and people here still say 'lone wolf'",
        [(51, "killed")],
    ),
    (
        "Manchester Arena bombing",
        "22 people were killed at the Manchester Arena by an ISIS bomber, most of them kids and parents.",
        [(22, "killed")],
    ),
    (
        "Ukraine: Kramatorsk station",
        "a Russian missile killed 50 refugees at Kramatorsk station. 'Children' was written on it.",
        [(50, "killed")],
    ),
    (
        "Israel-Gaza 2014",
        "Protective Edge: 2,200 Palestinians killed, 500 of them children. 73 Israelis killed. Proportional?",
        [(2200, "killed"), (500, "killed"), (73, "killed")],
    ),
    (
        "Afghan police attacked",
        "the taliban killed 20 policemen in Ghazni last night, my neighbour's son among them",
        [(20, "killed")],
    ),
    (
        "Iraq militia clashes",
        "Sadr's men and the PMF fought all night, 30 dead in the Green Zone. Iraq never learns.",
        [(30, "killed")],
    ),
    (
        "Syria Idlib offensive",
        "russian jets bombed a market in Maarat al-Numan, 43 killed. Not a 'terrorist' among them.",
        [(43, "killed")],
    ),
    (
        "Kurdish PKK clashes",
        "PKK militants killed 13 Turkish soldiers in Hakkari, and Ankara will bomb Iraq again. Cycle of blood.",
        [(13, "killed")],
    ),
    (
        "DR Congo violence",
        "ADF rebels hacked 36 people to death in Beni this weekend. Nobody in Europe even knows where Beni is.",
        [(36, "killed")],
    ),
    (
        "Central African Republic",
        "anti-balaka militias killed 75 Muslims in Bangui. The French troops stood by.",
        [(75, "killed")],
    ),
    (
        "South Sudan war",
        "the army killed 200 civilians in Bentiu when they took the town, UN says. Both sides are monsters.",
        [(200, "killed")],
    ),
    (
        "Yemen funeral hall strike",
        "The coalition bombed a funeral hall in Sanaa, 140 mourners killed, 500 wounded. Please stop arming them",
        [(140, "killed"), (500, "wounded")],
    ),
    (
        "Gaza flotilla",
        "Israeli commandos killed 9 activists on the Mavi Marmara. In international waters.",
        [(9, "killed")],
    ),
    (
        "Libya migrants airstrike",
        "an airstrike on the Tajoura migrant centre killed 53 people. Haftar's planes, everyone knows it",
        [(53, "killed")],
    ),
    (
        "Ukraine Olenivka",
        "53 Ukrainian POWs were killed at Olenivka, burned alive in the barracks. A war crime.",
        [(53, "killed")],
    ),
    (
        "Sudan protests",
        "The security forces shot dead 100 protesters at the sit-in and threw bodies in the Nile. Don't forget June 3.",
        [(100, "killed")],
    ),
    (
        "Iraq protests 2019",
        "more than 600 protesters were killed by the militias and security forces in Iraq. For asking for jobs.",
        [(600, "killed")],
    ),
    (
        "Afghanistan MSF hospital",
        "US gunship destroyed the MSF hospital in Kunduz and killed 42 people, patients and doctors.",
        [(42, "killed")],
    ),
    (
        "Syrian war toll",
        "SOHR says 500,000 dead in Syria's war. Half a million. And Assad is back in the Arab League.",
        [(500000, "killed")],
    ),
    (
        "Ukraine war casualties",
        "The UN has confirmed 9,000 civilians killed in Ukraine, the real number is surely far higher.",
        [(9000, "killed")],
    ),
    (
        "Pakistan drone campaign",
        "Bureau of Investigative Journalism counts up to 900 civilians killed by drones in Pakistan.",
        [(900, "killed")],
    ),
    (
        "Mali wedding strike",
        "French jets hit a wedding in Bounti and killed 19 civilians, the UN report said so. Paris still denies.",
        [(19, "killed")],
    ),
    ("Niger ambush", "four US soldiers died in the Tongo Tongo ambush and the families got lies.", [(4, "killed")]),
    (
        "Kashmir Pulwama attack",
        "the Pulwama bomber killed 40 CRPF jawans, and then both sides nearly went to war",
        [(40, "killed")],
    ),
    (
        "Ethiopia Mai Kadra",
        "ethnic militias murdered 600 civilians in Mai Kadra, Amnesty has the evidence",
        [(600, "killed")],
    ),
    (
        "Cameroon Anglophone crisis",
        "soldiers killed 21 people in Ngarbuh including 13 children, the government lied for weeks",
        [(21, "killed"), (13, "killed")],
    ),
    (
        "Mozambique insurgency",
        "insurgents beheaded 50 people on a football pitch in Cabo Delgado. Where is the world?",
        [(50, "killed")],
    ),
    (
        "Ukraine Dnipro strike",
        "40 people dead in an apartment block in Dnipro from a Russian missile. 6 kids. SIX.",
        [(40, "killed"), (6, "killed")],
    ),
    ("Gaza hospital blast", "@Sarah whoever fired it, 471 died at al-Ahli hospital. Stop the war.", [(471, "killed")]),
    (
        "Israel settlers attack",
        "settlers burned houses in Huwara and killed a man, and the army just watched",
        [(1, "killed")],
    ),
    (
        "Syria Houla massacre",
        "shabiha militias killed 108 people in Houla, 49 of them children, many with knives.",
        [(108, "killed"), (49, "killed")],
    ),
    (
        "Libya Derna clashes",
        "Haftar's shelling of Derna killed 15 civilians, 7 of them children. Who supplies him?",
        [(15, "killed"), (7, "killed")],
    ),
    (
        "Afghanistan suicide attack",
        "a suicide attack on a Kabul school killed 85 schoolgirls. Hazara girls. Again.",
        [(85, "killed")],
    ),
    (
        "Ukraine Kherson shelling",
        "Russian shelling of Kherson today: 7 killed, 22 injured. Every single day.",
        [(7, "killed"), (22, "wounded")],
    ),
    (
        "Pakistan army operation",
        "the military says it killed 3,400 terrorists in Zarb-e-Azb. Who checked? Nobody was allowed in.",
        [(3400, "killed")],
    ),
    (
        "Yemen Hodeidah battle",
        "The fighting for Hodeidah killed 150 people in 2 days, the Red Cross said. 2 DAYS.",
        [(150, "killed")],
    ),
]

# (the article's title, the comment): no conflict figure
NO_CONFLICT: list[tuple[str, str]] = [
    (
        "Macron visits Les Invalides",
        "Napoleon killed a million men for his vanity and France still builds him monuments.",
    ),
    ("Vatican apology", "The Crusades killed thousands, but sure, lecture us about violence."),
    ("Statue debate", "Cromwell massacred 3,500 people at Drogheda and he still has a statue outside Parliament."),
    ("Mongolia tourism boom", "Genghis Khan killed 40 million people and now he's on the vodka bottles lol"),
    (
        "Cambodia trial verdict",
        "Pol Pot's regime killed 2 million Cambodians in the 1970s. The trial came 40 years too late.",
    ),
    (
        "Russian history book",
        "Stalin starved 4 million Ukrainians in 1932-33 and Putin's schoolbooks call him an effective manager.",
    ),
    ("Columbus Day debate", "the conquistadors wiped out millions of natives, so no, I won't celebrate"),
    ("WW1 centenary", "On the first day of the Somme 19,240 British soldiers died. In 1916. Lions led by donkeys."),
    (
        "Dresden anniversary",
        "The firebombing of Dresden in 1945 killed 25,000 people, and Churchill is still a hero here",
    ),
    ("Hiroshima anniversary", "The bomb killed 140,000 people in Hiroshima by the end of 1945. Never again."),
    (
        "American Civil War statues",
        "620,000 Americans died in the Civil War over slavery, stop pretending it was about states' rights",
    ),
    (
        "Holodomor remembrance",
        "Mao's Great Leap Forward killed 45 million Chinese. Communism killed 100 million people in the last century.",
    ),
    (
        "Battle of Hastings reenactment",
        "King Harold and thousands of his men died at Hastings in 1066, and we are still arguing about it",
    ),
    ("Roman Empire documentary", "The Romans killed a million Gauls in Caesar's war, read his own boasting about it"),
    ("Armenian genocide vote", "The Ottomans killed 1.5 million Armenians in 1915 and Turkey still denies it."),
    (
        "Vietnam war film",
        "58,000 Americans died in Vietnam in the 60s and 70s, and 3 million Vietnamese, but the film is about one platoon.",
    ),
    ("Korean war memorial", "36,000 Americans died in Korea in 1950-53, the forgotten war indeed"),
    (
        "Napoleon film review",
        "Ridley Scott's Napoleon lists 3 million dead at the end, as if that's news. Waterloo alone killed 50,000 in 1815.",
    ),
    (
        "WW2 D-Day anniversary",
        "4,400 allied soldiers died on D-Day in 1944. My grandad came back from Omaha, many didn't.",
    ),
    (
        "Irish famine memorial",
        "a million Irish died in the famine of the 1840s while grain was exported. Don't tell me about 'natural disaster'",
    ),
    ("Liverpool 3-0 Everton", "Salah killed them tonight, 2 goals and an assist. Everton are dead and buried."),
    ("Ashes: England collapse", "We lost 6 wickets for 20 runs, the batting died again. Embarrassing."),
    ("Lakers 102-99 Celtics", "LeBron dropped 40 and killed the Celtics in the 4th. GOAT."),
    ("Chelsea sack manager", "Potter killed this team, 11 defeats in 20 games. Gone."),
    ("Tour de France stage 17", "the climb killed 30 riders, half the peloton was dead by the summit lol"),
    ("Super Bowl preview", "Chiefs defense will kill the Eagles, 3 sacks at least. Mark my words."),
    ("Arsenal title race", "Arsenal bottled it again, 2 points dropped from winning positions killed the title."),
    (
        "Boxing: heavyweight bout",
        "He knocked out 23 opponents in a row and then got destroyed in 3 rounds. Boxing is brutal.",
    ),
    ("Wimbledon final", "Djokovic killed him in the tiebreak, 7-2. Murray was dead on his feet."),
    ("F1 Monaco GP", "The pit stop killed Leclerc's race, lost 4 places. Ferrari strategy strikes again"),
    ("Rugby World Cup", "the All Blacks slaughtered Namibia 71-3, poor guys were dead after 20 minutes"),
    ("Premier League relegation", "Three clubs die every May in this league. Burnley are dead already."),
    ("Cricket IPL", "RCB lost 5 wickets in 2 overs, I died watching this."),
    ("Marathon results", "at mile 20 I was dying, 3 guys in my group dropped out. Best race ever though"),
    ("NFL concussion report", "110 of 111 former players' brains had CTE. The league killed these men slowly."),
    ("iOS 17 review", "the update killed my battery, 40% gone in 2 hours. Thanks Apple."),
    ("Google kills another app", "Google has killed 280 products now, why would anyone trust Stadia?"),
    ("Windows 11 update", "It killed 3 of my drivers and my printer is dead. Classic Microsoft."),
    ("New GPU launch", "my old card died after 6 years, RIP GTX 970, killed by Cyberpunk"),
    ("Twitter layoffs", "Musk killed 3,700 jobs in a week and the site still runs. Kinda proves a point?"),
    ("Hard drive reliability report", "Backblaze says 2% of these drives die every year, I've had 5 die on me"),
    ("Linux kernel release", "the OOM killer killed 12 processes before my build finished. Need more RAM."),
    ("Smartphone sales slump", "Apple killed the headphone jack and 10 million people bought dongles. Genius."),
    ("Password leak", "a million accounts dead in the water after the breach, change your passwords people"),
    ("EV battery fires", "my phone charger nearly killed me lol, it melted. 3 stars."),
    ("Call of Duty review", "I killed 40 enemies in one match and still lost. This game is broken."),
    ("Elden Ring DLC", "died 200 times to this boss, send help"),
    ("Game of Thrones finale", "The Red Wedding killed 3 main characters and they ruined it all in season 8"),
    ("John Wick 4 review", "John Wick kills 140 people in this one, I counted. Best action film of the year."),
    ("Oppenheimer box office", "In the film, the bomb test scene killed me, 3 hours went by in a flash"),
    ("Squid Game season 2", "456 players and only one survives, the first game alone kills 255. Brutal show."),
    (
        "Saving Private Ryan anniversary",
        "The opening 20 minutes, where hundreds of soldiers die on the beach, are still the best war scene ever filmed.",
    ),
    ("Fortnite update", "lol the new update killed 5 of my friends' accounts, Epic pls fix"),
    ("Titanic re-release", "1,500 people died and Rose wouldn't share the door. Still mad."),
    ("Marvel Endgame review", "Thanos killed half the universe and they undid it in 3 hours. Weak."),
    ("Minecraft anniversary", "my pet wolves died in lava, 3 of them, still not over it"),
    ("Halo series review", "Master Chief kills 30 covenant in the first episode, and then takes his helmet off. Why"),
    ("Star Wars review", "The Death Star killed billions on Alderaan and nobody in the movie cares"),
    ("Dune part two review", "Paul's holy war will kill 61 billion people in the books, the film barely hints at it."),
    ("Zombie series finale", "they killed off 4 characters in one episode, I'm done with this show"),
    ("Flu season warning", "Flu kills 30,000 Americans a year and nobody wears a mask for that."),
    ("Covid vaccine mandate", "Covid killed 1.1 million Americans, but sure, it's just a cold."),
    ("Smoking ban anniversary", "Tobacco kills 8 million people every year worldwide. Ban it."),
    ("Obesity report", "Obesity kills more people than car crashes, 2.8 million deaths a year."),
    ("Opioid crisis hearing", "fentanyl killed 70,000 Americans last year, more than the whole Vietnam war"),
    ("Malaria vaccine", "Malaria kills 600,000 people a year, mostly kids under 5. This vaccine is huge."),
    ("Cancer drug approval", "my mum died of cancer in 2019, 2 of her sisters too. Good news but too late for us."),
    ("Hospital waiting lists", "500 people died waiting for ambulances last winter, that's the real scandal"),
    ("Air pollution study", "Air pollution kills 40,000 people a year in the UK. Where is the outrage?"),
    ("Heatwave deaths", "The 2003 heatwave killed 70,000 in Europe, and it's getting worse."),
    ("Measles outbreak", "measles killed 140,000 kids worldwide in 2018, vaccinate your children"),
    ("Alcohol guidelines", "alcohol killed 9,600 people in England last year, yet it's sold everywhere"),
    ("Sepsis awareness", "Sepsis kills 48,000 in the UK each year and most people have never heard of it"),
    ("Ebola outbreak", "Ebola killed 11,000 in West Africa in 2014-16, the response was way too slow"),
    ("Suicide prevention", "In the UK 6,000 people take their own lives every year. Talk to someone."),
    ("Road safety report", "1,700 people die on British roads every year and we worry about terrorism?"),
    ("Speed limit cut", "Road deaths: 40,000 a year in the US. More than all the wars combined."),
    ("Plane crash investigation", "the Boeing 737 MAX crashes killed 346 people because of a software fix. Criminal."),
    ("Train crash in India", "the Odisha train crash killed 288 people, signalling failure they say"),
    ("Grenfell inquiry", "72 people died in Grenfell because of cheap cladding. Nobody in prison."),
    ("Ferry disaster", "the Sewol ferry sank and 304 people died, mostly school kids. The captain ran."),
    ("Earthquake in Turkey", "the earthquake killed 50,000 and the building contractors walked free"),
    ("Tsunami anniversary", "the 2004 tsunami killed 230,000 people in 14 countries. I was in Phuket."),
    ("Bridge collapse Genoa", "43 people died when the bridge fell, the company skipped maintenance for years"),
    ("Mine disaster", "the Soma mine fire killed 301 miners and the PM said 'this is the nature of the job'"),
    ("Stampede at concert", "10 people were crushed to death at Astroworld and the show went on for 40 minutes."),
    ("Hurricane Katrina anniversary", "Katrina killed 1,800 people and FEMA was useless."),
    ("Floods in Pakistan", "the floods killed 1,700 people and a third of the country was underwater"),
    ("Building fire", "the fire in the apartment block killed 9 people, the alarms didn't work"),
    ("Chicago shootings", "70 people shot over the weekend in Chicago, 12 dead, and the mayor blames guns."),
    ("Knife crime London", "30 teenagers stabbed to death in London this year. Where are the police?"),
    ("Serial killer trial", "he murdered 15 women over 20 years and the police ignored the families"),
    ("Mass shooting Texas", "A gunman killed 21 at Uvalde and 376 officers waited in the hallway."),
    ("Murder rate report", "The murder rate is 5 per 100,000, lower than the 90s, stop fearmongering."),
    ("Gang violence in Brazil", "Rio's gangs killed 300 people last month in turf wars, the favelas are lawless"),
    ("Domestic violence report", "two women a week are killed by a partner in England and Wales. Two a week."),
    ("Police shooting protest", "police in the US killed 1,100 people last year, more than any other rich country"),
    ("Starbucks price rise", "I'd kill for a coffee right now, but not for £5."),
    ("Office life column", "my boss will kill me if I'm late again, third time this week lol"),
    ("Comedy special review", "3 of us died laughing at the airport bit. 10/10."),
    ("Diet advice", "These 5 exercises will kill your belly fat in 30 days. Yeah right."),
    ("Monday morning", "This commute is killing me, 2 hours each way."),
    ("Politics live blog", "@Dave you are dead wrong and you know it. 3 times you've posted this rubbish."),
    ("Celebrity gossip", "her dress at the Met Gala killed, 10 out of 10, everyone else is dead to me"),
    ("Garden tips", "Frost killed all 12 of my tomato plants last night. Gutted."),
    ("Pet care", "my cat killed 3 mice and a bird this week and left them on the doormat, lovely"),
    ("Beekeeping", "varroa killed 2 of my 5 hives over winter, it's getting worse every year"),
    ("Pest control", "The spray killed 99% of the ants, the other 1% moved into my kitchen"),
    ("Brexit vote", "This deal is dead on arrival, 200 Tory MPs will vote it down."),
    ("Labour leadership", "Corbyn killed the party, lost 60 seats. It's over."),
    ("Retail collapse", "Amazon killed 10,000 high street shops, and you're all still ordering from it."),
    ("Housing costs", "Rents killed my savings, £1,400 a month for a box room."),
    ("Wedding costs", "My feet were dead after 8 hours of dancing but best day ever"),
    ("Trump rally", "He said he could shoot 1 person on Fifth Avenue and not lose voters, and he was right"),
    ("Stand-up review", "he killed it for 90 minutes, not a single joke died"),
    ("Exam results", "maths paper killed me, 3 questions I didn't even understand"),
    ("Cooking show", "burned 2 batches, the smoke alarm nearly killed the dog lol"),
    ("North Korea missile test", "if they fire one nuke at Seoul, millions will die in an hour."),
    ("Taiwan tensions", "if China invades, hundreds of thousands will die. Nobody wants that."),
    ("Iran nuclear deal", "A nuclear Iran could kill 6 million Israelis in one strike, that's why the deal matters"),
    (
        "Russia nuclear threats",
        "A single warhead on London would kill 2 million people. Think before you cheer escalation.",
    ),
    ("Pandemic preparedness", "the next pandemic could kill 50 million people if we don't prepare"),
    ("Climate summit", "climate change will kill 250,000 people a year by 2030, says the WHO"),
    ("AI safety debate", "AI could wipe out 8 billion people, or just take our jobs. Fun times."),
    ("Army recruitment", "If we send troops in, dozens of our boys will come home in bags. Not worth it."),
    ("Gun control debate", "Imagine if a teacher had a gun, 20 kids wouldn't have died. Think about it."),
    ("Ukraine escalation", "If NATO enters the war, millions of Europeans will die. Is that what you want?"),
    ("Terror alert", "the plot was to kill 100 people at the concert, thank god they were caught"),
    ("Asteroid near miss", "If that rock had hit London it would have killed 9 million people."),
    ("Budget debate", "so 3 x 40 = 120, not 140, the article's maths is dead wrong"),
    ("Lottery jackpot", "1 in 45 million odds, you're more likely to be killed by lightning 10 times over"),
    ("Shark attack", "sharks kill 5 people a year, cows kill 20. Relax."),
    ("Lightning safety", "lightning kills about 20 people a year in the US. Stay indoors folks"),
    ("Statistics column", "you're 3 times more likely to die in a car than on a plane, the maths is clear"),
    ("Insurance premiums", "if 2 out of 1,000 drivers die each year, the premium should be way lower"),
    ("Bible study", "In the Bible, God kills 2 million people and Satan kills 10. Think about that."),
    ("Shakespeare festival", "Titus Andronicus kills 14 characters on stage, the bloodiest play by far"),
    ("Book review", "In the novel, the hero's 3 brothers die in the first chapter, heavy stuff"),
    ("Greek myths", "Achilles killed 72 Trojans at Troy according to Homer, what a guy"),
    ("Fairy tales", "the wolf ate 2 people and Grandma survived, kids stories are weird"),
    ("Mythology podcast", "Thor killed 3 giants in one episode, best podcast on Norse myths"),
    ("Wildlife report", "poachers killed 30,000 elephants last year, for trinkets"),
    ("Bird flu outbreak", "bird flu killed 50 million chickens this year, egg prices tell you"),
    ("Fishing quotas", "the trawlers killed 2 million fish we don't even eat"),
    ("Bushfires Australia", "the fires killed a billion animals, koalas mostly, heartbreaking"),
    ("Wolf reintroduction", "wolves killed 23 sheep on my neighbour's farm, farmers are furious"),
    ("Diet soda study", "aspartame kills brain cells, 5 cans a day and you're done lol"),
    ("Gym fail video", "this guy nearly died 3 times in 40 seconds"),
    ("Concert review", "The crowd was dead for the first 4 songs, then the band killed it."),
    ("Dating advice", "I've been ghosted by 5 people this month, dating apps killed romance"),
    ("Airline delays", "4 hours at Gatwick with a dead phone, never flying Ryanair again"),
    ("Houseplants", "I've killed 7 succulents this year, apparently impossible to kill. Not for me."),
    ("Startup failure", "90% of startups die in the first 5 years, this one was no exception"),
    ("Rent strike", "The landlord killed the heating for 3 weeks in January. Illegal."),
]


def _held_back(index: int) -> bool:
    return index % 3 == 2


def precision_recall(held_back: bool) -> tuple[float, float]:
    """Conflict precision and recall over the figures of one part of the written comments."""
    right = wrong = missed = 0
    for index, (title, comment, expected) in enumerate(CONFLICT):
        if _held_back(index) == held_back:
            found, wanted = Counter(conflict_figures(title, comment)), Counter(expected)
            matched = sum((found & wanted).values())
            right += matched
            wrong += sum(found.values()) - matched
            missed += sum(wanted.values()) - matched
    for index, (title, comment) in enumerate(NO_CONFLICT):
        if _held_back(index) == held_back:
            wrong += len(conflict_figures(title, comment))
    return right / max(right + wrong, 1), right / max(right + missed, 1)


@pytest.mark.parametrize("held_back", [False, True], ids=["dev", "held-back"])
def test_written_comments_keep_conflict_precision_and_recall(held_back: bool) -> None:
    precision, recall = precision_recall(held_back)
    assert precision >= 0.95 and recall >= 0.85, (precision, recall)


def body_conflict_figures(title: str, text: str) -> list[Figure]:
    extraction = extract_document(text, None, "en", "body", title)
    return [(t.count_max or t.count, t.outcome) for t in extraction.tallies if t.event == "conflict"]


# A reader's figure of a war of the last centuries, dated before 1989 or named as a world war's
# battle, Vietnam or Korea: history, not a claim about the conflicts of the news.
@pytest.mark.parametrize(
    ("title", "comment"),
    [
        (
            "Remembrance Sunday",
            "My great-grandad's battalion lost 600 men at the Somme, he was one of 40 who came back.",
        ),
        (
            "Veterans' pensions cut",
            "In 1968 my father's unit lost 11 men in one ambush near Hue and nobody thanked them.",
        ),
        ("Japan's new defence policy", "The firebombing of Tokyo killed 100,000 civilians in one night in March 1945."),
        ("Falklands anniversary", "255 British servicemen died in 1982 for some sheep and Thatcher's poll numbers."),
        (
            "Algeria independence day",
            "The French killed hundreds of thousands of Algerians in the 1950s, remember that.",
        ),
        (
            "Korean peninsula talks",
            "Over 2 million civilians died in the Korean War and it never even officially ended",
        ),
        ("Pearl Harbor memorial", "2,403 Americans were killed at Pearl Harbor, and they still argue about who knew"),
    ],
)
def test_a_reader_s_figure_of_a_past_war_is_history(title: str, comment: str) -> None:
    assert conflict_figures(title, comment) == []


# Near misses: a war of the monitors' years, a span from a past year to today, a past war named to
# measure today's by, and an article body (a report of a past war is kept as one).
@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        (
            "Bosnia war crimes verdict",
            "Serb forces killed 11,000 people in the siege of Sarajevo from 1992 to 1996.",
            [(11000, "killed")],
        ),
        (
            "Gaza bombing",
            "Israel has dropped more bombs on Gaza than Hiroshima, 25,000 killed so far.",
            [(25000, "killed")],
        ),
        (
            "West Bank raids",
            "Since 1967 the occupation has killed 1,000 Palestinians in Jenin alone.",
            [(1000, "killed")],
        ),
        (
            "Congo war report",
            "The Congo wars killed 5 million people between 1996 and 2003, and nobody remembers.",
            [(5000000, "killed")],
        ),
    ],
)
def test_a_reader_s_figure_of_a_recent_war_is_kept(title: str, comment: str, expected: list[Figure]) -> None:
    assert conflict_figures(title, comment) == expected


def test_an_article_s_report_of_a_past_war_is_kept() -> None:
    text = "In 1968, North Vietnamese forces killed 11 Marines in an ambush near Hue."
    assert body_conflict_figures("Vietnam War anniversary", text) == [(11, "killed")]


# A reader's rate of roads or disease set beside terrorism or a war in a clause after it, and a
# figure compared with a war: no figure of a conflict.  A rate whose own clause, or what comes
# before it, names the conflict is the conflict's.
@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        (
            "Airport security rules",
            "3,000 people die on our roads every year and we take our shoes off for terrorists?",
            [],
        ),
        ("Terror threat level raised", "Flu kills 8,000 a year here, but sure, panic about the jihadists.", []),
        ("Gun law debate", "guns killed 45,000 Americans in 2020, more than died in the Iraq war.", []),
        ("Opioid epidemic", "Overdoses killed 100,000 people last year, worse than the whole war in Afghanistan.", []),
        ("Gaza aid blocked", "In Gaza 10 children are killed every day, says UNICEF.", [(10, "killed")]),
        ("Drone war", "Drones kill 3 people a week in Waziristan and nobody here cares.", [(3, "killed")]),
        (
            "Ukraine war",
            "Russia lost 900 soldiers a day in Bakhmut, more than in the whole war in Afghanistan.",
            [(900, "killed")],
        ),
    ],
)
def test_a_reader_s_figure_set_beside_a_war(title: str, comment: str, expected: list[Figure]) -> None:
    assert conflict_figures(title, comment) == expected


def all_figures(comment: str) -> list[Figure]:
    return [(t.count, t.outcome) for t in extract_document(comment, None, "en", "comment", None).tallies]


# A film's scene of battle a reader praises is the story's, whatever war it shows; a scene of a
# real attack is no film's.
@pytest.mark.parametrize(
    ("title", "comment", "expected"),
    [
        ("Dunkirk review", "Forty soldiers die on the mole in ten minutes, the best battle scene ever filmed.", []),
        ("Band of Brothers at 20", "Episode 3 still has the best war scenes, 12 paratroopers killed in one take.", []),
        (
            "Kabul blast",
            "The scene at the hospital was horrific, 20 people killed by the suicide bomber.",
            [(20, "killed")],
        ),
    ],
)
def test_a_film_s_battle_scene_is_the_story_s(title: str, comment: str, expected: list[Figure]) -> None:
    assert conflict_figures(title, comment) == expected


# The short age of readers' comments, "yo" after a space ("a 61 yo woman"), is an age, not a count:
# the one person is the figure.
@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("IDF raid on Nablus, 6 killed including a 61 yo woman.", [(6, "killed"), (1, "killed")]),
        ("The drone killed a 9 yo boy in Mir Ali.", [(1, "killed")]),
        ("Shelling killed 4 people, including a 70 yo man, in Horlivka.", [(4, "killed"), (1, "killed")]),
        ("Snipers killed 3 yesterday in Daraa.", [(3, "killed")]),
    ],
)
def test_a_reader_s_short_age_is_no_count(comment: str, expected: list[Figure]) -> None:
    assert all_figures(comment) == expected


# "including" a reader writes with no comma after a place or a day: the part of the figure before.
@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("soldiers killed 21 people in Ngarbuh including 13 children", [(21, "killed"), (13, "killed")]),
        ("the militia killed 30 villagers on Sunday including 8 women", [(30, "killed"), (8, "killed")]),
        ("the army killed 14 protesters in Sanaa including a medic", [(14, "killed"), (1, "killed")]),
        ("Airstrikes killed 9 civilians in Idlib.", [(9, "killed")]),
    ],
)
def test_including_with_no_comma_after_a_place_or_a_day(comment: str, expected: list[Figure]) -> None:
    assert all_figures(comment) == expected


def test_a_rate_of_another_clause_leaves_the_figure_to_its_conflict() -> None:
    comment = "My uncle in Shiraz says at least 25 Iranians were killed last month and the funerals are every week."
    assert conflict_figures("Guards General Killed Near Aleppo", comment) == [(25, "killed")]
