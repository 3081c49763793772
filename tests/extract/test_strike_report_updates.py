"""Strike reports (civilian-harm monitors, wire copy) tell a first toll and then its update: "the
death toll had risen to three after 16-year-old Khaled died of wounds", "the toll had reached 120,
making it one of the deadliest incidents of the war".  A victim's age or a superlative's measure
names no span wider than the strike, so the update is the strike's toll; a toll of the war, of a
year or "since October 7" stays a running total beside it.  Rescuers' later finds ("three more
were pulled dead from the rubble") add to the toll, and a relative's list of the dead told in
reported speech ("wrote that his father Salim (64) had been killed along with ...") counts its
names as a list told directly does.  Another source's account by "the number" alone ("some accounts
placed the number as high as 35") is of the dead its sentence counts, even when the text before
last told the wounded ("killing 18 civilians and injuring 150 others").  A source that names more
victims than the first toll ("The Syrian Network for Human Rights named 17 victims") widens it.  The
hurt who died of their wounds on a later day ("A woman died of her wounds on Monday") are dead of
the strike, not of another time."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def _event_sum(text: str, outcome: str = "killed") -> int:
    """The document's own toll of ``outcome``: the summed figures, each at the top of its range."""
    tallies = extract_document(text, date(2023, 10, 20)).tallies
    return sum(t.top for t in event_tallies(tallies) if t.outcome == outcome and not t.cumulative)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "On May 12th, two civilians were reportedly killed in an alleged Israeli strike on an apartment in "
            "Beit Lahia. The following day, the Health Ministry said the death toll had risen to three after "
            "16-year-old Khaled Nasser died of wounds.",
            3,
        ),
        (
            "Ten civilians were killed in the strike on the market. The toll later rose to 14 after a "
            "10-year-old boy and three women died in hospital.",
            14,
        ),
        (
            "On July 24th, Coalition airstrikes hit a residential compound in Mokha. Local officials said at "
            "least 65 civilians were killed. A day later, the UN said the toll had reached 120, making it one "
            "of the deadliest incidents of the war.",
            120,
        ),
        (
            "At least 30 people were killed when the strike hit the school. The death toll rose to 41, the "
            "bloodiest strike on a shelter since the conflict began.",
            41,
        ),
    ],
)
def test_update_beside_an_age_or_a_superlative_is_the_strikes_toll(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # near misses: the toll of the war, of its year or since a date is no update of the strike's
        (
            "Ten civilians were killed in the strike on Monday. The death toll in the war rose to 4,000.",
            10,
        ),
        (
            "Ten civilians were killed in the strike. The toll since October 7 rose to 12, including a "
            "16-year-old boy.",
            10,
        ),
        (
            "Four civilians were killed in the strike. The number of civilians killed this year has risen "
            "to 11, the deadliest month being March.",
            4,
        ),
    ],
)
def test_toll_of_a_wider_span_stays_a_running_total(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "On May 14th, an alleged Russian airstrike hit a bakery in Kafr Nabl, killing ten civilians "
            "according to the White Helmets. Three more people were pulled dead from the rubble hours later.",
            13,
        ),
        ("Rescuers said four people were pulled out dead from the collapsed building in Idlib.", 4),
        # near miss: the living brought out of the rubble are no dead
        (
            "Ten civilians were killed in the strike. Two children were pulled out alive from the rubble "
            "the next morning.",
            10,
        ),
    ],
)
def test_dead_pulled_from_the_rubble(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Shortly after midnight, an alleged Israeli strike hit a house in Deir al-Balah, reportedly "
            "killing five people. A relative, Abdullah Hamad, wrote that his father Salim Hamad (64) had been "
            "killed along with his mother Fatima (60), his brother Nidal (33), Nidal's wife Reem (29) and their "
            "children Sami (7), Yara (5) and Tala (2).",
            7,
        ),
        # near misses: relatives killed years before are background, whether told directly or reported
        (
            "An alleged Israeli strike hit a house in Deir al-Balah, killing two people, Salim Hamad (64) and "
            "his son Nidal (33). Salim's wife Fatima (60), his daughter Reem (29) and her children Sami (7), "
            "Yara (5) and Tala (2) had been killed in a strike in 2014.",
            2,
        ),
        (
            "An alleged Israeli strike hit a house in Deir al-Balah, killing two people, Salim Hamad (64) and "
            "his son Nidal (33). A neighbour said that Salim's wife Fatima (60), his daughter Reem (29) and her "
            "children Sami (7), Yara (5) and Tala (2) had been killed in a strike two years ago.",
            2,
        ),
    ],
)
def test_named_dead_in_reported_speech(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "outcome", "total"),
    [
        (
            "On October 17, Israeli tank fire hit a UNRWA school in Jabalia, reportedly killing at least 18 "
            "civilians and injuring 150 others. Al-Jazeera Arabic initially reported 15 victims but later "
            "raised the toll to 25, while other sources cited 22 deaths, and some accounts, such as a Facebook "
            "post by Ihab Saleh, placed the number as high as 35.",
            "killed",
            35,
        ),
        (
            "An airstrike hit the market, killing nine people and wounding 40. Local journalists later raised "
            "the toll to 12, and one medic put the number at 14.",
            "killed",
            14,
        ),
        # near misses: the wounded keep their own figure; a sentence of the hurt raises no toll of the dead
        (
            "An airstrike hit the market, killing nine people and wounding 40. Local journalists later raised "
            "the toll to 12, and one medic put the number at 14.",
            "wounded",
            40,
        ),
        (
            "Four civilians were killed in the strike. Twelve people were injured, and the hospital said the "
            "number rose to 15 by evening.",
            "killed",
            4,
        ),
    ],
)
def test_the_number_alone_after_the_dead_of_its_sentence(text: str, outcome: str, total: int) -> None:
    assert _event_sum(text, outcome) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Local activists reported 11 deaths in the strike on the shelter. Relatives later named 15 victims.", 15),
        (
            "On March 3rd, alleged Russian strikes hit a shelter in Hammouriyeh, Eastern Ghouta. Local "
            "activists reported 11 deaths. The Violations Documentation Center identified 14 of the victims, "
            "among them four children.",
            14,
        ),
        # near misses: as many named as counted adds no one; victims named in a sentence of the wounded
        ("At least nine people were killed in the strike. Relatives identified all nine of the dead.", 9),
        (
            "A gunman opened fire at the bar, killing one man and wounding three. Police named two victims "
            "who remain in hospital with gunshot wounds.",
            1,
        ),
    ],
)
def test_victims_a_source_named(text: str, total: int) -> None:
    assert _event_sum(text) == total


