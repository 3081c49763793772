"""Attributed statements: who says what, how firmly, about when; and which tallies each one makes."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.claims import attach_tallies, find_claims
from crawler.extract.records import Claim, DocumentKind, Tally
from crawler.extract.sentences import split_sentences
from tests.extract.seed_article import BODY, COMMENT_1, COMMENT_3, PUBLISHED


def claims(text: str, kind: DocumentKind = "body", published: date | None = PUBLISHED) -> list[Claim]:
    return find_claims(text, split_sentences(text), kind, published)


def only(text: str, kind: DocumentKind = "body") -> Claim:
    found = claims(text, kind)
    assert len(found) == 1, [(c.claimant, c.verb) for c in found]
    return found[0]


def row(claim: Claim) -> tuple[str, str, str, str | None]:
    return (claim.claimant, claim.claimant_kind, claim.stance, claim.verb)


def tally_at(text: str, figure: str, sentence: int) -> Tally:
    start = text.index(figure)
    return Tally(count=1, outcome="killed", sentence=sentence, start=start, end=start + len(figure))


# --- the seed article


def test_seed_body_claims() -> None:
    found = claims(BODY)
    assert [row(claim) for claim in found] == [
        ("Iranian outlets", "media", "confirms", "confirmed"),
        ("reports", "reports", "reports", "reportedly"),  # Iranian and Hezbollah forces lead the attacks
        ("Revolutionary Guards", "organization", "denies", "tried to refute"),
        ("Fars News", "media", "asserts", "claimed"),
        ("rumours", "unattributed", "rumour", "Rumors started"),
        ("reports", "reports", "reports", "reportedly"),  # Soleimani travelled to Moscow
        ("Mohammad Reza Naqdi, head of the Basij militia", "official", "asserts", "according to"),
        ("Mohammad Reza Naqdi", "official", "asserts", "said"),  # more than $2 billion
        ("Mohammad Reza Naqdi", "official", "asserts", "continued"),  # 34 subversion projects
        ("Mohammad Reza Naqdi", "official", "asserts", "said"),  # orders from John Kerry
    ]
    windows = [(c.window.phrase, c.window.start, c.window.end) if c.window else None for c in found]
    assert windows == [
        ("in the last four days", date(2015, 11, 27), date(2015, 12, 1)),
        None,
        ("for the third time this month", date(2015, 12, 1), date(2015, 12, 1)),
        None,
        ("in mid-November", date(2015, 11, 11), date(2015, 11, 20)),
        ("in late July", date(2015, 7, 21), date(2015, 7, 31)),
        None,
        None,
        None,
        None,
    ]


def test_seed_claims_cover_what_they_say() -> None:
    found = {claim.verb: BODY[claim.start : claim.end] for claim in claims(BODY)}
    assert "the deaths of 12 fighters" in found["confirmed"]
    assert "General Soleimani" in found["tried to refute"] and "had been wounded" in found["tried to refute"]
    assert "“looking for martyrdom” but was alive and well" in found["claimed"]
    assert "had been wounded" in found["Rumors started"]
    assert "$200 million operation" in found["according to"]
    assert "34 ‘subversion projects’" in found["continued"]


def test_seed_comment_relaying_reports_is_the_readers_claim() -> None:
    claim = only(COMMENT_1, "comment")
    assert row(claim) == ("the reader", "reader", "asserts", "state")
    assert claim.cites == "reports"
    assert "shrapnel injury to his skull" in COMMENT_1[claim.start : claim.end]


def test_a_hypothetical_denial_in_a_comment_is_no_claim() -> None:
    assert all(claim.stance != "denies" for claim in claims(COMMENT_1, "comment"))


def test_seed_tallies_go_to_the_claim_covering_them_or_to_the_outlet() -> None:
    sentences = split_sentences(BODY)
    twelve = tally_at(BODY, "deaths of 12 fighters", 1)
    eighth = tally_at(BODY, "eighth Iranian commander killed", 2)
    attached = attach_tallies(find_claims(BODY, sentences, "body", PUBLISHED), [twelve, eighth], "body")
    by_tallies = {tuple(claim.tallies): claim for claim in attached if claim.tallies}
    assert row(by_tallies[(0,)]) == ("Iranian outlets", "media", "confirms", "confirmed")
    assert row(by_tallies[(1,)]) == ("the outlet", "outlet", "asserts", None)
    assert len(attached) == len(claims(BODY)) + 1


def test_seed_comment_tally_is_the_readers() -> None:
    tally = tally_at(COMMENT_3, "22 killed", 1)
    attached = attach_tallies(claims(COMMENT_3, "comment"), [tally], "comment")
    assert [(row(claim), claim.tallies) for claim in attached] == [(("the reader", "reader", "asserts", None), [0])]


# --- attribution patterns


@pytest.mark.parametrize(
    ("sentence", "claimant", "kind", "stance", "verb"),
    [
        ("The health ministry said in a statement that nine of the dead were children.",
         "health ministry", "organization", "asserts", "said"),
        ("At least 14 people were killed on Tuesday when a car bomb exploded, officials said.",
         "officials", "official", "asserts", "said"),
        ("Twelve soldiers were killed, the Ukrainian military said on Wednesday.",
         "Ukrainian military", "organization", "asserts", "said"),
        ('"We will not allow this to happen again," said Interior Minister Saad Hariri.',
         "Interior Minister Saad Hariri", "official", "asserts", "said"),
        ("According to local media, the explosion happened shortly after 10am.",
         "local media", "media", "asserts", "According to"),
        ("A police spokesman, Ahmed Karim, told reporters that the death toll could rise.",
         "Ahmed Karim, police spokesman", "official", "asserts", "told"),
        ("Gen. Ali Hassan, a senior commander, said the offensive would continue.",
         "Gen. Ali Hassan, senior commander", "official", "asserts", "said"),
        ("The Syrian Observatory for Human Rights said 23 civilians were killed in the strikes.",
         "Syrian Observatory for Human Rights", "organization", "asserts", "said"),
        ("Syrian state news agency SANA reported that rebels shelled the city.",
         "SANA", "media", "asserts", "reported"),
        ("Local sources in Deir ez-Zor said at least 30 fighters were killed.",
         "Local sources in Deir ez-Zor", "reports", "asserts", "said"),
        ("Witnesses told AFP that the gunmen fired on worshippers.", "witnesses", "reports", "asserts", "told"),
        ("The deaths were confirmed by the Health Ministry in Gaza.",
         "Health Ministry in Gaza", "organization", "confirms", "confirmed"),
        ("The Pentagon acknowledged that three civilians may have died in the raid.",
         "Pentagon", "organization", "confirms", "acknowledged"),
        ("The government has denied reports that security forces withdrew from the area.",
         "government", "organization", "denies", "denied"),
        ("The army dismissed the reports as propaganda.", "army", "organization", "denies", "dismissed"),
        ("The Guards moved to deny that any adviser had been captured.",
         "Guards", "organization", "denies", "moved to deny"),
        ("The United Nations reportedly plans to send a team.", "reports", "reports", "reports", "reportedly"),
        ("Five fighters died in the raid, according to unconfirmed reports.",
         "reports", "reports", "rumour", "according to unconfirmed reports"),
        ("He is said to be recovering in a Tehran hospital.", "reports", "reports", "reports", "said to"),
        ("Rumours spread on Monday that the commander had been killed.",
         "rumours", "unattributed", "rumour", "Rumours spread"),
        ("The group is rumoured to have lost dozens of fighters.", "rumours", "unattributed", "rumour", "rumoured"),
        ("Unconfirmed reports say the commander was among the dead.",
         "reports", "reports", "rumour", "Unconfirmed reports"),
        ("The militants were reported to have executed three hostages last week.",
         "reports", "reports", "reports", "reported to"),
        ("Gulf states said that they would send aid.", "Gulf states", "organization", "asserts", "said"),
        ("The United States says the strike killed 12 militants.", "United States", "organization", "asserts", "says"),
        ("The Syrian Observatory for Human Rights, a Britain-based monitor, said 18 fighters were killed.",
         "Syrian Observatory for Human Rights", "organization", "asserts", "said"),
        ("Hamas claims were rejected by Israel.", "Israel", "organization", "denies", "rejected"),
    ],
)  # fmt: skip
def test_attribution_patterns(sentence: str, claimant: str, kind: str, stance: str, verb: str) -> None:
    assert row(only(sentence)) == (claimant, kind, stance, verb)


def test_a_statement_before_its_claimant_is_in_the_claim() -> None:
    text = '"The death toll could rise," Khogyani told Reuters by telephone.'
    claim = only(text)
    assert (claim.claimant, text[claim.start : claim.end]) == ("Khogyani", text)
    text = "A suicide bomber killed 27 people on Saturday, provincial officials said, in the deadliest attack this year."
    assert only(text).start == 0


def test_according_to_at_the_end_tells_the_whole_sentence() -> None:
    text = "The Taliban denied involvement in the attack, which wounded 40 people, according to a provincial spokesman."
    denial, source = claims(text)
    assert (row(denial), text[denial.start : denial.end]) == (("Taliban", "organization", "denies", "denied"), "The Taliban denied")
    assert (source.claimant, source.start, source.end) == ("a provincial spokesman", 0, len(text))


def test_citing_names_whom_the_claimant_relays() -> None:
    claim = only("Reuters, citing a military source, reported that 20 soldiers died.")
    assert (claim.claimant, claim.claimant_kind, claim.cites) == ("Reuters", "media", "a military source")


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were reported killed in the clashes.",  # a passive without anyone reporting
        "The ministry did not confirm the figure.",
        "Officials would deny any involvement.",
        "The army rejected the offer.",
        "The militants claimed responsibility for the attack.",
        "Fighters of the Islamic State attacked the town.",
        "The deaths of Iranian troops have surged, amid continued rumors about the fate of the commander.",
        "Claimed video of Afghan troops, later killed, on the Aleppo front:",
        "18 fighters were killed, said the commander of a unit that was later disbanded in the city.",
    ],
)
def test_sentences_without_a_claim(sentence: str) -> None:
    assert claims(sentence) == [], [row(c) for c in claims(sentence)]


def test_a_statement_quoted_inside_another_belongs_to_the_outer_claimant() -> None:
    found = claims("Fars News claimed the general had said in an interview that he was alive.")
    assert [row(claim) for claim in found] == [("Fars News", "media", "asserts", "claimed")]


def test_two_statements_joined_by_while_are_two_claims() -> None:
    text = "Hamas said 40 people had been killed, while Israel said the figure was exaggerated."
    found = claims(text)
    assert [(c.claimant, text[c.start : c.end]) for c in found] == [
        ("Hamas", "Hamas said 40 people had been killed"),
        ("Israel", "Israel said the figure was exaggerated."),
    ]


def test_pronouns_and_surnames_stand_for_the_speaker_named_before() -> None:
    text = (
        "Colonel Yusuf Haddad said the town had fallen. He added that 12 of his men were missing.\n\n"
        "Haddad said reinforcements were on the way."
    )
    assert [c.claimant for c in claims(text)] == ["Colonel Yusuf Haddad", "Colonel Yusuf Haddad", "Colonel Yusuf Haddad"]


def test_he_said_without_an_earlier_claim_is_the_person_named_before_in_the_paragraph() -> None:
    text = "Ahmed Karim, a shopkeeper, lost two sons in the strike. “They were children,” he said."
    assert [row(c) for c in claims(text)] == [("Ahmed Karim", "official", "asserts", "said")]


def test_a_pronoun_without_a_speaker_in_its_paragraph_is_no_claim() -> None:
    assert claims("The town fell on Sunday.\n\nHe said 12 men were missing.") == []
    assert claims("Under Resolution 2254, talks resumed. May God help them, he wrote.") == []


def test_a_nameless_title_takes_the_name_given_in_the_next_sentence() -> None:
    text = "The offensive will go on, according to the commander of the 4th Division. Maher Khalil said on Monday that 30 rebels were killed."
    assert [c.claimant for c in claims(text)] == ["Maher Khalil, commander of the 4th Division", "Maher Khalil"]


def test_the_claim_window_is_the_time_phrase_nearest_its_verb() -> None:
    claim = only("Medics said on Friday that the boy died of his wounds.")
    assert claim.window is not None and claim.window.phrase == "on Friday"


def test_hedges_inside_the_statement() -> None:
    claim = only("Activists said the commander was apparently killed by a drone.")
    assert claim.hedge == "apparently"


def test_every_claim_in_a_comment_is_the_readers() -> None:
    claim = only("According to Reuters, 20 soldiers died in the ambush.", "comment")
    assert (claim.claimant, claim.claimant_kind, claim.stance, claim.cites) == ("the reader", "reader", "asserts", "Reuters")


# --- attaching tallies


def test_several_claims_in_one_sentence_each_take_their_own_tallies() -> None:
    text = "Hamas said 40 people had been killed, while Israel said 25 militants died."
    forty, twenty_five = tally_at(text, "40 people", 0), tally_at(text, "25 militants", 0)
    attached = attach_tallies(claims(text), [forty, twenty_five], "body")
    assert [(c.claimant, c.tallies) for c in attached] == [("Hamas", [0]), ("Israel", [1])]


def test_unattributed_tallies_get_one_default_claim_per_sentence() -> None:
    text = "Seven soldiers and two civilians were killed. Four more died later."
    tallies = [tally_at(text, "Seven soldiers", 0), tally_at(text, "two civilians", 0), tally_at(text, "Four more", 1)]
    attached = attach_tallies([], tallies, "body")
    assert [(c.claimant, c.claimant_kind, c.stance, c.sentence, c.tallies) for c in attached] == [
        ("the outlet", "outlet", "asserts", 0, [0, 1]),
        ("the outlet", "outlet", "asserts", 1, [2]),
    ]
    assert text[attached[0].start : attached[0].end] == "Seven soldiers and two civilians"


def test_attaching_leaves_the_given_claims_untouched() -> None:
    text = "Officials said 9 people were killed."
    given = claims(text)
    attach_tallies(given, [tally_at(text, "9 people", 0)], "body")
    assert given[0].tallies == []



@pytest.mark.parametrize(
    "text",
    [
        "After reporting its earnings and cutting its outlook, the company’s CEO said:",
        "After reporting its earnings and cutting its outlook, the company’s CEO said:\n\nWe expect less.",
        "Houston acquired the shortstop for cash, reports Zachary Levine of the Houston Chronicle:",
        "Houston acquired the shortstop for cash, reports Zachary Levine of the Houston Chronicle:\n\nThe deal is done.",
    ],
)
def test_a_verb_of_saying_followed_by_punctuation_alone_is_read(text: str) -> None:
    """Only punctuation after the verb or its claimant ("said:", the statement in the next
    paragraph) once raised IndexError, and the page it was on was not stored."""
    found = claims(text)
    assert [c.verb for c in found] == ["said" if "said" in text else "reports"]
