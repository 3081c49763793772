"""casualties extract: a text, JSON Lines, and re-extraction of stored documents."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models import Article, Tally
from models.db import make_engine
from tests.conftest import PAGES
from tests.crawl import REPO, casualties, fetch


def test_a_text_gives_its_tallies_and_claims_as_json(sqlite_url: str) -> None:
    result = casualties(
        "extract", "--text", "Local officials said at least 14 civilians were killed in the shelling of Idlib on Tuesday.",
        "--published", "2016-03-04", database=sqlite_url,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    [tally] = found["tallies"]
    assert (tally["count"], tally["qualifier"], tally["outcome"], tally["role"]) == (14, "at_least", "killed", "civilians")
    assert tally["window"]["start"] == tally["window"]["end"] == "2016-03-01"  # the Tuesday before Friday 4 March
    assert found["claims"][0]["claimant"] == "Local officials"


def test_json_lines_give_each_texts_event_figures() -> None:
    lines = [
        {"id": "a", "text": "Seven soldiers and two police officers died.", "pub_date": "2020-01-01"},
        {"id": "b", "text": "Six people, including four children, were killed.", "pub_date": None},
        {"id": "c", "text": "The market reopened on Monday.", "pub_date": "2020-01-01"},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "extract", "--jsonl"], cwd=REPO, capture_output=True, text=True,
        input="\n".join(json.dumps(line) for line in lines) + "\n", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = {row["id"]: row["tallies"] for row in map(json.loads, result.stdout.splitlines())}
    assert sorted(t["count"] for t in out["a"]) == [2, 7]
    # the four children are part of the six: listed, but not summed
    assert [(t["count"], t["figure"], t["cumulative"]) for t in out["b"]] == [(6, "toll", False), (4, "subset", True)]
    assert out["c"] == []
    for tally in out["a"]:
        assert {"count", "count_max", "outcome", "qualifier", "group", "cumulative", "figure", "event"} <= set(tally)


def test_json_lines_read_as_comments_drop_a_readers_history() -> None:
    """With --comment every text is a reader's comment: a war before 1989 is history, not a claim;
    the same sentence in an article body keeps its figure."""
    line = json.dumps({"id": "a", "text": "My grandad lost 2 brothers at Arnhem.", "pub_date": None}) + "\n"
    as_comment, as_body = (
        subprocess.run(
            [sys.executable, "-m", "crawler", "extract", "--jsonl", *flags], cwd=REPO, capture_output=True, text=True,
            input=line, timeout=120,
        )
        for flags in (["--comment"], [])
    )
    assert as_comment.returncode == as_body.returncode == 0, as_comment.stderr + as_body.stderr
    assert json.loads(as_comment.stdout)["tallies"] == []
    assert [t["count"] for t in json.loads(as_body.stdout)["tallies"]] == [2]


def test_json_lines_mix_bodies_and_comments_by_their_kind() -> None:
    """A batch of an article's body and its readers' comments: each line's "kind" says which it is,
    over --comment; a kind that is neither is an error naming its line."""
    text = "My grandad lost 2 brothers at Arnhem."
    lines = "".join(
        json.dumps({"id": name, "text": text, "pub_date": None, **kind}) + "\n"
        for name, kind in (("c", {"kind": "comment"}), ("b", {"kind": "body"}), ("flag", {}))
    )
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "extract", "--jsonl", "--comment"], cwd=REPO, capture_output=True,
        text=True, input=lines, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = {row["id"]: [t["count"] for t in row["tallies"]] for row in map(json.loads, result.stdout.splitlines())}
    assert out == {"c": [], "b": [2], "flag": []}
    wrong = subprocess.run(
        [sys.executable, "-m", "crawler", "extract", "--jsonl"], cwd=REPO, capture_output=True, text=True,
        input=json.dumps({"id": "x", "text": text, "kind": "reply"}) + "\n", timeout=120,
    )
    assert wrong.returncode != 0 and "stdin line 1" in wrong.stderr and "kind" in wrong.stderr


def test_a_bad_json_line_is_named() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "extract", "--jsonl"], cwd=REPO, capture_output=True, text=True,
        input='{"id": "a", "text": "ok"}\nnot json\n', timeout=120,
    )
    assert result.returncode != 0 and "stdin line 2" in result.stderr


def test_stored_documents_of_an_older_extractor_are_extracted_again(sqlite_url: str) -> None:
    assert fetch(str(PAGES / "seed-article.html"), database=sqlite_url).returncode == 0
    engine = make_engine(sqlite_url)
    with Session(engine) as session, session.begin():
        before = session.scalar(select(func.count()).select_from(Tally))
        session.execute(update(Article).values(extractor_version="0.0.1"))
        session.query(Tally).delete()
    assert casualties("extract", database=sqlite_url).stdout.startswith("1 articles re-extracted")
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Tally)) == before == 7
    again = casualties("extract", database=sqlite_url)
    assert again.stdout.startswith("nothing to do")
    engine.dispose()


def test_json_lines_give_the_event_class_of_each_figure_read_with_the_title() -> None:
    lines = [
        {"id": "war", "text": "Shelling killed 9 civilians in the old town.", "pub_date": None},
        {"id": "flu", "text": "Four more people died on Sunday.", "pub_date": None, "title": "Flu outbreak spreads in care homes"},
        {"id": "sport", "text": "He has killed 14 of his last 15 penalties.", "pub_date": None, "title": "Premier League preview"},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "crawler", "extract", "--jsonl"], cwd=REPO, capture_output=True, text=True,
        input="\n".join(json.dumps(line) for line in lines) + "\n", timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = {row["id"]: row["tallies"] for row in map(json.loads, result.stdout.splitlines())}
    assert [(t["count"], t["event"]) for t in out["war"]] == [(9, "conflict")]
    assert [(t["count"], t["event"]) for t in out["flu"]] == [(4, "disease")]
    assert out["sport"] == []


def test_re_extraction_classes_the_stored_tallies_again(sqlite_url: str) -> None:
    assert fetch(str(PAGES / "seed-article.html"), database=sqlite_url).returncode == 0
    engine = make_engine(sqlite_url)
    with Session(engine) as session, session.begin():
        assert set(session.scalars(select(Tally.event))) == {"conflict"}
        session.execute(update(Tally).values(event="other", event_evidence=None))
        session.execute(update(Article).values(extractor_version="0.3.1"))
    assert casualties("extract", database=sqlite_url).stdout.startswith("1 articles re-extracted")
    with Session(engine) as session:
        assert set(session.scalars(select(Tally.event))) == {"conflict"}
        assert all(session.scalars(select(Tally.event_evidence)))
    engine.dispose()
