"""What a general crawl of 2015-2023 pages stores, ninth round: a quake, a flood or a pandemic that
is the subject of the figure's verb names what killed, in a page on a war or in a war's place; a
place's name told wiped out is no person; an English article under a template that declares the
site's other language is read; the comments of a theme that says where its form goes are read;
three outcomes listed with commas and "and" are one undivided figure of casualties; a post's content
warning gives no figure; people "abducted, tortured and killed" are counted dead."""

from __future__ import annotations

import pytest
from lxml import html

from crawler.understand.comments.markers import is_excluded, is_zone
from crawler.understand.metadata.language import choose_language
from tests.extract.test_events_site_pages import Figure, figures

SYRIA = "At least 1,044 civilians killed in Syria in the first half of 2023, monitoring network says"
GAZA = "Israel-Gaza war: strikes on Khan Younis as aid trucks wait at Rafah"


# What killed, named as the subject of the figure's verb ("the earthquake, which killed", "the
# pandemic had killed", "a flood that has claimed"): its class, though the page or the sentence names
# a war's place or the war itself as when it happened.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            SYRIA,
            "The figures do not include the victims of the 6 February earthquake, which killed more than 6,000 people "
            "in north-west Syria and which the network documents separately.",
            [(6000, "killed", "disaster")],
        ),
        (
            "New Caledonia unrest: three killed on second night of rioting in Noumea",
            "The last referendum was boycotted because of the Covid-19 pandemic, which had killed dozens of Kanak "
            "people in the weeks before.",
            [(24, "killed", "disease")],
        ),
        (
            None,
            "The 2004 tsunami, which killed about 230,000 people across the Indian Ocean, struck Aceh during the civil war.",
            [(230000, "killed", "disaster")],
        ),
        (
            GAZA,
            "The cholera outbreak, which has killed 40 people in Yemen, is spreading along the coast near Hodeidah.",
            [(40, "killed", "disease")],
        ),
    ],
)
def test_a_quake_or_a_pandemic_that_killed_is_no_war_s(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# Near misses: an act of war or its men in the sentence (the flood, the fire or the blast is their
# work), and the war's own dead beside a storm.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (None, "The flood that killed 40 people in the camp was caused by the shelling of the dam.", [(40, "killed", "conflict")]),
        (
            None,
            "A fire that killed 9 people in the barracks in Donetsk was started by a Ukrainian rocket.",
            [(9, "killed", "conflict")],
        ),
        (
            SYRIA,
            "The airstrike, which killed 13 civilians, came after a storm that had flooded the camp.",
            [(13, "killed", "conflict")],
        ),
        (GAZA, "The strike, which killed 11 people, hit a school used as a shelter.", [(11, "killed", "conflict")]),
        (
            None,
            "Militants blew up a gas pipeline in Sinai, and the pipeline explosion killed 4 soldiers guarding it.",
            [(4, "killed", "conflict")],
        ),
    ],
)
def test_what_an_act_of_war_killed_stays_the_war_s(title: str | None, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


# A settlement named after its noun, told wiped out: the whole place, no one person.
@pytest.mark.parametrize(
    "text",
    [
        "The Mi'kmaq settlement at Turtle Grove was wiped out and nobody really counted them.",
        "The village of Ban Na was wiped out by the flood.",
        "The fishing community at Port Aubry was wiped out in the 1929 tsunami.",
    ],
)
def test_a_named_place_wiped_out_is_no_person(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sergeant Ali Hassan was wiped out by a sniper near Mosul, his unit said.", [(1, "killed", "conflict")]),
        ("A family of seven was wiped out when the shell hit their home in Kharkiv.", [(7, "killed", "conflict")]),
    ],
)
def test_a_person_or_a_family_wiped_out_stays_counted(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


ENGLISH = (
    "Three people were killed and hundreds of police officers were injured during a second night of rioting in "
    "the capital, the high commissioner said on Wednesday. Shops and a school were set on fire in the suburbs as "
    "protesters clashed with security forces over a reform that would allow thousands of residents to vote in the "
    "elections. The interior minister said 500 extra officers would be flown in and that a curfew would be imposed "
    "from 6pm to 6am. Leaders of the independence movement say that the reform is an attempt to dilute the vote of "
    "the indigenous people and that it was pushed through without consultation."
)
FRENCH = (
    "Trois personnes ont été tuées et des centaines de policiers blessés lors d'une deuxième nuit d'émeutes dans la "
    "capitale, a indiqué mercredi le haut-commissaire. Des commerces et une école ont été incendiés dans les "
    "quartiers de la ville, et le ministre a annoncé l'envoi de 500 policiers et un couvre-feu pour la nuit. "
)


# A site's template that keeps its own language on an English article (a Francophone or a Spanish
# outlet's English edition): the words settle it when there are many of them and few of the
# declared language's.
@pytest.mark.parametrize("declared", [["fr-FR", "en_US"], ["es"], ["de-DE"], ["nl"]])
def test_a_plainly_english_page_under_another_latin_declaration_is_english(declared: list[str | None]) -> None:
    assert choose_language(declared, ENGLISH) == "en"


@pytest.mark.parametrize(
    ("declared", "text", "want"),
    [
        (["fr-FR"], FRENCH + "He said: “We will not give up.” The crowd answered in English.", "fr"),
        (["fr"], "Three killed in riots in the capital.", "fr"),  # too few words to overrule
        (["pl"], ENGLISH, "pl"),  # no word list to tell Polish by
        (["en-GB"], ENGLISH, "en"),
    ],
)
def test_a_declaration_the_words_do_not_plainly_contradict_stays(declared: list[str | None], text: str, want: str) -> None:
    assert choose_language(declared, text) == want


# WordPress's Astra theme names the comment thread "comments-area comment-form-position-below":
# its form's position is no form, and the thread's comments are read.
def test_a_thread_that_says_where_its_form_goes_is_read() -> None:
    page = html.fromstring(
        '<div><div id="comments" class="comments-area comment-form-position-below"><ol class="ast-comment-list">'
        '<li class="comment" id="li-comment-8"><section class="ast-comment-content comment"><p>2 killed</p></section>'
        "</li></ol></div></div>"
    )
    thread = page.get_element_by_id("comments")
    text = page.find_class("ast-comment-content")[0]
    assert is_zone(thread)
    assert not is_excluded(text, {})


@pytest.mark.parametrize(
    "names",
    ["comment-form", "comment-respond", "comments-count", "widget recent-comments", "comment-form-wrap"],
)
def test_forms_counters_and_widgets_are_still_no_thread(names: str) -> None:
    page = html.fromstring(f'<div><div class="{names}"><p class="comment-content">Leave a reply</p></div></div>')
    assert is_excluded(page.find_class("comment-content")[0], {})


# Three outcomes or more listed with commas and closed by "and" (a history's or a Q&A answer's
# losses): one undivided figure of casualties, as with "or".
@pytest.mark.parametrize(
    "text",
    [
        "The division lost 12,000 men killed, wounded and captured in the retreat from the Dnieper.",
        "Some 23,000 men were killed, wounded and missing along Antietam Creek in a single day.",
        "In three days at Gettysburg about 51,000 soldiers were killed, wounded and captured.",
    ],
)
def test_three_outcomes_listed_with_and_are_one_undivided_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Three soldiers were killed, two wounded and one captured in the ambush near Kandahar.",
            [(3, "killed", "conflict"), (2, "wounded", "conflict"), (1, "captured", "conflict")],
        ),
        (
            "Twelve villagers were killed, beheaded and burned by the militants in Borno.",
            [(12, "killed", "conflict")],
        ),
        (
            "Ten soldiers were killed, and 20 wounded and captured in the raid on the outpost in Mali.",
            [(10, "killed", "conflict"), (20, "wounded", "conflict")],
        ),
    ],
)
def test_outcomes_each_with_its_figure_or_all_of_one_kind_keep_it(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# The mishap told by its verb, not a noun that killed: the forces' dead keep the class their own
# rules give them.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A military helicopter crashed, killing all 13 soldiers on board.", [(13, "killed", "conflict")]),
        ("An army transport plane crashed in Helmand, killing 9 soldiers.", [(9, "killed", "conflict")]),
    ],
)
def test_a_mishap_told_by_its_verb_is_not_a_killer_named(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# A blog's, a podcast's or a newsletter's warning of the topics it goes on to tell: no figure.
@pytest.mark.parametrize(
    "text",
    [
        "Content warning: this post discusses violent crime, including the murder of a child.",
        "TW: suicide, the deaths of two teenagers and self-harm.",
        "Trigger warning - this episode describes the killing of 14 villagers in 1982.",
    ],
)
def test_a_content_warning_gives_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Warning: graphic images of the 12 people killed in the bombing in Quetta.", [(12, "killed", "conflict")]),
        ("A content warning was added after 3 soldiers were killed in the ambush in Mali.", [(3, "killed", "conflict")]),
    ],
)
def test_a_warning_that_is_no_content_warning_keeps_its_figure(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# What was done to people told as a list of verbs with commas, the killing last ("were abducted,
# tortured and killed"): they were killed, as with "abducted and killed".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nine men were abducted, tortured and killed by the militia near Beni.",
            [(9, "captured", "conflict"), (9, "killed", "conflict")],
        ),
        (
            "Nine men were abducted, tortured, and killed by the militia near Beni.",
            [(9, "captured", "conflict"), (9, "killed", "conflict")],
        ),
        (
            "Two teachers were kidnapped, beaten and later killed by Boko Haram fighters in Borno.",
            [(2, "captured", "conflict"), (2, "killed", "conflict")],
        ),
        ("Six farmers were beaten, tortured and killed by the militants in Ituri.", [(6, "killed", "conflict")]),
    ],
)
def test_a_list_of_verbs_that_ends_in_the_killing_counts_the_dead(text: str, want: list[Figure]) -> None:
    assert figures(text) == want


# Near misses: a verb and what follows it after the comma, a verb of two before a serial comma.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("More than 100 people were recovered, including martyrs and wounded, in the massacre at the camp.", []),
        ("Three journalists were abducted, held for a week and released in Idlib.", [(3, "captured", "conflict")]),
        ("Eleven passengers were rescued, and killed was the driver of the bus.", []),
    ],
)
def test_a_comma_after_a_verb_that_opens_no_list_stops_the_people(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
