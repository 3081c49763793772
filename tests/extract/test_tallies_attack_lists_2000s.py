"""Attack-list entries of the 2000s and early 2010s (Iraq, Pakistan, Afghanistan, Nigeria, Somalia,
Yemen, the North Caucasus, Thailand's south), in the constructions the lists use to tell the
attackers' and the victims' deaths: suicide bombers who set off their own charge ("blew up his
car", "blew their explosives") died as those who "blew themselves up" did; counted attackers told
dead by "They were shot dead" or "the attackers were shot dead"; one person harmed by a role ("shot
the editor") told dead by a pronoun ("He succumbed to his wounds"); a role after the thing it works
with ("a car bomber", "a truck driver"); a would-be bomber shot dead after one who blew himself up; an
attack named by an earlier year whose dead are told before the past ("had killed"), no update.
With the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _event_killed(text: str) -> int:
    """The killed of the document's own toll, as the event figures add it up."""
    tallies = event_tallies(extract_document(text, None).tallies)
    return sum(t.count for t in tallies if t.outcome == "killed" and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A suicide bomber blew up his car at the gate of a German army base near Kunduz. Two Afghan guards were killed.", 3),
        ("A suicide bomber blew up his explosives-laden truck outside a police headquarters in Tikrit, killing 14 policemen.", 15),
        ("A suicide bomber blew his explosives as a convoy of Afghan soldiers passed through Nangarhar, killing four soldiers.", 5),
        ("Two suicide bombers blew up their vehicles outside the party offices in Erbil. Nineteen people were killed.", 21),
        ("In Ramadi, a female suicide bomber blew up her vest among mourners at a funeral, killing 11.", 12),
    ],
)
def test_a_suicide_bomber_who_blew_up_his_own_charge_died_in_it(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Militants blew up a bridge on the Indus Highway near Dera Ismail Khan, killing two guards.", 2),
        ("A bomber blew up his car near the army base in Khost, killing four soldiers.", 4),
        ("Taliban fighters blew up their own checkpoint in Helmand before retreating; three soldiers were killed.", 3),
        ("A suicide bomber blew up his car outside a mosque in Quetta, killing 8 people, including himself.", 8),
    ],
)
def test_others_who_blew_something_up_are_left_as_they_are(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Five militants stormed a police station in Grozny, killing three officers. They were shot dead after a four-hour siege.", 8),
        ("Four Abu Sayyaf gunmen raided a village in Basilan, killing two farmers. They were later killed by marines.", 6),
        ("Five militants stormed a police station in Grozny, killing three officers. The militants were shot dead after a siege.", 8),
        ("Two gunmen opened fire at a checkpoint in Nazran, killing three policemen before the attackers were shot dead.", 5),
        ("Three insurgents attacked a polling station in Kandahar, killing two guards. The insurgents were killed by police.", 5),
    ],
)
def test_counted_attackers_told_dead_by_they_or_the_attackers_are_counted(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Five gunmen ambushed a convoy in Kandahar and kidnapped three aid workers. They were released days later.", 0),
        ("Five militants stormed a police station in Grozny, killing three officers. They were arrested after a siege.", 3),
        ("Militants stormed a police station in Grozny, killing three officers. They were shot dead after a siege.", 3),
        ("Two gunmen opened fire on worshippers at a mosque in Kano, killing six. Police said the attackers escaped.", 6),
    ],
)
def test_they_told_dead_without_counted_attackers_before_is_left_alone(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot the editor of a Kurdish newspaper in Mosul as he left his home. He succumbed to his wounds two days later.", 1),
        ("A grenade was thrown into the house of a village headman in Narathiwat; he died of his wounds on the way to hospital.", 1),
        ("Suspected Maoists shot a village council member in Gadchiroli. He succumbed to his injuries and two relatives were wounded.", 1),
        ("Militants opened fire on a tribal elder near Miranshah; he died at the scene.", 1),
    ],
)
def test_one_person_harmed_by_a_role_then_told_dead_by_a_pronoun_is_one_dead(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen shot a Sunni cleric outside his mosque in Karachi. He was taken to hospital, where doctors said he would survive.", 0),
        ("Gunmen shot the editor of the paper in Mosul in 2009. He died in 2014 of cancer.", 0),
        ("Gunmen shot a policeman and wounded a shopkeeper in Quetta; two soldiers were killed. He died in hospital.", 2),
        ("Gunmen attacked a police post in Bannu. He died in hospital.", 0),
    ],
)
def test_a_pronoun_told_dead_without_one_harmed_by_a_role_before_is_left_alone(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A car bomb exploded outside a police station in Ramadi, killing six policemen; a would-be suicide car bomber was shot dead by guards before he could detonate.", 7),
        ("A suicide bomber blew himself up at the gate of a police academy in Sana'a, killing 11 cadets; a would-be suicide car bomber was shot dead by guards.", 13),
        ("A suicide bomber blew himself up outside a mosque in Dera Ismail Khan, killing 9. A would-be suicide bomber was shot dead nearby.", 11),
        ("A would-be suicide bomber was shot dead at a checkpoint in Kirkuk. The would-be bomber was killed before reaching the gate.", 1),
        ("A truck driver was killed when a roadside bomb struck a NATO supply convoy near Torkham.", 1),
        ("A bus driver and two passengers were killed when gunmen opened fire on a minibus in Quetta.", 3),
    ],
)
def test_a_role_after_the_thing_it_works_with_and_a_would_be_bomber_are_one_person_more(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Five houses and a car were destroyed in the blast in Kohat, and a guard was killed.", 1),
        ("A roadside bomb destroyed a car and a truck near Lashkar Gah; no one was killed.", 0),
    ],
)
def test_things_without_a_role_are_still_no_one(text: str, killed: int) -> None:
    assert _event_killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A bomb exploded on a train in Mumbai, killing 28 passengers. The 2006 train bombings in the city had killed 209.", 28),
        ("A car bomb exploded in Dera Ismail Khan, killing 14 people. The 2009 bombing of the same market had left 40 dead.", 14),
        ("A bomb exploded on a train in Mumbai, killing 28 passengers. By evening the toll had risen to 31.", 31),
    ],
)
def test_an_attack_named_by_an_earlier_year_and_its_dead_told_before_the_past_is_no_update(text: str, killed: int) -> None:
    assert _event_killed(text) == killed
