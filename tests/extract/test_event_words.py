"""``find_cues`` tries each cue only at the words where its matches can start (speed); what it
finds must be exactly what searching every sentence with every cue pattern finds.

Every sentence here is written for the test, in the shape of real news."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract.event_words import CUES, find_cues


def searched_whole(text: str) -> list[tuple[str, int, str, int]]:
    """The cue words of ``text`` by the plain reading: every cue pattern over the whole text."""
    return [
        (event, cue.weight, match.group(0), match.start())
        for event, cues in CUES.items()
        for cue in cues
        for match in cue.pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An air strike and two airstrikes hit the camp; al-Qaeda and al Shabaab fighters were killed.",
        "Five people died in a car crash and a road accident on the highway, police said.",
        "The former minister died in his sleep at 91 after a heart attack, not in the attacks.",
        "The WHO said the outbreak had killed 40, who were mostly children; HIV and TB cases rose.",
        "A suicide bombing killed 12 at a checkpoint, while the suicides of two veterans went unreported.",
        "Troops found IEDs and improvised explosive devices near the NATO base in Helmand.",
        "In the film, zombies kill 30 people; the movie follows a sheriff starring as himself.",
        "Clashes erupted in İstanbul and İzmir; the Kelvin-rated \u212ailn fire and the \u017fhelling ended.",
        "Wars since 9/11 (September 11, 2001) toppled SADDAM and Gaddafi; Assad’s forces shelled Homs.",
        "The September 112 bus line and the Saddamiya market reopened; 19/11 passed quietly.",
        "Drug cartels and a cartel boss were blamed; the documentary depicts the drug war in the film.",
        "In the\nfilm the  movie, this documentary depicts a training  exercise; in the new sequel, the\tfilm follows.",
        "A U-boat torpedoed the liner; 1,198 died when the ship was torpedoed off Kinsale, and Abu-boat was no name.",
        # the cues tried past a negative lookahead, at a first character or where a run of their text is held
        "Militants attacked rebel-held Idlib; two rebels and an insurgent were killed, the militia said.",
        "Cholera broke out in the camp and an outbreak of measles spread; a epidemic swept the north.",
        "Hurts killed 3 defenders on that TD run; Jones was sacked four times, 7 sacks of grain aside.",
        "His kill streak and a 3.1 K/D ratio; the 26/11 Mumbai attacks and the Mumbai toll plaza.",
        "Counting the dead of The Troubles and the troubles of a club in Belfast.",
    ],
)
def test_cues_are_those_of_the_whole_search(text: str) -> None:
    assert find_cues(text) == searched_whole(text)


WORDS = (
    "air", "strike", "airstrikes", "al-Qaeda", "al", "Qaeda", "in", "the", "his", "sleep", "film", "movie",
    "follows", "car", "road", "crash", "accident", "heart", "attack", "attacks", "opened", "fire", "on",
    "suicide", "bomber", "bombing", "suicides", "WHO", "who", "TB", "tb", "IEDs", "police", "said",
    "shelling", "ſhelling", "İslamic", "State", "\u212aIA", "KIA", "Kabul", "war", "wars", "warfare",
    "9/11", "September", "11", "SADDAM", "Saddam", "Assad", "Qaddafi", "Milosevic", "ſaddam",
    "drug", "cartel", "cartels", "Cartels", "this", "documentary", "depicts", "training", "exercise",
    "In", "The", "natural", "causes", "shot", "dead", "U-boat", "U", "boat", "torpedoed", "ship", "was",
)
SEPARATORS = (" ", " ", " ", "-", ", ", ". ", "\n", "’", "(", ")")


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_any_text_of_cue_words_gives_the_whole_search(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in pieces)
    assert find_cues(text) == searched_whole(text)


@pytest.mark.parametrize(
    ("text", "illness"),
    [
        ("Her father, a retired colonel who served in Helmand, died of leukaemia in 2019.", "died of leukaemia"),
        ("The former governor of Borno died of a long illness at a hospital in Abuja.", "died of a long illness"),
        ("Nine children have died of cholera in the Dadaab camp since January.", "died of cholera"),
        ("About 1,100 responders have died of 9/11-related cancers, the fund said.", "died of 9/11-related cancers"),
        ("The former senator died of a heart attack at his home in Kano.", "died of a heart attack"),
    ],
)
def test_a_death_of_an_illness_is_told_by_one_cue(text: str, illness: str) -> None:
    """Each illness a death is told to come of, those of one person's obituary and those of a camp's."""
    assert ("disease", 3, illness) in [(event, weight, word) for event, weight, word, _ in find_cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        "One soldier died of his wounds in Kandahar after the ambush that killed 3 of his comrades.",
        "Two men died of gunshot wounds after the raid on the village, police said.",
    ],
)
def test_a_death_of_wounds_is_no_illness(text: str) -> None:
    assert not [word for event, _, word, _ in find_cues(text) if event == "disease"]
