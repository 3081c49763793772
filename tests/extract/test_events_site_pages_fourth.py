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


_STRIKE_TITLE = "Israeli air strike on Gaza home kills nine"
_STRIKE = "An Israeli air strike on a home in the Shati camp killed nine members of one family, health officials said. "


# Another event of the page, opened as one ("Separately,", "In a separate incident,", "Elsewhere,")
# and named by its own words (a stampede, a drowning, a crash): read by them, not by the war of the
# page's title and of the sentences around it.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            _STRIKE_TITLE,
            _STRIKE + "Separately, a man was killed and 15 injured in a stampede at a food distribution point in Khan "
            "Younis, witnesses said.",
            [(9, "killed", "conflict"), (1, "killed", "accident"), (15, "wounded", "accident")],
        ),
        (
            "Troops kill six militants in Waziristan",
            "Security forces killed six militants in an operation in North Waziristan, the military said. In a "
            "separate incident, three boys drowned in the Kurram river near Parachinar.",
            [(6, "killed", "conflict"), (3, "killed", "accident")],
        ),
        (
            "Shelling kills four in Donetsk",
            "Shelling killed four civilians in Donetsk on Tuesday, local officials said. Elsewhere, two people died "
            "when their car collided with a lorry on the Kharkiv highway.",
            [(4, "killed", "conflict"), (2, "killed", "accident")],
        ),
    ],
)
def test_another_event_opened_as_one_is_read_by_its_own_words(title: str, text: str, want: list[Figure]) -> None:
    assert figures(text, title) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        # the separate event is an attack: its own war words
        (
            "US drone strike kills four in North Waziristan",
            "A drone strike killed four suspected militants near Miranshah. Separately, a roadside bomb killed two "
            "soldiers in South Waziristan on Saturday.",
            [(4, "killed", "conflict"), (2, "killed", "conflict")],
        ),
        # a separate figure that names no event of its own keeps the page's
        (
            "Gunmen kill 14 in Borno village raid",
            "Boko Haram gunmen killed 14 villagers in a raid on Kautikari. In a separate incident, two farmers were "
            "killed near Chibok, residents said.",
            [(14, "killed", "conflict"), (2, "killed", "conflict")],
        ),
        # a stampede the page tells without opening another event stays with the page's words
        (
            _STRIKE_TITLE,
            _STRIKE + "Hours later, rockets hit Ashkelon and a man was killed in the stampede to the shelters.",
            [(9, "killed", "conflict"), (1, "killed", "conflict")],
        ),
    ],
)
def test_a_separate_attack_or_a_figure_with_no_event_of_its_own_keeps_the_war(
    title: str, text: str, want: list[Figure]
) -> None:
    assert figures(text, title) == want


# A bombing or an attack named by the house of worship or the market it hit names the attack by
# itself: a sport or film page that remembers its dead keeps them (a silence before a match).
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Shaheen's five-for puts Qalandars in the final",
            "Shaheen took five wickets for 26 runs. Before the match, both teams observed a minute's silence for the 63 "
            "people killed in the Peshawar mosque bombing earlier this month.",
            [(63, "killed", "conflict")],
        ),
        (
            "Tigers arrive in Dunedin for the second Test",
            "The squad last toured New Zealand in 2019, when the third Test was called off after 51 worshippers were "
            "killed in the Christchurch mosque attacks.",
            [(51, "killed", "conflict")],
        ),
        (None, "A market blast killed six traders in Kano on Monday, police said.", [(6, "killed", "conflict")]),
        (
            "Colombo marks Easter anniversary",
            "Relatives lit candles for the 269 people who died in the church bombings of Easter Sunday 2019.",
            [(269, "killed", "conflict")],
        ),
    ],
)
def test_an_attack_named_by_the_place_of_worship_or_market_it_hit_is_conflict(
    title: str | None, text: str, want: list[Figure]
) -> None:
    assert figures(text, title) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A gas cylinder blast at a market in Rawalpindi killed four shopkeepers.", [(4, "killed", "accident")]),
        ("A fire swept through a market in Onitsha, killing three traders.", [(3, "killed", "accident")]),
        ("The roof of a church collapsed during Sunday mass in Uyo, killing 29 worshippers.", [(29, "killed", "accident")]),
    ],
)
def test_a_mishap_at_a_place_of_worship_or_market_is_no_attack(text: str, want: list[Figure]) -> None:
    assert figures(text) == want
