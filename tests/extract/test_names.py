"""``full_name`` reads the text back from the speaker in stretches (speed); the name it gives must
be the one that reading every name before the speaker gives.

Every sentence here is written for the test, in the shape of real news."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract.names import full_name, person_names


def read_whole(text: str, surname: str, before: int) -> str | None:
    """The last name of two words or more ending in ``surname``, every name before read."""
    for name in reversed(person_names(text, 0, before)):
        words = text[name.start : name.end].split()
        if len(words) >= 2 and words[-1] == surname:
            return " ".join(words)
    return None


FILLER = "Rescue teams searched the rubble through the night, and the roads to the city stayed closed. " * 8


def test_the_full_name_is_found_far_before_the_speaker() -> None:
    text = (
        "Police spokesman Mohammad Reza Naqdi said 12 people were killed in the blast. "
        + FILLER
        + "Naqdi said the toll could rise."
    )
    assert full_name(text, "Naqdi", text.rindex("Naqdi")) == "Mohammad Reza Naqdi"


def test_the_last_full_name_before_the_speaker_wins() -> None:
    text = (
        "Governor Ahmed Karimi spoke first. " + FILLER + "Later his deputy, Leila Karimi, said 4 were wounded. "
        + FILLER + "Karimi said the roads would reopen."
    )  # fmt: skip
    assert full_name(text, "Karimi", text.rindex("Karimi")) == "Leila Karimi"


def test_no_full_name_when_the_word_stands_alone_before() -> None:
    text = "Karimi arrived. " + FILLER + "Karimi said the roads would reopen."
    assert full_name(text, "Karimi", text.rindex("Karimi")) is None


WORDS = ("Ahmed", "Karimi", "Leila", "Naqdi", "al", "said", "the", "Governor", "police", "General", "Abu", "Bakr")
SEPARATORS = (" ", " ", ", ", ". ", "\n", " (", ") ", "-", "; ", " " * 40, " and ")


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=80), st.integers(0, 4000))
def test_any_text_gives_the_name_of_the_whole_reading(pieces: list[tuple[str, str]], before: int) -> None:
    text = "".join(word + separator for word, separator in pieces)
    before = min(before, len(text))
    for surname in ("Karimi", "Naqdi", "Bakr"):
        assert full_name(text, surname, before) == read_whole(text, surname, before)
