"""Splitting prose into sentences whose offsets point back into the text."""

from __future__ import annotations

from crawler.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
    return [sentence.text for sentence in sentences]


def test_sentences_end_at_full_stops_question_and_exclamation_marks() -> None:
    assert _texts("Two soldiers were killed. Who fired first? Nobody knows!") == [
        "Two soldiers were killed.",
        "Who fired first?",
        "Nobody knows!",
    ]


def test_titles_and_ranks_do_not_end_a_sentence() -> None:
    text = "Brig. Gen. Ali Reza and Lt. Col. Hamid Karimi were killed. Dr. Sami Nasser treated the wounded."
    assert _texts(text) == [
        "Brig. Gen. Ali Reza and Lt. Col. Hamid Karimi were killed.",
        "Dr. Sami Nasser treated the wounded.",
    ]


def test_abbreviated_country_ends_a_sentence_only_before_a_usual_opener() -> None:
    text = "The U.S. Embassy said 12 people died. Officials blamed the U.S. The strike hit a school."
    assert _texts(text) == [
        "The U.S. Embassy said 12 people died.",
        "Officials blamed the U.S.",
        "The strike hit a school.",
    ]


def test_number_labels_months_and_initials_do_not_end_a_sentence() -> None:
    text = "The convoy passed checkpoint No. 5 on Oct. 7 when John F. Kerry spoke. It was hit."
    assert _texts(text) == ["The convoy passed checkpoint No. 5 on Oct. 7 when John F. Kerry spoke.", "It was hit."]


def test_decimals_do_not_end_a_sentence() -> None:
    assert _texts("About 4.5 million people fled. Aid was cut.") == ["About 4.5 million people fled.", "Aid was cut."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "He said: “They are all dead.” Rescuers kept digging."
    assert _texts(text) == ["He said: “They are all dead.”", "Rescuers kept digging."]


def test_a_sentence_may_open_with_a_number() -> None:
    assert _texts("The list was published. 14 names were on it.") == ["The list was published.", "14 names were on it."]


def test_paragraph_breaks_and_headlines_without_stops_are_boundaries() -> None:
    text = "Gunmen kill nine people in northwest Pakistan\nDeath toll rises to 12\n\nPolice said the attackers fled"
    assert _texts(text) == [
        "Gunmen kill nine people in northwest Pakistan",
        "Death toll rises to 12",
        "Police said the attackers fled",
    ]


def test_hard_wrapped_lines_are_joined_when_the_next_line_carries_on() -> None:
    text = "The strike hit the house of the family\nand killed six of them."
    assert _texts(text) == ["The strike hit the house of the family\nand killed six of them."]


def test_list_bullets_start_a_sentence_and_are_left_out_of_it() -> None:
    text = "Victims named so far:\n- Ahmed Saleh, 34\n• Mona Saleh, 31\n1. Yusuf Saleh, 9"
    assert _texts(text) == ["Victims named so far:", "Ahmed Saleh, 34", "Mona Saleh, 31", "Yusuf Saleh, 9"]


def test_ellipsis_before_a_capital_ends_a_sentence() -> None:
    assert _texts("They waited... Nobody came.") == ["They waited...", "Nobody came."]


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("  \n\n ") == []
