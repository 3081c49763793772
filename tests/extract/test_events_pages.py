"""Whole pages of every kind, read as the crawler reads them: the figures stored as casualties of
a conflict must be the conflict's, and the figures of no event must not be stored at all (issue 14).

Each page is written for the test in the shape of a news or blog page of 2007-2023: a title, a
body of several paragraphs (with its sidebar of other headlines where a site prints one) and a
few reader comments, each comment extracted apart with the page's title, as the spiders send
them.  ``want`` holds the figures an analyst stores, with their class; ``also`` the figures that
may be stored or not (another event's figure, a reader's claim) but only with the class given.
A third of the pages (``held_back``) were kept aside while the rules were written."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest

from crawler.extract.document import extract_document
from crawler.extract.records import Tally

Figure = tuple[int, str, str]  # count, outcome, event class


@dataclass(frozen=True)
class Page:
    name: str
    title: str
    body: str
    comments: tuple[str, ...] = ()
    want: tuple[Figure, ...] = ()
    also: tuple[Figure, ...] = ()
    held_back: bool = False


PAGES = [
    Page(
        "pandemic round-up",
        "Coronavirus in the Nordics: what we know on Thursday",
        """Norway has reported more than 90,000 cases and 640 deaths since the start of the pandemic, the Institute of Public Health said on Thursday. The country of 5.4 million recorded 1,102 new infections over the past day.

Neighbouring Sweden, which never imposed a full lockdown, has registered 13,900 deaths, while Denmark has counted 2,400. Finland reported three new deaths overnight, bringing its toll to 912.

Hospital admissions have fallen for a third week, with 41 patients in intensive care across Norway. Health officials warned that a new variant could still drive up infections over the winter.

Read more: Vaccine rollout: which groups are next in line?""",
        comments=(
            "Sweden's strategy killed thousands of old people in care homes, full stop.",
            "Meanwhile the flu kills about 650,000 people a year worldwide and nobody shuts anything.",
        ),
        also=((640, "killed", "disease"), (13900, "killed", "disease"), (2400, "killed", "disease"),
              (3, "killed", "disease"), (912, "killed", "disease")),
    ),
    Page(
        "football match report",
        "Rovers 3-0 Athletic: Okafor double seals derby massacre",
        """Rovers produced a ruthless display to inflict a 3-0 massacre on their local rivals at a sold-out Meadow Lane on Saturday afternoon.

Okafor, who has now scored in each of his last five games, killed the contest inside 20 minutes with a header and a penalty. The striker has converted 14 of his last 15 spot kicks.

Athletic were dead and buried by half-time, and manager Tony Briggs admitted his side had been "shot to pieces" in the first half. "We died a death out there," he said. "Two injuries in the warm-up killed us, and after that three of our back four were missing."

Captain Lee Hanley limped off with a hamstring injury on the hour, and two more Athletic players were booked for dissent.

The win lifts Rovers to third, four points off the top, while Athletic sit 19th with 11 defeats from their 23 games.""",
        comments=(
            "Our midfield was dead on its feet, 3 subs made no difference whatsoever.",
            "Briggs has killed this club. 11 defeats, out of both cups. Sack him.",
        ),
    ),
    Page(
        "tech product news",
        "Google quietly kills another messaging app",
        """Google has announced that Allo will shut down in March, making it the third chat app the company has killed in five years.

The app was dead on arrival when it launched in 2016, critics say, with few users prepared to switch from WhatsApp. Support for the older Hangouts desktop client is now officially dead as well.

"Every time they kill a product, 2 million loyal users lose their chat history," one developer wrote on
Twitter. The company said exports would be available until the end of the month.

Google has killed more than 200 products since 2006, according to the fan-run Killed by Google site,
which lists 12 shut down last year alone.

Related: The five killer features we want in Android 10 | Is the smartwatch dead?""",
        comments=(
            "I lost 3 years of photos when they killed Picasa. Never trusting them again.",
            "They killed Reader, they killed Inbox, and now this. RIP.",
        ),
    ),
    Page(
        "charity appeal",
        "World Malaria Day: how £5 can protect a family",
        """Malaria killed an estimated 619,000 people in 2021, most of them children under five in sub-Saharan Africa, according to the World Health Organization.

A single bed net costs less than £5 and protects two children for up to three years. Each donation can save up to three lives, and our partners in Malawi distributed 400,000 nets last year.

"Before the nets came, we lost two or three children in the village every rainy season," said Grace
Phiri, a health worker in Mangochi district. "Last year we lost none."

Every two minutes a child dies of malaria. Together we can end that.

Donate today: your gift of £25 could help protect ten families.""",
        comments=("Donated. My grandfather died of malaria in Kenya in 1952, this one matters to me.",),
        also=((619000, "killed", "disease"),),
    ),
    Page(
        "politics column with polemic comments",
        "Why the statue debate is really about who tells the story",
        """The row over the statue in the market square has split the council, with 23 members voting to move it to a museum and 19 voting to leave it where it is.

