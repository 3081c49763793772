"""The seed article (EA WorldView, "Iran Daily, Dec 1", published 1 December 2015) as plain text:
the body as the reader sees it, paragraph by paragraph, and two of its reader comments.  The same
text is in the page fixture ``seed-article.html``."""

from datetime import date

PUBLISHED = date(2015, 12, 1)

BODY = "\n\n".join(
    (
        'The deaths of Iranian troops in Syria’s conflict have surged again, amid continued rumors about the fate of the prominent commander General Qassem Soleimani.',
        'Iranian outlets have confirmed the deaths of 12 fighters in the last four days, most of them near the frontline south of Syria’s largest city Aleppo. Among the casualties is Brigadier General Abdolreza Majiri, the eighth Iranian commander killed since October 7.',
        'Iran has put in more commanders and troops to support the Syrian military’s six-front offensive — five of them against rebels and the other against the Islamic State — which is also accompanied by Russian airstrikes, Hezbollah units, and Iranian-led Iraqi, Afghan, and Pakistani militia. Iranian and Hezbollah forces are reportedly leading the attacks south of Aleppo, the only Assad regime offensive which has had some success against rebel factions.',
        'The latest Iranian casualties brought the total to at least 71 since October 7. In addition, seven Afghan and four Pakistani fighters were buried last weekend.',
        'Meanwhile, the Revolutionary Guards tried for the third time this month to refute claims that General Soleimani, the head of the elite Qods Force, had been wounded on the Aleppo frontline.',
        'The Guards’ site Fars News claimed Soleimani had said in an interview in his Tehran office that he was “looking for martyrdom” but was alive and well.',
        'Rumors started in mid-November that the general, renowned for his organization and oversight of Iranian and Iranian-led forces throughout the Middle East, had been wounded. The Guards have responded with statements from Guards spokesmen, pictures of Soleimani, and even the claim that the general oversaw the mission rescuing the Russian navigator whose warplane was shot down near the Turkish-Syrian border last week.',
        'See Iran Propaganda Feature: Legendary General Soleimani is Alive — and He Rescued Russia’s Pilot in Syria',
        'Claimed video of Afghan troops, later killed, on the Aleppo front:',
        'Soleimani reportedly travelled to Moscow in late July to warn the Russians of the imminent collapse of the Assad regime and the Syrian military, spurring Russia’s build-up of forces and the launch of the bombing campaign covering Syrian-Iranian-Hezbollah offensives.',
        'The general, who has been in Syria on occasions since Iran stepped up military support of Assad in 2012, returned in October after the death of Iran’s overall commander in Syria, General Hossein Hamedani, apparently killed by an Islamic State improvised explosive device east of Aleppo.',
        'Head of Basij Militia: Kerry Directs $200 Million Operation to Overthrow Regime',
        'US Secretary of State John Kerry is personally directing a $200 million operation to topple the Iranian regime, according to the head of the Basij militia.',
        'Mohammad Reza Naqdi said in a speech in Tehran Province that the US “has allocated more than $2 billion for overthrowing the Iranian state”. He continued that the “same man who was smiling across [from us] at the [nuclear] negotiating table has personally planned 34 ‘subversion projects’ and is currently managing and leading them”.',
        'Naqdi said some detainees in Iran prisons “personally received orders from John Kerry through a middleman” and “were trained for operations”.',
        'Iran is holding several Iranian-American citizens in its prisons, including Washington Post correspondent Jason Rezaian and former US marine Amir Hekmati. This autumn Iranian-American oil executive Siamak Namazi and Lebanese-American businessman Nazar Zaka have been detained.',
    )
)

COMMENT_1 = (
    'Reports state that he is in hospital in Tehran,Iran and has suffered shrapnel injury to his skull. If he was well , they would have paraded him in front of cameras long ago , if he recovers from his injuries they would do that later and deny he was ever injured. No doubt he was badly hurt, there is a chance he is already dead and they don’t want to release information and demoralise the shiite militia.'
)

COMMENT_3 = "\n\n".join(
    (
        'Suleimanis work:',
        'The last list of 22 killed shia islamist from Pakistan and Afghanistan hired by Iran to fight at Syria.',
    )
)
