"""What a crawl of Asian, African, Australian and Canadian pages of every kind stores, fourth round:
a count of the ones who killed someone told by a pronoun is no count of the dead ("three gunmen
killed him", a reader's "that scene killed me"); killings by partners and kin a statistic counts
are crime; a sentence that opens as another event of the page ("Separately, ...") and names it in
its own words is read by them, not by the page's war.  The figures of raids, encounters, ambushes
and strikes keep their class."""

from __future__ import annotations

import pytest

from crawler.extract.sentences import split_sentences
from crawler.extract.tallies import find_tallies
from tests.extract.test_events_site_pages import Figure, figures


def counts(text: str) -> list[tuple[int, str]]:
    return [(t.count, t.outcome) for t in find_tallies(text, split_sentences(text))]


# The counted ones as the subject of an active verb whose object is one person or the speaker, told
# by a pronoun: they did the killing; whom they killed is told elsewhere, or is a figure of speech.
@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen on motorcycles killed him outside his shop in Quetta on Friday.",
        "Two masked attackers stabbed him near the mosque in Kano.",
        "The scene where the 400 men wait on the mole for the boats killed me.",
        "Five militants killed us, the old man joked, but they only took our goats.",
        "The last 20 minutes of the finale killed me.",
    ],
)
def test_the_counted_subject_of_a_verb_told_one_pronoun_is_no_victim(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the pronoun beside counted people the verb also took: each counted
        ("An airstrike killed him and four other militants in Idlib province.", [(1, "killed"), (4, "killed")]),
        # the verb's counted object, with a pronoun told after another verb
        ("Gunmen killed 12 villagers in Zamfara, witnesses told us.", [(12, "killed")]),
        # the counted people a passive verb is about
        ("Three soldiers were killed, the army told him.", [(3, "killed")]),
        ("Gunmen stopped the bus, lined up 12 passengers and killed them on the Abuja-Kaduna highway.", [(12, "killed")]),
    ],
)
def test_counted_victims_beside_a_pronoun_are_kept(text: str, want: list[tuple[int, str]]) -> None:
    assert counts(text) == want


# The partners and kin a statistic of killings names, with no possessive before them: a crime's
# figure, whatever the police who keep it or an attack the page tells elsewhere.
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Court jails man over wife's killing",
            "The court heard the attack lasted ten minutes. According to the National Police Service, 72 women were "
            "killed by intimate partners in Kenya in the first half of this year.",
        ),
        (None, "In 2021, 45 women in Uganda were murdered by husbands or boyfriends, police said."),
        ("Women's groups march in Lahore", "Sixty-one women were slain by male relatives in Punjab last year, police said."),
        (None, "Femicides rose sharply last year: 118 women were killed in Ontario, a coalition of shelters said."),
    ],
)
def test_killings_by_partners_or_kin_in_a_statistic_are_crime(title: str | None, text: str) -> None:
    assert [event for _, _, event in figures(text, title)] == ["crime"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an allied army's soldiers told by their nation are no kin: an insider attack
        ("Two US soldiers were killed by their Afghan partners in an insider attack in Helmand.", (2, "killed", "conflict")),
        ("A sniper killed three soldiers in Kupwara, relatives of the men said.", (3, "killed", "conflict")),
        ("Boko Haram fighters killed 11 farmers near Maiduguri, family members said.", (11, "killed", "conflict")),
    ],
)
def test_partners_or_kin_that_only_tell_or_ally_keep_the_war(text: str, want: Figure) -> None:
    assert figures(text) == [want]