Historians point out that the general, who led the county's regiment in the Peninsular War, was celebrated in his time. Others note that his campaigns killed thousands and enriched a few.

The council will consult residents again in the spring before a final vote.""",
        comments=(
            "By that logic we'd pull down every statue in Paris. Napoleon killed a million men for his vanity.",
            "Cromwell massacred 3,500 people at Drogheda and he still has a statue outside Parliament.",
            "Stalin starved 7 million Ukrainians and people still wave his picture. Statues are history.",
        ),
    ),
    Page(
        "obituary",
        "Margaret Hollis, pioneering GP, dies aged 91",
        """Margaret Hollis, who became one of the first women to run a rural general practice in Wales, has died at the age of 91. She died peacefully at home in Llandrindod Wells on Sunday, her family said.

Born in 1931, she qualified in 1956 and joined her father's practice two years later. Her husband,
Alun, died in 1998; she is survived by two sons, four grandchildren and a great-grandson.

Over 38 years she delivered more than 1,200 babies in farmhouses and cottages across the county.

A funeral will be held at St Mary's Church on 14 March.""",
        comments=("She delivered me and both my brothers. A wonderful woman. RIP Dr Hollis.",),
    ),
    Page(
        "road-safety statistics",
        "Road deaths fall to lowest level on record",
        """The number of people killed on Britain's roads fell to 1,558 last year, the lowest figure since records began, the Department for Transport said on Thursday.

A further 27,450 people were seriously injured. Pedestrian deaths fell by 7 per cent, but 392 pedestrians still lost their lives, an average of more than seven a week.

Motorcyclists remain the most at risk: they make up one per cent of traffic but 19 per cent of deaths. Campaigners said the figures showed that 20mph limits save lives.

"Every one of these deaths is a family destroyed," said a spokesman for the road-safety charity Brake.""",
        comments=("Drink driving still kills about 5 people every week in this country. Ban it outright.",),
        also=((1558, "killed", "accident"), (27450, "wounded", "accident"), (392, "killed", "accident")),
    ),
    Page(
        "war film review",
        "Review: 'Outpost Kilo' is a brutal, gripping war film",
        """Director Sam Hale's second feature drops us into a remote base in eastern Afghanistan in 2009, where a platoon of 40 men is surrounded by hundreds of insurgents.

In the film, the soldiers kill 30 Taliban fighters in the first assault alone, and the final act, in which eight Americans die, is among the most harrowing sequences in recent cinema.

Hale based the script on interviews with veterans, though he has changed names and compressed the timeline. Newcomer Josh Reyes is superb as the medic who treats 12 wounded men under fire.

Outpost Kilo opens nationwide on Friday. Rated R, 2 hr 10 min.""",
        comments=("Saw it last night. The scene where the sergeant dies wrecked me.",),
    ),
    Page(
        "novel review",
        "Book of the week: The Long Dark Seam",
        """Set in a Yorkshire pit village in 1984, Anna Wright's debut novel follows Jean, whose brother is one of 12 miners killed when the roof of a tunnel collapses in the opening chapter.

The book then moves back and forth between the strike and the present day, when Jean, now 70, returns to the village. Wright writes with great tenderness about grief; by the end, three more characters have died, each death handled with restraint.

The Long Dark Seam (Faber, £16.99) is out now.""",
        comments=("My grandad was a miner at Kellingley. Bought it for him.",),
    ),
    Page(
        "video game review",
        "Dead Harbour 2 review: more zombies, fewer ideas",
        """Dead Harbour 2 picks up a year after the first game, with the coastal town of Port Sable overrun. Over the 20-hour campaign you will kill thousands of infected with everything from shotguns to fishing hooks.

The new co-op mode lets four players team up, and the best moments come when a horde of 200 zombies swarms the lighthouse. Killing 50 in one combo unlocks the flamethrower.

The story is thin, though: two companions die in cutscenes you can see coming a mile off.

Verdict: 6/10. Dead Harbour 2 is out now on PS5, Xbox Series X and PC.""",
        comments=("I died 14 times on the lighthouse level and rage quit.",),
    ),
    Page(
        "places named like outcome words",
        "Road trip: from Wounded Knee to Deadwood in three days",
        """We started at Wounded Knee, on the Pine Ridge reservation, where a small memorial marks the mass grave of the Lakota killed by the US Army in 1890.

From there it is a three-hour drive to Deadwood, the old gold-rush town where Wild Bill Hickok was shot over a poker game in 1876. Today it has 1,270 residents and 80 casinos.

We finished at Devils Tower, just across the Wyoming line. Next year: Deadhorse, Alaska, at the end of the Dalton Highway.

Tip: book motels early in August, when 500,000 bikers descend on Sturgis.""",
        comments=("Bury St Edmunds to Deadwood is my dream trip too!",),
    ),
    Page(
        "business news",
        "Retailer's collapse puts 4,000 jobs at risk",
        """The department store chain Harlow & Finch has gone into administration, putting 4,000 jobs at risk and leaving 86 stores facing closure.

The firm's rescue deal died on Tuesday after lenders refused to extend a £120 million credit line. The pandemic killed off what was left of its high-street business, analysts said.

Administrators said 12 stores would close immediately with the loss of 540 jobs. Online sales will continue while buyers are sought.

Shares in rival chains rose 3 per cent on the news.""",
        comments=("Online shopping killed the high street years ago. 3 more chains will go this year.",),
    ),
    Page(
        "conflict page with a sidebar of other news",
        "Syria: air strikes on Idlib market kill 23 civilians",
        """Air strikes on a crowded market in the town of Ariha in Idlib province killed 23 civilians, including six children, and wounded at least 40 on Monday, rescue workers said.

The White Helmets civil defence group said the planes struck twice, hitting rescuers who had rushed to the scene. The Syrian Observatory for Human Rights blamed Russian jets.

The attack was the deadliest in the province since a ceasefire was agreed in March.

MORE NEWS
Bus plunges into gorge in Peru, killing 14
Man, 34, dies after fight outside pub in Leeds
Premier League: Chelsea crush Burnley 5-0""",
        comments=("The world watches while Assad and Putin bomb markets. 23 more dead.",),
        want=((23, "killed", "conflict"), (6, "killed", "conflict"), (40, "wounded", "conflict")),
        also=((14, "killed", "accident"), (1, "killed", "crime"), (23, "killed", "conflict")),
    ),
    Page(
        "conflict page with polemic comments",
        "Four soldiers killed by roadside bomb in Helmand",
        """Four British soldiers were killed when a roadside bomb struck their armoured vehicle in Helmand province on Tuesday, the Ministry of Defence said.

A fifth soldier was seriously wounded and flown to Camp Bastion. The patrol was returning from a shura with village elders near Sangin.

The deaths bring to 372 the number of British service personnel killed in Afghanistan since 2001.""",
        comments=(
            "RIP lads. 372 families who will never be the same.",
            "And how many Afghans have we killed? Nobody counts them.",
        ),
        want=((4, "killed", "conflict"), (1, "wounded", "conflict"), (372, "killed", "conflict")),
        also=((372, "killed", "conflict"),),
    ),
    Page(
        "election news",
        "Election 2015: Liberal Democrats lose 49 seats",
        """The Liberal Democrats lost 49 of their 57 seats in Thursday's general election, in what party veterans called a massacre.

The leader's hopes of holding the balance of power died in the early hours as seat after seat fell. "The coalition killed us," one former minister said. "We are not dead, but we are wounded."

Three cabinet ministers were among the casualties. The party's vote fell to 7.9 per cent.

The Scottish National Party won 56 of 59 seats in Scotland.""",
        comments=("The tuition fees pledge killed them, 2010 was the beginning of the end.",),
    ),
    Page(
        "hospital statistics",
        "Trust apologises after sepsis deaths",
        """The Royal County Hospital recorded 14 deaths from sepsis last year that could have been avoided, an independent review has found.

The hospital's mortality rate was 12 per cent higher than expected, the review said. In 2019 the trust was fined after two patients died following delays in the emergency department.

The chief executive apologised to the families and said a new screening tool had been introduced.""",
        comments=("My mum was one of the 14. Nobody was ever held accountable.",),
        also=((14, "killed", "disease"), (14, "killed", "other"), (2, "killed", "disease"), (2, "killed", "other")),
    ),
    Page(
        "storm report",
        "Storm Ciara: six dead as winds reach 90mph",
        """At least six people have died as Storm Ciara swept across northern Europe, bringing winds of up to 90mph and flooding.

In Poland, a woman and her two daughters were killed when a roof collapsed on their car, and a man died in Slovenia when a tree fell. In Sweden, a fisherman is missing.

More than 2,000 flights were cancelled. The storm is expected to ease by Tuesday.""",
        comments=("Roof blown off our shed, nothing compared to these poor families.",),
        also=((6, "killed", "disaster"), (3, "killed", "disaster"), (1, "killed", "disaster"), (1, "missing", "disaster")),
    ),
    Page(
        "crime report",
        "Man jailed for life for double murder in Salford",
        """A man who stabbed two people to death at a house party in Salford has been jailed for life, with a minimum term of 32 years.

Dean Parkes, 29, killed Liam O'Neill, 24, and Kerry Walsh, 27, in the early hours of 3 June. A third guest was wounded.

The judge said Parkes had shown no remorse.""",
        comments=("32 years is not enough for two lives.",),
        also=((2, "killed", "crime"), (1, "wounded", "crime")),
    ),
    Page(
        "festival review",
        "Glastonbury 2019: Stormzy kills it on the Pyramid Stage",
        """Stormzy absolutely killed it on Friday night, becoming the first British black solo artist to headline the Pyramid Stage in front of a crowd of around 100,000.

Earlier, The Killers drew a huge audience to the Other Stage, while the Grateful Dead tribute act Dead Centre played to a packed tent.

Over the weekend 203,000 people attended the festival. Two people were treated in hospital after falls, organisers said.""",
        comments=("The crowd was dead for the first two songs then it went off.",),
        also=((2, "wounded", "accident"),),  # the festival's falls: an accident's hurt
    ),
    Page(
        "date ranges and ages",
        "Ebola: five lessons from the West African outbreak",
        """The 2014-2016 Ebola epidemic in West Africa killed 11,310 people, more than all previous outbreaks combined.

The virus spread fastest among people aged 15-44, and health workers were 21 to 32 times more likely to be infected than the general population.

In the 1976-1979 outbreaks in Zaire and Sudan, the virus was contained within months.""",
        comments=("The WHO was slow in 2014. Let's hope they learned.",),
        also=((11310, "killed", "disease"),),
    ),
    Page(
        "hypotheticals",
        "What would a nuclear strike on a city really do?",
        """A single 100-kiloton warhead detonated over a major city could kill up to 400,000 people in the first hours, according to modelling by researchers at Princeton.

If the weapon were detonated at ground level, the fallout could kill tens of thousands more downwind. A full exchange between the superpowers would kill hundreds of millions.

The researchers say the aim is not to frighten but to inform the debate over new arms control talks.""",
        comments=("Hiroshima killed 140,000 people by the end of 1945. These numbers are real.",),
        also=((140000, "killed", "conflict"),),
    ),
    Page(
        "tech blog with related posts",
        "Why I finally switched to Linux",
        """After 15 years on Windows, I spent last weekend moving my main machine to Fedora. The installer took 12 minutes.

The killer feature for me is the package manager. My old laptop's battery died after three hours on Windows; on Linux it now lasts five.

Two of my games refused to run, and I lost an afternoon to a driver bug that killed the Wi-Fi.

RELATED POSTS
5 killer apps every developer needs
Flash is dead: what it means for web games
Ten features Apple killed in 2016
Is the desktop PC dead?""",
        comments=("The year of the Linux desktop died a thousand deaths already :)",),
    ),
    Page(
        "conflict page with a most-read sidebar",
        "Baghdad car bomb kills 12 at checkpoint",
        """A car bomb exploded at a police checkpoint in the Karrada district of Baghdad on Sunday, killing 12 people and wounding 30, police and hospital officials said.

Among the dead were five policemen. No group claimed responsibility, but the attack bore the hallmarks of al-Qaeda in Iraq.

MOST READ
1. Ebola death toll passes 4,000
2. Hollywood legend dies at 84
3. Five killed in Texas tornado""",
        want=((12, "killed", "conflict"), (30, "wounded", "conflict"), (5, "killed", "conflict")),
        also=((4000, "killed", "disease"), (1, "killed", "other"), (5, "killed", "disaster")),
    ),
    Page(
        "mountaineering news",
        "Two climbers die on K2 as summit season turns deadly",
        """Two climbers died on K2 on Friday when an avalanche swept the route above Camp 3, expedition organisers said. A third is missing.

The deaths bring to 91 the number of people who have died on the mountain since 1954. Sixty climbers reached the summit this season.""",
        comments=("K2 kills about one climber in four who reach the top. Madness.",),
        also=((2, "killed", "accident"), (2, "killed", "disaster"), (1, "missing", "accident"),
              (1, "missing", "disaster"), (91, "killed", "accident"), (91, "killed", "disaster")),
    ),
    Page(
        "gun control debate",
        "Senate blocks background-check bill",
        """The Senate on Wednesday blocked a bill that would have expanded background checks to gun sales online and at gun shows, four months after 20 children and six staff members were killed at Sandy Hook Elementary School.

The measure fell six votes short. The president called it "a pretty shameful day for Washington".""",
        comments=(
            "About 30,000 Americans die from guns every year. This bill was the least we could do.",
            "Chicago had 500 murders last year with the strictest laws in the country.",
        ),
        also=((20, "killed", "crime"), (6, "killed", "crime"), (500, "killed", "crime")),
    ),
    Page(
        "anniversary of an attack",
        "7/7 ten years on: London remembers",
        """Ten years ago today, four suicide bombers attacked three Tube trains and a bus in central London, killing 52 people and injuring more than 700.

Survivors and relatives gathered at the memorial in Hyde Park at 11.30 for a minute's silence.""",
        comments=("I was on the Piccadilly line that morning. Never forget.",),
        want=((52, "killed", "conflict"), (700, "wounded", "conflict")),
    ),
    Page(
        "server outage",
        "Cloud outage takes down thousands of websites",
        """A configuration error at a major cloud provider knocked thousands of websites offline for three hours on Tuesday.

Engineers said a faulty update killed 12,000 processes on its edge servers. "It was dead in the water," one customer said. Services were restored by 3pm.""",
        comments=("The outage killed half a day of sales for us.",),
    ),
    Page(
        "air crash inquiry",
        "Boeing agrees $2.5 billion settlement over 737 Max",
        """Boeing has agreed to pay more than $2.5 billion to settle a criminal charge that it defrauded regulators over the 737 Max, whose two crashes killed 346 people.

Lion Air flight 610 crashed into the Java Sea in October 2018, killing all 189 on board, and Ethiopian Airlines flight 302 crashed five months later, killing 157.""",
        comments=("$2.5 billion for 346 lives. Nobody went to jail.",),
        also=((346, "killed", "accident"), (189, "killed", "accident"), (157, "killed", "accident")),
    ),
    # The held-back pages.
    Page(
        "pandemic daily update",
        "India reports record 4,529 deaths in a day",
        """India reported 4,529 deaths from Covid-19 in the past 24 hours on Wednesday, the highest daily toll recorded by any country since the pandemic began.

The country has now recorded more than 25 million cases and 283,000 deaths. Experts say the real figure may be several times higher.

In Delhi, crematoriums have been running around the clock.""",
        comments=("The government's Kumbh Mela decision killed thousands.",),
        also=((4529, "killed", "disease"), (283000, "killed", "disease")),
        held_back=True,
    ),
    Page(
        "cup tie report",
        "City 7-1 United: FA Cup rout as hosts run riot",
        """City ran riot in a 7-1 massacre of their neighbours in the FA Cup fourth round on Sunday.

Mendes killed off the tie with two goals in four minutes before half-time. United's keeper, who has saved three of the last five penalties he faced, was beaten seven times.

United, whose season died a slow death in the autumn, have now lost eight of their last ten games.""",
        comments=("We were dead after the second goal. 8 defeats in 10 is relegation form.",),
        held_back=True,
    ),
    Page(
        "browser retirement",
        "Microsoft finally pulls the plug on Internet Explorer",
        """Internet Explorer is officially dead. Microsoft ended support for the browser on Wednesday, 27 years after it launched.

At its peak in 2003 it had 95 per cent of the market. Its death was slow: Chrome killed its market share within a decade, and Microsoft's own Edge replaced it as the default in 2015.

Some 2 million business PCs still rely on it, according to one estimate.""",
        comments=("My monitor has 3 dead pixels, still more useful than IE ever was.",),
        held_back=True,
    ),
    Page(
        "emergency appeal",
        "East Africa drought: famine threatens millions",
        """More than 13 million people face severe hunger across Kenya, Ethiopia and Somalia after the fourth failed rainy season in a row.

Your gift of £20 could help save two lives by treating children for severe malnutrition. In 2011, a similar drought killed 260,000 people in Somalia alone, half of them children.

Every minute counts: a child dies every 48 seconds in the region.""",
        comments=("Donated £20. Thank you for the work you do.",),
        also=((260000, "killed", "disaster"), (260000, "killed", "other")),
        held_back=True,
    ),
    Page(
        "history polemic under a culture piece",
        "Columbus Day or Indigenous Peoples' Day?",
        """More US cities are replacing Columbus Day with Indigenous Peoples' Day, with 14 states now marking the second Monday of October in honour of Native Americans.

Supporters say the change recognises the violence that followed the explorer's arrival.""",
        comments=(
            "Columbus and the conquistadors killed millions. Why would anyone celebrate that?",
            "The British Empire killed 100 million in India over 200 years, nobody cancels Churchill.",
        ),
        held_back=True,
    ),
    Page(
        "actor's obituary",
        "Actor Robert Vane dies aged 78",
        """Robert Vane, the actor best known for the 1970s detective series Hartley, has died peacefully at home aged 78, his agent said.

Vane appeared in more than 60 films. His older brother was killed in Korea in 1951, an experience he said shaped his anti-war views.

He is survived by his wife, the actress Clare Denham, and three children.""",
        comments=("Loved him in Hartley. RIP.",),
        also=((1, "killed", "conflict"),),
        held_back=True,
    ),
    Page(
        "pedestrian safety",
        "US pedestrian deaths hit 40-year high",
        """Drivers struck and killed 7,508 pedestrians on US roads last year, the highest number since 1981, according to the Governors Highway Safety Association.

That is an average of 20 deaths every day. Large SUVs are increasingly to blame, researchers say, and one in every five pedestrian deaths happens in a hit-and-run.""",
        comments=("Our street has had 3 crashes this year and the council does nothing.",),
        also=((7508, "killed", "accident"),),
        held_back=True,
    ),
    Page(
        "conflict page with a sidebar",
        "Yemen: coalition air strike on wedding kills 17",
        """An air strike by the Saudi-led coalition hit a wedding party in Hajjah province on Saturday, killing at least 17 civilians and wounding 25, Houthi officials and medics said.

Most of the victims were women and children. The coalition said it would investigate.

ELSEWHERE
Flooding in Kerala kills 37
Bury FC expelled from Football League
Tech giant kills off its smart speaker""",
        want=((17, "killed", "conflict"), (25, "wounded", "conflict")),
        also=((37, "killed", "disaster"),),
        held_back=True,
    ),
    Page(
        "travel piece",
        "Black Hills by motorbike",
        """Our route from Rapid City took in Mount Rushmore, Custer State Park and the Needles Highway before ending in Deadwood, population 1,200.

On the third day we rode to Wounded Knee, a sobering stop, and then back through Bury's Gap, a tiny hamlet with one gas station.

Fuel is scarce: we carried two spare cans.""",
        comments=("Deadwood is a must. We lost 40 dollars at the casino in one night!",),
        held_back=True,
    ),
    Page(
        "workplace fine",
        "Construction firm fined £1.2m over deaths of two workers",
        """A construction firm has been fined £1.2 million after two workers died when a trench collapsed on a housing site in Kent.

The men, aged 23 and 41, were buried under three tonnes of soil. A third worker was injured.""",
        comments=("£600,000 a life. Shameful.",),
        also=((2, "killed", "accident"), (1, "wounded", "accident")),
        held_back=True,
    ),
    Page(
        "think-tank hypothetical",
        "What a war with Iran would look like",
        """A war with Iran could kill tens of thousands in the first weeks, analysts warn, and would close the Strait of Hormuz.

Iran's missiles could reach US bases in the Gulf where 40,000 troops are stationed. If a strike hit a base, hundreds of Americans might die.""",
        comments=("Iraq killed half a million people and we learned nothing.",),
        also=((500000, "killed", "conflict"),),
        held_back=True,
    ),
    Page(
        "conflict page with reader claims",
        "Ukraine: Russian shelling kills five civilians in Kherson",
        """Russian shelling killed five civilians and wounded 11 in the city of Kherson on Thursday, the regional governor said.

A bus stop and a supermarket were hit. Among the wounded were two children.

Ukraine's military said its forces had repelled attacks near Bakhmut.""",
        comments=("Russia has lost 100,000 men already and for what?",),
        want=((5, "killed", "conflict"), (11, "wounded", "conflict"), (2, "wounded", "conflict")),
        also=((100000, "killed", "conflict"),),
        held_back=True,
    ),
    Page(
        "press review",
        "The drone debate, ten years on",
        """A 2013 report by the Bureau of Investigative Journalism found that CIA drone strikes had killed up to 3,400 people in Pakistan since 2004, including as many as 890 civilians.

The programme's defenders say it killed dozens of senior al-Qaeda commanders.""",
        comments=("3,400 dead and most of them never named.",),
        want=((3400, "killed", "conflict"), (890, "killed", "conflict")),
        # "dozens" is 24 (first written here as 12, against the project's reading of it)
        also=((3400, "killed", "conflict"), (24, "killed", "conflict")),
        held_back=True,
    ),
    Page(
        "conflict page with related stories",
        "Boko Haram gunmen kill 30 villagers in Borno",
        """Suspected Boko Haram gunmen killed 30 villagers and abducted 12 women in an overnight raid on Kautikari in Borno state, residents and a local militia leader said on Sunday.

The attackers arrived on motorcycles, set houses on fire and shot people as they fled. Eight of the dead were children.

RELATED STORIES
Nollywood star dies at 56 after short illness
Lassa fever kills 41 in three states
Super Eagles thrash Benin 3-0 in qualifier""",
        comments=("Since 2009 this insurgency has killed 35,000 people and the army still cannot protect a village.",),
        want=((30, "killed", "conflict"), (12, "captured", "conflict"), (8, "killed", "conflict")),
        also=((1, "killed", "disease"), (1, "killed", "other"), (41, "killed", "disease"), (35000, "killed", "conflict")),
        held_back=True,
    ),
]


