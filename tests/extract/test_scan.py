"""The regex helpers of ``scan``: where a pattern's matches can start, and a pattern made to skip
the places where none can, with the same matches.

Every sentence here is written for the test, in the shape of real news."""

from __future__ import annotations

import re

import pytest

from crawler.extract.scan import (
    alternatives,
    find_starts,
    first_characters,
    literal_run,
    may_hold_words,
    opening_on_letters,
    word_starts,
)


def test_alternatives_are_split_at_the_top_level_only() -> None:
    assert alternatives(r"air ?strikes?|(?:car|bus) crash|[|(]x|\(y|z") == [
        "air ?strikes?", "(?:car|bus) crash", "[|(]x", r"\(y", "z",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [
        ("air ?strikes?", {"air"}),
        ("al[- ]Qaeda", {"al"}),
        ("(?:car|road|bus) (?:crash|accident)s?", {"car", "roa", "bus"}),
        (r"(?<!heart )attacks?", {"att"}),
        (r"\bIEDs?", {"ied"}),
        ("wars?", {"war"}),
        ("abc?", {"ab"}),  # the third letter is optional
        ("a?bc", None),
        ("(?P<v>dozens|scores of)", {"doz", "sco"}),
        ("(car|bus) crash", {"car", "bus"}),
        ("a few", {"a"}),
        ("(?=a)few", None),
        (r"\d+ dead", None),
        ("(?:one|1) in", None),
        ("(?:drug )?cartels?", {"dru", "car"}),  # an optional group: its words, or what follows it
        ("(?:the )?(?:a|b)c", {"the", "ac", "bc"}),
        ("(?:ab)??c", None),
        ("(?:ab)*c", None),
        ("(?:ab)?", None),
        ("U-boats?", {"u-"}),  # a letter and a hyphen
        ("U-?boats?", None),
    ],
)
def test_word_starts(alternative: str, starts: set[str] | None) -> None:
    assert word_starts(alternative) == starts


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [
        ("in the (?:new )?(?:film|movie)", {"in th"}),
        ("(?:the|this) (?:film|movie) depicts", {"the f", "the m", "this "}),  # read on into the group
        ("in the (?:final|last) (?:scene|act)", {"in th"}),  # five characters at most
        ("at (?:a|the) (?:\\w+ )?rally", {"at a ", "at th"}),
        ("the (?:\\w+ )?siege", {"the "}),  # no letters to read on to
        ("ab(?:c)?d", {"ab"}),
        ("air ?strikes?", {"air"}),  # the space is optional
        ("air s?trikes", {"air "}),
        ("soldiers?", {"soldi"}),
        ("ab c?", {"ab "}),
        ("(?:drug )?cartels?", {"drug ", "carte"}),
        ("a few", {"a few"}),
        ("al[- ]Qaeda", {"al-qa", "al qa"}),  # read on past a hyphen or a space
        ("al-Nusra", {"al-nu"}),
        ("home[- ]made", {"home-", "home "}),
        ("al[- ]?Qaeda", {"al"}),  # an optional one: not past it
        (r"al-\w+", {"al-"}),  # no letters to read on to
        ("a[a-z]b", None),  # a class of letters is no hyphen or space
        ("a?bc", None),
    ],
)
def test_long_word_starts(alternative: str, starts: set[str] | None) -> None:
    assert word_starts(alternative, long=True) == starts