@pytest.mark.parametrize(
    ("text", "published", "total"),
    [
        (
            "An alleged Russian airstrike hit the market in Ariha on Sunday, killing nine civilians. A woman "
            "died of her wounds on Monday.",
            date(2019, 5, 8),
            10,
        ),
        (
            "On December 3rd 2023, an alleged Israeli drone strike hit a group of civilians in Bani Suheila, "
            "killing two men, Basel Qudeih (27) and his cousin Anas (24), local sources said. Basel's brother "
            "Wael, who was critically injured in the same strike, died of his wounds on December 6th.",
            date(2023, 12, 10),
            3,
        ),
        # near misses: one wounded in an earlier strike, and another day's dead of another attack
        (
            "An airstrike hit the market in Ariha on Sunday, killing nine civilians. A man wounded in a strike "
            "on Ariha in March died of his wounds on Monday.",
            date(2019, 5, 8),
            9,
        ),
        (
            "An airstrike hit the market in Ariha on Sunday, killing nine civilians. On Monday, two men were "
            "killed in shelling of Saraqib.",
            date(2019, 5, 8),
            9,
        ),
    ],
)
def test_the_hurt_who_died_of_wounds_on_a_later_day(text: str, published: date, total: int) -> None:
    tallies = extract_document(text, published).tallies
    assert sum(t.top for t in event_tallies(tallies) if t.outcome == "killed" and not t.cumulative) == total