def stored(page: Page) -> list[Tally]:
    """The figures stored for the page: its body's, then each comment's."""
    found = list(extract_document(page.body, None, "en", "body", page.title).tallies)
    for comment in page.comments:
        found += extract_document(comment, None, "en", "comment", page.title).tallies
    return found


def _false(page: Page, tallies: list[Tally]) -> list[Figure]:
    """The figures stored that no analyst would: a conflict figure not wanted (nor allowed) as
    the conflict's, or a figure of no event (its count and outcome are none of the page's)."""
    allowed = Counter(page.want) + Counter(page.also)
    told = {(count, outcome) for count, outcome, _ in allowed}
    false: list[Figure] = []
    for tally in tallies:
        figure: Figure = (tally.count, tally.outcome, tally.event)
        if allowed[figure] > 0:
            allowed[figure] -= 1
        elif tally.event == "conflict" or (tally.count, tally.outcome) not in told:
            false.append(figure)
    return false


def _lost(page: Page, tallies: list[Tally]) -> list[Figure]:
    """The conflict figures wanted but not stored as the conflict's."""
    found: Counter[Figure] = Counter((t.count, t.outcome, t.event) for t in tallies)
    return list((Counter(f for f in page.want if f[2] == "conflict") - found).elements())


# The pages still read wrong, and why (left for other rules).
_KNOWN = {
    "politics column with polemic comments": (
        "'his campaigns killed thousands' in the body: the history test reads the figure's own sentence only, and "
        "the war that dates 'his campaigns' (the Peninsular War) is named in the sentence before"
    ),
    "storm report": (
        "'a woman and her two daughters were killed' is stored as one figure per item of the list (1 and 2, "
        "summing to the 3 wanted), as every list of people is; one figure of 3 would change that for all lists"
    ),
    "crime report": (
        "the two victims named one by one are stored as 1 and 1, marked as restating the 2 of 'stabbed two people "
        "to death' (their sum is right); this test counts a restating figure as one stored"
    ),
}


