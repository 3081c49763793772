"""The cookbook: analysts' questions, each with the query that answers it and the rows it gives on
the test data.  One file holds them (``crawler/data/cookbook.toml``); the docs, Datasette's canned
queries and the tests all read it from here."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

COOKBOOK = Path(__file__).resolve().parent.parent / "data" / "cookbook.toml"


@dataclass(frozen=True, slots=True)
class Recipe:
    name: str  # a slug: the canned query's name in Datasette, the anchor in the docs
    title: str
    question: str
    sql: str
    expected: list[dict[str, Any]]  # rows on the test data, as JSON has them
    site_rows: bool = False  # its expected rows include the fixture news site's, which tests also derive


def parse_recipes(text: str) -> list[Recipe]:
    data = tomllib.loads(text)
    recipes = [
        Recipe(
            name=entry["name"],
            title=entry["title"],
            question=" ".join(entry["question"].split()),
            sql=entry["sql"].strip(),
            expected=json.loads(entry["expected"]),
            site_rows=bool(entry.get("site_rows", False)),
        )
        for entry in data["recipe"]
    ]
    names = [recipe.name for recipe in recipes]
    if len(set(names)) != len(names):
        raise ValueError(f"cookbook names repeat: {sorted(n for n in names if names.count(n) > 1)}")
    return recipes


@cache
def recipes() -> tuple[Recipe, ...]:
    return tuple(parse_recipes(COOKBOOK.read_text("utf-8")))


def recipe(name: str) -> Recipe:
    try:
        return next(r for r in recipes() if r.name == name)
    except StopIteration:
        raise KeyError(f"no cookbook recipe {name!r}; known: {', '.join(r.name for r in recipes())}") from None
