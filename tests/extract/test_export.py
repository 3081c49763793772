"""Extraction records as JSON-ready dictionaries."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from crawler.extract.document import extract_document
from crawler.extract.export import event_tallies_json, extraction_to_dict, tally_to_dict


def test_a_tally_exports_every_field_with_iso_dates() -> None:
    tally = extract_document("At least 7 people were killed in Ramadi on Monday.", date(2012, 7, 6)).tallies[0]
    data = tally_to_dict(tally)
    assert data["count"] == 7 and data["qualifier"] == "at_least" and data["outcome"] == "killed"
    assert data["window"] == {
        "start": "2012-07-02", "end": "2012-07-02", "precision": "day", "phrase": "on Monday", "assumed": False,
    }  # fmt: skip
    assert {"count_max", "group", "cumulative", "subset_of", "restates", "place", "hedge"} <= data.keys()
    json.dumps(data)


def test_a_whole_extraction_round_trips_through_json() -> None:
    extraction = extract_document("Gunmen killed two policemen, officials said.", date(2016, 6, 30))
    data = json.loads(json.dumps(extraction_to_dict(extraction)))
    assert data["version"] == extraction.version
    assert [t["count"] for t in data["tallies"]] == [2]
    assert data["claims"][0]["tallies"] == [0]
    assert data["sentences"][0]["text"] == "Gunmen killed two policemen, officials said."


def test_an_event_toll_given_as_a_range_counts_at_its_top() -> None:
    text = (
        "On October 7, 2023, Israeli forces reportedly bombed the family home in Beit Hanoun, killing between"
        " 12 to 19 civilians and trapping an unknown number of others under rubble."
    )
    [toll] = _tolls(event_tallies_json(text, "2023-10-08"))
    assert (toll["count"], toll["count_low"], toll["count_max"]) == (19, 12, 19)


def test_an_event_toll_raised_by_later_reports_counts_at_the_highest() -> None:
    text = (
        "Initially Wattan news reported that nine members of the Al Zaneen family were killed. But later most"
        " sources reported that 21 people, including 11 children, were killed."
    )
    [toll] = _tolls(event_tallies_json(text, "2023-10-09"))
    assert (toll["count"], toll["count_low"]) == (21, 9)


def test_a_single_figure_has_no_low_end() -> None:
    [toll] = event_tallies_json("At least 7 people were killed in Ramadi on Monday.", "2012-07-06")
    assert toll["count"] == 7 and "count_low" not in toll and toll["figure"] == "toll"


def _tolls(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [figure for figure in figures if not figure["cumulative"]]


def test_every_stored_figure_is_listed_with_what_it_is_and_only_the_tolls_are_summed() -> None:
    text = (
        "An airstrike on a market in Saada killed 14 people, among them six children, medics said. The 14 dead"
        " were buried on Friday. The strike brought the number of civilians killed in the province since"
        " March to 212."
    )
    figures = event_tallies_json(text, "2019-05-03")
    assert [(f["count"], f["figure"], f["cumulative"]) for f in figures] == [
        (14, "toll", False), (6, "subset", True), (14, "restatement", True), (212, "running_total", True),
    ]  # fmt: skip
    assert [f["sentence"] for f in figures] == [0, 0, 1, 2]
    assert (figures[1]["subset_of"], figures[2]["restates"]) == (0, 0)  # positions in the list
    assert {f["event"] for f in figures} == {"conflict"}


def test_a_figure_of_another_time_is_listed_as_background() -> None:
    text = (
        "Two soldiers were killed by a roadside bomb near Kandahar on Tuesday. In 2010, 300 soldiers were"
        " killed in the province."
    )
    figures = event_tallies_json(text, "2012-03-08")
    assert [(f["count"], f["figure"], f["cumulative"]) for f in figures] == [
        (2, "toll", False), (300, "background", True),
    ]  # fmt: skip