def _marked(pages: list[Page]) -> list[object]:
    return [pytest.param(page, id=page.name, marks=pytest.mark.xfail(reason=_KNOWN[page.name], strict=True))
            if page.name in _KNOWN else pytest.param(page, id=page.name) for page in pages]  # fmt: skip


@pytest.mark.parametrize("page", _marked(PAGES))
def test_a_page_stores_no_figure_an_analyst_would_not(page: Page) -> None:
    assert _false(page, stored(page)) == []


@pytest.mark.parametrize("page", [p for p in PAGES if p.want], ids=[p.name for p in PAGES if p.want])
def test_a_page_keeps_its_conflict_figures(page: Page) -> None:
    assert _lost(page, stored(page)) == []


def figures(text: str, title: str | None = None, kind: str = "body") -> list[Figure]:
    found = extract_document(text, None, "en", "comment" if kind == "comment" else "body", title).tallies
    return [(t.count, t.outcome, t.event) for t in found]


# A reader's blame laid on a policy, a strategy or a decision is an argument, no event's toll; a
# reader's figure of an attack, or the same words in a report's body, still are figures.
@pytest.mark.parametrize(
    ("text", "kind", "want"),
    [
        ("The mayor's austerity policies killed hundreds of homeless people in this city.", "comment", []),
        ("Berlin's energy decision has killed thousands of pensioners this winter, mark my words.", "comment", []),
        ("Their zero-Covid strategy killed more people than the virus ever did.", "comment", []),
        ("The junta's lockdown has killed 3,000 people in Yangon alone.", "comment", []),
        ("The army killed 300 protesters in Khartoum and nobody cares.", "comment", [(300, "killed", "conflict")]),
        ("Drones killed 40 people in Rafah today, and the policy of silence goes on.", "comment",
         [(40, "killed", "conflict")]),
    ],
)
def test_a_reader_s_blame_of_a_decision_is_no_toll(text: str, kind: str, want: list[Figure]) -> None:
    assert figures(text, kind=kind) == want


