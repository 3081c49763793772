"""Extraction records as JSON-ready dictionaries."""

from __future__ import annotations

import json
from datetime import date

from crawler.extract.document import extract_document
from crawler.extract.export import extraction_to_dict, tally_to_dict


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
