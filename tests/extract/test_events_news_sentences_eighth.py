"""An eighth round of sentences as a general crawl of US and UK pages meets them (news desks, local
TV, blogs and their reader threads), read for whether a figure is a conflict's: a reader's line
that ends on the date it was posted, run into a comment that opens on a figure; the wild animals
of local news told by their rabies or their bite; the 2001 attacks told by their leader or their
target; and the dead of an illness an attack or a war left behind ("9/11-related cancers")."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from tests.extract.readings import events


# A reader's line ending on the date it was posted, with the comment run into it: the figure's
# people begin at the figure, so its offsets fall in the comment, not in the author line.
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Reply from Gaucho_82 on April 2, 2012 649 Argentine conscripts died for a junta's vanity.",
         "649 Argentine conscripts died"),
        ("Posted by Kemal, 12 March 2013 Nine soldiers were killed in the ambush near Hakkari.",
         "Nine soldiers were killed"),
        ("Re: US to leave Iraq by 2011 Over 4,400 American soldiers died there and for what?",
         "Over 4,400 American soldiers died"),
        ("Reply from jersey_girl_77, May 2, 2011 Nearly 3,000 people were killed in the attacks.",
         "Nearly 3,000 people were killed"),
        # near misses: a year that opens the sentence before its figure, and a figure with no date
        ("In 2011 12 soldiers were killed in Helmand.", "12 soldiers were killed"),
        ("All 14 passengers were injured in the bombing.", "All 14 passengers were injured"),
    ],
)
def test_a_date_run_into_a_figure_is_no_part_of_its_people(text: str, figure: str) -> None:
    found = extract_document(text, None, "en", "comment", None).tallies
    assert [text[t.start : t.end] for t in found] == [figure]


# The wild animals of local news, told by their rabies or their bite: a mishap, not an attack; a
# "rabid" crowd or writer names no animal and leaves an attack's class as it was.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Rabid fox bites 2 in Woodbridge", "The animal attacked a man walking his dog and a woman in her yard. "
         "Both victims were treated for minor injuries and started rabies shots.", [(2, "accident")]),
        ("Health officials warn of rabid raccoons", "Animal control captured the raccoon on Elm Street. "
         "Three people were injured when a rabid raccoon bit them in a backyard.", [(3, "accident")]),
        ("Coyote sightings rise in Irvine", "The city has posted signs at two parks. "
         "Two children were injured this month after a coyote bit them near the playground.", [(2, "accident")]),
        ("Hiker hurt on trail", "Rangers closed the trail for the weekend. "
         "A 41-year-old hiker was injured in a mountain lion attack on Saturday, rangers said.", [(1, "accident")]),
        # near misses: "rabid" said of people, beside an armed group's attack
        ("Kunar attack", "Militants attacked the outpost before dawn. "
         "Three soldiers were killed by rabid Islamists in Kunar, the governor said.", [(3, "conflict")]),
        ("Militia raid", "Rabid supporters of the militia killed 4 villagers in the raid.", [(4, "conflict")]),
    ],
)
def test_people_bitten_by_a_wild_animal(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# The 2001 attacks told by their leader or their target, as US columns and readers recall them.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Comments on: Bin Laden is dead", "Justice is done at last. "
         "Nearly 3,000 people died that day and it took 10 years.", [(3000, "conflict")]),
        ("Ten years on", "The Twin Towers fell within two hours. "
         "In all, 2,753 people died in New York alone.", [(2753, "conflict")]),
        ("Remembering my uncle", "He worked on the 94th floor. "
         "Some 2,606 people died when the Twin Towers fell that morning.", [(2606, "conflict")]),
        # near misses: the same names with no dead counted, and another attack's dead
        ("Osama bin Laden hid for 6 years", "Bin Laden's compound in Abbottabad housed 3 wives and their children.", []),
        ("Movie review: 'Zero Dark Thirty'", "The hunt for bin Laden took 10 years, and the film runs 157 minutes.", []),
        ("Heat wave in Chicago", "The city opened cooling centers. "
         "The medical examiner has attributed 12 deaths to the heat since Friday.", [(12, "disaster")]),
    ],
)
def test_the_2001_attacks_told_by_their_leader_or_target(
    title: str, text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text, title) == expected


# The dead of an illness an attack or a war left behind: "died of 9/11-related cancers" tells an
# illness, as "died of cancer" does; a war's wounds stay its own.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Health of 9/11 responders", "The fund has paid claims since 2011. "
         "More than 1,100 responders have died of 9/11-related cancers since 2001.", [(1100, "disease")]),
        ("Ground Zero workers", "Many worked on the pile for months. "
         "At least 200 of them have died of 9/11-related illnesses, the registry says.", [(200, "disease")]),
        ("Veterans' benefits", "The VA expanded the list of presumed conditions. "
         "At least 40 veterans died of Agent Orange-related diseases last year.", [(40, "disease")]),
        # near misses: the wounds of a war and of a bombing
        ("Refugees in Chad", "The camp is full. "
         "Some 300 refugees have died of war-related injuries in the camp.", [(300, "conflict")]),
        ("Kandahar bombing", "The patrol was hit on Monday. "
         "Twelve soldiers died of wounds from a roadside bomb in Kandahar.", [(12, "conflict")]),
    ],
)
def test_the_dead_of_an_illness_a_war_left_behind(
    title: str, text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert events(text, title) == expected