# A proportion of the dead is no toll, its noun told between or its number in words: "one climber in
# four", "one in every five deaths"; one victim of several attacks or days is still a toll.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Heatstroke kills one farm worker in six who fall ill in the fields.", []),
        ("One in every three road deaths in the county involves a drunk driver.", []),
        ("Measles still kills one child in twenty before the age of five in the province.", []),
        ("One in ten workers at the mine died of silicosis, a study found.", []),
        ("Floods killed one man in two villages near Sylhet on Monday.", [(1, "killed", "disaster")]),
        ("Gunmen killed one guard in three separate shootings in Lagos this week.", [(1, "killed", "conflict")]),
        ("A fire killed one person in four days of wildfires in Attica.", [(1, "killed", "disaster")]),
    ],
)
def test_one_in_a_number_is_a_proportion(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A comparison after a figure is no second victim: "killed 40 people, more than half of them children".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The strike on the market killed 40 people, more than half of them children.", [(40, "killed", "conflict")]),
        ("The siege killed 2,300 civilians, more than any battle of the war.", [(2300, "killed", "conflict")]),
        ("Militants killed 3 soldiers and wounded 2 more in the ambush.", [(3, "killed", "conflict"), (2, "wounded", "conflict")]),
    ],
)
def test_more_after_a_figure_is_a_comparison(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The headlines of other stories that a page lists under a heading are none of its figures.
@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled the town overnight.\n\nMORE NEWS\nBus plunges into gorge in Peru, killing 14\nStocks rally",
        "Troops entered the city on Monday.\n\nMost read\n1. Ebola death toll passes 4,000\n2. Five killed in Texas tornado",
        "The ceasefire held for a third day.\n\nRelated stories:\nGunmen kill 9 at wedding in Zamfara",
        "Talks resume in Geneva on Friday.\nRead more: Flooding in Kerala kills 37",
    ],
)
def test_a_figure_in_a_list_of_other_stories_is_not_stored(text: str) -> None:
    assert figures(text, "Syria: army retakes Palmyra") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a live page's update and a monitor's list of incidents are the page's own
        ("Latest: 12 killed in Kabul blast\nMore to follow.", [(12, "killed", "conflict")]),
        ("KEY INCIDENTS\nKandahar: 3 soldiers killed in roadside bomb", [(3, "killed", "conflict")]),
        # running text after a heading is the page's own
        ("RELATED\nInsurgents attacked the base at dawn and killed 6 soldiers, the army said.", [(6, "killed", "conflict")]),
    ],
)
def test_the_page_s_own_lines_are_kept(text: str, want: list[Figure]) -> None:
    assert figures(text, "Afghanistan: attacks kill soldiers") == want


