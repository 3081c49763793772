"""Incident-monitor reports that give a casualty range: the toll of the report is the top of the
range, read from the monitor's own statement of it and from later, fuller figures in its words
(the names of N victims); and "a number of deaths and injuries", some of each."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract.document import extract_document
from crawler.extract.restatements import event_tallies


def toll(text: str, outcome: str = "killed") -> int:
    """The report's toll of one outcome: its counted figures, each at the top of its range."""
    tallies = extract_document(text, date(2024, 3, 9)).tallies
    return sum(
        max(t.count, t.count_max or 0) for t in event_tallies(tallies) if t.outcome == outcome and not t.cumulative
    )


# A monitor's statement of how it counted: "quantified as", "assessed as", "accounted for as",
# "categorised as a range of", "a conservative estimate of", "the casualty range ... as many as".
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "On March 4th, 2024, civilians were killed and injured when an alleged airstrike hit a car in Deir al-Balah. "
            "As no exact figure was given by sources, in line with the monitor's methodology references to deaths "
            "and injuries of civilians in the plural have been quantified as at least two.",
            2,
            2,
        ),
        (
            "An alleged strike on a flat in Jabalia killed and wounded civilians on the night of March 2nd. "
            "References to fatalities and injuries in the plural have been categorised by the monitor as a range "
            "of at least two civilians.",
            2,
            2,
        ),
        (
            "Three members of the Hamdan family were killed in the strike, and several neighbours were injured. "
            "The exact number of those wounded was not given, and has therefore been accounted for by the monitor "
            "as at least two civilians in line with its methodology.",
            3,
            2,
        ),
        (
            "Two children were killed in the strike on the Darwish home. References to injured relatives were in "
            "the plural, though no number was given, so the monitor has given a conservative estimate of 2-2.",
            2,
            2,
        ),
        (
            "A shell hit the market in Khan Younis, killing five people and wounding others. "
            "The use of the word 'others' has been quantified as 2-2 injuries per the monitor's methodology.",
            5,
            2,
        ),
        (
            "Civilians were killed and injured when an alleged airstrike hit a car in Deir al-Balah on March 4th, 2024. "
            "Categorised by the monitor as a range of at least two, the references to deaths and injuries were in "
            "the plural.",
            2,
            2,
        ),
        (
            "Local sources reported deaths after a drone strike on a motorbike near Rafah. While the exact number "
            "of casualties was not reported, the minimum range has been assessed as two to account for references "
            "to multiple deaths.",
            2,
            0,
        ),
    ],
)
def test_a_monitors_quantification_is_the_figure_of_the_plural_it_counts(text: str, killed: int, wounded: int) -> None:
    assert (toll(text), toll(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least eight civilians were killed in the strike on the Saleh home. Ambiguity in the number of "
            "civilians killed has been reflected in the casualty range, which could be as many as 11 people.",
            11,
        ),
        (
            "At least 40 civilians were killed when the tower collapsed. The health ministry first gave a toll "
            "of 90, and the monitor has put the total upper fatality range at 96 to reflect the highest figure "
            "reported.",
            96,
        ),
        (
            "At least five people were killed in the shelling of the Awad home. As one of the dead may have been "
            "a fighter, the upper civilian death toll has been recorded as seven.",
            7,
        ),
        (
            "Three civilians were killed in the strike on the bakery. The civil defence later estimated the "
            "total number of deaths as six.",
            6,
        ),
    ],
)
def test_the_top_of_a_monitors_range_widens_the_lead_figure(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # the estimate is of those killed only, though its sentence also tells of injuries
        (
            "At least 12 civilians were killed in the shelling of the school. The agency gave its estimate of "
            "those killed at 15, while another outlet reported 14 civilians killed and nine injured.",
            15,
            9,
        ),
        # no counting word before the figure: an age range, a distance, a plain report
        (
            "Four people were killed in the strike, all of them in the 18 to 25 age range.",
            4,
            0,
        ),
        (
            "Two people were killed by the shell, which landed within a range of 300 metres of the clinic.",
            2,
            0,
        ),
        (
            "The strike was assessed as one of the deadliest of the month; six people were killed.",
            6,
            0,
        ),
        # "casualties" are undivided: the estimate is no figure of the dead
        (
            "Five soldiers were killed in the ambush; total casualties were estimated at 50.",
            5,
            0,
        ),
        # an everyday estimate of something else, in a sentence that tells of deaths
        (
            "The crowd, estimated at 5,000, marched to the square where police killed two protesters.",
            2,
            0,
        ),
        (
            "The rebels, estimated at 2,000 fighters, attacked the town, killing 12 soldiers.",
            12,
            0,
        ),
        (
            "The number of displaced was estimated at 40,000 after fighting that killed 30.",
            30,
            0,
        ),
        (
            "Police who killed two protesters estimated the crowd at 5,000.",
            2,
            0,
        ),
    ],
)
def test_figures_that_are_no_range_statement_are_left_as_they_were(text: str, killed: int, wounded: int) -> None:
    assert (toll(text), toll(text, "wounded")) == (killed, wounded)


# The victims a report could name are the dead: "the names of 19 victims", "of the 14 identified victims".
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "At least 11 civilians were killed in the strike on the Nassar home. At first local sources reported "
            "about 5-8 killed, but later relatives published the names of the 12 identified victims.",
            12,
        ),
        (
            "An alleged airstrike hit the Qudra family home in Bani Suheila on the night of May 7th. Tributes by "
            "relatives and friends helped to identify the names of 17 victims.",
            17,
        ),
        (
            "Nine people were killed when a drone struck a car near the checkpoint. Posts on social media gave "
            "the names of nine victims.",
            9,
        ),
    ],
)
def test_the_names_of_n_victims_count_the_dead(text: str, killed: int) -> None:
    assert toll(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a part of the victims named, or names with no figure
        ("At least 11 civilians were killed in the strike. Relatives published the names of eight of the victims.", 11),
        ("Six people were killed in the shelling of the market. The names of the victims were not found.", 6),
        # victims of no attack, or of one that also wounded
        ("The court heard the names of 12 victims of sexual abuse by the priest.", 0),
        (
            "A gunman opened fire in the mall on Friday. Police have released the names of four victims of the "
            "shooting, two of whom remain in hospital.",
            0,
        ),
    ],
)
def test_names_of_some_of_the_victims_or_of_none_add_nothing(text: str, killed: int) -> None:
    assert toll(text) == killed


# A vague amount before a death noun and an injury noun joined by "and" is some of each.
@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A shell hit the Darwish home in Beit Hanoun. A number of deaths and injuries were reported.", 2, 2),
        ("Local outlets reported multiple martyrs and injuries after the strike on the Abu Taha building.", 2, 2),
        ("The bombing of the market in Deir al-Balah caused dozens of deaths and injuries, medics said.", 24, 24),
    ],
)
def test_a_vague_amount_of_deaths_and_injuries_is_some_of_each(text: str, killed: int, wounded: int) -> None:
    assert (toll(text), toll(text, "wounded")) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        # an exact figure is not split; a vague one before a single outcome noun gives that outcome only
        "The bombing of the market in Deir al-Balah caused 12 deaths and injuries, medics said.",
        "The strike on the Abu Taha building left a number of deaths and heavy damage to nearby homes.",
    ],
)
def test_other_figures_before_outcome_nouns_count_no_wounded(text: str) -> None:
    assert toll(text, "wounded") == 0
