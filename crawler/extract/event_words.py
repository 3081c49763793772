"""The words that tell what kind of event a casualty figure belongs to.

Each lexicon serves one class of text, and each entry is a regular expression matched on word
boundaries, case-insensitive except acronyms of up to five capitals, which keep them ("WHO" is
not "who"):

* ``conflict``: war, insurgency, terrorism, airstrikes, shelling, security forces firing on
  protesters, riots and communal violence ("an airstrike killed 12", "militants stormed",
  "clashes between protesters and police", "two men were lynched by a mob", "the dispersal of the
  sit-in", "the revolution's toll"), the same told without the usual war words (a suicide bombing
  by its act, a war's leftover bomblets and minefields, the violence of a vote, attackers named by
  their faith, cattle raiders), and, weakly, the peoples and places news names its wars by
  ("100,000 dead Iraqis", "bodies found in Baghdad", "a bomb in a market in Hilla"); its words
  that crime news shares ("police", "shot dead", "violence") name no conflict alone
  (``names_conflict_alone``);
  Mexico's drug war as a whole, the army's and the cartels' ("the war on drugs has cost 100,000
  lives"), is conflict, and so are the army's and the navy's own fights with a cartel's men
  ("marines shot dead five suspected cartel gunmen"); what one cartel's gunmen did is a crime, and
  so are the police's raids, "encounters" and "crossfire" that kill crime suspects;
* ``crime``: ordinary violence and its courts ("the murder trial", "a gunman opened fire at a
  school", "was stabbed", "charged with manslaughter", "took his own life"); who did it outweighs
  the police, hostages and riots that conflict news shares ("taken hostage by her father",
  "kidnapped for ransom", "robbery suspects", "a riot at the prison", "an honour killing", "clashes
  between rival fans");
* ``disease``: illness and public health ("the virus has killed", "cases and deaths",
  "the outbreak", "overdose deaths", "premature deaths from air pollution");
* ``disaster``: nature ("the earthquake", "floods", "the storm", "wildfires");
* ``accident``: crashes and mishaps ("the plane crash", "the bus plunged", "drowned"), in the
  forces too ("killed in a training accident", "crashed in bad weather"), and crowd crushes ("a
  stampede at the rally");
* ``other``: deaths with no violence and no event named ("died of natural causes", "died in his
  sleep"), and executions after a court's sentence ("death-row inmates were executed"): the
  state's punishment is neither a crime nor an act of war;
* ``sport`` and ``fiction``: texts about matches, films, books and games, where "killed" and
  "dead" are figures of speech ("the striker has killed 14 of his last 15 penalties", "the film's
  zombies kill 30 people"): a figure read there is no event at all.

Weights: 2 for a word that names the event by itself ("airstrike", "earthquake"), 1 for a word
that leans one way but is shared ("police", "attack", "fire"), 3 for words that say the figure is
told inside a story ("in the film", "the novel follows") and for words that name who did it or how
against the shared ones ("armed robbers", "a training exercise", "a stampede").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from crawler.extract.scan import (
    FOLDS_TO_ASCII,
    alternatives,
    first_characters,
    literal_run,
    lower_aligned,
    word_alternation,
    word_starts,
)

_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "storm" or "storms" in lower case before a capital that opens no weekday: the verb of an assault on a
# place by its name ("troops storm Hama", "army storms Zinjibar"), not the weather.
_NO_VERB_STORMING = "".join(f"(?!(?<=(?-i:{verb})) (?!{_WEEKDAY})(?-i:[A-Z]))" for verb in ("storm", "storms"))

# The parties and their wings named "League", no sport: "an Awami League leader was hacked to death",
# "Muslim League workers", "the National League for Democracy"; and the league of states the news of
# Syria's and Libya's uprisings names: "40 dead and the Arab League sends observers".
_PARTY_LEAGUES = "".join(f"(?<!{word} )" for word in ("Awami", "Muslim", "Chhatra", "Jubo", "Mahila", "Krishak", "Sramik",
                                                        "Swechchhasebak", "Swechasebak", "Arab"))  # fmt: skip

# The arms and acts of a crowd on the rampage, in communal and election violence: "mobs armed with pangas and
# clubs attacked", "gangs wielding machetes roamed the estates", "machete-wielding youths killed 11" (a lynching is
# a village's mob justice as often: ``_SHARED_CONFLICT_WORDS``).
_CROWD_ARMED = r"(?:armed with|wielding) (?:[\w-]+ ){0,2}?(?:machetes|pangas|clubs|spears|bows|arrows|knives|sticks|axes)"
_CROWD_ARMED_BEFORE = r"(?:machete|panga|club|spear|axe)-wielding"  # the blades and clubs of a crowd only
_CROWD_ACTS = r"(?:attacked|beat|killed|stormed|torched|set fire|roamed|rampaged|ran amok|went on (?:a|the) rampage)"
# Mexico's drug war named as a whole: "the war on the cartels", "the war on drugs", "the drug war".
_DRUG_WAR = r"wars? (?:on|against) (?:the )?(?:drugs|cartels|drug (?:cartels|gangs|lords|traffickers))|drug wars?"
# The army's, the marines' and the navy's own fights with the cartels' men, the drug war's: "Mexican marines shot dead
# five suspected Gulf cartel members", "five Zetas gunmen were killed in a shootout with soldiers".
_FORCES_FIGHT_CARTELS = (
    r"(?:soldiers|troops|marines|sailors|army|navy) (?:killed|shot dead|shot and killed|gunned down) (?:\w+ ){0,2}?"
    r"(?:suspected |alleged )?(?:[\w-]+ )?(?:cartel|Zetas|narco|drug gang|drug trafficker)s?\b(?:(?: gang)? (?:gunmen|members|hitmen))?|"
    r"(?:gunmen|members|hitmen|traffickers|Zetas) (?:were )?(?:killed|shot dead) (?:by|in (?:a |an )?(?:shootouts?|gunbattles?|"
    r"gun battles?|firefights?|clash(?:es)?) with) (?:the )?(?:\w+ )?(?:soldiers|troops|marines|army|navy)|"
    # and the forces' own dead in such a fight: "the army lost three soldiers in a shootout with the Zetas", "two marines
    # died in a gunbattle with Gulf cartel gunmen"
    r"(?:soldiers|troops|marines|sailors|army|navy) (?:lost (?:\w+ ){1,3}?|(?:were |was )?(?:killed|died|shot dead) )(?:in|during) "
    r"(?:a |an )?(?:shootouts?|gunbattles?|gun battles?|firefights?|clash(?:es)?|ambush) with (?:the )?(?:suspected |alleged )?"
    r"(?:[\w-]+ )?(?:cartel|Zetas|narco|drug gang|drug trafficker)s?\b"
)

# Rulers whose forces killed their own people, named in other news too ("Mubarak's police killed 846"), and whom
# courts try for it: under the title of their trial or their arrest, a court's words tell the crackdown or the war
# it judges, not a crime ("846 people died so he could sit in a cage" under "Mubarak trial opens").
_RULERS_OF_A_CRACKDOWN = (r"Mubarak|Mugabe|Mladic|Karadzic|Pinochet|Ben Ali|Lukashenko|Gbagbo|Charles Taylor|R[ií]os Montt|"
                          r"Habr[eé]|Fujimori")
# The people a war's massacre or a crackdown murders, as the reports of the trials over them name them: "8,000 men and
# boys were murdered at Srebrenica", "his police murdered 846 protesters", "murdered 1,200 prisoners at Abu Salim"
# (not "murdered two men in a Tottenham flat", "murdered seven babies").
_VICTIMS_OF_A_CRACKDOWN = re.compile(
    r"\b(?:men and boys|civilians|protesters|demonstrators|opposition (?:supporters|activists)|dissidents|"
    r"(?:political )?prisoners|detainees|villagers)\b",
    re.IGNORECASE,
)

# A state's executions told with the conviction or the part a court found the executed had, and the charge's first
# words: "Iraq hanged 21 men convicted of terrorism offences", "executed three men found guilty of murder", "were
# executed for their roles in the 2002 attacks".
_EXECUTED_FOR_A_CHARGE = (r"(?:hanged|executed|beheaded|put to death) (?:(?:[\w-]+ ){0,4}?(?:convicted|found guilty|condemned) "
                          r"(?:of|for)|for (?:their|his|her) (?:roles?|parts?) in)\b(?: [\w-]+){0,2}")

# The vaccination teams of Pakistan, Afghanistan and Nigeria, and their guards, that militants attack: "a polio
# worker and a policeman guarding her were shot dead" is no illness's toll.
_POLIO_CAMPAIGN = r"(?:workers?|teams?|vaccinators?|drives?|campaigns?|volunteers?)"

# The words that tell a story's plot right around a figure, each a cue of ``fiction`` (``events`` reads a
# figure among them as no event): a series' last episode, the parts of a plot, a debut's plot and an
# actor's part, a game's levels and what it asks of the player, a reader's word on a film's scene of battle.
_FINALE = r"in the (?:season |series |show's |film's )?finale"
_PLOT_PARTS = r"the (?:opening|first|final|last|closing) (?:chapters?|scene|act)"
_DEBUT = r"(?:debut|second|third) (?:film|movie|novel|book) "
_PLAYED_AS = (r"(?:superb|excellent|terrific|brilliant|convincing|compelling|outstanding|magnetic|wonderful|memorable|"
              r"chilling) as ")
_GAME_LEVELS = r"(?:in )?the opening levels?|in the (?:first|final|last|next) level,? you"
_GAME_WHERE = r"(?:a|the) (?:video )?game (?:where|in which|that lets) "
_BATTLE_SCENES = r"(?:war|battle|action|fight|combat) scenes?|scenes? ever (?:filmed|shot|put on (?:film|screen))"
PLOT_AROUND = "|".join((_FINALE, _PLOT_PARTS, _DEBUT, _PLAYED_AS, _GAME_LEVELS, _GAME_WHERE, _BATTLE_SCENES))

# class -> [(pattern, weight)]
# The forces by their members' names: who died, not (alone) that a war is on.
_FORCES = (r"troops|soldiers?|servicem[ae]n|service ?members|army(?! of (?-i:[a-z]+s)\b)|armed forces|military|marines|commandos?|peacekeepers?|"
           r"paratroopers?|riflem[ae]n|infantry(?:men)?|battalions?|(?<!fire )brigades?|regiments?|platoons?|special forces|"
           r"national guard(?:sm[ae]n)?|(?:presidential|republican) guards?|reservists?|jawans?|border guards?|border police(?:m[ae]n)?|Frontier Corps|BSF")

# The illnesses a life is a battle with: "the battle against cancer claimed two more lives".
_ILLNESS = (r" (?:against|with) (?:cancer|leuka?emia|illness|disease|covid|the virus|addiction|depression|dementia|"
            r"obesity|HIV|AIDS|tuberculosis|malaria)")

# The illnesses one person dies of, as an obituary or a life story tells it: "died of kidney failure", "died
# of a heart attack", "died of leukaemia" (no contagion or infection, which may be a camp's or a wound's).
ILLNESSES_OF_ONE = (r"(?:kidney|renal|liver|lung|respiratory|organ|heart) failure|heart attack|cardiac arrest|stroke|"
                    r"cancer|leuka?emia|diabetes|pneumonia|tuberculosis|(?:long |short |brief )?illness")
# Outbreaks told by their illness alone, as what killed: "Lassa fever has killed 12", "anthrax killed two
# cattle herders", "died of rabies".
_SWEEPING_ILLNESSES = r"ebola|plague|anthrax|rabies|(?:Lassa|dengue|yellow|haemorrhagic|hemorrhagic) fever|dengue|mpox|monkeypox|Marburg"
# Every illness a death is told to come of: those, and the ones that sweep a camp or a country ("12 children
# had died of diarrhoea in the camp", "deaths from cholera", "died of 9/11-related cancers").
ILLNESSES = (rf"{ILLNESSES_OF_ONE}|diarrh(?:o)?ea|dysentery|typhoid|meningitis|hepatitis|diphtheria|cholera|measles|"
              r"malaria|cancers|flu|influenza|covid(?:-19)?|the virus|diseases?|illnesses|infections?|heart attacks|(?:a )?strokes?|"
              rf"{_SWEEPING_ILLNESSES}")

# The fire of a weapon, not one that burns: "sniper fire", "artillery fire".
_WEAPON_FIRE = r"(?:rocket|mortar|sniper|artillery|machine-gun|small-arms|tank) fire"

# The places, peoples and sects news names its wars by, weakly: "100,000 dead Iraqis", "bodies found
# in Baghdad" (those of 2003-2015 and of older wars; the sects whose killings are sectarian).
_WAR_PLACES = (
    r"Syria|Syrians?|Iraq|Iraqis?|Afghanistan|Afghans?|Yemen|Yemenis?|Gaza|Gazans?|Ukraine|Ukrainians?",
    r"Kashmir|Kashmiris?|Sinai|Darfur|Mosul|Aleppo|Chechnya|Chechens?|Beslan|Kurdish|Kurds|Myanmar|Rohingya|Maguindanao",
    r"Israel|Israelis?|Palestinians?|West Bank|Lebanon|Lebanese|Libya|Libyans?",
    # the towns of the West Bank and Jerusalem, where list entries tell an attack by its weapon alone: "three
    # people were hurt in a stabbing attack in the Old City of Jerusalem" (a bar fight there is told by the bar)
    r"Jerusalem|Hebron|Nablus|Jenin|Ramallah|Bethlehem|Tulkarm|Qalqilya|Gush Etzion",
    # the towns and camps of the Gaza Strip, named without it: "three paramedics were killed in Khan Younis"
    r"Khan Y(?:ou|u|o)nis|Rafah|Jabalia|Jabaliya|Beit Lahia|Beit Hanoun|Deir al-Balah|Nuseirat|Bureij|Maghazi|Shujaiya|Shejaiya",
    # the Israeli towns that Gaza's rockets hit, named alone in their news: "three people were hurt in Sderot"
    r"Sderot|Kiryat Malachi",
    r"Somalia|Somalis?|Mali|Sudan|Sudanese|Burkina Faso",
    r"Balochistan|Baluchistan|Baloch|Khyber Pakhtunkhwa|Fulani|herdsmen|Borno|Jos",
    r"Shias?|Shiites?|Sunnis?|Alawites?",
    # the provinces and towns of the insurgencies and wars of 2008-2012 news, named without the
    # country: "a bomb in a market in Hilla", "attackers hurled a device at a van in Yala province"
    r"Diyala|Baquba|Anbar|Samarra|Tikrit|Hilla|Karbala|Sadr City|Nineveh|Tal Afar|Ghazni|Khost|Kunar|Paktia|Paktika|Nangarhar",
    r"Jalalabad|Kunduz|Uruzgan|Zabul|Wardak|Logar|Nuristan|Marjah|Sangin|Bajaur|Mohmand|Orakzai|Kurram|Parachinar|Bannu",
    r"Dera Ismail Khan|tribal areas|FATA|Dagestan|Ingushetia|Kabardino-Balkaria|Nalchik|North Caucasus|Tskhinvali",
    r"Mindanao|Basilan|Sulu|Jolo|Yala|Pattani|Narathiwat|Kilinochchi|Mullaitivu|Vavuniya|Manipur|Dantewada|Chhattisgarh",
    r"Xinjiang|Urumqi|Abyan|Zinjibar|Shabwa|Saada|Kismayo|Baidoa|Beledweyne|Galgaduud|Maiduguri|Damaturu|Yobe|Niger Delta",
    r"Jonglei|Abyei|South Kordofan|North Kivu|South Kivu|Goma|Ituri|Timbuktu|Kidal|Azawad|Houla|Deir ez-Zor|Bab(?:a)? Amr|Sirte",
    r"Baghdad|Fallujah|Ramadi|Basra|Kirkuk|Kabul|Kandahar|Helmand|Waziristan|Swat valley|Peshawar|Quetta",
    r"Tiananmen|Homs|Hama|Idlib|Daraa|Deraa|Damascus|Benghazi|Misrata|Mogadishu|Grozny|South Ossetia|Ossetians?",
    # the towns and regions of the wars of 2014-2023, named without the country: "eight people died in Donetsk
    # overnight", "federal forces killed 50 people in Mekelle"
    r"Donbass?|Donetsk|Luhansk|Lugansk|Mariupol|Bakhmut|Kharkiv|Kherson|Zaporizhzhia|Avdiivka|Izium|Bucha|Kramatorsk",
    r"Tigray|Tigrayans?|Mekelle|Cabo Delgado|Rakhine|Sagaing|Raqqa|Kobani|Afrin|Ghouta|Hodeidah|Taiz|Marib|Marawi",
    r"Nagorno-Karabakh|Karabakh|Stepanakert|El Fasher|El Geneina|Zamfara",
    # the places and peoples of the crackdowns, riots and communal violence of 2008-2012 news, named without a war
    # word: "exile groups say 140 people have died in Tibet since March", "after 80 dead in Kokrajhar", "the
    # Marikana dead"
    r"Tibet|Tibetans?|Lhasa|Kokrajhar|Bodoland|Dhubri|Marikana|Duekoue|Abobo|Maspero",
    r"Vietnam|Viet ?Cong|Bosnia|Srebrenica|Kosovo|Rwanda|Tutsis?|Hutus?|Tamil Tigers|LTTE",
    # the battlefields of the world wars a family's dead are told by: "he lost two brothers at the Somme"
    r"the Somme|the Blitz|Verdun|Passchendaele|Ypres|Gallipoli|Stalingrad|El Alamein|Iwo Jima|Okinawa|Pearl Harbou?r|Hiroshima|Nagasaki",
    # and those an anniversary, a veteran's obituary or a battlefield tour tells them by, no town of today's news:
    # "2,400 Americans died on Omaha Beach in a single morning", "13 were shot dead on Bloody Sunday"
    r"Omaha Beach|Utah Beach|Juno Beach|Gold Beach|Sword Beach|Normandy landings|Monte Cassino|Leningrad|Bloody Sunday",
    # a place told by who holds it, which says where, as its name does: "in rebel-held northwest Syria, 2,000 people
    # were killed by the quake" (the armed men themselves still name a war)
    _HELD_PLACE := r"(?:rebel|opposition|insurgent|militia|separatist)[- ](?:held|controlled)",
)

# The countries and regions whose unrest, crackdowns and communal violence 2008-2012 news tells without a war word,
# and whose wars' places are not named in ``_WAR_PLACES``.
_TROUBLED_LANDS = (
    r"Kenyan?|Kyrgyz(?:stan)?|Guinea|Zimbabwe|Thai(?:land)?|Bahrain(?:i)?|Egypt(?:ian)?|Iran(?:ian)?|Ivory Coast|Ivorian|"
    r"Assam|Nigerian?|Burm(?:a|ese)|Bangladesh|Tunisian?|Madagascar|Togo|Uganda|Ethiopian?|Congo(?:lese)?|"
    r"Burundi|Armenian?|Mongolian?|Kazakh(?:stan)?|Malawi|Senegal|Cameroon|Zanzibar|Tibetan?|Xinjiang|Jos|Karachi"
)

# The battles of courts, boardrooms, league tables and hopeless causes: "a legal battle with the
# hospital", "a relegation battle", "fighting a losing battle against waiting lists".
_NO_BATTLE = "".join(f"(?<!{word} )" for word in ("legal", "court", "courtroom", "custody", "losing", "uphill", "relegation",
                                                   "title", "boardroom", "takeover", "bidding", "ratings", "PR", "budget"))  # fmt: skip
# A fight for one's life in hospital or against a fire: "the other is fighting for his life".
# The battle of a service or a business under strain on two fronts: "the NHS is fighting a battle on two fronts".
_ON_FRONTS = r" on (?:two|three|several|many|multiple|all) fronts"
# The verbs of a ruler's word on a toll: "the junta said", "the regime raised the death toll".
_TELLS = r"(?:'s)? (?:said|says|say|reported|announced|raised|revised|put|gave|confirmed)\b"
# A battle against a fire or a flood: "firefighters described a battle against flames".
_AGAINST_NATURE = r" (?:against|with) (?:the )?(?:flames|fires?|blazes?|wildfires?|floodwaters?|floods?|storm|elements)"
_NO_FIGHT = rf" (?:for (?:his|her|their) li(?:fe|ves)|for survival|(?:a|an) (?:losing|uphill) battle|the (?:fire|blaze|flames)|a battle{_ON_FRONTS})"

_LEXICON: dict[str, list[tuple[str, int]]] = {
    "conflict": [
        (r"air ?strikes?|airstrikes?|air raids?|drone strikes?|air ?bombardment|barrel bombs?", 2),
        (r"shell(?:ing|ed|s)|mortars?|artillery|rockets?|missiles?|airstrip", 1),
        # one shell, and the bombs news names by what carried them: "a shell hit their house", "a car
        # exploded near a checkpoint", "a motorcycle packed with explosives"
        (r"shells? (?:hit|struck|landed|fell|exploded|slammed)|(?:hit|struck|killed) by (?:a |an )?(?:\w+ )?(?:shells?|artillery|rockets?|mortars?|missiles?|tank fire)|"
         r"shellfire|shrapnel|(?:car|motorcycle|motorbike|bicycle|cart) (?:exploded|blew up)|"
         r"(?:packed|laden|rigged|loaded) with explosives", 2),
        # "the strike killed 14": a military strike, unless a walkout, a hunger strike or lightning
        (r"(?<!hunger )(?<!general )(?<!national )(?<!lightning )(?<!labour )(?<!labor )(?<!on )strikes?"
         r"(?! by (?:the )?(?:teachers|workers|staff|doctors|nurses|unions?|miners|drivers|employees|pilots))", 1),
        # (not a place they hold: "rebel-held Idlib" is one of ``_WAR_PLACES``; "rebels held the town" are the men)
        (rf"(?!{_HELD_PLACE})(?:militants?|insurgen(?:ts?|cy)|rebels?|jihadis(?:ts?)?|guerrill?as?|militias?|militiam[ae]n)", 2),
        (r"paramilitar(?:y|ies)|terroris(?:ts?|m)|suicide (?:bomb(?:er|ers|ing|ings)?|attacks?)", 2),
        # a suicide bombing told by the act and not the word: "a man wearing an explosive belt blew himself up"
        (r"blew (?:himself|herself|themselves) up|explosives? (?:belts?|vests?|jackets?)|"
         r"detonated (?:his|her|their) (?:explosives?|vests?|belts?)", 2),
        # an attack called terrorism is one, whoever tried the gunman: "in what prosecutors called a terrorist attack"
        (r"terror(?:ist)? (?:attacks?|acts?|incidents?|plots?|cells?)|acts? of terror(?:ism)?", 3),
        # terrorism at home, told where the news calls the killer a gunman: "in what the FBI is treating as an act of
        # domestic terrorism" (as strong as the gunman and the shooting together)
        (r"domestic terror(?:ism|ist)?|acts? of (?:domestic|political|religious) terror(?:ism)?", 4),
        (r"car bombs?|roadside bombs?|IEDs?|improvised explosive|bomb(?:ing|ings|ed|s)?|blasts?|explosions?", 1),
        (r"land ?mines?|(?:roadside|anti-tank|anti-personnel|anti-vehicle) mines?|unexploded (?:ordnance|bombs?|shells?|mines?)|cluster (?:bombs?|munitions)", 2),
        # mines as a war's weapon, told by what they do: "since 2019, mines have killed more than 4,000 people",
        # "a boy was killed by a mine", "their car hit a mine" (a mine that is dug is told by its coal or its gold,
        # by the miners it killed, or by its carts, shafts and roofs)
        (r"(?<!coal )(?<!gold )(?<!salt )(?<!copper )(?<!tin )(?<!illegal )mines? (?:have |has |had )?(?:killed|maimed|claimed|"
         r"wounded|injured)(?!(?: \S+){0,3} (?:miners|workers|diggers)\b)|"
         r"(?:(?:killed|maimed|wounded|injured) by|stepped on|hit|struck|drove over|ran over) (?:a |an )?(?:land ?)?mines?"
         r"(?! (?:carts?|shafts?|cars?|wagons?|lifts?|roofs?|tunnels?|owners?|workers?|collapses?|explosions?|blasts?|fires?|floods?)\b)", 2),
        # a post or a column fired on, told of it and not of who fired: "the checkpoint came under fire, killing a
        # conscript" (no fire that burns; a firm's critics, who are told after "from", "over" or "for", fire none)
        (r"(?:came|comes|come|coming) under (?:heavy |sustained |intense |repeated )?(?:fire|attack|shelling|bombardment|"
         rf"{_WEAPON_FIRE})(?! (?:from|over|for|after)\b)|sniper fire", 2),
        # the forces' firing on a crowd, in the English of South Asia: "two people were killed in police firing",
        # "firing by the security forces", and the strikes that shut a town: "killed during a bandh"
        (r"(?:police|army|paramilitary|security forces'?|BSF|CRPF) firing|firing by (?:the )?(?:police|army|security forces|"
         r"troops|paramilitary|BSF|CRPF)|bandhs?|hartals?", 2),
        # a war's leftovers and those who clear them: "a cluster bomblet exploded", "two deminers were killed"
        (r"bomblets?|submunitions?|minefields?|deminers?|demining|mine clear(?:ance|ers?)", 2),
        # a mine blast alone may be a mine's own (a colliery's): only where nobody mines
        (r"(?<!coal )(?<!gold )(?<!salt )mine (?:explosions?|blasts?)", 1),
        (r"crossfire|cross-fire|firefights?|gun ?battles?|exchanges? of fire|warplanes?|war ?planes|fighter jets", 2),
        # warplanes told as jets by what they did: "Russian jets struck the port", "jets pounded the town" (not
        # the New York Jets, nor jets "hit by" delays)
        (r"(?<!the )(?<!New York )jets (?:struck|bombed|pounded|hit|attacked|raided|strafed|fired on|fired at|targeted|"
         r"shelled)(?! by)", 2),
        # the same in the English of South Asia and Nigeria: "killed in cross-firing", "injured during the gun duel",
        # and the armed men of Kashmir's and the Northeast's wars: "infiltrators neutralised along the LoC", "ultras"
        (r"cross-?firing|cross firing|gun ?duels?|ultras|infiltrators?|infiltration bids?|intruders|Line of Control|LoC", 2),
        # the war words of older and other wars' news: "injured in the skirmishes", "the second intifada", "tanks rolled
        # into the square"
        (r"skirmish(?:es)?|intifada|mujah(?:i|e)deen|(?:Israeli|Jewish) settlers|settler (?:violence|attacks?)|"
         r"tanks? (?:rolled|moved|entered|opened fire|fired|shelled|pounded)|armou?red personnel carriers|APCs", 2),
        # the graves a war or a massacre leaves, weakly: a quake's dead are buried in them too
        (r"mass graves?", 1),
        (r"shot down|prisoners? of war|taken prisoners?", 2),  # "captured after his jet was shot down"
        # a ship an enemy sank: "forty sailors died when the ship was hit by a torpedo", "the liner was torpedoed"
        # (not a deal "torpedoed" by a party)
        (r"torpedo(?:es)?|U-boats?|(?:ships?|vessels?|liners?|cruisers?|destroyers?|frigates?|tankers?) (?:was |were )?torpedoed", 2),
        (r"gunships?|tank (?:fire|shells?|shelling)|bombardments?|bombard(?:ed|ing)|grenades?", 1),
        # the weapons of armed groups and armies: "Kalashnikov-wielding attackers", "an explosives-laden truck"
        (r"Kalashnikovs?|AK-47s?|machine-?guns?|machine-?gun fire", 1),
        (r"rocket-propelled grenades?|RPGs?|heavy weapons|suicide vests?|explosives?-laden|bomb-laden|booby-?trap(?:s|ped)?", 2),
        (_FORCES, 1),
        (r"security forces|security personnel|riot police|police officers|policem[ae]n|gendarmes?", 1),
        # a war of prices, trade or words is none: "the price war has killed three airlines"
        (r"(?<!price )(?<!trade )(?<!culture )(?<!bidding )(?<!flame )(?<!console )(?<!format )(?<!browser )(?<!ratings )"
         rf"(?<!talent )(?<!class )(?<!gang )(?<!turf )(?<!Gears of )(?<!cyber )(?<!ransomware )wars?(?! of words| chests?| rooms?)(?!{_ILLNESS})|(?<!Modern )warfare|{_NO_BATTLE}battles?(?!{_ILLNESS}|{_ON_FRONTS}|{_AGAINST_NATURE})|fighting(?!{_ILLNESS}|{_NO_FIGHT})|"
         r"front ?lines?(?! (?:workers|staff|health|medical|nurses|doctors|care|services|responders))|offensive|ceasefire|truce|"
         r"(?<!home )(?<!home-)invasion|occupation|siege(?: of)?|"
         # ("the siege of Aleppo" a war's; a siege alone may be a bank's) and the place a siege holds, where its dead
         # starve: "died of hunger in the besieged town" (not a besieged bank or a minister besieged by reporters)
         r"besieged (?:[\w-]+ )?(?:towns?|city|cities|camps?|districts?|enclaves?|areas?|neighbou?rhoods?|suburbs?|villages?|strip)|"
         # and the dead told as lived under it: "over 100 people have starved to death in Yarmouk under the siege",
         # "died of hunger under a months-long siege" (not a service "under siege from critics")
         r"under (?:a |the )?(?:[\w-]+ )?siege(?! from)", 2),
        # (a crackdown told as the state's repression: "the repression has cost more than 4,000 lives"; not a mind's)
        (r"clash(?:es|ed)?|crackdown|(?<!emotional )(?<!sexual )(?<!psychological )repression|protesters?|demonstrators?|riots?|rioters?|rioting|uprisings?|revolts?|rebellions?|insurrections?|unrest", 2),
        # the protests a crackdown answers: "the dispersal of the sit-in", "the revolution's toll"
        (r"sit-ins?|protest camps?|Revolutionary Guards?|Basij|shabiha|Tahrir", 2),
        # the protests themselves, where their dead are told without the protesters: "91 people died in
        # the two months of protests"
        (r"protests|demonstrations", 1),
        # a march or a rally told by what it demands: "police shot dead three men during a march against the fuel
        # price rise" (a soldiers' march or a campaign rally is told by neither)
        (rf"(?:march(?:es)?|rall(?:y|ies))(?!{_ILLNESS}) (?:against|demanding|calling for|to protest|protesting|in protest)|"
         r"(?:anti-government|anti-regime|pro-democracy|opposition|protest) (?:march(?:es)?|rall(?:y|ies))", 2),
        # one protest as the place of its dead, and those in it: "police killed two people at a protest over land
        # seizures", "two stone-pelters were killed in police firing" (a protest after deaths is about them)
        (r"(?:at|during|in) (?:a|the) (?:\w+ )?(?:protests?|demonstrations?)|(?:broke|break|breaking) up (?:a|the) (?:\w+ )?protests?|"
         r"stone-?(?:pelters|pelting|throwers|throwing)", 2),
        # an attack on a house of worship, a sect's or a cause's: "they gunned down 30 unarmed people at the mosque"
        # (a roof that fell on the faithful is no attack; a lone gunman's is told by him)
        (r"(?:gunned down|shot dead|opened fire|attacked|stormed|bombed) (?:\w+ ){0,4}?(?:at|in|on|outside|inside) "
         r"(?:a|an|the) (?:\w+ )?(?:mosques?|church(?:es)?|temples?|shrines?|synagogues?|gurdwaras?|imambargahs?)", 2),
        # a bombing or an attack named by the house of worship or the market it hit: "a minute's silence for the 63
        # people killed in the Peshawar mosque bombing", "the church attacks of Easter Sunday" (a gas blast there is
        # told by its gas)
        (r"(?:mosques?|church(?:es)?|temples?|shrines?|synagogues?|gurdwaras?|imambargahs?|cathedrals?|market) "
         r"(?:bombings?|blasts?|attacks?|massacres?)", 2),
        # a house of worship burned by a crowd or an armed band, in communal and election violence: "gangs
        # torched a church where villagers had taken refuge", "rioters set fire to two mosques", "dozens burned
        # alive in church" (a fire that broke out by itself is told by it)
        (r"(?:torched|burned|burnt|set fire to|set ablaze|firebombed|razed|burned down|burnt down) (?:a|an|the|two|three|"
         r"several|dozens of) (?:\w+ )?(?:mosques?|church(?:es)?|temples?|shrines?|synagogues?|gurdwaras?)|"
         r"(?:burned|burnt) alive (?:in|inside) (?:a |an |the )?(?:\w+ )?(?:mosques?|church(?:es)?|temples?|shrines?|synagogues?)", 2),
        # the funerals of a crackdown's dead, fired on in turn: "eight mourners were shot dead"
        (r"mourners|funeral (?:processions?|marches)", 1),
        (r"revolutions?", 1),  # "the digital revolution" kills no one; "the revolution's toll" is its dead
        (r"massacre[sd]?|genocide|ethnic cleansing|sectarian|communal violence|ethnic violence|pogroms?", 2),
        # the genocide of the Jews by its names, as history writes them: "six million Jews were murdered in the
        # Holocaust" (not "a nuclear holocaust" of an op-ed's fears)
        (r"(?<!nuclear )the Holocaust|Shoah", 2),
        # conflicts named by their own names, with no war word: "3,600 people were killed in the Troubles", "a million
        # died in Partition", "the Khmer Rouge killed 1.7 million", "the Mau Mau emergency" (told after a preposition:
        # a partition wall is a wall, a Troubles-era police station a building)
        (r"(?:in|during|since|before|after|by|through) the Troubles(?![- ]era)|(?:in|during|at|after|since|before) (?:the )?Partition"
         r"(?! walls?)|Khmer Rouge|Mau Mau", 2),
        # a vehicle driven into people on purpose: "a truck rammed into a crowd celebrating Bastille Day", and by the
        # attackers news names as such: "three attackers drove a van into pedestrians on the bridge" (a man who "drove a
        # car into pedestrians" may have lost control: his crash is told by its own words)
        (r"(?:rammed|ramming) (?:\w+ ){0,2}?into (?:a |the )?crowds?|(?:vehicle|car|truck)-ramming|ramming attacks?|"
         r"(?:attackers|assailants) (?:\w+ ){0,2}?(?:drove|rammed|ploughed|plowed|steered) (?:\w+ ){0,3}?(?:into|at) (?:a |the )?"
         r"(?:\w+ )?(?:crowds?|pedestrians|people|worshippers|shoppers|passers-by|police(?:men)?|soldiers|officers)", 2),
        # and attackers news names as such who kill a crowd of a public place, terrorism by convention: "attackers
        # killed 62 shoppers at the Westgate mall", "assailants killed 40 worshippers in a church in Owo" (not robbers
        # nor a lone gunman, told by their own words, nor a bar's drinkers, a cartel's usual victims)
        (r"(?:attackers|assailants) (?:\w+ ){0,2}?(?:killed|shot dead|gunned down|massacred) (?:[\w,.-]+ ){1,3}?"
         r"(?:shoppers|worshippers|diners|commuters|guests|tourists|pupils|schoolchildren|students|passengers|revellers|"
         r"concertgoers|spectators|people) (?:at|in|inside) (?:a |an |the )?(?:[\w'’-]+ ){0,3}?(?:malls?|markets?|"
         r"mosques?|church(?:es)?|temples?|restaurants?|cafes?|hotels?|bus (?:station|stop|park)s?|(?:railway |train )?stations?|"
         r"schools?|universit(?:y|ies)|colleges?|beach(?:es)?|nightclubs?|concert halls?|stadiums?|shopping (?:centres?|centers?))\b", 2),
        (r"lynch(?:ed|ing|ings)?|lynch mobs?|mob (?:violence|attacks?|killings?)|"
         rf"mobs? (?:{_CROWD_ARMED},? )?{_CROWD_ACTS}|"
         # and gangs told by the same arms and acts, which are a crowd's and not a robber's band: "gangs armed with
         # machetes and bows killed 30 villagers near Eldoret" (not "a gang armed with machetes robbed a shop")
         rf"(?:gangs|youths) {_CROWD_ARMED},? {_CROWD_ACTS}|{_CROWD_ARMED_BEFORE} (?:mobs|gangs|youths) {_CROWD_ACTS}", 2),  # a mob's killings: communal violence
        (r"extrajudicial|summary executions?|summarily executed", 2),
        # the deaths of detainees under torture, a regime's or its police's, as rights groups count them: "five detainees
        # died under torture", "tortured to death in custody" (a cartel's victims bear its signs, told by the cartel)
        (r"tortured to death|died (?:under|from|of|after) torture|deaths? under torture|torture deaths?", 2),
        # violence over a charge of blasphemy, a faith's cause, in Pakistan's and Nigeria's news: "a mob burned 40 houses
        # and killed 8 people over a blasphemy allegation", "accused of desecrating the Quran" (a death sentence for it is
        # told by the court's words)
        (r"blasphem(?:y|ous|ers?)|desecrat(?:ing|ed|ion of) (?:the |a )?(?:holy )?(?:Quran|Koran|Qur['’]an)", 2),
        (rf"polio {_POLIO_CAMPAIGN}", 1),
        # attackers named by their faith: sectarian violence ("hacked to death by Muslim youths", "Hindu mobs")
        (r"(?:Muslim|Christian|Hindu|Sikh|Buddhist|Coptic|Shia|Shiite|Sunni) (?:youths|mobs?|gangs|rioters|vigilantes)|"
         r"by (?:a )?(?:group of )?(?:Muslim|Christian|Hindu|Sikh|Buddhist|Shia|Shiite|Sunni) (?:men|villagers|gunmen)", 2),
        # raids between herding peoples: "cattle raiders from a neighbouring community killed 42"
        (r"cattle (?:raids?|raiders|raiding|rustl(?:ers|ing))|(?:cattle )?rustlers", 2),
        # the killing of captives by armed groups, told by how: "the party chairman was beheaded"
        (r"behead(?:ed|ing|ings)", 1),
        # killings of a party's or a sect's men one by one: "18 people were shot dead in targeted killings" in
        # Karachi, a drone's "targeted killing" of a militant leader; "target killings" as Pakistan's press writes them
        (r"target(?:ed)? killings?", 2),
        # killings answered in kind between communities or sects: "death squads", "tit-for-tat killings
        # between the two communities", "reprisal attacks after the mosque bombing"
        (r"death squads?|tit-for-tat (?:killings?|attacks?|violence)|(?:reprisal|revenge) (?:killings|attacks|raids)|"
         r"reprisal (?:killing|attack|raid)|"
         r"(?:between|among) (?:the )?(?:two |rival )?(?:communities|ethnic groups)", 2),
        (r"extremists?|Islamists?|political violence|assassinat(?:ed|ion|ions)|separatists?|armed groups?", 2),
        # the far right's attacks are political violence: "a white supremacist shot dead six worshippers"
        (r"white supremacists?|white nationalists?|neo-Nazis?|far-right (?:extremists?|gunm[ae]n|militants?|terrorists?)|racially motivated", 2),
        # a lone attacker's cause, told where the news calls him a gunman and tells his trial: "in what officials
        # called a hate crime", "an anti-immigrant manifesto", "inspired by al-Qaeda", "who claimed links to al
        # Qaeda" (a cause outweighs the gunman and the bar or the nightclub he struck, which name a crime at 3)
        (r"hate crimes?|hate-motivated|motivated by (?:racial |religious |ethnic )?hatred|anti-(?:immigrant|Muslim|Islamic|Semitic|Jewish)|"
         r"antisemitic|Islamophobic|(?:inspired by|in the name of|(?:pledged|swore|sworn|declared|claimed) allegiance to|"
         r"(?:links?|ties|linked|connections?) (?:to|with)) "
         r"(?:the )?(?:al[- ]Qaeda|Islamic State|ISIS|ISIL|Daesh|jihad|the Taliban)", 4),
        (r"manifesto|jihad|claimed responsibility|(?:attacks?|bombings?|shootings?|assaults?) claimed by", 2),
        # an armed group that claims the attack says whose it was, wherever it struck: "Islamic State claimed the
        # attack on the nightclub"
        (r"(?:al[- ]Qaeda|al[- ]Shabaa?b|Boko Haram|Islamic State|ISIS|ISIL|Daesh|the Taliban|Hamas|Hezbollah)"
         r"(?: \w+){0,2}? (?:has |have |later |quickly )?claimed (?:responsibility|the (?:\w+ )?(?:attacks?|bombings?|"
         r"shootings?|massacre|blasts?))", 3),
        # bombs that go off where people are: a gas blast is no bomb, and gangs shoot more than they bomb; in a bar or
        # a nightclub too, which name a gang's shooting at 3 ("Bombs exploded in a nightclub in Kuta", "a grenade
        # thrown into a pub")
        (r"bombs? (?:exploded|went off|ripped through|tore through|was detonated|were detonated)|"
         r"(?:planted|detonated|hurled|threw|thrown) (?:a |an |two |the )?(?:bombs?|explosive devices?)", 2),
        # (a petrol bomb thrown into a bar is arson, a gang's as often as a cause's: told by who threw it)
        (r"(?<!petrol )(?<!gasoline )(?<!fire )(?:bombs?|grenades?|bombers?|bombings?)(?: \w+){0,3}? (?:at|in|into|inside|outside) (?:a|an|the) (?:\w+ )?"
         r"(?:bars?|pubs?|taverns?|nightclubs?|night clubs?|discos?|discotheques?|beer (?:halls?|parlou?rs?|gardens?))", 4),
        # the lone attacker of 2011 by name and place, whose 2012 trial news tells his dead in a court's words:
        # "Breivik, on trial for killing 77 people", "the survivors of Utoya"
        (r"Breivik|Utøya|Utoya", 3),
        # and the lone attackers of a cause of 2009-2012 by name, whom trial and inquest news calls gunmen: "police
        # shot dead Mohamed Merah, the gunman suspected of killing seven", "Nidal Hasan faces trial for the 13 deaths"
        (r"Merah|Nidal (?:Malik )?Hasan|Wade (?:Michael )?Page", 3),
        (r"gunmen|snipers?|ambush(?:ed)?|raids?|hostages?|abducted|combatants|fighters", 2),
        # the armed groups news leaves unnamed, and the villages they raid: "armed men raided the village
        # overnight", "bandits attacked three villages" (a robbery's are told by it)
        (r"armed men|masked men|men in (?:military )?(?:uniforms?|fatigues)", 2),
        (r"bandits|(?:raided|attacked|stormed|torched|burned|burnt|overran) (?:a |the |several |two |three |four |five )?"
         r"(?:villages?|hamlets?|settlements?)|(?:villages?|hamlets?) (?:was |were )?(?:torched|burned|burnt|razed|raided|"
         r"attacked|overrun)", 1),
        # the supply line of the forces in Afghanistan and the attacks on it, in 2008-2012 news from Pakistan: "Taliban
        # fighters set fire to a convoy of NATO fuel tankers", "a bomb planted under a tanker carrying fuel for NATO"
        # (a tanker that overturned on its own is a road's mishap)
        (r"(?:NATO|ISAF|coalition) (?:fuel |oil |supply |container )?(?:tankers?|trucks?|lorries|convoys?|containers?)|"
         r"(?:fuel|supplies) for (?:NATO|ISAF|(?:the )?coalition|(?:US|U\.S\.|American|foreign) (?:troops|forces))", 3),
        (r"(?:torched|set ablaze|set fire to|firebombed) (?:\w+ ){0,4}?(?:tankers?|trucks?|lorries|convoys?)|"
         r"(?:tankers?|trucks?|lorries|convoys?) (?:were |was )?(?:torched|set ablaze|set on fire|attacked)|"
         r"(?:bombs?|explosives?|devices?|IEDs?) (?:\w+ )?(?:planted|placed|hidden|attached|concealed)", 2),
        # a junta or a regime that only tells a toll tells a storm's or a quake's too: "the junta said 22,464
        # people had died" after Cyclone Nargis (its troops' and its own killings are told by them)
        (rf"regime(?!{_TELLS})|coalition forces|government forces|pro-government|opposition forces|junta(?!{_TELLS})|coup", 2),
        # not the civilian set beside the police or the forces at home: "a civilian was arrested in his shooting", "a
        # civilian review board", "his return to civilian life"
        (r"civilians?(?! (?:was|were) (?:arrested|charged|detained)\b| (?:review|oversight|complaints?|employees?|staff|"
         r"board|police|jobs?|life|world)\b)|casualties|martyr(?:s|ed|dom)?|shahadat|killed in action|KIA", 1),
        # the dead of combat, set beside another toll of the forces: "more than the 295 Americans killed in combat in
        # Afghanistan that year" in a count of the troops' suicides
        (r"(?:killed|died|fallen|lost) in combat|combat (?:deaths|fatalities|losses)", 2),
        # the Taliban as Afghanistan's rulers since 2021, and Hamas as Gaza's since 2007, report quakes, floods and gas
        # explosions too: "the Taliban government said", "six people were killed, Hamas police said"
        (r"(?:Taliban|Hamas)(?!(?: |-)(?:government|administration|authorities|officials|police|run|led|said|says|say)\b)|"
         r"al[- ]Qaeda|al[- ]Shabaa?b|Boko Haram|Islamic State|ISIS|ISIL|Daesh|Hezbollah|Houthis?", 2),
        (r"IDF|PKK|YPG|SDF|FARC|NATO|Pentagon|ministry of defen[cs]e|defen[cs]e ministry", 2),
        (r"IRA|ETA|UVF|LRA|Shining Path|Lashkar-e-Taiba|Haqqani network|UN (?:monitors|observers)", 2),
        # Northern Ireland's conflict by its own name, capitalised, as its history blogs and their readers write it:
        # "Counting the dead of the Troubles" (not a family's or a club's troubles)
        (r"(?-i:[Tt]he Troubles)", 2),
        *((places, 1) for places in _WAR_PLACES),
        (r"Maoists?|Naxal(?:ite)?s?|Janjaweed|Lord's Resistance Army|Free Syrian Army|al-Nusra|Nusra Front", 2),
        # the armed groups of 2014-2023 news by name: "the Rapid Support Forces shelled the market", "ISWAP fighters"
        (r"Rapid Support Forces|Allied Democratic Forces|ISWAP|JNIM|M23|Tatmadaw|TPLF|Hayat Tahrir al-Sham|Wagner (?:Group|mercenaries|fighters)|"
         r"People's Defen[cs]e Forces?|Ansar Allah|Fano militias?", 2),
        # their short names that others share (press freedom's RSF, a country's defence force): weakly, and not as a source
        (r"(?:RSF|ADF)(?! (?:said|says|report|reported|reports|ranks|index))", 1),
        # the armed groups of 2008-2012 news by name: "Lashkar-e-Jhangvi claimed the killing of 21 pilgrims"
        (r"Lashkar-e-Jhangvi|Jaish-e-Mohammed|Tehrik-e-Taliban|Abu Sayyaf|Moro Islamic Liberation Front|New People's Army|"
         r"Ansar Dine|Justice and Equality Movement|Mai-Mai|Seleka|Mahdi Army|"
         r"Awakening (?:councils?|movement)|Sons of Iraq|Peshmerga|Jundallah|Islamic Jihad|Aqsa Martyrs", 2),
        # Israel's named offensives in Gaza and the West Bank, as their news and its readers name them by
        # the operation alone: "1,400 Palestinians were killed in Cast Lead", "the 8 days of Pillar of
        # Defense" ("Lead" capitalised: not "cast lead weights")
        (r"Cast(?-i: Lead)|Pillar of (?:Defen[cs]e|Cloud)|Returning Echo", 2),
        # their short names, weakly: other bodies share them ("a bus crashed near the NPA offices", the prosecutors)
        (r"TTP|NPA|ONLF|AQIM|MUJAO|MEND|SPLA|CNDP|FDLR|ULFA|ELN", 1),
        # soldiers or police who turn their guns on their allies, and a guard on the official he guards: "what
        # officials called an insider attack", "the governor was shot dead by one of his own guards"
        (r"insider attacks?|green-on-blue|(?:shot|killed|gunned down|shot dead) by (?:one of )?(?:his|her|their) own "
         r"(?:guards?|bodyguards?|security guards?|police guards?|escorts?)", 2),
        # the toll told of the bombing itself, whoever tries its bombers: "the trial of six men accused of the bus
        # bombings that killed 52 people", set off by a comma too ("for his part in the Bali bombings, which killed 202")
        (r"(?:bombings?|bomb attacks?|attacks),? (?:that|which) (?:killed|left|claimed)", 2),
        (r"Assad|Gaddafi|Qaddafi|Saddam|Milosevic|9/11|September 11", 2),  # rulers and attacks that name a war
        # the 2001 attacks told by their leader or their target, as US readers and columns recall them: "bin Laden
        # is dead ... nearly 3,000 people died that day", "the Twin Towers fell and 2,753 died in New York"
        (r"bin Laden|Twin Towers", 2),
        # the 2008 attacks on Mumbai told by their city or their date, as the news of their trial and
        # anniversaries recalls them: "caught alive in the Mumbai siege, in which 166 people were killed", "26/11";
        # and in the headlines of the days after, by their toll and their gunmen ("Mumbai toll revised down to 172 as
        # last gunman captured", "Mumbai gunmen were trained in Pakistan"), not the city's road tolls
        (r"Mumbai (?:terror(?:ist)? )?(?:attacks|siege|massacre|carnage|gunm[ae]n|attackers)|26/11|"
         r"Mumbai (?:death )?toll(?! (?:plazas?|nakas?|booths?|roads?|charges?|collections?|tax|rates?|hikes?)\b)", 2),
        # rulers whose forces killed their own people, named in other news too: "Mubarak's police killed 846"
        (_RULERS_OF_A_CRACKDOWN, 1),
        # the courts that try a war's or a crackdown's dead, and the charges they try: "the International Criminal
        # Court", "ICC names suspects", "tried for crimes against humanity", "the war crimes tribunal in The Hague"
        # (not the cricket council's ICC)
        (r"International Criminal Court|ICC(?= (?:names|named|prosecutors?|judges?|charges?|charged|indicts?|indicted|"
         r"warrants?|suspects?|trials?|case|summons|verdict|convicts?|convicted|sentences|sentenced)\b)|"
         r"(?:by|at|before|to) the ICC\b|war crimes?|crimes against humanity|(?:war crimes|UN|Hague|international) tribunal", 2),
        (r"drones?", 1),
        (r"conflicts?(?! of interest)|hostilities|bloodshed|bloodletting|civil war|post-election violence", 2),
        # a toll counted from a disputed vote, as the news of the unrest after it tells it: "more than 250
        # people had been killed across the country since the December 27 vote", "80 have died since the
        # March 29 election" (not "12 have died in floods since the election")
        # (or after it, with its year: "my uncle was among the 1,300 killed after the 2007 election")
        (r"(?:killed|died|dead|deaths) (?:across the country |nationwide |in the country )?(?:since|after) (?:the|a) "
         r"(?:disputed |contested |flawed |rigged )?(?:[a-z]+ \d{1,2} |(?:19|20)\d\d )?(?:presidential )?(?:vote|election|polls?|ballot)"
         r"(?! (?:rall|campaign|meeting))", 2),
        # the deal that ends a conflict, whose article's readers count its dead: "1,500 dead before they agreed to
        # share power" under "rivals sign power-sharing deal", "the peace talks in Doha"
        (r"power-?sharing|peace (?:deal|talks|accord|agreement|process|treaty|negotiations)", 2),
        # Mexico's drug war as a whole, the army's against the cartels: "the war on the cartels has left 100,000 dead"
        # (one cartel's killings are a crime)
        (_DRUG_WAR, 2),
        # and the army's, the marines' and the navy's own fights with the cartels' men, the drug war's (as the war told
        # as a whole), not a cartel's crime: "Mexican marines shot dead five suspected Gulf cartel members in a
        # shootout", "soldiers killed 14 cartel gunmen"; the police's raids stay crime
        (_FORCES_FIGHT_CARTELS, 3),
        # political and communal violence: "tribal clashes over grazing land", "the election violence", and its dead told
        # by the crisis they died in: "90 people have died in two months of political turmoil"
        (r"(?:political|electoral|election|poll|campaign|pre-?election|pre-?poll|post-?poll|ethnic|tribal|inter-?communal|religious) "
         r"(?:violence|clashes|fighting|unrest|killings|murders|turmoil)"
         r"|rival (?:factions|militias|clans|tribes)", 2),
        # the violence of a country told by its name, as headlines and readers name a period of unrest there: "Kenya
        # violence", "Kyrgyzstan's turmoil", "the violence in Guinea" (its wars' places are named on their own above; a
        # country's violence against women or on its roads is told otherwise)
        (rf"(?:{_TROUBLED_LANDS})(?:'s|’s)? (?:post-election |political |ethnic |communal |sectarian )?(?:violence|unrest|turmoil)"
         rf"(?! against| on (?:the |its )?roads)|(?:violence|unrest|turmoil) (?:in|across|rocks|grips|hits|spreads to|sweeps) "
         rf"(?:{_TROUBLED_LANDS})", 2),
        (r"disputed (?:\w+ )?(?:elections?|votes?|polls?)", 1),
        (r"post-?election", 2),  # "Kenya's post-election crisis"
        # the violence of a vote told after it: "the violence that followed the December vote"
        (r"(?:violence|clashes|unrest|fighting|killings|bloodshed) (?:that )?(?:followed|after|since|before|during|over|"
         r"surrounding) (?:the |a |last |this )?(?:\w+ )?(?:\w+ )?(?:votes?|elections?|polls|ballot|run-?off)", 2),
        # and the parties' men who fight it, weakly (who died, not what killed them: a stage collapses under them too):
        # "supporters of the two candidates fought with machetes", "party workers"
        (r"supporters of (?:the )?(?:two |rival |opposing )?(?:\w+ )?(?:candidates|parties)|"
         r"(?:party|opposition) (?:supporters|activists|workers|cadres|militants)", 1),
        # "killed in an encounter with militants": a gunfight with the forces, in South Asian news
        (r"(?:killed|shot|died) in an? (?:armed |fierce |brief |gun )?encounters?|encounters? with (?:the )?"
         r"(?:security forces|militants|police|troops|army|Maoists|rebels|insurgents|terrorists)", 2),
        # the aid workers and agencies that count a war's dead among their own
        (r"aid workers|humanitarian workers|Red Crescent|ICRC|UNRWA|OCHA", 1),
        (r"violence|violent|displaced|restive", 1),  # "the restive province": an insurgency's, in news
        # and the police's crowd-control grenades, a means of the protests' policing, not a weapon of war: "tear gas and
        # flash-bang grenades"
        (r"tear gas|live ammunition|rubber bullets?|plastic bullets?|live rounds|water cannon|martial law|state of emergency|curfew|"
         r"stun grenades?|flash-?bang(?: grenades?)?", 2),
        # the police's canes on a crowd, in South Asian news: "15 teachers were injured when police lathi-charged them",
        # "a mild lathi-charge" (the police's own word, a protest's policing as tear gas is)
        (r"lathi[- ]?charg(?:e|es|ed|ing)|baton[- ]charg(?:e|es|ed|ing)", 2),
        (r"Amnesty|Human Rights Watch|rights groups?|human rights|activists?|opposition|dissidents?", 1),
        # the police as the source of a figure ("eleven people were killed, police said") are no actors of a
        # war nor a crime's
        (r"security|forces|police(?! (?:said|say|says)\b)|government|checkpoints?|patrols?|convoys?|bases?|camps?(?! fires?\b)", 1),
        (rf"(?<!heart )attacks?|attacked|stormed|opened fire|gunfire|shot dead|gunned down|attackers|assailants|(?<!opened )fired? on(?! {_WEEKDAY})", 1),
        # the forces' fire on workers on strike, as at Marikana in 2012: "police opened fire on striking miners armed
        # with spears", "34 killed as police open fire on strikers" (a strike's picket line is a protest's crowd)
        (r"(?:opened fire|open fire|opens fire|fired|firing|shot) (?:on|at|into) (?:a |the )?(?:crowd of |group of |hundreds of |"
         r"thousands of )?(?:strikers|striking (?:\w+ )?(?:miners|mineworkers|workers|drivers))", 2),
        # a gunman opens fire too; firing into a crowd is the forces' answer to a protest
        (r"(?:opened fire|fired?) (?:on|into) (?:a |the )?(?:crowds?|mourners|marchers|funeral|rally|demonstrations?)", 2),
    ],
    "crime": [
        (r"murder(?:s|er|ers|ing)?|homicides?|manslaughter|serial killer|stabb(?:ed|ing|ings)", 2),
        # murders weighed against a war, as readers and columnists weigh a country's crime: "Guatemala has more murders a year
        # than the whole Iraq war killed", "more homicides in Chicago than in Afghanistan" (as an illness of ``disease``)
        (r"more (?:murders|homicides) (?:[\w,-]+ ){0,4}?than", 3),
        # the verb alone is the word of massacres and of readers too: "Mladic's men murdered 8,000 at Srebrenica"
        (r"murdered", 1),
        # one victim of a murder, in the passive: "a taxi driver was murdered in the capital"
        (r"(?:was|has been|had been) murdered", 2),
        # a lone shooter who opened fire: "police shot dead a man who opened fire on them"
        (r"(?:man|woman|teenager|youth|suspect|student|pensioner) (?:who )?opened fire", 2),
        # a quarrel of families: "a family feud erupted", "a blood feud between two clans"
        (r"(?:family|blood|clan) feuds?|vendettas?", 3),
        # "for ransom": a gang's, mostly, but militants kidnap for ransom too: no more than their name
        (r"ransom", 2),
        # the attacks of the digital world, a gang's and not an army's: "a ransomware attack forced the hospital to
        # turn her ambulance away", "the cyber war on schools"
        (r"ransomware(?: attacks?| gangs?)?|cyber-?attacks?|cyber(?:criminals?|crime)|hackers?", 2),
        (r"robber(?:s|y|ies)?|burglar(?:y|ies|s)?|carjack(?:ing|ed)|gang(?:s|sters?)?|mafia|mob boss", 2),
        (r"cartels?|drug (?:cartels?|lords?|gangs?|dealers?|traffickers?|smugglers?)|narcos?|(?:the )?Zetas|Familia Michoacana|"
         r"Beltr[aá]n Leyva|Arellano F[eé]lix|Knights Templar cartel|Caballeros Templarios|"
         # and the street gangs of Central America and Brazil, named alone: "a feud between Barrio 18 and MS-13"
         r"MS-13|Mara Salvatrucha|Barrio 18|Comando Vermelho", 3),  # a cartel's gunmen kill for the trade, not a cause
        (r"(?:cartel|gang|mafia) gunmen|gunmen (?:from|of) (?:a |the )?(?:\w+ )?(?:cartel|gang|Zetas)", 3),  # not an armed group's
        # the bodies a cartel leaves as a message to its rivals, as Mexican news tells them: "dumped near a highway, in what
        # police described as a message from the Sinaloa cartel to its rivals", "a narco-banner signed by the Zetas"
        (r"messages? (?:from|of|to|signed by) (?:the |a |its |their |rival )?(?:\w+ )?(?:cartels?|gangs?|narcos?|Zetas)|"
         r"narco-?(?:messages?|banners?|mantas?|blankets?)", 3),
        # the drug rehabilitation centres where cartels' gunmen kill the addicts of a rival's trade: "gunmen stormed a
        # drug rehabilitation centre in Ciudad Juárez and shot dead 17 people"
        (r"(?:drug |addiction )?rehab(?:ilitation)? (?:centres?|centers?|clinics?)", 3),
        # a prosecutor as the source of a toll is no trial: "32 people were killed, the prosecutor said"
        (r"trial|jury|jurors|prosecutors?(?! (?:said|says|say)\b)|prosecuted|defendants?|convicted|sentenced|pleaded guilty|"
         r"found guilty|charged with", 2),
        (r"arrested|suspects?|detectives?|felon|prisons?|jail(?:ed)?|inmates?|custody", 1),
        (r"domestic (?:violence|abuse)|child abuse|gunman|mass shootings?|school shootings?|shooting spree", 2),
        # a massacre or a rampage named by the everyday place a lone gunman struck, as the papers name it: "the Newtown
        # school massacre", "the campus rampage", "a cinema massacre" (militants who storm a school are told by who they are)
        (r"(?:school|schoolyard|campus|university|college|classroom|cinema|movie theat(?:er|re)|(?:shopping )?mall|workplace|office) "
         r"(?:massacres?|rampages?|killing spree)", 3),
        # a shooting named by the everyday place it struck, as local news and its readers name it: "after the
        # supermarket shooting", "the office shooting" (an officer killed there is no war's dead); not the nightclubs,
        # bars and concerts that gunmen of a cause strike too, whose place weighs on its own
        (r"(?:supermarket|grocery(?: store)?|store|(?:shopping )?mall|workplace|office|warehouse|parade|cinema|"
         r"movie theater) shootings?", 2),
        # a lone attacker told by a blade or a tool, with the verb of the attack, which is then his and not a war's word:
        # "a man with a knife attacked pupils at a primary school", "a knife-wielding man", "a knifeman", "a stabbing
        # spree", "a knife attack at a kindergarten" (militants' knife attacks are told by who they are or their war's
        # place, which a tie gives to conflict)
        (r"(?:(?:man|woman|youth|teenager|attacker|assailant) (?:armed )?with (?:a|an) (?:kitchen |meat )?(?:knife|cleaver|machete|"
         r"hammer|axe|sword)|(?:knife|cleaver|machete|hammer|axe)-wielding (?:man|woman|youth|teenager|attacker|assailant))"
         r"(?: (?:who )?(?:attacked|stabbed|slashed|hacked at))?|knife-?m[ae]n|stabbing (?:spree|rampage)|knife (?:rampage|attacks?)", 2),
        # the police's daily work, where officers are killed by those they came for: "two officers were shot dead
        # while responding to a domestic call", "a deputy was killed serving an arrest warrant"
        (r"domestic (?:calls?|disturbances?|disputes?)|traffic stops?|(?:serving|serve|served) (?:a |an )?(?:search |arrest )?warrants?", 2),
        (r"shootings?|shot(?! down)|killer", 1),
        # who did it says what it was: a robber, kidnappers for ransom, a relative, a prison riot,
        # outweighing the police, the hostages and the riot that conflict news shares
        (r"armed robber(?:s|y|ies)?|robber(?:s|y|ies)?|robbed|robbing|heists?|hold-ups?|honou?r killings?|honou?r crimes?", 3),
        # the armed robbers of South Asian English, in a gang: "dacoits shot dead a petrol pump attendant", "a dacoity
        # bid" (the Chambal's gangs and the Sundarbans' pirates, who loot and do not fight a cause)
        (r"dacoits?|dacoity|dacoities", 2),
        # violence against women by husbands and in-laws, counted by police and women's groups: "dowry deaths",
        # "bride burning", "acid attacks"
        (r"dowry (?:deaths?|killings?|murders?|harassment|violence)|bride[ -]burnings?|acid (?:attacks?|violence)", 3),
        (r"(?:killed|murdered|stabbed|strangled|beaten|shot|taken hostage|held hostage|abducted|attacked) by (?:her|his|their) (?:own )?(?:father|mother|parents|husband|wife|ex-husband|ex-wife|ex-partner|"
         r"boyfriend|girlfriend|partner|brothers?|sons?|stepfather|uncle|relatives?|family)", 3),
        # the partners and kin a statistic of killings names, with no possessive: "72 women were killed by intimate
        # partners", "killed by a current or former partner", "femicides rose by 10%" (an allied army's soldiers who
        # turn their guns on their trainers are told by their nation: "killed by their Afghan partners")
        (r"intimate[- ]partners?|femicides?|feminicides?|(?:killed|murdered|slain) by (?:a |an |their )?(?:(?:current or former|"
         r"former|male) )?(?:intimate partners?|ex-partners?|spouses?|husbands?|boyfriends?|family members?|relatives?)|"
         r"(?:killed|murdered|slain) by (?:a |their )?current or former partners?", 3),
        # a killing in the family: "shot dead his wife and three children", "a murder-suicide"
        (r"(?:shot dead|shot and killed|stabbed|strangled|murdered|beat to death|bludgeoned) (?:his|her|their) (?:own )?"
         r"(?:wife|husband|ex-wife|ex-husband|partner|girlfriend|boyfriend|children|daughters?|sons?|parents|mother|father|"
         r"family)|murder-suicides?", 3),
        # and told with who did it: "a man killed his wife and two children" (a strike that "killed his wife" is the war's)
        (r"(?:a man|husband|father|mother|woman) (?:who )?killed (?:his|her) (?:own )?(?:wife|husband|children|daughters?|sons?|"
         r"parents|family)", 3),
        # the suspects a crowd kills for a crime, in mob justice: "villagers lynched two suspected thieves", "a mob
        # beat to death three alleged kidnappers" (who the mob took them for outweighs the lynching)
        (r"(?:suspected|alleged|would-be) (?:thie(?:f|ves)|robbers?|burglars?|kidnappers?|child (?:abductors|snatchers|traffickers)|"
         r"car thieves|cattle thieves|pickpockets?|muggers?|rapists?|criminals?|witch(?:es)?)|"
         # and told by the crime they were taken to have done: "a mob killed three people suspected of stealing a cow",
         # "villagers beat to death two men accused of witchcraft"
         r"(?:suspected|accused) of (?:stealing|theft|robb(?:ery|ing)|burglary|witchcraft|sorcery|kidnapping|child abduction)", 3),
        # the police's killings of crime suspects, as Bangladesh's and India's papers tell them: "a suspected drug dealer
        # was killed in 'crossfire' with RAB members", "70 were killed in crossfire by RAB and police", "two gangsters were
        # killed in an encounter with police" (the forces' fights with rebels are told by the rebels: "Maoists")
        (r"(?:killed|died|shot dead|gunned down) in (?:an? |so-called |the )?['‘\"]?(?:crossfire|cross-fire|gunfight|encounter)['’\"]? "
         r"(?:with|by) (?:the )?(?:members of (?:the )?)?(?:RAB|Rapid Action Battalion|DB|Detective Branch|police)\b", 2),
        # mob justice told by its name: "mob justice is common in rural Kenya", "jungle justice" (a crowd that punishes
        # a suspected crime, not a sectarian mob)
        (r"(?:mob|jungle|street|vigilante|instant) justice", 3),
        # and a lynching told with no cause or community, which leans to it: "four young men were lynched by a mob in
        # the village", "a crowd lynched three men in Ayacucho" (a sect's or a militia's lynching is told by who did
        # it, or by the clashes and communities around it, which outweigh this)
        (r"lynch(?:ed|ing|ings)?|lynch mobs?", 1),
        # piracy at sea is a crime, whatever the pirates' country: "a Somali pirate was shot dead by a ship's guards"
        # ("Somali pirates killed 35 hostages": who did it outweighs the hostages, and the pirates' country, told with
        # them, names no war)
        (r"(?:(?:Somali|Nigerian|Yemeni|Indonesian) )?pirates?|piracy", 3),
        (r"prison (?:riots?|rioting|uprisings?|fights?|violence|massacres?)|(?:riots?|rioting|uprisings?|fights?) (?:at|in) (?:the |a )?"
         r"(?:[\w-]+ ){0,3}?(?:prison|jail|penitentiary)", 3),  # and its name: "a riot at the Urso Branco penitentiary"
        # fans fighting fans: "a riot at a football match", "hooligans"
        (r"(?:football|soccer) (?:riots?|violence|hooligans?|hooliganism)|hooligans?|hooliganism|"
         r"(?:riots?|fights?|brawls?|violence) (?:at|after) (?:a |the )?(?:football|soccer) (?:match|game)", 3),
        (r"gun violence|gun crime|gang violence|knife crime|drive-by|violent crimes?|organi[sz]ed crime|crime wave", 2),
        # and told by the fans: "clashes between rival fans", "two fans were stabbed in clashes between rival
        # supporters before the cup tie", "clashes between supporters of the two football clubs"
        (r"(?:clash(?:es)?|fights?|fighting|brawls?|violence|riots?) (?:between|among|involving) (?:rival )?(?:fans|supporters "
         r"of (?:the )?(?:two |rival )?(?:\w+ )?(?:clubs|teams|sides))|"
         r"(?:rival )?fans (?:clashed|fought|rioted)|rival supporters (?:before|after|during) (?:the |a )?(?:\w+ )?"
         r"(?:match|game|cup tie|derby|final)", 3),
        # the fans of a match told as the rioters, in the present of a headline too, and a riot named by its sport:
        # "Policemen injured as fans clash after derby", "fans of the two clubs fought running battles", "Hockey
        # riot in Vancouver" (a crowd of a cause is told by its cause)
        # (and by the club whose fans they are, and the stadium of the riot: "fans of Al-Masry attacked Al-Ahly
        # supporters", "the stadium riot in Port Said")
        (r"(?:football |soccer |hockey |home |away |visiting )?fans(?: of (?:the )?(?:two |both |rival )?(?:(?:\w+ )?(?:clubs|teams|sides)|"
         r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?))? "
         r"(?:clash|clashed|fought|fight|riot|rioted|rampaged|went on (?:a|the) rampage|attacked|stoned|pelted)|"
         r"(?:hockey|basketball|derby|cup|playoff|post-?match|post-?game|stadium) (?:riots?|rioting|violence)", 3),
        # and told by what the fans threw or by the whistle the trouble followed: "the visitors' fans let off flares",
        # "12 police were injured in clashes after the final whistle"
        (r"fans (?:let off|threw|hurled|lit|fired) (?:\w+ )?(?:flares|bottles|seats|coins|missiles|smoke bombs|fireworks)|"
         r"(?:clash(?:es)?|fighting|brawls?|violence|trouble|disorder|riots?) (?:after|before|at) the (?:final whistle|kick-off)", 3),
        (r"gang wars?|turf wars?", 3),  # gangs at war over a trade: "the gang war claimed 30 lives"
        # and their feuds and rivalries, as local crime news names them: "the attack was linked to gang rivalry",
        # "a gang feud in Spanish Town", "a shootout between rival gangs"; and South Africa's minibus taxi owners'
        # ("a feud between rival taxi associations", "the latest attack linked to the taxi feud", "a fight over routes")
        (r"gang (?:feuds?|rivalr(?:y|ies)|disputes?)|feuding gangs|rival gangs|taxi (?:feuds?|rivalr(?:y|ies)|disputes?|wars?|violence)|"
         r"rival taxi (?:associations|operators|owners|bosses)|(?:fights?|disputes?|feuds?|wars?) over (?:taxi )?routes", 3),
        # the bars and halls where gangs' gunmen kill, with no cause named: "gunmen killed 15 people at a pool hall"
        # (militants who storm a bar are told by their name or their war's place, which a tie gives to conflict)
        (r"(?:at|in|inside|outside) (?:a|an|the) (?:\w+ )?(?:pool hall|billiards? hall|bar|tavern|saloon|cantina|nightclub|"
         r"night club|disco(?:theque)?)", 3),
        # the parties and dances where gunmen kill, as local crime news tells them: "gunmen opened fire on guests at
        # a birthday party", "a shooting at a street dance in Kingston" (a party of politics is no place)
        (r"(?:at|in|during|on) (?:a |an |the )?(?:\w+ )?(?:(?:birthday|house|street|garden|pool|block|dinner|Christmas|"
         r"christening|graduation|engagement) part(?:y|ies)|street dances?|dance ?halls?|dancehall)|"
         # and the guests told by what they celebrated: "killed 17 young people celebrating a birthday" (a wedding's
         # guests are a bomber's targets too, and told by who struck)
         r"celebrating (?:a |an |the |his |her |their )?(?:\w+ )?(?:birthday|graduation|christening|baptism|quincea[nñ]era)", 3),
        # gunmen walking into a bar or a shop, told as local crime news tells them: the place says what it was, as
        # "cartel gunmen" does ("two gunmen walked into the tavern and opened fire", "gunmen burst into a
        # convenience store"); a war's gunmen are told by its place or its groups
        (r"gunm[ae]n (?:\w+ ){0,2}?(?:walked|burst|barged|came|went|ran) into (?:a|an|the) (?:[\w'’-]+ ){0,2}?"
         r"(?:bar|tavern|pub|saloon|nightclub|restaurant|diner|store|shop|gas station|party)", 3),
        # the robbers of a home, in the words of local crime news (no army's invasion): "a home invasion", "masked gunmen forced
        # their way into a home on Elm Street" (militants who storm a house are told by their war's place,
        # which a tie gives to conflict)
        (r"home[- ]invasions?|(?:forced|barged|pushed|kicked) (?:their|his|her) way into (?:a|an|the) (?:\w+ ){0,2}?"
         r"(?:home|house|apartment|duplex|residence|trailer)", 3),
        # not an office's name: "the police and crime commissioner" releases road and fire figures too
        (r"(?<!war )crimes?(?! commissioners?\b)|(?<!super-)criminals?", 1),
        (r"(?<!suicide )(?<!suicide-)suicides?(?! (?:bomb|attack|vest|car))|took (?:his|her|their) own li(?:fe|ves)", 2),
        # a suicide by fire in protest is a suicide still, whatever cause or place it is told with: "the 50th Tibetan to
        # self-immolate, and 41 of them have died"
        (r"self-?immolat(?:e|es|ed|ing|ions?)|set (?:himself|herself|themselves) (?:on fire|alight|ablaze)", 2),
    ],
    "disease": [
        # a mass poisoning by a metal, a gas or a drink, no one's weapon: "lead poisoning killed 400 children in
        # Zamfara", "a methanol poisoning in the Czech Republic", "carbon monoxide poisoning"
        (r"(?:lead|mercury|arsenic|methanol|alcohol|carbon monoxide|food|mushroom|pesticide) poisonings?", 3),
        # a tainted drink sold in India, Kenya and Indonesia, told as what was drunk or as a tragedy of its own: "the
        # hooch tragedy", "died after drinking spurious liquor", "the illicit brew claimed 40 lives" (not a police
        # firing on a mob protesting the sale of illicit liquor)
        (r"(?:drinking|drank|drunk|consuming|consumed|having) (?:an? |the |some )?(?:hooch|(?:spurious|illicit|illegal|toxic|"
         r"tainted|bootleg|adulterated|poisonous) (?:liquor|brews?|alcohol|arrack)|moonshine|chang['’]?aa)|(?:hooch|(?:spurious|"
         r"illicit|toxic|tainted|bootleg|adulterated|poisonous) (?:liquor|brews?|alcohol|arrack)) (?:tragedy|deaths?|victims?|"
         r"(?:has |had )?(?:killed|claimed))", 3),
        # the illnesses a war's veterans die of years later, from what they were exposed to at their post: "Agent Orange
        # killed my father in 2004", "burn pits have killed 3 men from my unit"
        (r"Agent Orange|burn pits?|Gulf War (?:illness|syndrome)", 3),
        (r"virus(?:es)?|coronavirus|covid(?:-19)?|pandemic|epidemic|outbreaks?|infect(?:ed|ions?|ious)", 2),
        (r"diarrh(?:o)?ea|dysentery|pneumonia|typhoid|meningitis|hepatitis|diphtheria|sepsis|SARS|MERS", 2),
        # an illness told as the cause of the deaths outweighs the camp or the war around them:
        # "12 children had died of diarrhoea in the camp", and of the illnesses an attack or a war left behind:
        # "1,100 responders have died of 9/11-related cancers"; so does a militant leader's own illness, told beside
        # the bombings he led: "the commander behind 2 bombings died of kidney failure"
        (rf"(?:died|dying|deaths?) (?:of|from) (?:[\w/-]+ )?(?:{ILLNESSES})", 3),
        # an illness that did the killing, beside the war it is weighed against: "the 1918 flu killed 50 million people,
        # more than the war itself"
        (r"(?:flu|influenza|cholera|measles|malaria|typhoid|tuberculosis|meningitis|the virus|pandemic|epidemic|outbreak|"
         rf"disease|{_SWEEPING_ILLNESSES}) (?:has |had |have )?(?:killed|claimed)", 3),
        # and an illness that broke out among them: "cholera broke out in the camps, killing 300 refugees from the fighting"
        (r"(?:cholera|measles|typhoid|dysentery|meningitis|ebola|disease|(?:an|a) (?:epidemic|outbreak)) (?:broke out|spread|swept)"
         r"|outbreaks? of (?:cholera|measles|typhoid|dysentery|meningitis|ebola|disease)", 3),
        (rf"flu|influenza|cancer|malaria|cholera|ebola|plague|HIV|AIDS|measles|tuberculosis|TB|dengue|polio(?! {_POLIO_CAMPAIGN})", 2),
        (r"diseases?|illness(?:es)?|vaccin(?:e|es|ate|ated|ation)|patients?|hospitali[sz]ed|ICU|symptoms", 1),
        (r"overdos(?:e|es|ed)|opioids?|fentanyl|heroin|drug deaths|premature deaths|air pollution|pollution", 2),
        # "health" as a field, not as the authority that reports a conflict's toll: "the health
        # ministry put the death toll at 12", "the Ministry of Health", "health officials said".
        (r"cases|mortality|heart (?:attacks?|disease|failure)|stroke|obesity|smoking"
         r"|(?<!ministry of )(?<!minister of )(?<!department of )health(?! (?:and safety|ministry|minister|officials?|authorit"
         r"(?:y|ies)|department|directorate|services|sources|workers|facilit(?:y|ies)))", 1),
        (r"World Health Organi[sz]ation|WHO|CDC|public health", 2),
        # a pandemic's round-up, country by country: "Israel has reported 500,000 cases and 3,000 deaths"
        (r"cases and|(?:new|confirmed|active) (?:cases|infections)", 2),
    ],
    "disaster": [
        # a storm, not the verb of an assault: "mourners tried to storm the prison", "Syria: troops storm Hama" (a
        # verb in lower case before a place's name; not "a storm Monday")
        (r"earthquakes?|quakes?|tsunamis?|floods?|flood ?waters|flooding|flash floods?|(?<!to )(?<!Desert )storms?(?! (?:the|a|an|into|its|their)\b)"
         rf"{_NO_VERB_STORMING}|hurricanes?|typhoons?", 2),
        # a hazard of nature that did the killing, beside a war it is weighed against: "the tsunami killed 230,000
        # people, more than any war that decade" (as the illnesses of ``disease``)
        (r"(?:earthquakes?|quakes?|tsunamis?|floods?|cyclones?|hurricanes?|typhoons?|tornado(?:es|s)?|landslides?|avalanches?|"
         r"heat ?waves?|wildfires?) (?:has |had |have )?(?:killed|claimed)", 3),
        # the great storms told by their names alone: "Nargis killed 84,500 people"
        (r"Nargis|Katrina|Haiyan|Sidr|Idai", 2),
        (r"cyclones?|tornado(?:es|s)?|wildfires?|bushfires?|forest fires?|landslides?|mudslides?", 2),
        (r"avalanches?|volcan(?:o|oes|ic)|eruptions?|heat ?waves?|droughts?|famine|monsoon|blizzards?", 2),
        (r"natural disasters?|disaster|rains?|winds?|weather", 1),
        (r"heat-related|extreme heat|heat exposure|temperatures? (?:reached|hit|soared|topped|rose|climbed)", 2),
        # hunger in a dry year: "Mali's hunger crisis has killed 200 children in the Sahel"
        (r"(?:hunger|food) crisis|malnutrition", 2),
        # the dead of a famine told by the centres that feed its starving: "730 children died in feeding centres"
        (r"(?:feeding|stabili[sz]ation) (?:cent(?:re|er)s?|clinics?)", 3),
        # and by what they died of, which a siege's words outweigh: "17 people died of starvation after three failed
        # rainy seasons" (not "23 people have starved to death in the besieged town")
        (r"starvation|starved to death|(?:died|dying|die|dead) (?:of|from) (?:hunger|malnutrition)|hunger-related", 2),
        (r"lightning(?: strikes?)?|struck by lightning", 2),
        # cold that kills by itself: "two elderly people died of cold as heavy snow blanketed the city"
        (r"(?:heavy )?snow(?:fall|storms?)?|cold (?:snaps?|spells?|waves?)|(?:died|perished) (?:of|from) (?:the )?cold|hypothermia", 2),
    ],
    "accident": [
        # (not a mishap denied: "they did not die by accident", "it was no accident")
        (r"crash(?:es|ed)?|collisions?|collided|(?<!not die by )(?<!n't die by )(?<!no )accidents?|accidental(?:ly)?|derail(?:ed|ment)|capsi[sz](?:ed|ing)", 2),
        (r"drown(?:ed|ing|ings)?|plunged|overturned|electrocuted|fell from", 2),
        # a person a vehicle hit on the road: "died after being hit by a bus", "knocked down by a car" (not a car bomb)
        (r"(?:hit|struck|run over|knocked down|mown down) by (?:a|an|the) (?:passing |speeding )?"
         r"(?:bus|car|train|truck|lorry|van|tram|taxi|motorbike|motorcycle|vehicle)(?! bomb)\b", 2),
        # a fall: "two people were treated in hospital after falls", "injured in a fall"
        (r"(?:after|in|from) (?:a |an |their |his |her )?(?:bad |heavy )?falls?\b", 2),
        (r"collapsed?", 1),
        # the tunnels smugglers dig, which fall in on them: "four men died when a smuggling tunnel under the border
        # collapsed" (one hit by an airstrike is told by it)
        (r"smuggling tunnels?|tunnel collapses?|collapse of (?:a|the) (?:smuggling )?tunnel", 2),
        # and told by its noun: "a mine collapse", "the collapse of a gold mine" (not "the collapse of the building"
        # that a strike hit)
        (r"(?:mine|building|roof|bridge|wall|stage|stand|ceiling|dam|tower) collapses?|collapse of (?:a|an|the) (?:\w+ )?"
         r"(?:mine|bridge|stage|stand|dam|tower|factory|mall)", 2),
        # what fell in by itself: "a smuggling tunnel collapsed", "the roof caved in" (a house hit by a strike is told by it)
        (r"(?:tunnels?|buildings?|roofs?|ceilings?|walls?|bridges?|houses?|stands?|stages?|platforms?|mines?) (?:collapsed|caved in|gave way)", 2),
        # a fire that broke out, where no one set it: "seven people died in a fire at a wedding hall", named by its
        # place too ("20 dead in the Sinai slum fire" in Nairobi, "died in the Grenfell Tower fire"); not one told as
        # what an event before it left, whose class the event's words say ("an airstrike hit the house; two children
        # died in the fire that followed"), nor a weapon's ("killed in the heavy artillery fire")
        (rf"(?:died|dead|killed|perished|burned to death) in (?:a|the) (?!ensuing |resulting )(?!(?:\w+ )?{_WEAPON_FIRE})"
         r"(?:[\w'’-]+ ){0,2}?(?:fire|blaze)(?!fights?\b)(?! that (?:followed|ensued|resulted))", 2),
        # a mishap in the forces: "soldiers" and "military" say who died, not what killed them
        (r"training (?:accidents?|exercises?|flights?|missions?|sorties?|drills?|jumps?|runs?)|(?:routine|military) "
         r"(?:drills?|exercises?)|(?:during|in) (?:an|a|the) (?:exercise|drill)|accidentally (?:discharged|fired|shot|exploded|detonated|went off)|"
         r"accidental discharge|negligent discharge", 3),
        # the forces' mishaps at home, told without a war: a drill or a march named by its kind ("died during a live-fire
        # exercise", "a heatwave exercise", "after the 16-mile selection march"), a round that blew up before its time
        # ("a mortar round exploded prematurely"), a barracks fire
        (r"(?:during|in|on) (?:an? |the )?(?:[\w-]+ )?(?:exercise|drill)|during training|(?:live-fire|army|naval|joint|field|night|"
         r"heat-?wave) (?:drills?|exercises?)|(?:selection|training|endurance|forced|loaded) march(?:es)?|(?:rounds?|shells?|grenades?|mortars?) "
         r"(?:\w+ )?exploded prematurely|premature (?:explosion|detonation) of (?:a|an|the) (?:\w+ )?(?:rounds?|shells?|grenades?|mortars?)|"
         r"(?<!opened )(?<!open )(?<!set )(?:fires?|blazes?)(?: broke out| swept through)? (?:at|in|through) "
         r"(?:an? |the )?(?:(?:army|military|police|naval|border guard) )?(?:barracks|dormitor(?:y|ies))|barracks fires?", 3),
        # what brought an aircraft or a vehicle down by itself, not an enemy's fire
        (r"(?:bad|poor|severe) weather|fog|(?:mechanical|technical|engine) (?:failure|fault|problems?)|"
         r"pilot error|bird strike|"
         # or what the forces rule out: "the coalition said there was no enemy activity in the area", "no sign of hostile fire"
         r"no (?:sign of |signs of |indication of |evidence of |reports? of )?(?:enemy|hostile|insurgent) (?:activity|fire|action|involvement)|"
         r"not (?:caused by|due to|the result of) (?:enemy|hostile|insurgent) (?:fire|action|activity)", 3),
        # the forces' mishaps in a war, told by what went wrong, not by an enemy: "died in a training crash near
        # Kandahar", "an accidental explosion while handling munitions", "a munitions ship blew up in the harbour",
        # "a fire broke out aboard the cruiser", "blaming faulty wiring" (a ship or a depot an enemy hit is told by
        # its strike)
        (r"training crash(?:es)?|accidental (?:explosions?|blasts?|detonations?|fires?)|while (?:handling|loading|"
         r"unloading|moving|transporting|storing) (?:\w+ )?(?:munitions|ammunition|explosives|shells|ordnance)|"
         r"(?:munitions|ammunition) (?:ships?|vessels?|trains?|trucks?|lorries) (?:\w+ ){0,3}?(?:blew up|exploded|"
         r"caught fire|went up)|fires? broke out (?:aboard|on board)|faulty wir(?:e|es|ing)|electrical (?:fault|fire)s?|"
         r"short[- ]circuits?", 3),
        # what a march or a drill kills by itself: "two soldiers died of heatstroke during a march"
        (r"heat ?stroke|heat exhaustion", 3),
        # vehicles that run into each other, a blaze's smoke: "two army trucks collided on a mountain
        # road", "five recruits died of smoke inhalation" (an enemy's fire is told by its attackers)
        (r"(?:trucks|lorries|vehicles|buses|cars|jeeps) collided|smoke inhalation", 3),
        # an animal's attack, not a militant's: "a pit bull attack killed a boy", "mauled by a bear"
        (r"(?:dog|pit ?bull|shark|bear|tiger|lion|leopard|crocodile|alligator|elephant|wolf|snake) attacks?|mauled", 3),
        # and told by the animal as the agent or by its bite: "the number of people killed by sharks",
        # "two children were bitten", "dog bites" (an attack told beside them is the animal's; dogs the police
        # set on a crowd are not)
        (r"(?:killed|attacked|taken|gored|trampled|savaged) by (?:a |an |the )?(?:(?!police |army |military |security )\w+ ){0,2}(?:sharks?|crocodiles?|alligators?|"
         r"dogs?|pit ?bulls?|bears?|tigers?|lions?|leopards?|elephants?|hippos?|wolves|snakes?)\b|"
         r"(?:sharks?|crocodiles?|pit ?bulls?) (?:kill|killed|attack|attacked|bit|bite)\b|(?:dog|snake|shark|crocodile)-?bites?|"
         r"(?:was|were|been|being) bitten", 3),
        # the wild animals of local news, told by their rabies or by their bite: "a rabid fox bit two people",
        # "both victims started rabies shots", "a coyote attacked a girl" (a "rabid" crowd or writer has no species)
        (r"rabies|rabid (?:fox(?:es)?|raccoons?|bats?|dogs?|cats?|coyotes?|skunks?|animals?)|(?:fox(?:es)?|coyotes?|cougars?|"
         r"mountain lions?|raccoons?|bobcats?|moose|bison) (?:attacks?|attacked|bites?|bit)\b", 3),
        (r"stampedes?|crowd crush|crush(?:es)? (?:at|on|outside)|crushed to death in the crowd", 3),  # a crush at a rally or a shrine
        # a vehicle that hit a thing or left the road (one driven into people may be an attack)
        (r"(?:car|vehicle|truck|lorry|bus|van|motorcycle|motorbike|tractor|sedan|SUV|pickup|minivan|hatchback) (?:(?:hit|struck|ran into|crashed into) (?:a|an|the) "
         r"(?:tree|wall|barrier|pole|lamp-?post|bridge|ditch|truck|lorry|bus|car|train|tanker)|veer(?:ed|s)|left the road|skid(?:ded|s)|"
         r"overturn(?:ed|s)|roll(?:ed|s) over|plunge[ds])", 2),  # a house hit by an airstrike collapses too
        # and told with whom it carried, as a mishap of the forces off duty is: "a bus carrying troops home on leave
        # overturned", "a lorry taking soldiers back to barracks skidded", "a truck carrying 40 former combatants to a
        # demobilisation camp overturned", and the headline's "army truck skids off road" (their vehicle that overturned
        # on a road in a war's place is the war's; a truck a mine overturned is told by the mine)
        (r"(?:bus|truck|lorry|vehicle|jeep|van|minibus) (?:carrying|taking|transporting|ferrying)(?: [\w'’-]+){1,8}? "
         r"(?:overturned|overturns|skidded|skids|rolled over|rolls over|flipped over|flips over|veered off|veers off)|"
         r"(?:bus|truck|lorry|vehicle|jeep|van|minibus) (?:skids|overturns|plunges|veers) (?:off|into|on)\b", 3),
        # and a death the sentence calls one: "six soldiers were killed in the accident"
        (r"(?:killed|died|injured|hurt|wounded) in (?:the|an|that) accident", 3),
        # a fire, a crush or a gas blast in a bar or a nightclub, which name a gang's shooting at 3 for crime: "a fire at
        # a nightclub in Santa Maria killed 231", "a stampede at a nightclub", "fire swept through a crowded bar"
        (r"(?:(?<!opened )(?<!open )(?<!opening )(?<!set )fires?|blazes?|stampedes?|crushes|crush|gas explosions?|gas blasts?)"
         r"(?: \w+){0,3}? (?:at|in|inside|through) "
         r"(?:a|an|the) (?:\w+ )?(?:bars?|pubs?|taverns?|nightclubs?|night clubs?|discos?|discotheques?|karaoke bars?)", 4),
        # what blew up names a mishap by itself: "a gas explosion", "the boiler blast"
        (r"(?:gas|methane|boiler|fireworks|chemical|factory|refinery|pipeline) (?:explosions?|blasts?)", 3),
        (r"(?:gas|LPG|propane|cooking gas|oxygen) (?:cylinders?|canisters?|tanks?|bottles?)|chemical (?:plants?|factory|factories|works|warehouses?)", 3),
        # a gas supply that failed: "a gas main exploded under the street", "a gas leak caused the blast"
        (r"gas (?:mains?|leaks?|pipes?) (?:exploded|blew up|burst|ruptured|caused)|gas leaks?", 3),
        # and the fault investigators blame for a blast: "a faulty gas pipe was to blame", "the explosion was blamed
        # on a leaking boiler" (not an attack blamed on a group)
        (r"faulty (?:gas )?(?:pipes?|pipelines?|mains?|valves?|cylinders?|boilers?|heaters?|stoves?)|"
         r"blamed on (?:a |an |the )?(?:gas|leak(?:ing|y)?|faulty|defective)\b", 3),
        # and a cooking cylinder's blast, told by itself in South Asian papers: "a cylinder blast at a dhaba left four
        # dead" (not a bomb hidden in one: "a bomb planted in a gas cylinder exploded")
        (r"cylinder (?:blasts?|explosions?|bursts?)", 3),
        # a mine told by its coal: "12 dead for cheap coal" under the headline "Mine blast kills 12" (a colliery's)
        (r"colliery|collieries|coal(?: ?mines?| ?pits?)?|mining|(?<!striking )miners", 2),  # "police fired on striking miners": no mine
        # a road accident is a mishap of its own, for soldiers too: "4 soldiers died in a road accident in Kunar"
        # and so is a road vehicle's crash: "24 soldiers killed in a bus crash in Kashmir" (an aircraft's crash is
        # not, alone: it may have been shot down)
        (r"(?:road|traffic|vehicle) accidents?|(?:car|road|traffic|bus|truck|lorry|van|coach|minibus|jeep|tractor|motorcycle|"
         r"motorbike) (?:crash|accident)(?:es|s)?", 3),
        # and the road's "mishap" of South Asian English: "killed in a road mishap", "a tragic mishap on the highway"
        (r"mishaps?", 3),
        (r"(?:car|road|traffic|bus|train|plane|air|boat|ferry|mining|industrial|work(?:place)?|motorcycle|motorbike|truck|"
         r"lorry|van|coach|minibus|tractor) (?:crash|accident|disaster)s?", 2),
        # an army's stores that blew up by themselves: "the ammunition depot blast", "explosions at the arms dump"
        # (and told in a title without its article, or by the shells that went off there: "Blast at army munitions dump",
        # "shells exploded at the army depot")
        (r"(?:ammunition|arms|munitions) (?:depot|dump)s? (?:explosions?|blasts?|fires?)|(?:explosions?|blasts?|fires?|shells exploded)"
         r"(?: broke out)? (?:at|in) (?:an? |the )?(?:(?:army|military) (?:(?:ammunition|arms|munitions) )?|(?:ammunition|arms|munitions) )"
         r"(?:depot|dump)s?", 3),
        # and told by its verb: "an ammunition depot blew up in the capital", "the arms dump caught fire"
        (r"(?:ammunition|arms|munitions|weapons) (?:depot|dump|store)s? (?:blew up|exploded|caught fire|went up)", 3),
        # a workplace's mishaps: "scaffolding collapsed on a building site"
        (r"scaffolding|(?:building|construction) sites?|health and safety", 2),
        # what a road or a railway carries that blows up by itself: "the fuel tanker exploded"
        (r"tankers?", 2),
        # an explosion of what a factory makes or stores: "the explosion at the fireworks factory"
        # (not a town's show of them, held or called off: "the mayor cancelled the Fourth of July fireworks")
        (r"(?<!July )(?<!Day )(?<!Year's )(?<!cancelled the )(?<!canceled the )(?<!called off the )fireworks"
         r"(?! (?:displays?|shows?|celebrations?))|(?:explosions?|blasts?) at (?:a|an|the) (?:chemical |power |steel |textile )?(?:factory|plant|refinery|warehouse|depot|mine)", 2),
        # and the works told by its owner or its town, as business news names it: "an explosion at the company's
        # Rotterdam plant", "a blast at the Tianjin factory", "the explosion at Sinopec's refinery" (not an army's
        # or a militia's site: "a blast at the army's ammunition depot")
        (r"(?:explosions?|blasts?) at (?:(?:an?|the|its)(?= [A-Z])|(?:the )?(?:company|firm|group|[A-Z][\w&.-]*)['’]s)"
         r"(?: [A-Z][\w-]*){0,2} (?:factory|plant|refinery|warehouse|works|mill|smelter)\b", 2),
        # what sinks at sea: "the migrant boat capsized", "a shipwreck off the island", "the ferry's sinking" (not
        # "the sinking of the Belgrano", a ship an enemy sank)
        (r"(?:migrant|refugee|fishing|rubber|passenger) boats?|shipwrecks?|boats? (?:sank|capsized|overturned)|"
         r"(?:ferry|boat)['’]s sinking", 2),
        # and the boat told by whom it carried: "a wooden boat carrying migrants from Turkey broke apart"
        (r"(?:boats?|dinghy|dinghies|vessels?|trawlers?|ships?) (?:carrying|packed with|crammed with|full of) (?:\w+ ){0,2}?"
         r"(?:migrants|refugees|asylum seekers)", 2),
        # the everyday words of a road's mishaps, as local news and readers tell them: "lost two friends in a car
        # wreck", "a tour bus went off the road", "49 children died in hot cars" (a wreck a bomb left is told by it)
        (r"(?:car|truck|bus|motorcycle|motorbike|road|traffic|highway) wrecks?|(?:went|ran|veered|careered|careened|slid|"
         r"spun) off the (?:road|highway|freeway|interstate)|hot cars?", 2),
        # a vehicle gone off the road: "the truck plunged into a gorge" (what an enemy does is told by it)
        (r"(?:plunged|fell|veered|skidded|toppled) (?:into|off|down|from) (?:a |an |the )?(?:\w+ )?(?:gorge|ravine|river|valley|"
         r"canal|ditch|cliff|precipice|abyss|mountainside|bridge)", 3),
        (r"motorists?|drivers?|pedestrians?|passengers|flight|airline|ferry", 1),
        # the traffic police, who tell a road's dead: "the state highway patrol said" (no army's patrol)
        (r"highway patrol", 2),
        (rf"(?<!opened )(?<!open )fire(?! on(?! {_WEEKDAY}))|blaze|gas leak|factory", 1),  # "a fire on Tuesday"
        # a fire in a home, started by what is in it: "died in a house fire caused by a candle" (an arson is set)
        (r"house fires?|(?:electrical|kitchen|chimney|candle) fires?|short circuit|faulty wiring", 2),
        # a fire aboard a vehicle, told as a noun: "a fire on a passenger train killed 32", "the fire on board the ferry"
        # (the shots fired on a bus are told by who fired them: "troops opened fire on a bus")
        (r"(?:a|the) fire on (?:board )?(?:a |an |the )?(?:[\w-]+ )?(?:trains?|bus|coach|ferry|ship|boat|plane|aircraft|tanker)", 2),
        # a fire told as breaking out, by itself, in a war's city too: "the fire started in the kitchen during a wedding
        # party" in Kabul (one a shell or an arsonist started is told by them)
        (r"(?:fire|blaze) (?:broke out|started|began)(?! after)", 2),
        # a fire named by the building it broke out in: "the hospital fire killed 82 patients" (a building set on fire
        # is told by who set it)
        (r"(?:hospital|nightclub|night club|hotel|hostel|dormitory|cinema|karaoke bar) (?:fires?|blazes?)", 2),
        # the works where a blast is a mishap, told without it: "the explosion on the Deepwater Horizon rig killed 11
        # workers", "a blast tore through the furnace area of a steel mill" (one a bomb hit is told by the bomb)
        (r"refiner(?:y|ies)|(?:oil|gas|drilling) rigs?|Deepwater Horizon|(?:steel|textile|cotton|jute|paper|sugar|flour|rice|"
         r"spinning) mills?|(?:blast )?furnaces?|(?:power|fertili[sz]er|petrochemical|cement|steel|gas|processing) plants?", 2),
        # a household's or a workshop's appliance that blew up by itself: "a bakery's oven exploded"
        (r"(?:ovens?|stoves?|boilers?|heaters?|generators?|cookers?|kilns?) (?:exploded|blew up|caught fire)", 3),
    ],
    "other": [
        # "died in his sleep"; not the killed, shot or stabbed in their sleep, whose killing was an attack
        (r"natural causes|old age|(?<!killed )(?<!murdered )(?<!shot )(?<!stabbed )in (?:his|her|their) sleep|peacefully", 2),
        # executions after a court's sentence: the state's punishment, neither crime nor war
        (r"death[- ]row|death penalty|death sentences?|sentenced to death|lethal injection|gallows", 2),
        # and told by the conviction the state hanged them for, or by its count of them: "Iran hanged four men convicted
        # of armed robbery", "bringing the number of executions this year to 66", "Singapore has hanged 420 people
        # since 1991", "Saudi Arabia beheaded 76 people last year", "Iran executed at least 360 people in 2011" (a group's
        # killing of captives is told by the group: "militants executed 82 soldiers"); the conviction outweighs the war
        # words, the charge read with it ("Iraq hanged 21 men convicted of terrorism": ``events`` drops
        # the charge's war words of the figure it counts)
        (_EXECUTED_FOR_A_CHARGE, 2),
        (r"(?:number|tally|total) of executions|executions (?:this|last|so far this) year|(?:hanged|executed|beheaded|put to death) "
         r"(?:more than |at least |over |about )?[\d,]+ (?:people|men|women|prisoners|inmates|convicts) "
         r"(?:since|so far|(?:last|this) year|in (?:19|20)\d\d)\b", 2),
        # a protest's fasters taken ill, as South Asian papers tell a fast-unto-death: "three teachers on hunger
        # strike were hospitalised" (their own fast, no one's blow)
        (r"hunger[- ]strik(?:e|es|ers?|ing)|fast(?:ing)?[- ]unto[- ]death", 3),
    ],
    "sport": [
        (r"strikers?|goalkeepers?|goalies?|midfielders?|penalt(?:y|ies)|hat-tricks?|referees?", 2),
        (rf"{_PARTY_LEAGUES}leagues?(?! for Democracy)|Premier League|World Cup|Champions League|tournaments?|championships?|playoffs?|Olympics?", 2),
        (r"innings|wickets?|batsm[ae]n|bowlers?|touchdowns?|quarterbacks?|pitchers?|NBA|NFL|NHL|MLB|FIFA|UEFA", 2),
        # the players by their positions: "the point guard has killed three defenders off the dribble"
        (r"point guards?|shooting guards?|linebackers?|wide receivers?|running backs?|full-?backs?|"
         r"cent(?:re|er)-?backs?|fly-?halves?|outfielders?|infielders?|defensemen", 2),
        (r"matches|match|fixtures?|scored|goals?|coach|season|team(?:mates?|s)?|players?|fans|stadium", 1),
        # a play told in a fan's words: "Hurts killed 3 defenders on that TD run", "Jones died out there, 7 sacks"
        # (not the defenders of a town or a base: "killed four defenders of the outpost")
        (r"(?:TD|touchdown|scoring) runs?|\d+ sacks\b(?! of)|sacked (?:\w+ ){0,2}times|(?:killed|beat|burned|roasted|skinned) "
         r"(?:\w+ )?defenders (?:on|with|off|in) (?:that|this|the|one|a|his|her) (?:\w+ )?(?:run|move|play|dribble|drive)\b", 3),
        # a player out hurt, told by the games he will miss: "two other backs are injured and will miss the game
        # against Clermont", "ruled out for the rest of the season", "on the injured list"
        (r"miss (?:the|this|next|their|his|her|its|[A-Z]\w+'s) (?:\w+ ){0,2}?(?:games?|match(?:es)?|tie|fixtures?|finals?|"
         r"semi-finals?|season|Tests?|derby|opener|second leg|grand prix)\b|ruled out (?:for|of) (?:the rest of )?(?:the )?"
         r"(?:season|game|match|tie|Test|tournament)|injur(?:ed|y) (?:list|reserve)", 3),
    ],
    "fiction": [
        # a story's hero and its whole run: "throughout the series, the protagonist kills 30 enemy fighters"
        # (the protagonists of a war are its sides)
        (r"(?:throughout|over the course of|across) the (?:film|movie|novel|book|series(?! of)|show|game|season)", 3),
        (r"(?:the|its|his|her) protagonist", 2),
        # a story told of its plot or its play: "the film depicts the battle", "the game lets you kill"
        (r"(?:the|this) (?:film|movie|novel|book|series|show|game|documentary) (?:depicts|portrays|dramati[sz]es|recounts|"
         r"lets you|allows you)", 3),
        (r"in the (?:new |latest |upcoming |original )?(?:film|movie|novel|book|video game|game|series(?! of)|show|episode|sequel|comic)"
         r"|the (?:film|movie|novel|book|series|show|story|plot) (?:follows|tells|centres|centers|revolves)|starring|stars as", 3),
        # a plot's back-story, told by where the story starts: "the narrator's father was killed by the Taliban years
        # before the story begins", "when the novel opens, two of the brothers are already dead"
        (r"(?:before|when|as|after) (?:the|this) (?:story|novel|film|movie|book|play|series|game) (?:begins|opens|starts)", 3),
        # a series' last episode, where its plot ends: "dozens of gladiators are slaughtered in the finale"
        (_FINALE, 3),
        # an episode's or a chapter's plot: "episode seven follows the company at Foy", "the second chapter follows"
        (r"(?:episode|chapter|instalment|installment) (?:\w+ )?(?:follows|tells|centres|centers|revolves)", 3),
        # a story told by whose it is, and a play's: "Ridley Scott's film follows a company of Rangers", "her novel
        # tells", "the play follows a Scottish regiment" (a documentary's is of what happened; "the film follows" is above)
        (r"(?<!the )(?<!this )(?<!new )(?<!latest )(?<!debut )(?<!second )(?<!third )(?:film|movie|novel|book|series|show) (?:follows|"
         r"tells|centres|centers|revolves)|(?:play|musical) (?:follows|tells|centres|centers)", 3),
        # a film's first or last minutes, told of what they show: "the opening 20 minutes recreate the landing"
        (r"the (?:opening|first|final|last|closing) (?:\d+|few|ten|fifteen|twenty|thirty|forty) minutes (?:recreate|show|depict)", 3),
        (r"films?|movies?|box office|sequel|trailer|novels?|novelist|fiction|video ?games?|gamers?|Netflix|HBO", 2),
        # an action film's or a horror film's plot, told by a reader or a review: "zombies kill thousands in Jerusalem"
        (r"super-?villains?|super-?criminals?|henchm[ae]n|zombies?", 3),
        # the parts of a plot, a debut's plot, an actor's part: "the final act, in which eight die",
        # "her debut novel follows a miner's sister", "superb as the medic who treats 12 wounded men"
        (rf"{_PLOT_PARTS}|{_DEBUT}(?:follows|tells|centres|centers)|{_PLAYED_AS}(?:the|a|an)", 3),
        # a review, by its title: "Review: 'Outpost Kilo'", "Dead Harbour 2 review: ...", "Book of the week"
        (r"review(?=:)|(?:film|movie|book|game|album|TV|theatre|theater) reviews?|"
         r"(?:book|film|album|game|read|watch) of the (?:week|month|year)", 3),
        # the games by name or by kind: "Review: Call of Duty", "the multiplayer mode"
        (r"Call of Duty|Grand Theft Auto|Medal of Honou?r|Counter-Strike|Fortnite|first-person shooters?|multiplayer|"
         r"Modern Warfare|Black Ops|Battlefield \d+|Spec Ops|Gears of War|Ghost Recon|Rainbow Six|Splinter Cell|Metal Gear|"
         r"Far Cry|Wolfenstein|Halo \d+|respawn(?:s|ed|ing)?|cutscenes?|boss fights?|side quests?|"
         r"single-player|gameplay|playthrough", 3),
        # a strategy game's play, as its forums tell it: its turns, its computer side and its patches, and the
        # war games by name ("lost 40,000 men in the first two turns at Stalingrad", "the AI wiped out my army",
        # "patch 1.3 fixed the artillery", "my Hearts of Iron campaign")
        (r"(?:first|next|last|few|two|three|four|five|ten) turns(?! (?:of|in|on|along)\b)|"
         r"the AI(?= (?:killed|wiped|destroyed|slaughtered|beat|keeps|always|never|is|was|has|had|will|just))|"
         r"patch \d+(?:\.\d+)+|save ?games?|grand strategy|turn-based|Total War|Hearts of Iron|Europa Universalis|"
         r"Company of Heroes|Steel Division|War Thunder|World of Tanks", 3),
        # a shooter game's scores, as its players tell them: "my best kill streak", "47 kills, 2 deaths, a 3.1 K/D"
        (r"kill ?streaks?|killstreaks?|K/D(?: ratio)?|kill/death ratio", 3),
        # a game's play, told of its campaign or its modes: "the campaign lets you kill 500 enemy soldiers"
        (r"(?:lets|allows) (?:you|players|gamers)", 3),
        # a game's story mode, told by its kind, its parts or its length: "the co-op campaign", "the campaign
        # missions", "the campaign runs about seven hours" (a war's campaign lasts days, not hours)
        (r"(?:story|single-player|co-op|solo) campaign|campaign (?:mode|missions?)|campaign (?:runs|lasts|takes) (?:about |"
         r"around |roughly |just |under |over |some )?(?:\w+|\d+) hours", 3),
        # what a game's play earns: "kill 50 enemies to unlock the sniper rifle", "the final boss"
        (r"(?:to|and) unlock (?:the|a|an|new|more|all|extra|every)|unlockables?|(?:first|final|last|next) (?:level|boss)", 3),
        # a game's play told by its levels or by what it asks of the player: "in the opening level you watch a
        # fellow Marine killed", "a game where you get points for killing 50 police officers"
        (rf"{_GAME_LEVELS}|{_GAME_WHERE}(?:you|players|gamers)", 3),
        (r"vampires?|superheroes?|episodes?|characters?|screenplay|actors?|actress|film director|cast members?", 2),
        # a reader's word on a film's scene of battle: "the best war scene ever filmed", "the battle scenes"
        (_BATTLE_SCENES, 3),
        (r"plot|director|cast(?!(?-i: Lead)\b)", 1),  # not Israel's "Operation Cast Lead"
        (r"book|series|season finale|comic|anime|Game of Thrones|Marvel|Star Wars|levels?|players?", 1),
    ],
}


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    weight: int
    starts: frozenset[str] | None  # the word starts it is tried at (None: searched through the text)
    # a cue searched through the text: the ASCII words, in lower case, of which each of its matches
    # holds one (``literal_run``; a text holding none of them is not searched)
    plain: tuple[str, ...] | None = None


def _cue(words: list[str], weight: int, flags: re.RegexFlag) -> Cue:
    """The cue of some alternatives, with the starts (lower case, up to five characters) where its
    matches begin; a start that a shorter one of them begins is left out."""
    pattern = re.compile(rf"\b(?:{'|'.join(words)})\b", flags)
    starts: set[str] = set()
    for alternative in words:
        found = word_starts(alternative, long=True)
        if found is None:  # searched through every text: first made to pass over in C where no word starts
            runs = tuple(literal_run(word).lower() for word in words)
            return Cue(re.compile(_opening(words) + pattern.pattern, flags), weight, None, runs if all(runs) else None)
        starts |= found
    return Cue(pattern, weight, frozenset(start for start in starts if not _prefixes(start) & starts))


def _prefixes(start: str) -> set[str]:
    """The shorter starts that ``start`` begins with ("in", "in ", "in t" for "in th")."""
    return {start[:length] for length in range(1, len(start))}


def _opening(words: list[str]) -> str:
    """A lookahead for the first characters of ``words`` ("(?=[9MS])" for "9/11|Milosevic|Saddam",
    "(?=[Tst\\d])" for "(?:TD|touchdown|scoring) runs?|\\d+ sacks|sacked") when each opens on a
    letter, a digit or a group of them that is neither optional nor repeated, else nothing."""
    starts: set[str] = set()
    for word in words:
        found = first_characters(word)
        if found is None:
            return ""
        starts |= found
    return f"(?=[{''.join(sorted(starts))}])" if starts else ""


def _entries() -> dict[str, list[Cue]]:
    out: dict[str, list[Cue]] = {}
    for event, entries in _LEXICON.items():
        compiled = []
        for pattern, weight in entries:
            alts = alternatives(pattern)  # acronyms keep their capitals: "WHO" is not "who"
            acronyms = [a for a in alts if a.isupper() and len(a) <= 5]
            words = [a for a in alts if a not in acronyms]
            if acronyms:
                compiled.append(_cue(acronyms, weight, re.NOFLAG))
            if words:
                compiled.append(_cue(words, weight, re.IGNORECASE))
        out[event] = compiled
    return out


CUES: dict[str, list[Cue]] = _entries()

# Every cue in order, and which of them may match at a word starting with given letters.
_ALL: list[tuple[str, Cue]] = [(event, cue) for event, cues in CUES.items() for cue in cues]


def _by_start() -> dict[str, list[int]]:
    """Start (up to five characters, lower case) -> the cues (indexes in ``_ALL``) tried there."""
    found: dict[str, list[int]] = {}
    for index, (_, cue) in enumerate(_ALL):
        for start in cue.starts or ():
            found.setdefault(start, []).append(index)
    return found


_AT_START = _by_start()
_MATCH_AT = [cue.pattern.match for _, cue in _ALL]  # the cues' ``match`` methods, by index in ``_ALL``
_UNINDEXED = [index for index, (_, cue) in enumerate(_ALL) if cue.starts is None]
# The words of the lower-case text where some cue may match: most words start otherwise, and the
# regex passes them over in C.  Every start opens on a letter, so a word starts where no word
# character stands before: "(?<!\w)" says so as "\b" does, but is not also true at each word's end,
# where "\b" had the starts tried for nothing (speed).
_WORD_START = re.compile(rf"(?<!\w)(?={word_alternation(set(_AT_START))})[a-z]+")
_START_LENGTH = max(len(start) for start in _AT_START)


@lru_cache(maxsize=1 << 14)  # bounded: the five characters are the text's
def _cues_at(start: str) -> tuple[int, ...]:
    """The cues that may match where the text goes on with ``start`` (five characters)."""
    return tuple(index for length in range(1, len(start) + 1) for index in _AT_START.get(start[:length], ()))


def find_cues(text: str) -> list[tuple[str, int, str, int]]:
    """Every cue word of ``text``: (event class, weight, the word as written, where it starts).

    Each cue is tried only at the words that start as its matches do; what it finds there is
    what searching the whole text for it finds, in the same order."""
    if FOLDS_TO_ASCII.search(text):  # a word starting with one is not seen by ``_WORD_START``: search whole
        found = [(index, match) for index, (_, cue) in enumerate(_ALL) for match in cue.pattern.finditer(text)]
    else:
        lower = lower_aligned(text)
        found = _matches_at_word_starts(text, lower)
        found += [(index, match) for index in _UNINDEXED if _may_hold(lower, _ALL[index][1])
                  for match in _ALL[index][1].pattern.finditer(text)]  # fmt: skip
        found.sort(key=itemgetter(0))  # stable: each cue's matches are already in text order
    return [(_ALL[index][0], _ALL[index][1].weight, match.group(0), match.start()) for index, match in found]


def _may_hold(lower: str, cue: Cue) -> bool:
    """Whether a match of ``cue`` may be in the text whose lower case is ``lower``, a text without
    the letters of ``FOLDS_TO_ASCII``: there, only where one of its plain words is in ``lower``."""
    if cue.plain is None:
        return True
    return any(map(lower.__contains__, cue.plain))


def _matches_at_word_starts(text: str, lower: str) -> list[tuple[int, re.Match[str]]]:
    """The matches of the cues tried at word starts (each cue's index in ``_ALL``, the match),
    in text order: what ``finditer`` of each finds, as no match of it starts elsewhere: its
    first match at one of its words, then the first from where that one ends, and so on.
    ``lower`` is ``text`` in lower case, character for character."""
    found: list[tuple[int, re.Match[str]]] = []
    ends: dict[int, int] = {}  # cue index -> where its latest match ends
    ended, match_at = ends.get, _MATCH_AT  # (speed) looked up once, not per word
    for word in _WORD_START.finditer(lower):
        at = word.start()
        for index in _cues_at(lower[at : at + _START_LENGTH]):
            if at >= ended(index, 0):
                match = match_at[index](text, at)
                if match:
                    ends[index] = match.end()
                    found.append((index, match))
    return found


# The conflict words that crime and missing-person news shares: the police who find a body, a
# man shot dead, violence, a government, a gunman who opened fire, robbers' hostages in a bank
# siege, a police raid on a suspect and its exchange of fire.  They lean to conflict, but alone they make none: "police believe the woman was killed",
# "the body of a woman was found, police said", "two hostages were killed when officers stormed
# the bank"; nor does the tear gas the police fire at a barricaded gunman or a crowd ("officers used
# tear gas to force the man out"), where no protesters are named; nor a lynching, a village's mob
# justice as often as a sect's ("two men were lynched by a mob in the village").
_SHARED_CONFLICT_WORDS = re.compile(
    r"police(?: officers)?|policem[ae]n|gendarmes?|security(?: personnel)?|forces|government|checkpoints?|patrols?|"
    r"convoys?|bases?|camps?|stormed|gunfire|shot dead|gunned down|attackers|assailants|violen(?:ce|t)|casualties|"
    r"hostages?|siege|opened fire(?: on)?|raids?|exchanges? of fire|tear gas|lynch(?:ed|ing|ings)?|lynch mobs?",
    re.IGNORECASE,
)


# The words that say soldiers are there, not that a war is: a crash that kills them is the war's
# only where a war, its place or its enemy is named ("in Afghanistan", "insurgents").
_FORCES_WORDS = re.compile(_FORCES, re.IGNORECASE)


@cache
def names_a_war(word: str) -> bool:
    """Whether a conflict cue word names a war, its place or its enemy, not only the forces."""
    return names_conflict_alone(word) and not _FORCES_WORDS.fullmatch(word)


# The places of a war: a figure beside one is told in a war's context ("the bodies of 12 men,
# bound and shot, were dumped overnight, police said" in news from Baghdad).
_WAR_PLACE_WORDS = re.compile("|".join(_WAR_PLACES), re.IGNORECASE)


@cache
def names_a_war_place(word: str) -> bool:
    """Whether a conflict cue word is a place, a people or a sect news names a war by."""
    return bool(_WAR_PLACE_WORDS.fullmatch(word))


_RULER_WORDS = re.compile(_RULERS_OF_A_CRACKDOWN, re.IGNORECASE)


def murders_a_crackdown_s_victims(clause: str) -> bool:
    """Whether a clause whose verb is "murdered" names a war's or a crackdown's victims as the murdered."""
    return _VICTIMS_OF_A_CRACKDOWN.search(clause) is not None


def names_a_ruler_of_a_crackdown(word: str) -> bool:
    """Whether a conflict cue word names a ruler whose forces killed their own people ("Mubarak")."""
    return _RULER_WORDS.fullmatch(word) is not None


@cache
def names_conflict_alone(word: str) -> bool:
    """Whether a conflict cue word says conflict by itself ("airstrike", "militants", "Gaza"), not
    only alongside one that does ("police", "shot dead", "violence")."""
    return not _SHARED_CONFLICT_WORDS.fullmatch(word)


_DRUG_WAR_WORDS = re.compile(_DRUG_WAR, re.IGNORECASE)


_FORCES_FIGHT_CARTELS_WORDS = re.compile(_FORCES_FIGHT_CARTELS, re.IGNORECASE)


@cache
def names_the_forces_fight_with_cartels(word: str) -> bool:
    """Whether a conflict cue word tells the army's or the navy's own fight with a cartel's men ("marines shot dead
    five suspected cartel members"), whose cartel words name the enemy, not a crime."""
    return _FORCES_FIGHT_CARTELS_WORDS.fullmatch(word) is not None


_EXECUTED_FOR_A_CHARGE_WORDS = re.compile(_EXECUTED_FOR_A_CHARGE, re.IGNORECASE)


def names_executions_for_a_charge(word: str) -> bool:
    """Whether an ``other`` cue word tells a state's executions with the conviction and its charge ("hanged 21 men
    convicted of terrorism"), whose charge words name what the executed were tried for, not the event."""
    return _EXECUTED_FOR_A_CHARGE_WORDS.fullmatch(word) is not None


@cache
def names_the_drug_war(word: str) -> bool:
    """Whether a conflict cue word names Mexico's drug war as a whole ("the war on the cartels")."""
    return _DRUG_WAR_WORDS.fullmatch(word) is not None


NOT_EVENT_CLASSES = frozenset({"sport", "fiction"})
EVENT_CLASSES = ("conflict", "crime", "disaster", "disease", "accident", "other")