# A match report's title, two sides and the score: a massacre, a double and injuries are the match's.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rovers 3-0 Athletic: derby massacre", "Two injuries in the warm-up killed us, and three of our back four were missing."),
        ("Lakers 118-96 Celtics: blowout in Boston", "Their bench was slaughtered, and 2 starters left injured."),
        ("Wanderers suffer 7-1 massacre at home", "Four of their defenders were missing and two more were injured early on."),
    ],
)
def test_a_match_report_s_title_makes_its_figures_the_match_s(title: str, text: str) -> None:
    assert figures(text, title) == []


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Senate votes 52-48 on war powers", "An air strike killed 14 civilians in Marib last week.", [(14, "killed", "conflict")]),
        ("Israel-Gaza: 40 killed in strikes", "Air strikes killed 40 people in Rafah, health officials said.", [(40, "killed", "conflict")]),
    ],
)
def test_a_title_without_a_match_s_score_keeps_the_war_s_figures(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A plot's parts, a debut's plot, an actor's part, a review's title: no event.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Review: 'Hill 60' is a brutal war film", "The soldiers hold the ridge for days, and the final act, in which nine Marines die, is hard to watch."),
        ("Book of the week: The Long Seam", "Her debut novel follows Jean, whose brother is one of 12 miners killed when a tunnel collapses."),
        ("Review: 'Dust Road'", "Newcomer Ana Ruiz is superb as the medic who treats 12 wounded men under fire."),
        ("Ash Valley review: more of the same", "The campaign throws 200 insurgents at you, and two allies die in the opening chapter."),
    ],
)
def test_a_review_s_plot_is_no_event(title: str, text: str) -> None:
    assert [f for f in figures(text, title) if f[2] == "conflict"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the final days of the siege, 40 civilians were killed by shelling.", [(40, "killed", "conflict")]),
        ("The new film follows the trial of the men who killed 8 aid workers in Kunduz.", [(8, "killed", "conflict")]),
    ],
)
def test_a_war_s_final_days_and_a_film_s_subject_are_kept(text: str, want: list[Figure]) -> None:
    assert figures(text, "Afghanistan: ten years on") == want


