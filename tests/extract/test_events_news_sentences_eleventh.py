"""An eleventh round of sentences from the news of 2008 and 2012 and the reader threads under it,
read as article text (as a crawler meets a comment section) for whether a figure is a conflict's:
the forces' own mishaps on a war's roads (a truck that skidded into a gorge in Kashmir); a reader's
killing proposed as the second act of a plan under one modal ("they should fire rockets back and
kill 13 people?"); a toll foreseen by who promised or predicted it ("the million dead the antiwar
crowd promised"); and a war's deaths told by their fall ("civilian deaths fell to 134 in
January")."""

from __future__ import annotations

import pytest

from tests.extract.readings import events


# The forces killed in a mishap their own sentence names by itself (a vehicle gone off the road, a
# road accident), in a war's place (Kashmir, Kunar, Helmand) with no act of war or enemy named:
# an accident.  Near misses: a war's enemy or an act of war beside the mishap, a crash with no
# mishap of its own named, and civilians.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Army truck skids off road in Kashmir, 9 soldiers dead",
         "Nine soldiers were killed when an army truck skidded off a mountain road and fell into a gorge in "
         "Kashmir's Kupwara district on Saturday, a military spokesman said.", [(9, "accident")]),
        ("Indian army truck falls into gorge in Kashmir, 6 soldiers dead",
         "Six soldiers were killed when their army truck skidded on a snowbound road and fell into a gorge in "
         "Kashmir's Gurez sector, a military spokesman said.", [(6, "accident")]),
        ("Army soldiers killed in Kashmir",
         "Three army soldiers were killed when their vehicle skidded off the Mughal Road and fell into a gorge in "
         "Kashmir, an army spokesman said.", [(3, "accident")]),
        ("Six troops die in Kunar",
         "Six soldiers were killed when their vehicle plunged into a ravine in Kunar province, the army said.",
         [(6, "accident")]),
        ("Kashmir: jawans killed on Mughal Road",
         "Four jawans died when their truck skidded off the icy road and fell into a gorge near Poonch, an army "
         "officer said.", [(4, "accident")]),
        ("Convoy mishap in Helmand",
         "Three Marines were killed in a road accident in Helmand province on Tuesday, a military spokesman said.",
         [(3, "accident")]),
        # near misses
        ("Kashmir ambush",
         "Six soldiers were killed when militants ambushed their convoy and a truck plunged into a ravine in Kashmir.",
         [(6, "conflict")]),
        ("Army helicopter crashes in Helmand", "Five soldiers were killed in the crash.", [(5, "conflict")]),
        ("Taliban ambush convoy in Kunar",
         "Four soldiers were killed when Taliban fighters ambushed their truck and it plunged into a gorge in Kunar.",
         [(4, "conflict")]),
        ("Convoy hit in Kunar", "Taliban fighters ambushed the convoy on the Pech road. Four soldiers were killed "
         "when their truck overturned, the army said.", [(4, "conflict")]),
        ("Kashmir: army post attacked",
         "Militants stormed an army post near Kupwara on Sunday, killing five soldiers, a military spokesman said.",
         [(5, "conflict")]),
    ],
)
def test_forces_mishap_on_a_war_s_roads(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A killing a reader proposes or foresees as the second act of a plan under one modal, its verb in
# the base form after "and": no event.  Near misses: what happened, told in the past after "and",
# a modal of a clause before another subject, and the past a narrative tells with "would" is left.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Gaza: Israeli airstrikes kill at least 225.",
         "proportional response means what, they should fire 8000 rockets back at random and kill 13 people?", []),
        ("Drone strike kills 14 in North Waziristan.",
         "We could send in the marines tomorrow and kill 2,000 of them and it would change nothing.", []),
        ("Syria: 90 killed as shelling of Homs continues.",
         "Assad will keep shelling Homs and kill another 500 people before anyone in the UN moves.", []),
        ("Maoists kill 76 in Dantewada.",
         "The government can bomb the forests and massacre 1,000 tribals and the Maoists will still be there.", []),
        # near misses
        ("Gaza: Israeli airstrikes kill at least 225.",
         "Israeli jets struck 40 targets across the strip and killed 13 people, medics said.", [(13, "conflict")]),
        ("Car bomb kills 32 at Baghdad market.",
         "The army should have stopped the bombers before they killed 32 people at the market.", [(32, "conflict")]),
        ("Taliban attack on Kabul hotel leaves 21 dead.",
         "Officials can confirm that the gunmen stormed the hotel and 21 people died.", [(21, "conflict")]),
    ],
)
def test_a_killing_proposed_under_one_modal(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A toll told as foreseen by who promised, predicted or warned of it, right after it: no event.
# Near misses: the dead a source counted or reported, and a toll that came "as predicted".
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Car bomb kills 32 at Baghdad market.", "where are the 1,000,000 dead the antiwar crowd promised us in 2003, huh?", []),
        ("Swine flu vaccine found safe.", "Remember the 90,000 deaths the CDC predicted for swine flu in 2009?", []),
        ("Gulf War veterans meet.", "Whatever happened to the 10,000 dead the generals warned of before the ground war?", []),
        # near misses
        ("Gaza: Israeli airstrikes kill at least 225.", "The 14 dead the medics counted on Friday were all civilians.",
         [(14, "conflict")]),
        ("Mumbai toll revised to 166.", "166 dead, as the intelligence report had predicted for months.", [(166, "conflict")]),
    ],
)
def test_a_toll_foreseen_by_who_promised_it(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected


# A war's deaths told by their fall in a month or a year: the figure they fell to.  Near misses: a
# fall told in percent or by how many, with no toll of its own.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Car bomb kills 32 at Baghdad market",
         "Civilian deaths fell to 134 in January, the lowest monthly figure since the invasion, according to "
         "ministry figures.", [(134, "conflict")]),
        ("Iraq: July quietest month for US troops",
         "US military deaths in Iraq dropped to 14 in July, the lowest since the war began.", [(14, "conflict")]),
        ("Afghan civilian toll report",
         "Civilian deaths in the conflict declined to 1,145 in the first half of the year, the UN mission said.",
         [(1145, "conflict")]),
        # near misses
        ("Road safety report", "Road deaths fell 20 percent last year.", []),
        ("Malaria report", "Deaths from malaria fell by 2,000 in 2010, the agency said.", []),
    ],
)
def test_a_war_s_deaths_told_by_their_fall(title: str, text: str, expected: list[tuple[int, str | None]]) -> None:
    assert events(text, title) == expected
