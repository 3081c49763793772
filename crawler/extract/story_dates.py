"""The day of a figure whose sentence gives none: the day that opens the story told before it.

"On Oct. 31, an airstrike hit the Jabalia camp. Israel said it targeted a commander. The ministry
said at least 195 people were killed": the 195 are of Oct. 31, not of the publication day, in an
article that tells several events one after the other (a round-up, a feature, a timeline).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from crawler.extract.records import Sentence, TimeWindow
from crawler.extract.windows import TimePhrase

# What may come before a date that opens a story: "Late on Saturday,", "Two days earlier, on August 7,".
_STORY_OPENER = re.compile(r"\s*(?:[\w-]+,?\s+){0,3}?$")
# A story's sentence that tells what someone said or posted on its day, not what happened then:
# "On November 1, the ministry said ...", "On October 31, Ahmed posted photos of ...", "On November
# 1, various outlets, including Wafa, reported that ...", "On November 2, a survivor described ...";
# but for a source named at its end ("Late on Saturday, bombs fell on the camp, killing 15, the
# agency said").
_TELLS_A_REPORT = re.compile(
    r"\b(?:said|says|saying|reported|reports|posted|posting|wrote|writes|writing|tweeted|shared|sharing|published"
    r"|announced|stated|according|told|confirmed|described|recounted|recalled|mourned|eulogi[sz]ed|commemorated)\b",
    re.IGNORECASE,
)
_SOURCE_AT_END = re.compile(
    r",\s*(?:[^,;]{0,60}?\b(?:said|says|reported|reports|stated|announced)|according\s+to\b[^,;]{0,60})[\s.\"”’']*$",
    re.IGNORECASE,
)


# A sentence that opens on the other side's answer to the story told before, an event of its own:
# "In response, Israel launched ...", "In retaliation, the army shelled ...".
_ANSWERING = re.compile(r"\s*in\s+(?:response|retaliation|reprisal)\b", re.IGNORECASE)


def first_phrases(sentences: list[Sentence], phrases: list[TimePhrase]) -> dict[int, TimePhrase]:
    """The first phrase of each sentence that holds one, by the sentence's index."""
    firsts: dict[int, TimePhrase] = {}
    ends = [sentence.end for sentence in sentences]
    for phrase in phrases:
        index = bisect_left(ends, phrase.end)
        if index < len(sentences) and sentences[index].start <= phrase.start:
            firsts.setdefault(index, phrase)
    return firsts


def story_window(
    text: str, sentences: list[Sentence], index: int, openers: dict[int, TimePhrase]
) -> TimeWindow | None:
    """ "On Oct. 31, an airstrike hit the Jabalia camp. Israel said it targeted a commander. The
    ministry said at least 195 people were killed": a figure whose sentence gives no date is of
    the day of the story told before it in its paragraph, when a date opens that story's sentence
    ("On Oct. 31,", "Late on Saturday,"), not of the publication day.  Not a "since" date, which
    opens a running total, nor the day of a report ("On November 1, a relative posted ..."), nor
    for a sentence that tells the answer to that story ("In response, Israel ...")."""
    if _ANSWERING.match(sentences[index].text):
        return None
    for before in range(index - 1, -1, -1):
        sentence = sentences[before]
        if "\n" in text[sentence.end : sentences[index].start]:
            return None  # the paragraph began after it
        first = openers.get(before)
        if first is not None:
            opens = _STORY_OPENER.fullmatch(text, sentence.start, first.start) and text.startswith(",", first.end)
            source = _SOURCE_AT_END.search(sentence.text)
            told_end = sentence.start + source.start() if source else sentence.end
            if not opens or first.since or _TELLS_A_REPORT.search(text, first.end, told_end):
                return None
            return first.window
    return None