SENTENCES = [
    "The strike could kill up to 2,000 people, officials warned, and the plan was dead on arrival.",
    "KILLED IT: the band's set was a dead heat with last year's, fans said.",
    "Vaccines saved 40 lives in the camp; \u017faved lives were counted twice.",
    "Rebels threatened to \u212aill 3 hostages if the army advanced.",
    "A few hours later, an unknown number of people and several hundreds of cattle had fled the area.",
    "Nine in ten of the 40 wounded were men; 1 in 5 of them was a child, one in every ten a woman.",
    "After 14 hours on the road I'd die for a cold beer, and you’d honestly kill for one too; the talks are dead in the water.",
]


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?:could|would|threat(?:en|ened)? to)\s+(?:\w+\s+){0,3}?(?:kill|die)\b", re.IGNORECASE),
        re.compile(r"\b(?:kill(?:s|ed|ing)? it|dead (?:on arrival|heat))\b|\blives saved\b", re.IGNORECASE),
        re.compile(r"\b(?:sav(?:e|ed)|spar(?:e|ed))\b[^.;]{0,40}\blives\b", re.IGNORECASE),
        re.compile(r"\b(?P<v>a few|several|(?P<unsaid>an unknown number)|hundreds)\b", re.IGNORECASE),
        # a contraction's apostrophe opens a match: "I'd die for a beer", "you’d kill for that view"
        re.compile(r"\b(?:dead in the water|(?:would|'d|’d) (?:\w+ )?(?:die|kill) for (?:a|an|some|one)\b)", re.IGNORECASE),
        # digits open a match: "nine in ten", "1 in 5"
        re.compile(r"\b(?:(one|nine)(?: [a-z]+)?|(\d{1,2})) in (?:every )?(five|ten|\d+)\b", re.IGNORECASE),
    ],
)
def test_a_pattern_opening_on_its_letters_matches_the_same(pattern: re.Pattern[str]) -> None:
    opened = opening_on_letters(pattern)
    assert opened.pattern != pattern.pattern
    for sentence in SENTENCES:
        assert [m.span() for m in opened.finditer(sentence)] == [m.span() for m in pattern.finditer(sentence)]


def test_a_pattern_without_known_letters_is_left_as_it_is() -> None:
    for pattern in (
        re.compile(r"\b(?:one|1) in \d+", re.IGNORECASE),
        re.compile(r"\bBC\b"),
        re.compile(r"(?:\d{0,2}|one) dead", re.IGNORECASE),  # digits that may be none
        re.compile(r"\d*\s?dead", re.IGNORECASE),
        re.compile(r"\d{0}dead|\d{,2} dead", re.IGNORECASE),
    ):
        assert opening_on_letters(pattern) is pattern


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [
        (r"(?!(?:rebel|opposition)[- ]held)(?:militants?|rebels?)", {"mil", "reb"}),  # past a negative lookahead
        (r"(?!rebel[- ]held)\bmilitants?", {"mil"}),
    ],
)
def test_word_starts_past_a_negative_lookahead(alternative: str, starts: set[str]) -> None:
    assert word_starts(alternative) == starts


@pytest.mark.parametrize(
    ("alternative", "characters"),
    [
        ("(?:TD|touchdown|scoring) runs?", {"T", "t", "s"}),
        (r"\d+ sacks\b(?! of)", {r"\d"}),
        ("an? (?:epidemic|outbreak)", {"a"}),  # the second letter is optional, not the first
        ("9/11", {"9"}),
        (r"(?<!hunger )strikes?", {"s"}),
        ("(?:drug )?cartels?", None),  # the group that opens it is optional
        ("[Tt]he Troubles", None),  # a class
        (r"\w+ defenders", None),
        ("s?he died", None),
    ],
)
def test_first_characters(alternative: str, characters: set[str] | None) -> None:
    assert first_characters(alternative) == characters


@pytest.mark.parametrize(
    ("alternative", "run"),
    [
        (r"\d+ sacks\b(?! of)", " sacks"),
        ("(?:TD|touchdown|scoring) runs?", " run"),  # the optional "s" left out
        ("sacked (?:\\w+ ){0,2}times", "sacked "),  # the counts of a quantifier are no text
        ("kill ?streaks?", "streak"),
        ("26/11", "26/11"),
        (r"a[bc]{2}de\.fgh", "fgh"),  # an escaped mark ends a run
        ("(?-i:[Tt]he Troubles)", "he Troubles"),  # inside a group of one alternative, taken once
        ("(?:the )?Troubles", "Troubles"),  # not inside an optional group
        ("(?:killed|dead) (?:in|at) the (?:raid on )+", " the "),  # nor one of alternatives, nor a repeated one
        (r"(?!no )(?=killed)kill", "kill"),  # nor a lookaround
        ("(?x: the dead )", ""),  # nor a verbose group, whose spaces are no text
        ("(?P<v>dozens) (?:of )dead", "dozens"),  # the longest run, here inside a named group
    ],
)
def test_literal_run(alternative: str, run: str) -> None:
    assert literal_run(alternative) == run