# Things said to die, rates of a disease, a death of old age, a place's name: no figure.
@pytest.mark.parametrize(
    "text",
    [
        "Support for the older desktop client is now officially dead as well.",
        "The plugin is basically dead too, after the last update.",
        "Ten features Apple killed in its latest update.",
        "Every two minutes a child dies of malaria in sub-Saharan Africa.",
        "Before the nets came we lost two or three children to malaria every rainy season.",
        "Bury St Edmunds to Deadwood is my dream road trip.",
        "We drove on to Wounded Knee, then north to the Badlands.",
    ],
)
def test_no_figure_of_an_event(text: str) -> None:
    assert figures(text) == []


def test_an_obituary_s_death_of_old_age_is_no_event() -> None:
    text = "Margaret Hollis, the first woman to run a rural practice in Wales, has died. She died peacefully at home."
    assert figures(text, "Margaret Hollis, pioneering GP, dies aged 91") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shells fell every two minutes on the old city, killing 12 civilians.", [(12, "killed", "conflict")]),
        ("The general died peacefully in 2009; his troops massacred 300 villagers in Dhaka in 1971.", [(300, "killed", "conflict")]),
        ("In Bury, two men were shot dead by militants.", [(2, "killed", "conflict")]),
        ("Villagers could not bury the 14 soldiers killed in the Taliban ambush.", [(14, "killed", "conflict")]),
    ],
)
def test_the_war_s_figures_near_those_words_are_kept(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
