"""The data dictionary of the analyst views: what each view holds and what each column means.
One file holds it (``crawler/data/data-dictionary.toml``); the docs, Datasette's metadata and the
tests read it from here (PostgreSQL keeps the same text as comments, stored by the migrations)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DICTIONARY = Path(__file__).resolve().parent.parent / "data" / "data-dictionary.toml"


@dataclass(frozen=True, slots=True)
class ViewDoc:
    name: str
    about: str
    columns: dict[str, str]  # column -> meaning, in the view's column order


@cache
def views() -> tuple[ViewDoc, ...]:
    data = tomllib.loads(DICTIONARY.read_text("utf-8"))
    return tuple(
        ViewDoc(name, " ".join(spec["about"].split()), {column: text for column, text in spec["columns"].items()})
        for name, spec in data.items()
    )