@pytest.mark.parametrize(
    ("pattern", "sentence"),
    [
        (r"\d+ sacks\b(?! of)|(?:TD|touchdown|scoring) runs?|sacked (?:\w+ ){0,2}times",
         "Hurts was sacked four times, Smith had 3 sacks and the 40-yard TD run sealed it."),
        ("kill ?streaks?|K/D(?: ratio)?", "A 3.1 K/D and a 25-kill streak in the first match."),
    ],
)
def test_every_match_holds_a_literal_run_of_its_alternative(pattern: str, sentence: str) -> None:
    runs = [literal_run(alternative).lower() for alternative in alternatives(pattern)]
    matches = list(re.finditer(pattern, sentence, re.IGNORECASE))
    assert matches
    for match in matches:
        assert any(run in match.group().lower() for run in runs)


def _found_one_by_one(haystack: str, needles: list[str]) -> list[int]:
    """Where a needle starts a word, each needle looked for on its own."""
    return sorted({at for needle in needles for at in range(len(haystack))
                   if haystack.startswith(needle, at) and (at == 0 or not haystack[at - 1].isalnum())})  # fmt: skip


@pytest.mark.parametrize("count", [3, 41, 80])
def test_word_starts_are_found_alike_for_few_and_many_needles(count: int) -> None:
    """Past some forty needles one regex finds them; what it finds is what finding each does: at
    the start of the text, after a mark, an underscore or a space, not inside a word (nor after a
    digit or a letter of another script)."""
    words = "killed kill wounded injured died dead bodies body among listed shot stabbed".split()
    needles = [*words, *(f"zz{i:02d}" for i in range(count - len(words)))][:count]
    text = ("killed_wounded, (injured) 3dead skilled ébodies body-among listed\nshot, kill-shot zz01 "
            "xzz02 zz40 zz79 Killed")
    assert find_starts(text, needles) == _found_one_by_one(text, needles)
    assert find_starts(text, []) == []



_AVENGED = re.compile(r"\b(?:in\s+retaliation\s+for|to\s+avenge)\b", re.IGNORECASE)
_AVENGED_WORDS = ("retaliation", "venge")


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled the village in retaliation for an ambush that killed 4 soldiers",
        "IN RETALIATION FOR the raid, militants killed 9 guards",  # capitals
        "Gunmen killed 3 policemen To Avenge their leader",
        "in retaliation for the bombing",  # the whole text is the match
        "Insurgents struck back in retaliation FOR the arrests",
    ],
)
def test_a_plain_text_gate_lets_every_match_through(text: str) -> None:
    assert _AVENGED.search(text) is not None
    assert may_hold_words(text, _AVENGED_WORDS)


@pytest.mark.parametrize(
    ("text", "may_hold"),
    [
        ("Two soldiers were killed in an ambush near Kandahar on Monday", False),
        ("The army said 14 militants died in the clashes, retaliating later", False),
        ("Rebels killed 12 villagers in reprisal", False),  # not one of the words given
        ("Mourners swore revenge after the funeral in Mosul", True),  # the word without the pattern
        ("Fighters killed 5 guards in retal\u0131ation for a raid", True),  # a dotless i: every text may hold it
        ("Fighters killed 5 guards \u212aandahar", True),  # a kelvin sign likewise
    ],
)
def test_a_plain_text_gate_stops_only_texts_without_its_words(text: str, may_hold: bool) -> None:
    assert may_hold_words(text, _AVENGED_WORDS) is may_hold
